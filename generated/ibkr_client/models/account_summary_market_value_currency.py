from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryMarketValueCurrency")


@_attrs_define
class AccountSummaryMarketValueCurrency:
    """Market value by asset class in one currency. Amounts are display strings with
    thousands separators and, unlike the segment answers, no currency suffix (the currency
    is the map key), e.g. "971,870".

        Attributes:
            total_cash (None | str | Unset): Cash, formatted.
            stock (None | str | Unset): Market value of stocks, formatted.
            options (None | str | Unset): Market value of options, formatted.
            futures (None | str | Unset): Market value of futures, formatted.
            net_liquidation (None | str | Unset): Net liquidation value, formatted.
            unrealized_pnl (None | str | Unset): Unrealized profit and loss, formatted.
            realized_pnl (None | str | Unset): Realized profit and loss, formatted.
            cryptocurrency (None | str | Unset): Value of cryptocurrency holdings.
            exchange_rate (None | str | Unset): Rate from this currency to the base currency.
            govt_bonds (None | str | Unset): Value of government bonds.
            mtd_interest (None | str | Unset): Interest accrued this month.
            notional_cfd (None | str | Unset): Notional value of CFD positions.
            bonds (None | str | Unset): Value of bonds.
            cfd (None | str | Unset): Value of CFD positions.
            commodity (None | str | Unset): Value of commodities.
            dividends_receivable (None | str | Unset): Dividends declared and not received yet.
            funds (None | str | Unset): Value of fund holdings.
            future_options (None | str | Unset): Value of options on futures.
            issuer_option (None | str | Unset): Value of issuer options.
            money_market (None | str | Unset): Value of money market holdings.
            mutual_funds (None | str | Unset): Value of mutual funds.
            settled_cash (None | str | Unset): Cash that has settled.
            t_bills (None | str | Unset): Value of treasury bills.
            warrants (None | str | Unset): Value of warrants.
    """

    total_cash: None | str | Unset = UNSET
    stock: None | str | Unset = UNSET
    options: None | str | Unset = UNSET
    futures: None | str | Unset = UNSET
    net_liquidation: None | str | Unset = UNSET
    unrealized_pnl: None | str | Unset = UNSET
    realized_pnl: None | str | Unset = UNSET
    cryptocurrency: None | str | Unset = UNSET
    exchange_rate: None | str | Unset = UNSET
    govt_bonds: None | str | Unset = UNSET
    mtd_interest: None | str | Unset = UNSET
    notional_cfd: None | str | Unset = UNSET
    bonds: None | str | Unset = UNSET
    cfd: None | str | Unset = UNSET
    commodity: None | str | Unset = UNSET
    dividends_receivable: None | str | Unset = UNSET
    funds: None | str | Unset = UNSET
    future_options: None | str | Unset = UNSET
    issuer_option: None | str | Unset = UNSET
    money_market: None | str | Unset = UNSET
    mutual_funds: None | str | Unset = UNSET
    settled_cash: None | str | Unset = UNSET
    t_bills: None | str | Unset = UNSET
    warrants: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cash: None | str | Unset
        if isinstance(self.total_cash, Unset):
            total_cash = UNSET
        else:
            total_cash = self.total_cash

        stock: None | str | Unset
        if isinstance(self.stock, Unset):
            stock = UNSET
        else:
            stock = self.stock

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        futures: None | str | Unset
        if isinstance(self.futures, Unset):
            futures = UNSET
        else:
            futures = self.futures

        net_liquidation: None | str | Unset
        if isinstance(self.net_liquidation, Unset):
            net_liquidation = UNSET
        else:
            net_liquidation = self.net_liquidation

        unrealized_pnl: None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        realized_pnl: None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        cryptocurrency: None | str | Unset
        if isinstance(self.cryptocurrency, Unset):
            cryptocurrency = UNSET
        else:
            cryptocurrency = self.cryptocurrency

        exchange_rate: None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        govt_bonds: None | str | Unset
        if isinstance(self.govt_bonds, Unset):
            govt_bonds = UNSET
        else:
            govt_bonds = self.govt_bonds

        mtd_interest: None | str | Unset
        if isinstance(self.mtd_interest, Unset):
            mtd_interest = UNSET
        else:
            mtd_interest = self.mtd_interest

        notional_cfd: None | str | Unset
        if isinstance(self.notional_cfd, Unset):
            notional_cfd = UNSET
        else:
            notional_cfd = self.notional_cfd

        bonds: None | str | Unset
        if isinstance(self.bonds, Unset):
            bonds = UNSET
        else:
            bonds = self.bonds

        cfd: None | str | Unset
        if isinstance(self.cfd, Unset):
            cfd = UNSET
        else:
            cfd = self.cfd

        commodity: None | str | Unset
        if isinstance(self.commodity, Unset):
            commodity = UNSET
        else:
            commodity = self.commodity

        dividends_receivable: None | str | Unset
        if isinstance(self.dividends_receivable, Unset):
            dividends_receivable = UNSET
        else:
            dividends_receivable = self.dividends_receivable

        funds: None | str | Unset
        if isinstance(self.funds, Unset):
            funds = UNSET
        else:
            funds = self.funds

        future_options: None | str | Unset
        if isinstance(self.future_options, Unset):
            future_options = UNSET
        else:
            future_options = self.future_options

        issuer_option: None | str | Unset
        if isinstance(self.issuer_option, Unset):
            issuer_option = UNSET
        else:
            issuer_option = self.issuer_option

        money_market: None | str | Unset
        if isinstance(self.money_market, Unset):
            money_market = UNSET
        else:
            money_market = self.money_market

        mutual_funds: None | str | Unset
        if isinstance(self.mutual_funds, Unset):
            mutual_funds = UNSET
        else:
            mutual_funds = self.mutual_funds

        settled_cash: None | str | Unset
        if isinstance(self.settled_cash, Unset):
            settled_cash = UNSET
        else:
            settled_cash = self.settled_cash

        t_bills: None | str | Unset
        if isinstance(self.t_bills, Unset):
            t_bills = UNSET
        else:
            t_bills = self.t_bills

        warrants: None | str | Unset
        if isinstance(self.warrants, Unset):
            warrants = UNSET
        else:
            warrants = self.warrants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_cash is not UNSET:
            field_dict["total_cash"] = total_cash
        if stock is not UNSET:
            field_dict["stock"] = stock
        if options is not UNSET:
            field_dict["options"] = options
        if futures is not UNSET:
            field_dict["futures"] = futures
        if net_liquidation is not UNSET:
            field_dict["net_liquidation"] = net_liquidation
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if cryptocurrency is not UNSET:
            field_dict["Cryptocurrency"] = cryptocurrency
        if exchange_rate is not UNSET:
            field_dict["Exchange Rate"] = exchange_rate
        if govt_bonds is not UNSET:
            field_dict["Govt Bonds"] = govt_bonds
        if mtd_interest is not UNSET:
            field_dict["MTD Interest"] = mtd_interest
        if notional_cfd is not UNSET:
            field_dict["Notional CFD"] = notional_cfd
        if bonds is not UNSET:
            field_dict["bonds"] = bonds
        if cfd is not UNSET:
            field_dict["cfd"] = cfd
        if commodity is not UNSET:
            field_dict["commodity"] = commodity
        if dividends_receivable is not UNSET:
            field_dict["dividends_receivable"] = dividends_receivable
        if funds is not UNSET:
            field_dict["funds"] = funds
        if future_options is not UNSET:
            field_dict["future_options"] = future_options
        if issuer_option is not UNSET:
            field_dict["issuer_option"] = issuer_option
        if money_market is not UNSET:
            field_dict["money_market"] = money_market
        if mutual_funds is not UNSET:
            field_dict["mutual_funds"] = mutual_funds
        if settled_cash is not UNSET:
            field_dict["settled_cash"] = settled_cash
        if t_bills is not UNSET:
            field_dict["t_bills"] = t_bills
        if warrants is not UNSET:
            field_dict["warrants"] = warrants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_total_cash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_cash = _parse_total_cash(_source.pop("total_cash", UNSET))

        def _parse_stock(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stock = _parse_stock(_source.pop("stock", UNSET))

        def _parse_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        options = _parse_options(_source.pop("options", UNSET))

        def _parse_futures(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        futures = _parse_futures(_source.pop("futures", UNSET))

        def _parse_net_liquidation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_liquidation = _parse_net_liquidation(_source.pop("net_liquidation", UNSET))

        def _parse_unrealized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unrealized_pnl = _parse_unrealized_pnl(_source.pop("unrealized_pnl", UNSET))

        def _parse_realized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realized_pnl = _parse_realized_pnl(_source.pop("realized_pnl", UNSET))

        def _parse_cryptocurrency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cryptocurrency = _parse_cryptocurrency(_source.pop("Cryptocurrency", UNSET))

        def _parse_exchange_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("Exchange Rate", UNSET))

        def _parse_govt_bonds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        govt_bonds = _parse_govt_bonds(_source.pop("Govt Bonds", UNSET))

        def _parse_mtd_interest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mtd_interest = _parse_mtd_interest(_source.pop("MTD Interest", UNSET))

        def _parse_notional_cfd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notional_cfd = _parse_notional_cfd(_source.pop("Notional CFD", UNSET))

        def _parse_bonds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bonds = _parse_bonds(_source.pop("bonds", UNSET))

        def _parse_cfd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cfd = _parse_cfd(_source.pop("cfd", UNSET))

        def _parse_commodity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commodity = _parse_commodity(_source.pop("commodity", UNSET))

        def _parse_dividends_receivable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dividends_receivable = _parse_dividends_receivable(
            _source.pop("dividends_receivable", UNSET)
        )

        def _parse_funds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funds = _parse_funds(_source.pop("funds", UNSET))

        def _parse_future_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        future_options = _parse_future_options(_source.pop("future_options", UNSET))

        def _parse_issuer_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_option = _parse_issuer_option(_source.pop("issuer_option", UNSET))

        def _parse_money_market(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        money_market = _parse_money_market(_source.pop("money_market", UNSET))

        def _parse_mutual_funds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mutual_funds = _parse_mutual_funds(_source.pop("mutual_funds", UNSET))

        def _parse_settled_cash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settled_cash = _parse_settled_cash(_source.pop("settled_cash", UNSET))

        def _parse_t_bills(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        t_bills = _parse_t_bills(_source.pop("t_bills", UNSET))

        def _parse_warrants(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warrants = _parse_warrants(_source.pop("warrants", UNSET))

        _model = cls(
            total_cash=total_cash,
            stock=stock,
            options=options,
            futures=futures,
            net_liquidation=net_liquidation,
            unrealized_pnl=unrealized_pnl,
            realized_pnl=realized_pnl,
            cryptocurrency=cryptocurrency,
            exchange_rate=exchange_rate,
            govt_bonds=govt_bonds,
            mtd_interest=mtd_interest,
            notional_cfd=notional_cfd,
            bonds=bonds,
            cfd=cfd,
            commodity=commodity,
            dividends_receivable=dividends_receivable,
            funds=funds,
            future_options=future_options,
            issuer_option=issuer_option,
            money_market=money_market,
            mutual_funds=mutual_funds,
            settled_cash=settled_cash,
            t_bills=t_bills,
            warrants=warrants,
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
