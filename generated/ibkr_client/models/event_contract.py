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
        market (str | Unset): Market (category label) the contract belongs to.
        popularity_rank (int | Unset): Popularity rank.
        name (str | Unset): Name, e.g. "HORC Nov'26 Democratic".
        long_description (str | Unset): The full question the contract resolves.
        put_or_call (EventContractRight | Unset): C for a YES contract, P for a NO contract.
        expiration (str | Unset): Resolution (expiration) date, YYYYMMDD.
        currency (str | Unset): Currency.
        last_trade_millis (int | Unset): End of trading, epoch milliseconds.
        last_trade_date (str | Unset): Last trading date, YYYYMMDD.
        last_trade_time (str | Unset): Last trading time, HHMM.
        timezone (str | Unset): Time zone of the dates and times.
        commodity_code (str | Unset): The issuer's product code.
        event_authority_url (str | Unset): Web site of the authority that publishes the outcome.
        event_fixed_payout (str | Unset): Fixed payout per contract, as a string.
        source_agency (str | Unset): Agency whose data resolves the event.
        market_rules_link (str | Unset): Link to the market's terms and conditions.
        underlying_name (str | Unset): Name of the underlier.
        categories (list[str] | Unset): Ids of the categories the contract is filed under.
        expected_resolution_time (str | Unset): When the outcome is expected to be published, YYYYMMDDHHMMSS.
        expected_payout_time (str | Unset): When contracts are expected to be settled, YYYYMMDDHHMMSS.
        timespecifier_param (str | Unset): The measured period, e.g. "2026.11".
        exchange (str | Unset): Exchange, e.g. FORECASTX.
        price_increment (float | Unset): Minimum price increment.
        trading_hours (EventTradingHours | Unset): Trading hours of an event contract.
        conid (int | Unset): Contract id of this contract.
        underlying_conid (int | Unset): Contract id of the underlier (the market).
        underlying_symbol (str | Unset): Symbol of the underlier.
        short_description (str | Unset): Options-style short description, e.g. "HORC Jan04'27 1.0 YES @FORECASTX".
        strike (float | Unset): Strike value the resolution hinges on.
        strike_label (str | Unset): The strike as text, e.g. a candidate's name for election contracts.
    """

    market: str | Unset = UNSET
    popularity_rank: int | Unset = UNSET
    name: str | Unset = UNSET
    long_description: str | Unset = UNSET
    put_or_call: EventContractRight | Unset = UNSET
    expiration: str | Unset = UNSET
    currency: str | Unset = UNSET
    last_trade_millis: int | Unset = UNSET
    last_trade_date: str | Unset = UNSET
    last_trade_time: str | Unset = UNSET
    timezone: str | Unset = UNSET
    commodity_code: str | Unset = UNSET
    event_authority_url: str | Unset = UNSET
    event_fixed_payout: str | Unset = UNSET
    source_agency: str | Unset = UNSET
    market_rules_link: str | Unset = UNSET
    underlying_name: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    expected_resolution_time: str | Unset = UNSET
    expected_payout_time: str | Unset = UNSET
    timespecifier_param: str | Unset = UNSET
    exchange: str | Unset = UNSET
    price_increment: float | Unset = UNSET
    trading_hours: EventTradingHours | Unset = UNSET
    conid: int | Unset = UNSET
    underlying_conid: int | Unset = UNSET
    underlying_symbol: str | Unset = UNSET
    short_description: str | Unset = UNSET
    strike: float | Unset = UNSET
    strike_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market = self.market

        popularity_rank = self.popularity_rank

        name = self.name

        long_description = self.long_description

        put_or_call: str | Unset = UNSET
        if not isinstance(self.put_or_call, Unset):
            put_or_call = self.put_or_call.value

        expiration = self.expiration

        currency = self.currency

        last_trade_millis = self.last_trade_millis

        last_trade_date = self.last_trade_date

        last_trade_time = self.last_trade_time

        timezone = self.timezone

        commodity_code = self.commodity_code

        event_authority_url = self.event_authority_url

        event_fixed_payout = self.event_fixed_payout

        source_agency = self.source_agency

        market_rules_link = self.market_rules_link

        underlying_name = self.underlying_name

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        expected_resolution_time = self.expected_resolution_time

        expected_payout_time = self.expected_payout_time

        timespecifier_param = self.timespecifier_param

        exchange = self.exchange

        price_increment = self.price_increment

        trading_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trading_hours, Unset):
            trading_hours = self.trading_hours.to_dict()

        conid = self.conid

        underlying_conid = self.underlying_conid

        underlying_symbol = self.underlying_symbol

        short_description = self.short_description

        strike = self.strike

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
        market = _source.pop("market", UNSET)

        popularity_rank = _source.pop("popularityRank", UNSET)

        name = _source.pop("name", UNSET)

        long_description = _source.pop("longDescription", UNSET)

        _put_or_call = _source.pop("putOrCall", UNSET)
        put_or_call: EventContractRight | Unset
        if isinstance(_put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = EventContractRight(_put_or_call)

        expiration = _source.pop("expiration", UNSET)

        currency = _source.pop("currency", UNSET)

        last_trade_millis = _source.pop("lastTradeMillis", UNSET)

        last_trade_date = _source.pop("lastTradeDate", UNSET)

        last_trade_time = _source.pop("lastTradeTime", UNSET)

        timezone = _source.pop("timezone", UNSET)

        commodity_code = _source.pop("commodityCode", UNSET)

        event_authority_url = _source.pop("eventAuthorityURL", UNSET)

        event_fixed_payout = _source.pop("eventFixedPayout", UNSET)

        source_agency = _source.pop("sourceAgency", UNSET)

        market_rules_link = _source.pop("marketRulesLink", UNSET)

        underlying_name = _source.pop("underlyingName", UNSET)

        categories = cast(list[str], _source.pop("categories", UNSET))

        expected_resolution_time = _source.pop("expectedResolutionTime", UNSET)

        expected_payout_time = _source.pop("expectedPayoutTime", UNSET)

        timespecifier_param = _source.pop("timespecifierParam", UNSET)

        exchange = _source.pop("exchange", UNSET)

        price_increment = _source.pop("priceIncrement", UNSET)

        _trading_hours = _source.pop("tradingHours", UNSET)
        trading_hours: EventTradingHours | Unset
        if isinstance(_trading_hours, Unset):
            trading_hours = UNSET
        else:
            trading_hours = EventTradingHours.from_dict(_trading_hours)

        conid = _source.pop("conid", UNSET)

        underlying_conid = _source.pop("underlyingConid", UNSET)

        underlying_symbol = _source.pop("underlyingSymbol", UNSET)

        short_description = _source.pop("shortDescription", UNSET)

        strike = _source.pop("strike", UNSET)

        strike_label = _source.pop("strikeLabel", UNSET)

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
