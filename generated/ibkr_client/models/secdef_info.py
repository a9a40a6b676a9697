from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefInfo")


@_attrs_define
class SecdefInfo:
    """Details of one contract found by /iserver/secdef/info.

    Attributes:
        conid (int | None | Unset): Contract id.
        ticker (None | str | Unset): Ticker symbol (named in the field list; the examples send symbol).
        symbol (None | str | Unset): Symbol (in the examples, not in the field list).
        sec_type (None | str | Unset): Security type.
        listing_exchange (None | str | Unset): Primary listing exchange.
        exchange (None | str | Unset): Exchange the details are for.
        company_name (None | str | Unset): Company name.
        currency (None | str | Unset): Trading currency.
        valid_exchanges (None | str | Unset): Comma-separated exchanges the contract trades on.
        price_rendering (None | str | Unset): How prices are rendered; null.
        maturity_date (None | str | Unset): Expiration date, YYYYMMDD.
        right (None | str | Unset): P or C for options; servers send "?" for contracts without a right.
        strike (float | None | Unset): Strike price.
        cusip (None | str | Unset): CUSIP (bonds).
        coupon (None | str | Unset): Coupon, "No Coupon" for non-bonds.
        desc1 (None | str | Unset): First line of the description (the symbol).
        desc2 (None | str | Unset): Second line of the description, e.g. "JAN 05 '24 195 Put".
        multiplier (None | str | Unset): Contract multiplier, as a string.
        trading_class (None | str | Unset): Trading class.
    """

    conid: int | None | Unset = UNSET
    ticker: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    valid_exchanges: None | str | Unset = UNSET
    price_rendering: None | str | Unset = UNSET
    maturity_date: None | str | Unset = UNSET
    right: None | str | Unset = UNSET
    strike: float | None | Unset = UNSET
    cusip: None | str | Unset = UNSET
    coupon: None | str | Unset = UNSET
    desc1: None | str | Unset = UNSET
    desc2: None | str | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    trading_class: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        valid_exchanges: None | str | Unset
        if isinstance(self.valid_exchanges, Unset):
            valid_exchanges = UNSET
        else:
            valid_exchanges = self.valid_exchanges

        price_rendering: None | str | Unset
        if isinstance(self.price_rendering, Unset):
            price_rendering = UNSET
        else:
            price_rendering = self.price_rendering

        maturity_date: None | str | Unset
        if isinstance(self.maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = self.maturity_date

        right: None | str | Unset
        if isinstance(self.right, Unset):
            right = UNSET
        else:
            right = self.right

        strike: float | None | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        cusip: None | str | Unset
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        desc1: None | str | Unset
        if isinstance(self.desc1, Unset):
            desc1 = UNSET
        else:
            desc1 = self.desc1

        desc2: None | str | Unset
        if isinstance(self.desc2, Unset):
            desc2 = UNSET
        else:
            desc2 = self.desc2

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        trading_class: None | str | Unset
        if isinstance(self.trading_class, Unset):
            trading_class = UNSET
        else:
            trading_class = self.trading_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if valid_exchanges is not UNSET:
            field_dict["validExchanges"] = valid_exchanges
        if price_rendering is not UNSET:
            field_dict["priceRendering"] = price_rendering
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if right is not UNSET:
            field_dict["right"] = right
        if strike is not UNSET:
            field_dict["strike"] = strike
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if desc1 is not UNSET:
            field_dict["desc1"] = desc1
        if desc2 is not UNSET:
            field_dict["desc2"] = desc2
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if trading_class is not UNSET:
            field_dict["tradingClass"] = trading_class

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

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("secType", UNSET))

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listingExchange", UNSET)
        )

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("companyName", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_valid_exchanges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_exchanges = _parse_valid_exchanges(_source.pop("validExchanges", UNSET))

        def _parse_price_rendering(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_rendering = _parse_price_rendering(_source.pop("priceRendering", UNSET))

        def _parse_maturity_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maturity_date = _parse_maturity_date(_source.pop("maturityDate", UNSET))

        def _parse_right(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right = _parse_right(_source.pop("right", UNSET))

        def _parse_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_cusip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cusip = _parse_cusip(_source.pop("cusip", UNSET))

        def _parse_coupon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon = _parse_coupon(_source.pop("coupon", UNSET))

        def _parse_desc1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc1 = _parse_desc1(_source.pop("desc1", UNSET))

        def _parse_desc2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc2 = _parse_desc2(_source.pop("desc2", UNSET))

        def _parse_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiplier = _parse_multiplier(_source.pop("multiplier", UNSET))

        def _parse_trading_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_class = _parse_trading_class(_source.pop("tradingClass", UNSET))

        _model = cls(
            conid=conid,
            ticker=ticker,
            symbol=symbol,
            sec_type=sec_type,
            listing_exchange=listing_exchange,
            exchange=exchange,
            company_name=company_name,
            currency=currency,
            valid_exchanges=valid_exchanges,
            price_rendering=price_rendering,
            maturity_date=maturity_date,
            right=right,
            strike=strike,
            cusip=cusip,
            coupon=coupon,
            desc1=desc1,
            desc2=desc2,
            multiplier=multiplier,
            trading_class=trading_class,
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
