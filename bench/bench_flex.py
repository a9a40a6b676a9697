"""Flex parser benchmark: ibkr_webapi.flex against ibflex 1.1 on a synthetic 50 MB report.

    python bench/bench_flex.py [--size-mb 50] [--runs 3] [--fresh-values] [--stream-size-mb 150]
    python bench/bench_flex.py --profile full|stream    # where the time goes (cProfile)

The report is built in a temporary folder from real rows of the Flex samples
(contract_tests/flex/samples), repeated until it reaches the size; only rows that
ibflex parses are used, so the comparison is fair. Each parser runs in its own
subprocess (honest peak RSS: ru_maxrss of that process, interpreter included);
the time is the parse call only, best of --runs (alternating between the
parsers); "above imports" is the peak RSS minus the RSS after the interpreter
and imports, i.e. what the parse itself needed. --fresh-values makes every
repetition's decimal values distinct, so value caches cannot help.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "contract_tests" / "flex" / "samples"
HEADER = (
    b'<FlexQueryResponse queryName="bench" type="AF">\n<FlexStatements count="1">\n'
    b'<FlexStatement accountId="U1234567" fromDate="20220101" toDate="20221231" '
    b'period="Last365CalendarDays" whenGenerated="20230101;120000">\n'
)
FOOTER = b"</FlexStatement>\n</FlexStatements>\n</FlexQueryResponse>\n"
DECIMAL_VALUE = re.compile(rb'="(-?\d+\.\d+)"')
WORKERS = {
    "ibflex": "ibflex 1.1 parse()",
    "full": "ibkr_webapi.flex.parse()",
    "stream": "ibkr_webapi.flex.iter_rows()",
}


# --------------------------------------------------------------------------- the synthetic report


def sample_sections() -> dict[bytes, list[bytes]]:
    """Section tag -> raw row elements, from every sample report."""
    sections: dict[bytes, list[bytes]] = {}
    section_re = re.compile(rb"<(\w+)>\s*((?:<\w+ [^>]*/>\s*)+)</\1>")
    for path in sorted(SAMPLES.glob("*.xml")):
        text = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        for tag, body in section_re.findall(text):
            rows = re.findall(rb"<\w+ [^>]*/>", body)
            sections.setdefault(tag, []).extend(rows)
    return sections


def ibflex_accepts(tag: bytes, rows: list[bytes]) -> bool:
    from ibflex import parser

    document = HEADER + b"<" + tag + b">" + b"".join(rows) + b"</" + tag + b">" + FOOTER
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser.parse(document)
    except Exception:
        return False
    return True


def fair_sections(max_rows_per_section: int | None) -> dict[bytes, list[bytes]]:
    """Only rows ibflex can parse, so that it does not crash on the report.

    With a cap, no section gives more than that many rows to the repeated unit, so one
    sample's 10,112 ConversionRates (tiny rows) do not make up two thirds of the report.
    """
    fair = {}
    for tag, rows in sample_sections().items():
        kept = [row for row in rows if ibflex_accepts(tag, [row])][:max_rows_per_section]
        if kept and ibflex_accepts(tag, kept):
            fair[tag] = kept
    return fair


def write_report(path: Path, size_mb: float, fresh_values: bool, cap: int | None) -> int:
    """Write the synthetic report; returns its row count."""
    sections = fair_sections(cap)
    unit = sum(len(row) + 1 for rows in sections.values() for row in rows)
    repeats = max(1, int(size_mb * 1024 * 1024 / unit) + 1)
    with path.open("wb") as out:
        out.write(HEADER)
        for tag, rows in sections.items():
            out.write(b"<" + tag + b">\n")
            for repeat in range(repeats):
                out.writelines(_rows(rows, repeat, fresh_values))
            out.write(b"</" + tag + b">\n")
        out.write(FOOTER)
    return repeats * sum(len(rows) for rows in sections.values())


def _rows(rows: list[bytes], repeat: int, fresh_values: bool) -> Iterator[bytes]:
    suffix = b"%05d" % repeat
    for row in rows:
        if fresh_values:
            row = DECIMAL_VALUE.sub(lambda match: b'="' + match.group(1) + suffix + b'"', row)
        yield row + b"\n"


# --------------------------------------------------------------------------- workers (subprocesses)


def use_the_checkout() -> None:
    """Import the project from this checkout, whether or not it is installed."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated"), str(ROOT / "auth_plugins")]


