"""Part 3: schemathesis runs every operation against the in-process mock, through the OAuth
1.0a plugin (every request signed with the test-only keys and verified by the mock), or, for
the operations served at the host's root (OAuth 2.0 and Account Management, which only
exist there), through the OAuth 2.0 plugin (bearer tokens from the mock's token endpoint).

Positive mode, fixed seed, bounded examples (``--fuzz-examples``), one fresh mock per
operation so that no operation's outcome depends on another (``logout`` closes the session).
Checks: not_a_server_error, status_code_conformance, content_type_conformance,
response_schema_conformance, response_headers_conformance.
"""

from __future__ import annotations

import pytest

from contract_support import load_spec
from harness.mock_target import mock_target
from ibkr_webapi.contract.fuzzing import (
    fuzz_operation,
    known_values,
    load_schema,
    operations,
)
from ibkr_webapi.contract.validation import iter_operations
from ibkr_webapi.spec import operation as spec_operation
from ibkr_webapi.spec import server_base_path

SCHEMA = load_schema(load_spec())
OPERATIONS = {op.definition.raw["operationId"]: op for op in operations(SCHEMA)}


def test_every_operation_of_the_spec_is_fuzzed() -> None:
    assert set(OPERATIONS) == {op.operation_id for op in iter_operations(load_spec())}


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_the_mock_conforms_to_the_spec(operation_id: str, fuzz_examples: int) -> None:
    mode = "oauth2" if server_base_path(spec_operation(operation_id).path) == "" else "oauth"
    with mock_target(mode) as target, known_values(SCHEMA, target.known):
        sent = fuzz_operation(OPERATIONS[operation_id], target.send, max_examples=fuzz_examples)
    assert sent >= 1
