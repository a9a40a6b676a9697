from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_method import AllocationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_group_member import AllocationGroupMember


T = TypeVar("T", bound="AllocationGroup")


@_attrs_define
class AllocationGroup:
    """The configuration of one allocation group.

    Attributes:
        name (None | str | Unset): Name of the group, used when placing orders.
        accounts (list[AllocationGroupMember] | None | Unset): The group's sub-accounts.
        default_method (AllocationMethod | None | Unset):
    """

    name: None | str | Unset = UNSET
    accounts: list[AllocationGroupMember] | None | Unset = UNSET
    default_method: AllocationMethod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.accounts, Unset):
            accounts = UNSET
        elif isinstance(self.accounts, list):
            accounts = []
            for accounts_type_0_item_data in self.accounts:
                accounts_type_0_item = accounts_type_0_item_data.to_dict()
                accounts.append(accounts_type_0_item)

        else:
            accounts = self.accounts

        default_method: None | str | Unset
        if isinstance(self.default_method, Unset):
            default_method = UNSET
        elif isinstance(self.default_method, AllocationMethod):
            default_method = self.default_method.value
        else:
            default_method = self.default_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if default_method is not UNSET:
            field_dict["default_method"] = default_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_group_member import AllocationGroupMember  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_accounts(data: object) -> list[AllocationGroupMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accounts_type_0 = []
                _accounts_type_0 = data
                for accounts_type_0_item_data in _accounts_type_0:
                    accounts_type_0_item = AllocationGroupMember.from_dict(
                        accounts_type_0_item_data
                    )

                    accounts_type_0.append(accounts_type_0_item)

                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllocationGroupMember] | None | Unset, data)

        accounts = _parse_accounts(_source.pop("accounts", UNSET))

        def _parse_default_method(data: object) -> AllocationMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_method_type_0 = AllocationMethod(data)

                return default_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationMethod | None | Unset, data)

        default_method = _parse_default_method(_source.pop("default_method", UNSET))

        _model = cls(
            name=name,
            accounts=accounts,
            default_method=default_method,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
