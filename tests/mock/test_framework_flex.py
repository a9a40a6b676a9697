"""The Flex Web Service mounted beside /v1/api, its report built from the mock's world."""

from __future__ import annotations

import pytest

from ibkr_webapi.flex.errors import FlexError
from ibkr_webapi.flex.fetch import FlexClient
from ibkr_webapi.flex.parser import iter_entries


@pytest.fixture
def flex(gateway, clock):
    client = FlexClient(gateway.config.flex_token, base_url=gateway.flex_url,
                        transport=gateway.transport(), clock=clock, sleep=clock.advance)
    with client:
        yield client


def test_send_request_returns_a_reference_code(flex):
    envelope = flex.send_request("123456")

    assert envelope.reference_code == "1234567890"


def test_an_unknown_query_is_refused_with_its_documented_code(flex):
    with pytest.raises(FlexError) as refused:
        flex.send_request("999999")

    assert "1014" in str(refused.value)


def test_a_report_is_fetched_after_the_generation_polls(gateway, flex, tmp_path):
    result = flex.fetch(gateway.config.flex_query_id, tmp_path / "report.xml")

    assert result.attempts == gateway.config.flex_polls_before_ready + 1
    assert gateway.flex.codes("GetStatement") == [1019, 1019, 0]
    assert any(True for _ in iter_entries(result.path))
