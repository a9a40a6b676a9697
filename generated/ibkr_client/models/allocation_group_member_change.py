from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationGroupMemberChange")


@_attrs_define
class AllocationGroupMemberChange:
    """A sub-account to put in an allocation group.

    Attributes:
        name (str): The sub-account's id, e.g. "U1234567".
        amount (float | Unset): The account's share, for user-specified methods (cash, percentage, ratio or shares).
    """

    name: str
    amount: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        name = _source.pop("name")

        amount = _source.pop("amount", UNSET)

        _model = cls(
            name=name,
            amount=amount,
        )

        return _model
