"""Flex parser benchmark: ibkr_webapi.flex against ibflex 1.1 on reports built from real rows.

    python bench/bench_flex.py [--size-mb 50] [--runs 3] [--fresh-values] [--stream-size-mb 150]
    python bench/bench_flex.py --profile full|stream    # where the time goes (cProfile)

Two reports, each built in a temporary folder from real rows of the Flex samples
(contract_tests/flex/samples) repeated until it reaches the size: "trades", the Trade
rows of the largest real sample (pp_testIBFlexStatementFile18.xml: wide rows, the hard
case), and "cash+positions", the cash and position rows of every sample (CashTransaction,
CashReportCurrency, OpenPosition, StatementOfFundsLine). Only rows that ibflex parses are
used, so the comparison is fair. Each report is also written as the CSV IBKR would send
for the same rows (section codes, one heading line per section) and parsed by our parser
(ibflex reads no CSV: its ratio is against ibflex on the XML of the same rows).
Each parser runs in its own
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
DECIMAL_TEXT = re.compile(r"-?\d+\.\d+")
WORKERS = {
    "ibflex": "ibflex 1.1 parse()",
    "full": "ibkr_webapi.flex.parse()",
    "stream": "ibkr_webapi.flex.iter_rows()",
    "full-csv": "parse() of the CSV",
    "stream-csv": "iter_rows() of the CSV",
}
LARGEST_SAMPLE = "pp_testIBFlexStatementFile18.xml"
CASH_AND_POSITION_ROWS = (b"CashTransaction", b"CashReportCurrency", b"OpenPosition")
CASH_AND_POSITION_ROWS += (b"StatementOfFundsLine",)
REPORTS = {
    "trades": (lambda path, tag: path.name == LARGEST_SAMPLE and tag == b"Trade"),
    "cash+positions": (lambda path, tag: tag in CASH_AND_POSITION_ROWS),
}


# --------------------------------------------------------------------------- the synthetic report


def sample_sections(report: str) -> dict[bytes, list[bytes]]:
    """Section tag -> raw row elements of the report's kind, from the sample reports."""
    wanted = REPORTS[report]
    sections: dict[bytes, list[bytes]] = {}
    section_re = re.compile(rb"<(\w+)>\s*((?:<\w+ [^>]*/>\s*)+)</\1>")
    for path in sorted(SAMPLES.glob("*.xml")):
        text = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        for tag, body in section_re.findall(text):
            rows = [row for row in re.findall(rb"<(\w+) [^>]*/>", body)]
            elements = re.findall(rb"<\w+ [^>]*/>", body)
            pairs = zip(rows, elements, strict=True)
            kept = [element for name, element in pairs if wanted(path, name)]
            if kept:
                sections.setdefault(tag, []).extend(kept)
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


def fair_sections(report: str, max_rows_per_section: int | None) -> dict[bytes, list[bytes]]:
    """Only rows ibflex can parse, so that it does not crash on the report.

    With a cap, no section gives more than that many rows to the repeated unit, so one
    sample's 10,112 ConversionRates (tiny rows) do not make up two thirds of the report.
    """
    fair = {}
    for tag, rows in sample_sections(report).items():
        kept = [row for row in rows if ibflex_accepts(tag, [row])][:max_rows_per_section]
        if kept and ibflex_accepts(tag, kept):
            fair[tag] = kept
    return fair


def write_report(
    path: Path, report: str, size_mb: float, fresh_values: bool, cap: int | None
) -> int:
    """Write the synthetic report (and its CSV twin, path.csv); returns its row count."""
    sections = fair_sections(report, cap)
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
    write_csv(path.with_suffix(".csv"), sections, repeats, fresh_values)
    return repeats * sum(len(rows) for rows in sections.values())


def write_csv(
    path: Path, sections: dict[bytes, list[bytes]], repeats: int, fresh_values: bool
) -> None:
    """The same rows as IBKR writes them in CSV: section codes, one heading line each."""
    import csv
    import xml.etree.ElementTree as ET

    use_the_checkout()
    from ibkr_client.flex import CSV_HEADINGS, CSV_SECTIONS

    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["BOF", "U1234567", "bench", "", "20220101", "20221231", "", "", ""])
        writer.writerow(["BOA", "U1234567"])
        for tag, rows in sections.items():
            section = tag.decode()
            code = CSV_SECTIONS[section].code or section[:4].upper()
            elements = [ET.fromstring(row) for row in rows]
            names = list(dict.fromkeys(name for element in elements for name in element.attrib))
            headings = CSV_HEADINGS[elements[0].tag]
            writer.writerow(["HEADER", code, *(headings.get(name, name) for name in names)])
            lines = [[element.attrib.get(name, "") for name in names] for element in elements]
            for repeat in range(repeats):
                suffix = f"{repeat:05d}"
                for line in lines:
                    if fresh_values:
                        line = [v + suffix if DECIMAL_TEXT.fullmatch(v) else v for v in line]
                    writer.writerow(["DATA", code, *line])
        writer.writerow(["EOA", "U1234567"])
        writer.writerow(["EOF"])


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
        if kind.endswith("csv"):
            path = str(Path(path).with_suffix(".csv"))
        if kind.startswith("stream"):
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
    cap = args.max_rows_per_section or None
    values = "distinct decimal values per repetition" if args.fresh_values else "repeated as is"
    print(f"best of {args.runs} alternating runs, each parser in its own subprocess; {values}")
    with tempfile.TemporaryDirectory() as scratch:
        for name in REPORTS:
            report = Path(scratch) / f"{name.replace('+', '-')}.xml"
            rows = write_report(report, name, args.size_mb, args.fresh_values, cap)
            if args.profile:
                profile(args.profile, report)
                return
            size = report.stat().st_size / 1024 / 1024
            csv_size = report.with_suffix(".csv").stat().st_size / 1024 / 1024
            print(f"\n{name}: {size:.1f} MiB of XML, {csv_size:.1f} MiB of CSV, {rows:,} real rows")
            print_table(best_of(list(WORKERS), report, args.runs))
            report.unlink()
            report.with_suffix(".csv").unlink()
        large = Path(scratch) / "large.xml"
        write_report(large, "trades", args.stream_size_mb, args.fresh_values, cap)
        large_mib = large.stat().st_size / 1024 / 1024
        print()
        for kind in ("stream", "stream-csv"):
            stream = best_of([kind], large, 1)[kind]
            above = stream["peak_mib"] - stream["baseline_mib"]
            print(
                f"{WORKERS[kind]} of a {large_mib:.0f} MiB trades report: "
                f"{stream['seconds']:.2f} s, peak RSS {stream['peak_mib']:.0f} MiB, "
                f"{above:.0f} MiB above imports (flat: memory does not grow with the file)"
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
