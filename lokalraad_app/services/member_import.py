"""Importing people from CSV/XLSX all or nothing, and exporting the register so that it imports back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from lokalraad_app.domain.enums import MemberFilter, PersonKind, Role
from lokalraad_app.domain.models import AuditLog, Membership, Person, new_uuid
from lokalraad_app.importers.members import (
    EXPORT_HEADERS_DA,
    FIELDS,
    ImportedPerson,
    ImportProblem,
    guess_mapping,
    identity_keys,
    parse_mapping_option,
    parse_members,
)
from lokalraad_app.importers.tabular import ExportFileError, ImportFileError, read_table, write_table
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.services.members import MEMBERS, PersonInput, validate
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store

# Person fields an import may fill; a merge overwrites each with a non-empty imported value.
TEXT_FIELDS = ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title", "notes")
EXPORT_CHUNK = 1000
IMPORT_BATCH = 1000  # rows per bulk insert, and between two progress reports
# Danish words under the Danish headers; the importer reads them back (and the English values too).
ROLE_DA = {Role.CHAIR: "formand", Role.VICE_CHAIR: "næstformand", Role.TREASURER: "kasserer",
           Role.SECRETARY: "sekretær", Role.MEMBER: "medlem", Role.SUBSTITUTE: "suppleant"}
KIND_DA = {PersonKind.MEMBER: "medlem", PersonKind.LIAISON: "kontaktperson", PersonKind.POLITICIAN: "politiker",
           PersonKind.STAFF: "medarbejder", PersonKind.OTHER: "anden"}


@dataclass
class ImportPreview:
    """What a file would import: the people, every problem, and who is already known.

    It carries the table too, so that a dialog can show the file as read and remap its columns.
    """

    file_name: str
    headers: list[str]
    rows: list[list[str]]
    source_rows: list[int]
    mapping: dict[int, str]
    people: list[ImportedPerson]
    problems: list[ImportProblem]
    duplicates: list[tuple[int, int]]  # (index, index of the first row of the same person) within the file
    existing_matches: list[tuple[int, int]]  # (index, id of the same person in the register)
    match_fields: dict[int, str] = field(default_factory=dict)  # index → what matched: email, phone, ...

    def known(self) -> dict[int, ImportProblem]:
        """Index → why that row is someone already in the register or earlier in the file."""
        first_row = {dup: self.people[first].source_row for dup, first in self.duplicates}
        found: dict[int, ImportProblem] = {}
        for i in sorted({i for i, _ in self.existing_matches} | set(first_row)):
            person, what = self.people[i], _MATCHED.get(self.match_fields.get(i, "name"), "")
            column = self._header(self.match_fields.get(i, "name"))
            where = (f"the same person as row {first_row[i]}" if i in first_row
                     else "already in the register")
            found[i] = ImportProblem(
                self.file_name, person.source_row, column, f'"{person.name}" is {where} (same name{what}).',
                "same_as_row" if i in first_row else "in_register",
                {"name": person.name, "row": str(first_row.get(i, "")), "by": self.match_fields.get(i, "name")})
        return found

    def _header(self, field_name: str) -> str:
        return next((self.headers[c] for c, f in sorted(self.mapping.items())
                     if f == field_name and c < len(self.headers) and self.headers[c]), field_name)


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    merged: int
    changes: Changes
    person_ids: list[int] = field(default_factory=list)  # per imported person, the person it became


_MATCHED = {"email": " and e-mail", "phone": " and phone", "address": " and address", "name": ", nothing else given"}


class ImportRefused(Exception):
    """The import had problems; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        n = len(problems)
        first = f" The first: {problems[0]}" if problems else ""
        super().__init__(f"Nothing was imported: the file has {n} problem{'s' if n != 1 else ''} to fix first."
                         + first)
        self.problems = problems


class AlreadyKnown(ImportRefused):
    """Rows are people already in the register (or twice in the file) and no one said to merge them."""

    def __init__(self, file_name: str, known: list[ImportProblem]) -> None:
        n = len(known)
        Exception.__init__(self, f"Nothing was imported: {n} {'people' if n != 1 else 'person'} in {file_name} "
                                 f"{'are' if n != 1 else 'is'} already known, and importing them again would "
                                 f"list them twice; merge them, or leave those rows out. The first: {known[0]}")
        self.problems = known


class ImportCancelled(Exception):
    """The progress callback stopped the import; nothing was written."""


class MemberImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- import --------------------------------------------------------------------------------
    def preview(self, path: Path, mapping: dict[int, str] | None = None, *,
                mapping_option: str | None = None) -> ImportPreview:
        """Reads the file and checks every row; writes nothing.

        `mapping` (column index → field) or `mapping_option` ("Header=field,...") override the
        columns guessed from the headers.
        """
        path = Path(path)
        table = read_table(path)
        if mapping is None:
            # The option is merged over the guessed columns; a bad one raises ValueError.
            mapping = (parse_mapping_option(mapping_option, table.headers) if mapping_option
                       else guess_mapping(table.headers))
        result = parse_members(table, mapping, file_name=path.name)
        with self.store.read() as s:
            known = _identity_index(s)
        matches: list[tuple[int, int]] = []
        match_fields: dict[int, str] = {}
        for i, p in enumerate(result.people):
            key = next((k for k in _keys(p) if k in known), None)
            if key is not None:
                matches.append((i, known[key]))
                match_fields[i] = key[0]
        duplicates = [_ordered(a, b) for a, b in result.duplicates]
        for dup, first in duplicates:
            match_fields.setdefault(dup, next((k[0] for k in _keys(result.people[dup])
                                               if k in _keys(result.people[first])), "name"))
        return ImportPreview(
            file_name=path.name, headers=list(table.headers), rows=[list(r) for r in table.rows],
            source_rows=list(table.source_rows), mapping=dict(mapping), people=list(result.people),
            problems=list(result.problems), duplicates=duplicates,
            existing_matches=matches, match_fields=match_fields,
        )

    def apply(self, result: ImportPreview, merge: set[int] | None = None, *, as_new: bool = False,
              progress: Callable[[int, int], None] | None = None) -> ImportOutcome:
        """Imports everything in one transaction, or nothing.

        `progress(rows done, rows in all)` is called after each batch of rows; raising from it
        (ImportCancelled, say) stops the import with nothing written.

        A row that is a person already in the register (identity_keys: the same name and e-mail,
        phone or address) is merged into that person when its index is in `merge`; a row that is the
        same person as an earlier row is merged into that row's person. Such rows not in `merge` are
        added as new people with `as_new`, and otherwise the import is refused (AlreadyKnown).
        """
        if result.problems:
            raise ImportRefused(list(result.problems))
        for imported in result.people:  # the register's own rules, as for a person added by hand
            _validate(imported, result.file_name)
        merge = merge or set()
        if not as_new:
            undecided = [p for i, p in result.known().items() if i not in merge]
            if undecided:
                raise AlreadyKnown(result.file_name, undecided)
        first_of = {dup: first for dup, first in result.duplicates}
        mapped = set(result.mapping.values())
        total = len(result.people)
        ids: list[int] = [0] * total
        added = merged = 0
        with self.store.session() as s:
            # Looked up again inside the transaction: the register may have changed since the preview.
            known = _identity_index(s)
            for start in range(0, total, IMPORT_BATCH):
                batch = range(start, min(start + IMPORT_BATCH, total))
                targets: dict[int, int] = {}  # index → the person it is merged into
                for i in batch:
                    key = next((k for k in _keys(result.people[i]) if k in known), None)
                    if i in merge and i in first_of:
                        targets[i] = -1  # the person of an earlier row, known once that row is in
                    elif i in merge and key is not None:
                        targets[i] = known[key]
                new = [i for i in batch if i not in targets]
                for i, person_id in zip(new, _insert_people(s, [result.people[i] for i in new]), strict=True):
                    ids[i] = person_id
                for i, person_id in targets.items():  # in file order: a later row's values win
                    ids[i] = ids[first_of[i]] if person_id == -1 else person_id
                    _merge_into(s, ids[i], result.people[i], mapped)
                added += len(new)
                merged += len(targets)
                _insert(s, AuditLog, [{"entity": "person", "entity_id": ids[i], "action": "import",
                                       "detail": f"{result.file_name}, row {result.people[i].source_row}"}
                                      for i in batch])
                if progress is not None:
                    progress(batch.stop, total)  # may raise ImportCancelled: the transaction rolls back
        return ImportOutcome(added, merged, MEMBERS if ids else frozenset(), ids)

    # --- export --------------------------------------------------------------------------------
    def export(self, path: Path, ids: list[int] | None = None) -> int:
        """Writes the people (all, or `ids` in that order) as CSV or XLSX with Danish headers.

        Returns how many were written. The columns are those the importer guesses back, so an
        export imports cleanly.
        """
        path = Path(path)
        with self.store.read() as s:
            if ids is None:
                ids = member_queries.member_ids(s, MemberFilter.ALL)
            rows: list[list[str]] = []
            for start in range(0, len(ids), EXPORT_CHUNK):
                chunk = ids[start:start + EXPORT_CHUNK]
                # The register's rows leave out notes; they travel in the export all the same.
                notes = {pid: text for pid, text in s.execute(
                    sa_select(col(Person.id), col(Person.notes)).where(col(Person.id).in_(chunk)))}
                for r in member_queries.member_rows(s, chunk):
                    values = {
                        "name": r.name, "email": r.email, "phone": r.phone, "address": r.address,
                        "postal_code": r.postal_code, "city": r.city, "organisation": r.organisation,
                        "title": r.title, "role": ROLE_DA.get(Role(r.role), r.role) if r.role else "",
                        "term_from": _iso(r.term_from), "term_to": _iso(r.term_to),
                        "kind": KIND_DA.get(PersonKind(r.kind), r.kind), "notes": notes.get(r.id, ""),
                    }
                    rows.append([values.get(f, "") for f in FIELDS])
        write_table(path, list(EXPORT_HEADERS_DA), rows)
        return len(rows)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _ordered(a: int, b: int) -> tuple[int, int]:
    """(later index, earlier index), whichever order the importer reports them in."""
    return (a, b) if a > b else (b, a)


