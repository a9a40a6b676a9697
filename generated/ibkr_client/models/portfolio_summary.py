from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_summary_item import PortfolioSummaryItem


T = TypeVar("T", bound="PortfolioSummary")


@_attrs_define
class PortfolioSummary:
    """The account's summary values keyed by name, each a summary value object. Names without a
    suffix are for the whole account; "-c" is the commodities segment, "-s" the securities
    segment. Which items come depends on the account type and its segments (45 to 135 of
    them); the ones IBKR's reference lists are named here, and any other name is still
    accepted with the same value shape (and reported as a new field by the drift check).

        Attributes:
            accountcode (None | PortfolioSummaryItem | Unset): The account id.
            accountready (None | PortfolioSummaryItem | Unset): Whether the account is ready to trade.
            accounttype (None | PortfolioSummaryItem | Unset): Kind of account (individual, advisor, broker...).
            accruedcash (None | PortfolioSummaryItem | Unset): Interest earned or owed that has not been credited or charged
                yet.
            accruedcash_c (None | PortfolioSummaryItem | Unset): Interest earned or owed that has not been credited or
                charged yet. Commodities segment.
            accruedcash_s (None | PortfolioSummaryItem | Unset): Interest earned or owed that has not been credited or
                charged yet. Securities segment.
            accrueddividend (None | PortfolioSummaryItem | Unset): Dividends declared on held positions and not paid out
                yet.
            accrueddividend_c (None | PortfolioSummaryItem | Unset): Dividends declared on held positions and not paid out
                yet. Commodities segment.
            accrueddividend_s (None | PortfolioSummaryItem | Unset): Dividends declared on held positions and not paid out
                yet. Securities segment.
            availablefunds (None | PortfolioSummaryItem | Unset): Equity with loan value less the initial margin: what new
                positions may use.
            availablefunds_c (None | PortfolioSummaryItem | Unset): Equity with loan value less the initial margin: what new
                positions may use. Commodities segment.
            availablefunds_s (None | PortfolioSummaryItem | Unset): Equity with loan value less the initial margin: what new
                positions may use. Securities segment.
            availabletotrade (None | PortfolioSummaryItem | Unset): Funds that new trades may use.
            availabletotrade_c (None | PortfolioSummaryItem | Unset): Funds that new trades may use. Commodities segment.
            availabletotrade_s (None | PortfolioSummaryItem | Unset): Funds that new trades may use. Securities segment.
            availabletowithdraw (None | PortfolioSummaryItem | Unset): Cash that may be withdrawn now.
            availabletowithdraw_c (None | PortfolioSummaryItem | Unset): Cash that may be withdrawn now. Commodities
                segment.
            availabletowithdraw_s (None | PortfolioSummaryItem | Unset): Cash that may be withdrawn now. Securities segment.
            billable (None | PortfolioSummaryItem | Unset): Fees accrued and not billed yet.
            billable_c (None | PortfolioSummaryItem | Unset): Fees accrued and not billed yet. Commodities segment.
            billable_s (None | PortfolioSummaryItem | Unset): Fees accrued and not billed yet. Securities segment.
            buyingpower (None | PortfolioSummaryItem | Unset): What the account can buy, margin included.
            columnprio_c (None | PortfolioSummaryItem | Unset): Display order of the segment's column in IBKR's own
                applications. Commodities segment.
            columnprio_s (None | PortfolioSummaryItem | Unset): Display order of the segment's column in IBKR's own
                applications. Securities segment.
            cushion (None | PortfolioSummaryItem | Unset): Excess liquidity as a fraction of net liquidation: how far the
                account is from a margin call.
            daytradesremaining (None | PortfolioSummaryItem | Unset): Day trades left today under the pattern day trader
                rule.
            daytradesremainingt1 (None | PortfolioSummaryItem | Unset): Day trades left 1 trading day(s) from today.
            daytradesremainingt2 (None | PortfolioSummaryItem | Unset): Day trades left 2 trading day(s) from today.
            daytradesremainingt3 (None | PortfolioSummaryItem | Unset): Day trades left 3 trading day(s) from today.
            daytradesremainingt4 (None | PortfolioSummaryItem | Unset): Day trades left 4 trading day(s) from today.
            daytradingstatus_s (None | PortfolioSummaryItem | Unset): Pattern day trader status of the account. Securities
                segment.
            depositoncredithold (None | PortfolioSummaryItem | Unset): Deposits received but held before they count for
                trading.
            equitywithloanvalue (None | PortfolioSummaryItem | Unset): Cash plus the loan value of securities.
            equitywithloanvalue_c (None | PortfolioSummaryItem | Unset): Cash plus the loan value of securities. Commodities
                segment.
            equitywithloanvalue_s (None | PortfolioSummaryItem | Unset): Cash plus the loan value of securities. Securities
                segment.
            excessliquidity (None | PortfolioSummaryItem | Unset): Equity with loan value above the maintenance margin.
            excessliquidity_c (None | PortfolioSummaryItem | Unset): Equity with loan value above the maintenance margin.
                Commodities segment.
            excessliquidity_s (None | PortfolioSummaryItem | Unset): Equity with loan value above the maintenance margin.
                Securities segment.
            fullavailablefunds (None | PortfolioSummaryItem | Unset): Available funds computed over every position, not the
                real-time estimate.
            fullavailablefunds_c (None | PortfolioSummaryItem | Unset): Available funds computed over every position, not
                the real-time estimate. Commodities segment.
            fullavailablefunds_s (None | PortfolioSummaryItem | Unset): Available funds computed over every position, not
                the real-time estimate. Securities segment.
            fullexcessliquidity (None | PortfolioSummaryItem | Unset): Excess liquidity computed over every position, not
                the real-time estimate.
            fullexcessliquidity_c (None | PortfolioSummaryItem | Unset): Excess liquidity computed over every position, not
                the real-time estimate. Commodities segment.
            fullexcessliquidity_s (None | PortfolioSummaryItem | Unset): Excess liquidity computed over every position, not
                the real-time estimate. Securities segment.
            fullinitmarginreq (None | PortfolioSummaryItem | Unset): Initial margin computed over every position, not the
                real-time estimate.
            fullinitmarginreq_c (None | PortfolioSummaryItem | Unset): Initial margin computed over every position, not the
                real-time estimate. Commodities segment.
            fullinitmarginreq_s (None | PortfolioSummaryItem | Unset): Initial margin computed over every position, not the
                real-time estimate. Securities segment.
            fullmaintmarginreq (None | PortfolioSummaryItem | Unset): Maintenance margin computed over every position, not
                the real-time estimate.
            fullmaintmarginreq_c (None | PortfolioSummaryItem | Unset): Maintenance margin computed over every position, not
                the real-time estimate. Commodities segment.
            fullmaintmarginreq_s (None | PortfolioSummaryItem | Unset): Maintenance margin computed over every position, not
                the real-time estimate. Securities segment.
            grosspositionvalue (None | PortfolioSummaryItem | Unset): Sum of the absolute market values of every position.
            grosspositionvalue_s (None | PortfolioSummaryItem | Unset): Sum of the absolute market values of every position.
                Securities segment.
            guarantee (None | PortfolioSummaryItem | Unset): Value pledged as a guarantee.
            guarantee_c (None | PortfolioSummaryItem | Unset): Value pledged as a guarantee. Commodities segment.
            guarantee_s (None | PortfolioSummaryItem | Unset): Value pledged as a guarantee. Securities segment.
            highestseverity (None | PortfolioSummaryItem | Unset): Highest severity among the account's margin warnings.
            indianstockhaircut (None | PortfolioSummaryItem | Unset): Haircut applied to Indian stocks.
            indianstockhaircut_c (None | PortfolioSummaryItem | Unset): Haircut applied to Indian stocks. Commodities
                segment.
            indianstockhaircut_s (None | PortfolioSummaryItem | Unset): Haircut applied to Indian stocks. Securities
                segment.
            initmarginreq (None | PortfolioSummaryItem | Unset): Initial margin the open positions need.
            initmarginreq_c (None | PortfolioSummaryItem | Unset): Initial margin the open positions need. Commodities
                segment.
            initmarginreq_s (None | PortfolioSummaryItem | Unset): Initial margin the open positions need. Securities
                segment.
            leverage_s (None | PortfolioSummaryItem | Unset): Gross position value divided by net liquidation. Securities
                segment.
            lookaheadavailablefunds (None | PortfolioSummaryItem | Unset): Available funds as they will be after the next
                margin change.
            lookaheadavailablefunds_c (None | PortfolioSummaryItem | Unset): Available funds as they will be after the next
                margin change. Commodities segment.
            lookaheadavailablefunds_s (None | PortfolioSummaryItem | Unset): Available funds as they will be after the next
                margin change. Securities segment.
            lookaheadexcessliquidity (None | PortfolioSummaryItem | Unset): Excess liquidity as it will be after the next
                margin change.
            lookaheadexcessliquidity_c (None | PortfolioSummaryItem | Unset): Excess liquidity as it will be after the next
                margin change. Commodities segment.
            lookaheadexcessliquidity_s (None | PortfolioSummaryItem | Unset): Excess liquidity as it will be after the next
                margin change. Securities segment.
            lookaheadinitmarginreq (None | PortfolioSummaryItem | Unset): Initial margin as it will be after the next margin
                change.
            lookaheadinitmarginreq_c (None | PortfolioSummaryItem | Unset): Initial margin as it will be after the next
                margin change. Commodities segment.
            lookaheadinitmarginreq_s (None | PortfolioSummaryItem | Unset): Initial margin as it will be after the next
                margin change. Securities segment.
            lookaheadmaintmarginreq (None | PortfolioSummaryItem | Unset): Maintenance margin as it will be after the next
                margin change.
            lookaheadmaintmarginreq_c (None | PortfolioSummaryItem | Unset): Maintenance margin as it will be after the next
                margin change. Commodities segment.
            lookaheadmaintmarginreq_s (None | PortfolioSummaryItem | Unset): Maintenance margin as it will be after the next
                margin change. Securities segment.
            lookaheadnextchange (None | PortfolioSummaryItem | Unset): When the next margin change takes effect.
            maintmarginreq (None | PortfolioSummaryItem | Unset): Maintenance margin the open positions need.
            maintmarginreq_c (None | PortfolioSummaryItem | Unset): Maintenance margin the open positions need. Commodities
                segment.
            maintmarginreq_s (None | PortfolioSummaryItem | Unset): Maintenance margin the open positions need. Securities
                segment.
            netliquidation (None | PortfolioSummaryItem | Unset): Net liquidation value: what the account is worth if every
                position were closed.
            netliquidation_c (None | PortfolioSummaryItem | Unset): Net liquidation value: what the account is worth if
                every position were closed. Commodities segment.
            netliquidation_s (None | PortfolioSummaryItem | Unset): Net liquidation value: what the account is worth if
                every position were closed. Securities segment.
            netliquidationuncertainty (None | PortfolioSummaryItem | Unset): Possible error of the net liquidation value
                while prices are stale.
            nlvandmargininreview (None | PortfolioSummaryItem | Unset): Whether net liquidation and margin are being
                reviewed.
            pasharesvalue (None | PortfolioSummaryItem | Unset): Value of the shares counted by Portfolio Analyst.
            pasharesvalue_c (None | PortfolioSummaryItem | Unset): Value of the shares counted by Portfolio Analyst.
                Commodities segment.
            pasharesvalue_s (None | PortfolioSummaryItem | Unset): Value of the shares counted by Portfolio Analyst.
                Securities segment.
            physicalcertificatevalue (None | PortfolioSummaryItem | Unset): Value of securities held as physical
                certificates.
            physicalcertificatevalue_c (None | PortfolioSummaryItem | Unset): Value of securities held as physical
                certificates. Commodities segment.
            physicalcertificatevalue_s (None | PortfolioSummaryItem | Unset): Value of securities held as physical
                certificates. Securities segment.
            postexpirationexcess (None | PortfolioSummaryItem | Unset): Excess liquidity expected after today's expirations.
            postexpirationexcess_c (None | PortfolioSummaryItem | Unset): Excess liquidity expected after today's
                expirations. Commodities segment.
            postexpirationexcess_s (None | PortfolioSummaryItem | Unset): Excess liquidity expected after today's
                expirations. Securities segment.
            postexpirationmargin (None | PortfolioSummaryItem | Unset): Margin expected after today's expirations.
            postexpirationmargin_c (None | PortfolioSummaryItem | Unset): Margin expected after today's expirations.
                Commodities segment.
            postexpirationmargin_s (None | PortfolioSummaryItem | Unset): Margin expected after today's expirations.
                Securities segment.
            previousdayequitywithloanvalue (None | PortfolioSummaryItem | Unset): Equity with loan value at the previous
                day's close.
            previousdayequitywithloanvalue_s (None | PortfolioSummaryItem | Unset): Equity with loan value at the previous
                day's close. Securities segment.
            regtequity (None | PortfolioSummaryItem | Unset): Equity as Regulation T counts it.
            regtequity_s (None | PortfolioSummaryItem | Unset): Equity as Regulation T counts it. Securities segment.
            regtmargin (None | PortfolioSummaryItem | Unset): Margin as Regulation T requires it.
            regtmargin_s (None | PortfolioSummaryItem | Unset): Margin as Regulation T requires it. Securities segment.
            segmenttitle_c (None | PortfolioSummaryItem | Unset): Title of the segment. Commodities segment.
            segmenttitle_s (None | PortfolioSummaryItem | Unset): Title of the segment. Securities segment.
            sma (None | PortfolioSummaryItem | Unset): Special memorandum account balance (Regulation T).
            sma_s (None | PortfolioSummaryItem | Unset): Special memorandum account balance (Regulation T). Securities
                segment.
            totalcashvalue (None | PortfolioSummaryItem | Unset): All cash, in the base currency.
            totalcashvalue_c (None | PortfolioSummaryItem | Unset): All cash, in the base currency. Commodities segment.
            totalcashvalue_s (None | PortfolioSummaryItem | Unset): All cash, in the base currency. Securities segment.
            totaldebitcardpendingcharges (None | PortfolioSummaryItem | Unset): Debit card charges not settled yet.
            totaldebitcardpendingcharges_c (None | PortfolioSummaryItem | Unset): Debit card charges not settled yet.
                Commodities segment.
            totaldebitcardpendingcharges_s (None | PortfolioSummaryItem | Unset): Debit card charges not settled yet.
                Securities segment.
            tradingtype_s (None | PortfolioSummaryItem | Unset): Trading type of the segment. Securities segment.
            whatifpmenabled (None | PortfolioSummaryItem | Unset): Whether what-if orders are evaluated under portfolio
                margin.
    """

    accountcode: None | PortfolioSummaryItem | Unset = UNSET
    accountready: None | PortfolioSummaryItem | Unset = UNSET
    accounttype: None | PortfolioSummaryItem | Unset = UNSET
    accruedcash: None | PortfolioSummaryItem | Unset = UNSET
    accruedcash_c: None | PortfolioSummaryItem | Unset = UNSET
    accruedcash_s: None | PortfolioSummaryItem | Unset = UNSET
    accrueddividend: None | PortfolioSummaryItem | Unset = UNSET
    accrueddividend_c: None | PortfolioSummaryItem | Unset = UNSET
    accrueddividend_s: None | PortfolioSummaryItem | Unset = UNSET
    availablefunds: None | PortfolioSummaryItem | Unset = UNSET
    availablefunds_c: None | PortfolioSummaryItem | Unset = UNSET
    availablefunds_s: None | PortfolioSummaryItem | Unset = UNSET
    availabletotrade: None | PortfolioSummaryItem | Unset = UNSET
    availabletotrade_c: None | PortfolioSummaryItem | Unset = UNSET
    availabletotrade_s: None | PortfolioSummaryItem | Unset = UNSET
    availabletowithdraw: None | PortfolioSummaryItem | Unset = UNSET
    availabletowithdraw_c: None | PortfolioSummaryItem | Unset = UNSET
    availabletowithdraw_s: None | PortfolioSummaryItem | Unset = UNSET
    billable: None | PortfolioSummaryItem | Unset = UNSET
    billable_c: None | PortfolioSummaryItem | Unset = UNSET
    billable_s: None | PortfolioSummaryItem | Unset = UNSET
    buyingpower: None | PortfolioSummaryItem | Unset = UNSET
    columnprio_c: None | PortfolioSummaryItem | Unset = UNSET
    columnprio_s: None | PortfolioSummaryItem | Unset = UNSET
    cushion: None | PortfolioSummaryItem | Unset = UNSET
    daytradesremaining: None | PortfolioSummaryItem | Unset = UNSET
    daytradesremainingt1: None | PortfolioSummaryItem | Unset = UNSET
    daytradesremainingt2: None | PortfolioSummaryItem | Unset = UNSET
    daytradesremainingt3: None | PortfolioSummaryItem | Unset = UNSET
    daytradesremainingt4: None | PortfolioSummaryItem | Unset = UNSET
    daytradingstatus_s: None | PortfolioSummaryItem | Unset = UNSET
    depositoncredithold: None | PortfolioSummaryItem | Unset = UNSET
    equitywithloanvalue: None | PortfolioSummaryItem | Unset = UNSET
    equitywithloanvalue_c: None | PortfolioSummaryItem | Unset = UNSET
    equitywithloanvalue_s: None | PortfolioSummaryItem | Unset = UNSET
    excessliquidity: None | PortfolioSummaryItem | Unset = UNSET
    excessliquidity_c: None | PortfolioSummaryItem | Unset = UNSET
    excessliquidity_s: None | PortfolioSummaryItem | Unset = UNSET
    fullavailablefunds: None | PortfolioSummaryItem | Unset = UNSET
    fullavailablefunds_c: None | PortfolioSummaryItem | Unset = UNSET
    fullavailablefunds_s: None | PortfolioSummaryItem | Unset = UNSET
    fullexcessliquidity: None | PortfolioSummaryItem | Unset = UNSET
    fullexcessliquidity_c: None | PortfolioSummaryItem | Unset = UNSET
    fullexcessliquidity_s: None | PortfolioSummaryItem | Unset = UNSET
    fullinitmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    fullinitmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    fullinitmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    fullmaintmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    fullmaintmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    fullmaintmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    grosspositionvalue: None | PortfolioSummaryItem | Unset = UNSET
    grosspositionvalue_s: None | PortfolioSummaryItem | Unset = UNSET
    guarantee: None | PortfolioSummaryItem | Unset = UNSET
    guarantee_c: None | PortfolioSummaryItem | Unset = UNSET
    guarantee_s: None | PortfolioSummaryItem | Unset = UNSET
    highestseverity: None | PortfolioSummaryItem | Unset = UNSET
    indianstockhaircut: None | PortfolioSummaryItem | Unset = UNSET
    indianstockhaircut_c: None | PortfolioSummaryItem | Unset = UNSET
    indianstockhaircut_s: None | PortfolioSummaryItem | Unset = UNSET
    initmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    initmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    initmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    leverage_s: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadavailablefunds: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadavailablefunds_c: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadavailablefunds_s: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadexcessliquidity: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadexcessliquidity_c: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadexcessliquidity_s: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadinitmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadinitmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadinitmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadmaintmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadmaintmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadmaintmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    lookaheadnextchange: None | PortfolioSummaryItem | Unset = UNSET
    maintmarginreq: None | PortfolioSummaryItem | Unset = UNSET
    maintmarginreq_c: None | PortfolioSummaryItem | Unset = UNSET
    maintmarginreq_s: None | PortfolioSummaryItem | Unset = UNSET
    netliquidation: None | PortfolioSummaryItem | Unset = UNSET
    netliquidation_c: None | PortfolioSummaryItem | Unset = UNSET
    netliquidation_s: None | PortfolioSummaryItem | Unset = UNSET
    netliquidationuncertainty: None | PortfolioSummaryItem | Unset = UNSET
    nlvandmargininreview: None | PortfolioSummaryItem | Unset = UNSET
    pasharesvalue: None | PortfolioSummaryItem | Unset = UNSET
    pasharesvalue_c: None | PortfolioSummaryItem | Unset = UNSET
    pasharesvalue_s: None | PortfolioSummaryItem | Unset = UNSET
    physicalcertificatevalue: None | PortfolioSummaryItem | Unset = UNSET
    physicalcertificatevalue_c: None | PortfolioSummaryItem | Unset = UNSET
    physicalcertificatevalue_s: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationexcess: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationexcess_c: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationexcess_s: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationmargin: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationmargin_c: None | PortfolioSummaryItem | Unset = UNSET
    postexpirationmargin_s: None | PortfolioSummaryItem | Unset = UNSET
    previousdayequitywithloanvalue: None | PortfolioSummaryItem | Unset = UNSET
    previousdayequitywithloanvalue_s: None | PortfolioSummaryItem | Unset = UNSET
    regtequity: None | PortfolioSummaryItem | Unset = UNSET
    regtequity_s: None | PortfolioSummaryItem | Unset = UNSET
    regtmargin: None | PortfolioSummaryItem | Unset = UNSET
    regtmargin_s: None | PortfolioSummaryItem | Unset = UNSET
    segmenttitle_c: None | PortfolioSummaryItem | Unset = UNSET
    segmenttitle_s: None | PortfolioSummaryItem | Unset = UNSET
    sma: None | PortfolioSummaryItem | Unset = UNSET
    sma_s: None | PortfolioSummaryItem | Unset = UNSET
    totalcashvalue: None | PortfolioSummaryItem | Unset = UNSET
    totalcashvalue_c: None | PortfolioSummaryItem | Unset = UNSET
    totalcashvalue_s: None | PortfolioSummaryItem | Unset = UNSET
    totaldebitcardpendingcharges: None | PortfolioSummaryItem | Unset = UNSET
    totaldebitcardpendingcharges_c: None | PortfolioSummaryItem | Unset = UNSET
    totaldebitcardpendingcharges_s: None | PortfolioSummaryItem | Unset = UNSET
    tradingtype_s: None | PortfolioSummaryItem | Unset = UNSET
    whatifpmenabled: None | PortfolioSummaryItem | Unset = UNSET
    additional_properties: dict[str, PortfolioSummaryItem] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_summary_item import PortfolioSummaryItem  # noqa: PLC0415

        accountcode: dict[str, Any] | None | Unset
        if isinstance(self.accountcode, Unset):
            accountcode = UNSET
        elif isinstance(self.accountcode, PortfolioSummaryItem):
            accountcode = self.accountcode.to_dict()
        else:
            accountcode = self.accountcode

        accountready: dict[str, Any] | None | Unset
        if isinstance(self.accountready, Unset):
            accountready = UNSET
        elif isinstance(self.accountready, PortfolioSummaryItem):
            accountready = self.accountready.to_dict()
        else:
            accountready = self.accountready

        accounttype: dict[str, Any] | None | Unset
        if isinstance(self.accounttype, Unset):
            accounttype = UNSET
        elif isinstance(self.accounttype, PortfolioSummaryItem):
            accounttype = self.accounttype.to_dict()
        else:
            accounttype = self.accounttype

        accruedcash: dict[str, Any] | None | Unset
        if isinstance(self.accruedcash, Unset):
            accruedcash = UNSET
        elif isinstance(self.accruedcash, PortfolioSummaryItem):
            accruedcash = self.accruedcash.to_dict()
        else:
            accruedcash = self.accruedcash

        accruedcash_c: dict[str, Any] | None | Unset
        if isinstance(self.accruedcash_c, Unset):
            accruedcash_c = UNSET
        elif isinstance(self.accruedcash_c, PortfolioSummaryItem):
            accruedcash_c = self.accruedcash_c.to_dict()
        else:
            accruedcash_c = self.accruedcash_c

        accruedcash_s: dict[str, Any] | None | Unset
        if isinstance(self.accruedcash_s, Unset):
            accruedcash_s = UNSET
        elif isinstance(self.accruedcash_s, PortfolioSummaryItem):
            accruedcash_s = self.accruedcash_s.to_dict()
        else:
            accruedcash_s = self.accruedcash_s

        accrueddividend: dict[str, Any] | None | Unset
        if isinstance(self.accrueddividend, Unset):
            accrueddividend = UNSET
        elif isinstance(self.accrueddividend, PortfolioSummaryItem):
            accrueddividend = self.accrueddividend.to_dict()
        else:
            accrueddividend = self.accrueddividend

        accrueddividend_c: dict[str, Any] | None | Unset
        if isinstance(self.accrueddividend_c, Unset):
            accrueddividend_c = UNSET
        elif isinstance(self.accrueddividend_c, PortfolioSummaryItem):
            accrueddividend_c = self.accrueddividend_c.to_dict()
        else:
            accrueddividend_c = self.accrueddividend_c

        accrueddividend_s: dict[str, Any] | None | Unset
        if isinstance(self.accrueddividend_s, Unset):
            accrueddividend_s = UNSET
        elif isinstance(self.accrueddividend_s, PortfolioSummaryItem):
            accrueddividend_s = self.accrueddividend_s.to_dict()
        else:
            accrueddividend_s = self.accrueddividend_s

        availablefunds: dict[str, Any] | None | Unset
        if isinstance(self.availablefunds, Unset):
            availablefunds = UNSET
        elif isinstance(self.availablefunds, PortfolioSummaryItem):
            availablefunds = self.availablefunds.to_dict()
        else:
            availablefunds = self.availablefunds

        availablefunds_c: dict[str, Any] | None | Unset
        if isinstance(self.availablefunds_c, Unset):
            availablefunds_c = UNSET
        elif isinstance(self.availablefunds_c, PortfolioSummaryItem):
            availablefunds_c = self.availablefunds_c.to_dict()
        else:
            availablefunds_c = self.availablefunds_c

        availablefunds_s: dict[str, Any] | None | Unset
        if isinstance(self.availablefunds_s, Unset):
            availablefunds_s = UNSET
        elif isinstance(self.availablefunds_s, PortfolioSummaryItem):
            availablefunds_s = self.availablefunds_s.to_dict()
        else:
            availablefunds_s = self.availablefunds_s

        availabletotrade: dict[str, Any] | None | Unset
        if isinstance(self.availabletotrade, Unset):
            availabletotrade = UNSET
        elif isinstance(self.availabletotrade, PortfolioSummaryItem):
            availabletotrade = self.availabletotrade.to_dict()
        else:
            availabletotrade = self.availabletotrade

        availabletotrade_c: dict[str, Any] | None | Unset
        if isinstance(self.availabletotrade_c, Unset):
            availabletotrade_c = UNSET
        elif isinstance(self.availabletotrade_c, PortfolioSummaryItem):
            availabletotrade_c = self.availabletotrade_c.to_dict()
        else:
            availabletotrade_c = self.availabletotrade_c

        availabletotrade_s: dict[str, Any] | None | Unset
        if isinstance(self.availabletotrade_s, Unset):
            availabletotrade_s = UNSET
        elif isinstance(self.availabletotrade_s, PortfolioSummaryItem):
            availabletotrade_s = self.availabletotrade_s.to_dict()
        else:
            availabletotrade_s = self.availabletotrade_s

        availabletowithdraw: dict[str, Any] | None | Unset
        if isinstance(self.availabletowithdraw, Unset):
            availabletowithdraw = UNSET
        elif isinstance(self.availabletowithdraw, PortfolioSummaryItem):
            availabletowithdraw = self.availabletowithdraw.to_dict()
        else:
            availabletowithdraw = self.availabletowithdraw

        availabletowithdraw_c: dict[str, Any] | None | Unset
        if isinstance(self.availabletowithdraw_c, Unset):
            availabletowithdraw_c = UNSET
        elif isinstance(self.availabletowithdraw_c, PortfolioSummaryItem):
            availabletowithdraw_c = self.availabletowithdraw_c.to_dict()
        else:
            availabletowithdraw_c = self.availabletowithdraw_c

        availabletowithdraw_s: dict[str, Any] | None | Unset
        if isinstance(self.availabletowithdraw_s, Unset):
            availabletowithdraw_s = UNSET
        elif isinstance(self.availabletowithdraw_s, PortfolioSummaryItem):
            availabletowithdraw_s = self.availabletowithdraw_s.to_dict()
        else:
            availabletowithdraw_s = self.availabletowithdraw_s

        billable: dict[str, Any] | None | Unset
        if isinstance(self.billable, Unset):
            billable = UNSET
        elif isinstance(self.billable, PortfolioSummaryItem):
            billable = self.billable.to_dict()
        else:
            billable = self.billable

        billable_c: dict[str, Any] | None | Unset
        if isinstance(self.billable_c, Unset):
            billable_c = UNSET
        elif isinstance(self.billable_c, PortfolioSummaryItem):
            billable_c = self.billable_c.to_dict()
        else:
            billable_c = self.billable_c

        billable_s: dict[str, Any] | None | Unset
        if isinstance(self.billable_s, Unset):
            billable_s = UNSET
        elif isinstance(self.billable_s, PortfolioSummaryItem):
            billable_s = self.billable_s.to_dict()
        else:
            billable_s = self.billable_s

        buyingpower: dict[str, Any] | None | Unset
        if isinstance(self.buyingpower, Unset):
            buyingpower = UNSET
        elif isinstance(self.buyingpower, PortfolioSummaryItem):
            buyingpower = self.buyingpower.to_dict()
        else:
            buyingpower = self.buyingpower

        columnprio_c: dict[str, Any] | None | Unset
        if isinstance(self.columnprio_c, Unset):
            columnprio_c = UNSET
        elif isinstance(self.columnprio_c, PortfolioSummaryItem):
            columnprio_c = self.columnprio_c.to_dict()
        else:
            columnprio_c = self.columnprio_c

        columnprio_s: dict[str, Any] | None | Unset
        if isinstance(self.columnprio_s, Unset):
            columnprio_s = UNSET
        elif isinstance(self.columnprio_s, PortfolioSummaryItem):
            columnprio_s = self.columnprio_s.to_dict()
        else:
            columnprio_s = self.columnprio_s

        cushion: dict[str, Any] | None | Unset
        if isinstance(self.cushion, Unset):
            cushion = UNSET
        elif isinstance(self.cushion, PortfolioSummaryItem):
            cushion = self.cushion.to_dict()
        else:
            cushion = self.cushion

        daytradesremaining: dict[str, Any] | None | Unset
        if isinstance(self.daytradesremaining, Unset):
            daytradesremaining = UNSET
        elif isinstance(self.daytradesremaining, PortfolioSummaryItem):
            daytradesremaining = self.daytradesremaining.to_dict()
        else:
            daytradesremaining = self.daytradesremaining

        daytradesremainingt1: dict[str, Any] | None | Unset
        if isinstance(self.daytradesremainingt1, Unset):
            daytradesremainingt1 = UNSET
        elif isinstance(self.daytradesremainingt1, PortfolioSummaryItem):
            daytradesremainingt1 = self.daytradesremainingt1.to_dict()
        else:
            daytradesremainingt1 = self.daytradesremainingt1

        daytradesremainingt2: dict[str, Any] | None | Unset
        if isinstance(self.daytradesremainingt2, Unset):
            daytradesremainingt2 = UNSET
        elif isinstance(self.daytradesremainingt2, PortfolioSummaryItem):
            daytradesremainingt2 = self.daytradesremainingt2.to_dict()
        else:
            daytradesremainingt2 = self.daytradesremainingt2

        daytradesremainingt3: dict[str, Any] | None | Unset
        if isinstance(self.daytradesremainingt3, Unset):
            daytradesremainingt3 = UNSET
        elif isinstance(self.daytradesremainingt3, PortfolioSummaryItem):
            daytradesremainingt3 = self.daytradesremainingt3.to_dict()
        else:
            daytradesremainingt3 = self.daytradesremainingt3

        daytradesremainingt4: dict[str, Any] | None | Unset
        if isinstance(self.daytradesremainingt4, Unset):
            daytradesremainingt4 = UNSET
        elif isinstance(self.daytradesremainingt4, PortfolioSummaryItem):
            daytradesremainingt4 = self.daytradesremainingt4.to_dict()
        else:
            daytradesremainingt4 = self.daytradesremainingt4

        daytradingstatus_s: dict[str, Any] | None | Unset
        if isinstance(self.daytradingstatus_s, Unset):
            daytradingstatus_s = UNSET
        elif isinstance(self.daytradingstatus_s, PortfolioSummaryItem):
            daytradingstatus_s = self.daytradingstatus_s.to_dict()
        else:
            daytradingstatus_s = self.daytradingstatus_s

        depositoncredithold: dict[str, Any] | None | Unset
        if isinstance(self.depositoncredithold, Unset):
            depositoncredithold = UNSET
        elif isinstance(self.depositoncredithold, PortfolioSummaryItem):
            depositoncredithold = self.depositoncredithold.to_dict()
        else:
            depositoncredithold = self.depositoncredithold

        equitywithloanvalue: dict[str, Any] | None | Unset
        if isinstance(self.equitywithloanvalue, Unset):
            equitywithloanvalue = UNSET
        elif isinstance(self.equitywithloanvalue, PortfolioSummaryItem):
            equitywithloanvalue = self.equitywithloanvalue.to_dict()
        else:
            equitywithloanvalue = self.equitywithloanvalue

        equitywithloanvalue_c: dict[str, Any] | None | Unset
        if isinstance(self.equitywithloanvalue_c, Unset):
            equitywithloanvalue_c = UNSET
        elif isinstance(self.equitywithloanvalue_c, PortfolioSummaryItem):
            equitywithloanvalue_c = self.equitywithloanvalue_c.to_dict()
        else:
            equitywithloanvalue_c = self.equitywithloanvalue_c

        equitywithloanvalue_s: dict[str, Any] | None | Unset
        if isinstance(self.equitywithloanvalue_s, Unset):
            equitywithloanvalue_s = UNSET
        elif isinstance(self.equitywithloanvalue_s, PortfolioSummaryItem):
            equitywithloanvalue_s = self.equitywithloanvalue_s.to_dict()
        else:
            equitywithloanvalue_s = self.equitywithloanvalue_s

        excessliquidity: dict[str, Any] | None | Unset
        if isinstance(self.excessliquidity, Unset):
            excessliquidity = UNSET
        elif isinstance(self.excessliquidity, PortfolioSummaryItem):
            excessliquidity = self.excessliquidity.to_dict()
        else:
            excessliquidity = self.excessliquidity

        excessliquidity_c: dict[str, Any] | None | Unset
        if isinstance(self.excessliquidity_c, Unset):
            excessliquidity_c = UNSET
        elif isinstance(self.excessliquidity_c, PortfolioSummaryItem):
            excessliquidity_c = self.excessliquidity_c.to_dict()
        else:
            excessliquidity_c = self.excessliquidity_c

        excessliquidity_s: dict[str, Any] | None | Unset
        if isinstance(self.excessliquidity_s, Unset):
            excessliquidity_s = UNSET
        elif isinstance(self.excessliquidity_s, PortfolioSummaryItem):
            excessliquidity_s = self.excessliquidity_s.to_dict()
        else:
            excessliquidity_s = self.excessliquidity_s

        fullavailablefunds: dict[str, Any] | None | Unset
        if isinstance(self.fullavailablefunds, Unset):
            fullavailablefunds = UNSET
        elif isinstance(self.fullavailablefunds, PortfolioSummaryItem):
            fullavailablefunds = self.fullavailablefunds.to_dict()
        else:
            fullavailablefunds = self.fullavailablefunds

        fullavailablefunds_c: dict[str, Any] | None | Unset
        if isinstance(self.fullavailablefunds_c, Unset):
            fullavailablefunds_c = UNSET
        elif isinstance(self.fullavailablefunds_c, PortfolioSummaryItem):
            fullavailablefunds_c = self.fullavailablefunds_c.to_dict()
        else:
            fullavailablefunds_c = self.fullavailablefunds_c

        fullavailablefunds_s: dict[str, Any] | None | Unset
        if isinstance(self.fullavailablefunds_s, Unset):
            fullavailablefunds_s = UNSET
        elif isinstance(self.fullavailablefunds_s, PortfolioSummaryItem):
            fullavailablefunds_s = self.fullavailablefunds_s.to_dict()
        else:
            fullavailablefunds_s = self.fullavailablefunds_s

        fullexcessliquidity: dict[str, Any] | None | Unset
        if isinstance(self.fullexcessliquidity, Unset):
            fullexcessliquidity = UNSET
        elif isinstance(self.fullexcessliquidity, PortfolioSummaryItem):
            fullexcessliquidity = self.fullexcessliquidity.to_dict()
        else:
            fullexcessliquidity = self.fullexcessliquidity

        fullexcessliquidity_c: dict[str, Any] | None | Unset
        if isinstance(self.fullexcessliquidity_c, Unset):
            fullexcessliquidity_c = UNSET
        elif isinstance(self.fullexcessliquidity_c, PortfolioSummaryItem):
            fullexcessliquidity_c = self.fullexcessliquidity_c.to_dict()
        else:
            fullexcessliquidity_c = self.fullexcessliquidity_c

        fullexcessliquidity_s: dict[str, Any] | None | Unset
        if isinstance(self.fullexcessliquidity_s, Unset):
            fullexcessliquidity_s = UNSET
        elif isinstance(self.fullexcessliquidity_s, PortfolioSummaryItem):
            fullexcessliquidity_s = self.fullexcessliquidity_s.to_dict()
        else:
            fullexcessliquidity_s = self.fullexcessliquidity_s

        fullinitmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.fullinitmarginreq, Unset):
            fullinitmarginreq = UNSET
        elif isinstance(self.fullinitmarginreq, PortfolioSummaryItem):
            fullinitmarginreq = self.fullinitmarginreq.to_dict()
        else:
            fullinitmarginreq = self.fullinitmarginreq

        fullinitmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.fullinitmarginreq_c, Unset):
            fullinitmarginreq_c = UNSET
        elif isinstance(self.fullinitmarginreq_c, PortfolioSummaryItem):
            fullinitmarginreq_c = self.fullinitmarginreq_c.to_dict()
        else:
            fullinitmarginreq_c = self.fullinitmarginreq_c

        fullinitmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.fullinitmarginreq_s, Unset):
            fullinitmarginreq_s = UNSET
        elif isinstance(self.fullinitmarginreq_s, PortfolioSummaryItem):
            fullinitmarginreq_s = self.fullinitmarginreq_s.to_dict()
        else:
            fullinitmarginreq_s = self.fullinitmarginreq_s

        fullmaintmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.fullmaintmarginreq, Unset):
            fullmaintmarginreq = UNSET
        elif isinstance(self.fullmaintmarginreq, PortfolioSummaryItem):
            fullmaintmarginreq = self.fullmaintmarginreq.to_dict()
        else:
            fullmaintmarginreq = self.fullmaintmarginreq

        fullmaintmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.fullmaintmarginreq_c, Unset):
            fullmaintmarginreq_c = UNSET
        elif isinstance(self.fullmaintmarginreq_c, PortfolioSummaryItem):
            fullmaintmarginreq_c = self.fullmaintmarginreq_c.to_dict()
        else:
            fullmaintmarginreq_c = self.fullmaintmarginreq_c

        fullmaintmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.fullmaintmarginreq_s, Unset):
            fullmaintmarginreq_s = UNSET
        elif isinstance(self.fullmaintmarginreq_s, PortfolioSummaryItem):
            fullmaintmarginreq_s = self.fullmaintmarginreq_s.to_dict()
        else:
            fullmaintmarginreq_s = self.fullmaintmarginreq_s

        grosspositionvalue: dict[str, Any] | None | Unset
        if isinstance(self.grosspositionvalue, Unset):
            grosspositionvalue = UNSET
        elif isinstance(self.grosspositionvalue, PortfolioSummaryItem):
            grosspositionvalue = self.grosspositionvalue.to_dict()
        else:
            grosspositionvalue = self.grosspositionvalue

        grosspositionvalue_s: dict[str, Any] | None | Unset
        if isinstance(self.grosspositionvalue_s, Unset):
            grosspositionvalue_s = UNSET
        elif isinstance(self.grosspositionvalue_s, PortfolioSummaryItem):
            grosspositionvalue_s = self.grosspositionvalue_s.to_dict()
        else:
            grosspositionvalue_s = self.grosspositionvalue_s

        guarantee: dict[str, Any] | None | Unset
        if isinstance(self.guarantee, Unset):
            guarantee = UNSET
        elif isinstance(self.guarantee, PortfolioSummaryItem):
            guarantee = self.guarantee.to_dict()
        else:
            guarantee = self.guarantee

        guarantee_c: dict[str, Any] | None | Unset
        if isinstance(self.guarantee_c, Unset):
            guarantee_c = UNSET
        elif isinstance(self.guarantee_c, PortfolioSummaryItem):
            guarantee_c = self.guarantee_c.to_dict()
        else:
            guarantee_c = self.guarantee_c

        guarantee_s: dict[str, Any] | None | Unset
        if isinstance(self.guarantee_s, Unset):
            guarantee_s = UNSET
        elif isinstance(self.guarantee_s, PortfolioSummaryItem):
            guarantee_s = self.guarantee_s.to_dict()
        else:
            guarantee_s = self.guarantee_s

        highestseverity: dict[str, Any] | None | Unset
        if isinstance(self.highestseverity, Unset):
            highestseverity = UNSET
        elif isinstance(self.highestseverity, PortfolioSummaryItem):
            highestseverity = self.highestseverity.to_dict()
        else:
            highestseverity = self.highestseverity

        indianstockhaircut: dict[str, Any] | None | Unset
        if isinstance(self.indianstockhaircut, Unset):
            indianstockhaircut = UNSET
        elif isinstance(self.indianstockhaircut, PortfolioSummaryItem):
            indianstockhaircut = self.indianstockhaircut.to_dict()
        else:
            indianstockhaircut = self.indianstockhaircut

        indianstockhaircut_c: dict[str, Any] | None | Unset
        if isinstance(self.indianstockhaircut_c, Unset):
            indianstockhaircut_c = UNSET
        elif isinstance(self.indianstockhaircut_c, PortfolioSummaryItem):
            indianstockhaircut_c = self.indianstockhaircut_c.to_dict()
        else:
            indianstockhaircut_c = self.indianstockhaircut_c

        indianstockhaircut_s: dict[str, Any] | None | Unset
        if isinstance(self.indianstockhaircut_s, Unset):
            indianstockhaircut_s = UNSET
        elif isinstance(self.indianstockhaircut_s, PortfolioSummaryItem):
            indianstockhaircut_s = self.indianstockhaircut_s.to_dict()
        else:
            indianstockhaircut_s = self.indianstockhaircut_s

        initmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.initmarginreq, Unset):
            initmarginreq = UNSET
        elif isinstance(self.initmarginreq, PortfolioSummaryItem):
            initmarginreq = self.initmarginreq.to_dict()
        else:
            initmarginreq = self.initmarginreq

        initmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.initmarginreq_c, Unset):
            initmarginreq_c = UNSET
        elif isinstance(self.initmarginreq_c, PortfolioSummaryItem):
            initmarginreq_c = self.initmarginreq_c.to_dict()
        else:
            initmarginreq_c = self.initmarginreq_c

        initmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.initmarginreq_s, Unset):
            initmarginreq_s = UNSET
        elif isinstance(self.initmarginreq_s, PortfolioSummaryItem):
            initmarginreq_s = self.initmarginreq_s.to_dict()
        else:
            initmarginreq_s = self.initmarginreq_s

        leverage_s: dict[str, Any] | None | Unset
        if isinstance(self.leverage_s, Unset):
            leverage_s = UNSET
        elif isinstance(self.leverage_s, PortfolioSummaryItem):
            leverage_s = self.leverage_s.to_dict()
        else:
            leverage_s = self.leverage_s

        lookaheadavailablefunds: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadavailablefunds, Unset):
            lookaheadavailablefunds = UNSET
        elif isinstance(self.lookaheadavailablefunds, PortfolioSummaryItem):
            lookaheadavailablefunds = self.lookaheadavailablefunds.to_dict()
        else:
            lookaheadavailablefunds = self.lookaheadavailablefunds

        lookaheadavailablefunds_c: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadavailablefunds_c, Unset):
            lookaheadavailablefunds_c = UNSET
        elif isinstance(self.lookaheadavailablefunds_c, PortfolioSummaryItem):
            lookaheadavailablefunds_c = self.lookaheadavailablefunds_c.to_dict()
        else:
            lookaheadavailablefunds_c = self.lookaheadavailablefunds_c

        lookaheadavailablefunds_s: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadavailablefunds_s, Unset):
            lookaheadavailablefunds_s = UNSET
        elif isinstance(self.lookaheadavailablefunds_s, PortfolioSummaryItem):
            lookaheadavailablefunds_s = self.lookaheadavailablefunds_s.to_dict()
        else:
            lookaheadavailablefunds_s = self.lookaheadavailablefunds_s

        lookaheadexcessliquidity: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadexcessliquidity, Unset):
            lookaheadexcessliquidity = UNSET
        elif isinstance(self.lookaheadexcessliquidity, PortfolioSummaryItem):
            lookaheadexcessliquidity = self.lookaheadexcessliquidity.to_dict()
        else:
            lookaheadexcessliquidity = self.lookaheadexcessliquidity

        lookaheadexcessliquidity_c: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadexcessliquidity_c, Unset):
            lookaheadexcessliquidity_c = UNSET
        elif isinstance(self.lookaheadexcessliquidity_c, PortfolioSummaryItem):
            lookaheadexcessliquidity_c = self.lookaheadexcessliquidity_c.to_dict()
        else:
            lookaheadexcessliquidity_c = self.lookaheadexcessliquidity_c

        lookaheadexcessliquidity_s: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadexcessliquidity_s, Unset):
            lookaheadexcessliquidity_s = UNSET
        elif isinstance(self.lookaheadexcessliquidity_s, PortfolioSummaryItem):
            lookaheadexcessliquidity_s = self.lookaheadexcessliquidity_s.to_dict()
        else:
            lookaheadexcessliquidity_s = self.lookaheadexcessliquidity_s

        lookaheadinitmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadinitmarginreq, Unset):
            lookaheadinitmarginreq = UNSET
        elif isinstance(self.lookaheadinitmarginreq, PortfolioSummaryItem):
            lookaheadinitmarginreq = self.lookaheadinitmarginreq.to_dict()
        else:
            lookaheadinitmarginreq = self.lookaheadinitmarginreq

        lookaheadinitmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadinitmarginreq_c, Unset):
            lookaheadinitmarginreq_c = UNSET
        elif isinstance(self.lookaheadinitmarginreq_c, PortfolioSummaryItem):
            lookaheadinitmarginreq_c = self.lookaheadinitmarginreq_c.to_dict()
        else:
            lookaheadinitmarginreq_c = self.lookaheadinitmarginreq_c

        lookaheadinitmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadinitmarginreq_s, Unset):
            lookaheadinitmarginreq_s = UNSET
        elif isinstance(self.lookaheadinitmarginreq_s, PortfolioSummaryItem):
            lookaheadinitmarginreq_s = self.lookaheadinitmarginreq_s.to_dict()
        else:
            lookaheadinitmarginreq_s = self.lookaheadinitmarginreq_s

        lookaheadmaintmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadmaintmarginreq, Unset):
            lookaheadmaintmarginreq = UNSET
        elif isinstance(self.lookaheadmaintmarginreq, PortfolioSummaryItem):
            lookaheadmaintmarginreq = self.lookaheadmaintmarginreq.to_dict()
        else:
            lookaheadmaintmarginreq = self.lookaheadmaintmarginreq

        lookaheadmaintmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadmaintmarginreq_c, Unset):
            lookaheadmaintmarginreq_c = UNSET
        elif isinstance(self.lookaheadmaintmarginreq_c, PortfolioSummaryItem):
            lookaheadmaintmarginreq_c = self.lookaheadmaintmarginreq_c.to_dict()
        else:
            lookaheadmaintmarginreq_c = self.lookaheadmaintmarginreq_c

        lookaheadmaintmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadmaintmarginreq_s, Unset):
            lookaheadmaintmarginreq_s = UNSET
        elif isinstance(self.lookaheadmaintmarginreq_s, PortfolioSummaryItem):
            lookaheadmaintmarginreq_s = self.lookaheadmaintmarginreq_s.to_dict()
        else:
            lookaheadmaintmarginreq_s = self.lookaheadmaintmarginreq_s

        lookaheadnextchange: dict[str, Any] | None | Unset
        if isinstance(self.lookaheadnextchange, Unset):
            lookaheadnextchange = UNSET
        elif isinstance(self.lookaheadnextchange, PortfolioSummaryItem):
            lookaheadnextchange = self.lookaheadnextchange.to_dict()
        else:
            lookaheadnextchange = self.lookaheadnextchange

        maintmarginreq: dict[str, Any] | None | Unset
        if isinstance(self.maintmarginreq, Unset):
            maintmarginreq = UNSET
        elif isinstance(self.maintmarginreq, PortfolioSummaryItem):
            maintmarginreq = self.maintmarginreq.to_dict()
        else:
            maintmarginreq = self.maintmarginreq

        maintmarginreq_c: dict[str, Any] | None | Unset
        if isinstance(self.maintmarginreq_c, Unset):
            maintmarginreq_c = UNSET
        elif isinstance(self.maintmarginreq_c, PortfolioSummaryItem):
            maintmarginreq_c = self.maintmarginreq_c.to_dict()
        else:
            maintmarginreq_c = self.maintmarginreq_c

        maintmarginreq_s: dict[str, Any] | None | Unset
        if isinstance(self.maintmarginreq_s, Unset):
            maintmarginreq_s = UNSET
        elif isinstance(self.maintmarginreq_s, PortfolioSummaryItem):
            maintmarginreq_s = self.maintmarginreq_s.to_dict()
        else:
            maintmarginreq_s = self.maintmarginreq_s

        netliquidation: dict[str, Any] | None | Unset
        if isinstance(self.netliquidation, Unset):
            netliquidation = UNSET
        elif isinstance(self.netliquidation, PortfolioSummaryItem):
            netliquidation = self.netliquidation.to_dict()
        else:
            netliquidation = self.netliquidation

        netliquidation_c: dict[str, Any] | None | Unset
        if isinstance(self.netliquidation_c, Unset):
            netliquidation_c = UNSET
        elif isinstance(self.netliquidation_c, PortfolioSummaryItem):
            netliquidation_c = self.netliquidation_c.to_dict()
        else:
            netliquidation_c = self.netliquidation_c

        netliquidation_s: dict[str, Any] | None | Unset
        if isinstance(self.netliquidation_s, Unset):
            netliquidation_s = UNSET
        elif isinstance(self.netliquidation_s, PortfolioSummaryItem):
            netliquidation_s = self.netliquidation_s.to_dict()
        else:
            netliquidation_s = self.netliquidation_s

        netliquidationuncertainty: dict[str, Any] | None | Unset
        if isinstance(self.netliquidationuncertainty, Unset):
            netliquidationuncertainty = UNSET
        elif isinstance(self.netliquidationuncertainty, PortfolioSummaryItem):
            netliquidationuncertainty = self.netliquidationuncertainty.to_dict()
        else:
            netliquidationuncertainty = self.netliquidationuncertainty

        nlvandmargininreview: dict[str, Any] | None | Unset
        if isinstance(self.nlvandmargininreview, Unset):
            nlvandmargininreview = UNSET
        elif isinstance(self.nlvandmargininreview, PortfolioSummaryItem):
            nlvandmargininreview = self.nlvandmargininreview.to_dict()
        else:
            nlvandmargininreview = self.nlvandmargininreview

        pasharesvalue: dict[str, Any] | None | Unset
        if isinstance(self.pasharesvalue, Unset):
            pasharesvalue = UNSET
        elif isinstance(self.pasharesvalue, PortfolioSummaryItem):
            pasharesvalue = self.pasharesvalue.to_dict()
        else:
            pasharesvalue = self.pasharesvalue

        pasharesvalue_c: dict[str, Any] | None | Unset
        if isinstance(self.pasharesvalue_c, Unset):
            pasharesvalue_c = UNSET
        elif isinstance(self.pasharesvalue_c, PortfolioSummaryItem):
            pasharesvalue_c = self.pasharesvalue_c.to_dict()
        else:
            pasharesvalue_c = self.pasharesvalue_c

        pasharesvalue_s: dict[str, Any] | None | Unset
        if isinstance(self.pasharesvalue_s, Unset):
            pasharesvalue_s = UNSET
        elif isinstance(self.pasharesvalue_s, PortfolioSummaryItem):
            pasharesvalue_s = self.pasharesvalue_s.to_dict()
        else:
            pasharesvalue_s = self.pasharesvalue_s

        physicalcertificatevalue: dict[str, Any] | None | Unset
        if isinstance(self.physicalcertificatevalue, Unset):
            physicalcertificatevalue = UNSET
        elif isinstance(self.physicalcertificatevalue, PortfolioSummaryItem):
            physicalcertificatevalue = self.physicalcertificatevalue.to_dict()
        else:
            physicalcertificatevalue = self.physicalcertificatevalue

        physicalcertificatevalue_c: dict[str, Any] | None | Unset
        if isinstance(self.physicalcertificatevalue_c, Unset):
            physicalcertificatevalue_c = UNSET
        elif isinstance(self.physicalcertificatevalue_c, PortfolioSummaryItem):
            physicalcertificatevalue_c = self.physicalcertificatevalue_c.to_dict()
        else:
            physicalcertificatevalue_c = self.physicalcertificatevalue_c

        physicalcertificatevalue_s: dict[str, Any] | None | Unset
        if isinstance(self.physicalcertificatevalue_s, Unset):
            physicalcertificatevalue_s = UNSET
        elif isinstance(self.physicalcertificatevalue_s, PortfolioSummaryItem):
            physicalcertificatevalue_s = self.physicalcertificatevalue_s.to_dict()
        else:
            physicalcertificatevalue_s = self.physicalcertificatevalue_s

        postexpirationexcess: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationexcess, Unset):
            postexpirationexcess = UNSET
        elif isinstance(self.postexpirationexcess, PortfolioSummaryItem):
            postexpirationexcess = self.postexpirationexcess.to_dict()
        else:
            postexpirationexcess = self.postexpirationexcess

        postexpirationexcess_c: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationexcess_c, Unset):
            postexpirationexcess_c = UNSET
        elif isinstance(self.postexpirationexcess_c, PortfolioSummaryItem):
            postexpirationexcess_c = self.postexpirationexcess_c.to_dict()
        else:
            postexpirationexcess_c = self.postexpirationexcess_c

        postexpirationexcess_s: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationexcess_s, Unset):
            postexpirationexcess_s = UNSET
        elif isinstance(self.postexpirationexcess_s, PortfolioSummaryItem):
            postexpirationexcess_s = self.postexpirationexcess_s.to_dict()
        else:
            postexpirationexcess_s = self.postexpirationexcess_s

        postexpirationmargin: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationmargin, Unset):
            postexpirationmargin = UNSET
        elif isinstance(self.postexpirationmargin, PortfolioSummaryItem):
            postexpirationmargin = self.postexpirationmargin.to_dict()
        else:
            postexpirationmargin = self.postexpirationmargin

        postexpirationmargin_c: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationmargin_c, Unset):
            postexpirationmargin_c = UNSET
        elif isinstance(self.postexpirationmargin_c, PortfolioSummaryItem):
            postexpirationmargin_c = self.postexpirationmargin_c.to_dict()
        else:
            postexpirationmargin_c = self.postexpirationmargin_c

        postexpirationmargin_s: dict[str, Any] | None | Unset
        if isinstance(self.postexpirationmargin_s, Unset):
            postexpirationmargin_s = UNSET
        elif isinstance(self.postexpirationmargin_s, PortfolioSummaryItem):
            postexpirationmargin_s = self.postexpirationmargin_s.to_dict()
        else:
            postexpirationmargin_s = self.postexpirationmargin_s

        previousdayequitywithloanvalue: dict[str, Any] | None | Unset
        if isinstance(self.previousdayequitywithloanvalue, Unset):
            previousdayequitywithloanvalue = UNSET
        elif isinstance(self.previousdayequitywithloanvalue, PortfolioSummaryItem):
            previousdayequitywithloanvalue = (
                self.previousdayequitywithloanvalue.to_dict()
            )
        else:
            previousdayequitywithloanvalue = self.previousdayequitywithloanvalue

        previousdayequitywithloanvalue_s: dict[str, Any] | None | Unset
        if isinstance(self.previousdayequitywithloanvalue_s, Unset):
            previousdayequitywithloanvalue_s = UNSET
        elif isinstance(self.previousdayequitywithloanvalue_s, PortfolioSummaryItem):
            previousdayequitywithloanvalue_s = (
                self.previousdayequitywithloanvalue_s.to_dict()
            )
        else:
            previousdayequitywithloanvalue_s = self.previousdayequitywithloanvalue_s

        regtequity: dict[str, Any] | None | Unset
        if isinstance(self.regtequity, Unset):
            regtequity = UNSET
        elif isinstance(self.regtequity, PortfolioSummaryItem):
            regtequity = self.regtequity.to_dict()
        else:
            regtequity = self.regtequity

        regtequity_s: dict[str, Any] | None | Unset
        if isinstance(self.regtequity_s, Unset):
            regtequity_s = UNSET
        elif isinstance(self.regtequity_s, PortfolioSummaryItem):
            regtequity_s = self.regtequity_s.to_dict()
        else:
            regtequity_s = self.regtequity_s

        regtmargin: dict[str, Any] | None | Unset
        if isinstance(self.regtmargin, Unset):
            regtmargin = UNSET
        elif isinstance(self.regtmargin, PortfolioSummaryItem):
            regtmargin = self.regtmargin.to_dict()
        else:
            regtmargin = self.regtmargin

        regtmargin_s: dict[str, Any] | None | Unset
        if isinstance(self.regtmargin_s, Unset):
            regtmargin_s = UNSET
        elif isinstance(self.regtmargin_s, PortfolioSummaryItem):
            regtmargin_s = self.regtmargin_s.to_dict()
        else:
            regtmargin_s = self.regtmargin_s

        segmenttitle_c: dict[str, Any] | None | Unset
        if isinstance(self.segmenttitle_c, Unset):
            segmenttitle_c = UNSET
        elif isinstance(self.segmenttitle_c, PortfolioSummaryItem):
            segmenttitle_c = self.segmenttitle_c.to_dict()
        else:
            segmenttitle_c = self.segmenttitle_c

        segmenttitle_s: dict[str, Any] | None | Unset
        if isinstance(self.segmenttitle_s, Unset):
            segmenttitle_s = UNSET
        elif isinstance(self.segmenttitle_s, PortfolioSummaryItem):
            segmenttitle_s = self.segmenttitle_s.to_dict()
        else:
            segmenttitle_s = self.segmenttitle_s

        sma: dict[str, Any] | None | Unset
        if isinstance(self.sma, Unset):
            sma = UNSET
        elif isinstance(self.sma, PortfolioSummaryItem):
            sma = self.sma.to_dict()
        else:
            sma = self.sma

        sma_s: dict[str, Any] | None | Unset
        if isinstance(self.sma_s, Unset):
            sma_s = UNSET
        elif isinstance(self.sma_s, PortfolioSummaryItem):
            sma_s = self.sma_s.to_dict()
        else:
            sma_s = self.sma_s

        totalcashvalue: dict[str, Any] | None | Unset
        if isinstance(self.totalcashvalue, Unset):
            totalcashvalue = UNSET
        elif isinstance(self.totalcashvalue, PortfolioSummaryItem):
            totalcashvalue = self.totalcashvalue.to_dict()
        else:
            totalcashvalue = self.totalcashvalue

        totalcashvalue_c: dict[str, Any] | None | Unset
        if isinstance(self.totalcashvalue_c, Unset):
            totalcashvalue_c = UNSET
        elif isinstance(self.totalcashvalue_c, PortfolioSummaryItem):
            totalcashvalue_c = self.totalcashvalue_c.to_dict()
        else:
            totalcashvalue_c = self.totalcashvalue_c

        totalcashvalue_s: dict[str, Any] | None | Unset
        if isinstance(self.totalcashvalue_s, Unset):
            totalcashvalue_s = UNSET
        elif isinstance(self.totalcashvalue_s, PortfolioSummaryItem):
            totalcashvalue_s = self.totalcashvalue_s.to_dict()
        else:
            totalcashvalue_s = self.totalcashvalue_s

        totaldebitcardpendingcharges: dict[str, Any] | None | Unset
        if isinstance(self.totaldebitcardpendingcharges, Unset):
            totaldebitcardpendingcharges = UNSET
        elif isinstance(self.totaldebitcardpendingcharges, PortfolioSummaryItem):
            totaldebitcardpendingcharges = self.totaldebitcardpendingcharges.to_dict()
        else:
            totaldebitcardpendingcharges = self.totaldebitcardpendingcharges

        totaldebitcardpendingcharges_c: dict[str, Any] | None | Unset
        if isinstance(self.totaldebitcardpendingcharges_c, Unset):
            totaldebitcardpendingcharges_c = UNSET
        elif isinstance(self.totaldebitcardpendingcharges_c, PortfolioSummaryItem):
            totaldebitcardpendingcharges_c = (
                self.totaldebitcardpendingcharges_c.to_dict()
            )
        else:
            totaldebitcardpendingcharges_c = self.totaldebitcardpendingcharges_c

        totaldebitcardpendingcharges_s: dict[str, Any] | None | Unset
        if isinstance(self.totaldebitcardpendingcharges_s, Unset):
            totaldebitcardpendingcharges_s = UNSET
        elif isinstance(self.totaldebitcardpendingcharges_s, PortfolioSummaryItem):
            totaldebitcardpendingcharges_s = (
                self.totaldebitcardpendingcharges_s.to_dict()
            )
        else:
            totaldebitcardpendingcharges_s = self.totaldebitcardpendingcharges_s

        tradingtype_s: dict[str, Any] | None | Unset
        if isinstance(self.tradingtype_s, Unset):
            tradingtype_s = UNSET
        elif isinstance(self.tradingtype_s, PortfolioSummaryItem):
            tradingtype_s = self.tradingtype_s.to_dict()
        else:
            tradingtype_s = self.tradingtype_s

        whatifpmenabled: dict[str, Any] | None | Unset
        if isinstance(self.whatifpmenabled, Unset):
            whatifpmenabled = UNSET
        elif isinstance(self.whatifpmenabled, PortfolioSummaryItem):
            whatifpmenabled = self.whatifpmenabled.to_dict()
        else:
            whatifpmenabled = self.whatifpmenabled

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if accountcode is not UNSET:
            field_dict["accountcode"] = accountcode
        if accountready is not UNSET:
            field_dict["accountready"] = accountready
        if accounttype is not UNSET:
            field_dict["accounttype"] = accounttype
        if accruedcash is not UNSET:
            field_dict["accruedcash"] = accruedcash
        if accruedcash_c is not UNSET:
            field_dict["accruedcash-c"] = accruedcash_c
        if accruedcash_s is not UNSET:
            field_dict["accruedcash-s"] = accruedcash_s
        if accrueddividend is not UNSET:
            field_dict["accrueddividend"] = accrueddividend
        if accrueddividend_c is not UNSET:
            field_dict["accrueddividend-c"] = accrueddividend_c
        if accrueddividend_s is not UNSET:
            field_dict["accrueddividend-s"] = accrueddividend_s
        if availablefunds is not UNSET:
            field_dict["availablefunds"] = availablefunds
        if availablefunds_c is not UNSET:
            field_dict["availablefunds-c"] = availablefunds_c
        if availablefunds_s is not UNSET:
            field_dict["availablefunds-s"] = availablefunds_s
        if availabletotrade is not UNSET:
            field_dict["availabletotrade"] = availabletotrade
        if availabletotrade_c is not UNSET:
            field_dict["availabletotrade-c"] = availabletotrade_c
        if availabletotrade_s is not UNSET:
            field_dict["availabletotrade-s"] = availabletotrade_s
        if availabletowithdraw is not UNSET:
            field_dict["availabletowithdraw"] = availabletowithdraw
        if availabletowithdraw_c is not UNSET:
            field_dict["availabletowithdraw-c"] = availabletowithdraw_c
        if availabletowithdraw_s is not UNSET:
            field_dict["availabletowithdraw-s"] = availabletowithdraw_s
        if billable is not UNSET:
            field_dict["billable"] = billable
        if billable_c is not UNSET:
            field_dict["billable-c"] = billable_c
        if billable_s is not UNSET:
            field_dict["billable-s"] = billable_s
        if buyingpower is not UNSET:
            field_dict["buyingpower"] = buyingpower
        if columnprio_c is not UNSET:
            field_dict["columnprio-c"] = columnprio_c
        if columnprio_s is not UNSET:
            field_dict["columnprio-s"] = columnprio_s
        if cushion is not UNSET:
            field_dict["cushion"] = cushion
        if daytradesremaining is not UNSET:
            field_dict["daytradesremaining"] = daytradesremaining
        if daytradesremainingt1 is not UNSET:
            field_dict["daytradesremainingt+1"] = daytradesremainingt1
        if daytradesremainingt2 is not UNSET:
            field_dict["daytradesremainingt+2"] = daytradesremainingt2
        if daytradesremainingt3 is not UNSET:
            field_dict["daytradesremainingt+3"] = daytradesremainingt3
        if daytradesremainingt4 is not UNSET:
            field_dict["daytradesremainingt+4"] = daytradesremainingt4
        if daytradingstatus_s is not UNSET:
            field_dict["daytradingstatus-s"] = daytradingstatus_s
        if depositoncredithold is not UNSET:
            field_dict["depositoncredithold"] = depositoncredithold
        if equitywithloanvalue is not UNSET:
            field_dict["equitywithloanvalue"] = equitywithloanvalue
        if equitywithloanvalue_c is not UNSET:
            field_dict["equitywithloanvalue-c"] = equitywithloanvalue_c
        if equitywithloanvalue_s is not UNSET:
            field_dict["equitywithloanvalue-s"] = equitywithloanvalue_s
        if excessliquidity is not UNSET:
            field_dict["excessliquidity"] = excessliquidity
        if excessliquidity_c is not UNSET:
            field_dict["excessliquidity-c"] = excessliquidity_c
        if excessliquidity_s is not UNSET:
            field_dict["excessliquidity-s"] = excessliquidity_s
        if fullavailablefunds is not UNSET:
            field_dict["fullavailablefunds"] = fullavailablefunds
        if fullavailablefunds_c is not UNSET:
            field_dict["fullavailablefunds-c"] = fullavailablefunds_c
        if fullavailablefunds_s is not UNSET:
            field_dict["fullavailablefunds-s"] = fullavailablefunds_s
        if fullexcessliquidity is not UNSET:
            field_dict["fullexcessliquidity"] = fullexcessliquidity
        if fullexcessliquidity_c is not UNSET:
            field_dict["fullexcessliquidity-c"] = fullexcessliquidity_c
        if fullexcessliquidity_s is not UNSET:
            field_dict["fullexcessliquidity-s"] = fullexcessliquidity_s
        if fullinitmarginreq is not UNSET:
            field_dict["fullinitmarginreq"] = fullinitmarginreq
        if fullinitmarginreq_c is not UNSET:
            field_dict["fullinitmarginreq-c"] = fullinitmarginreq_c
        if fullinitmarginreq_s is not UNSET:
            field_dict["fullinitmarginreq-s"] = fullinitmarginreq_s
        if fullmaintmarginreq is not UNSET:
            field_dict["fullmaintmarginreq"] = fullmaintmarginreq
        if fullmaintmarginreq_c is not UNSET:
            field_dict["fullmaintmarginreq-c"] = fullmaintmarginreq_c
        if fullmaintmarginreq_s is not UNSET:
            field_dict["fullmaintmarginreq-s"] = fullmaintmarginreq_s
        if grosspositionvalue is not UNSET:
            field_dict["grosspositionvalue"] = grosspositionvalue
        if grosspositionvalue_s is not UNSET:
            field_dict["grosspositionvalue-s"] = grosspositionvalue_s
        if guarantee is not UNSET:
            field_dict["guarantee"] = guarantee
        if guarantee_c is not UNSET:
            field_dict["guarantee-c"] = guarantee_c
        if guarantee_s is not UNSET:
            field_dict["guarantee-s"] = guarantee_s
        if highestseverity is not UNSET:
            field_dict["highestseverity"] = highestseverity
        if indianstockhaircut is not UNSET:
            field_dict["indianstockhaircut"] = indianstockhaircut
        if indianstockhaircut_c is not UNSET:
            field_dict["indianstockhaircut-c"] = indianstockhaircut_c
        if indianstockhaircut_s is not UNSET:
            field_dict["indianstockhaircut-s"] = indianstockhaircut_s
        if initmarginreq is not UNSET:
            field_dict["initmarginreq"] = initmarginreq
        if initmarginreq_c is not UNSET:
            field_dict["initmarginreq-c"] = initmarginreq_c
        if initmarginreq_s is not UNSET:
            field_dict["initmarginreq-s"] = initmarginreq_s
        if leverage_s is not UNSET:
            field_dict["leverage-s"] = leverage_s
        if lookaheadavailablefunds is not UNSET:
            field_dict["lookaheadavailablefunds"] = lookaheadavailablefunds
        if lookaheadavailablefunds_c is not UNSET:
            field_dict["lookaheadavailablefunds-c"] = lookaheadavailablefunds_c
        if lookaheadavailablefunds_s is not UNSET:
            field_dict["lookaheadavailablefunds-s"] = lookaheadavailablefunds_s
        if lookaheadexcessliquidity is not UNSET:
            field_dict["lookaheadexcessliquidity"] = lookaheadexcessliquidity
        if lookaheadexcessliquidity_c is not UNSET:
            field_dict["lookaheadexcessliquidity-c"] = lookaheadexcessliquidity_c
        if lookaheadexcessliquidity_s is not UNSET:
            field_dict["lookaheadexcessliquidity-s"] = lookaheadexcessliquidity_s
        if lookaheadinitmarginreq is not UNSET:
            field_dict["lookaheadinitmarginreq"] = lookaheadinitmarginreq
        if lookaheadinitmarginreq_c is not UNSET:
            field_dict["lookaheadinitmarginreq-c"] = lookaheadinitmarginreq_c
        if lookaheadinitmarginreq_s is not UNSET:
            field_dict["lookaheadinitmarginreq-s"] = lookaheadinitmarginreq_s
        if lookaheadmaintmarginreq is not UNSET:
            field_dict["lookaheadmaintmarginreq"] = lookaheadmaintmarginreq
        if lookaheadmaintmarginreq_c is not UNSET:
            field_dict["lookaheadmaintmarginreq-c"] = lookaheadmaintmarginreq_c
        if lookaheadmaintmarginreq_s is not UNSET:
            field_dict["lookaheadmaintmarginreq-s"] = lookaheadmaintmarginreq_s
        if lookaheadnextchange is not UNSET:
            field_dict["lookaheadnextchange"] = lookaheadnextchange
        if maintmarginreq is not UNSET:
            field_dict["maintmarginreq"] = maintmarginreq
        if maintmarginreq_c is not UNSET:
            field_dict["maintmarginreq-c"] = maintmarginreq_c
        if maintmarginreq_s is not UNSET:
            field_dict["maintmarginreq-s"] = maintmarginreq_s
        if netliquidation is not UNSET:
            field_dict["netliquidation"] = netliquidation
        if netliquidation_c is not UNSET:
            field_dict["netliquidation-c"] = netliquidation_c
        if netliquidation_s is not UNSET:
            field_dict["netliquidation-s"] = netliquidation_s
        if netliquidationuncertainty is not UNSET:
            field_dict["netliquidationuncertainty"] = netliquidationuncertainty
        if nlvandmargininreview is not UNSET:
            field_dict["nlvandmargininreview"] = nlvandmargininreview
        if pasharesvalue is not UNSET:
            field_dict["pasharesvalue"] = pasharesvalue
        if pasharesvalue_c is not UNSET:
            field_dict["pasharesvalue-c"] = pasharesvalue_c
        if pasharesvalue_s is not UNSET:
            field_dict["pasharesvalue-s"] = pasharesvalue_s
        if physicalcertificatevalue is not UNSET:
            field_dict["physicalcertificatevalue"] = physicalcertificatevalue
        if physicalcertificatevalue_c is not UNSET:
            field_dict["physicalcertificatevalue-c"] = physicalcertificatevalue_c
        if physicalcertificatevalue_s is not UNSET:
            field_dict["physicalcertificatevalue-s"] = physicalcertificatevalue_s
        if postexpirationexcess is not UNSET:
            field_dict["postexpirationexcess"] = postexpirationexcess
        if postexpirationexcess_c is not UNSET:
            field_dict["postexpirationexcess-c"] = postexpirationexcess_c
        if postexpirationexcess_s is not UNSET:
            field_dict["postexpirationexcess-s"] = postexpirationexcess_s
        if postexpirationmargin is not UNSET:
            field_dict["postexpirationmargin"] = postexpirationmargin
        if postexpirationmargin_c is not UNSET:
            field_dict["postexpirationmargin-c"] = postexpirationmargin_c
        if postexpirationmargin_s is not UNSET:
            field_dict["postexpirationmargin-s"] = postexpirationmargin_s
        if previousdayequitywithloanvalue is not UNSET:
            field_dict["previousdayequitywithloanvalue"] = (
                previousdayequitywithloanvalue
            )
        if previousdayequitywithloanvalue_s is not UNSET:
            field_dict["previousdayequitywithloanvalue-s"] = (
                previousdayequitywithloanvalue_s
            )
        if regtequity is not UNSET:
            field_dict["regtequity"] = regtequity
        if regtequity_s is not UNSET:
            field_dict["regtequity-s"] = regtequity_s
        if regtmargin is not UNSET:
            field_dict["regtmargin"] = regtmargin
        if regtmargin_s is not UNSET:
            field_dict["regtmargin-s"] = regtmargin_s
        if segmenttitle_c is not UNSET:
            field_dict["segmenttitle-c"] = segmenttitle_c
        if segmenttitle_s is not UNSET:
            field_dict["segmenttitle-s"] = segmenttitle_s
        if sma is not UNSET:
            field_dict["sma"] = sma
        if sma_s is not UNSET:
            field_dict["sma-s"] = sma_s
        if totalcashvalue is not UNSET:
            field_dict["totalcashvalue"] = totalcashvalue
        if totalcashvalue_c is not UNSET:
            field_dict["totalcashvalue-c"] = totalcashvalue_c
        if totalcashvalue_s is not UNSET:
            field_dict["totalcashvalue-s"] = totalcashvalue_s
        if totaldebitcardpendingcharges is not UNSET:
            field_dict["totaldebitcardpendingcharges"] = totaldebitcardpendingcharges
        if totaldebitcardpendingcharges_c is not UNSET:
            field_dict["totaldebitcardpendingcharges-c"] = (
                totaldebitcardpendingcharges_c
            )
        if totaldebitcardpendingcharges_s is not UNSET:
            field_dict["totaldebitcardpendingcharges-s"] = (
                totaldebitcardpendingcharges_s
            )
        if tradingtype_s is not UNSET:
            field_dict["tradingtype-s"] = tradingtype_s
        if whatifpmenabled is not UNSET:
            field_dict["whatifpmenabled"] = whatifpmenabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_summary_item import PortfolioSummaryItem  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_accountcode(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accountcode_type_0 = PortfolioSummaryItem.from_dict(data)

                return accountcode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accountcode = _parse_accountcode(_source.pop("accountcode", UNSET))

        def _parse_accountready(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accountready_type_0 = PortfolioSummaryItem.from_dict(data)

                return accountready_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accountready = _parse_accountready(_source.pop("accountready", UNSET))

        def _parse_accounttype(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounttype_type_0 = PortfolioSummaryItem.from_dict(data)

                return accounttype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accounttype = _parse_accounttype(_source.pop("accounttype", UNSET))

        def _parse_accruedcash(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruedcash_type_0 = PortfolioSummaryItem.from_dict(data)

                return accruedcash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accruedcash = _parse_accruedcash(_source.pop("accruedcash", UNSET))

        def _parse_accruedcash_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruedcash_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return accruedcash_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accruedcash_c = _parse_accruedcash_c(_source.pop("accruedcash-c", UNSET))

        def _parse_accruedcash_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accruedcash_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return accruedcash_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accruedcash_s = _parse_accruedcash_s(_source.pop("accruedcash-s", UNSET))

        def _parse_accrueddividend(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accrueddividend_type_0 = PortfolioSummaryItem.from_dict(data)

                return accrueddividend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accrueddividend = _parse_accrueddividend(_source.pop("accrueddividend", UNSET))

        def _parse_accrueddividend_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accrueddividend_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return accrueddividend_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accrueddividend_c = _parse_accrueddividend_c(
            _source.pop("accrueddividend-c", UNSET)
        )

        def _parse_accrueddividend_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accrueddividend_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return accrueddividend_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        accrueddividend_s = _parse_accrueddividend_s(
            _source.pop("accrueddividend-s", UNSET)
        )

        def _parse_availablefunds(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availablefunds_type_0 = PortfolioSummaryItem.from_dict(data)

                return availablefunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availablefunds = _parse_availablefunds(_source.pop("availablefunds", UNSET))

        def _parse_availablefunds_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availablefunds_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return availablefunds_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availablefunds_c = _parse_availablefunds_c(
            _source.pop("availablefunds-c", UNSET)
        )

        def _parse_availablefunds_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availablefunds_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return availablefunds_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availablefunds_s = _parse_availablefunds_s(
            _source.pop("availablefunds-s", UNSET)
        )

        def _parse_availabletotrade(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletotrade_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletotrade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletotrade = _parse_availabletotrade(
            _source.pop("availabletotrade", UNSET)
        )

        def _parse_availabletotrade_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletotrade_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletotrade_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletotrade_c = _parse_availabletotrade_c(
            _source.pop("availabletotrade-c", UNSET)
        )

        def _parse_availabletotrade_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletotrade_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletotrade_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletotrade_s = _parse_availabletotrade_s(
            _source.pop("availabletotrade-s", UNSET)
        )

        def _parse_availabletowithdraw(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletowithdraw_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletowithdraw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletowithdraw = _parse_availabletowithdraw(
            _source.pop("availabletowithdraw", UNSET)
        )

        def _parse_availabletowithdraw_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletowithdraw_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletowithdraw_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletowithdraw_c = _parse_availabletowithdraw_c(
            _source.pop("availabletowithdraw-c", UNSET)
        )

        def _parse_availabletowithdraw_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                availabletowithdraw_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return availabletowithdraw_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        availabletowithdraw_s = _parse_availabletowithdraw_s(
            _source.pop("availabletowithdraw-s", UNSET)
        )

        def _parse_billable(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billable_type_0 = PortfolioSummaryItem.from_dict(data)

                return billable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        billable = _parse_billable(_source.pop("billable", UNSET))

        def _parse_billable_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billable_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return billable_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        billable_c = _parse_billable_c(_source.pop("billable-c", UNSET))

        def _parse_billable_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billable_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return billable_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        billable_s = _parse_billable_s(_source.pop("billable-s", UNSET))

        def _parse_buyingpower(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                buyingpower_type_0 = PortfolioSummaryItem.from_dict(data)

                return buyingpower_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        buyingpower = _parse_buyingpower(_source.pop("buyingpower", UNSET))

        def _parse_columnprio_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columnprio_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return columnprio_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        columnprio_c = _parse_columnprio_c(_source.pop("columnprio-c", UNSET))

        def _parse_columnprio_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columnprio_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return columnprio_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        columnprio_s = _parse_columnprio_s(_source.pop("columnprio-s", UNSET))

        def _parse_cushion(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cushion_type_0 = PortfolioSummaryItem.from_dict(data)

                return cushion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        cushion = _parse_cushion(_source.pop("cushion", UNSET))

        def _parse_daytradesremaining(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradesremaining_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradesremaining_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradesremaining = _parse_daytradesremaining(
            _source.pop("daytradesremaining", UNSET)
        )

        def _parse_daytradesremainingt1(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradesremainingt1_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradesremainingt1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradesremainingt1 = _parse_daytradesremainingt1(
            _source.pop("daytradesremainingt+1", UNSET)
        )

        def _parse_daytradesremainingt2(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradesremainingt2_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradesremainingt2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradesremainingt2 = _parse_daytradesremainingt2(
            _source.pop("daytradesremainingt+2", UNSET)
        )

        def _parse_daytradesremainingt3(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradesremainingt3_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradesremainingt3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradesremainingt3 = _parse_daytradesremainingt3(
            _source.pop("daytradesremainingt+3", UNSET)
        )

        def _parse_daytradesremainingt4(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradesremainingt4_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradesremainingt4_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradesremainingt4 = _parse_daytradesremainingt4(
            _source.pop("daytradesremainingt+4", UNSET)
        )

        def _parse_daytradingstatus_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daytradingstatus_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return daytradingstatus_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        daytradingstatus_s = _parse_daytradingstatus_s(
            _source.pop("daytradingstatus-s", UNSET)
        )

        def _parse_depositoncredithold(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                depositoncredithold_type_0 = PortfolioSummaryItem.from_dict(data)

                return depositoncredithold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        depositoncredithold = _parse_depositoncredithold(
            _source.pop("depositoncredithold", UNSET)
        )

        def _parse_equitywithloanvalue(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                equitywithloanvalue_type_0 = PortfolioSummaryItem.from_dict(data)

                return equitywithloanvalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        equitywithloanvalue = _parse_equitywithloanvalue(
            _source.pop("equitywithloanvalue", UNSET)
        )

        def _parse_equitywithloanvalue_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                equitywithloanvalue_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return equitywithloanvalue_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        equitywithloanvalue_c = _parse_equitywithloanvalue_c(
            _source.pop("equitywithloanvalue-c", UNSET)
        )

        def _parse_equitywithloanvalue_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                equitywithloanvalue_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return equitywithloanvalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        equitywithloanvalue_s = _parse_equitywithloanvalue_s(
            _source.pop("equitywithloanvalue-s", UNSET)
        )

        def _parse_excessliquidity(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                excessliquidity_type_0 = PortfolioSummaryItem.from_dict(data)

                return excessliquidity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        excessliquidity = _parse_excessliquidity(_source.pop("excessliquidity", UNSET))

        def _parse_excessliquidity_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                excessliquidity_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return excessliquidity_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        excessliquidity_c = _parse_excessliquidity_c(
            _source.pop("excessliquidity-c", UNSET)
        )

        def _parse_excessliquidity_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                excessliquidity_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return excessliquidity_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        excessliquidity_s = _parse_excessliquidity_s(
            _source.pop("excessliquidity-s", UNSET)
        )

        def _parse_fullavailablefunds(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullavailablefunds_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullavailablefunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullavailablefunds = _parse_fullavailablefunds(
            _source.pop("fullavailablefunds", UNSET)
        )

        def _parse_fullavailablefunds_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullavailablefunds_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullavailablefunds_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullavailablefunds_c = _parse_fullavailablefunds_c(
            _source.pop("fullavailablefunds-c", UNSET)
        )

        def _parse_fullavailablefunds_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullavailablefunds_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullavailablefunds_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullavailablefunds_s = _parse_fullavailablefunds_s(
            _source.pop("fullavailablefunds-s", UNSET)
        )

        def _parse_fullexcessliquidity(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullexcessliquidity_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullexcessliquidity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullexcessliquidity = _parse_fullexcessliquidity(
            _source.pop("fullexcessliquidity", UNSET)
        )

        def _parse_fullexcessliquidity_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullexcessliquidity_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullexcessliquidity_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullexcessliquidity_c = _parse_fullexcessliquidity_c(
            _source.pop("fullexcessliquidity-c", UNSET)
        )

        def _parse_fullexcessliquidity_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullexcessliquidity_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullexcessliquidity_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullexcessliquidity_s = _parse_fullexcessliquidity_s(
            _source.pop("fullexcessliquidity-s", UNSET)
        )

        def _parse_fullinitmarginreq(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullinitmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullinitmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullinitmarginreq = _parse_fullinitmarginreq(
            _source.pop("fullinitmarginreq", UNSET)
        )

        def _parse_fullinitmarginreq_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullinitmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullinitmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullinitmarginreq_c = _parse_fullinitmarginreq_c(
            _source.pop("fullinitmarginreq-c", UNSET)
        )

        def _parse_fullinitmarginreq_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullinitmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullinitmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullinitmarginreq_s = _parse_fullinitmarginreq_s(
            _source.pop("fullinitmarginreq-s", UNSET)
        )

        def _parse_fullmaintmarginreq(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullmaintmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullmaintmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullmaintmarginreq = _parse_fullmaintmarginreq(
            _source.pop("fullmaintmarginreq", UNSET)
        )

        def _parse_fullmaintmarginreq_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullmaintmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullmaintmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullmaintmarginreq_c = _parse_fullmaintmarginreq_c(
            _source.pop("fullmaintmarginreq-c", UNSET)
        )

        def _parse_fullmaintmarginreq_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fullmaintmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return fullmaintmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        fullmaintmarginreq_s = _parse_fullmaintmarginreq_s(
            _source.pop("fullmaintmarginreq-s", UNSET)
        )

        def _parse_grosspositionvalue(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grosspositionvalue_type_0 = PortfolioSummaryItem.from_dict(data)

                return grosspositionvalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        grosspositionvalue = _parse_grosspositionvalue(
            _source.pop("grosspositionvalue", UNSET)
        )

        def _parse_grosspositionvalue_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grosspositionvalue_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return grosspositionvalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        grosspositionvalue_s = _parse_grosspositionvalue_s(
            _source.pop("grosspositionvalue-s", UNSET)
        )

        def _parse_guarantee(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantee_type_0 = PortfolioSummaryItem.from_dict(data)

                return guarantee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        guarantee = _parse_guarantee(_source.pop("guarantee", UNSET))

        def _parse_guarantee_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantee_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return guarantee_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        guarantee_c = _parse_guarantee_c(_source.pop("guarantee-c", UNSET))

        def _parse_guarantee_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantee_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return guarantee_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        guarantee_s = _parse_guarantee_s(_source.pop("guarantee-s", UNSET))

        def _parse_highestseverity(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                highestseverity_type_0 = PortfolioSummaryItem.from_dict(data)

                return highestseverity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        highestseverity = _parse_highestseverity(_source.pop("highestseverity", UNSET))

        def _parse_indianstockhaircut(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                indianstockhaircut_type_0 = PortfolioSummaryItem.from_dict(data)

                return indianstockhaircut_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        indianstockhaircut = _parse_indianstockhaircut(
            _source.pop("indianstockhaircut", UNSET)
        )

        def _parse_indianstockhaircut_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                indianstockhaircut_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return indianstockhaircut_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        indianstockhaircut_c = _parse_indianstockhaircut_c(
            _source.pop("indianstockhaircut-c", UNSET)
        )

        def _parse_indianstockhaircut_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                indianstockhaircut_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return indianstockhaircut_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        indianstockhaircut_s = _parse_indianstockhaircut_s(
            _source.pop("indianstockhaircut-s", UNSET)
        )

        def _parse_initmarginreq(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return initmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        initmarginreq = _parse_initmarginreq(_source.pop("initmarginreq", UNSET))

        def _parse_initmarginreq_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return initmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        initmarginreq_c = _parse_initmarginreq_c(_source.pop("initmarginreq-c", UNSET))

        def _parse_initmarginreq_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return initmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        initmarginreq_s = _parse_initmarginreq_s(_source.pop("initmarginreq-s", UNSET))

        def _parse_leverage_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                leverage_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return leverage_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        leverage_s = _parse_leverage_s(_source.pop("leverage-s", UNSET))

        def _parse_lookaheadavailablefunds(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadavailablefunds_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadavailablefunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadavailablefunds = _parse_lookaheadavailablefunds(
            _source.pop("lookaheadavailablefunds", UNSET)
        )

        def _parse_lookaheadavailablefunds_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadavailablefunds_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadavailablefunds_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadavailablefunds_c = _parse_lookaheadavailablefunds_c(
            _source.pop("lookaheadavailablefunds-c", UNSET)
        )

        def _parse_lookaheadavailablefunds_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadavailablefunds_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadavailablefunds_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadavailablefunds_s = _parse_lookaheadavailablefunds_s(
            _source.pop("lookaheadavailablefunds-s", UNSET)
        )

        def _parse_lookaheadexcessliquidity(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadexcessliquidity_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadexcessliquidity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadexcessliquidity = _parse_lookaheadexcessliquidity(
            _source.pop("lookaheadexcessliquidity", UNSET)
        )

        def _parse_lookaheadexcessliquidity_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadexcessliquidity_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadexcessliquidity_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadexcessliquidity_c = _parse_lookaheadexcessliquidity_c(
            _source.pop("lookaheadexcessliquidity-c", UNSET)
        )

        def _parse_lookaheadexcessliquidity_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadexcessliquidity_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadexcessliquidity_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadexcessliquidity_s = _parse_lookaheadexcessliquidity_s(
            _source.pop("lookaheadexcessliquidity-s", UNSET)
        )

        def _parse_lookaheadinitmarginreq(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadinitmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadinitmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadinitmarginreq = _parse_lookaheadinitmarginreq(
            _source.pop("lookaheadinitmarginreq", UNSET)
        )

        def _parse_lookaheadinitmarginreq_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadinitmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadinitmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadinitmarginreq_c = _parse_lookaheadinitmarginreq_c(
            _source.pop("lookaheadinitmarginreq-c", UNSET)
        )

        def _parse_lookaheadinitmarginreq_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadinitmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadinitmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadinitmarginreq_s = _parse_lookaheadinitmarginreq_s(
            _source.pop("lookaheadinitmarginreq-s", UNSET)
        )

        def _parse_lookaheadmaintmarginreq(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadmaintmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadmaintmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadmaintmarginreq = _parse_lookaheadmaintmarginreq(
            _source.pop("lookaheadmaintmarginreq", UNSET)
        )

        def _parse_lookaheadmaintmarginreq_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadmaintmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadmaintmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadmaintmarginreq_c = _parse_lookaheadmaintmarginreq_c(
            _source.pop("lookaheadmaintmarginreq-c", UNSET)
        )

        def _parse_lookaheadmaintmarginreq_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadmaintmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadmaintmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadmaintmarginreq_s = _parse_lookaheadmaintmarginreq_s(
            _source.pop("lookaheadmaintmarginreq-s", UNSET)
        )

        def _parse_lookaheadnextchange(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lookaheadnextchange_type_0 = PortfolioSummaryItem.from_dict(data)

                return lookaheadnextchange_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        lookaheadnextchange = _parse_lookaheadnextchange(
            _source.pop("lookaheadnextchange", UNSET)
        )

        def _parse_maintmarginreq(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maintmarginreq_type_0 = PortfolioSummaryItem.from_dict(data)

                return maintmarginreq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        maintmarginreq = _parse_maintmarginreq(_source.pop("maintmarginreq", UNSET))

        def _parse_maintmarginreq_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maintmarginreq_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return maintmarginreq_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        maintmarginreq_c = _parse_maintmarginreq_c(
            _source.pop("maintmarginreq-c", UNSET)
        )

        def _parse_maintmarginreq_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                maintmarginreq_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return maintmarginreq_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        maintmarginreq_s = _parse_maintmarginreq_s(
            _source.pop("maintmarginreq-s", UNSET)
        )

        def _parse_netliquidation(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                netliquidation_type_0 = PortfolioSummaryItem.from_dict(data)

                return netliquidation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        netliquidation = _parse_netliquidation(_source.pop("netliquidation", UNSET))

        def _parse_netliquidation_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                netliquidation_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return netliquidation_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        netliquidation_c = _parse_netliquidation_c(
            _source.pop("netliquidation-c", UNSET)
        )

        def _parse_netliquidation_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                netliquidation_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return netliquidation_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        netliquidation_s = _parse_netliquidation_s(
            _source.pop("netliquidation-s", UNSET)
        )

        def _parse_netliquidationuncertainty(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                netliquidationuncertainty_type_0 = PortfolioSummaryItem.from_dict(data)

                return netliquidationuncertainty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        netliquidationuncertainty = _parse_netliquidationuncertainty(
            _source.pop("netliquidationuncertainty", UNSET)
        )

        def _parse_nlvandmargininreview(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nlvandmargininreview_type_0 = PortfolioSummaryItem.from_dict(data)

                return nlvandmargininreview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        nlvandmargininreview = _parse_nlvandmargininreview(
            _source.pop("nlvandmargininreview", UNSET)
        )

        def _parse_pasharesvalue(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pasharesvalue_type_0 = PortfolioSummaryItem.from_dict(data)

                return pasharesvalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        pasharesvalue = _parse_pasharesvalue(_source.pop("pasharesvalue", UNSET))

        def _parse_pasharesvalue_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pasharesvalue_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return pasharesvalue_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        pasharesvalue_c = _parse_pasharesvalue_c(_source.pop("pasharesvalue-c", UNSET))

        def _parse_pasharesvalue_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pasharesvalue_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return pasharesvalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        pasharesvalue_s = _parse_pasharesvalue_s(_source.pop("pasharesvalue-s", UNSET))

        def _parse_physicalcertificatevalue(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                physicalcertificatevalue_type_0 = PortfolioSummaryItem.from_dict(data)

                return physicalcertificatevalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        physicalcertificatevalue = _parse_physicalcertificatevalue(
            _source.pop("physicalcertificatevalue", UNSET)
        )

        def _parse_physicalcertificatevalue_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                physicalcertificatevalue_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return physicalcertificatevalue_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        physicalcertificatevalue_c = _parse_physicalcertificatevalue_c(
            _source.pop("physicalcertificatevalue-c", UNSET)
        )

        def _parse_physicalcertificatevalue_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                physicalcertificatevalue_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return physicalcertificatevalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        physicalcertificatevalue_s = _parse_physicalcertificatevalue_s(
            _source.pop("physicalcertificatevalue-s", UNSET)
        )

        def _parse_postexpirationexcess(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationexcess_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationexcess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationexcess = _parse_postexpirationexcess(
            _source.pop("postexpirationexcess", UNSET)
        )

        def _parse_postexpirationexcess_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationexcess_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationexcess_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationexcess_c = _parse_postexpirationexcess_c(
            _source.pop("postexpirationexcess-c", UNSET)
        )

        def _parse_postexpirationexcess_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationexcess_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationexcess_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationexcess_s = _parse_postexpirationexcess_s(
            _source.pop("postexpirationexcess-s", UNSET)
        )

        def _parse_postexpirationmargin(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationmargin_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationmargin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationmargin = _parse_postexpirationmargin(
            _source.pop("postexpirationmargin", UNSET)
        )

        def _parse_postexpirationmargin_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationmargin_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationmargin_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationmargin_c = _parse_postexpirationmargin_c(
            _source.pop("postexpirationmargin-c", UNSET)
        )

        def _parse_postexpirationmargin_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postexpirationmargin_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return postexpirationmargin_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        postexpirationmargin_s = _parse_postexpirationmargin_s(
            _source.pop("postexpirationmargin-s", UNSET)
        )

        def _parse_previousdayequitywithloanvalue(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previousdayequitywithloanvalue_type_0 = PortfolioSummaryItem.from_dict(
                    data
                )

                return previousdayequitywithloanvalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        previousdayequitywithloanvalue = _parse_previousdayequitywithloanvalue(
            _source.pop("previousdayequitywithloanvalue", UNSET)
        )

        def _parse_previousdayequitywithloanvalue_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previousdayequitywithloanvalue_s_type_0 = (
                    PortfolioSummaryItem.from_dict(data)
                )

                return previousdayequitywithloanvalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        previousdayequitywithloanvalue_s = _parse_previousdayequitywithloanvalue_s(
            _source.pop("previousdayequitywithloanvalue-s", UNSET)
        )

        def _parse_regtequity(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regtequity_type_0 = PortfolioSummaryItem.from_dict(data)

                return regtequity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        regtequity = _parse_regtequity(_source.pop("regtequity", UNSET))

        def _parse_regtequity_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regtequity_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return regtequity_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        regtequity_s = _parse_regtequity_s(_source.pop("regtequity-s", UNSET))

        def _parse_regtmargin(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regtmargin_type_0 = PortfolioSummaryItem.from_dict(data)

                return regtmargin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        regtmargin = _parse_regtmargin(_source.pop("regtmargin", UNSET))

        def _parse_regtmargin_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regtmargin_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return regtmargin_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        regtmargin_s = _parse_regtmargin_s(_source.pop("regtmargin-s", UNSET))

        def _parse_segmenttitle_c(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segmenttitle_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return segmenttitle_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        segmenttitle_c = _parse_segmenttitle_c(_source.pop("segmenttitle-c", UNSET))

        def _parse_segmenttitle_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segmenttitle_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return segmenttitle_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        segmenttitle_s = _parse_segmenttitle_s(_source.pop("segmenttitle-s", UNSET))

        def _parse_sma(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sma_type_0 = PortfolioSummaryItem.from_dict(data)

                return sma_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        sma = _parse_sma(_source.pop("sma", UNSET))

        def _parse_sma_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sma_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return sma_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        sma_s = _parse_sma_s(_source.pop("sma-s", UNSET))

        def _parse_totalcashvalue(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totalcashvalue_type_0 = PortfolioSummaryItem.from_dict(data)

                return totalcashvalue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totalcashvalue = _parse_totalcashvalue(_source.pop("totalcashvalue", UNSET))

        def _parse_totalcashvalue_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totalcashvalue_c_type_0 = PortfolioSummaryItem.from_dict(data)

                return totalcashvalue_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totalcashvalue_c = _parse_totalcashvalue_c(
            _source.pop("totalcashvalue-c", UNSET)
        )

        def _parse_totalcashvalue_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totalcashvalue_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return totalcashvalue_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totalcashvalue_s = _parse_totalcashvalue_s(
            _source.pop("totalcashvalue-s", UNSET)
        )

        def _parse_totaldebitcardpendingcharges(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totaldebitcardpendingcharges_type_0 = PortfolioSummaryItem.from_dict(
                    data
                )

                return totaldebitcardpendingcharges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totaldebitcardpendingcharges = _parse_totaldebitcardpendingcharges(
            _source.pop("totaldebitcardpendingcharges", UNSET)
        )

        def _parse_totaldebitcardpendingcharges_c(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totaldebitcardpendingcharges_c_type_0 = PortfolioSummaryItem.from_dict(
                    data
                )

                return totaldebitcardpendingcharges_c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totaldebitcardpendingcharges_c = _parse_totaldebitcardpendingcharges_c(
            _source.pop("totaldebitcardpendingcharges-c", UNSET)
        )

        def _parse_totaldebitcardpendingcharges_s(
            data: object,
        ) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                totaldebitcardpendingcharges_s_type_0 = PortfolioSummaryItem.from_dict(
                    data
                )

                return totaldebitcardpendingcharges_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        totaldebitcardpendingcharges_s = _parse_totaldebitcardpendingcharges_s(
            _source.pop("totaldebitcardpendingcharges-s", UNSET)
        )

        def _parse_tradingtype_s(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tradingtype_s_type_0 = PortfolioSummaryItem.from_dict(data)

                return tradingtype_s_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        tradingtype_s = _parse_tradingtype_s(_source.pop("tradingtype-s", UNSET))

        def _parse_whatifpmenabled(data: object) -> None | PortfolioSummaryItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whatifpmenabled_type_0 = PortfolioSummaryItem.from_dict(data)

                return whatifpmenabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioSummaryItem | Unset, data)

        whatifpmenabled = _parse_whatifpmenabled(_source.pop("whatifpmenabled", UNSET))

        _model = cls(
            accountcode=accountcode,
            accountready=accountready,
            accounttype=accounttype,
            accruedcash=accruedcash,
            accruedcash_c=accruedcash_c,
            accruedcash_s=accruedcash_s,
            accrueddividend=accrueddividend,
            accrueddividend_c=accrueddividend_c,
            accrueddividend_s=accrueddividend_s,
            availablefunds=availablefunds,
            availablefunds_c=availablefunds_c,
            availablefunds_s=availablefunds_s,
            availabletotrade=availabletotrade,
            availabletotrade_c=availabletotrade_c,
            availabletotrade_s=availabletotrade_s,
            availabletowithdraw=availabletowithdraw,
            availabletowithdraw_c=availabletowithdraw_c,
            availabletowithdraw_s=availabletowithdraw_s,
            billable=billable,
            billable_c=billable_c,
            billable_s=billable_s,
            buyingpower=buyingpower,
            columnprio_c=columnprio_c,
            columnprio_s=columnprio_s,
            cushion=cushion,
            daytradesremaining=daytradesremaining,
            daytradesremainingt1=daytradesremainingt1,
            daytradesremainingt2=daytradesremainingt2,
            daytradesremainingt3=daytradesremainingt3,
            daytradesremainingt4=daytradesremainingt4,
            daytradingstatus_s=daytradingstatus_s,
            depositoncredithold=depositoncredithold,
            equitywithloanvalue=equitywithloanvalue,
            equitywithloanvalue_c=equitywithloanvalue_c,
            equitywithloanvalue_s=equitywithloanvalue_s,
            excessliquidity=excessliquidity,
            excessliquidity_c=excessliquidity_c,
            excessliquidity_s=excessliquidity_s,
            fullavailablefunds=fullavailablefunds,
            fullavailablefunds_c=fullavailablefunds_c,
            fullavailablefunds_s=fullavailablefunds_s,
            fullexcessliquidity=fullexcessliquidity,
            fullexcessliquidity_c=fullexcessliquidity_c,
            fullexcessliquidity_s=fullexcessliquidity_s,
            fullinitmarginreq=fullinitmarginreq,
            fullinitmarginreq_c=fullinitmarginreq_c,
            fullinitmarginreq_s=fullinitmarginreq_s,
            fullmaintmarginreq=fullmaintmarginreq,
            fullmaintmarginreq_c=fullmaintmarginreq_c,
            fullmaintmarginreq_s=fullmaintmarginreq_s,
            grosspositionvalue=grosspositionvalue,
            grosspositionvalue_s=grosspositionvalue_s,
            guarantee=guarantee,
            guarantee_c=guarantee_c,
            guarantee_s=guarantee_s,
            highestseverity=highestseverity,
            indianstockhaircut=indianstockhaircut,
            indianstockhaircut_c=indianstockhaircut_c,
            indianstockhaircut_s=indianstockhaircut_s,
            initmarginreq=initmarginreq,
            initmarginreq_c=initmarginreq_c,
            initmarginreq_s=initmarginreq_s,
            leverage_s=leverage_s,
            lookaheadavailablefunds=lookaheadavailablefunds,
            lookaheadavailablefunds_c=lookaheadavailablefunds_c,
            lookaheadavailablefunds_s=lookaheadavailablefunds_s,
            lookaheadexcessliquidity=lookaheadexcessliquidity,
            lookaheadexcessliquidity_c=lookaheadexcessliquidity_c,
            lookaheadexcessliquidity_s=lookaheadexcessliquidity_s,
            lookaheadinitmarginreq=lookaheadinitmarginreq,
            lookaheadinitmarginreq_c=lookaheadinitmarginreq_c,
            lookaheadinitmarginreq_s=lookaheadinitmarginreq_s,
            lookaheadmaintmarginreq=lookaheadmaintmarginreq,
            lookaheadmaintmarginreq_c=lookaheadmaintmarginreq_c,
            lookaheadmaintmarginreq_s=lookaheadmaintmarginreq_s,
            lookaheadnextchange=lookaheadnextchange,
            maintmarginreq=maintmarginreq,
            maintmarginreq_c=maintmarginreq_c,
            maintmarginreq_s=maintmarginreq_s,
            netliquidation=netliquidation,
            netliquidation_c=netliquidation_c,
            netliquidation_s=netliquidation_s,
            netliquidationuncertainty=netliquidationuncertainty,
            nlvandmargininreview=nlvandmargininreview,
            pasharesvalue=pasharesvalue,
            pasharesvalue_c=pasharesvalue_c,
            pasharesvalue_s=pasharesvalue_s,
            physicalcertificatevalue=physicalcertificatevalue,
            physicalcertificatevalue_c=physicalcertificatevalue_c,
            physicalcertificatevalue_s=physicalcertificatevalue_s,
            postexpirationexcess=postexpirationexcess,
            postexpirationexcess_c=postexpirationexcess_c,
            postexpirationexcess_s=postexpirationexcess_s,
            postexpirationmargin=postexpirationmargin,
            postexpirationmargin_c=postexpirationmargin_c,
            postexpirationmargin_s=postexpirationmargin_s,
            previousdayequitywithloanvalue=previousdayequitywithloanvalue,
            previousdayequitywithloanvalue_s=previousdayequitywithloanvalue_s,
            regtequity=regtequity,
            regtequity_s=regtequity_s,
            regtmargin=regtmargin,
            regtmargin_s=regtmargin_s,
            segmenttitle_c=segmenttitle_c,
            segmenttitle_s=segmenttitle_s,
            sma=sma,
            sma_s=sma_s,
            totalcashvalue=totalcashvalue,
            totalcashvalue_c=totalcashvalue_c,
            totalcashvalue_s=totalcashvalue_s,
            totaldebitcardpendingcharges=totaldebitcardpendingcharges,
            totaldebitcardpendingcharges_c=totaldebitcardpendingcharges_c,
            totaldebitcardpendingcharges_s=totaldebitcardpendingcharges_s,
            tradingtype_s=tradingtype_s,
            whatifpmenabled=whatifpmenabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in _source.items():
            additional_property = PortfolioSummaryItem.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PortfolioSummaryItem:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PortfolioSummaryItem) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
