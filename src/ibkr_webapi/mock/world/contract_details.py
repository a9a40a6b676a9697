"""How IBKR describes a contract: search entries, secdef, contract info and trading rules.

Every builder is a pure function of an instrument (plus the market for prices), returning
the JSON shapes of the Contract chapter, with the key names real servers use.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> catalogue = default_catalogue()
>>> search_entry(catalogue, catalogue.get(265598))["sections"][1]
{'secType': 'OPT', 'months': 'DEC26;JAN27', 'exchange': 'SMART;AMEX;CBOE'}
>>> contract_info(catalogue.get(265598))["valid_exchanges"].startswith("SMART,")
True
>>> issuer_id(catalogue.get(573201813))
'e3201813'
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ibkr_webapi.mock.world.catalogue import Catalogue, Instrument
from ibkr_webapi.mock.world.profiles import profile

BOND_PSEUDO_CONID = "2147483647"
"""The conid of the bond entry that ends search results (OBSERVED-DEVIATIONS)."""
DERIVATIVE_TYPES = ("OPT", "FUT", "EC")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ORDER_TYPES = {
    "STK": ["limit", "midprice", "market", "stop", "stop_limit", "mit", "lit", "trailing_stop",
            "trailing_stop_limit", "relative", "marketonclose", "limitonclose"],
    "OPT": ["limit", "market", "stop", "stop_limit", "relative"],
    "FUT": ["limit", "market", "stop", "stop_limit", "mit", "lit", "trailing_stop"],
    "CASH": ["limit", "market", "stop", "stop_limit"],
}
_TIF_TYPES = ["IOC/MARKET,LIMIT,RELATIVE,MARKETONCLOSE,MIDPRICE,LIMITONCLOSE,MKT_PROTECT,STPPRT,a",
              "GTC/o,a", "OPG/LIMIT,MARKET,a", "GTD/o,a", "DAY/o,a"]


def underlying_of(catalogue: Catalogue, instrument: Instrument) -> Instrument:
    """What a search returns for an instrument: derivatives map to their underlying."""
    if instrument.sec_type in DERIVATIVE_TYPES and catalogue.find(instrument.underlying):
        return catalogue.get(instrument.underlying)
    return instrument


def derivative_months(catalogue: Catalogue, underlying: int, sec_type: str) -> list[str]:
    """Months with derivatives of `sec_type` on `underlying`, nearest expiry first."""
    found = {(i.maturity, i.month) for i in catalogue
             if i.sec_type == sec_type and i.underlying == underlying}
    return [month for _, month in sorted(found)]


def listing(instrument: Instrument) -> str:
    return instrument.listing_exchange or instrument.exchange


def search_entry(catalogue: Catalogue, instrument: Instrument) -> dict[str, Any]:
    """One /iserver/secdef/search result: the underlying and its derivative sections."""
    sections: list[dict[str, Any]] = [{"secType": instrument.sec_type}]
    options = derivative_months(catalogue, instrument.conid, "OPT")
    if options:
        sections.append({"secType": "OPT", "months": ";".join(options),
                         "exchange": "SMART;AMEX;CBOE"})
    futures = [i for i in catalogue if i.sec_type == "FUT" and i.underlying == instrument.conid]
    if futures:
        sections.append({"secType": "FUT", "symbol": futures[0].symbol, "exchange": "CME",
                         "months": ";".join(derivative_months(catalogue, instrument.conid,
                                                              "FUT"))})
    return {"conid": str(instrument.conid),
            "companyHeader": f"{instrument.company_name} - {listing(instrument)}",
            "companyName": instrument.company_name, "symbol": instrument.symbol,
            "description": listing(instrument), "restricted": None,
            "opt": ";".join(options) or None, "fop": None, "war": None, "sections": sections}


def issuer_id(bond: Instrument) -> str:
    """The bond issuer id ("e" and seven digits) that /iserver/secdef/info takes."""
    return f"e{bond.conid % 10_000_000:07d}"


def bond_entry(bonds: list[Instrument]) -> dict[str, Any]:
    """The bond pseudo-entry of a search: issuers, and nulls where a company would be."""
    issuers = {issuer_id(bond): bond.company_name for bond in bonds}
    return {"conid": BOND_PSEUDO_CONID, "companyHeader": "Government Bonds", "companyName": None,
            "symbol": None, "description": None, "restricted": None, "fop": None, "opt": None,
            "war": None, "sections": [{"secType": "BOND"}], "bondid": 5,
            "issuers": [{"id": key, "name": name} for key, name in issuers.items()]}


def contract_month(instrument: Instrument) -> str | None:
    """YYYYMM of a derivative's expiry, None for the others."""
    return instrument.maturity[:6] if instrument.maturity else None


def local_symbol(instrument: Instrument) -> str:
    return instrument.description if instrument.sec_type in DERIVATIVE_TYPES else instrument.symbol


def contract_info(instrument: Instrument) -> dict[str, Any]:
    """GET /iserver/contract/{conid}/info, in the snake_case real servers send."""
    details = profile(instrument)
    return {
        "cfi_code": "", "symbol": instrument.symbol, "cusip": None,
        "expiry_full": instrument.maturity or None, "con_id": instrument.conid,
        "maturity_date": instrument.maturity or None, "industry": details.industry,
        "instrument_type": instrument.sec_type, "trading_class": instrument.symbol,
        "valid_exchanges": details.valid_exchanges, "allow_sell_long": False,
        "is_zero_commission_security": False, "local_symbol": local_symbol(instrument),
        "contract_clarification_type": None, "classifier": None,
        "currency": instrument.currency, "text": None,
        "underlying_con_id": instrument.underlying, "r_t_h": True,
        "multiplier": f"{instrument.multiplier:g}" if instrument.multiplier != 1 else None,
        "underlying_issuer": None, "contract_month": contract_month(instrument),
        "company_name": instrument.company_name,
        "smart_available": "SMART" in details.valid_exchanges.split(","),
        "exchange": instrument.exchange, "category": details.sector.category,
    }


