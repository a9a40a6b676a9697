from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        market_name (None | str | Unset): Name of the market.
        exchange (None | str | Unset): Exchange, e.g. FORECASTX.
        symbol (None | str | Unset): Symbol (product code) of the market.
        logo_category (None | str | Unset): Category id whose logo illustrates the market.
        exclude_historical_data (bool | None | Unset): Whether the market has no historical data.
        payout (float | None | Unset): Payout per contract.
        contracts (list[ForecastMarketContract] | None | Unset): The market's contracts.
    """

    market_name: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    logo_category: None | str | Unset = UNSET
    exclude_historical_data: bool | None | Unset = UNSET
    payout: float | None | Unset = UNSET
    contracts: list[ForecastMarketContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        logo_category: None | str | Unset
        if isinstance(self.logo_category, Unset):
            logo_category = UNSET
        else:
            logo_category = self.logo_category

        exclude_historical_data: bool | None | Unset
        if isinstance(self.exclude_historical_data, Unset):
            exclude_historical_data = UNSET
        else:
            exclude_historical_data = self.exclude_historical_data

        payout: float | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, list):
            contracts = []
            for contracts_type_0_item_data in self.contracts:
                contracts_type_0_item = contracts_type_0_item_data.to_dict()
                contracts.append(contracts_type_0_item)

        else:
            contracts = self.contracts

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

        def _parse_market_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_name = _parse_market_name(_source.pop("market_name", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_logo_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_category = _parse_logo_category(_source.pop("logo_category", UNSET))

        def _parse_exclude_historical_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude_historical_data = _parse_exclude_historical_data(
            _source.pop("exclude_historical_data", UNSET)
        )

        def _parse_payout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        payout = _parse_payout(_source.pop("payout", UNSET))

        def _parse_contracts(
            data: object,
        ) -> list[ForecastMarketContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contracts_type_0 = []
                _contracts_type_0 = data
                for contracts_type_0_item_data in _contracts_type_0:
                    contracts_type_0_item = ForecastMarketContract.from_dict(
                        contracts_type_0_item_data
                    )

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastMarketContract] | None | Unset, data)

        contracts = _parse_contracts(_source.pop("contracts", UNSET))

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
