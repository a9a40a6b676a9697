"""The market scanners through the generated client: params, ranking, filters, errors."""

from __future__ import annotations

from ibkr_client import Client
from ibkr_client.api.market_data import get_market_data_snapshot
from ibkr_client.api.scanner import (
    get_hmds_scanner_parameters,
    get_scanner_parameters,
    run_hmds_scanner,
    run_scanner,
)
from ibkr_client.models import (
    ErrorMessage,
    ErrorWithStatusCode,
    HmdsScannerRunRequest,
    MarketDataFieldId,
    ScannerFilterValue,
    ScannerRunRequest,
    ScannerRunResult,
)
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    CLOSED,
    OPEN,
    client_fixture,
    clock_fixture,
    http_fixture,
    mock_server,
    server_fixture,
    validator_fixture,
)

Errors = (ErrorMessage, ErrorWithStatusCode)



def run(client: Client, scan_type: str, location: str = "STK.US.MAJOR",
        instrument: str = "STK", **filters: float) -> ScannerRunResult:
    body = ScannerRunRequest(instrument, scan_type, location, [
        ScannerFilterValue(code, value) for code, value in filters.items()])
    answer = run_scanner.sync(client=client, body=body)
    assert isinstance(answer, ScannerRunResult), answer
    return answer


def test_params_name_what_a_scan_accepts(client: Client) -> None:
    params = get_scanner_parameters.sync(client=client)
    assert params is not None and not isinstance(params, Errors)
    assert {"TOP_PERC_GAIN", "MOST_ACTIVE"} <= {s.code for s in params.scan_type_list}
    assert {"STK", "ETF.EQ.US", "FUT.US"} <= {i.type_ for i in params.instrument_list}
    us = next(tree for tree in params.location_tree if tree.type_ == "STK.US")
    assert "STK.US.MAJOR" in [location.type_ for location in us.locations]
    hmds = get_hmds_scanner_parameters.sync(client=client)
    assert hmds is not None and not isinstance(hmds, Errors)
    assert "STK.US.MAJOR" in [loc.location_code for tree in hmds.location_tree
                              for loc in tree.locations]


def test_gainers_are_ranked_by_the_change_snapshots_show(client: Client) -> None:
    result = run(client, "TOP_PERC_GAIN")
    conids = [str(c.con_id) for c in result.contracts]
    assert result.scan_data_column_name == "Chg%" and result.contracts[0].column_name == "Chg%"
    get_market_data_snapshot.sync(client=client, conids=conids,
                                  fields=[MarketDataFieldId.CHANGE_PCT])
    changes = get_market_data_snapshot.sync(client=client, conids=conids,
                                            fields=[MarketDataFieldId.CHANGE_PCT])
    assert isinstance(changes, list)
    values = [float(str(s.field_83)) for s in changes]
    assert values == sorted(values, reverse=True)
    assert [c.scan_data for c in result.contracts] == [f"{v:+.2f}%" for v in values]
    assert {c.sec_type for c in result.contracts} == {"STK"}
    assert "SPY" not in {c.symbol for c in result.contracts}  # an ETF


def test_losers_are_the_gainers_reversed(client: Client) -> None:
    gainers = [c.con_id for c in run(client, "TOP_PERC_GAIN").contracts]
    assert [c.con_id for c in run(client, "TOP_PERC_LOSE").contracts] == gainers[::-1]


def test_filters_and_locations_narrow_the_scan(server: MockServer, client: Client) -> None:
    cheap = server.world.market.price(AAPL) + 1
    expensive = run(client, "MOST_ACTIVE", priceAbove=cheap).contracts
    assert all(server.world.market.price(c.con_id) > cheap for c in expensive)
    assert AAPL not in {c.con_id for c in expensive}
    nasdaq = run(client, "MOST_ACTIVE", location="STK.NASDAQ").contracts
    assert {c.listing_exchange for c in nasdaq} == {"NASDAQ"}
    etfs = run(client, "MOST_ACTIVE", location="STK.US", instrument="ETF.EQ.US").contracts
    assert [c.symbol for c in etfs] == ["SPY"]


def test_an_unknown_scan_type_is_a_400_naming_it(client: Client) -> None:
    response = run_scanner.sync_detailed(client=client, body=ScannerRunRequest(
        "STK", "BEST_STOCKS_EVER", "STK.US.MAJOR"))
    assert response.status_code == 400 and isinstance(response.parsed, Errors)
    assert response.parsed.error == "Invalid scan type: BEST_STOCKS_EVER"


def test_the_hmds_scanner_honours_max_items(client: Client) -> None:
    answer = run_hmds_scanner.sync(client=client, body=HmdsScannerRunRequest.from_dict({
        "instrument": "STK", "locations": "STK.US.MAJOR", "scanCode": "MOST_ACTIVE",
        "secType": "STK", "maxItems": 2, "filters": []}))
    assert answer is not None and not isinstance(answer, Errors)
    assert answer.size == "2" and len(answer.Contracts.contract) == 2


def test_rankings_are_deterministic_by_seed_and_time() -> None:
    def ranking(seed: int, moment: float) -> list[int]:
        with mock_server(seed, ManualClock(moment)) as server:
            return [c.con_id for c in run(server.client(), "TOP_PERC_GAIN").contracts]
    assert ranking(1, OPEN) == ranking(1, OPEN)
    assert len({tuple(ranking(seed, OPEN)) for seed in range(6)}) > 1
    assert len(ranking(1, CLOSED)) == len(ranking(1, OPEN))
