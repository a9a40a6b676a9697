from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_method import AllocationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationPresets")


@_attrs_define
class AllocationPresets:
    """
    Attributes:
        group_auto_close_positions (bool | None | Unset): IB-computed methods prioritise accounts that are closing a
            position.
        default_method_for_all (AllocationMethod | None | Unset):
        profiles_auto_close_positions (bool | None | Unset): User-specified methods prioritise accounts that are closing
            a position.
        strict_credit_check (bool | None | Unset): Whether the credit check is strict.
        group_proportional_allocation (bool | None | Unset): IB-computed methods distribute shares by the method instead
            of making positions proportional.
    """

    group_auto_close_positions: bool | None | Unset = UNSET
    default_method_for_all: AllocationMethod | None | Unset = UNSET
    profiles_auto_close_positions: bool | None | Unset = UNSET
    strict_credit_check: bool | None | Unset = UNSET
    group_proportional_allocation: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_auto_close_positions: bool | None | Unset
        if isinstance(self.group_auto_close_positions, Unset):
            group_auto_close_positions = UNSET
        else:
            group_auto_close_positions = self.group_auto_close_positions

        default_method_for_all: None | str | Unset
        if isinstance(self.default_method_for_all, Unset):
            default_method_for_all = UNSET
        elif isinstance(self.default_method_for_all, AllocationMethod):
            default_method_for_all = self.default_method_for_all.value
        else:
            default_method_for_all = self.default_method_for_all

        profiles_auto_close_positions: bool | None | Unset
        if isinstance(self.profiles_auto_close_positions, Unset):
            profiles_auto_close_positions = UNSET
        else:
            profiles_auto_close_positions = self.profiles_auto_close_positions

        strict_credit_check: bool | None | Unset
        if isinstance(self.strict_credit_check, Unset):
            strict_credit_check = UNSET
        else:
            strict_credit_check = self.strict_credit_check

        group_proportional_allocation: bool | None | Unset
        if isinstance(self.group_proportional_allocation, Unset):
            group_proportional_allocation = UNSET
        else:
            group_proportional_allocation = self.group_proportional_allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_auto_close_positions is not UNSET:
            field_dict["group_auto_close_positions"] = group_auto_close_positions
        if default_method_for_all is not UNSET:
            field_dict["default_method_for_all"] = default_method_for_all
        if profiles_auto_close_positions is not UNSET:
            field_dict["profiles_auto_close_positions"] = profiles_auto_close_positions
        if strict_credit_check is not UNSET:
            field_dict["strict_credit_check"] = strict_credit_check
        if group_proportional_allocation is not UNSET:
            field_dict["group_proportional_allocation"] = group_proportional_allocation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_group_auto_close_positions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        group_auto_close_positions = _parse_group_auto_close_positions(
            _source.pop("group_auto_close_positions", UNSET)
        )

        def _parse_default_method_for_all(
            data: object,
        ) -> AllocationMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_method_for_all_type_0 = AllocationMethod(data)

                return default_method_for_all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationMethod | None | Unset, data)

        default_method_for_all = _parse_default_method_for_all(
            _source.pop("default_method_for_all", UNSET)
        )

        def _parse_profiles_auto_close_positions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        profiles_auto_close_positions = _parse_profiles_auto_close_positions(
            _source.pop("profiles_auto_close_positions", UNSET)
        )

        def _parse_strict_credit_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict_credit_check = _parse_strict_credit_check(
            _source.pop("strict_credit_check", UNSET)
        )

        def _parse_group_proportional_allocation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        group_proportional_allocation = _parse_group_proportional_allocation(
            _source.pop("group_proportional_allocation", UNSET)
        )

        _model = cls(
            group_auto_close_positions=group_auto_close_positions,
            default_method_for_all=default_method_for_all,
            profiles_auto_close_positions=profiles_auto_close_positions,
            strict_credit_check=strict_credit_check,
            group_proportional_allocation=group_proportional_allocation,
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
