"""The handover archive: everything a council file holds, for the next secretary, in one checked file.

A zip with the council file (a consistent copy through SQLite's backup API; attachments, sealed PDFs
and the council's settings are inside it), a manifest with each file's SHA-256 and what the council
holds (people, meetings, attachments, sealed documents…), and a short Danish read-me. Passwords are
never in it: they live in the system's keyring, not in the council file.

Opening checks everything before anything is written: the zip's own checksums, the manifest, each
file's SHA-256 and size, that the council file is sound (quick_check, our schema) and holds what the
manifest says; only then is it moved into place. The checksums find damage and careless edits; they
are no signature (sealed minutes carry their own, checked with `lokalraad verify`)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lokalraad_app import __version__
from lokalraad_app.store.backup import copy_database, problem_with
from lokalraad_app.store.schema import connect_read_only

FORMAT = "lokalraad-handover"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "council.sqlite"
README = "LÆS MIG.txt"
# What the council holds, counted in the file before and after: a handover that lost rows is refused.
COUNTED = ("person", "meeting", "agenda_item", "attendance", "minutes", "attachment", "sealed_document",
           "action_item", "municipal_request", "initiative", "plan_version", "initiative_decision", "hearing",
           "funding_application", "citizen_idea", "working_group", "budget_round", "meeting_signup", "annual_report",
           "setting")
READ_ME = """Overdragelse af et lokalråd fra Lokalråd-programmet.

Filen rummer rådets fil med medlemmer, møder, referater, bilag, forseglede referater og rådets
indstillinger. Adgangskoder er aldrig med.

Sådan åbner den nye sekretær den: installér Lokalråd, vælg Filer ▸ Åbn overdragelse… og vælg denne
fil (eller: lokalraad handover open DENNE-FIL --data NY-FIL.sqlite). Programmet kontrollerer filen,
før noget bliver skrevet, og viser bagefter, hvad der skal sættes op igen.
"""


class HandoverError(Exception):
    """The archive could not be made or opened; the message says why, for the user. Nothing was written."""


@dataclass(frozen=True)
class Manifest:
    council: str
    created_at: datetime
    app_version: str
    previous_secretary: str  # name <email>, as the council file had it
    counts: dict[str, int]


def counts_of(path: Path) -> dict[str, int]:
    conn = connect_read_only(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}  # noqa: S608 — our own table names
    finally:
        conn.close()


def _council(path: Path) -> tuple[str, str]:
    conn = connect_read_only(path)
    try:
        row = conn.execute("SELECT name, secretary_name, secretary_email FROM council LIMIT 1").fetchone()
    finally:
        conn.close()
    if row is None:
        return "", ""
    name, secretary, email = row
    return name, f"{secretary} <{email}>" if email else secretary


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_handover(source: Path, target: Path) -> Manifest:
    """Writes the archive for the council file `source` to `target` (through a temporary file, so a
    failure leaves no half archive). Raises HandoverError."""
    if not target.parent.is_dir():
        raise HandoverError(f"The folder {target.parent} does not exist; choose another place for the handover.")
    if target.is_dir():
        raise HandoverError(f"{target} is a folder; give the handover file a name.")
    with tempfile.TemporaryDirectory(prefix="lokalraad-handover-") as tmp:
        copy = Path(tmp) / DATABASE
        try:
            copy_database(source, copy, standalone=True)
        except (sqlite3.Error, OSError) as e:
            raise HandoverError(f"{source.name} could not be copied for the handover: {e}.") from None
        problem = problem_with(copy)
        if problem is not None:
            raise HandoverError(f"No handover was made: {source.name} {problem}. Restore a backup first.")
        council, secretary = _council(copy)
        manifest = Manifest(council, datetime.now(UTC).replace(microsecond=0), __version__, secretary, counts_of(copy))
        document = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": manifest.app_version,
            "created_at": manifest.created_at.isoformat(), "council": council,
            "previous_secretary": secretary, "counts": manifest.counts,
            "files": {DATABASE: {"sha256": _sha256(copy), "size": copy.stat().st_size}},
        }
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(document, ensure_ascii=False, indent=2))
                archive.writestr(README, READ_ME)
                archive.write(copy, DATABASE)
            partial.replace(target)
        except OSError as e:
            partial.unlink(missing_ok=True)
            raise HandoverError(f"The handover could not be written to {target}: {e.strerror or e}.") from None
    return manifest


def _read_manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        document = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise HandoverError(f"{name} is not a Lokalråd handover (it has no manifest).") from None
    except (ValueError, zipfile.BadZipFile):
        raise HandoverError(f"{name} is damaged: its manifest cannot be read.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise HandoverError(f"{name} is not a Lokalråd handover.")
    if document.get("format_version") != FORMAT_VERSION:
        raise HandoverError(f"{name} was made by a newer Lokalråd (handover format {document.get('format_version')}); "
                            "install the newest version and open it again.")
    files = document.get("files")
    counts = document.get("counts")
    if not isinstance(files, dict) or DATABASE not in files or not isinstance(counts, dict):
        raise HandoverError(f"{name} is damaged: its manifest is incomplete.")
    return document


def open_handover(archive_path: Path, target: Path) -> Manifest:
    """Checks the archive whole and writes its council file to `target`, which must not exist yet.
    Raises HandoverError, having written nothing."""
    name = archive_path.name
    if target.exists() and (target.is_dir() or target.stat().st_size > 0):
        raise HandoverError(f"{target} already exists; choose a new name for the council file.")
    if not target.parent.is_dir():
        raise HandoverError(f"The folder {target.parent} does not exist; choose another place for the council file.")
    try:
        archive = zipfile.ZipFile(archive_path)
    except FileNotFoundError:
        raise HandoverError(f"{archive_path} does not exist.") from None
    except (zipfile.BadZipFile, OSError):
        raise HandoverError(f"{name} is not a Lokalråd handover, or it is damaged (cut off?). "
                            "Ask for the handover file again.") from None
    with archive, tempfile.TemporaryDirectory(prefix="lokalraad-handover-", dir=target.parent) as tmp:
        document = _read_manifest(archive, name)
        expected = document["files"][DATABASE]
        extracted = Path(tmp) / DATABASE
        try:
            with archive.open(DATABASE) as src, extracted.open("wb") as dst:  # the zip checks its CRC on reading
                for block in iter(lambda: src.read(1 << 20), b""):
                    dst.write(block)
        except KeyError:
            raise HandoverError(f"{name} is damaged: the council file is missing from it.") from None
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise HandoverError(f"{name} is damaged ({e}). Ask for the handover file again.") from None
        if extracted.stat().st_size != expected.get("size") or _sha256(extracted) != expected.get("sha256"):
            raise HandoverError(f"{name} has been changed since it was made: the council file in it does not match "
                                "its checksum. Ask for the handover file again.")
        problem = problem_with(extracted)
        if problem is not None:
            raise HandoverError(f"The council file in {name} cannot be used: {problem}.")
        counts = counts_of(extracted)
        if counts != document["counts"]:
            raise HandoverError(f"{name} does not hold what its manifest lists; ask for the handover file again.")
        extracted.replace(target)
    created = document.get("created_at", "")
    return Manifest(str(document.get("council", "")),
                    datetime.fromisoformat(created) if created else datetime.now(UTC),
                    str(document.get("app_version", "")), str(document.get("previous_secretary", "")), counts)
