from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPositionResponseCashType0Item")


@_attrs_define
class ModelPositionResponseCashType0Item:
    """
    Attributes:
        actual (float | None | str | Unset):
        ccy (None | str | Unset):
        exchange_rate (float | None | str | Unset):
        instrument_imbalance (float | None | str | Unset):
        mv (float | None | str | Unset):
        target (float | None | str | Unset):
    """

    actual: float | None | str | Unset = UNSET
    ccy: None | str | Unset = UNSET
    exchange_rate: float | None | str | Unset = UNSET
    instrument_imbalance: float | None | str | Unset = UNSET
    mv: float | None | str | Unset = UNSET
    target: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual: float | None | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        ccy: None | str | Unset
        if isinstance(self.ccy, Unset):
            ccy = UNSET
        else:
            ccy = self.ccy

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        instrument_imbalance: float | None | str | Unset
        if isinstance(self.instrument_imbalance, Unset):
            instrument_imbalance = UNSET
        else:
            instrument_imbalance = self.instrument_imbalance

        mv: float | None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

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
        if ccy is not UNSET:
            field_dict["ccy"] = ccy
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if instrument_imbalance is not UNSET:
            field_dict["instrumentImbalance"] = instrument_imbalance
        if mv is not UNSET:
            field_dict["mv"] = mv
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

        def _parse_ccy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ccy = _parse_ccy(_source.pop("ccy", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        def _parse_instrument_imbalance(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        instrument_imbalance = _parse_instrument_imbalance(
            _source.pop("instrumentImbalance", UNSET)
        )

        def _parse_mv(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        mv = _parse_mv(_source.pop("mv", UNSET))

        def _parse_target(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        target = _parse_target(_source.pop("target", UNSET))

        _model = cls(
            actual=actual,
            ccy=ccy,
            exchange_rate=exchange_rate,
            instrument_imbalance=instrument_imbalance,
            mv=mv,
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
