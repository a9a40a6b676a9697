"""Part 3, stateful: schemathesis follows the spec's OpenAPI links through the mock (Gateway
mode, through GatewaySession), checking every response, and each flow really reaches every
linked operation with a successful answer."""

from __future__ import annotations

import pytest

from contract_support import load_spec
from harness.mock_target import mock_target
from ibkr_webapi.contract.fuzzing import Step, known_values, load_schema, run_flow

SCHEMA = load_schema(load_spec())
FLOWS = {
    "order": ["place_orders", "reply_to_order_question", "get_order_status", "modify_order",
              "cancel_order"],
    "alert": ["create_or_modify_alert", "get_alert", "set_alert_activation", "delete_alert"],
    "watchlist": ["create_watchlist", "get_watchlist", "delete_watchlist"],
    "allocation_group": ["add_allocation_group", "get_allocation_group",
                         "modify_allocation_group", "delete_allocation_group"],
}
SCENARIOS = 12
STEPS = 6


def reached_through_links(steps: list[Step]) -> set[str]:
    return {step.operation_id for step in steps if step.link and 200 <= step.status < 300}


@pytest.mark.parametrize("flow", list(FLOWS))
def test_the_flow_follows_every_link_and_conforms(flow: str) -> None:
    operations = FLOWS[flow]
    with mock_target("gateway") as target, known_values(SCHEMA, target.known):
        steps = run_flow(SCHEMA, operations, target.send, scenarios=SCENARIOS, steps=STEPS)
    missing = set(operations[1:]) - reached_through_links(steps)
    assert not missing, f"{flow}: never reached through a link with a 2xx answer: {missing}"
