from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractTradingHours")


@_attrs_define
class ContractTradingHours:
    """One opening of a trading day, in epoch seconds.

    Attributes:
        opening (int | None | Unset): Opening time, epoch seconds.
        closing (int | None | Unset): Closing time, epoch seconds.
        cancel_daily_orders (bool | None | Unset): Whether day orders are cancelled at this closing (extended hours
            only).
    """

    opening: int | None | Unset = UNSET
    closing: int | None | Unset = UNSET
    cancel_daily_orders: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening: int | None | Unset
        if isinstance(self.opening, Unset):
            opening = UNSET
        else:
            opening = self.opening

        closing: int | None | Unset
        if isinstance(self.closing, Unset):
            closing = UNSET
        else:
            closing = self.closing

        cancel_daily_orders: bool | None | Unset
        if isinstance(self.cancel_daily_orders, Unset):
            cancel_daily_orders = UNSET
        else:
            cancel_daily_orders = self.cancel_daily_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening is not UNSET:
            field_dict["opening"] = opening
        if closing is not UNSET:
            field_dict["closing"] = closing
        if cancel_daily_orders is not UNSET:
            field_dict["cancel_daily_orders"] = cancel_daily_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_opening(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        opening = _parse_opening(_source.pop("opening", UNSET))

        def _parse_closing(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        closing = _parse_closing(_source.pop("closing", UNSET))

        def _parse_cancel_daily_orders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_daily_orders = _parse_cancel_daily_orders(
            _source.pop("cancel_daily_orders", UNSET)
        )

        _model = cls(
            opening=opening,
            closing=closing,
            cancel_daily_orders=cancel_daily_orders,
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
