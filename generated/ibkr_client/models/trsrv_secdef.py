from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_display_rule import ContractDisplayRule
    from ..models.contract_increment_rule import ContractIncrementRule


T = TypeVar("T", bound="TrsrvSecdef")


@_attrs_define
class TrsrvSecdef:
    """Security definition of one contract.

    Attributes:
        conid (int | None | Unset): Contract id.
        currency (None | str | Unset): Trading currency.
        time (int | None | Unset): Milliseconds the server took to build the data.
        chinese_name (None | str | Unset): Chinese name of the symbol, HTML-entity encoded by some servers.
        all_exchanges (None | str | Unset): Comma-separated exchanges the contract trades on.
        listing_exchange (None | str | Unset): Primary (listing) exchange.
        country_code (None | str | Unset): Country code of the contract.
        name (None | str | Unset): Company name.
        asset_class (None | str | Unset): Asset class (security type), e.g. STK.
        expiry (None | str | Unset): Expiry; null for instruments that do not expire.
        last_trading_day (None | str | Unset): Last trading day; null for instruments that do not expire.
        group (None | str | Unset): Industry group.
        put_or_call (None | str | Unset): Put or call, for options; null otherwise.
        sector (None | str | Unset): Sector.
        sector_group (None | str | Unset): Sector group.
        strike (float | None | str | Unset): Strike price. The field list says int; the documentation example (and
            servers) send
            a string such as "0", so both are declared.
        ticker (None | str | Unset): Ticker symbol.
        und_conid (int | None | Unset): Contract id of the underlying; 0 when there is none.
        multiplier (float | None | Unset): Contract multiplier.
        type_ (None | str | Unset): Stock type, e.g. COMMON or ETF.
        has_options (bool | None | Unset): Whether options on the contract can be traded.
        full_name (None | str | Unset): Symbol name of the contract.
        is_us (bool | None | Unset): Whether the contract is US based.
        increment_rules (list[ContractIncrementRule] | None | Unset): Price increment rules (not reliable for every
            exchange: /iserver/contract/rules is
            the better source).
        display_rule (ContractDisplayRule | None | Unset):
        is_event_contract (bool | None | Unset): Whether the contract is an event contract.
        page_size (int | None | Unset): Page size of the answer.
    """

    conid: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    time: int | None | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    all_exchanges: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    expiry: None | str | Unset = UNSET
    last_trading_day: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    sector: None | str | Unset = UNSET
    sector_group: None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    und_conid: int | None | Unset = UNSET
    multiplier: float | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    has_options: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    is_us: bool | None | Unset = UNSET
    increment_rules: list[ContractIncrementRule] | None | Unset = UNSET
    display_rule: ContractDisplayRule | None | Unset = UNSET
    is_event_contract: bool | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_display_rule import ContractDisplayRule  # noqa: PLC0415

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        time: int | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        all_exchanges: None | str | Unset
        if isinstance(self.all_exchanges, Unset):
            all_exchanges = UNSET
        else:
            all_exchanges = self.all_exchanges

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        last_trading_day: None | str | Unset
        if isinstance(self.last_trading_day, Unset):
            last_trading_day = UNSET
        else:
            last_trading_day = self.last_trading_day

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = self.put_or_call

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        sector_group: None | str | Unset
        if isinstance(self.sector_group, Unset):
            sector_group = UNSET
        else:
            sector_group = self.sector_group

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        und_conid: int | None | Unset
        if isinstance(self.und_conid, Unset):
            und_conid = UNSET
        else:
            und_conid = self.und_conid

        multiplier: float | None | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        has_options: bool | None | Unset
        if isinstance(self.has_options, Unset):
            has_options = UNSET
        else:
            has_options = self.has_options

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        is_us: bool | None | Unset
        if isinstance(self.is_us, Unset):
            is_us = UNSET
        else:
            is_us = self.is_us

        increment_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.increment_rules, Unset):
            increment_rules = UNSET
        elif isinstance(self.increment_rules, list):
            increment_rules = []
            for increment_rules_type_0_item_data in self.increment_rules:
                increment_rules_type_0_item = increment_rules_type_0_item_data.to_dict()
                increment_rules.append(increment_rules_type_0_item)

        else:
            increment_rules = self.increment_rules

        display_rule: dict[str, Any] | None | Unset
        if isinstance(self.display_rule, Unset):
            display_rule = UNSET
        elif isinstance(self.display_rule, ContractDisplayRule):
            display_rule = self.display_rule.to_dict()
        else:
            display_rule = self.display_rule

        is_event_contract: bool | None | Unset
        if isinstance(self.is_event_contract, Unset):
            is_event_contract = UNSET
        else:
            is_event_contract = self.is_event_contract

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if time is not UNSET:
            field_dict["time"] = time
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name
        if all_exchanges is not UNSET:
            field_dict["allExchanges"] = all_exchanges
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if name is not UNSET:
            field_dict["name"] = name
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if last_trading_day is not UNSET:
            field_dict["lastTradingDay"] = last_trading_day
        if group is not UNSET:
            field_dict["group"] = group
        if put_or_call is not UNSET:
            field_dict["putOrCall"] = put_or_call
        if sector is not UNSET:
            field_dict["sector"] = sector
        if sector_group is not UNSET:
            field_dict["sectorGroup"] = sector_group
        if strike is not UNSET:
            field_dict["strike"] = strike
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if und_conid is not UNSET:
            field_dict["undConid"] = und_conid
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if type_ is not UNSET:
            field_dict["type"] = type_
        if has_options is not UNSET:
            field_dict["hasOptions"] = has_options
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if is_us is not UNSET:
            field_dict["isUS"] = is_us
        if increment_rules is not UNSET:
            field_dict["incrementRules"] = increment_rules
        if display_rule is not UNSET:
            field_dict["displayRule"] = display_rule
        if is_event_contract is not UNSET:
            field_dict["isEventContract"] = is_event_contract
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_display_rule import ContractDisplayRule  # noqa: PLC0415
        from ..models.contract_increment_rule import ContractIncrementRule  # noqa: PLC0415

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

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time = _parse_time(_source.pop("time", UNSET))

        def _parse_chinese_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chinese_name = _parse_chinese_name(_source.pop("chineseName", UNSET))

        def _parse_all_exchanges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        all_exchanges = _parse_all_exchanges(_source.pop("allExchanges", UNSET))

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listingExchange", UNSET)
        )

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(_source.pop("countryCode", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

        def _parse_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry = _parse_expiry(_source.pop("expiry", UNSET))

        def _parse_last_trading_day(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_trading_day = _parse_last_trading_day(_source.pop("lastTradingDay", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(_source.pop("group", UNSET))

        def _parse_put_or_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        put_or_call = _parse_put_or_call(_source.pop("putOrCall", UNSET))

        def _parse_sector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sector = _parse_sector(_source.pop("sector", UNSET))

        def _parse_sector_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sector_group = _parse_sector_group(_source.pop("sectorGroup", UNSET))

        def _parse_strike(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

        def _parse_und_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        und_conid = _parse_und_conid(_source.pop("undConid", UNSET))

        def _parse_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        multiplier = _parse_multiplier(_source.pop("multiplier", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

        def _parse_has_options(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_options = _parse_has_options(_source.pop("hasOptions", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(_source.pop("fullName", UNSET))

        def _parse_is_us(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_us = _parse_is_us(_source.pop("isUS", UNSET))

        def _parse_increment_rules(
            data: object,
        ) -> list[ContractIncrementRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                increment_rules_type_0 = []
                _increment_rules_type_0 = data
                for increment_rules_type_0_item_data in _increment_rules_type_0:
                    increment_rules_type_0_item = ContractIncrementRule.from_dict(
                        increment_rules_type_0_item_data
                    )

                    increment_rules_type_0.append(increment_rules_type_0_item)

                return increment_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContractIncrementRule] | None | Unset, data)

        increment_rules = _parse_increment_rules(_source.pop("incrementRules", UNSET))

        def _parse_display_rule(data: object) -> ContractDisplayRule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_rule_type_0 = ContractDisplayRule.from_dict(data)

                return display_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractDisplayRule | None | Unset, data)

        display_rule = _parse_display_rule(_source.pop("displayRule", UNSET))

        def _parse_is_event_contract(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_event_contract = _parse_is_event_contract(
            _source.pop("isEventContract", UNSET)
        )

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(_source.pop("pageSize", UNSET))

        _model = cls(
            conid=conid,
            currency=currency,
            time=time,
            chinese_name=chinese_name,
            all_exchanges=all_exchanges,
            listing_exchange=listing_exchange,
            country_code=country_code,
            name=name,
            asset_class=asset_class,
            expiry=expiry,
            last_trading_day=last_trading_day,
            group=group,
            put_or_call=put_or_call,
            sector=sector,
            sector_group=sector_group,
            strike=strike,
            ticker=ticker,
            und_conid=und_conid,
            multiplier=multiplier,
            type_=type_,
            has_options=has_options,
            full_name=full_name,
            is_us=is_us,
            increment_rules=increment_rules,
            display_rule=display_rule,
            is_event_contract=is_event_contract,
            page_size=page_size,
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
