from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_allocation_values import PortfolioAllocationValues


T = TypeVar("T", bound="PortfolioAllocationSplit")


@_attrs_define
class PortfolioAllocationSplit:
    """Values held long and short, each keyed by category.

    Attributes:
        long (None | PortfolioAllocationValues | Unset):
        short (None | PortfolioAllocationValues | Unset):
    """

    long: None | PortfolioAllocationValues | Unset = UNSET
    short: None | PortfolioAllocationValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_allocation_values import PortfolioAllocationValues  # noqa: PLC0415

        long: dict[str, Any] | None | Unset
        if isinstance(self.long, Unset):
            long = UNSET
        elif isinstance(self.long, PortfolioAllocationValues):
            long = self.long.to_dict()
        else:
            long = self.long

        short: dict[str, Any] | None | Unset
        if isinstance(self.short, Unset):
            short = UNSET
        elif isinstance(self.short, PortfolioAllocationValues):
            short = self.short.to_dict()
        else:
            short = self.short

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long is not UNSET:
            field_dict["long"] = long
        if short is not UNSET:
            field_dict["short"] = short

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_allocation_values import PortfolioAllocationValues  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_long(data: object) -> None | PortfolioAllocationValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                long_type_0 = PortfolioAllocationValues.from_dict(data)

                return long_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocationValues | Unset, data)

        long = _parse_long(_source.pop("long", UNSET))

        def _parse_short(data: object) -> None | PortfolioAllocationValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                short_type_0 = PortfolioAllocationValues.from_dict(data)

                return short_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocationValues | Unset, data)

        short = _parse_short(_source.pop("short", UNSET))

        _model = cls(
            long=long,
            short=short,
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
