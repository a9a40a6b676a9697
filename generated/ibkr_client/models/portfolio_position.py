from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_display_rule import PortfolioDisplayRule
    from ..models.portfolio_increment_rule import PortfolioIncrementRule


T = TypeVar("T", bound="PortfolioPosition")


@_attrs_define
class PortfolioPosition:
    """A position and, depending on the endpoint and on earlier calls, its contract details.
    The first group of fields is always present; contract details (time onward) only when
    the server has them.

        Attributes:
            acct_id (None | str | Unset): The account that holds the position.
            account_id (None | str | Unset): The account the data is for (listed by the Position & Contract Info section).
            conid (int | None | Unset): Contract id.
            contract_desc (None | str | Unset): Local symbol or description of the contract.
            position (float | None | Unset): Size of the position; negative when short.
            mkt_price (float | None | Unset): Current market price per share.
            mkt_value (float | None | Unset): Current market value of the position.
            currency (None | str | Unset): Currency the contract trades in.
            avg_cost (float | None | Unset): Average cost per share times the multiplier.
            avg_price (float | None | Unset): Average price per share paid.
            realized_pnl (float | None | Unset): Profit realised today through trades.
            unrealized_pnl (float | None | Unset): Profit that closing the position now would realise.
            exchs (None | str | Unset): Deprecated; always null.
            expiry (None | str | Unset): Expiry of the contract; null for instruments that do not expire.
            put_or_call (None | str | Unset): P or C for an option; null otherwise.
            multiplier (float | None | Unset): Contract multiplier; null or 0.0 when not applicable.
            strike (float | None | str | Unset): Strike of the contract; 0 when not applicable. Documented as int; the
                documentation's
                examples show both 0.0 and "0" (a string).
            exercise_style (None | str | Unset): Deprecated; always null.
            con_exch_map (list[Any] | Unset): Deprecated; always an empty array.
            asset_class (None | str | Unset): Security type, e.g. STK, OPT, FUT.
            und_conid (int | None | Unset): Contract id of the underlying; 0 when none.
            model (None | str | Unset): Model portfolio the position belongs to; empty when none.
            time (int | None | Unset): Milliseconds the server took to produce the data.
            chinese_name (None | str | Unset): Name of the instrument in Chinese characters. Servers send it HTML-entity
                encoded
                ("SPDR&#x6807;&#x666E;500 ETF&#x4FE1;&#x6258;"); unescape before display.
            all_exchanges (None | str | Unset): Comma-separated exchanges the contract trades on.
            listing_exchange (None | str | Unset): Primary listing exchange.
            country_code (None | str | Unset): Country of the contract.
            name (None | str | Unset): Company name.
            last_trading_day (None | str | Unset): Last trading day of the contract; null when it does not expire.
            group (None | str | Unset): Industry group of the contract.
            sector (None | str | Unset): Sector of the contract.
            sector_group (None | str | Unset): Group within the sector.
            ticker (None | str | Unset): Ticker symbol.
            type_ (None | str | Unset): Kind of stock, e.g. COMMON or ETF.
            has_options (bool | None | Unset): Whether options trade on the contract.
            full_name (None | str | Unset): Symbol name of the contract.
            is_us (bool | None | Unset): Whether the contract is US based.
            increment_rules (list[PortfolioIncrementRule] | None | Unset): Price increments by price range, for market data
                and orders.
            display_rule (None | PortfolioDisplayRule | Unset):
            is_event_contract (bool | None | Unset): Whether the contract is an event contract.
            page_size (int | None | Unset): Page size of the request.
            base_avg_cost (float | None | Unset): Average cost, in the base currency.
            base_avg_price (float | None | Unset): Average price, in the base currency.
            base_mkt_price (float | None | Unset): Market price, in the base currency.
            base_mkt_value (float | None | Unset): Market value, in the base currency.
            base_realized_pnl (float | None | Unset): Realized profit and loss, in the base currency.
            base_unrealized_pnl (float | None | Unset): Unrealized profit and loss, in the base currency.
    """

    acct_id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    contract_desc: None | str | Unset = UNSET
    position: float | None | Unset = UNSET
    mkt_price: float | None | Unset = UNSET
    mkt_value: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    avg_cost: float | None | Unset = UNSET
    avg_price: float | None | Unset = UNSET
    realized_pnl: float | None | Unset = UNSET
    unrealized_pnl: float | None | Unset = UNSET
    exchs: None | str | Unset = UNSET
    expiry: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    multiplier: float | None | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    exercise_style: None | str | Unset = UNSET
    con_exch_map: list[Any] | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    und_conid: int | None | Unset = UNSET
    model: None | str | Unset = UNSET
    time: int | None | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    all_exchanges: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    last_trading_day: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    sector: None | str | Unset = UNSET
    sector_group: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    has_options: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    is_us: bool | None | Unset = UNSET
    increment_rules: list[PortfolioIncrementRule] | None | Unset = UNSET
    display_rule: None | PortfolioDisplayRule | Unset = UNSET
    is_event_contract: bool | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    base_avg_cost: float | None | Unset = UNSET
    base_avg_price: float | None | Unset = UNSET
    base_mkt_price: float | None | Unset = UNSET
    base_mkt_value: float | None | Unset = UNSET
    base_realized_pnl: float | None | Unset = UNSET
    base_unrealized_pnl: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_display_rule import PortfolioDisplayRule  # noqa: PLC0415

        acct_id: None | str | Unset
        if isinstance(self.acct_id, Unset):
            acct_id = UNSET
        else:
            acct_id = self.acct_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        contract_desc: None | str | Unset
        if isinstance(self.contract_desc, Unset):
            contract_desc = UNSET
        else:
            contract_desc = self.contract_desc

        position: float | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        exchs: None | str | Unset
        if isinstance(self.exchs, Unset):
            exchs = UNSET
        else:
            exchs = self.exchs

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = self.put_or_call

        multiplier: float | None | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        exercise_style: None | str | Unset
        if isinstance(self.exercise_style, Unset):
            exercise_style = UNSET
        else:
            exercise_style = self.exercise_style

        con_exch_map: list[Any] | Unset = UNSET
        if not isinstance(self.con_exch_map, Unset):
            con_exch_map = self.con_exch_map

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        und_conid: int | None | Unset
        if isinstance(self.und_conid, Unset):
            und_conid = UNSET
        else:
            und_conid = self.und_conid

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

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

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

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
        elif isinstance(self.display_rule, PortfolioDisplayRule):
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

        base_avg_cost: float | None | Unset
        if isinstance(self.base_avg_cost, Unset):
            base_avg_cost = UNSET
        else:
            base_avg_cost = self.base_avg_cost

        base_avg_price: float | None | Unset
        if isinstance(self.base_avg_price, Unset):
            base_avg_price = UNSET
        else:
            base_avg_price = self.base_avg_price

        base_mkt_price: float | None | Unset
        if isinstance(self.base_mkt_price, Unset):
            base_mkt_price = UNSET
        else:
            base_mkt_price = self.base_mkt_price

        base_mkt_value: float | None | Unset
        if isinstance(self.base_mkt_value, Unset):
            base_mkt_value = UNSET
        else:
            base_mkt_value = self.base_mkt_value

        base_realized_pnl: float | None | Unset
        if isinstance(self.base_realized_pnl, Unset):
            base_realized_pnl = UNSET
        else:
            base_realized_pnl = self.base_realized_pnl

        base_unrealized_pnl: float | None | Unset
        if isinstance(self.base_unrealized_pnl, Unset):
            base_unrealized_pnl = UNSET
        else:
            base_unrealized_pnl = self.base_unrealized_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if contract_desc is not UNSET:
            field_dict["contractDesc"] = contract_desc
        if position is not UNSET:
            field_dict["position"] = position
        if mkt_price is not UNSET:
            field_dict["mktPrice"] = mkt_price
        if mkt_value is not UNSET:
            field_dict["mktValue"] = mkt_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if avg_cost is not UNSET:
            field_dict["avgCost"] = avg_cost
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if exchs is not UNSET:
            field_dict["exchs"] = exchs
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if put_or_call is not UNSET:
            field_dict["putOrCall"] = put_or_call
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if strike is not UNSET:
            field_dict["strike"] = strike
        if exercise_style is not UNSET:
            field_dict["exerciseStyle"] = exercise_style
        if con_exch_map is not UNSET:
            field_dict["conExchMap"] = con_exch_map
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if und_conid is not UNSET:
            field_dict["undConid"] = und_conid
        if model is not UNSET:
            field_dict["model"] = model
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
        if last_trading_day is not UNSET:
            field_dict["lastTradingDay"] = last_trading_day
        if group is not UNSET:
            field_dict["group"] = group
        if sector is not UNSET:
            field_dict["sector"] = sector
        if sector_group is not UNSET:
            field_dict["sectorGroup"] = sector_group
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
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
        if base_avg_cost is not UNSET:
            field_dict["baseAvgCost"] = base_avg_cost
        if base_avg_price is not UNSET:
            field_dict["baseAvgPrice"] = base_avg_price
        if base_mkt_price is not UNSET:
            field_dict["baseMktPrice"] = base_mkt_price
        if base_mkt_value is not UNSET:
            field_dict["baseMktValue"] = base_mkt_value
        if base_realized_pnl is not UNSET:
            field_dict["baseRealizedPnl"] = base_realized_pnl
        if base_unrealized_pnl is not UNSET:
            field_dict["baseUnrealizedPnl"] = base_unrealized_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_display_rule import PortfolioDisplayRule  # noqa: PLC0415
        from ..models.portfolio_increment_rule import PortfolioIncrementRule  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_acct_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acct_id = _parse_acct_id(_source.pop("acctId", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_contract_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_desc = _parse_contract_desc(_source.pop("contractDesc", UNSET))

        def _parse_position(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

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

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

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

        def _parse_exchs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchs = _parse_exchs(_source.pop("exchs", UNSET))

        def _parse_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry = _parse_expiry(_source.pop("expiry", UNSET))

        def _parse_put_or_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        put_or_call = _parse_put_or_call(_source.pop("putOrCall", UNSET))

        def _parse_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        multiplier = _parse_multiplier(_source.pop("multiplier", UNSET))

        def _parse_strike(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_exercise_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exercise_style = _parse_exercise_style(_source.pop("exerciseStyle", UNSET))

        con_exch_map = cast(list[Any], _source.pop("conExchMap", UNSET))

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

        def _parse_und_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        und_conid = _parse_und_conid(_source.pop("undConid", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(_source.pop("model", UNSET))

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

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

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
        ) -> list[PortfolioIncrementRule] | None | Unset:
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
                    increment_rules_type_0_item = PortfolioIncrementRule.from_dict(
                        increment_rules_type_0_item_data
                    )

                    increment_rules_type_0.append(increment_rules_type_0_item)

                return increment_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioIncrementRule] | None | Unset, data)

        increment_rules = _parse_increment_rules(_source.pop("incrementRules", UNSET))

        def _parse_display_rule(data: object) -> None | PortfolioDisplayRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_rule_type_0 = PortfolioDisplayRule.from_dict(data)

                return display_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioDisplayRule | Unset, data)

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

        def _parse_base_avg_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_avg_cost = _parse_base_avg_cost(_source.pop("baseAvgCost", UNSET))

        def _parse_base_avg_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_avg_price = _parse_base_avg_price(_source.pop("baseAvgPrice", UNSET))

        def _parse_base_mkt_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_mkt_price = _parse_base_mkt_price(_source.pop("baseMktPrice", UNSET))

        def _parse_base_mkt_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_mkt_value = _parse_base_mkt_value(_source.pop("baseMktValue", UNSET))

        def _parse_base_realized_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_realized_pnl = _parse_base_realized_pnl(
            _source.pop("baseRealizedPnl", UNSET)
        )

        def _parse_base_unrealized_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_unrealized_pnl = _parse_base_unrealized_pnl(
            _source.pop("baseUnrealizedPnl", UNSET)
        )

        _model = cls(
            acct_id=acct_id,
            account_id=account_id,
            conid=conid,
            contract_desc=contract_desc,
            position=position,
            mkt_price=mkt_price,
            mkt_value=mkt_value,
            currency=currency,
            avg_cost=avg_cost,
            avg_price=avg_price,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            exchs=exchs,
            expiry=expiry,
            put_or_call=put_or_call,
            multiplier=multiplier,
            strike=strike,
            exercise_style=exercise_style,
            con_exch_map=con_exch_map,
            asset_class=asset_class,
            und_conid=und_conid,
            model=model,
            time=time,
            chinese_name=chinese_name,
            all_exchanges=all_exchanges,
            listing_exchange=listing_exchange,
            country_code=country_code,
            name=name,
            last_trading_day=last_trading_day,
            group=group,
            sector=sector,
            sector_group=sector_group,
            ticker=ticker,
            type_=type_,
            has_options=has_options,
            full_name=full_name,
            is_us=is_us,
            increment_rules=increment_rules,
            display_rule=display_rule,
            is_event_contract=is_event_contract,
            page_size=page_size,
            base_avg_cost=base_avg_cost,
            base_avg_price=base_avg_price,
            base_mkt_price=base_mkt_price,
            base_mkt_value=base_mkt_value,
            base_realized_pnl=base_realized_pnl,
            base_unrealized_pnl=base_unrealized_pnl,
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
