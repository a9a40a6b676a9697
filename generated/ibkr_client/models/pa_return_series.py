from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_return_data import PaReturnData


T = TypeVar("T", bound="PaReturnSeries")


@_attrs_define
class PaReturnSeries:
    """A return series, cumulative (cps) or per period (tpps).

    Attributes:
        data (list[PaReturnData] | None | Unset): One return series per account or consolidation.
        freq (None | str | Unset): Frequency of the data points, e.g. D (daily) or M (monthly).
        dates (list[str] | None | Unset): Dates of the data points; as many as returns in each data entry.
    """

    data: list[PaReturnData] | None | Unset = UNSET
    freq: None | str | Unset = UNSET
    dates: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        freq: None | str | Unset
        if isinstance(self.freq, Unset):
            freq = UNSET
        else:
            freq = self.freq

        dates: list[str] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, list):
            dates = self.dates

        else:
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
        from ..models.pa_return_data import PaReturnData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_data(data: object) -> list[PaReturnData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = PaReturnData.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaReturnData] | None | Unset, data)

        data = _parse_data(_source.pop("data", UNSET))

        def _parse_freq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freq = _parse_freq(_source.pop("freq", UNSET))

        def _parse_dates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dates_type_0 = cast(list[str], data)

                return dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dates = _parse_dates(_source.pop("dates", UNSET))

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
