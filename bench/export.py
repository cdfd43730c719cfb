"""Benchmark of the municipal export: gathering the records, checking them against the JSON Schema
(jsonschema) and writing JSON or CSV, on the demo council at a few scales.

Run from the repository root: `.venv/bin/python bench/export.py [--scales 1 10] [--repeat 3]`.
Prints a markdown table (stdout); the figures go into the export section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not


def median_seconds(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    action()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from lokalraad_app.demo_data import write_demo
    from lokalraad_app.documents import export as export_format
    from lokalraad_app.services.bundle import open_services

    print(f"Machine: {platform.machine()}, Python {platform.python_version()}; median of {args.repeat} after a "
          "warm-up.\n")
    print("| data set | records | gather | check (jsonschema) | JSON written | CSV written |")
    print("|---|---|---|---|---|---|")
    for scale in args.scales:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "council.sqlite"
            print(f"making the demo council at scale {scale}…", file=sys.stderr, flush=True)
            write_demo(path, scale=scale)
            services = open_services(path, backup=False)
            try:
                document = services.export.document()
                records = sum(len(document[t]) for t in export_format.TABLES)
                gather = median_seconds(services.export.document, args.repeat)
                check = median_seconds(partial(export_format.validate, document), args.repeat)
                json_out = median_seconds(partial(services.export.write, Path(tmp) / "json", "json"), args.repeat)
                csv_out = median_seconds(partial(services.export.write, Path(tmp) / "csv", "csv"), args.repeat)
            finally:
                services.close()
        print(f"| demo × {scale} | {records:,} | {gather:.2f} s | {check:.2f} s | {json_out:.2f} s | "
              f"{csv_out:.2f} s |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
