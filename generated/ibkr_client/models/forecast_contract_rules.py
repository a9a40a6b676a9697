from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastContractRules")


@_attrs_define
class ForecastContractRules:
    """Rules and resolution terms of an event contract.

    Attributes:
        asset_class (None | str | Unset): Asset class of the contract, e.g. OPT.
        description (None | str | Unset): Description of the measured quantity.
        market_name (None | str | Unset): Name of the market.
        measured_period (None | str | Unset): The measured period, e.g. "Jan28'27".
        threshold (None | str | Unset): The strike threshold, as a string.
        source_agency (None | str | Unset): Agency whose data resolves the event.
        data_and_resolution_link (None | str | Unset): Link to the resolution data.
        last_trade_time (int | None | Unset): End of trading, epoch seconds.
        product_code (None | str | Unset): The issuer's product code.
        market_rules_link (None | str | Unset): Link to the market's terms and conditions.
        release_time (int | None | Unset): When the outcome is published, epoch seconds.
        payout_time (int | None | Unset): When contracts are settled, epoch seconds.
        payout (None | str | Unset): Payout per contract, formatted, e.g. "$1.00".
        price_increment (None | str | Unset): Price increment, formatted, e.g. "$0.01".
        exchange_timezone (None | str | Unset): Time zone of the exchange, e.g. US/Central.
    """

    asset_class: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    market_name: None | str | Unset = UNSET
    measured_period: None | str | Unset = UNSET
    threshold: None | str | Unset = UNSET
    source_agency: None | str | Unset = UNSET
    data_and_resolution_link: None | str | Unset = UNSET
    last_trade_time: int | None | Unset = UNSET
    product_code: None | str | Unset = UNSET
    market_rules_link: None | str | Unset = UNSET
    release_time: int | None | Unset = UNSET
    payout_time: int | None | Unset = UNSET
    payout: None | str | Unset = UNSET
    price_increment: None | str | Unset = UNSET
    exchange_timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        measured_period: None | str | Unset
        if isinstance(self.measured_period, Unset):
            measured_period = UNSET
        else:
            measured_period = self.measured_period

        threshold: None | str | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        source_agency: None | str | Unset
        if isinstance(self.source_agency, Unset):
            source_agency = UNSET
        else:
            source_agency = self.source_agency

        data_and_resolution_link: None | str | Unset
        if isinstance(self.data_and_resolution_link, Unset):
            data_and_resolution_link = UNSET
        else:
            data_and_resolution_link = self.data_and_resolution_link

        last_trade_time: int | None | Unset
        if isinstance(self.last_trade_time, Unset):
            last_trade_time = UNSET
        else:
            last_trade_time = self.last_trade_time

        product_code: None | str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        else:
            product_code = self.product_code

        market_rules_link: None | str | Unset
        if isinstance(self.market_rules_link, Unset):
            market_rules_link = UNSET
        else:
            market_rules_link = self.market_rules_link

        release_time: int | None | Unset
        if isinstance(self.release_time, Unset):
            release_time = UNSET
        else:
            release_time = self.release_time

        payout_time: int | None | Unset
        if isinstance(self.payout_time, Unset):
            payout_time = UNSET
        else:
            payout_time = self.payout_time

        payout: None | str | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        price_increment: None | str | Unset
        if isinstance(self.price_increment, Unset):
            price_increment = UNSET
        else:
            price_increment = self.price_increment

        exchange_timezone: None | str | Unset
        if isinstance(self.exchange_timezone, Unset):
            exchange_timezone = UNSET
        else:
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

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("asset_class", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_market_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_name = _parse_market_name(_source.pop("market_name", UNSET))

        def _parse_measured_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measured_period = _parse_measured_period(_source.pop("measured_period", UNSET))

        def _parse_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold = _parse_threshold(_source.pop("threshold", UNSET))

        def _parse_source_agency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_agency = _parse_source_agency(_source.pop("source_agency", UNSET))

        def _parse_data_and_resolution_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_and_resolution_link = _parse_data_and_resolution_link(
            _source.pop("data_and_resolution_link", UNSET)
        )

        def _parse_last_trade_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_trade_time = _parse_last_trade_time(_source.pop("last_trade_time", UNSET))

        def _parse_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_code = _parse_product_code(_source.pop("product_code", UNSET))

        def _parse_market_rules_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_rules_link = _parse_market_rules_link(
            _source.pop("market_rules_link", UNSET)
        )

        def _parse_release_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        release_time = _parse_release_time(_source.pop("release_time", UNSET))

        def _parse_payout_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payout_time = _parse_payout_time(_source.pop("payout_time", UNSET))

        def _parse_payout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout = _parse_payout(_source.pop("payout", UNSET))

        def _parse_price_increment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_increment = _parse_price_increment(_source.pop("price_increment", UNSET))

        def _parse_exchange_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_timezone = _parse_exchange_timezone(
            _source.pop("exchange_timezone", UNSET)
        )

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
