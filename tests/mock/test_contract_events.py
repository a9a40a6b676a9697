"""Event contracts (ForecastEx) through the generated client: categories, markets, details."""

from __future__ import annotations

from ibkr_client import Client
from ibkr_client.api.event_contracts import (
    get_event_category_tree,
    get_event_contracts,
    get_forecast_category_tree,
    get_forecast_contract_details,
    get_forecast_contract_rules,
    get_forecast_contract_schedules,
    get_forecast_market,
)
from ibkr_client.models import ErrorMessage, ErrorWithStatusCode
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    FED_FUNDS_MARKET,
    FED_FUNDS_NO,
    FED_FUNDS_YES,
    client_fixture,
    clock_fixture,
    http_fixture,
    server_fixture,
    validator_fixture,
)

Errors = (ErrorMessage, ErrorWithStatusCode)



def test_the_category_trees_lead_to_the_market(client: Client) -> None:
    tree = get_event_category_tree.sync(client=client)
    assert tree is not None and not isinstance(tree, Errors)
    leaf = next(node for node in tree.additional_properties.values() if node.markets)
    assert leaf.markets[0].conid == FED_FUNDS_MARKET and leaf.markets[0].symbol == "FF"
    assert tree[leaf.parent_id].parent_id == "g1003" and "parentId" not in tree[
        "g1003"].to_dict()
    forecast = get_forecast_category_tree.sync(client=client)
    assert forecast is not None and not isinstance(forecast, Errors)
    markets = [m for c in forecast.categories.additional_properties.values()
               if c.markets for m in c.markets]
    assert [(m.conid, m.product_conid) for m in markets] == [(FED_FUNDS_MARKET, 658663579)]


def test_a_market_lists_its_contracts(client: Client) -> None:
    answer = get_event_contracts.sync(client=client, market=FED_FUNDS_MARKET,
                                      exchange="FORECASTX")
    assert answer is not None and not isinstance(answer, Errors)
    yes, no = answer.contracts
    assert (yes.conid, yes.put_or_call, yes.strike) == (FED_FUNDS_YES, "C", 4.375)
    assert yes.short_description == "FF Dec16'26 4.375 YES @FORECASTX"
    assert (no.conid, no.put_or_call, no.strike) == (FED_FUNDS_NO, "P", 4.375)
    market = get_forecast_market.sync(client=client, underlying_conid=FED_FUNDS_MARKET)
    assert market is not None and not isinstance(market, Errors)
    sides = [(c.conid, c.side) for c in market.contracts]
    assert sides == [(FED_FUNDS_YES, "Y"), (FED_FUNDS_NO, "N")]


def test_details_rules_and_schedules_of_a_contract(client: Client) -> None:
    details = get_forecast_contract_details.sync(client=client, conid=FED_FUNDS_YES)
    assert details is not None and not isinstance(details, Errors)
    assert (details.conid_yes, details.side, details.strike_label) == (
        FED_FUNDS_YES, "Y", "Above 4.375%")
    rules = get_forecast_contract_rules.sync(client=client, conid=FED_FUNDS_YES)
    assert rules is not None and not isinstance(rules, Errors)
    assert rules.threshold == "4.375" and rules.payout_time > rules.last_trade_time
    schedules = get_forecast_contract_schedules.sync(client=client, conid=FED_FUNDS_YES)
    assert schedules is not None and not isinstance(schedules, Errors)
    assert len(schedules.trading_schedules) == 7
    assert schedules.trading_schedules[0].trading_times[0].close == "4:15 PM"


def test_a_stock_is_not_an_event_contract(client: Client) -> None:
    response = get_forecast_contract_details.sync_detailed(client=client, conid=AAPL)
    assert response.status_code == 400 and isinstance(response.parsed, Errors)
    assert response.parsed.error == f"Not an event contract: {AAPL}"
    unknown = get_event_contracts.sync_detailed(client=client, market=AAPL, exchange="FORECASTX")
    assert unknown.status_code == 400
