from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocatable_account import AllocatableAccount


T = TypeVar("T", bound="AllocatableAccounts")


@_attrs_define
class AllocatableAccounts:
    """
    Attributes:
        accounts (list[AllocatableAccount] | None | Unset): Every sub-account of the advisor.
    """

    accounts: list[AllocatableAccount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocatable_account import AllocatableAccount  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_accounts(data: object) -> list[AllocatableAccount] | None | Unset:
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
                    accounts_type_0_item = AllocatableAccount.from_dict(
                        accounts_type_0_item_data
                    )

                    accounts_type_0.append(accounts_type_0_item)

                return accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllocatableAccount] | None | Unset, data)

        accounts = _parse_accounts(_source.pop("accounts", UNSET))

        _model = cls(
            accounts=accounts,
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