def worker(kind: str, path: str) -> dict[str, Any]:
    use_the_checkout()
    if kind == "ibflex":
        from ibflex import parser

        warnings.simplefilter("ignore")
        before = _rss()
        start = time.perf_counter()
        response = parser.parse(path)
        elapsed = time.perf_counter() - start
        rows = sum(
            len(value)
            for statement in response.FlexStatements
            for value in vars(statement).values()
            if isinstance(value, tuple)
        )
    else:
        from ibkr_webapi import flex

        before = _rss()
        start = time.perf_counter()
        if kind == "stream":
            rows = sum(1 for _ in flex.iter_rows(path))
            elapsed = time.perf_counter() - start
        else:
            report = flex.parse(path)  # timed like ibflex: the call only, result kept alive
            elapsed = time.perf_counter() - start
            rows = sum(1 for _ in report.rows())
    return {"seconds": elapsed, "peak_mib": _rss(), "baseline_mib": before, "rows": rows}


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_worker(kind: str, path: Path) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, Any] = json.loads(output)
    return result


def best_of(kinds: list[str], path: Path, runs: int) -> dict[str, dict[str, Any]]:
    """Best time (and highest peak) of each parser.

    Runs alternate between the parsers, so that a busy moment on a shared machine does
    not fall on one parser's runs only.
    """
    results: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind in kinds:
            results[kind].append(run_worker(kind, path))
    return {kind: _best(kind_results) for kind, kind_results in results.items()}


def _best(results: list[dict[str, Any]]) -> dict[str, Any]:
    best = min(results, key=lambda result: result["seconds"])
    best["peak_mib"] = max(result["peak_mib"] for result in results)
    return best


def profile(kind: str, path: Path) -> None:
    """The top functions by own time; expat's C parser shows as the ``Parse`` method."""
    import cProfile
    import pstats

    use_the_checkout()
    import ibkr_webapi.flex  # noqa: F401 - imports are not what is profiled

    profiler = cProfile.Profile()
    profiler.runcall(worker, kind, str(path))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


# --------------------------------------------------------------------------- the table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--stream-size-mb", type=float, default=150.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh-values", action="store_true")
    parser.add_argument(
        "--max-rows-per-section",
        type=int,
        default=500,
        help="cap on the rows one section gives to the repeated unit (0: no cap)",
    )
    parser.add_argument(
        "--profile",
        choices=[kind for kind in WORKERS if kind != "ibflex"],
        help="instead of the table: where one of our parsers spends its time (cProfile)",
    )
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "synthetic.xml"
        cap = args.max_rows_per_section or None
        rows = write_report(report, args.size_mb, args.fresh_values, cap)
        if args.profile:
            profile(args.profile, report)
            return
        size = report.stat().st_size / 1024 / 1024
        values = "distinct decimal values per repetition" if args.fresh_values else "repeated as is"
        mix = f"at most {cap} rows per section and unit" if cap else "every sample row"
        print(
            f"synthetic report: {size:.1f} MiB, {rows:,} rows (real sample rows, {values}; {mix})"
        )
        print(f"best of {args.runs} alternating runs, each parser in its own subprocess\n")
        results = best_of(list(WORKERS), report, args.runs)
        print_table(results)
        large = Path(scratch) / "large.xml"
        write_report(large, args.stream_size_mb, args.fresh_values, cap)
        report.unlink()
        stream = best_of(["stream"], large, 1)["stream"]
        large_mib = large.stat().st_size / 1024 / 1024
        above = stream["peak_mib"] - stream["baseline_mib"]
        print(
            f"\nstreaming a {large_mib:.0f} MiB report: {stream['seconds']:.2f} s, "
            f"peak RSS {stream['peak_mib']:.0f} MiB, {above:.0f} MiB above imports "
            "(flat: memory does not grow with the file)"
        )


def print_table(results: dict[str, dict[str, Any]]) -> None:
    reference = results["ibflex"]
    print(
        f"{'parser':<30} {'rows':>9} {'time s':>8} {'speed-up':>9} "
        f"{'peak RSS MiB':>13} {'RSS ratio':>10} {'above imports':>14}"
    )
    for kind, label in WORKERS.items():
        result = results[kind]
        speed = reference["seconds"] / result["seconds"]
        memory = result["peak_mib"] / reference["peak_mib"]
        above = result["peak_mib"] - result["baseline_mib"]
        print(
            f"{label:<30} {result['rows']:>9,} {result['seconds']:>8.2f} {speed:>8.1f}x "
            f"{result['peak_mib']:>13.0f} {memory:>9.2f}x {above:>14.0f}"
        )
    print("(above imports: peak RSS minus the RSS after the interpreter and imports)")


if __name__ == "__main__":
    main()
