"""Every listing of a symbol, as GET /trsrv/stocks answers it: the primary US listing the
catalogue trades, plus the foreign listings, ETPs and CDRs IBKR also returns for the symbol.

AAPL and GOOG are copied from the recording ``GET_trsrv_stocks__1`` (three instruments each,
the first with several exchanges; the names and the HTML-escaped Chinese names as IBKR sends
them). The extra listings are answered here only: they are not tradable in the mock.

>>> [entry["name"] for entry in RECORDED_LISTINGS["AAPL"]]
['APPLE INC', 'LS 1X AAPL', 'APPLE INC-CDR']
"""

from __future__ import annotations

from typing import Any


def _contract(conid: int, exchange: str, is_us: bool = False) -> dict[str, Any]:
    return {"conid": conid, "exchange": exchange, "isUS": is_us}


def _entry(name: str, chinese: str | None, *contracts: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "chineseName": chinese, "assetClass": "STK",
            "contracts": list(contracts)}


_APPLE_CN = "&#x82F9;&#x679C;&#x516C;&#x53F8;"
_ALPHABET_CN = "Alphabet&#x516C;&#x53F8;"

RECORDED_LISTINGS: dict[str, list[dict[str, Any]]] = {
    "AAPL": [
        _entry("APPLE INC", _APPLE_CN, _contract(265598, "NASDAQ", True),
               _contract(38708077, "MEXI"), _contract(273982664, "EBS")),
        _entry("LS 1X AAPL", None, _contract(493546048, "LSEETF")),
        _entry("APPLE INC-CDR", _APPLE_CN, _contract(532640894, "AEQLIT")),
    ],
    "GOOG": [
        _entry("ALPHABET INC-CL C", _ALPHABET_CN, _contract(208813720, "NASDAQ", True),
               _contract(210810667, "MEXI")),
        _entry("LS 1X GOOG", None, _contract(493546022, "LSEETF")),
        _entry("ALPHABET INC - CDR", _ALPHABET_CN, _contract(532638805, "AEQLIT")),
    ],
}
"""From contract_tests/cassettes/rest/GET_trsrv_stocks__1.json."""


def listings_of(symbol: str) -> list[dict[str, Any]] | None:
    """The recorded listings of `symbol` (a copy), or None when none were recorded."""
    recorded = RECORDED_LISTINGS.get(symbol)
    if recorded is None:
        return None
    return [{**entry, "contracts": [dict(c) for c in entry["contracts"]]} for entry in recorded]
