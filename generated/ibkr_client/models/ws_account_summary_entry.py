from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsAccountSummaryEntry")


@_attrs_define
class WsAccountSummaryEntry:
    """One account summary value.

    Attributes:
        key (str | Unset): Name of the value, e.g. "ExcessLiquidity-S".
        timestamp (int | Unset): When the value was taken.
        value (None | str | Unset): A non-monetary value (a date, an account title, ...).
        monetary_value (float | None | Unset): A monetary value, in currency.
        currency (None | str | Unset): Currency of monetaryValue, e.g. "USD".
        severity (int | Unset): Internal use.
    """

    key: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    value: None | str | Unset = UNSET
    monetary_value: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    severity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        timestamp = self.timestamp

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        monetary_value: float | None | Unset
        if isinstance(self.monetary_value, Unset):
            monetary_value = UNSET
        else:
            monetary_value = self.monetary_value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if value is not UNSET:
            field_dict["value"] = value
        if monetary_value is not UNSET:
            field_dict["monetaryValue"] = monetary_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        key = _source.pop("key", UNSET)

        timestamp = _source.pop("timestamp", UNSET)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(_source.pop("value", UNSET))

        def _parse_monetary_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monetary_value = _parse_monetary_value(_source.pop("monetaryValue", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        severity = _source.pop("severity", UNSET)

        _model = cls(
            key=key,
            timestamp=timestamp,
            value=value,
            monetary_value=monetary_value,
            currency=currency,
            severity=severity,
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
