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
        position (float | None | Unset): Size of the position; negative when short.
        conid (None | str | Unset): Contract id, sent as a string by this endpoint.
        avg_cost (float | None | Unset): Average cost per share times the multiplier.
        avg_price (float | None | Unset): Average price per share paid.
        currency (None | str | Unset): Currency the contract trades in.
        description (None | str | Unset): Local symbol of the contract.
        is_last_to_loq (bool | None | Unset): Whether the position is last to be liquidated.
        mkt_price (float | None | Unset): Current market price per share, as the field list names it.
        mkt_value (float | None | Unset): Current market value, as the field list names it.
        market_price (float | None | Unset): Current market price per share, as the example and servers name it.
        market_value (float | None | Unset): Current market value, as the example and servers name it.
        realized_pnl (float | None | Unset): Profit realised today through trades.
        unrealized_pnl (float | None | Unset): Profit that closing the position now would realise.
        sec_type (None | str | Unset): Security type.
        timestamp (int | None | Unset): When the data was produced, epoch seconds.
        asset_class (None | str | Unset): Asset class of the contract.
        sector (None | str | Unset): Sector of the contract.
        group (None | str | Unset): Industry group of the contract.
        model (None | str | Unset): Model portfolio the position belongs to; empty when none.
    """

    position: float | None | Unset = UNSET
    conid: None | str | Unset = UNSET
    avg_cost: float | None | Unset = UNSET
    avg_price: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_last_to_loq: bool | None | Unset = UNSET
    mkt_price: float | None | Unset = UNSET
    mkt_value: float | None | Unset = UNSET
    market_price: float | None | Unset = UNSET
    market_value: float | None | Unset = UNSET
    realized_pnl: float | None | Unset = UNSET
    unrealized_pnl: float | None | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    sector: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: float | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        conid: None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        avg_cost: float | None | Unset
        if isinstance(self.avg_cost, Unset):
            avg_cost = UNSET
        else:
            avg_cost = self.avg_cost

        avg_price: float | None | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_last_to_loq: bool | None | Unset
        if isinstance(self.is_last_to_loq, Unset):
            is_last_to_loq = UNSET
        else:
            is_last_to_loq = self.is_last_to_loq

        mkt_price: float | None | Unset
        if isinstance(self.mkt_price, Unset):
            mkt_price = UNSET
        else:
            mkt_price = self.mkt_price

        mkt_value: float | None | Unset
        if isinstance(self.mkt_value, Unset):
            mkt_value = UNSET
        else:
            mkt_value = self.mkt_value

        market_price: float | None | Unset
        if isinstance(self.market_price, Unset):
            market_price = UNSET
        else:
            market_price = self.market_price

        market_value: float | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        realized_pnl: float | None | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        unrealized_pnl: float | None | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
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

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
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

        def _parse_position(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_conid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_avg_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_cost = _parse_avg_cost(_source.pop("avgCost", UNSET))

        def _parse_avg_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_price = _parse_avg_price(_source.pop("avgPrice", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_is_last_to_loq(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_last_to_loq = _parse_is_last_to_loq(_source.pop("isLastToLoq", UNSET))

        def _parse_mkt_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mkt_price = _parse_mkt_price(_source.pop("mktPrice", UNSET))

        def _parse_mkt_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mkt_value = _parse_mkt_value(_source.pop("mktValue", UNSET))

        def _parse_market_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        market_price = _parse_market_price(_source.pop("marketPrice", UNSET))

        def _parse_market_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        market_value = _parse_market_value(_source.pop("marketValue", UNSET))

        def _parse_realized_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        realized_pnl = _parse_realized_pnl(_source.pop("realizedPnl", UNSET))

        def _parse_unrealized_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unrealized_pnl = _parse_unrealized_pnl(_source.pop("unrealizedPnl", UNSET))

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("secType", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(_source.pop("timestamp", UNSET))

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

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

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(_source.pop("model", UNSET))

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
