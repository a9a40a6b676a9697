from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractDisplayRuleStep")


@_attrs_define
class ContractDisplayRuleStep:
    """How prices are displayed from a price level upwards.

    Attributes:
        decimal_digits (int | None | Unset): Digits shown after the decimal point.
        lower_edge (float | None | Unset): Price from which the step applies.
        whole_digits (int | None | Unset): Digits shown before the decimal point.
    """

    decimal_digits: int | None | Unset = UNSET
    lower_edge: float | None | Unset = UNSET
    whole_digits: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decimal_digits: int | None | Unset
        if isinstance(self.decimal_digits, Unset):
            decimal_digits = UNSET
        else:
            decimal_digits = self.decimal_digits

        lower_edge: float | None | Unset
        if isinstance(self.lower_edge, Unset):
            lower_edge = UNSET
        else:
            lower_edge = self.lower_edge

        whole_digits: int | None | Unset
        if isinstance(self.whole_digits, Unset):
            whole_digits = UNSET
        else:
            whole_digits = self.whole_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decimal_digits is not UNSET:
            field_dict["decimalDigits"] = decimal_digits
        if lower_edge is not UNSET:
            field_dict["lowerEdge"] = lower_edge
        if whole_digits is not UNSET:
            field_dict["wholeDigits"] = whole_digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_decimal_digits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        decimal_digits = _parse_decimal_digits(_source.pop("decimalDigits", UNSET))

        def _parse_lower_edge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lower_edge = _parse_lower_edge(_source.pop("lowerEdge", UNSET))

        def _parse_whole_digits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        whole_digits = _parse_whole_digits(_source.pop("wholeDigits", UNSET))

        _model = cls(
            decimal_digits=decimal_digits,
            lower_edge=lower_edge,
            whole_digits=whole_digits,
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
