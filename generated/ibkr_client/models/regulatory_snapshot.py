from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
            conid (int | None | Unset): Contract id.
            conid_ex (None | str | Unset): The contract as requested, with the exchange when one was given.
            bbo_exchange (None | str | Unset): Colour of the best bid/offer exchange, as a hex code.
            has_delayed (bool | None | Unset): true when the data is delayed, false when it is live.
            field_84 (float | None | Unset): Bid price.
            field_86 (float | None | Unset): Ask price.
            field_88 (int | None | Unset): Bid size.
            field_85 (int | None | Unset): Ask size.
            best_bid_exch (int | None | Unset): Exchange of the best bid (internal identifier).
            best_ask_exch (int | None | Unset): Exchange of the best ask (internal identifier).
            field_31 (float | None | Unset): Last price.
            field_7059 (int | None | Unset): Size of the last trade.
            last_exch (int | None | Unset): Exchange of the last trade, as a binary-encoded integer (internal use).
            field_7057 (None | str | Unset): Character codes of the ask exchanges.
            field_7068 (None | str | Unset): Character codes of the bid exchanges.
            field_7058 (None | str | Unset): Character codes of the last trade's exchanges.
    """

    conid: int | None | Unset = UNSET
    conid_ex: None | str | Unset = UNSET
    bbo_exchange: None | str | Unset = UNSET
    has_delayed: bool | None | Unset = UNSET
    field_84: float | None | Unset = UNSET
    field_86: float | None | Unset = UNSET
    field_88: int | None | Unset = UNSET
    field_85: int | None | Unset = UNSET
    best_bid_exch: int | None | Unset = UNSET
    best_ask_exch: int | None | Unset = UNSET
    field_31: float | None | Unset = UNSET
    field_7059: int | None | Unset = UNSET
    last_exch: int | None | Unset = UNSET
    field_7057: None | str | Unset = UNSET
    field_7068: None | str | Unset = UNSET
    field_7058: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        conid_ex: None | str | Unset
        if isinstance(self.conid_ex, Unset):
            conid_ex = UNSET
        else:
            conid_ex = self.conid_ex

        bbo_exchange: None | str | Unset
        if isinstance(self.bbo_exchange, Unset):
            bbo_exchange = UNSET
        else:
            bbo_exchange = self.bbo_exchange

        has_delayed: bool | None | Unset
        if isinstance(self.has_delayed, Unset):
            has_delayed = UNSET
        else:
            has_delayed = self.has_delayed

        field_84: float | None | Unset
        if isinstance(self.field_84, Unset):
            field_84 = UNSET
        else:
            field_84 = self.field_84

        field_86: float | None | Unset
        if isinstance(self.field_86, Unset):
            field_86 = UNSET
        else:
            field_86 = self.field_86

        field_88: int | None | Unset
        if isinstance(self.field_88, Unset):
            field_88 = UNSET
        else:
            field_88 = self.field_88

        field_85: int | None | Unset
        if isinstance(self.field_85, Unset):
            field_85 = UNSET
        else:
            field_85 = self.field_85

        best_bid_exch: int | None | Unset
        if isinstance(self.best_bid_exch, Unset):
            best_bid_exch = UNSET
        else:
            best_bid_exch = self.best_bid_exch

        best_ask_exch: int | None | Unset
        if isinstance(self.best_ask_exch, Unset):
            best_ask_exch = UNSET
        else:
            best_ask_exch = self.best_ask_exch

        field_31: float | None | Unset
        if isinstance(self.field_31, Unset):
            field_31 = UNSET
        else:
            field_31 = self.field_31

        field_7059: int | None | Unset
        if isinstance(self.field_7059, Unset):
            field_7059 = UNSET
        else:
            field_7059 = self.field_7059

        last_exch: int | None | Unset
        if isinstance(self.last_exch, Unset):
            last_exch = UNSET
        else:
            last_exch = self.last_exch

        field_7057: None | str | Unset
        if isinstance(self.field_7057, Unset):
            field_7057 = UNSET
        else:
            field_7057 = self.field_7057

        field_7068: None | str | Unset
        if isinstance(self.field_7068, Unset):
            field_7068 = UNSET
        else:
            field_7068 = self.field_7068

        field_7058: None | str | Unset
        if isinstance(self.field_7058, Unset):
            field_7058 = UNSET
        else:
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

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_conid_ex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid_ex = _parse_conid_ex(_source.pop("conidEx", UNSET))

        def _parse_bbo_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bbo_exchange = _parse_bbo_exchange(_source.pop("BboExchange", UNSET))

        def _parse_has_delayed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_delayed = _parse_has_delayed(_source.pop("HasDelayed", UNSET))

        def _parse_field_84(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_84 = _parse_field_84(_source.pop("84", UNSET))

        def _parse_field_86(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_86 = _parse_field_86(_source.pop("86", UNSET))

        def _parse_field_88(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_88 = _parse_field_88(_source.pop("88", UNSET))

        def _parse_field_85(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_85 = _parse_field_85(_source.pop("85", UNSET))

        def _parse_best_bid_exch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        best_bid_exch = _parse_best_bid_exch(_source.pop("BestBidExch", UNSET))

        def _parse_best_ask_exch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        best_ask_exch = _parse_best_ask_exch(_source.pop("BestAskExch", UNSET))

        def _parse_field_31(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_31 = _parse_field_31(_source.pop("31", UNSET))

        def _parse_field_7059(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_7059 = _parse_field_7059(_source.pop("7059", UNSET))

        def _parse_last_exch(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_exch = _parse_last_exch(_source.pop("LastExch", UNSET))

        def _parse_field_7057(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7057 = _parse_field_7057(_source.pop("7057", UNSET))

        def _parse_field_7068(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7068 = _parse_field_7068(_source.pop("7068", UNSET))

        def _parse_field_7058(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7058 = _parse_field_7058(_source.pop("7058", UNSET))

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
