from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_market_contract import ForecastMarketContract


T = TypeVar("T", bound="ForecastMarket")


@_attrs_define
class ForecastMarket:
    """A market and its contracts.

    Attributes:
        market_name (str | Unset): Name of the market.
        exchange (str | Unset): Exchange, e.g. FORECASTX.
        symbol (str | Unset): Symbol (product code) of the market.
        logo_category (str | Unset): Category id whose logo illustrates the market.
        exclude_historical_data (bool | Unset): Whether the market has no historical data.
        payout (float | Unset): Payout per contract.
        contracts (list[ForecastMarketContract] | Unset): The market's contracts.
    """

    market_name: str | Unset = UNSET
    exchange: str | Unset = UNSET
    symbol: str | Unset = UNSET
    logo_category: str | Unset = UNSET
    exclude_historical_data: bool | Unset = UNSET
    payout: float | Unset = UNSET
    contracts: list[ForecastMarketContract] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_name = self.market_name

        exchange = self.exchange

        symbol = self.symbol

        logo_category = self.logo_category

        exclude_historical_data = self.exclude_historical_data

        payout = self.payout

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if logo_category is not UNSET:
            field_dict["logo_category"] = logo_category
        if exclude_historical_data is not UNSET:
            field_dict["exclude_historical_data"] = exclude_historical_data
        if payout is not UNSET:
            field_dict["payout"] = payout
        if contracts is not UNSET:
            field_dict["contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_market_contract import ForecastMarketContract  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        market_name = _source.pop("market_name", UNSET)

        exchange = _source.pop("exchange", UNSET)

        symbol = _source.pop("symbol", UNSET)

        logo_category = _source.pop("logo_category", UNSET)

        exclude_historical_data = _source.pop("exclude_historical_data", UNSET)

        payout = _source.pop("payout", UNSET)

        _contracts = _source.pop("contracts", UNSET)
        contracts: list[ForecastMarketContract] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in _contracts:
                contracts_item = ForecastMarketContract.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        _model = cls(
            market_name=market_name,
            exchange=exchange,
            symbol=symbol,
            logo_category=logo_category,
            exclude_historical_data=exclude_historical_data,
            payout=payout,
            contracts=contracts,
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
