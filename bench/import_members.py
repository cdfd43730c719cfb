"""Benchmark of importing members: a large CSV and XLSX into a fresh council file, and a hostile workbook.

Run from the repository root: `.venv/bin/python bench/import_members.py [--rows 100000]`.
Prints a markdown table (stdout); the figures go into the import section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

FIRST = ("Åse", "Jørgen", "Mette", "Søren", "Lærke", "Kåre", "Birthe", "Ole", "Ida", "Niels")
LAST = ("Bækgaard", "Østergaard", "Højgaard", "Jensen", "Nielsen", "Hansen", "Sørensen", "Dahl")
TOWNS = ("Kirke Hyllinge", "Ørby", "Sæby", "Gershøj", "Lyndby")
HEADER = ["Navn", "E-mail", "Telefon", "Adresse", "Postnr.", "By", "Rolle", "Valgt fra", "Valgt til", "Noter"]


def person(n: int) -> list[str]:
    name = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]} {n}"
    return [name, f"person{n}@example.dk", f"{20000000 + n}", f"Bygaden {n % 200 + 1}", "4070",
            TOWNS[n % len(TOWNS)], "suppleant" if n % 7 == 0 else "medlem", "2025-03-01", "2027-02-28",
            "Valgt på årsmødet" if n % 3 == 0 else ""]


def write_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(";".join(HEADER) + "\r\n")
        for n in range(rows):
            f.write(";".join(person(n)) + "\r\n")


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Medlemmer")
    sheet.append(HEADER)
    for n in range(rows):
        sheet.append(person(n))
    book.save(path)


def write_million_rows(path: Path) -> None:
    """A workbook of a few MB whose sheet has a million rows (and claims the whole sheet as its range)."""
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 1_000_001))
    template = path.with_name("template.xlsx")
    write_xlsx(template, 1)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>'
           f"{rows}</sheetData></worksheet>").encode()
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = xml if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
            zout.writestr(item.filename, data, zipfile.ZIP_DEFLATED)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def import_file(source: Path, council: Path) -> list[str]:
    """Preview and import `source` into a fresh council file; one table row per step."""
    from lokalraad_app.services.member_import import MemberImportService
    from lokalraad_app.store.engine import open_store

    store = open_store(council)
    try:
        service = MemberImportService(store)
        read_s, preview = timed(lambda: service.preview(source))
        reports: list[tuple[int, float]] = []
        started = time.perf_counter()
        write_s, outcome = timed(lambda: service.apply(
            preview, progress=lambda done, total: reports.append((done, time.perf_counter() - started))))
    finally:
        store.close()
    rows = len(preview.people)  # type: ignore[attr-defined]
    gaps = [b - a for (_, a), (_, b) in zip([(0, 0.0), *reports], reports, strict=False)]
    kind = source.suffix[1:].upper()
    return [
        f"| {kind} {rows:,} rows: read and check (preview) | {read_s:.1f} s | — | — |",
        f"| {kind} {rows:,} rows: import in one transaction | {write_s:.1f} s "
        f"({outcome.added:,} added; {len(reports)} progress reports, longest gap {max(gaps):.2f} s) "  # type: ignore[attr-defined]
        f"| < 1 s between progress reports | {'pass' if max(gaps) < 1 else 'FAIL'} |",
        f"| {kind} {rows:,} rows: whole import | {read_s + write_s:.1f} s | < 60 s | "
        f"{'pass' if read_s + write_s < 60 else 'FAIL'} |",
    ]


def refuse_hostile(path: Path) -> str:
    from lokalraad_app.importers.tabular import ImportFileError, read_table

    tracemalloc.start()
    start = time.perf_counter()
    try:
        read_table(path)
        verdict = "FAIL: read"
    except ImportFileError:
        verdict = "refused"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    size = path.stat().st_size / 2**20
    return (f"| XLSX of a million rows ({size:.1f} MB zipped): refused (traced, so slower) | {seconds:.1f} s, "
            f"peak {peak:.0f} MB of Python memory | refused, < 200 MB | "
            f"{'pass' if verdict == 'refused' and peak < 200 else verdict} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the CSV (the XLSX has a fifth)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        csv_file, xlsx_file, hostile = tmp / "medlemmer.csv", tmp / "medlemmer.xlsx", tmp / "million.xlsx"
        print("writing the files…", file=sys.stderr, flush=True)
        write_csv(csv_file, args.rows)
        write_xlsx(xlsx_file, args.rows // 5)
        write_million_rows(hostile)
        lines = ["| measure | figure | target | verdict |", "|---|---|---|---|"]
        for source in (csv_file, xlsx_file):
            print(f"importing {source.name}…", file=sys.stderr, flush=True)
            lines += import_file(source, tmp / f"council-{source.suffix[1:]}.sqlite")
        lines.append(refuse_hostile(hostile))
    print(f"{platform.machine()}, Python {platform.python_version()}, {platform.system()} {platform.release()}\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
