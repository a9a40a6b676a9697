from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractInfoCamelCase")


@_attrs_define
class ContractInfoCamelCase:
    """Contract details as the field list of /iserver/contract/{conid}/info names them
    (camelCase). No example and no recorded server uses these keys; kept so that a server
    answering this way still parses.

        Attributes:
            conid (int): Contract id.
            ticker (None | str | Unset): Ticker symbol.
            sec_type (None | str | Unset): Security type.
            listing_exchange (None | str | Unset): Primary exchange.
            exchange (None | str | Unset): Exchange set in the request.
            company_name (None | str | Unset): Company name.
            currency (None | str | Unset): Trading currency.
            valid_exchanges (None | str | Unset): Every valid exchange, comma-separated.
            price_rendering (None | str | Unset): How prices are rendered.
            maturity_date (None | str | Unset): Maturity or expiration date.
            right (None | str | Unset): Right, put or call.
            strike (float | None | Unset): Strike price (documented as int).
    """

    conid: int
    ticker: None | str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conid": conid,
            }
        )
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid")

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

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

        _model = cls(
            conid=conid,
            ticker=ticker,
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
