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
            cfi_code (str | Unset): Classification of Financial Instruments code.
            symbol (str | Unset): Underlying symbol.
            cusip (None | str | Unset): CUSIP; bonds only.
            expiry_full (None | str | Unset): Expiration month, YYYYMM.
            maturity_date (None | str | Unset): Final maturity date, YYYYMMDD.
            industry (str | Unset): Industry of the company.
            instrument_type (str | Unset): Asset class (security type), e.g. STK.
            trading_class (str | Unset): Trading class.
            valid_exchanges (str | Unset): Comma-separated exchanges and venues the contract trades on.
            allow_sell_long (bool | Unset): Whether owned shares may be sold.
            is_zero_commission_security (bool | Unset): Whether the contract trades without commission.
            local_symbol (str | Unset): Symbol on the primary exchange; the OCC symbol for options.
            contract_clarification_type (None | str | Unset): Internal use; null in every example.
            classifier (None | str | Unset): Internal use; null in every example.
            currency (str | Unset): Trading currency.
            text (None | str | Unset): Display name in Client Portal.
            underlying_con_id (int | Unset): Contract id of the underlying; 0 when there is none.
            r_t_h (bool | Unset): Whether the contract can trade outside regular trading hours.
            multiplier (None | str | Unset): Contract multiplier.
            underlying_issuer (None | str | Unset): Issuer of the underlying.
            contract_month (None | str | Unset): Year and month of expiry, YYYYMM.
            company_name (str | Unset): Name of the company or index.
            smart_available (bool | Unset): Whether the contract can be SMART routed.
            exchange (str | Unset): Exchange of the details (e.g. SMART).
            category (str | Unset): Industry category.
            has_related_contracts (bool | Unset): Undocumented; whether related contracts (e.g. derivatives) exist.
    """

    con_id: int
    cfi_code: str | Unset = UNSET
    symbol: str | Unset = UNSET
    cusip: None | str | Unset = UNSET
    expiry_full: None | str | Unset = UNSET
    maturity_date: None | str | Unset = UNSET
    industry: str | Unset = UNSET
    instrument_type: str | Unset = UNSET
    trading_class: str | Unset = UNSET
    valid_exchanges: str | Unset = UNSET
    allow_sell_long: bool | Unset = UNSET
    is_zero_commission_security: bool | Unset = UNSET
    local_symbol: str | Unset = UNSET
    contract_clarification_type: None | str | Unset = UNSET
    classifier: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    text: None | str | Unset = UNSET
    underlying_con_id: int | Unset = UNSET
    r_t_h: bool | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    underlying_issuer: None | str | Unset = UNSET
    contract_month: None | str | Unset = UNSET
    company_name: str | Unset = UNSET
    smart_available: bool | Unset = UNSET
    exchange: str | Unset = UNSET
    category: str | Unset = UNSET
    has_related_contracts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        con_id = self.con_id

        cfi_code = self.cfi_code

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

        industry = self.industry

        instrument_type = self.instrument_type

        trading_class = self.trading_class

        valid_exchanges = self.valid_exchanges

        allow_sell_long = self.allow_sell_long

        is_zero_commission_security = self.is_zero_commission_security

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

        currency = self.currency

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        underlying_con_id = self.underlying_con_id

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

        company_name = self.company_name

        smart_available = self.smart_available

        exchange = self.exchange

        category = self.category

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

        cfi_code = _source.pop("cfi_code", UNSET)

        symbol = _source.pop("symbol", UNSET)

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

        industry = _source.pop("industry", UNSET)

        instrument_type = _source.pop("instrument_type", UNSET)

        trading_class = _source.pop("trading_class", UNSET)

        valid_exchanges = _source.pop("valid_exchanges", UNSET)

        allow_sell_long = _source.pop("allow_sell_long", UNSET)

        is_zero_commission_security = _source.pop("is_zero_commission_security", UNSET)

        local_symbol = _source.pop("local_symbol", UNSET)

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

        currency = _source.pop("currency", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(_source.pop("text", UNSET))

        underlying_con_id = _source.pop("underlying_con_id", UNSET)

        r_t_h = _source.pop("r_t_h", UNSET)

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

        company_name = _source.pop("company_name", UNSET)

        smart_available = _source.pop("smart_available", UNSET)

        exchange = _source.pop("exchange", UNSET)

        category = _source.pop("category", UNSET)

        has_related_contracts = _source.pop("has_related_contracts", UNSET)

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
