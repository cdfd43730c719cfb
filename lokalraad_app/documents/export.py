"""The municipal export (format "lokalraad-export", version 1): its JSON Schema, the check every export
passes before it is written or queued, and the same tables as CSV (one file per table).

The schema ships with the package (documents/schema/export-v1.schema.json); docs/export.md describes it.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib.resources import files
from typing import Any

import jsonschema

FORMAT, VERSION = "lokalraad-export", 1
SCHEMA_FILE = "export-v1.schema.json"
TABLES = ("meetings", "decisions", "action_items", "municipal_requests", "initiatives", "hearing_responses")


class ExportInvalid(ValueError):
    """The export does not match its schema; `where` names the place ("meetings/3/start")."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where or 'the export'}: {message}")
        self.where = where
        self.message = message


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(files("lokalraad_app.documents").joinpath("schema", SCHEMA_FILE)
                                        .read_text(encoding="utf-8"))
    return loaded


def validate(document: dict[str, Any]) -> None:
    """Raises ExportInvalid, naming the first place that is wrong, unless the export matches the schema."""
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise ExportInvalid("/".join(str(p) for p in error.absolute_path), error.message)


def to_json(document: dict[str, Any]) -> bytes:
    """The checked export as UTF-8 JSON text."""
    validate(document)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(document: dict[str, Any]) -> dict[str, bytes]:
    """The checked export as CSV: "<table>.csv" for each table (columns as in the schema, header first; UTF-8
    with a byte-order mark so spreadsheets read æ, ø, å), and "council.csv" with the export's own fields."""
    validate(document)
    out: dict[str, bytes] = {}
    council = {"format": document["format"], "version": document["version"],
               "generated_at": document["generated_at"], **{f"council_{k}": v for k, v in document["council"].items()}}
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {"council": (list(council), [council])}
    for table in TABLES:
        columns = list(schema()["properties"][table]["items"]["properties"])
        tables[table] = (columns, document[table])
    for table, (columns, rows) in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([_cell(row[c]) for c in columns] for row in rows)
        out[f"{table}.csv"] = buffer.getvalue().encode("utf-8-sig")
    return out


__all__ = ["FORMAT", "TABLES", "VERSION", "ExportInvalid", "schema", "to_csv", "to_json", "validate"]