def _keys(p: ImportedPerson) -> list[tuple[str, str, str]]:
    return identity_keys(p.name, p.email, p.phone, p.address)


def _identity_index(s: Session) -> dict[tuple[str, str, str], int]:
    """identity_keys → the first (lowest id) person in the register with that key."""
    index: dict[tuple[str, str, str], int] = {}
    query = (sa_select(col(Person.id), col(Person.name), col(Person.email), col(Person.phone), col(Person.address))
             .where(col(Person.erased_at).is_(None)).order_by(col(Person.id)))
    for pid, name, email, phone, address in s.execute(query):
        for key in identity_keys(name, email, phone, address):
            index.setdefault(key, pid)
    return index


def _validate(imported: ImportedPerson, file_name: str) -> None:
    kind = PersonKind(imported.kind)
    data = PersonInput(**_person_values(imported), kind=kind,
                       role=Role(imported.role) if imported.role and imported.term_from else None,
                       term_from=imported.term_from, term_to=imported.term_to)
    try:
        validate(data)
    except ValidationError as e:
        raise ValidationError(e.field, e.code, f"{file_name}, row {imported.source_row}: {e.message}") from None


def _person_values(imported: ImportedPerson) -> dict[str, Any]:
    return {f: (getattr(imported, f) or "").strip() for f in TEXT_FIELDS}


def _insert(s: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    """One INSERT for many rows, with the model's own defaults; far cheaper than an object and a flush each."""
    if rows:
        s.execute(insert(model.__table__).values(_defaults(model)), rows)  # type: ignore[attr-defined]


def _defaults(model: type[SQLModel]) -> dict[str, Any]:
    # Filled in per statement: the defaults are Python's (uuid4, now()), which a bulk insert does not call.
    return {name: f.get_default(call_default_factory=True) for name, f in model.model_fields.items()
            if name != "id" and not f.is_required()}


def _insert_people(s: Session, people: list[ImportedPerson]) -> list[int]:
    """Adds the people and their memberships in bulk; their new ids, in order."""
    if not people:
        return []
    rows = [{**_person_values(p), "kind": PersonKind(p.kind).value, "uuid": new_uuid()} for p in people]
    _insert(s, Person, rows)
    # Found again by the uuids given here: one query, and no reliance on how SQLite numbers rows.
    query = sa_select(col(Person.uuid), col(Person.id)).where(col(Person.uuid).in_([r["uuid"] for r in rows]))
    id_of = {uuid: pid for uuid, pid in s.execute(query)}
    ids = [id_of[r["uuid"]] for r in rows]
    _insert(s, Membership, [{"person_id": pid, **term} for pid, p in zip(ids, people, strict=True)
                            if (term := _term(p)) is not None])
    return ids


def _term(imported: ImportedPerson) -> dict[str, Any] | None:
    """The membership an imported row describes, if any (only members have one, from a start date)."""
    if imported.term_from is None or PersonKind(imported.kind) is not PersonKind.MEMBER:
        return None
    role = Role(imported.role).value if imported.role else Role.MEMBER.value
    return {"role": role, "term_from": imported.term_from, "term_to": imported.term_to}


def _merge_into(s: Session, person_id: int, imported: ImportedPerson, mapped: set[str]) -> None:
    person = s.get(Person, person_id)
    if person is None:  # merged into a row added earlier in this transaction; always there
        raise LookupError(person_id)
    for name, value in _person_values(imported).items():
        if value:
            setattr(person, name, value)
    if "kind" in mapped:  # only a file that says what kind someone is may change it
        person.kind = PersonKind(imported.kind).value
    person.updated_at = datetime.now(UTC)
    existing = list(s.exec(select(Membership).where(Membership.person_id == person_id)))
    _add_membership(s, person_id, imported, existing)


def _add_membership(s: Session, person_id: int, imported: ImportedPerson, existing: list[Membership]) -> None:
    """Adds the imported term unless the person already has one starting that day (then it is updated)."""
    term = _term(imported)
    if term is None:
        return
    same = next((m for m in existing if m.term_from == imported.term_from), None)
    if same is None:
        s.add(Membership(person_id=person_id, **term))
    else:
        same.role = term["role"]
        if imported.term_to is not None:
            same.term_to = imported.term_to


__all__ = ["AlreadyKnown", "ExportFileError", "ImportCancelled", "ImportFileError", "ImportOutcome", "ImportPreview",
           "ImportRefused", "MemberImportService"]
