"""Contract discovery through the generated client: search, strikes, secdef info, rules."""

from __future__ import annotations

import json

import pytest

from ibkr_client import Client
from ibkr_client.api.contract import (
    get_contract_algos,
    get_contract_info,
    get_contract_rules,
    get_currency_pairs,
    get_exchange_rate,
    get_futures_by_symbols,
    get_secdef_info,
    get_secdef_strikes,
    get_security_definitions,
    get_stocks_by_symbols,
    get_trading_schedule_by_symbol,
    search_contracts,
    search_contracts_via_post,
)
from ibkr_client.models import (
    ContractAlgoFlag,
    ContractRulesRequest,
    ErrorMessage,
    ErrorWithStatusCode,
    ScheduleAssetClass,
    SecdefRight,
    SecdefSearchRequest,
    SecdefSearchResult,
)
from ibkr_webapi.mock.app import MockServer
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    ES_DEC26,
    EURUSD,
    FED_FUNDS_YES,
    SPX,
    client_fixture,
    clock_fixture,
    get_json,
    http_fixture,
    server_fixture,
    validator_fixture,
)

Errors = (ErrorMessage, ErrorWithStatusCode)



def search(client: Client, symbol: str, **options: object) -> list[SecdefSearchResult]:
    answer = search_contracts.sync(client=client, symbol=symbol, **options)
    assert isinstance(answer, list), answer
    return answer


def test_search_lists_the_derivative_sections(client: Client) -> None:
    aapl = search(client, "AAPL")[0]
    assert (aapl.conid, aapl.symbol, aapl.company_header) == ("265598", "AAPL",
                                                              "APPLE INC - NASDAQ")
    options = {s.sec_type: s for s in aapl.sections}["OPT"]
    assert options.months == "DEC26;JAN27"
    spx = search(client, "ES")[0]
    futures = {s.sec_type: s for s in spx.sections}["FUT"]
    assert spx.conid == str(SPX) and (futures.symbol, futures.months) == ("ES", "DEC26;MAR27")


def test_search_by_name_gives_the_short_form(client: Client) -> None:
    [entry] = search(client, "MICROSOFT", name=True)
    assert entry.to_dict() == {"conid": "272093", "companyHeader": "MICROSOFT CORP - NASDAQ",
                               "companyName": "MICROSOFT CORP", "symbol": "MSFT"}


def test_post_search_answers_like_get(client: Client) -> None:
    posted = search_contracts_via_post.sync(client=client, body=SecdefSearchRequest("IBM"))
    assert isinstance(posted, list)
    assert [e.to_dict() for e in posted] == [e.to_dict() for e in search(client, "IBM")]


def test_an_unknown_symbol_is_a_400(client: Client) -> None:
    response = search_contracts.sync_detailed(client=client, symbol="ZZZZ")
    assert response.status_code == 400 and isinstance(response.parsed, Errors)
    assert response.parsed.error == "No contracts found for symbol: ZZZZ"


def test_strikes_are_empty_until_the_underlying_was_searched(server: MockServer,
                                                             client: Client) -> None:
    before = get_secdef_strikes.sync(client=client, conid=str(AAPL), sectype="OPT",
                                     month="DEC26")
    assert before is not None and not isinstance(before, Errors)
    assert (before.call, before.put) == ([], [])
    search(client, "AAPL")
    after = get_secdef_strikes.sync(client=client, conid=str(AAPL), sectype="OPT",
                                    month="DEC26")
    assert after is not None and not isinstance(after, Errors)
    chain = server.world.catalogue.option_chain(AAPL, "DEC26")
    assert after.call == sorted({o.strike for o in chain}) == after.put
    assert len(after.call) > 15


def test_secdef_info_resolves_an_option_from_the_chain(server: MockServer,
                                                       client: Client) -> None:
    search(client, "AAPL")
    strikes = get_secdef_strikes.sync(client=client, conid=str(AAPL), sectype="OPT",
                                      month="DEC26")
    assert strikes is not None and not isinstance(strikes, Errors)
    strike = strikes.call[10]
    answer = get_secdef_info.sync(client=client, conid=str(AAPL), sectype="OPT", month="DEC26",
                                  strike=f"{strike:g}", right=SecdefRight.C)
    assert isinstance(answer, list) and len(answer) == 1
    option = server.world.catalogue.get(answer[0].conid)
    assert (option.strike, option.right, option.month) == (strike, "C", "DEC26")
    assert answer[0].desc2 == f"DEC 18 '26 {strike:g} Call" and answer[0].multiplier == "100"


