"""Reading and writing simple tables (CSV as Danish Excel writes it, and XLSX), with source row numbers."""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ACCEPTED = (".csv", ".txt", ".xlsx")
# An import is a council's people: far fewer than this. The limits keep a huge or hostile file
# (a million rows, a cell at XFD1048576, a zip bomb) from taking the machine's memory.
MAX_ROWS = 100_000
MAX_COLUMNS = 100
MAX_PART_BYTES = 200 * 2**20  # one unpacked part of a workbook (a sheet's XML)
MAX_STRINGS_BYTES = 50 * 2**20  # the shared strings, which openpyxl loads whole
MAX_CSV_BYTES = 100 * 2**20
CSV_DELIMITERS = (";", ",", "\t")

# Excel honours a first line "sep=;" and hides it; some exports write one.
_SEP_LINE = re.compile(r"sep=([;,\t|])[ \t]*(\r\n|\n|\r)")
# æ ø å Æ Ø Å é as UTF-8 bytes. In a file that is not valid UTF-8 they mean that two encodings were
# mixed (someone added lines in another editor); reading it all as cp1252 would garble every one of them.
_UTF8_DANISH = re.compile(rb"\xc3[\xa6\xb8\xa5\x86\x98\x85\xa9]")
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, or an encrypted workbook
# A cell starting with one of these is run as a formula by Excel and LibreOffice (formula injection,
# e.g. "=cmd|' /C calc'!A0"); exports write it after a "'" and imports take that "'" off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(Exception):
    """The file cannot be read as a table; the message names the file and what is wrong."""


class ExportFileError(OSError):
    """The export cannot be written where asked; nothing was written. The message says why."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    source_rows: list[int] = field(default_factory=list)  # 1-based row in the file where each data row starts


def _text(value: str) -> str:
    # NFC, so that a name typed on a Mac (decomposed å) equals the same name typed elsewhere.
    text = unicodedata.normalize("NFC", value.strip())
    if text.startswith("'") and text[1:2] in _FORMULA_START:
        text = text[1:].strip()  # our own escape of a formula-like value (see escape_formula)
    return text


def escape_formula(value: object) -> str:
    """The value as a spreadsheet shows it as text and never runs it: "'" before a formula-like start."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(_ZIP_MAGIC):
        raise ImportFileError(f"{name} is an Excel workbook, not a CSV file; rename it to end in .xlsx.")
    if raw.startswith(_OLE_MAGIC):
        raise ImportFileError(f"{name} is an old Excel workbook (.xls) or a protected one; "
                              "save it as .xlsx or CSV first.")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFileError(f"{name} is damaged: it is not valid UTF-16 text.") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if _UTF8_DANISH.search(raw):
            line = raw[: e.start].count(b"\n") + 1
            raise ImportFileError(f"{name} mixes two text encodings: line {line} is not UTF-8, but other lines "
                                  "are. Open it in Excel and save it again as CSV UTF-8.") from None
    # Danish Excel saves "CSV (semikolonsepareret)" as cp1252.
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(f"{name} is not text in a known encoding (UTF-8 or Windows-1252).") from None


def _delimiter(text: str) -> str:
    """Semicolon, comma or tab, by counting them in the header line (the first non-blank) outside quotes."""
    text = text.lstrip("\r\n")
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: counts[k])  # a tie goes to the semicolon, listed first
    return best if counts[best] else ","


def _parse_csv(text: str, delimiter: str, first_line: int, strict: bool,
               name: str) -> tuple[list[list[str]], list[int]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    records: list[list[str]] = []
    starts: list[int] = []
    line = first_line
    try:
        for record in reader:
            records.append([_text(c) for c in record])
            starts.append(line)
            line = first_line + reader.line_num  # a quoted field with line breaks spans several lines
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise ImportFileError(f"{name}, row {line}: a quoted value that starts in this row is never "
                                  'closed (a " is missing).') from None
        raise ImportFileError(f"{name}, row {line}: the file is not valid CSV ({e}).") from None
    return records, starts


def _read_csv(path: Path) -> tuple[list[list[str]], list[int]]:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ImportFileError(f"{path.name} is too large to import ({path.stat().st_size // 2**20:,} MB; at "
                                  f"most {MAX_CSV_BYTES // 2**20} MB and {MAX_ROWS:,} rows): split the file.")
        raw = path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path.name} cannot be read ({e.strerror}).") from None
    text = _decode(raw, path.name)
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter, text, first_line = sep.group(1), text[sep.end():], 2
    else:
        delimiter, first_line = _delimiter(text), 1
    try:
        # Strict first, only to catch a quote that is never closed: lenient reading would silently
        # swallow the rest of the file into one value.
        return _parse_csv(text, delimiter, first_line, True, path.name)
    except ImportFileError as e:
        if "never closed" in str(e):
            raise
    # Stray quotes inside a value (Anna "Bo" Berg) are read as Excel reads them.
    return _parse_csv(text, delimiter, first_line, False, path.name)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(str(value))


