from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsMarketDataMessage")


@_attrs_define
class WsMarketDataMessage:
    """Topic "smd+CONID": the changed market data fields of one contract (the first frame has
    every requested field, later ones only what changed). Same field map as a snapshot.

        Attributes:
            topic (str): "smd+" and the conid (with "@EXCHANGE" when one was requested).
            server_id (None | str | Unset): Id of the request that produced the data (same value as field 6119).
            conid_ex (None | str | Unset): The contract as requested, with the exchange when one was given ("265598@SMART").
            conid (int | None | Unset): Contract id.
            field_updated (int | None | Unset): Time of the last update, epoch milliseconds.
            field_31 (None | str | Unset): Last Price. Last traded price. A prefix C marks the previous day's close, H a
                trading halt.
            field_55 (None | str | Unset): Symbol. Symbol of the contract.
            field_58 (None | str | Unset): Text. Free text about the contract.
            field_70 (None | str | Unset): High. Today's high price.
            field_71 (None | str | Unset): Low. Today's low price.
            field_73 (None | str | Unset): Market Value. Market value of the user's position, computed with real-time data
                even without a subscription.
            field_74 (None | str | Unset): Avg Price. Average price of the position.
            field_75 (None | str | Unset): Unrealized PnL. Unrealised profit or loss of the position, computed with real-
                time data even without a subscription.
            field_76 (None | str | Unset): Formatted position. The position, formatted for display.
            field_77 (None | str | Unset): Formatted Unrealized PnL. The unrealised profit or loss, formatted for display.
            field_78 (None | str | Unset): Daily PnL. Profit or loss since the prior close, computed with real-time data
                even without a subscription.
            field_79 (None | str | Unset): Realized PnL. Realised profit or loss, computed with real-time data even without
                a subscription.
            field_80 (None | str | Unset): Unrealized PnL %. Unrealised profit or loss in percent.
            field_82 (None | str | Unset): Change. Last price minus the previous trading day's close.
            field_83 (float | None | str | Unset): Change %. Last price against the previous trading day's close, in
                percent.
            field_84 (None | str | Unset): Bid Price. Highest bid price.
            field_85 (None | str | Unset): Ask Size. Quantity offered at the ask; for US stocks divided by 100.
            field_86 (None | str | Unset): Ask Price. Lowest offer price.
            field_87 (None | str | Unset): Volume. Today's volume, abbreviated with K (thousands) or M (millions); field
                7762 has full precision.
            field_88 (None | str | Unset): Bid Size. Quantity bid at the bid price; for US stocks divided by 100.
            field_201 (None | str | Unset): Right. Option right: P put, C call.
            field_6004 (None | str | Unset): Exchange. Exchange.
            field_6008 (int | None | Unset): Conid. Contract id in IBKR's database.
            field_6070 (None | str | Unset): SecType. Asset class of the instrument.
            field_6072 (None | str | Unset): Months. Contract months.
            field_6073 (None | str | Unset): Regular Expiry. Regular expiry.
            field_6119 (None | str | Unset): Marker for market data delivery method. Marker of the delivery method, similar
                to a request id.
            field_6457 (int | None | Unset): Underlying Conid. Contract id of the underlying; /trsrv/secdef describes it.
            field_6508 (None | str | Unset): Service Params. Market data service ids ("&serviceID1=122&serviceID2=123...");
                servers send it even when it was not requested.
            field_6509 (None | str | Unset): Market Data Availability. One to three characters: timeliness (R real time, D
                delayed, Z frozen, Y frozen delayed, N not subscribed, O market data API acknowledgement missing, i incomplete,
                v VDR exempt), structure (P snapshot, p consolidated) and B (top of book); d marks performance details. Servers
                also send a lone timeliness character ("R").
            field_7051 (None | str | Unset): Company name. Name of the company.
            field_7057 (None | str | Unset): Ask Exch. Exchange codes offering the SMART ask (A AMEX, C CBOE, I ISE, X PHLX,
                N PSE, B BOX, Q NASDAQOM, Z BATS, W CBOE2, T NASDAQBX, M MIAX, H GEMINI, E EDGX, J MERCURY).
            field_7058 (None | str | Unset): Last Exch. Exchange codes of the SMART last trade (same codes as 7057).
            field_7059 (None | str | Unset): Last Size. Quantity traded at the last price.
            field_7068 (None | str | Unset): Bid Exch. Exchange codes offering the SMART bid (same codes as 7057).
            field_7084 (None | str | Unset): Implied Vol./Hist. Vol %. Implied volatility over historical volatility, in
                percent.
            field_7085 (None | str | Unset): Put/Call Interest. Put open interest over call open interest for the day.
            field_7086 (None | str | Unset): Put/Call Volume. Put volume over call volume for the day.
            field_7087 (None | str | Unset): Hist. Vol. %. 30-day real-time historical volatility.
            field_7088 (None | str | Unset): Hist. Vol. Close %. Historical volatility based on the previous close.
            field_7089 (None | str | Unset): Opt. Volume. Option volume.
            field_7094 (None | str | Unset): Conid + Exchange. Contract id and exchange.
            field_7184 (None | str | Unset): canBeTraded. 1 when the contract can be traded, 0 otherwise.
            field_7219 (None | str | Unset): Contract Description. Contract description.
            field_7220 (None | str | Unset): Contract Description. Contract description (second line).
            field_7221 (None | str | Unset): Listing Exchange. Listing exchange.
            field_7280 (None | str | Unset): Industry. Industry of the company.
            field_7281 (None | str | Unset): Category. Finer category within the industry.
            field_7282 (None | str | Unset): Average Volume. Average daily volume over 90 days.
            field_7283 (None | str | Unset): Option Implied Vol. %. Expected volatility of the underlying, at the money, 30
                calendar days forward; field 7633 gives one strike's.
            field_7284 (None | str | Unset): Historical volatility %. Deprecated; use 7087.
            field_7285 (None | str | Unset): Put/Call Ratio. Put/call ratio.
            field_7286 (None | str | Unset): Dividend Amount. Amount of the next dividend.
            field_7287 (None | str | Unset): Dividend Yield %. Expected dividends of the next twelve months (to expiry for
                derivatives) over the current price, in percent.
            field_7288 (None | str | Unset): Ex-date of the dividend. Ex-dividend date.
            field_7289 (None | str | Unset): Market Cap. Market capitalisation.
            field_7290 (None | str | Unset): P/E. Price/earnings ratio.
            field_7291 (None | str | Unset): EPS. Earnings per share.
            field_7292 (None | str | Unset): Cost Basis. Position times average price times multiplier.
            field_7293 (None | str | Unset): 52 Week High. Highest price of the past 52 weeks.
            field_7294 (None | str | Unset): 52 Week Low. Lowest price of the past 52 weeks.
            field_7295 (None | str | Unset): Open. Today's opening price.
            field_7296 (None | str | Unset): Close. Today's closing price.
            field_7308 (None | str | Unset): Delta. Option price change per unit change of the underlying.
            field_7309 (None | str | Unset): Gamma. Change of delta per unit change of the underlying.
            field_7310 (None | str | Unset): Theta. Decline of the option value as time passes.
            field_7311 (None | str | Unset): Vega. Option price change for a 1% change in volatility.
            field_7607 (None | str | Unset): Opt. Volume Change %. Today's option volume against the average option volume,
                in percent.
            field_7633 (None | str | Unset): Implied Vol. %. Implied volatility of this option strike, in percent; 7283
                gives the underlying's.
            field_7635 (None | str | Unset): Mark. Mark price: the ask if below the last price, the bid if above it, else
                the last price.
            field_7636 (None | str | Unset): Shortable Shares. Shares available to sell short.
            field_7637 (None | str | Unset): Fee Rate. Interest rate charged on borrowed shares.
            field_7638 (None | str | Unset): Option Open Interest. Option open interest.
            field_7639 (None | str | Unset): % of Mark Value. Market value of the contract as a percentage of the account's
                total market value.
            field_7644 (None | str | Unset): Shortable. How difficult the security is to sell short.
            field_7655 (None | str | Unset): Morningstar Rating. Morningstar rating (needs a Morningstar subscription).
            field_7671 (None | str | Unset): Dividends. Expected dividends per share over the next twelve months.
            field_7672 (None | str | Unset): Dividends TTM. Dividends per share over the last twelve months.
            field_7674 (None | str | Unset): EMA(200). Exponential moving average, N=200.
            field_7675 (None | str | Unset): EMA(100). Exponential moving average, N=100.
            field_7676 (None | str | Unset): EMA(50). Exponential moving average, N=50.
            field_7677 (None | str | Unset): EMA(20). Exponential moving average, N=20.
            field_7678 (None | str | Unset): Price/EMA(200). Price over EMA(200) minus 1, in percent.
            field_7679 (None | str | Unset): Price/EMA(100). Price over EMA(100) minus 1, in percent.
            field_7724 (None | str | Unset): Price/EMA(50). Price over EMA(50) minus 1, in percent.
            field_7681 (None | str | Unset): Price/EMA(20). Price over EMA(20) minus 1, in percent.
            field_7682 (None | str | Unset): Change Since Open. Last price minus the open price.
            field_7683 (None | str | Unset): Upcoming Event. Next major company event (Wall Street Horizon subscription).
            field_7684 (None | str | Unset): Upcoming Event Date. Date of the next major company event (Wall Street Horizon
                subscription).
            field_7685 (None | str | Unset): Upcoming Analyst Meeting. Date and time of the next analyst meeting (Wall
                Street Horizon subscription).
            field_7686 (None | str | Unset): Upcoming Earnings. Date and time of the next earnings event (Wall Street
                Horizon subscription).
            field_7687 (None | str | Unset): Upcoming Misc Event. Date and time of the next shareholder meeting,
                presentation or other event (Wall Street Horizon subscription).
            field_7688 (None | str | Unset): Recent Analyst Meeting. Date and time of the latest analyst meeting (Wall
                Street Horizon subscription).
            field_7689 (None | str | Unset): Recent Earnings. Date and time of the latest earnings event (Wall Street
                Horizon subscription).
            field_7690 (None | str | Unset): Recent Misc Event. Date and time of the latest shareholder meeting,
                presentation or other event (Wall Street Horizon subscription).
            field_7694 (None | str | Unset): Probability of Max Return. Customer-implied probability of the maximum gain.
            field_7695 (None | str | Unset): Break Even. Break-even points.
            field_7696 (None | str | Unset): SPX Delta. Beta-weighted delta: delta times the dollar-adjusted beta.
            field_7697 (None | str | Unset): Futures Open Interest. Outstanding futures contracts.
            field_7698 (None | str | Unset): Last Yield. Bond yield (to worst) if bought at the last price.
            field_7699 (None | str | Unset): Bid Yield. Bond yield (to worst) if bought at the bid price.
            field_7700 (None | str | Unset): Probability of Max Return. Customer-implied probability of the maximum gain
                (the table lists this name twice, as 7694 and 7700).
            field_7702 (None | str | Unset): Probability of Max Loss. Customer-implied probability of the maximum loss.
            field_7703 (None | str | Unset): Profit Probability. Customer-implied probability of any gain.
            field_7704 (None | str | Unset): Organization Type. Organisation type of the bond issuer.
            field_7705 (None | str | Unset): Debt Class. Debt class.
            field_7706 (None | str | Unset): Ratings. Ratings of the bond.
            field_7707 (None | str | Unset): Bond State Code. Bond state code.
            field_7708 (None | str | Unset): Bond Type. Bond type.
            field_7714 (None | str | Unset): Last Trading Date. Last trading date.
            field_7715 (None | str | Unset): Issue Date. Issue date.
            field_7718 (None | str | Unset): Beta. Beta against the standard index.
            field_7720 (None | str | Unset): Ask Yield. Bond yield (to worst) if bought at the ask price.
            field_7741 (None | str | Unset): Prior Close. Yesterday's closing price.
            field_7762 (None | str | Unset): Volume Long. Today's volume at full precision; 87 is the abbreviated form.
            field_7768 (None | str | Unset): hasTradingPermissions. 1 when the user may trade the contract, 0 otherwise.
            field_7920 (None | str | Unset): Daily PnL Raw. Profit or loss since the prior close, unformatted.
            field_7921 (None | str | Unset): Cost Basis Raw. Position times average price times multiplier, unformatted.
            field_87_raw (float | None | Unset): Undocumented; today's volume as a number, beside the abbreviated field 87.
    """

    topic: str
    server_id: None | str | Unset = UNSET
    conid_ex: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    field_updated: int | None | Unset = UNSET
    field_31: None | str | Unset = UNSET
    field_55: None | str | Unset = UNSET
    field_58: None | str | Unset = UNSET
    field_70: None | str | Unset = UNSET
    field_71: None | str | Unset = UNSET
    field_73: None | str | Unset = UNSET
    field_74: None | str | Unset = UNSET
    field_75: None | str | Unset = UNSET
    field_76: None | str | Unset = UNSET
    field_77: None | str | Unset = UNSET
    field_78: None | str | Unset = UNSET
    field_79: None | str | Unset = UNSET
    field_80: None | str | Unset = UNSET
    field_82: None | str | Unset = UNSET
    field_83: float | None | str | Unset = UNSET
    field_84: None | str | Unset = UNSET
    field_85: None | str | Unset = UNSET
    field_86: None | str | Unset = UNSET
    field_87: None | str | Unset = UNSET
    field_88: None | str | Unset = UNSET
    field_201: None | str | Unset = UNSET
    field_6004: None | str | Unset = UNSET
    field_6008: int | None | Unset = UNSET
    field_6070: None | str | Unset = UNSET
    field_6072: None | str | Unset = UNSET
    field_6073: None | str | Unset = UNSET
    field_6119: None | str | Unset = UNSET
    field_6457: int | None | Unset = UNSET
    field_6508: None | str | Unset = UNSET
    field_6509: None | str | Unset = UNSET
    field_7051: None | str | Unset = UNSET
    field_7057: None | str | Unset = UNSET
    field_7058: None | str | Unset = UNSET
    field_7059: None | str | Unset = UNSET
    field_7068: None | str | Unset = UNSET
    field_7084: None | str | Unset = UNSET
    field_7085: None | str | Unset = UNSET
    field_7086: None | str | Unset = UNSET
    field_7087: None | str | Unset = UNSET
    field_7088: None | str | Unset = UNSET
    field_7089: None | str | Unset = UNSET
    field_7094: None | str | Unset = UNSET
    field_7184: None | str | Unset = UNSET
    field_7219: None | str | Unset = UNSET
    field_7220: None | str | Unset = UNSET
    field_7221: None | str | Unset = UNSET
    field_7280: None | str | Unset = UNSET
    field_7281: None | str | Unset = UNSET
    field_7282: None | str | Unset = UNSET
    field_7283: None | str | Unset = UNSET
    field_7284: None | str | Unset = UNSET
    field_7285: None | str | Unset = UNSET
    field_7286: None | str | Unset = UNSET
    field_7287: None | str | Unset = UNSET
    field_7288: None | str | Unset = UNSET
    field_7289: None | str | Unset = UNSET
    field_7290: None | str | Unset = UNSET
    field_7291: None | str | Unset = UNSET
    field_7292: None | str | Unset = UNSET
    field_7293: None | str | Unset = UNSET
    field_7294: None | str | Unset = UNSET
    field_7295: None | str | Unset = UNSET
    field_7296: None | str | Unset = UNSET
    field_7308: None | str | Unset = UNSET
    field_7309: None | str | Unset = UNSET
    field_7310: None | str | Unset = UNSET
    field_7311: None | str | Unset = UNSET
    field_7607: None | str | Unset = UNSET
    field_7633: None | str | Unset = UNSET
    field_7635: None | str | Unset = UNSET
    field_7636: None | str | Unset = UNSET
    field_7637: None | str | Unset = UNSET
    field_7638: None | str | Unset = UNSET
    field_7639: None | str | Unset = UNSET
    field_7644: None | str | Unset = UNSET
    field_7655: None | str | Unset = UNSET
    field_7671: None | str | Unset = UNSET
    field_7672: None | str | Unset = UNSET
    field_7674: None | str | Unset = UNSET
    field_7675: None | str | Unset = UNSET
    field_7676: None | str | Unset = UNSET
    field_7677: None | str | Unset = UNSET
    field_7678: None | str | Unset = UNSET
    field_7679: None | str | Unset = UNSET
    field_7724: None | str | Unset = UNSET
    field_7681: None | str | Unset = UNSET
    field_7682: None | str | Unset = UNSET
    field_7683: None | str | Unset = UNSET
    field_7684: None | str | Unset = UNSET
    field_7685: None | str | Unset = UNSET
    field_7686: None | str | Unset = UNSET
    field_7687: None | str | Unset = UNSET
    field_7688: None | str | Unset = UNSET
    field_7689: None | str | Unset = UNSET
    field_7690: None | str | Unset = UNSET
    field_7694: None | str | Unset = UNSET
    field_7695: None | str | Unset = UNSET
    field_7696: None | str | Unset = UNSET
    field_7697: None | str | Unset = UNSET
    field_7698: None | str | Unset = UNSET
    field_7699: None | str | Unset = UNSET
    field_7700: None | str | Unset = UNSET
    field_7702: None | str | Unset = UNSET
    field_7703: None | str | Unset = UNSET
    field_7704: None | str | Unset = UNSET
    field_7705: None | str | Unset = UNSET
    field_7706: None | str | Unset = UNSET
    field_7707: None | str | Unset = UNSET
    field_7708: None | str | Unset = UNSET
    field_7714: None | str | Unset = UNSET
    field_7715: None | str | Unset = UNSET
    field_7718: None | str | Unset = UNSET
    field_7720: None | str | Unset = UNSET
    field_7741: None | str | Unset = UNSET
    field_7762: None | str | Unset = UNSET
    field_7768: None | str | Unset = UNSET
    field_7920: None | str | Unset = UNSET
    field_7921: None | str | Unset = UNSET
    field_87_raw: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        conid_ex: None | str | Unset
        if isinstance(self.conid_ex, Unset):
            conid_ex = UNSET
        else:
            conid_ex = self.conid_ex

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        field_updated: int | None | Unset
        if isinstance(self.field_updated, Unset):
            field_updated = UNSET
        else:
            field_updated = self.field_updated

        field_31: None | str | Unset
        if isinstance(self.field_31, Unset):
            field_31 = UNSET
        else:
            field_31 = self.field_31

        field_55: None | str | Unset
        if isinstance(self.field_55, Unset):
            field_55 = UNSET
        else:
            field_55 = self.field_55

        field_58: None | str | Unset
        if isinstance(self.field_58, Unset):
            field_58 = UNSET
        else:
            field_58 = self.field_58

        field_70: None | str | Unset
        if isinstance(self.field_70, Unset):
            field_70 = UNSET
        else:
            field_70 = self.field_70

        field_71: None | str | Unset
        if isinstance(self.field_71, Unset):
            field_71 = UNSET
        else:
            field_71 = self.field_71

        field_73: None | str | Unset
        if isinstance(self.field_73, Unset):
            field_73 = UNSET
        else:
            field_73 = self.field_73

        field_74: None | str | Unset
        if isinstance(self.field_74, Unset):
            field_74 = UNSET
        else:
            field_74 = self.field_74

        field_75: None | str | Unset
        if isinstance(self.field_75, Unset):
            field_75 = UNSET
        else:
            field_75 = self.field_75

        field_76: None | str | Unset
        if isinstance(self.field_76, Unset):
            field_76 = UNSET
        else:
            field_76 = self.field_76

        field_77: None | str | Unset
        if isinstance(self.field_77, Unset):
            field_77 = UNSET
        else:
            field_77 = self.field_77

        field_78: None | str | Unset
        if isinstance(self.field_78, Unset):
            field_78 = UNSET
        else:
            field_78 = self.field_78

        field_79: None | str | Unset
        if isinstance(self.field_79, Unset):
            field_79 = UNSET
        else:
            field_79 = self.field_79

        field_80: None | str | Unset
        if isinstance(self.field_80, Unset):
            field_80 = UNSET
        else:
            field_80 = self.field_80

        field_82: None | str | Unset
        if isinstance(self.field_82, Unset):
            field_82 = UNSET
        else:
            field_82 = self.field_82

        field_83: float | None | str | Unset
        if isinstance(self.field_83, Unset):
            field_83 = UNSET
        else:
            field_83 = self.field_83

        field_84: None | str | Unset
        if isinstance(self.field_84, Unset):
            field_84 = UNSET
        else:
            field_84 = self.field_84

        field_85: None | str | Unset
        if isinstance(self.field_85, Unset):
            field_85 = UNSET
        else:
            field_85 = self.field_85

        field_86: None | str | Unset
        if isinstance(self.field_86, Unset):
            field_86 = UNSET
        else:
            field_86 = self.field_86

        field_87: None | str | Unset
        if isinstance(self.field_87, Unset):
            field_87 = UNSET
        else:
            field_87 = self.field_87

        field_88: None | str | Unset
        if isinstance(self.field_88, Unset):
            field_88 = UNSET
        else:
            field_88 = self.field_88

        field_201: None | str | Unset
        if isinstance(self.field_201, Unset):
            field_201 = UNSET
        else:
            field_201 = self.field_201

        field_6004: None | str | Unset
        if isinstance(self.field_6004, Unset):
            field_6004 = UNSET
        else:
            field_6004 = self.field_6004

        field_6008: int | None | Unset
        if isinstance(self.field_6008, Unset):
            field_6008 = UNSET
        else:
            field_6008 = self.field_6008

        field_6070: None | str | Unset
        if isinstance(self.field_6070, Unset):
            field_6070 = UNSET
        else:
            field_6070 = self.field_6070

        field_6072: None | str | Unset
        if isinstance(self.field_6072, Unset):
            field_6072 = UNSET
        else:
            field_6072 = self.field_6072

        field_6073: None | str | Unset
        if isinstance(self.field_6073, Unset):
            field_6073 = UNSET
        else:
            field_6073 = self.field_6073

        field_6119: None | str | Unset
        if isinstance(self.field_6119, Unset):
            field_6119 = UNSET
        else:
            field_6119 = self.field_6119

        field_6457: int | None | Unset
        if isinstance(self.field_6457, Unset):
            field_6457 = UNSET
        else:
            field_6457 = self.field_6457

        field_6508: None | str | Unset
        if isinstance(self.field_6508, Unset):
            field_6508 = UNSET
        else:
            field_6508 = self.field_6508

        field_6509: None | str | Unset
        if isinstance(self.field_6509, Unset):
            field_6509 = UNSET
        else:
            field_6509 = self.field_6509

        field_7051: None | str | Unset
        if isinstance(self.field_7051, Unset):
            field_7051 = UNSET
        else:
            field_7051 = self.field_7051

        field_7057: None | str | Unset
        if isinstance(self.field_7057, Unset):
            field_7057 = UNSET
        else:
            field_7057 = self.field_7057

        field_7058: None | str | Unset
        if isinstance(self.field_7058, Unset):
            field_7058 = UNSET
        else:
            field_7058 = self.field_7058

        field_7059: None | str | Unset
        if isinstance(self.field_7059, Unset):
            field_7059 = UNSET
        else:
            field_7059 = self.field_7059

        field_7068: None | str | Unset
        if isinstance(self.field_7068, Unset):
            field_7068 = UNSET
        else:
            field_7068 = self.field_7068

        field_7084: None | str | Unset
        if isinstance(self.field_7084, Unset):
            field_7084 = UNSET
        else:
            field_7084 = self.field_7084

        field_7085: None | str | Unset
        if isinstance(self.field_7085, Unset):
            field_7085 = UNSET
        else:
            field_7085 = self.field_7085

        field_7086: None | str | Unset
        if isinstance(self.field_7086, Unset):
            field_7086 = UNSET
        else:
            field_7086 = self.field_7086

        field_7087: None | str | Unset
        if isinstance(self.field_7087, Unset):
            field_7087 = UNSET
        else:
            field_7087 = self.field_7087

        field_7088: None | str | Unset
        if isinstance(self.field_7088, Unset):
            field_7088 = UNSET
        else:
            field_7088 = self.field_7088

        field_7089: None | str | Unset
        if isinstance(self.field_7089, Unset):
            field_7089 = UNSET
        else:
            field_7089 = self.field_7089

        field_7094: None | str | Unset
        if isinstance(self.field_7094, Unset):
            field_7094 = UNSET
        else:
            field_7094 = self.field_7094

        field_7184: None | str | Unset
        if isinstance(self.field_7184, Unset):
            field_7184 = UNSET
        else:
            field_7184 = self.field_7184

        field_7219: None | str | Unset
        if isinstance(self.field_7219, Unset):
            field_7219 = UNSET
        else:
            field_7219 = self.field_7219

        field_7220: None | str | Unset
        if isinstance(self.field_7220, Unset):
            field_7220 = UNSET
        else:
            field_7220 = self.field_7220

        field_7221: None | str | Unset
        if isinstance(self.field_7221, Unset):
            field_7221 = UNSET
        else:
            field_7221 = self.field_7221

        field_7280: None | str | Unset
        if isinstance(self.field_7280, Unset):
            field_7280 = UNSET
        else:
            field_7280 = self.field_7280

        field_7281: None | str | Unset
        if isinstance(self.field_7281, Unset):
            field_7281 = UNSET
        else:
            field_7281 = self.field_7281

        field_7282: None | str | Unset
        if isinstance(self.field_7282, Unset):
            field_7282 = UNSET
        else:
            field_7282 = self.field_7282

        field_7283: None | str | Unset
        if isinstance(self.field_7283, Unset):
            field_7283 = UNSET
        else:
            field_7283 = self.field_7283

        field_7284: None | str | Unset
        if isinstance(self.field_7284, Unset):
            field_7284 = UNSET
        else:
            field_7284 = self.field_7284

        field_7285: None | str | Unset
        if isinstance(self.field_7285, Unset):
            field_7285 = UNSET
        else:
            field_7285 = self.field_7285

        field_7286: None | str | Unset
        if isinstance(self.field_7286, Unset):
            field_7286 = UNSET
        else:
            field_7286 = self.field_7286

        field_7287: None | str | Unset
        if isinstance(self.field_7287, Unset):
            field_7287 = UNSET
        else:
            field_7287 = self.field_7287

        field_7288: None | str | Unset
        if isinstance(self.field_7288, Unset):
            field_7288 = UNSET
        else:
            field_7288 = self.field_7288

        field_7289: None | str | Unset
        if isinstance(self.field_7289, Unset):
            field_7289 = UNSET
        else:
            field_7289 = self.field_7289

        field_7290: None | str | Unset
        if isinstance(self.field_7290, Unset):
            field_7290 = UNSET
        else:
            field_7290 = self.field_7290

        field_7291: None | str | Unset
        if isinstance(self.field_7291, Unset):
            field_7291 = UNSET
        else:
            field_7291 = self.field_7291

        field_7292: None | str | Unset
        if isinstance(self.field_7292, Unset):
            field_7292 = UNSET
        else:
            field_7292 = self.field_7292

        field_7293: None | str | Unset
        if isinstance(self.field_7293, Unset):
            field_7293 = UNSET
        else:
            field_7293 = self.field_7293

        field_7294: None | str | Unset
        if isinstance(self.field_7294, Unset):
            field_7294 = UNSET
        else:
            field_7294 = self.field_7294

        field_7295: None | str | Unset
        if isinstance(self.field_7295, Unset):
            field_7295 = UNSET
        else:
            field_7295 = self.field_7295

        field_7296: None | str | Unset
        if isinstance(self.field_7296, Unset):
            field_7296 = UNSET
        else:
            field_7296 = self.field_7296

        field_7308: None | str | Unset
        if isinstance(self.field_7308, Unset):
            field_7308 = UNSET
        else:
            field_7308 = self.field_7308

        field_7309: None | str | Unset
        if isinstance(self.field_7309, Unset):
            field_7309 = UNSET
        else:
            field_7309 = self.field_7309

        field_7310: None | str | Unset
        if isinstance(self.field_7310, Unset):
            field_7310 = UNSET
        else:
            field_7310 = self.field_7310

        field_7311: None | str | Unset
        if isinstance(self.field_7311, Unset):
            field_7311 = UNSET
        else:
            field_7311 = self.field_7311

        field_7607: None | str | Unset
        if isinstance(self.field_7607, Unset):
            field_7607 = UNSET
        else:
            field_7607 = self.field_7607

        field_7633: None | str | Unset
        if isinstance(self.field_7633, Unset):
            field_7633 = UNSET
        else:
            field_7633 = self.field_7633

        field_7635: None | str | Unset
        if isinstance(self.field_7635, Unset):
            field_7635 = UNSET
        else:
            field_7635 = self.field_7635

        field_7636: None | str | Unset
        if isinstance(self.field_7636, Unset):
            field_7636 = UNSET
        else:
            field_7636 = self.field_7636

        field_7637: None | str | Unset
        if isinstance(self.field_7637, Unset):
            field_7637 = UNSET
        else:
            field_7637 = self.field_7637

        field_7638: None | str | Unset
        if isinstance(self.field_7638, Unset):
            field_7638 = UNSET
        else:
            field_7638 = self.field_7638

        field_7639: None | str | Unset
        if isinstance(self.field_7639, Unset):
            field_7639 = UNSET
        else:
            field_7639 = self.field_7639

        field_7644: None | str | Unset
        if isinstance(self.field_7644, Unset):
            field_7644 = UNSET
        else:
            field_7644 = self.field_7644

        field_7655: None | str | Unset
        if isinstance(self.field_7655, Unset):
            field_7655 = UNSET
        else:
            field_7655 = self.field_7655

        field_7671: None | str | Unset
        if isinstance(self.field_7671, Unset):
            field_7671 = UNSET
        else:
            field_7671 = self.field_7671

        field_7672: None | str | Unset
        if isinstance(self.field_7672, Unset):
            field_7672 = UNSET
        else:
            field_7672 = self.field_7672

        field_7674: None | str | Unset
        if isinstance(self.field_7674, Unset):
            field_7674 = UNSET
        else:
            field_7674 = self.field_7674

        field_7675: None | str | Unset
        if isinstance(self.field_7675, Unset):
            field_7675 = UNSET
        else:
            field_7675 = self.field_7675

        field_7676: None | str | Unset
        if isinstance(self.field_7676, Unset):
            field_7676 = UNSET
        else:
            field_7676 = self.field_7676

        field_7677: None | str | Unset
        if isinstance(self.field_7677, Unset):
            field_7677 = UNSET
        else:
            field_7677 = self.field_7677

        field_7678: None | str | Unset
        if isinstance(self.field_7678, Unset):
            field_7678 = UNSET
        else:
            field_7678 = self.field_7678

        field_7679: None | str | Unset
        if isinstance(self.field_7679, Unset):
            field_7679 = UNSET
        else:
            field_7679 = self.field_7679

        field_7724: None | str | Unset
        if isinstance(self.field_7724, Unset):
            field_7724 = UNSET
        else:
            field_7724 = self.field_7724

        field_7681: None | str | Unset
        if isinstance(self.field_7681, Unset):
            field_7681 = UNSET
        else:
            field_7681 = self.field_7681

        field_7682: None | str | Unset
        if isinstance(self.field_7682, Unset):
            field_7682 = UNSET
        else:
            field_7682 = self.field_7682

        field_7683: None | str | Unset
        if isinstance(self.field_7683, Unset):
            field_7683 = UNSET
        else:
            field_7683 = self.field_7683

        field_7684: None | str | Unset
        if isinstance(self.field_7684, Unset):
            field_7684 = UNSET
        else:
            field_7684 = self.field_7684

        field_7685: None | str | Unset
        if isinstance(self.field_7685, Unset):
            field_7685 = UNSET
        else:
            field_7685 = self.field_7685

        field_7686: None | str | Unset
        if isinstance(self.field_7686, Unset):
            field_7686 = UNSET
        else:
            field_7686 = self.field_7686

        field_7687: None | str | Unset
        if isinstance(self.field_7687, Unset):
            field_7687 = UNSET
        else:
            field_7687 = self.field_7687

        field_7688: None | str | Unset
        if isinstance(self.field_7688, Unset):
            field_7688 = UNSET
        else:
            field_7688 = self.field_7688

        field_7689: None | str | Unset
        if isinstance(self.field_7689, Unset):
            field_7689 = UNSET
        else:
            field_7689 = self.field_7689

        field_7690: None | str | Unset
        if isinstance(self.field_7690, Unset):
            field_7690 = UNSET
        else:
            field_7690 = self.field_7690

        field_7694: None | str | Unset
        if isinstance(self.field_7694, Unset):
            field_7694 = UNSET
        else:
            field_7694 = self.field_7694

        field_7695: None | str | Unset
        if isinstance(self.field_7695, Unset):
            field_7695 = UNSET
        else:
            field_7695 = self.field_7695

        field_7696: None | str | Unset
        if isinstance(self.field_7696, Unset):
            field_7696 = UNSET
        else:
            field_7696 = self.field_7696

        field_7697: None | str | Unset
        if isinstance(self.field_7697, Unset):
            field_7697 = UNSET
        else:
            field_7697 = self.field_7697

        field_7698: None | str | Unset
        if isinstance(self.field_7698, Unset):
            field_7698 = UNSET
        else:
            field_7698 = self.field_7698

        field_7699: None | str | Unset
        if isinstance(self.field_7699, Unset):
            field_7699 = UNSET
        else:
            field_7699 = self.field_7699

        field_7700: None | str | Unset
        if isinstance(self.field_7700, Unset):
            field_7700 = UNSET
        else:
            field_7700 = self.field_7700

        field_7702: None | str | Unset
        if isinstance(self.field_7702, Unset):
            field_7702 = UNSET
        else:
            field_7702 = self.field_7702

        field_7703: None | str | Unset
        if isinstance(self.field_7703, Unset):
            field_7703 = UNSET
        else:
            field_7703 = self.field_7703

        field_7704: None | str | Unset
        if isinstance(self.field_7704, Unset):
            field_7704 = UNSET
        else:
            field_7704 = self.field_7704

        field_7705: None | str | Unset
        if isinstance(self.field_7705, Unset):
            field_7705 = UNSET
        else:
            field_7705 = self.field_7705

        field_7706: None | str | Unset
        if isinstance(self.field_7706, Unset):
            field_7706 = UNSET
        else:
            field_7706 = self.field_7706

        field_7707: None | str | Unset
        if isinstance(self.field_7707, Unset):
            field_7707 = UNSET
        else:
            field_7707 = self.field_7707

        field_7708: None | str | Unset
        if isinstance(self.field_7708, Unset):
            field_7708 = UNSET
        else:
            field_7708 = self.field_7708

        field_7714: None | str | Unset
        if isinstance(self.field_7714, Unset):
            field_7714 = UNSET
        else:
            field_7714 = self.field_7714

        field_7715: None | str | Unset
        if isinstance(self.field_7715, Unset):
            field_7715 = UNSET
        else:
            field_7715 = self.field_7715

        field_7718: None | str | Unset
        if isinstance(self.field_7718, Unset):
            field_7718 = UNSET
        else:
            field_7718 = self.field_7718

        field_7720: None | str | Unset
        if isinstance(self.field_7720, Unset):
            field_7720 = UNSET
        else:
            field_7720 = self.field_7720

        field_7741: None | str | Unset
        if isinstance(self.field_7741, Unset):
            field_7741 = UNSET
        else:
            field_7741 = self.field_7741

        field_7762: None | str | Unset
        if isinstance(self.field_7762, Unset):
            field_7762 = UNSET
        else:
            field_7762 = self.field_7762

        field_7768: None | str | Unset
        if isinstance(self.field_7768, Unset):
            field_7768 = UNSET
        else:
            field_7768 = self.field_7768

        field_7920: None | str | Unset
        if isinstance(self.field_7920, Unset):
            field_7920 = UNSET
        else:
            field_7920 = self.field_7920

        field_7921: None | str | Unset
        if isinstance(self.field_7921, Unset):
            field_7921 = UNSET
        else:
            field_7921 = self.field_7921

        field_87_raw: float | None | Unset
        if isinstance(self.field_87_raw, Unset):
            field_87_raw = UNSET
        else:
            field_87_raw = self.field_87_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if conid_ex is not UNSET:
            field_dict["conidEx"] = conid_ex
        if conid is not UNSET:
            field_dict["conid"] = conid
        if field_updated is not UNSET:
            field_dict["_updated"] = field_updated
        if field_31 is not UNSET:
            field_dict["31"] = field_31
        if field_55 is not UNSET:
            field_dict["55"] = field_55
        if field_58 is not UNSET:
            field_dict["58"] = field_58
        if field_70 is not UNSET:
            field_dict["70"] = field_70
        if field_71 is not UNSET:
            field_dict["71"] = field_71
        if field_73 is not UNSET:
            field_dict["73"] = field_73
        if field_74 is not UNSET:
            field_dict["74"] = field_74
        if field_75 is not UNSET:
            field_dict["75"] = field_75
        if field_76 is not UNSET:
            field_dict["76"] = field_76
        if field_77 is not UNSET:
            field_dict["77"] = field_77
        if field_78 is not UNSET:
            field_dict["78"] = field_78
        if field_79 is not UNSET:
            field_dict["79"] = field_79
        if field_80 is not UNSET:
            field_dict["80"] = field_80
        if field_82 is not UNSET:
            field_dict["82"] = field_82
        if field_83 is not UNSET:
            field_dict["83"] = field_83
        if field_84 is not UNSET:
            field_dict["84"] = field_84
        if field_85 is not UNSET:
            field_dict["85"] = field_85
        if field_86 is not UNSET:
            field_dict["86"] = field_86
        if field_87 is not UNSET:
            field_dict["87"] = field_87
        if field_88 is not UNSET:
            field_dict["88"] = field_88
        if field_201 is not UNSET:
            field_dict["201"] = field_201
        if field_6004 is not UNSET:
            field_dict["6004"] = field_6004
        if field_6008 is not UNSET:
            field_dict["6008"] = field_6008
        if field_6070 is not UNSET:
            field_dict["6070"] = field_6070
        if field_6072 is not UNSET:
            field_dict["6072"] = field_6072
        if field_6073 is not UNSET:
            field_dict["6073"] = field_6073
        if field_6119 is not UNSET:
            field_dict["6119"] = field_6119
        if field_6457 is not UNSET:
            field_dict["6457"] = field_6457
        if field_6508 is not UNSET:
            field_dict["6508"] = field_6508
        if field_6509 is not UNSET:
            field_dict["6509"] = field_6509
        if field_7051 is not UNSET:
            field_dict["7051"] = field_7051
        if field_7057 is not UNSET:
            field_dict["7057"] = field_7057
        if field_7058 is not UNSET:
            field_dict["7058"] = field_7058
        if field_7059 is not UNSET:
            field_dict["7059"] = field_7059
        if field_7068 is not UNSET:
            field_dict["7068"] = field_7068
        if field_7084 is not UNSET:
            field_dict["7084"] = field_7084
        if field_7085 is not UNSET:
            field_dict["7085"] = field_7085
        if field_7086 is not UNSET:
            field_dict["7086"] = field_7086
        if field_7087 is not UNSET:
            field_dict["7087"] = field_7087
        if field_7088 is not UNSET:
            field_dict["7088"] = field_7088
        if field_7089 is not UNSET:
            field_dict["7089"] = field_7089
        if field_7094 is not UNSET:
            field_dict["7094"] = field_7094
        if field_7184 is not UNSET:
            field_dict["7184"] = field_7184
        if field_7219 is not UNSET:
            field_dict["7219"] = field_7219
        if field_7220 is not UNSET:
            field_dict["7220"] = field_7220
        if field_7221 is not UNSET:
            field_dict["7221"] = field_7221
        if field_7280 is not UNSET:
            field_dict["7280"] = field_7280
        if field_7281 is not UNSET:
            field_dict["7281"] = field_7281
        if field_7282 is not UNSET:
            field_dict["7282"] = field_7282
        if field_7283 is not UNSET:
            field_dict["7283"] = field_7283
        if field_7284 is not UNSET:
            field_dict["7284"] = field_7284
        if field_7285 is not UNSET:
            field_dict["7285"] = field_7285
        if field_7286 is not UNSET:
            field_dict["7286"] = field_7286
        if field_7287 is not UNSET:
            field_dict["7287"] = field_7287
        if field_7288 is not UNSET:
            field_dict["7288"] = field_7288
        if field_7289 is not UNSET:
            field_dict["7289"] = field_7289
        if field_7290 is not UNSET:
            field_dict["7290"] = field_7290
        if field_7291 is not UNSET:
            field_dict["7291"] = field_7291
        if field_7292 is not UNSET:
            field_dict["7292"] = field_7292
        if field_7293 is not UNSET:
            field_dict["7293"] = field_7293
        if field_7294 is not UNSET:
            field_dict["7294"] = field_7294
        if field_7295 is not UNSET:
            field_dict["7295"] = field_7295
        if field_7296 is not UNSET:
            field_dict["7296"] = field_7296
        if field_7308 is not UNSET:
            field_dict["7308"] = field_7308
        if field_7309 is not UNSET:
            field_dict["7309"] = field_7309
        if field_7310 is not UNSET:
            field_dict["7310"] = field_7310
        if field_7311 is not UNSET:
            field_dict["7311"] = field_7311
        if field_7607 is not UNSET:
            field_dict["7607"] = field_7607
        if field_7633 is not UNSET:
            field_dict["7633"] = field_7633
        if field_7635 is not UNSET:
            field_dict["7635"] = field_7635
        if field_7636 is not UNSET:
            field_dict["7636"] = field_7636
        if field_7637 is not UNSET:
            field_dict["7637"] = field_7637
        if field_7638 is not UNSET:
            field_dict["7638"] = field_7638
        if field_7639 is not UNSET:
            field_dict["7639"] = field_7639
        if field_7644 is not UNSET:
            field_dict["7644"] = field_7644
        if field_7655 is not UNSET:
            field_dict["7655"] = field_7655
        if field_7671 is not UNSET:
            field_dict["7671"] = field_7671
        if field_7672 is not UNSET:
            field_dict["7672"] = field_7672
        if field_7674 is not UNSET:
            field_dict["7674"] = field_7674
        if field_7675 is not UNSET:
            field_dict["7675"] = field_7675
        if field_7676 is not UNSET:
            field_dict["7676"] = field_7676
        if field_7677 is not UNSET:
            field_dict["7677"] = field_7677
        if field_7678 is not UNSET:
            field_dict["7678"] = field_7678
        if field_7679 is not UNSET:
            field_dict["7679"] = field_7679
        if field_7724 is not UNSET:
            field_dict["7724"] = field_7724
        if field_7681 is not UNSET:
            field_dict["7681"] = field_7681
        if field_7682 is not UNSET:
            field_dict["7682"] = field_7682
        if field_7683 is not UNSET:
            field_dict["7683"] = field_7683
        if field_7684 is not UNSET:
            field_dict["7684"] = field_7684
        if field_7685 is not UNSET:
            field_dict["7685"] = field_7685
        if field_7686 is not UNSET:
            field_dict["7686"] = field_7686
        if field_7687 is not UNSET:
            field_dict["7687"] = field_7687
        if field_7688 is not UNSET:
            field_dict["7688"] = field_7688
        if field_7689 is not UNSET:
            field_dict["7689"] = field_7689
        if field_7690 is not UNSET:
            field_dict["7690"] = field_7690
        if field_7694 is not UNSET:
            field_dict["7694"] = field_7694
        if field_7695 is not UNSET:
            field_dict["7695"] = field_7695
        if field_7696 is not UNSET:
            field_dict["7696"] = field_7696
        if field_7697 is not UNSET:
            field_dict["7697"] = field_7697
        if field_7698 is not UNSET:
            field_dict["7698"] = field_7698
        if field_7699 is not UNSET:
            field_dict["7699"] = field_7699
        if field_7700 is not UNSET:
            field_dict["7700"] = field_7700
        if field_7702 is not UNSET:
            field_dict["7702"] = field_7702
        if field_7703 is not UNSET:
            field_dict["7703"] = field_7703
        if field_7704 is not UNSET:
            field_dict["7704"] = field_7704
        if field_7705 is not UNSET:
            field_dict["7705"] = field_7705
        if field_7706 is not UNSET:
            field_dict["7706"] = field_7706
        if field_7707 is not UNSET:
            field_dict["7707"] = field_7707
        if field_7708 is not UNSET:
            field_dict["7708"] = field_7708
        if field_7714 is not UNSET:
            field_dict["7714"] = field_7714
        if field_7715 is not UNSET:
            field_dict["7715"] = field_7715
        if field_7718 is not UNSET:
            field_dict["7718"] = field_7718
        if field_7720 is not UNSET:
            field_dict["7720"] = field_7720
        if field_7741 is not UNSET:
            field_dict["7741"] = field_7741
        if field_7762 is not UNSET:
            field_dict["7762"] = field_7762
        if field_7768 is not UNSET:
            field_dict["7768"] = field_7768
        if field_7920 is not UNSET:
            field_dict["7920"] = field_7920
        if field_7921 is not UNSET:
            field_dict["7921"] = field_7921
        if field_87_raw is not UNSET:
            field_dict["87_raw"] = field_87_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = _source.pop("topic")

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(_source.pop("server_id", UNSET))

        def _parse_conid_ex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid_ex = _parse_conid_ex(_source.pop("conidEx", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_field_updated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_updated = _parse_field_updated(_source.pop("_updated", UNSET))

        def _parse_field_31(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_31 = _parse_field_31(_source.pop("31", UNSET))

        def _parse_field_55(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_55 = _parse_field_55(_source.pop("55", UNSET))

        def _parse_field_58(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_58 = _parse_field_58(_source.pop("58", UNSET))

        def _parse_field_70(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_70 = _parse_field_70(_source.pop("70", UNSET))

        def _parse_field_71(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_71 = _parse_field_71(_source.pop("71", UNSET))

        def _parse_field_73(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_73 = _parse_field_73(_source.pop("73", UNSET))

        def _parse_field_74(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_74 = _parse_field_74(_source.pop("74", UNSET))

        def _parse_field_75(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_75 = _parse_field_75(_source.pop("75", UNSET))

        def _parse_field_76(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_76 = _parse_field_76(_source.pop("76", UNSET))

        def _parse_field_77(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_77 = _parse_field_77(_source.pop("77", UNSET))

        def _parse_field_78(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_78 = _parse_field_78(_source.pop("78", UNSET))

        def _parse_field_79(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_79 = _parse_field_79(_source.pop("79", UNSET))

        def _parse_field_80(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_80 = _parse_field_80(_source.pop("80", UNSET))

        def _parse_field_82(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_82 = _parse_field_82(_source.pop("82", UNSET))

        def _parse_field_83(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        field_83 = _parse_field_83(_source.pop("83", UNSET))

        def _parse_field_84(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_84 = _parse_field_84(_source.pop("84", UNSET))

        def _parse_field_85(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_85 = _parse_field_85(_source.pop("85", UNSET))

        def _parse_field_86(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_86 = _parse_field_86(_source.pop("86", UNSET))

        def _parse_field_87(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_87 = _parse_field_87(_source.pop("87", UNSET))

        def _parse_field_88(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_88 = _parse_field_88(_source.pop("88", UNSET))

        def _parse_field_201(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_201 = _parse_field_201(_source.pop("201", UNSET))

        def _parse_field_6004(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6004 = _parse_field_6004(_source.pop("6004", UNSET))

        def _parse_field_6008(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_6008 = _parse_field_6008(_source.pop("6008", UNSET))

        def _parse_field_6070(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6070 = _parse_field_6070(_source.pop("6070", UNSET))

        def _parse_field_6072(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6072 = _parse_field_6072(_source.pop("6072", UNSET))

        def _parse_field_6073(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6073 = _parse_field_6073(_source.pop("6073", UNSET))

        def _parse_field_6119(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6119 = _parse_field_6119(_source.pop("6119", UNSET))

        def _parse_field_6457(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        field_6457 = _parse_field_6457(_source.pop("6457", UNSET))

        def _parse_field_6508(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6508 = _parse_field_6508(_source.pop("6508", UNSET))

        def _parse_field_6509(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_6509 = _parse_field_6509(_source.pop("6509", UNSET))

        def _parse_field_7051(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7051 = _parse_field_7051(_source.pop("7051", UNSET))

        def _parse_field_7057(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7057 = _parse_field_7057(_source.pop("7057", UNSET))

        def _parse_field_7058(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7058 = _parse_field_7058(_source.pop("7058", UNSET))

        def _parse_field_7059(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7059 = _parse_field_7059(_source.pop("7059", UNSET))

        def _parse_field_7068(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7068 = _parse_field_7068(_source.pop("7068", UNSET))

        def _parse_field_7084(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7084 = _parse_field_7084(_source.pop("7084", UNSET))

        def _parse_field_7085(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7085 = _parse_field_7085(_source.pop("7085", UNSET))

        def _parse_field_7086(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7086 = _parse_field_7086(_source.pop("7086", UNSET))

        def _parse_field_7087(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7087 = _parse_field_7087(_source.pop("7087", UNSET))

        def _parse_field_7088(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7088 = _parse_field_7088(_source.pop("7088", UNSET))

        def _parse_field_7089(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7089 = _parse_field_7089(_source.pop("7089", UNSET))

        def _parse_field_7094(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7094 = _parse_field_7094(_source.pop("7094", UNSET))

        def _parse_field_7184(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7184 = _parse_field_7184(_source.pop("7184", UNSET))

        def _parse_field_7219(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7219 = _parse_field_7219(_source.pop("7219", UNSET))

        def _parse_field_7220(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7220 = _parse_field_7220(_source.pop("7220", UNSET))

        def _parse_field_7221(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7221 = _parse_field_7221(_source.pop("7221", UNSET))

        def _parse_field_7280(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7280 = _parse_field_7280(_source.pop("7280", UNSET))

        def _parse_field_7281(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7281 = _parse_field_7281(_source.pop("7281", UNSET))

        def _parse_field_7282(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7282 = _parse_field_7282(_source.pop("7282", UNSET))

        def _parse_field_7283(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7283 = _parse_field_7283(_source.pop("7283", UNSET))

        def _parse_field_7284(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7284 = _parse_field_7284(_source.pop("7284", UNSET))

        def _parse_field_7285(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7285 = _parse_field_7285(_source.pop("7285", UNSET))

        def _parse_field_7286(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7286 = _parse_field_7286(_source.pop("7286", UNSET))

        def _parse_field_7287(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7287 = _parse_field_7287(_source.pop("7287", UNSET))

        def _parse_field_7288(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7288 = _parse_field_7288(_source.pop("7288", UNSET))

        def _parse_field_7289(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7289 = _parse_field_7289(_source.pop("7289", UNSET))

        def _parse_field_7290(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7290 = _parse_field_7290(_source.pop("7290", UNSET))

        def _parse_field_7291(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7291 = _parse_field_7291(_source.pop("7291", UNSET))

        def _parse_field_7292(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7292 = _parse_field_7292(_source.pop("7292", UNSET))

        def _parse_field_7293(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7293 = _parse_field_7293(_source.pop("7293", UNSET))

        def _parse_field_7294(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7294 = _parse_field_7294(_source.pop("7294", UNSET))

        def _parse_field_7295(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7295 = _parse_field_7295(_source.pop("7295", UNSET))

        def _parse_field_7296(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7296 = _parse_field_7296(_source.pop("7296", UNSET))

        def _parse_field_7308(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7308 = _parse_field_7308(_source.pop("7308", UNSET))

        def _parse_field_7309(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7309 = _parse_field_7309(_source.pop("7309", UNSET))

        def _parse_field_7310(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7310 = _parse_field_7310(_source.pop("7310", UNSET))

        def _parse_field_7311(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7311 = _parse_field_7311(_source.pop("7311", UNSET))

        def _parse_field_7607(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7607 = _parse_field_7607(_source.pop("7607", UNSET))

        def _parse_field_7633(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7633 = _parse_field_7633(_source.pop("7633", UNSET))

        def _parse_field_7635(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7635 = _parse_field_7635(_source.pop("7635", UNSET))

        def _parse_field_7636(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7636 = _parse_field_7636(_source.pop("7636", UNSET))

        def _parse_field_7637(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7637 = _parse_field_7637(_source.pop("7637", UNSET))

        def _parse_field_7638(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7638 = _parse_field_7638(_source.pop("7638", UNSET))

        def _parse_field_7639(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7639 = _parse_field_7639(_source.pop("7639", UNSET))

        def _parse_field_7644(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7644 = _parse_field_7644(_source.pop("7644", UNSET))

        def _parse_field_7655(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7655 = _parse_field_7655(_source.pop("7655", UNSET))

        def _parse_field_7671(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7671 = _parse_field_7671(_source.pop("7671", UNSET))

        def _parse_field_7672(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7672 = _parse_field_7672(_source.pop("7672", UNSET))

        def _parse_field_7674(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7674 = _parse_field_7674(_source.pop("7674", UNSET))

        def _parse_field_7675(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7675 = _parse_field_7675(_source.pop("7675", UNSET))

        def _parse_field_7676(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7676 = _parse_field_7676(_source.pop("7676", UNSET))

        def _parse_field_7677(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7677 = _parse_field_7677(_source.pop("7677", UNSET))

        def _parse_field_7678(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7678 = _parse_field_7678(_source.pop("7678", UNSET))

        def _parse_field_7679(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7679 = _parse_field_7679(_source.pop("7679", UNSET))

        def _parse_field_7724(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7724 = _parse_field_7724(_source.pop("7724", UNSET))

        def _parse_field_7681(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7681 = _parse_field_7681(_source.pop("7681", UNSET))

        def _parse_field_7682(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7682 = _parse_field_7682(_source.pop("7682", UNSET))

        def _parse_field_7683(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7683 = _parse_field_7683(_source.pop("7683", UNSET))

        def _parse_field_7684(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7684 = _parse_field_7684(_source.pop("7684", UNSET))

        def _parse_field_7685(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7685 = _parse_field_7685(_source.pop("7685", UNSET))

        def _parse_field_7686(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7686 = _parse_field_7686(_source.pop("7686", UNSET))

        def _parse_field_7687(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7687 = _parse_field_7687(_source.pop("7687", UNSET))

        def _parse_field_7688(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7688 = _parse_field_7688(_source.pop("7688", UNSET))

        def _parse_field_7689(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7689 = _parse_field_7689(_source.pop("7689", UNSET))

        def _parse_field_7690(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7690 = _parse_field_7690(_source.pop("7690", UNSET))

        def _parse_field_7694(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7694 = _parse_field_7694(_source.pop("7694", UNSET))

        def _parse_field_7695(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7695 = _parse_field_7695(_source.pop("7695", UNSET))

        def _parse_field_7696(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7696 = _parse_field_7696(_source.pop("7696", UNSET))

        def _parse_field_7697(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7697 = _parse_field_7697(_source.pop("7697", UNSET))

        def _parse_field_7698(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7698 = _parse_field_7698(_source.pop("7698", UNSET))

        def _parse_field_7699(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7699 = _parse_field_7699(_source.pop("7699", UNSET))

        def _parse_field_7700(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7700 = _parse_field_7700(_source.pop("7700", UNSET))

        def _parse_field_7702(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7702 = _parse_field_7702(_source.pop("7702", UNSET))

        def _parse_field_7703(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7703 = _parse_field_7703(_source.pop("7703", UNSET))

        def _parse_field_7704(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7704 = _parse_field_7704(_source.pop("7704", UNSET))

        def _parse_field_7705(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7705 = _parse_field_7705(_source.pop("7705", UNSET))

        def _parse_field_7706(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7706 = _parse_field_7706(_source.pop("7706", UNSET))

        def _parse_field_7707(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7707 = _parse_field_7707(_source.pop("7707", UNSET))

        def _parse_field_7708(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7708 = _parse_field_7708(_source.pop("7708", UNSET))

        def _parse_field_7714(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7714 = _parse_field_7714(_source.pop("7714", UNSET))

        def _parse_field_7715(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7715 = _parse_field_7715(_source.pop("7715", UNSET))

        def _parse_field_7718(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7718 = _parse_field_7718(_source.pop("7718", UNSET))

        def _parse_field_7720(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7720 = _parse_field_7720(_source.pop("7720", UNSET))

        def _parse_field_7741(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7741 = _parse_field_7741(_source.pop("7741", UNSET))

        def _parse_field_7762(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7762 = _parse_field_7762(_source.pop("7762", UNSET))

        def _parse_field_7768(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7768 = _parse_field_7768(_source.pop("7768", UNSET))

        def _parse_field_7920(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7920 = _parse_field_7920(_source.pop("7920", UNSET))

        def _parse_field_7921(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_7921 = _parse_field_7921(_source.pop("7921", UNSET))

        def _parse_field_87_raw(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_87_raw = _parse_field_87_raw(_source.pop("87_raw", UNSET))

        _model = cls(
            topic=topic,
            server_id=server_id,
            conid_ex=conid_ex,
            conid=conid,
            field_updated=field_updated,
            field_31=field_31,
            field_55=field_55,
            field_58=field_58,
            field_70=field_70,
            field_71=field_71,
            field_73=field_73,
            field_74=field_74,
            field_75=field_75,
            field_76=field_76,
            field_77=field_77,
            field_78=field_78,
            field_79=field_79,
            field_80=field_80,
            field_82=field_82,
            field_83=field_83,
            field_84=field_84,
            field_85=field_85,
            field_86=field_86,
            field_87=field_87,
            field_88=field_88,
            field_201=field_201,
            field_6004=field_6004,
            field_6008=field_6008,
            field_6070=field_6070,
            field_6072=field_6072,
            field_6073=field_6073,
            field_6119=field_6119,
            field_6457=field_6457,
            field_6508=field_6508,
            field_6509=field_6509,
            field_7051=field_7051,
            field_7057=field_7057,
            field_7058=field_7058,
            field_7059=field_7059,
            field_7068=field_7068,
            field_7084=field_7084,
            field_7085=field_7085,
            field_7086=field_7086,
            field_7087=field_7087,
            field_7088=field_7088,
            field_7089=field_7089,
            field_7094=field_7094,
            field_7184=field_7184,
            field_7219=field_7219,
            field_7220=field_7220,
            field_7221=field_7221,
            field_7280=field_7280,
            field_7281=field_7281,
            field_7282=field_7282,
            field_7283=field_7283,
            field_7284=field_7284,
            field_7285=field_7285,
            field_7286=field_7286,
            field_7287=field_7287,
            field_7288=field_7288,
            field_7289=field_7289,
            field_7290=field_7290,
            field_7291=field_7291,
            field_7292=field_7292,
            field_7293=field_7293,
            field_7294=field_7294,
            field_7295=field_7295,
            field_7296=field_7296,
            field_7308=field_7308,
            field_7309=field_7309,
            field_7310=field_7310,
            field_7311=field_7311,
            field_7607=field_7607,
            field_7633=field_7633,
            field_7635=field_7635,
            field_7636=field_7636,
            field_7637=field_7637,
            field_7638=field_7638,
            field_7639=field_7639,
            field_7644=field_7644,
            field_7655=field_7655,
            field_7671=field_7671,
            field_7672=field_7672,
            field_7674=field_7674,
            field_7675=field_7675,
            field_7676=field_7676,
            field_7677=field_7677,
            field_7678=field_7678,
            field_7679=field_7679,
            field_7724=field_7724,
            field_7681=field_7681,
            field_7682=field_7682,
            field_7683=field_7683,
            field_7684=field_7684,
            field_7685=field_7685,
            field_7686=field_7686,
            field_7687=field_7687,
            field_7688=field_7688,
            field_7689=field_7689,
            field_7690=field_7690,
            field_7694=field_7694,
            field_7695=field_7695,
            field_7696=field_7696,
            field_7697=field_7697,
            field_7698=field_7698,
            field_7699=field_7699,
            field_7700=field_7700,
            field_7702=field_7702,
            field_7703=field_7703,
            field_7704=field_7704,
            field_7705=field_7705,
            field_7706=field_7706,
            field_7707=field_7707,
            field_7708=field_7708,
            field_7714=field_7714,
            field_7715=field_7715,
            field_7718=field_7718,
            field_7720=field_7720,
            field_7741=field_7741,
            field_7762=field_7762,
            field_7768=field_7768,
            field_7920=field_7920,
            field_7921=field_7921,
            field_87_raw=field_87_raw,
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
