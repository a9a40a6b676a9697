from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractIncrementRule")


@_attrs_define
class ContractIncrementRule:
    """Price increment that applies from a price level upwards.

    Attributes:
        lower_edge (float | None | Unset): Price from which the increment applies.
        increment (float | None | Unset): Minimum price increment at and above lowerEdge.
    """

    lower_edge: float | None | Unset = UNSET
    increment: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lower_edge: float | None | Unset
        if isinstance(self.lower_edge, Unset):
            lower_edge = UNSET
        else:
            lower_edge = self.lower_edge

        increment: float | None | Unset
        if isinstance(self.increment, Unset):
            increment = UNSET
        else:
            increment = self.increment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lower_edge is not UNSET:
            field_dict["lowerEdge"] = lower_edge
        if increment is not UNSET:
            field_dict["increment"] = increment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_lower_edge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lower_edge = _parse_lower_edge(_source.pop("lowerEdge", UNSET))

        def _parse_increment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        increment = _parse_increment(_source.pop("increment", UNSET))

        _model = cls(
            lower_edge=lower_edge,
            increment=increment,
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
