from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPositionResponsePositionListType0Item")


@_attrs_define
class ModelPositionResponsePositionListType0Item:
    """
    Attributes:
        actual (float | None | str | Unset):
        actual_range_max (float | None | str | Unset):
        actual_range_min (float | None | str | Unset):
        ccy (None | str | Unset):
        conid (float | None | str | Unset):
        dlv (float | None | str | Unset):
        exchange_rate (float | None | str | Unset):
        flags (int | None | Unset):
        instrument (None | str | Unset):
        instrument_imbalance (float | None | str | Unset):
        mismatch_type (float | None | str | Unset):
        mv (float | None | str | Unset):
        position (float | None | str | Unset):
        target (float | None | str | Unset):
    """

    actual: float | None | str | Unset = UNSET
    actual_range_max: float | None | str | Unset = UNSET
    actual_range_min: float | None | str | Unset = UNSET
    ccy: None | str | Unset = UNSET
    conid: float | None | str | Unset = UNSET
    dlv: float | None | str | Unset = UNSET
    exchange_rate: float | None | str | Unset = UNSET
    flags: int | None | Unset = UNSET
    instrument: None | str | Unset = UNSET
    instrument_imbalance: float | None | str | Unset = UNSET
    mismatch_type: float | None | str | Unset = UNSET
    mv: float | None | str | Unset = UNSET
    position: float | None | str | Unset = UNSET
    target: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual: float | None | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        actual_range_max: float | None | str | Unset
        if isinstance(self.actual_range_max, Unset):
            actual_range_max = UNSET
        else:
            actual_range_max = self.actual_range_max

        actual_range_min: float | None | str | Unset
        if isinstance(self.actual_range_min, Unset):
            actual_range_min = UNSET
        else:
            actual_range_min = self.actual_range_min

        ccy: None | str | Unset
        if isinstance(self.ccy, Unset):
            ccy = UNSET
        else:
            ccy = self.ccy

        conid: float | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        dlv: float | None | str | Unset
        if isinstance(self.dlv, Unset):
            dlv = UNSET
        else:
            dlv = self.dlv

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        flags: int | None | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        instrument: None | str | Unset
        if isinstance(self.instrument, Unset):
            instrument = UNSET
        else:
            instrument = self.instrument

        instrument_imbalance: float | None | str | Unset
        if isinstance(self.instrument_imbalance, Unset):
            instrument_imbalance = UNSET
        else:
            instrument_imbalance = self.instrument_imbalance

        mismatch_type: float | None | str | Unset
        if isinstance(self.mismatch_type, Unset):
            mismatch_type = UNSET
        else:
            mismatch_type = self.mismatch_type

        mv: float | None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        position: float | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        target: float | None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual is not UNSET:
            field_dict["actual"] = actual
        if actual_range_max is not UNSET:
            field_dict["actualRangeMax"] = actual_range_max
        if actual_range_min is not UNSET:
            field_dict["actualRangeMin"] = actual_range_min
        if ccy is not UNSET:
            field_dict["ccy"] = ccy
        if conid is not UNSET:
            field_dict["conid"] = conid
        if dlv is not UNSET:
            field_dict["dlv"] = dlv
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if flags is not UNSET:
            field_dict["flags"] = flags
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if instrument_imbalance is not UNSET:
            field_dict["instrumentImbalance"] = instrument_imbalance
        if mismatch_type is not UNSET:
            field_dict["mismatchType"] = mismatch_type
        if mv is not UNSET:
            field_dict["mv"] = mv
        if position is not UNSET:
            field_dict["position"] = position
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_actual(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual = _parse_actual(_source.pop("actual", UNSET))

        def _parse_actual_range_max(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual_range_max = _parse_actual_range_max(_source.pop("actualRangeMax", UNSET))

        def _parse_actual_range_min(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        actual_range_min = _parse_actual_range_min(_source.pop("actualRangeMin", UNSET))

        def _parse_ccy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ccy = _parse_ccy(_source.pop("ccy", UNSET))

        def _parse_conid(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_dlv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        dlv = _parse_dlv(_source.pop("dlv", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        def _parse_flags(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flags = _parse_flags(_source.pop("flags", UNSET))

        def _parse_instrument(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instrument = _parse_instrument(_source.pop("instrument", UNSET))

        def _parse_instrument_imbalance(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        instrument_imbalance = _parse_instrument_imbalance(
            _source.pop("instrumentImbalance", UNSET)
        )

        def _parse_mismatch_type(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        mismatch_type = _parse_mismatch_type(_source.pop("mismatchType", UNSET))

        def _parse_mv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        mv = _parse_mv(_source.pop("mv", UNSET))

        def _parse_position(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_target(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        target = _parse_target(_source.pop("target", UNSET))

        _model = cls(
            actual=actual,
            actual_range_max=actual_range_max,
            actual_range_min=actual_range_min,
            ccy=ccy,
            conid=conid,
            dlv=dlv,
            exchange_rate=exchange_rate,
            flags=flags,
            instrument=instrument,
            instrument_imbalance=instrument_imbalance,
            mismatch_type=mismatch_type,
            mv=mv,
            position=position,
            target=target,
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
