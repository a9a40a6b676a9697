from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_nav_data import PaNavData


T = TypeVar("T", bound="PaNavSeries")


@_attrs_define
class PaNavSeries:
    """Net asset value series (not applicable to benchmarks).

    Attributes:
        data (list[PaNavData] | Unset): One NAV series per account or consolidation.
        freq (str | Unset): Frequency of the data points, e.g. D (daily) or M (monthly).
        dates (list[str] | Unset): Dates of the data points (yyyyMMdd, or yyyyMM for monthly data).
    """

    data: list[PaNavData] | Unset = UNSET
    freq: str | Unset = UNSET
    dates: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        freq = self.freq

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if freq is not UNSET:
            field_dict["freq"] = freq
        if dates is not UNSET:
            field_dict["dates"] = dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_nav_data import PaNavData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _data = _source.pop("data", UNSET)
        data: list[PaNavData] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = PaNavData.from_dict(data_item_data)

                data.append(data_item)

        freq = _source.pop("freq", UNSET)

        dates = cast(list[str], _source.pop("dates", UNSET))

        _model = cls(
            data=data,
            freq=freq,
            dates=dates,
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