def _check_unpacked_sizes(path: Path) -> None:
    """Refuses a workbook whose parts unpack to more than an import can hold (a zip bomb is a few MB)."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            # zipfile stops at the declared size, so a part cannot unpack to more than it says here.
            limit = MAX_STRINGS_BYTES if info.filename.endswith("sharedStrings.xml") else MAX_PART_BYTES
            if info.file_size > limit:
                raise ImportFileError(f"{path.name} is too large to import: {info.filename} unpacks to "
                                      f"{info.file_size // 2**20:,} MB (at most {limit // 2**20} MB). "
                                      f"An import takes at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns.")


def _merged_ranges(path: Path, sheet_part: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (min_col, min_row, max_col, max_row), read by scanning its XML in chunks.

    Read-only openpyxl streams rows and so never sees <mergeCells>, which come after the rows.
    """
    from openpyxl.utils.cell import range_boundaries

    refs: list[str] = []
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(sheet_part.lstrip("/")) as stream:
        while chunk := stream.read(1 << 20):
            text = tail + chunk
            cut = text.rfind(b"<")  # a tag cut by the chunk boundary is read with the next chunk
            text, tail = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
            refs += [m.decode() for m in _MERGE_CELL.findall(text)]
            if len(refs) > MAX_ROWS:
                raise ImportFileError(f"{path.name} has more than {MAX_ROWS:,} merged cell ranges; "
                                      "unmerge the cells before importing.")
        refs += [m.decode() for m in _MERGE_CELL.findall(tail)]
    return [range_boundaries(ref) for ref in refs]  # always four numbers: _MERGE_CELL takes only "A1:B2"


def _fill_merged(records: list[list[str]], starts: list[int], ranges: list[tuple[int, int, int, int]],
                 where: str) -> None:
    """Every row of a range merged within one column gets the range's value (the top-left cell's)."""
    from bisect import bisect_left, bisect_right

    from openpyxl.utils import get_column_letter

    for min_col, min_row, max_col, max_row in ranges:
        first = bisect_left(starts, min_row)
        last = bisect_right(starts, max_row)
        if first >= last or min_col > MAX_COLUMNS:
            continue  # nothing read in it: empty rows, or beyond the columns read
        if max_col != min_col:
            ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
            raise ImportFileError(f"{where}: cells {ref} are merged across columns, so it is not clear "
                                  "which column the value belongs to; unmerge them (Excel: Flet og "
                                  "centrer ▸ Ophæv fletning) and give each column its own value.")
        column = min_col - 1
        if starts[first] != min_row or column >= len(records[first]):
            continue  # the top-left cell is empty: nothing to fill in
        value = records[first][column]
        for row in records[first + 1:last]:
            row += [""] * (column + 1 - len(row))
            row[column] = row[column] or value


