from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_side import ForecastSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastContractDetails")


@_attrs_define
class ForecastContractDetails:
    """Details of one event contract and its opposite side.

    Attributes:
        conid_yes (int | None | Unset): Contract id of the YES side of the strike.
        conid_no (int | None | Unset): Contract id of the NO side of the strike.
        question (None | str | Unset): The full question the contract resolves.
        side (ForecastSide | None | Unset):
        strike_label (None | str | Unset): The strike as text.
        strike (float | None | Unset): Strike value.
        exchange (None | str | Unset): Exchange, e.g. FORECASTX.
        expiration (None | str | Unset): Resolution date, YYYYMMDD.
        symbol (None | str | Unset): Symbol (product code).
        category (None | str | Unset): Category id.
        logo_category (None | str | Unset): Category id whose logo illustrates the contract.
        measured_period (None | str | Unset): The measured period, e.g. "Jan28'27".
        market_name (None | str | Unset): Name of the market.
        underlying_conid (int | None | Unset): Contract id of the underlier.
        payout (float | None | Unset): Payout per contract.
        product_conid (int | None | Unset): Contract id of the product.
        is_restricted (bool | None | Unset): Whether the contract is restricted for the user.
        party (None | str | Unset): Undocumented; the party of election contracts (type inferred, no recorded value).
    """

    conid_yes: int | None | Unset = UNSET
    conid_no: int | None | Unset = UNSET
    question: None | str | Unset = UNSET
    side: ForecastSide | None | Unset = UNSET
    strike_label: None | str | Unset = UNSET
    strike: float | None | Unset = UNSET
    exchange: None | str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    logo_category: None | str | Unset = UNSET
    measured_period: None | str | Unset = UNSET
    market_name: None | str | Unset = UNSET
    underlying_conid: int | None | Unset = UNSET
    payout: float | None | Unset = UNSET
    product_conid: int | None | Unset = UNSET
    is_restricted: bool | None | Unset = UNSET
    party: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid_yes: int | None | Unset
        if isinstance(self.conid_yes, Unset):
            conid_yes = UNSET
        else:
            conid_yes = self.conid_yes

        conid_no: int | None | Unset
        if isinstance(self.conid_no, Unset):
            conid_no = UNSET
        else:
            conid_no = self.conid_no

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, ForecastSide):
            side = self.side.value
        else:
            side = self.side

        strike_label: None | str | Unset
        if isinstance(self.strike_label, Unset):
            strike_label = UNSET
        else:
            strike_label = self.strike_label

        strike: float | None | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        logo_category: None | str | Unset
        if isinstance(self.logo_category, Unset):
            logo_category = UNSET
        else:
            logo_category = self.logo_category

        measured_period: None | str | Unset
        if isinstance(self.measured_period, Unset):
            measured_period = UNSET
        else:
            measured_period = self.measured_period

        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        underlying_conid: int | None | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        payout: float | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        product_conid: int | None | Unset
        if isinstance(self.product_conid, Unset):
            product_conid = UNSET
        else:
            product_conid = self.product_conid

        is_restricted: bool | None | Unset
        if isinstance(self.is_restricted, Unset):
            is_restricted = UNSET
        else:
            is_restricted = self.is_restricted

        party: None | str | Unset
        if isinstance(self.party, Unset):
            party = UNSET
        else:
            party = self.party

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid_yes is not UNSET:
            field_dict["conid_yes"] = conid_yes
        if conid_no is not UNSET:
            field_dict["conid_no"] = conid_no
        if question is not UNSET:
            field_dict["question"] = question
        if side is not UNSET:
            field_dict["side"] = side
        if strike_label is not UNSET:
            field_dict["strike_label"] = strike_label
        if strike is not UNSET:
            field_dict["strike"] = strike
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if category is not UNSET:
            field_dict["category"] = category
        if logo_category is not UNSET:
            field_dict["logo_category"] = logo_category
        if measured_period is not UNSET:
            field_dict["measured_period"] = measured_period
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if underlying_conid is not UNSET:
            field_dict["underlying_conid"] = underlying_conid
        if payout is not UNSET:
            field_dict["payout"] = payout
        if product_conid is not UNSET:
            field_dict["product_conid"] = product_conid
        if is_restricted is not UNSET:
            field_dict["is_restricted"] = is_restricted
        if party is not UNSET:
            field_dict["party"] = party

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_conid_yes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid_yes = _parse_conid_yes(_source.pop("conid_yes", UNSET))

        def _parse_conid_no(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid_no = _parse_conid_no(_source.pop("conid_no", UNSET))

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(_source.pop("question", UNSET))

        def _parse_side(data: object) -> ForecastSide | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = ForecastSide(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForecastSide | None | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_strike_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_label = _parse_strike_label(_source.pop("strike_label", UNSET))

        def _parse_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(_source.pop("expiration", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(_source.pop("category", UNSET))

        def _parse_logo_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_category = _parse_logo_category(_source.pop("logo_category", UNSET))

        def _parse_measured_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measured_period = _parse_measured_period(_source.pop("measured_period", UNSET))

        def _parse_market_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_name = _parse_market_name(_source.pop("market_name", UNSET))

        def _parse_underlying_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        underlying_conid = _parse_underlying_conid(
            _source.pop("underlying_conid", UNSET)
        )

        def _parse_payout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        payout = _parse_payout(_source.pop("payout", UNSET))

        def _parse_product_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_conid = _parse_product_conid(_source.pop("product_conid", UNSET))

        def _parse_is_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_restricted = _parse_is_restricted(_source.pop("is_restricted", UNSET))

        def _parse_party(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        party = _parse_party(_source.pop("party", UNSET))

        _model = cls(
            conid_yes=conid_yes,
            conid_no=conid_no,
            question=question,
            side=side,
            strike_label=strike_label,
            strike=strike,
            exchange=exchange,
            expiration=expiration,
            symbol=symbol,
            category=category,
            logo_category=logo_category,
            measured_period=measured_period,
            market_name=market_name,
            underlying_conid=underlying_conid,
            payout=payout,
            product_conid=product_conid,
            is_restricted=is_restricted,
            party=party,
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
