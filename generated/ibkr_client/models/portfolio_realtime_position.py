from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioRealtimePosition")


@_attrs_define
class PortfolioRealtimePosition:
    """A position as /portfolio2/{accountId}/positions reports it.

    Attributes:
        position (float | Unset): Size of the position; negative when short.
        conid (str | Unset): Contract id, sent as a string by this endpoint.
        avg_cost (float | Unset): Average cost per share times the multiplier.
        avg_price (float | Unset): Average price per share paid.
        currency (str | Unset): Currency the contract trades in.
        description (str | Unset): Local symbol of the contract.
        is_last_to_loq (bool | Unset): Whether the position is last to be liquidated.
        mkt_price (float | Unset): Current market price per share, as the field list names it.
        mkt_value (float | Unset): Current market value, as the field list names it.
        market_price (float | Unset): Current market price per share, as the example and servers name it.
        market_value (float | Unset): Current market value, as the example and servers name it.
        realized_pnl (float | Unset): Profit realised today through trades.
        unrealized_pnl (float | Unset): Profit that closing the position now would realise.
        sec_type (str | Unset): Security type.
        timestamp (int | Unset): When the data was produced, epoch seconds.
        asset_class (str | Unset): Asset class of the contract.
        sector (None | str | Unset): Sector of the contract.
        group (None | str | Unset): Industry group of the contract.
        model (str | Unset): Model portfolio the position belongs to; empty when none.
    """

    position: float | Unset = UNSET
    conid: str | Unset = UNSET
    avg_cost: float | Unset = UNSET
    avg_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    is_last_to_loq: bool | Unset = UNSET
    mkt_price: float | Unset = UNSET
    mkt_value: float | Unset = UNSET
    market_price: float | Unset = UNSET
    market_value: float | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    unrealized_pnl: float | Unset = UNSET
    sec_type: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    asset_class: str | Unset = UNSET
    sector: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        conid = self.conid

        avg_cost = self.avg_cost

        avg_price = self.avg_price

        currency = self.currency

        description = self.description

        is_last_to_loq = self.is_last_to_loq

        mkt_price = self.mkt_price

        mkt_value = self.mkt_value

        market_price = self.market_price

        market_value = self.market_value

        realized_pnl = self.realized_pnl

        unrealized_pnl = self.unrealized_pnl

        sec_type = self.sec_type

        timestamp = self.timestamp

        asset_class = self.asset_class

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if conid is not UNSET:
            field_dict["conid"] = conid
        if avg_cost is not UNSET:
            field_dict["avgCost"] = avg_cost
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if is_last_to_loq is not UNSET:
            field_dict["isLastToLoq"] = is_last_to_loq
        if mkt_price is not UNSET:
            field_dict["mktPrice"] = mkt_price
        if mkt_value is not UNSET:
            field_dict["mktValue"] = mkt_value
        if market_price is not UNSET:
            field_dict["marketPrice"] = market_price
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if sector is not UNSET:
            field_dict["sector"] = sector
        if group is not UNSET:
            field_dict["group"] = group
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        position = _source.pop("position", UNSET)

        conid = _source.pop("conid", UNSET)

        avg_cost = _source.pop("avgCost", UNSET)

        avg_price = _source.pop("avgPrice", UNSET)

        currency = _source.pop("currency", UNSET)

        description = _source.pop("description", UNSET)

        is_last_to_loq = _source.pop("isLastToLoq", UNSET)

        mkt_price = _source.pop("mktPrice", UNSET)

        mkt_value = _source.pop("mktValue", UNSET)

        market_price = _source.pop("marketPrice", UNSET)

        market_value = _source.pop("marketValue", UNSET)

        realized_pnl = _source.pop("realizedPnl", UNSET)

        unrealized_pnl = _source.pop("unrealizedPnl", UNSET)

        sec_type = _source.pop("secType", UNSET)

        timestamp = _source.pop("timestamp", UNSET)

        asset_class = _source.pop("assetClass", UNSET)

        def _parse_sector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sector = _parse_sector(_source.pop("sector", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(_source.pop("group", UNSET))

        model = _source.pop("model", UNSET)

        _model = cls(
            position=position,
            conid=conid,
            avg_cost=avg_cost,
            avg_price=avg_price,
            currency=currency,
            description=description,
            is_last_to_loq=is_last_to_loq,
            mkt_price=mkt_price,
            mkt_value=mkt_value,
            market_price=market_price,
            market_value=market_value,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            sec_type=sec_type,
            timestamp=timestamp,
            asset_class=asset_class,
            sector=sector,
            group=group,
            model=model,
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
