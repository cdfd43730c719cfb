"""Reading and writing simple tables (CSV as Danish Excel writes it, and XLSX), with source row numbers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ACCEPTED = (".csv", ".txt", ".xlsx")


class ImportFileError(Exception):
    """The file cannot be read as a table; the message names the file and what is wrong."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    source_rows: list[int] = field(default_factory=list)  # 1-based row in the file where each data row starts


def _decode(raw: bytes) -> str:
    # UTF-8 (with or without BOM) first; Danish Excel saves "CSV (semikolonsepareret)" as cp1252.
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """Semicolon or comma, by counting them in the header line (the first non-blank) outside quotes."""
    text = text.lstrip("\r\n")
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ","


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv(path: Path) -> tuple[list[list[str]], list[int]]:
    text = _decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    records: list[list[str]] = []
    starts: list[int] = []
    line = 1
    try:
        for record in reader:
            records.append([c.strip() for c in record])
            starts.append(line)
            line = reader.line_num + 1  # a quoted field with line breaks spans several lines
    except csv.Error as e:
        raise ImportFileError(f"{path.name}, row {line}: the file is not valid CSV ({e}).") from None
    return records, starts


def _read_xlsx(path: Path) -> tuple[list[list[str]], list[int]]:
    import openpyxl  # only when needed: it takes a while to import

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 — openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"{path.name} is not a readable Excel workbook ({e}).") from None
    try:
        sheet = book.worksheets[0]
        records = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return records, list(range(1, len(records) + 1))


def read_table(path: Path) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED:
        raise ImportFileError(f"{path.name}: only CSV and Excel (.xlsx) files can be imported.")
    if not path.is_file():
        raise ImportFileError(f"{path.name} does not exist.")
    records, starts = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    pairs = [(r, n) for r, n in zip(records, starts, strict=True) if any(c for c in r)]
    if not pairs:
        raise ImportFileError(f"{path.name} is empty.")
    (header, _), body = pairs[0], pairs[1:]
    if not body:
        raise ImportFileError(f"{path.name} has a header row but no people under it.")
    while header and not header[-1]:
        header = header[:-1]
    width = len(header)
    rows = [(r + [""] * (width - len(r)))[: max(width, len(r))] for r, _ in body]
    return Table(headers=header, rows=rows, source_rows=[n for _, n in body])


def write_table(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    """CSV with BOM and semicolons (what Danish Excel opens directly), or XLSX, by the file's ending."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Medlemmer")
        sheet.append(headers)
        for r in rows:
            sheet.append(r)
        book.save(path)
        return
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
