from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastContractRules")


@_attrs_define
class ForecastContractRules:
    """Rules and resolution terms of an event contract.

    Attributes:
        asset_class (str | Unset): Asset class of the contract, e.g. OPT.
        description (str | Unset): Description of the measured quantity.
        market_name (str | Unset): Name of the market.
        measured_period (str | Unset): The measured period, e.g. "Jan28'27".
        threshold (str | Unset): The strike threshold, as a string.
        source_agency (str | Unset): Agency whose data resolves the event.
        data_and_resolution_link (str | Unset): Link to the resolution data.
        last_trade_time (int | Unset): End of trading, epoch seconds.
        product_code (str | Unset): The issuer's product code.
        market_rules_link (str | Unset): Link to the market's terms and conditions.
        release_time (int | Unset): When the outcome is published, epoch seconds.
        payout_time (int | Unset): When contracts are settled, epoch seconds.
        payout (str | Unset): Payout per contract, formatted, e.g. "$1.00".
        price_increment (str | Unset): Price increment, formatted, e.g. "$0.01".
        exchange_timezone (str | Unset): Time zone of the exchange, e.g. US/Central.
    """

    asset_class: str | Unset = UNSET
    description: str | Unset = UNSET
    market_name: str | Unset = UNSET
    measured_period: str | Unset = UNSET
    threshold: str | Unset = UNSET
    source_agency: str | Unset = UNSET
    data_and_resolution_link: str | Unset = UNSET
    last_trade_time: int | Unset = UNSET
    product_code: str | Unset = UNSET
    market_rules_link: str | Unset = UNSET
    release_time: int | Unset = UNSET
    payout_time: int | Unset = UNSET
    payout: str | Unset = UNSET
    price_increment: str | Unset = UNSET
    exchange_timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class = self.asset_class

        description = self.description

        market_name = self.market_name

        measured_period = self.measured_period

        threshold = self.threshold

        source_agency = self.source_agency

        data_and_resolution_link = self.data_and_resolution_link

        last_trade_time = self.last_trade_time

        product_code = self.product_code

        market_rules_link = self.market_rules_link

        release_time = self.release_time

        payout_time = self.payout_time

        payout = self.payout

        price_increment = self.price_increment

        exchange_timezone = self.exchange_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if description is not UNSET:
            field_dict["description"] = description
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if measured_period is not UNSET:
            field_dict["measured_period"] = measured_period
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if source_agency is not UNSET:
            field_dict["source_agency"] = source_agency
        if data_and_resolution_link is not UNSET:
            field_dict["data_and_resolution_link"] = data_and_resolution_link
        if last_trade_time is not UNSET:
            field_dict["last_trade_time"] = last_trade_time
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if market_rules_link is not UNSET:
            field_dict["market_rules_link"] = market_rules_link
        if release_time is not UNSET:
            field_dict["release_time"] = release_time
        if payout_time is not UNSET:
            field_dict["payout_time"] = payout_time
        if payout is not UNSET:
            field_dict["payout"] = payout
        if price_increment is not UNSET:
            field_dict["price_increment"] = price_increment
        if exchange_timezone is not UNSET:
            field_dict["exchange_timezone"] = exchange_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        asset_class = _source.pop("asset_class", UNSET)

        description = _source.pop("description", UNSET)

        market_name = _source.pop("market_name", UNSET)

        measured_period = _source.pop("measured_period", UNSET)

        threshold = _source.pop("threshold", UNSET)

        source_agency = _source.pop("source_agency", UNSET)

        data_and_resolution_link = _source.pop("data_and_resolution_link", UNSET)

        last_trade_time = _source.pop("last_trade_time", UNSET)

        product_code = _source.pop("product_code", UNSET)

        market_rules_link = _source.pop("market_rules_link", UNSET)

        release_time = _source.pop("release_time", UNSET)

        payout_time = _source.pop("payout_time", UNSET)

        payout = _source.pop("payout", UNSET)

        price_increment = _source.pop("price_increment", UNSET)

        exchange_timezone = _source.pop("exchange_timezone", UNSET)

        _model = cls(
            asset_class=asset_class,
            description=description,
            market_name=market_name,
            measured_period=measured_period,
            threshold=threshold,
            source_agency=source_agency,
            data_and_resolution_link=data_and_resolution_link,
            last_trade_time=last_trade_time,
            product_code=product_code,
            market_rules_link=market_rules_link,
            release_time=release_time,
            payout_time=payout_time,
            payout=payout,
            price_increment=price_increment,
            exchange_timezone=exchange_timezone,
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
