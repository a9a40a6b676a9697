"""The price model: deterministic by seed and time, on the tick, frozen while venues are shut."""

from __future__ import annotations

import pytest

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.catalogue import default_catalogue
from ibkr_webapi.mock.world.fields import abbreviate
from ibkr_webapi.mock.world.market import Market
from ibkr_webapi.mock.world.random_walk import BridgeWalk, gaussian
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    CLOSED,
    ES_DEC26,
    EURUSD,
    FED_FUNDS_YES,
    OPEN,
    SPX,
    TREASURY,
    client_fixture,
    clock_fixture,
    http_fixture,
    server_fixture,
    validator_fixture,
)

CATALOGUE = default_catalogue()
MOMENTS = [OPEN + hours * 3_600 for hours in range(0, 24 * 30, 37)]


def market(seed: int, moment: float = OPEN) -> Market:
    return Market.seeded(seed, CATALOGUE, lambda: moment)


def test_same_seed_same_prices_whatever_was_asked_before() -> None:
    warm = market(2)
    for moment in MOMENTS:
        warm.price(AAPL, moment)
    cold = market(2)
    assert [cold.price(AAPL, m) for m in reversed(MOMENTS)] == [
        warm.price(AAPL, m) for m in reversed(MOMENTS)]


def test_another_seed_gives_other_prices() -> None:
    for conid in (AAPL, EURUSD, SPX, TREASURY):
        assert [market(2).price(conid, m) for m in MOMENTS] != [
            market(3).price(conid, m) for m in MOMENTS]


def test_every_instrument_is_priced_on_its_tick() -> None:
    prices = market(7)
    for instrument in CATALOGUE:
        for moment in MOMENTS[:4]:
            ticks = prices.price(instrument.conid, moment) / instrument.tick
            assert abs(ticks - round(ticks)) < 1e-6, (instrument, moment)


def test_prices_stay_near_the_reference_over_years() -> None:
    prices = market(11)
    years = [OPEN + day * 86_400 for day in range(0, 3_650, 30)]
    ratios = [prices.price(AAPL, m) / CATALOGUE.get(AAPL).price for m in years]
    assert min(ratios) > 0.4 and max(ratios) < 2.5
    assert len(set(ratios)) > 100


def test_prices_move_while_open_and_stay_while_shut() -> None:
    prices = market(1)
    assert len({prices.price(AAPL, OPEN + minute * 60) for minute in range(30)}) > 5
    assert len({prices.price(AAPL, CLOSED + minute * 600) for minute in range(30)}) == 1
    assert prices.price(AAPL, CLOSED) == prices.price(AAPL, CLOSED - 86_400)  # Saturday


def test_event_contracts_stay_strictly_between_zero_and_one() -> None:
    for seed in range(20):
        price = market(seed).price(FED_FUNDS_YES)
        assert 0 < price < 1


def test_futures_follow_their_index_and_options_their_stock() -> None:
    prices = market(4)
    basis = CATALOGUE.get(ES_DEC26).price / CATALOGUE.get(SPX).price
    weekdays = [OPEN + day * 86_400 for day in (0, 1, 4, 5, 6)]  # both venues open
    assert len({prices.price(SPX, m) for m in weekdays}) == 5
    for moment in weekdays:
        assert prices.price(ES_DEC26, moment) == pytest.approx(
            prices.price(SPX, moment) * basis, abs=0.25)
    for option in CATALOGUE.option_chain(AAPL, "DEC26"):
        spot = prices.price(AAPL)
        intrinsic = max(0.0, spot - option.strike if option.right == "C" else option.strike - spot)
        assert prices.price(option.conid) >= intrinsic - 0.05


def test_quotes_are_consistent() -> None:
    for seed in range(5):
        quote = market(seed).quote(AAPL)
        assert quote.bid < quote.ask and quote.bid <= quote.last <= quote.ask
        assert quote.low <= min(quote.open, quote.last) <= max(quote.open, quote.last) <= quote.high
        assert quote.market_open and quote.close is None and quote.volume > 0


def test_exchange_rates_invert_and_cross() -> None:
    prices = market(1)
    assert prices.exchange_rate("EUR", "USD") == prices.price(EURUSD)
    eur_jpy = prices.exchange_rate("EUR", "JPY")
    assert eur_jpy is not None and eur_jpy == pytest.approx(
        prices.price(EURUSD) * prices.price(15016059))
    assert prices.exchange_rate("USD", "ZAR") is None


def test_an_unknown_conid_is_ibkrs_400() -> None:
    with pytest.raises(ApiError) as raised:
        market(1).price(42)
    assert raised.value.status == 400 and raised.value.body["error"] == "Invalid conid: 42"


def test_volume_is_abbreviated_as_ibkr_does() -> None:
    assert [abbreviate(v) for v in (0, 999, 1_000, 12_345, 1_234_567, 12_200_000, 3e9)] == [
        "0", "999", "1.00K", "12.3K", "1.23M", "12.2M", "3.00B"]


def test_the_walk_is_gaussian_with_the_daily_volatility_asked() -> None:
    walk = BridgeWalk(seed=9, stream=1, horizon=90 * 86_400)
    steps = [walk.at(OPEN + (day + 1) * 86_400) - walk.at(OPEN + day * 86_400)
             for day in range(400)]
    variance = sum(step * step for step in steps) / len(steps)
    assert 0.75 < variance / 86_400 < 1.25
    draws = [gaussian(1, n) for n in range(4_000)]
    assert abs(sum(draws) / len(draws)) < 0.06
