from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.allocation_method import AllocationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_group_member_change import AllocationGroupMemberChange


T = TypeVar("T", bound="AllocationGroupNew")


@_attrs_define
class AllocationGroupNew:
    """
    Attributes:
        name (str): Name of the new group, used when placing orders.
        accounts (list[AllocationGroupMemberChange]): The group's sub-accounts, with their amounts for user-specified
            methods.
        default_method (AllocationMethod | Unset): Allocation method code. Computed by IBKR: A available equity, E
            equal, N net liquidation
            value. Specified by the user (formerly allocation profiles), with an amount per account:
            C cash quantity, P percentages, R ratios, S shares.
    """

    name: str
    accounts: list[AllocationGroupMemberChange]
    default_method: AllocationMethod | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        default_method: str | Unset = UNSET
        if not isinstance(self.default_method, Unset):
            default_method = self.default_method.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "accounts": accounts,
            }
        )
        if default_method is not UNSET:
            field_dict["default_method"] = default_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_group_member_change import AllocationGroupMemberChange  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        name = _source.pop("name")

        accounts = []
        _accounts = _source.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = AllocationGroupMemberChange.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        _default_method = _source.pop("default_method", UNSET)
        default_method: AllocationMethod | Unset
        if isinstance(_default_method, Unset):
            default_method = UNSET
        else:
            default_method = AllocationMethod(_default_method)

        _model = cls(
            name=name,
            accounts=accounts,
            default_method=default_method,
        )

        return _model
