from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractRulesRequest")


@_attrs_define
class ContractRulesRequest:
    """
    Attributes:
        conid (int): Contract id.
        exchange (str | Unset): Exchange to get the rules for.
        is_buy (bool | Unset): true (the default) for buy-side rules, false for sell-side rules.
        modify_order (bool | Unset): true for the rules that apply when modifying the order given by orderId.
        order_id (int | Unset): The order to be modified; required when modifyOrder is true.
    """

    conid: int
    exchange: str | Unset = UNSET
    is_buy: bool | Unset = UNSET
    modify_order: bool | Unset = UNSET
    order_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        exchange = self.exchange

        is_buy = self.is_buy

        modify_order = self.modify_order

        order_id = self.order_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conid": conid,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if is_buy is not UNSET:
            field_dict["isBuy"] = is_buy
        if modify_order is not UNSET:
            field_dict["modifyOrder"] = modify_order
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid")

        exchange = _source.pop("exchange", UNSET)

        is_buy = _source.pop("isBuy", UNSET)

        modify_order = _source.pop("modifyOrder", UNSET)

        order_id = _source.pop("orderId", UNSET)

        _model = cls(
            conid=conid,
            exchange=exchange,
            is_buy=is_buy,
            modify_order=modify_order,
            order_id=order_id,
        )

        return _model