def _read_xlsx(path: Path) -> tuple[list[list[str]], list[int]]:
    """The first visible sheet, streamed (read-only openpyxl) so that memory stays small for any file.

    Rows and columns are limited while streaming, and merged cells are resolved: a range within one
    column (a household's address merged over its members' rows) gives every row its top-left value;
    a range across columns is refused, since it cannot say which column its value belongs to.
    """
    import openpyxl  # only when needed: it takes a while to import
    from openpyxl.utils import get_column_letter

    try:
        _check_unpacked_sizes(path)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as e:  # openpyxl and zipfile raise many kinds for a damaged file
        raise ImportFileError(f"{path.name} is not a readable Excel workbook ({e}).") from None
    try:
        # The first sheet the user can see: a hidden one (old data, lookup lists) is not what they mean.
        sheet = next((ws for ws in book.worksheets if ws.sheet_state == "visible"), None)
        if sheet is None:
            raise ImportFileError(f"{path.name} has no visible sheet to import.")
        where = f'{path.name}, sheet "{sheet.title}"'
        # Read-only mode trusts the used range stored in the file, which some programs write wrong
        # (e.g. "A1": every row after the first would be lost; "A1:XFD1048576": billions of empty cells).
        sheet.reset_dimensions()
        records: list[list[str]] = []
        starts: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if not values:
                continue  # a row missing from the file (openpyxl fills the gap up to the next one)
            if len(values) > MAX_COLUMNS and any(v is not None and v != "" for v in values[MAX_COLUMNS:]):
                column = next(i for i, v in enumerate(values) if i >= MAX_COLUMNS and v is not None and v != "")
                raise ImportFileError(f"{where}, row {number}, column {get_column_letter(column + 1)}: an import "
                                      f"reads at most {MAX_COLUMNS} columns (A to {get_column_letter(MAX_COLUMNS)}); "
                                      "delete what is right of them.")
            cells = [_cell(v) for v in values[:MAX_COLUMNS]]
            if not any(cells):
                continue  # empty rows cost nothing, however many there are
            records.append(cells)
            starts.append(number)
            if len(records) > MAX_ROWS + 1:  # the header and the people
                raise ImportFileError(f"{where} has more than {MAX_ROWS:,} rows of people (row {number}); an "
                                      f"import takes at most {MAX_ROWS:,}: split the file.")
        # Only now, within the limits: the merged ranges are at the end of the sheet's XML.
        _fill_merged(records, starts, _merged_ranges(path, sheet._worksheet_path), where)
    except ImportFileError:
        raise
    except Exception as e:
        raise ImportFileError(f"{path.name}: the sheet cannot be read ({e}).") from None
    finally:
        book.close()
    return records, starts


def read_table(path: Path) -> Table:
    """The first visible sheet or the CSV as a header and data rows; completely empty rows are left out.

    At most MAX_ROWS data rows and MAX_COLUMNS columns; a larger file is refused, naming the limit.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED:
        raise ImportFileError(f"{path.name}: only CSV (.csv, .txt) and Excel (.xlsx) files can be imported.")
    if not path.is_file():
        raise ImportFileError(f"{path.name} does not exist.")
    records, starts = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    pairs = [(r, n) for r, n in zip(records, starts, strict=True) if any(c for c in r)]
    if not pairs:
        raise ImportFileError(f"{path.name} is empty.")
    (header, _), body = pairs[0], pairs[1:]
    if not body:
        raise ImportFileError(f"{path.name} has a header row but no rows under it.")
    if len(body) > MAX_ROWS:
        raise ImportFileError(f"{path.name} has more than {MAX_ROWS:,} rows of people (row {body[MAX_ROWS][1]}); "
                              f"an import takes at most {MAX_ROWS:,}: split the file.")
    while header and not header[-1]:
        header = header[:-1]
    width = len(header)
    # Short rows are padded; longer ones keep their extra cells, so a caller can tell that a row spilled over.
    rows = [r + [""] * (width - len(r)) for r, _ in body]
    return Table(headers=header, rows=rows, source_rows=[n for _, n in body])


def _write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Medlemmer")

    def cell(value: str) -> WriteOnlyCell:
        # Control characters (Word's line break \x0b pasted into a note) are not allowed in XLSX.
        c = WriteOnlyCell(sheet, value=escape_formula(ILLEGAL_CHARACTERS_RE.sub("", value)))
        c.data_type = "s"  # text stays text: "=..." would otherwise become a formula and read back empty
        return c

    sheet.append([cell(h) for h in headers])
    for r in rows:
        sheet.append([cell(v) for v in r])
    book.save(path)


def _read_only(path: Path) -> bool:
    # The mode bits too, not only os.access: for root (and on some shares) os.access says yes to anything.
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def write_table(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    """XLSX when the name ends in .xlsx, otherwise CSV with BOM and semicolons (what Danish Excel opens).

    Written to a temporary file that replaces the target at the end, so a failure leaves no half file.
    A read-only target is refused: replacing it would go around the protection its owner put on it.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportFileError(f"{path.name} is a folder; nothing was written. Choose a file name.")
    if path.exists() and _read_only(path):
        raise ExportFileError(f"{path.name} is read-only; nothing was written. Choose another name, "
                              "or make the file writable first.")
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, headers, rows)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, delimiter=";")
                writer.writerow([escape_formula(h) for h in headers])
                writer.writerows([escape_formula(v) for v in r] for r in rows)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