def test_secdef_info_with_a_bad_conid_is_a_500_with_json_in_a_string(client: Client) -> None:
    response = get_secdef_info.sync_detailed(client=client, conid="1", sectype="STK")
    assert response.status_code == 500 and isinstance(response.parsed, ErrorMessage)
    assert json.loads(response.parsed.error)["errorCode"] == "INVALID_CONID"


def test_contract_info_uses_snake_case(client: Client) -> None:
    info = get_contract_info.sync(str(ES_DEC26), client=client)
    assert info is not None and not isinstance(info, Errors)
    data = info.to_dict()
    assert (data["con_id"], data["instrument_type"], data["multiplier"]) == (ES_DEC26, "FUT",
                                                                           "50")
    assert data["contract_month"] == "202612" and data["underlying_con_id"] == SPX


def test_rules_follow_the_instrument_and_the_side(server: MockServer, client: Client) -> None:
    buy = get_contract_rules.sync(client=client, body=ContractRulesRequest(conid=AAPL))
    assert buy is not None and not isinstance(buy, Errors)
    assert buy.increment == 0.01 and buy.limit_price == server.world.market.price(AAPL)
    assert "U1234567" in buy.can_trade_acct_ids and "F7654321" not in buy.can_trade_acct_ids
    sell = get_contract_rules.sync(client=client, body=ContractRulesRequest(
        conid=FED_FUNDS_YES, is_buy=False))
    assert sell is not None and not isinstance(sell, Errors)
    assert isinstance(sell.error, str) and "cannot be sold" in sell.error


def test_algos_need_a_preflight(client: Client) -> None:
    def algos() -> list[str]:
        answer = get_contract_algos.sync(str(AAPL), client=client, algos="Adaptive;Vwap",
                                         add_params=ContractAlgoFlag.VALUE_1)
        assert answer is not None and not isinstance(answer, Errors)
        return [a.id for a in answer.algos]
    assert algos() == []
    assert algos() == ["Adaptive", "Vwap"]


def test_futures_stocks_and_secdef_by_symbol(client: Client) -> None:
    futures = get_futures_by_symbols.sync(client=client, symbols=["ES", "XX"])
    assert futures is not None and not isinstance(futures, Errors)
    assert [f.conid for f in futures["ES"]] == [ES_DEC26, 649180678]
    assert futures["XX"] == []
    stocks = get_stocks_by_symbols.sync(client=client, symbols=["AAPL"])
    assert stocks is not None and not isinstance(stocks, Errors)
    assert stocks["AAPL"][0].contracts[0].conid == AAPL
    secdefs = get_security_definitions.sync(client=client, conids=[AAPL, ES_DEC26])
    assert secdefs is not None and not isinstance(secdefs, Errors)
    assert [(s.ticker, s.has_options) for s in secdefs.secdef] == [("AAPL", True), ("ES", False)]


def test_currencies(server: MockServer, client: Client) -> None:
    pairs = get_currency_pairs.sync(client=client, currency="EUR")
    assert pairs is not None and not isinstance(pairs, Errors)
    assert [(p.symbol, p.conid, p.ccy_pair) for p in pairs["EUR"]] == [("EUR.USD", EURUSD,
                                                                        "USD")]
    rate = get_exchange_rate.sync(client=client, source="USD", target="EUR")
    assert rate is not None and not isinstance(rate, Errors)
    assert rate.rate == pytest.approx(1 / server.world.market.price(EURUSD))


def test_the_weekly_schedule_and_dated_sessions(http: object, client: Client) -> None:
    weekly = get_trading_schedule_by_symbol.sync(
        client=client, asset_class=ScheduleAssetClass.STK, conid=str(AAPL),
        symbol="AAPL")
    assert isinstance(weekly, list)
    days = {d.trading_schedule_date: d for d in weekly[0].schedules}
    assert days["20000101"].tradingtimes == []  # any Saturday
    monday = days["20000103"]
    assert (monday.sessions[0].opening_time, monday.sessions[0].closing_time) == ("0930", "1600")
    dated = get_json(http, "/contract/trading-schedule", conid=AAPL)  # type: ignore[arg-type]
    assert dated["exchange_time_zone"] == "US/Eastern"
    thursday = dated["schedules"]["20260402"]
    assert thursday["liquid_hours"] == [{"opening": 1775136600, "closing": 1775160000}]
    assert "20260404" not in dated["schedules"]  # Saturday
