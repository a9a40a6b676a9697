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
        conid_yes (int | Unset): Contract id of the YES side of the strike.
        conid_no (int | Unset): Contract id of the NO side of the strike.
        question (str | Unset): The full question the contract resolves.
        side (ForecastSide | Unset): Y for the YES contract (a call), N for the NO contract (a put).
        strike_label (str | Unset): The strike as text.
        strike (float | Unset): Strike value.
        exchange (str | Unset): Exchange, e.g. FORECASTX.
        expiration (str | Unset): Resolution date, YYYYMMDD.
        symbol (str | Unset): Symbol (product code).
        category (str | Unset): Category id.
        logo_category (str | Unset): Category id whose logo illustrates the contract.
        measured_period (str | Unset): The measured period, e.g. "Jan28'27".
        market_name (str | Unset): Name of the market.
        underlying_conid (int | Unset): Contract id of the underlier.
        payout (float | Unset): Payout per contract.
        product_conid (int | Unset): Contract id of the product.
        is_restricted (bool | Unset): Whether the contract is restricted for the user.
        party (None | str | Unset): Undocumented; the party of election contracts (type inferred, no recorded value).
    """

    conid_yes: int | Unset = UNSET
    conid_no: int | Unset = UNSET
    question: str | Unset = UNSET
    side: ForecastSide | Unset = UNSET
    strike_label: str | Unset = UNSET
    strike: float | Unset = UNSET
    exchange: str | Unset = UNSET
    expiration: str | Unset = UNSET
    symbol: str | Unset = UNSET
    category: str | Unset = UNSET
    logo_category: str | Unset = UNSET
    measured_period: str | Unset = UNSET
    market_name: str | Unset = UNSET
    underlying_conid: int | Unset = UNSET
    payout: float | Unset = UNSET
    product_conid: int | Unset = UNSET
    is_restricted: bool | Unset = UNSET
    party: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid_yes = self.conid_yes

        conid_no = self.conid_no

        question = self.question

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        strike_label = self.strike_label

        strike = self.strike

        exchange = self.exchange

        expiration = self.expiration

        symbol = self.symbol

        category = self.category

        logo_category = self.logo_category

        measured_period = self.measured_period

        market_name = self.market_name

        underlying_conid = self.underlying_conid

        payout = self.payout

        product_conid = self.product_conid

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
        conid_yes = _source.pop("conid_yes", UNSET)

        conid_no = _source.pop("conid_no", UNSET)

        question = _source.pop("question", UNSET)

        _side = _source.pop("side", UNSET)
        side: ForecastSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = ForecastSide(_side)

        strike_label = _source.pop("strike_label", UNSET)

        strike = _source.pop("strike", UNSET)

        exchange = _source.pop("exchange", UNSET)

        expiration = _source.pop("expiration", UNSET)

        symbol = _source.pop("symbol", UNSET)

        category = _source.pop("category", UNSET)

        logo_category = _source.pop("logo_category", UNSET)

        measured_period = _source.pop("measured_period", UNSET)

        market_name = _source.pop("market_name", UNSET)

        underlying_conid = _source.pop("underlying_conid", UNSET)

        payout = _source.pop("payout", UNSET)

        product_conid = _source.pop("product_conid", UNSET)

        is_restricted = _source.pop("is_restricted", UNSET)

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
