from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_contract_right import EventContractRight
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_trading_hours import EventTradingHours


T = TypeVar("T", bound="EventContract")


@_attrs_define
class EventContract:
    """One tradable event contract (the YES or NO side of a strike).

    Attributes:
        market (None | str | Unset): Market (category label) the contract belongs to.
        popularity_rank (int | None | Unset): Popularity rank.
        name (None | str | Unset): Name, e.g. "HORC Nov'26 Democratic".
        long_description (None | str | Unset): The full question the contract resolves.
        put_or_call (EventContractRight | None | Unset):
        expiration (None | str | Unset): Resolution (expiration) date, YYYYMMDD.
        currency (None | str | Unset): Currency.
        last_trade_millis (int | None | Unset): End of trading, epoch milliseconds.
        last_trade_date (None | str | Unset): Last trading date, YYYYMMDD.
        last_trade_time (None | str | Unset): Last trading time, HHMM.
        timezone (None | str | Unset): Time zone of the dates and times.
        commodity_code (None | str | Unset): The issuer's product code.
        event_authority_url (None | str | Unset): Web site of the authority that publishes the outcome.
        event_fixed_payout (None | str | Unset): Fixed payout per contract, as a string.
        source_agency (None | str | Unset): Agency whose data resolves the event.
        market_rules_link (None | str | Unset): Link to the market's terms and conditions.
        underlying_name (None | str | Unset): Name of the underlier.
        categories (list[str] | None | Unset): Ids of the categories the contract is filed under.
        expected_resolution_time (None | str | Unset): When the outcome is expected to be published, YYYYMMDDHHMMSS.
        expected_payout_time (None | str | Unset): When contracts are expected to be settled, YYYYMMDDHHMMSS.
        timespecifier_param (None | str | Unset): The measured period, e.g. "2026.11".
        exchange (None | str | Unset): Exchange, e.g. FORECASTX.
        price_increment (float | None | Unset): Minimum price increment.
        trading_hours (EventTradingHours | None | Unset):
        conid (int | None | Unset): Contract id of this contract.
        underlying_conid (int | None | Unset): Contract id of the underlier (the market).
        underlying_symbol (None | str | Unset): Symbol of the underlier.
        short_description (None | str | Unset): Options-style short description, e.g. "HORC Jan04'27 1.0 YES
            @FORECASTX".
        strike (float | None | Unset): Strike value the resolution hinges on.
        strike_label (None | str | Unset): The strike as text, e.g. a candidate's name for election contracts.
    """

    market: None | str | Unset = UNSET
    popularity_rank: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    long_description: None | str | Unset = UNSET
    put_or_call: EventContractRight | None | Unset = UNSET
    expiration: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    last_trade_millis: int | None | Unset = UNSET
    last_trade_date: None | str | Unset = UNSET
    last_trade_time: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    commodity_code: None | str | Unset = UNSET
    event_authority_url: None | str | Unset = UNSET
    event_fixed_payout: None | str | Unset = UNSET
    source_agency: None | str | Unset = UNSET
    market_rules_link: None | str | Unset = UNSET
    underlying_name: None | str | Unset = UNSET
    categories: list[str] | None | Unset = UNSET
    expected_resolution_time: None | str | Unset = UNSET
    expected_payout_time: None | str | Unset = UNSET
    timespecifier_param: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    price_increment: float | None | Unset = UNSET
    trading_hours: EventTradingHours | None | Unset = UNSET
    conid: int | None | Unset = UNSET
    underlying_conid: int | None | Unset = UNSET
    underlying_symbol: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    strike: float | None | Unset = UNSET
    strike_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_trading_hours import EventTradingHours  # noqa: PLC0415

        market: None | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        else:
            market = self.market

        popularity_rank: int | None | Unset
        if isinstance(self.popularity_rank, Unset):
            popularity_rank = UNSET
        else:
            popularity_rank = self.popularity_rank

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        long_description: None | str | Unset
        if isinstance(self.long_description, Unset):
            long_description = UNSET
        else:
            long_description = self.long_description

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        elif isinstance(self.put_or_call, EventContractRight):
            put_or_call = self.put_or_call.value
        else:
            put_or_call = self.put_or_call

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        last_trade_millis: int | None | Unset
        if isinstance(self.last_trade_millis, Unset):
            last_trade_millis = UNSET
        else:
            last_trade_millis = self.last_trade_millis

        last_trade_date: None | str | Unset
        if isinstance(self.last_trade_date, Unset):
            last_trade_date = UNSET
        else:
            last_trade_date = self.last_trade_date

        last_trade_time: None | str | Unset
        if isinstance(self.last_trade_time, Unset):
            last_trade_time = UNSET
        else:
            last_trade_time = self.last_trade_time

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        commodity_code: None | str | Unset
        if isinstance(self.commodity_code, Unset):
            commodity_code = UNSET
        else:
            commodity_code = self.commodity_code

        event_authority_url: None | str | Unset
        if isinstance(self.event_authority_url, Unset):
            event_authority_url = UNSET
        else:
            event_authority_url = self.event_authority_url

        event_fixed_payout: None | str | Unset
        if isinstance(self.event_fixed_payout, Unset):
            event_fixed_payout = UNSET
        else:
            event_fixed_payout = self.event_fixed_payout

        source_agency: None | str | Unset
        if isinstance(self.source_agency, Unset):
            source_agency = UNSET
        else:
            source_agency = self.source_agency

        market_rules_link: None | str | Unset
        if isinstance(self.market_rules_link, Unset):
            market_rules_link = UNSET
        else:
            market_rules_link = self.market_rules_link

        underlying_name: None | str | Unset
        if isinstance(self.underlying_name, Unset):
            underlying_name = UNSET
        else:
            underlying_name = self.underlying_name

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        expected_resolution_time: None | str | Unset
        if isinstance(self.expected_resolution_time, Unset):
            expected_resolution_time = UNSET
        else:
            expected_resolution_time = self.expected_resolution_time

        expected_payout_time: None | str | Unset
        if isinstance(self.expected_payout_time, Unset):
            expected_payout_time = UNSET
        else:
            expected_payout_time = self.expected_payout_time

        timespecifier_param: None | str | Unset
        if isinstance(self.timespecifier_param, Unset):
            timespecifier_param = UNSET
        else:
            timespecifier_param = self.timespecifier_param

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        price_increment: float | None | Unset
        if isinstance(self.price_increment, Unset):
            price_increment = UNSET
        else:
            price_increment = self.price_increment

        trading_hours: dict[str, Any] | None | Unset
        if isinstance(self.trading_hours, Unset):
            trading_hours = UNSET
        elif isinstance(self.trading_hours, EventTradingHours):
            trading_hours = self.trading_hours.to_dict()
        else:
            trading_hours = self.trading_hours

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        underlying_conid: int | None | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        underlying_symbol: None | str | Unset
        if isinstance(self.underlying_symbol, Unset):
            underlying_symbol = UNSET
        else:
            underlying_symbol = self.underlying_symbol

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        strike: float | None | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        strike_label: None | str | Unset
        if isinstance(self.strike_label, Unset):
            strike_label = UNSET
        else:
            strike_label = self.strike_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market is not UNSET:
            field_dict["market"] = market
        if popularity_rank is not UNSET:
            field_dict["popularityRank"] = popularity_rank
        if name is not UNSET:
            field_dict["name"] = name
        if long_description is not UNSET:
            field_dict["longDescription"] = long_description
        if put_or_call is not UNSET:
            field_dict["putOrCall"] = put_or_call
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if currency is not UNSET:
            field_dict["currency"] = currency
        if last_trade_millis is not UNSET:
            field_dict["lastTradeMillis"] = last_trade_millis
        if last_trade_date is not UNSET:
            field_dict["lastTradeDate"] = last_trade_date
        if last_trade_time is not UNSET:
            field_dict["lastTradeTime"] = last_trade_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if commodity_code is not UNSET:
            field_dict["commodityCode"] = commodity_code
        if event_authority_url is not UNSET:
            field_dict["eventAuthorityURL"] = event_authority_url
        if event_fixed_payout is not UNSET:
            field_dict["eventFixedPayout"] = event_fixed_payout
        if source_agency is not UNSET:
            field_dict["sourceAgency"] = source_agency
        if market_rules_link is not UNSET:
            field_dict["marketRulesLink"] = market_rules_link
        if underlying_name is not UNSET:
            field_dict["underlyingName"] = underlying_name
        if categories is not UNSET:
            field_dict["categories"] = categories
        if expected_resolution_time is not UNSET:
            field_dict["expectedResolutionTime"] = expected_resolution_time
        if expected_payout_time is not UNSET:
            field_dict["expectedPayoutTime"] = expected_payout_time
        if timespecifier_param is not UNSET:
            field_dict["timespecifierParam"] = timespecifier_param
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if price_increment is not UNSET:
            field_dict["priceIncrement"] = price_increment
        if trading_hours is not UNSET:
            field_dict["tradingHours"] = trading_hours
        if conid is not UNSET:
            field_dict["conid"] = conid
        if underlying_conid is not UNSET:
            field_dict["underlyingConid"] = underlying_conid
        if underlying_symbol is not UNSET:
            field_dict["underlyingSymbol"] = underlying_symbol
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if strike is not UNSET:
            field_dict["strike"] = strike
        if strike_label is not UNSET:
            field_dict["strikeLabel"] = strike_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_trading_hours import EventTradingHours  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_market(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market = _parse_market(_source.pop("market", UNSET))

        def _parse_popularity_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        popularity_rank = _parse_popularity_rank(_source.pop("popularityRank", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_long_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        long_description = _parse_long_description(
            _source.pop("longDescription", UNSET)
        )

        def _parse_put_or_call(data: object) -> EventContractRight | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                put_or_call_type_0 = EventContractRight(data)

                return put_or_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventContractRight | None | Unset, data)

        put_or_call = _parse_put_or_call(_source.pop("putOrCall", UNSET))

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(_source.pop("expiration", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_last_trade_millis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_trade_millis = _parse_last_trade_millis(
            _source.pop("lastTradeMillis", UNSET)
        )

        def _parse_last_trade_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_trade_date = _parse_last_trade_date(_source.pop("lastTradeDate", UNSET))

        def _parse_last_trade_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_trade_time = _parse_last_trade_time(_source.pop("lastTradeTime", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(_source.pop("timezone", UNSET))

        def _parse_commodity_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commodity_code = _parse_commodity_code(_source.pop("commodityCode", UNSET))

        def _parse_event_authority_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_authority_url = _parse_event_authority_url(
            _source.pop("eventAuthorityURL", UNSET)
        )

        def _parse_event_fixed_payout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_fixed_payout = _parse_event_fixed_payout(
            _source.pop("eventFixedPayout", UNSET)
        )

        def _parse_source_agency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_agency = _parse_source_agency(_source.pop("sourceAgency", UNSET))

        def _parse_market_rules_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_rules_link = _parse_market_rules_link(
            _source.pop("marketRulesLink", UNSET)
        )

        def _parse_underlying_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        underlying_name = _parse_underlying_name(_source.pop("underlyingName", UNSET))

        def _parse_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = cast(list[str], data)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        categories = _parse_categories(_source.pop("categories", UNSET))

        def _parse_expected_resolution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_resolution_time = _parse_expected_resolution_time(
            _source.pop("expectedResolutionTime", UNSET)
        )

        def _parse_expected_payout_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_payout_time = _parse_expected_payout_time(
            _source.pop("expectedPayoutTime", UNSET)
        )

        def _parse_timespecifier_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timespecifier_param = _parse_timespecifier_param(
            _source.pop("timespecifierParam", UNSET)
        )

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_price_increment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price_increment = _parse_price_increment(_source.pop("priceIncrement", UNSET))

        def _parse_trading_hours(data: object) -> EventTradingHours | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trading_hours_type_0 = EventTradingHours.from_dict(data)

                return trading_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTradingHours | None | Unset, data)

        trading_hours = _parse_trading_hours(_source.pop("tradingHours", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_underlying_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        underlying_conid = _parse_underlying_conid(
            _source.pop("underlyingConid", UNSET)
        )

        def _parse_underlying_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        underlying_symbol = _parse_underlying_symbol(
            _source.pop("underlyingSymbol", UNSET)
        )

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(
            _source.pop("shortDescription", UNSET)
        )

        def _parse_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_strike_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_label = _parse_strike_label(_source.pop("strikeLabel", UNSET))

        _model = cls(
            market=market,
            popularity_rank=popularity_rank,
            name=name,
            long_description=long_description,
            put_or_call=put_or_call,
            expiration=expiration,
            currency=currency,
            last_trade_millis=last_trade_millis,
            last_trade_date=last_trade_date,
            last_trade_time=last_trade_time,
            timezone=timezone,
            commodity_code=commodity_code,
            event_authority_url=event_authority_url,
            event_fixed_payout=event_fixed_payout,
            source_agency=source_agency,
            market_rules_link=market_rules_link,
            underlying_name=underlying_name,
            categories=categories,
            expected_resolution_time=expected_resolution_time,
            expected_payout_time=expected_payout_time,
            timespecifier_param=timespecifier_param,
            exchange=exchange,
            price_increment=price_increment,
            trading_hours=trading_hours,
            conid=conid,
            underlying_conid=underlying_conid,
            underlying_symbol=underlying_symbol,
            short_description=short_description,
            strike=strike,
            strike_label=strike_label,
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
