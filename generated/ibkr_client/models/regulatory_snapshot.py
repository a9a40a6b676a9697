from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegulatorySnapshot")


@_attrs_define
class RegulatorySnapshot:
    """A regulatory snapshot. The numeric keys are market data field ids (MarketDataFieldId);
    unlike GET /iserver/marketdata/snapshot, the documentation types prices and sizes
    here as numbers.

        Attributes:
            conid (int | Unset): Contract id.
            conid_ex (str | Unset): The contract as requested, with the exchange when one was given.
            bbo_exchange (str | Unset): Colour of the best bid/offer exchange, as a hex code.
            has_delayed (bool | Unset): true when the data is delayed, false when it is live.
            field_84 (float | Unset): Bid price.
            field_86 (float | Unset): Ask price.
            field_88 (int | Unset): Bid size.
            field_85 (int | Unset): Ask size.
            best_bid_exch (int | Unset): Exchange of the best bid (internal identifier).
            best_ask_exch (int | Unset): Exchange of the best ask (internal identifier).
            field_31 (float | Unset): Last price.
            field_7059 (int | Unset): Size of the last trade.
            last_exch (int | Unset): Exchange of the last trade, as a binary-encoded integer (internal use).
            field_7057 (str | Unset): Character codes of the ask exchanges.
            field_7068 (str | Unset): Character codes of the bid exchanges.
            field_7058 (str | Unset): Character codes of the last trade's exchanges.
    """

    conid: int | Unset = UNSET
    conid_ex: str | Unset = UNSET
    bbo_exchange: str | Unset = UNSET
    has_delayed: bool | Unset = UNSET
    field_84: float | Unset = UNSET
    field_86: float | Unset = UNSET
    field_88: int | Unset = UNSET
    field_85: int | Unset = UNSET
    best_bid_exch: int | Unset = UNSET
    best_ask_exch: int | Unset = UNSET
    field_31: float | Unset = UNSET
    field_7059: int | Unset = UNSET
    last_exch: int | Unset = UNSET
    field_7057: str | Unset = UNSET
    field_7068: str | Unset = UNSET
    field_7058: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        conid_ex = self.conid_ex

        bbo_exchange = self.bbo_exchange

        has_delayed = self.has_delayed

        field_84 = self.field_84

        field_86 = self.field_86

        field_88 = self.field_88

        field_85 = self.field_85

        best_bid_exch = self.best_bid_exch

        best_ask_exch = self.best_ask_exch

        field_31 = self.field_31

        field_7059 = self.field_7059

        last_exch = self.last_exch

        field_7057 = self.field_7057

        field_7068 = self.field_7068

        field_7058 = self.field_7058

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conid_ex is not UNSET:
            field_dict["conidEx"] = conid_ex
        if bbo_exchange is not UNSET:
            field_dict["BboExchange"] = bbo_exchange
        if has_delayed is not UNSET:
            field_dict["HasDelayed"] = has_delayed
        if field_84 is not UNSET:
            field_dict["84"] = field_84
        if field_86 is not UNSET:
            field_dict["86"] = field_86
        if field_88 is not UNSET:
            field_dict["88"] = field_88
        if field_85 is not UNSET:
            field_dict["85"] = field_85
        if best_bid_exch is not UNSET:
            field_dict["BestBidExch"] = best_bid_exch
        if best_ask_exch is not UNSET:
            field_dict["BestAskExch"] = best_ask_exch
        if field_31 is not UNSET:
            field_dict["31"] = field_31
        if field_7059 is not UNSET:
            field_dict["7059"] = field_7059
        if last_exch is not UNSET:
            field_dict["LastExch"] = last_exch
        if field_7057 is not UNSET:
            field_dict["7057"] = field_7057
        if field_7068 is not UNSET:
            field_dict["7068"] = field_7068
        if field_7058 is not UNSET:
            field_dict["7058"] = field_7058

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid", UNSET)

        conid_ex = _source.pop("conidEx", UNSET)

        bbo_exchange = _source.pop("BboExchange", UNSET)

        has_delayed = _source.pop("HasDelayed", UNSET)

        field_84 = _source.pop("84", UNSET)

        field_86 = _source.pop("86", UNSET)

        field_88 = _source.pop("88", UNSET)

        field_85 = _source.pop("85", UNSET)

        best_bid_exch = _source.pop("BestBidExch", UNSET)

        best_ask_exch = _source.pop("BestAskExch", UNSET)

        field_31 = _source.pop("31", UNSET)

        field_7059 = _source.pop("7059", UNSET)

        last_exch = _source.pop("LastExch", UNSET)

        field_7057 = _source.pop("7057", UNSET)

        field_7068 = _source.pop("7068", UNSET)

        field_7058 = _source.pop("7058", UNSET)

        _model = cls(
            conid=conid,
            conid_ex=conid_ex,
            bbo_exchange=bbo_exchange,
            has_delayed=has_delayed,
            field_84=field_84,
            field_86=field_86,
            field_88=field_88,
            field_85=field_85,
            best_bid_exch=best_bid_exch,
            best_ask_exch=best_ask_exch,
            field_31=field_31,
            field_7059=field_7059,
            last_exch=last_exch,
            field_7057=field_7057,
            field_7068=field_7068,
            field_7058=field_7058,
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
