from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.allocation_method import AllocationMethod

T = TypeVar("T", bound="AllocationPresetsChange")


@_attrs_define
class AllocationPresetsChange:
    """
    Attributes:
        default_method_for_all (AllocationMethod): Allocation method code. Computed by IBKR: A available equity, E
            equal, N net liquidation
            value. Specified by the user (formerly allocation profiles), with an amount per account:
            C cash quantity, P percentages, R ratios, S shares.
        group_auto_close_positions (bool): IB-computed methods prioritise accounts that are closing a position.
        profiles_auto_close_positions (bool): User-specified methods prioritise accounts that are closing a position.
        strict_credit_check (bool): Whether the credit check is strict.
        group_proportional_allocation (bool): IB-computed methods distribute shares by the method instead of making
            positions proportional.
    """

    default_method_for_all: AllocationMethod
    group_auto_close_positions: bool
    profiles_auto_close_positions: bool
    strict_credit_check: bool
    group_proportional_allocation: bool

    def to_dict(self) -> dict[str, Any]:
        default_method_for_all = self.default_method_for_all.value

        group_auto_close_positions = self.group_auto_close_positions

        profiles_auto_close_positions = self.profiles_auto_close_positions

        strict_credit_check = self.strict_credit_check

        group_proportional_allocation = self.group_proportional_allocation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "default_method_for_all": default_method_for_all,
                "group_auto_close_positions": group_auto_close_positions,
                "profiles_auto_close_positions": profiles_auto_close_positions,
                "strict_credit_check": strict_credit_check,
                "group_proportional_allocation": group_proportional_allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        default_method_for_all = AllocationMethod(_source.pop("default_method_for_all"))

        group_auto_close_positions = _source.pop("group_auto_close_positions")

        profiles_auto_close_positions = _source.pop("profiles_auto_close_positions")

        strict_credit_check = _source.pop("strict_credit_check")

        group_proportional_allocation = _source.pop("group_proportional_allocation")

        _model = cls(
            default_method_for_all=default_method_for_all,
            group_auto_close_positions=group_auto_close_positions,
            profiles_auto_close_positions=profiles_auto_close_positions,
            strict_credit_check=strict_credit_check,
            group_proportional_allocation=group_proportional_allocation,
        )

        return _model
