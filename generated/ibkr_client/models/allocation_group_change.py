from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.allocation_method import AllocationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_group_member_change import AllocationGroupMemberChange


T = TypeVar("T", bound="AllocationGroupChange")


@_attrs_define
class AllocationGroupChange:
    """
    Attributes:
        name (str): Name of the group; with prev_name, the group's new name.
        accounts (list[AllocationGroupMemberChange]): The group's sub-accounts, with their amounts for user-specified
            methods.
        default_method (AllocationMethod): Allocation method code. Computed by IBKR: A available equity, E equal, N net
            liquidation
            value. Specified by the user (formerly allocation profiles), with an amount per account:
            C cash quantity, P percentages, R ratios, S shares.
        prev_name (str | Unset): Current name of the group, only when renaming it.
    """

    name: str
    accounts: list[AllocationGroupMemberChange]
    default_method: AllocationMethod
    prev_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        default_method = self.default_method.value

        prev_name = self.prev_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "accounts": accounts,
                "default_method": default_method,
            }
        )
        if prev_name is not UNSET:
            field_dict["prev_name"] = prev_name

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

        default_method = AllocationMethod(_source.pop("default_method"))

        prev_name = _source.pop("prev_name", UNSET)

        _model = cls(
            name=name,
            accounts=accounts,
            default_method=default_method,
            prev_name=prev_name,
        )

        return _model
