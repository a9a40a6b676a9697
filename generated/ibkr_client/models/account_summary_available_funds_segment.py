from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryAvailableFundsSegment")


@_attrs_define
class AccountSummaryAvailableFundsSegment:
    """Available funds of one margin segment (or of the whole account, under "total"). Every
    amount is a display string: thousands separators and the currency, e.g. "994,831 USD".

        Attributes:
            current_available (str | Unset): Funds available now, formatted, e.g. "994,831 USD".
            current_excess (str | Unset): Excess liquidity now, formatted.
            buying_power (str | Unset): Buying power, formatted.
            leverage (str | Unset): Leverage as a decimal string, e.g. "1.01".
            look_ahead_available (str | Unset): Funds available at the next margin change (look-ahead), formatted.
            look_ahead_excess (str | Unset): Excess liquidity at the next margin change (look-ahead), formatted.
    """

    current_available: str | Unset = UNSET
    current_excess: str | Unset = UNSET
    buying_power: str | Unset = UNSET
    leverage: str | Unset = UNSET
    look_ahead_available: str | Unset = UNSET
    look_ahead_excess: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_available = self.current_available

        current_excess = self.current_excess

        buying_power = self.buying_power

        leverage = self.leverage

        look_ahead_available = self.look_ahead_available

        look_ahead_excess = self.look_ahead_excess

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_available is not UNSET:
            field_dict["current_available"] = current_available
        if current_excess is not UNSET:
            field_dict["current_excess"] = current_excess
        if buying_power is not UNSET:
            field_dict["buying_power"] = buying_power
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if look_ahead_available is not UNSET:
            field_dict["look_ahead_available"] = look_ahead_available
        if look_ahead_excess is not UNSET:
            field_dict["look_ahead_excess"] = look_ahead_excess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        current_available = _source.pop("current_available", UNSET)

        current_excess = _source.pop("current_excess", UNSET)

        buying_power = _source.pop("buying_power", UNSET)

        leverage = _source.pop("leverage", UNSET)

        look_ahead_available = _source.pop("look_ahead_available", UNSET)

        look_ahead_excess = _source.pop("look_ahead_excess", UNSET)

        _model = cls(
            current_available=current_available,
            current_excess=current_excess,
            buying_power=buying_power,
            leverage=leverage,
            look_ahead_available=look_ahead_available,
            look_ahead_excess=look_ahead_excess,
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
