from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioSummaryItem")


@_attrs_define
class PortfolioSummaryItem:
    """One summary value.

    Attributes:
        amount (float | None | Unset): Numeric value of the item; null when the item has none.
        currency (None | str | Unset): Currency of the amount; null for non-monetary items.
        is_null (bool | None | Unset): Whether the value is unavailable.
        timestamp (int | None | Unset): When the value was read: epoch milliseconds in the documentation's example,
            epoch
            seconds in recent recordings. Compare magnitudes before converting.
        value (None | str | Unset): Textual value of the item; null when the item has none. Servers also send the
            strings
            "null", "true" and "false" here.
        severity (int | None | Unset): Internal use.
    """

    amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    is_null: bool | None | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    value: None | str | Unset = UNSET
    severity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        severity: int | None | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_null is not UNSET:
            field_dict["isNull"] = is_null
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if value is not UNSET:
            field_dict["value"] = value
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(_source.pop("amount", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(_source.pop("isNull", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(_source.pop("timestamp", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(_source.pop("value", UNSET))

        def _parse_severity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        severity = _parse_severity(_source.pop("severity", UNSET))

        _model = cls(
            amount=amount,
            currency=currency,
            is_null=is_null,
            timestamp=timestamp,
            value=value,
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
