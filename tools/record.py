"""Record scrubbed cassettes of a real IBKR server's answers (read-only operations).

    python tools/record.py --out contract_tests/cassettes/live [--operation ID ...] [--format vcr]

The recorder and its scrubber live in the package (`ibkr_webapi.contract.recorder`), so users
run the same thing as ``ibkr-webapi contract record``; this script is that command.
"""

from __future__ import annotations

import sys

from ibkr_webapi.cli import main

if __name__ == "__main__":
    sys.exit(main(["contract", "record", *sys.argv[1:]]))