def increment_rules(instrument: Instrument) -> list[dict[str, float]]:
    return [{"lowerEdge": 0.0, "increment": instrument.tick}]


def rules(instrument: Instrument, price: float, accounts: list[str], is_buy: bool,
          modify: bool = False) -> dict[str, Any]:
    """POST /iserver/contract/rules: what an order for this contract and side may be."""
    decimals = profile(instrument).decimals
    order_types = _ORDER_TYPES.get(instrument.sec_type, ["limit"])
    forecast_sell = instrument.sec_type == "EC" and not is_buy
    answer: dict[str, Any] = {
        "algoEligible": instrument.sec_type == "STK", "overnightEligible": True,
        "costReport": False, "canTradeAcctIds": accounts,
        "error": "ForecastEx contracts cannot be sold: buy the opposite side" if forecast_sell
        else None,
        "orderTypes": order_types, "ibAlgoTypes": [t for t in order_types if "limit" in t],
        "fraqTypes": order_types if instrument.sec_type == "STK" else [],
        "forceOrderPreview": False, "cqtTypes": ["limit", "market", "stop", "stop_limit"],
        "orderDefaults": {"LMT": {"LP": f"{price:.{decimals}f}"}},
        "orderTypesOutside": [t for t in order_types if "limit" in t],
        "defaultSize": 100 if instrument.sec_type == "STK" else 1, "cashSize": 0.0,
        "sizeIncrement": 1, "tifTypes": _TIF_TYPES,
        "tifDefaults": {"TIF": "DAY", "SIZE": "100.00"}, "limitPrice": price,
        "stopprice": price, "orderOrigination": None, "preview": True, "displaySize": None,
        "fraqInt": 4 if instrument.sec_type == "STK" else 0, "cashCcy": instrument.currency,
        "cashQtyIncr": 500, "priceMagnifier": None, "negativeCapable": False,
        "incrementType": 1, "incrementRules": increment_rules(instrument), "hasSecondary": True,
        "increment": instrument.tick, "incrementDigits": decimals, "allOrNoneEligible": True,
    }
    if modify:
        answer["modTypes"] = order_types
    return answer


def secdef(instrument: Instrument, has_options: bool) -> dict[str, Any]:
    """One entry of GET /trsrv/secdef."""
    details = profile(instrument)
    return {
        "conid": instrument.conid, "currency": instrument.currency, "time": 27,
        "chineseName": None, "allExchanges": details.valid_exchanges,
        "listingExchange": listing(instrument), "countryCode": "US",
        "name": instrument.company_name, "assetClass": instrument.sec_type,
        "expiry": instrument.maturity or None, "lastTradingDay": instrument.maturity or None,
        "group": details.industry or None, "putOrCall": instrument.right or None,
        "sector": details.sector.sector or None, "sectorGroup": details.sector.category or None,
        "strike": f"{instrument.strike:g}", "ticker": instrument.symbol,
        "undConid": instrument.underlying, "multiplier": float(instrument.multiplier),
        "type": details.stock_type if instrument.sec_type == "STK" else instrument.sec_type,
        "hasOptions": has_options, "fullName": local_symbol(instrument), "isUS": True,
        "incrementRules": increment_rules(instrument),
        "displayRule": {"magnification": 0, "displayRuleStep": [
            {"decimalDigits": details.decimals, "lowerEdge": 0.0, "wholeDigits": 4}]},
        "isEventContract": instrument.sec_type == "EC", "pageSize": 100,
    }


def describe_expiry(instrument: Instrument) -> str:
    """desc2 of /iserver/secdef/info, e.g. "DEC 18 '26 195 Call" or "DEC 2026"."""
    if not instrument.maturity:
        return instrument.description
    year, day = instrument.maturity[:4], instrument.maturity[6:]
    name = _MONTHS[int(instrument.maturity[4:6]) - 1]
    if instrument.sec_type == "FUT":
        return f"{name} {year}"
    side = {"C": "Call", "P": "Put"}.get(instrument.right, "")
    return f"{name} {day} '{year[2:]} {instrument.strike:g} {side}".strip()


def secdef_info(instrument: Instrument) -> dict[str, Any]:
    """One contract of GET /iserver/secdef/info (right "?" for a stock, as servers send)."""
    return {
        "conid": instrument.conid, "symbol": instrument.symbol, "ticker": instrument.symbol,
        "secType": instrument.sec_type, "exchange": instrument.exchange,
        "listingExchange": instrument.listing_exchange or None,
        "right": instrument.right or "?", "strike": instrument.strike,
        "currency": instrument.currency, "cusip": None, "coupon": "No Coupon",
        "desc1": instrument.symbol, "desc2": describe_expiry(instrument),
        "maturityDate": instrument.maturity, "multiplier": f"{instrument.multiplier:g}",
        "tradingClass": instrument.symbol, "companyName": instrument.company_name,
        "validExchanges": profile(instrument).valid_exchanges, "priceRendering": None,
    }


def last_trading_day(maturity: str) -> int:
    """The day before expiry, as the integer YYYYMMDD /trsrv/futures sends."""
    expiry = date(int(maturity[:4]), int(maturity[4:6]), int(maturity[6:8]))
    return int((expiry - timedelta(days=1)).strftime("%Y%m%d"))
