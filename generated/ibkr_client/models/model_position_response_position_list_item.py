from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPositionResponsePositionListItem")


@_attrs_define
class ModelPositionResponsePositionListItem:
    """
    Attributes:
        actual (float | str | Unset):
        actual_range_max (float | str | Unset):
        actual_range_min (float | str | Unset):
        ccy (str | Unset):
        conid (float | str | Unset):
        dlv (float | str | Unset):
        exchange_rate (float | str | Unset):
        flags (int | Unset):
        instrument (str | Unset):
        instrument_imbalance (float | str | Unset):
        mismatch_type (float | str | Unset):
        mv (float | str | Unset):
        position (float | str | Unset):
        target (float | str | Unset):
    """

    actual: float | str | Unset = UNSET
    actual_range_max: float | str | Unset = UNSET
    actual_range_min: float | str | Unset = UNSET
    ccy: str | Unset = UNSET
    conid: float | str | Unset = UNSET
    dlv: float | str | Unset = UNSET
    exchange_rate: float | str | Unset = UNSET
    flags: int | Unset = UNSET
    instrument: str | Unset = UNSET
    instrument_imbalance: float | str | Unset = UNSET
    mismatch_type: float | str | Unset = UNSET
    mv: float | str | Unset = UNSET
    position: float | str | Unset = UNSET
    target: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual: float | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        actual_range_max: float | str | Unset
        if isinstance(self.actual_range_max, Unset):
            actual_range_max = UNSET
        else:
            actual_range_max = self.actual_range_max

        actual_range_min: float | str | Unset
        if isinstance(self.actual_range_min, Unset):
            actual_range_min = UNSET
        else:
            actual_range_min = self.actual_range_min

        ccy = self.ccy

        conid: float | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        dlv: float | str | Unset
        if isinstance(self.dlv, Unset):
            dlv = UNSET
        else:
            dlv = self.dlv

        exchange_rate: float | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        flags = self.flags

        instrument = self.instrument

        instrument_imbalance: float | str | Unset
        if isinstance(self.instrument_imbalance, Unset):
            instrument_imbalance = UNSET
        else:
            instrument_imbalance = self.instrument_imbalance

        mismatch_type: float | str | Unset
        if isinstance(self.mismatch_type, Unset):
            mismatch_type = UNSET
        else:
            mismatch_type = self.mismatch_type

        mv: float | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        position: float | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        target: float | str | Unset
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

        def _parse_actual(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        actual = _parse_actual(_source.pop("actual", UNSET))

        def _parse_actual_range_max(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        actual_range_max = _parse_actual_range_max(_source.pop("actualRangeMax", UNSET))

        def _parse_actual_range_min(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        actual_range_min = _parse_actual_range_min(_source.pop("actualRangeMin", UNSET))

        ccy = _source.pop("ccy", UNSET)

        def _parse_conid(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_dlv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        dlv = _parse_dlv(_source.pop("dlv", UNSET))

        def _parse_exchange_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        flags = _source.pop("flags", UNSET)

        instrument = _source.pop("instrument", UNSET)

        def _parse_instrument_imbalance(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        instrument_imbalance = _parse_instrument_imbalance(
            _source.pop("instrumentImbalance", UNSET)
        )

        def _parse_mismatch_type(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        mismatch_type = _parse_mismatch_type(_source.pop("mismatchType", UNSET))

        def _parse_mv(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        mv = _parse_mv(_source.pop("mv", UNSET))

        def _parse_position(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_target(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

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
