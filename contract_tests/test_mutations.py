"""Part 8: mutation tests over every REST cassette, property-based (Hypothesis, derandomized,
a bounded number of examples per cassette).

- robustness (over the documentation examples too): null an optional field, an unknown string
  in an enum field, an unknown key, an object turned into a one-item list (or a list of objects
  into its first object) where overlay/observed.yaml allows it. The tolerant
  contract must accept every one (no violation) and the generated client must parse it.
- drift: rename a field, drop an always-sent field, change a leaf's JSON type. `check_response`
  must report at least DRIFT_FLOOR of them.
- sharpness: one operation's body checked as another operation whose response shape differs
  must produce a finding in at least SHARPNESS_FLOOR of the pairs.
The three rates are printed at the end of the run (harness/drift_report.py).
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutation_support import (
    DRIFT,
    ROBUSTNESS,
    Case,
    apply,
    cases,
    parse_with_generated_client,
    shape,
    targets,
)

from harness.drift_report import DriftReport, Rate
from ibkr_webapi.contract.findings import check_response

EXAMPLES_PER_CASSETTE = 6
DRIFT_FLOOR = 0.95
SHARPNESS_FLOOR = 0.90
SETTINGS = settings(
    max_examples=EXAMPLES_PER_CASSETTE, derandomize=True, database=None, deadline=None,
    suppress_health_check=list(HealthCheck),
)


def mutate_every_cassette(families: tuple[str, ...], judge, with_examples: bool = False) -> None:
    """Run Hypothesis on each cassette: pick a family that applies, a site, mutate, judge."""
    for case in cases(with_examples):
        applicable = [(f, sites) for f in families if (sites := targets(case, f))]
        if applicable:
            mutations(case, applicable, judge)()


def mutations(case: Case, applicable: list, judge) -> object:
    """The Hypothesis run for one cassette (a fresh function: @given binds no loop variable)."""

    @SETTINGS
    @given(st.data())
    def run(data: st.DataObject) -> None:
        family, sites = data.draw(st.sampled_from(applicable), label="family")
        site = data.draw(st.sampled_from(sites), label="site")
        judge(case, family, site, apply(case, family, site))

    return run


def test_robustness_mutations_are_accepted_and_parsed(drift_report: DriftReport) -> None:
    tried: list[str] = []

    def judge(case: Case, family: str, site, body) -> None:
        tried.append(family)
        findings = check_response(case.operation_id, case.status, body)
        violations = [f"{f.path}: {f.message}" for f in findings if f.is_violation]
        where = f"{case.name}, {family} at {site.location}/{site.key}"
        assert not violations, f"{where}: {violations}"
        parse_with_generated_client(case, body)  # raises UnexpectedResponse if it cannot

    # The documentation examples too: no cassette holds a list-or-object widening of REST.
    mutate_every_cassette(ROBUSTNESS, judge, with_examples=True)
    drift_report.rates["robustness"] = Rate("robustness", len(tried), len(tried), "accepted")
    assert set(tried) == set(ROBUSTNESS), "every robustness family must apply somewhere"


def test_drift_mutations_are_reported(drift_report: DriftReport) -> None:
    results: dict[str, list[bool]] = {family: [] for family in DRIFT}
    missed: list[str] = []

    def judge(case: Case, family: str, site, body) -> None:
        reported = bool(check_response(case.operation_id, case.status, body))
        results[family].append(reported)
        if not reported:
            missed.append(f"{case.name}: {family} at {site.location}/{site.key}")

    mutate_every_cassette(DRIFT, judge)
    outcomes = list(itertools.chain.from_iterable(results.values()))
    rate = Rate("drift", sum(outcomes), len(outcomes), "reported")
    drift_report.rates["drift"] = rate
    assert all(results.values()), f"a drift family never applied: {results.keys()}"
    assert rate.value >= DRIFT_FLOOR, "\n".join(missed)


def test_a_body_checked_as_another_operation_is_noticed(drift_report: DriftReport) -> None:
    first = {case.operation_id: case for case in reversed(cases())}
    pairs = [
        (body, target)
        for body, target in itertools.permutations(first.values(), 2)
        if shape(body) != shape(target)
    ]
    unnoticed = [
        f"{body.name} as {target.operation_id}"
        for body, target in pairs
        if not check_response(target.operation_id, target.status, body.body)
    ]
    rate = Rate("sharpness", len(pairs) - len(unnoticed), len(pairs), "pairs with a finding")
    drift_report.rates["sharpness"] = rate
    assert rate.value >= SHARPNESS_FLOOR, "\n".join(unnoticed)
