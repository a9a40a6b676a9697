from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractInfo")


@_attrs_define
class ContractInfo:
    """Contract details with snake_case keys, as the documentation's examples and every
    recorded server send them (the info-and-rules field list documents these names).

        Attributes:
            con_id (int): Contract id.
            cfi_code (None | str | Unset): Classification of Financial Instruments code.
            symbol (None | str | Unset): Underlying symbol.
            cusip (None | str | Unset): CUSIP; bonds only.
            expiry_full (None | str | Unset): Expiration month, YYYYMM.
            maturity_date (None | str | Unset): Final maturity date, YYYYMMDD.
            industry (None | str | Unset): Industry of the company.
            instrument_type (None | str | Unset): Asset class (security type), e.g. STK.
            trading_class (None | str | Unset): Trading class.
            valid_exchanges (None | str | Unset): Comma-separated exchanges and venues the contract trades on.
            allow_sell_long (bool | None | Unset): Whether owned shares may be sold.
            is_zero_commission_security (bool | None | Unset): Whether the contract trades without commission.
            local_symbol (None | str | Unset): Symbol on the primary exchange; the OCC symbol for options.
            contract_clarification_type (None | str | Unset): Internal use; null in every example.
            classifier (None | str | Unset): Internal use; null in every example.
            currency (None | str | Unset): Trading currency.
            text (None | str | Unset): Display name in Client Portal.
            underlying_con_id (int | None | Unset): Contract id of the underlying; 0 when there is none.
            r_t_h (bool | None | Unset): Whether the contract can trade outside regular trading hours.
            multiplier (None | str | Unset): Contract multiplier.
            underlying_issuer (None | str | Unset): Issuer of the underlying.
            contract_month (None | str | Unset): Year and month of expiry, YYYYMM.
            company_name (None | str | Unset): Name of the company or index.
            smart_available (bool | None | Unset): Whether the contract can be SMART routed.
            exchange (None | str | Unset): Exchange of the details (e.g. SMART).
            category (None | str | Unset): Industry category.
            has_related_contracts (bool | None | Unset): Undocumented; whether related contracts (e.g. derivatives) exist.
    """

    con_id: int
    cfi_code: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    cusip: None | str | Unset = UNSET
    expiry_full: None | str | Unset = UNSET
    maturity_date: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    instrument_type: None | str | Unset = UNSET
    trading_class: None | str | Unset = UNSET
    valid_exchanges: None | str | Unset = UNSET
    allow_sell_long: bool | None | Unset = UNSET
    is_zero_commission_security: bool | None | Unset = UNSET
    local_symbol: None | str | Unset = UNSET
    contract_clarification_type: None | str | Unset = UNSET
    classifier: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    underlying_con_id: int | None | Unset = UNSET
    r_t_h: bool | None | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    underlying_issuer: None | str | Unset = UNSET
    contract_month: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    smart_available: bool | None | Unset = UNSET
    exchange: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    has_related_contracts: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        con_id = self.con_id

        cfi_code: None | str | Unset
        if isinstance(self.cfi_code, Unset):
            cfi_code = UNSET
        else:
            cfi_code = self.cfi_code

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        cusip: None | str | Unset
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        expiry_full: None | str | Unset
        if isinstance(self.expiry_full, Unset):
            expiry_full = UNSET
        else:
            expiry_full = self.expiry_full

        maturity_date: None | str | Unset
        if isinstance(self.maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = self.maturity_date

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        instrument_type: None | str | Unset
        if isinstance(self.instrument_type, Unset):
            instrument_type = UNSET
        else:
            instrument_type = self.instrument_type

        trading_class: None | str | Unset
        if isinstance(self.trading_class, Unset):
            trading_class = UNSET
        else:
            trading_class = self.trading_class

        valid_exchanges: None | str | Unset
        if isinstance(self.valid_exchanges, Unset):
            valid_exchanges = UNSET
        else:
            valid_exchanges = self.valid_exchanges

        allow_sell_long: bool | None | Unset
        if isinstance(self.allow_sell_long, Unset):
            allow_sell_long = UNSET
        else:
            allow_sell_long = self.allow_sell_long

        is_zero_commission_security: bool | None | Unset
        if isinstance(self.is_zero_commission_security, Unset):
            is_zero_commission_security = UNSET
        else:
            is_zero_commission_security = self.is_zero_commission_security

        local_symbol: None | str | Unset
        if isinstance(self.local_symbol, Unset):
            local_symbol = UNSET
        else:
            local_symbol = self.local_symbol

        contract_clarification_type: None | str | Unset
        if isinstance(self.contract_clarification_type, Unset):
            contract_clarification_type = UNSET
        else:
            contract_clarification_type = self.contract_clarification_type

        classifier: None | str | Unset
        if isinstance(self.classifier, Unset):
            classifier = UNSET
        else:
            classifier = self.classifier

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        underlying_con_id: int | None | Unset
        if isinstance(self.underlying_con_id, Unset):
            underlying_con_id = UNSET
        else:
            underlying_con_id = self.underlying_con_id

        r_t_h: bool | None | Unset
        if isinstance(self.r_t_h, Unset):
            r_t_h = UNSET
        else:
            r_t_h = self.r_t_h

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        underlying_issuer: None | str | Unset
        if isinstance(self.underlying_issuer, Unset):
            underlying_issuer = UNSET
        else:
            underlying_issuer = self.underlying_issuer

        contract_month: None | str | Unset
        if isinstance(self.contract_month, Unset):
            contract_month = UNSET
        else:
            contract_month = self.contract_month

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        smart_available: bool | None | Unset
        if isinstance(self.smart_available, Unset):
            smart_available = UNSET
        else:
            smart_available = self.smart_available

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        has_related_contracts: bool | None | Unset
        if isinstance(self.has_related_contracts, Unset):
            has_related_contracts = UNSET
        else:
            has_related_contracts = self.has_related_contracts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "con_id": con_id,
            }
        )
        if cfi_code is not UNSET:
            field_dict["cfi_code"] = cfi_code
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if expiry_full is not UNSET:
            field_dict["expiry_full"] = expiry_full
        if maturity_date is not UNSET:
            field_dict["maturity_date"] = maturity_date
        if industry is not UNSET:
            field_dict["industry"] = industry
        if instrument_type is not UNSET:
            field_dict["instrument_type"] = instrument_type
        if trading_class is not UNSET:
            field_dict["trading_class"] = trading_class
        if valid_exchanges is not UNSET:
            field_dict["valid_exchanges"] = valid_exchanges
        if allow_sell_long is not UNSET:
            field_dict["allow_sell_long"] = allow_sell_long
        if is_zero_commission_security is not UNSET:
            field_dict["is_zero_commission_security"] = is_zero_commission_security
        if local_symbol is not UNSET:
            field_dict["local_symbol"] = local_symbol
        if contract_clarification_type is not UNSET:
            field_dict["contract_clarification_type"] = contract_clarification_type
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if currency is not UNSET:
            field_dict["currency"] = currency
        if text is not UNSET:
            field_dict["text"] = text
        if underlying_con_id is not UNSET:
            field_dict["underlying_con_id"] = underlying_con_id
        if r_t_h is not UNSET:
            field_dict["r_t_h"] = r_t_h
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if underlying_issuer is not UNSET:
            field_dict["underlying_issuer"] = underlying_issuer
        if contract_month is not UNSET:
            field_dict["contract_month"] = contract_month
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if smart_available is not UNSET:
            field_dict["smart_available"] = smart_available
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if category is not UNSET:
            field_dict["category"] = category
        if has_related_contracts is not UNSET:
            field_dict["has_related_contracts"] = has_related_contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        con_id = _source.pop("con_id")

        def _parse_cfi_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cfi_code = _parse_cfi_code(_source.pop("cfi_code", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_cusip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cusip = _parse_cusip(_source.pop("cusip", UNSET))

        def _parse_expiry_full(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_full = _parse_expiry_full(_source.pop("expiry_full", UNSET))

        def _parse_maturity_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maturity_date = _parse_maturity_date(_source.pop("maturity_date", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(_source.pop("industry", UNSET))

        def _parse_instrument_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instrument_type = _parse_instrument_type(_source.pop("instrument_type", UNSET))

        def _parse_trading_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_class = _parse_trading_class(_source.pop("trading_class", UNSET))

        def _parse_valid_exchanges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_exchanges = _parse_valid_exchanges(_source.pop("valid_exchanges", UNSET))

        def _parse_allow_sell_long(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_sell_long = _parse_allow_sell_long(_source.pop("allow_sell_long", UNSET))

        def _parse_is_zero_commission_security(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_zero_commission_security = _parse_is_zero_commission_security(
            _source.pop("is_zero_commission_security", UNSET)
        )

        def _parse_local_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_symbol = _parse_local_symbol(_source.pop("local_symbol", UNSET))

        def _parse_contract_clarification_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_clarification_type = _parse_contract_clarification_type(
            _source.pop("contract_clarification_type", UNSET)
        )

        def _parse_classifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classifier = _parse_classifier(_source.pop("classifier", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(_source.pop("text", UNSET))

        def _parse_underlying_con_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        underlying_con_id = _parse_underlying_con_id(
            _source.pop("underlying_con_id", UNSET)
        )

        def _parse_r_t_h(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        r_t_h = _parse_r_t_h(_source.pop("r_t_h", UNSET))

        def _parse_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiplier = _parse_multiplier(_source.pop("multiplier", UNSET))

        def _parse_underlying_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        underlying_issuer = _parse_underlying_issuer(
            _source.pop("underlying_issuer", UNSET)
        )

        def _parse_contract_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_month = _parse_contract_month(_source.pop("contract_month", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("company_name", UNSET))

        def _parse_smart_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        smart_available = _parse_smart_available(_source.pop("smart_available", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(_source.pop("category", UNSET))

        def _parse_has_related_contracts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_related_contracts = _parse_has_related_contracts(
            _source.pop("has_related_contracts", UNSET)
        )

        _model = cls(
            con_id=con_id,
            cfi_code=cfi_code,
            symbol=symbol,
            cusip=cusip,
            expiry_full=expiry_full,
            maturity_date=maturity_date,
            industry=industry,
            instrument_type=instrument_type,
            trading_class=trading_class,
            valid_exchanges=valid_exchanges,
            allow_sell_long=allow_sell_long,
            is_zero_commission_security=is_zero_commission_security,
            local_symbol=local_symbol,
            contract_clarification_type=contract_clarification_type,
            classifier=classifier,
            currency=currency,
            text=text,
            underlying_con_id=underlying_con_id,
            r_t_h=r_t_h,
            multiplier=multiplier,
            underlying_issuer=underlying_issuer,
            contract_month=contract_month,
            company_name=company_name,
            smart_available=smart_available,
            exchange=exchange,
            category=category,
            has_related_contracts=has_related_contracts,
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
