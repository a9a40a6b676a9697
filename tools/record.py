"""Record scrubbed VCR cassettes of a real IBKR server's answers (read-only operations).

    python tools/record.py --out contract_tests/cassettes/live [--operation ID ...]

Credentials come from the environment (IBKR_GATEWAY_URL or IBKR_OAUTH_*; see
ibkr_auth.config). Every cassette goes through ibkr_webapi.contract.scrub before it is
written: account ids, tokens, cookies, signatures, names and addresses become placeholders.
Nothing that changes account state is sent. Prints one line per operation and exits 1 if any
response disagrees with the effective spec.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ibkr_webapi.contract.live import (
    NO_CREDENTIALS,
    Pacer,
    discover_known,
    is_read_only,
    live_target_from_env,
    run_operation,
)
from ibkr_webapi.contract.recording import interaction_of, write_cassette
from ibkr_webapi.contract.scrub import Scrubber
from ibkr_webapi.contract.validation import SpecValidator
from ibkr_webapi.spec import effective_spec, iter_operations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the cassettes")
    parser.add_argument("--operation", action="append", default=[],
                        help="only this operationId (repeatable)")
    args = parser.parse_args(argv)
    target = live_target_from_env(os.environ)
    if target is None:
        print(NO_CREDENTIALS, file=sys.stderr)
        return 2
    validator, scrubber, pacer = SpecValidator(dict(effective_spec())), Scrubber(), Pacer()
    failed = False
    with target.make_client() as client:
        known = discover_known(client)
        for op in iter_operations():
            if not is_read_only(op) or (args.operation and op.operation_id not in args.operation):
                continue
            result = run_operation(client, validator, op, known, pacer)
            if result.response is not None:
                write_cassette(args.out / f"live_{op.operation_id}.yaml",
                               [interaction_of(result.response)], scrubber)
            failed |= bool(result.problems)
            print(op.operation_id, "ok" if not result.problems else "; ".join(result.problems))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
