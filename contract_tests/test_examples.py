"""Part 1: every example in the effective spec validates against its own schema."""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from contract_support import load_spec
from ibkr_webapi.contract.examples import Example, iter_examples
from ibkr_webapi.contract.validation import SpecValidator

EXAMPLES = list(iter_examples(load_spec()))


def test_the_effective_spec_is_valid_openapi(spec: dict) -> None:
    validate(spec)


def test_the_spec_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_matches_its_schema(example: Example, validator: SpecValidator) -> None:
    problems = validator.problems(example.schema_pointer, example.value)
    assert not problems, f"{example.where}:\n" + "\n".join(map(str, problems))
