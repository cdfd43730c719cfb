"""People from a table: Danish and English headers recognised, every problem reported by row and column."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from lokalraad_app.domain.enums import PersonKind, Role
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.importers.tabular import Table

FIELDS = ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title", "role",
          "term_from", "term_to", "kind", "notes")
TEXT_FIELDS = ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title", "notes")

# Export headers, chosen so that an export imports back by itself.
EXPORT_HEADERS_DA = ("Navn", "E-mail", "Telefon", "Adresse", "Postnr.", "By", "Organisation", "Titel", "Rolle",
                     "Valgt fra", "Valgt til", "Type", "Noter")


def _key(text: str) -> str:
    """Text folded for matching: NFC, lower case, letters and digits only ("E-mail " → "email")."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("Navn", "Name", "Fulde navn", "Full name", "Fornavn og efternavn"),
    "email": ("E-mail", "Email", "Mail", "E-mailadresse", "Email address", "E-post"),
    "phone": ("Telefon", "Tlf.", "Tlf", "Mobil", "Mobilnummer", "Telefonnummer", "Phone", "Mobile", "Tel"),
    "address": ("Adresse", "Address", "Vej", "Gade", "Street"),
    "postal_code": ("Postnr.", "Postnummer", "Postnr", "Zip", "Postal code", "Postcode"),
    "city": ("By", "City", "Town", "Postdistrikt"),
    "organisation": ("Organisation", "Forening", "Repræsenterer", "Organization", "Represents"),
    "title": ("Titel", "Title", "Stilling", "Job title"),
    "role": ("Rolle", "Post", "Role", "Position", "Bestyrelsespost"),
    "term_from": ("Valgt", "Valgt fra", "Fra", "Term from", "Elected", "Start"),
    "term_to": ("Udløber", "Valgt til", "Til", "Term to", "Expires", "Slut"),
    "kind": ("Type", "Kind", "Kategori"),
    "notes": ("Note", "Noter", "Bemærkning", "Bemærkninger", "Notes", "Comment"),
}
_HEADER_INDEX = {_key(h): f for f, names in HEADER_NAMES.items() for h in (f, *names)}

ROLE_NAMES: dict[str, Role] = {
    "formand": Role.CHAIR, "chair": Role.CHAIR, "chairman": Role.CHAIR,
    "næstformand": Role.VICE_CHAIR, "viceformand": Role.VICE_CHAIR, "vicechair": Role.VICE_CHAIR,
    "vicechairman": Role.VICE_CHAIR,
    "kasserer": Role.TREASURER, "kasser": Role.TREASURER, "treasurer": Role.TREASURER,
    "sekretær": Role.SECRETARY, "secretary": Role.SECRETARY,
    "medlem": Role.MEMBER, "bestyrelsesmedlem": Role.MEMBER, "menigtmedlem": Role.MEMBER, "member": Role.MEMBER,
    "suppleant": Role.SUBSTITUTE, "substitute": Role.SUBSTITUTE,
}
KIND_NAMES: dict[str, PersonKind] = {
    "medlem": PersonKind.MEMBER, "member": PersonKind.MEMBER,
    "kontaktperson": PersonKind.LIAISON, "fællesskaber": PersonKind.LIAISON, "liaison": PersonKind.LIAISON,
    "politiker": PersonKind.POLITICIAN, "politician": PersonKind.POLITICIAN,
    "medarbejder": PersonKind.STAFF, "ansat": PersonKind.STAFF, "staff": PersonKind.STAFF,
    "anden": PersonKind.OTHER, "andet": PersonKind.OTHER, "other": PersonKind.OTHER,
}
ROLE_HINT = ("formand, næstformand, kasserer, sekretær, medlem, suppleant "
             "(or chair, vice chair, treasurer, secretary, member, substitute)")
KIND_HINT = "medlem, kontaktperson, politiker, medarbejder, anden (or member, liaison, politician, staff, other)"
_ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DANISH_DATE_RE = re.compile(r"^(\d{1,2})([.\-/])(\d{1,2})\2(\d{4})$")
_YEAR_RE = re.compile(r"^\d{4}$")


@dataclass
class ImportedPerson:
    name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    organisation: str = ""
    title: str = ""
    role: Role = Role.MEMBER
    term_from: date | None = None
    term_to: date | None = None
    kind: PersonKind = PersonKind.MEMBER
    notes: str = ""
    source_row: int = 0


@dataclass
class ImportProblem:
    file: str
    row: int
    column: str  # the header as written in the file, the field name if no column, "" for the whole row
    message: str  # in English; the window words it from `code` and `values` in the user's language
    code: str = ""
    values: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f'{self.file}, row {self.row}' + (f', column "{self.column}"' if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class MemberImport:
    people: list[ImportedPerson] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (earlier, later) indices, same person


def identity_keys(name: str, email: str = "", phone: str = "", address: str = "") -> list[tuple[str, str, str]]:
    """What makes two records the same person: the same name and the same e-mail, phone or address.

    A name alone is not enough (two Anne Jensens), nor an e-mail alone (a household shares one). Only
    a record with nothing but a name is known by its name. Each key is (field, name, value).
    """
    who = " ".join(_key(part) for part in name.split())
    if not who:
        return []
    digits = re.sub(r"\D", "", phone)
    values = [("email", email.strip().casefold()), ("phone", digits[-8:]), ("address", _key(address))]
    keys = [(f, who, v) for f, v in values if v]
    return keys or [("name", who, "")]


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers we recognise; each field taken by its first column."""
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        f = _HEADER_INDEX.get(_key(header))
        if f is not None and f not in mapping.values():
            mapping[i] = f
    return mapping


def parse_mapping_option(text: str, headers: list[str]) -> dict[int, str]:
    """`"Fornavn og efternavn=name,Mobilnr=phone"` merged over the guessed mapping.

    Headers match as in guess_mapping (case, spaces and punctuation do not matter); a field named
    here leaves the column it was guessed for.
    """
    mapping = guess_mapping(headers)
    columns: dict[str, int] = {}
    for i, h in enumerate(headers):
        columns.setdefault(_key(h), i)
    for pair in filter(None, (p.strip() for p in text.split(","))):
        header, sep, target = pair.rpartition("=")
        header, target = header.strip(), target.strip()
        if not sep or not header:
            raise ValueError(f'"{pair}" is not of the form Header=field.')
        if target not in FIELDS:
            raise ValueError(f'"{target}" is not a field; use one of {", ".join(FIELDS)}.')
        if _key(header) not in columns:
            raise ValueError(f'the file has no column "{header}"; its columns are {", ".join(headers)}.')
        column = columns[_key(header)]
        mapping = {i: f for i, f in mapping.items() if f != target}
        mapping[column] = target
    return mapping


def parse_date(text: str, end_of_year: bool = False) -> date:
    """YYYY-MM-DD, D.M.YYYY, D-M-YYYY, D/M/YYYY or a bare year (1 January, or 31 December at the end).

    Raises ValueError for anything else, and for dates that do not exist.
    """
    text = text.strip()
    if _YEAR_RE.match(text):
        return date(int(text), 12, 31) if end_of_year else date(int(text), 1, 1)
    if m := _ISO_DATE_RE.match(text):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DANISH_DATE_RE.match(text):
        return date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    # date.fromisoformat is not used: it also takes 20240301 and week dates, which nobody means here.
    raise ValueError(f"not a date: {text!r}")


def _role(text: str) -> Role | None:
    # "1. suppleant", "Suppleant 2": the number only orders the substitutes.
    return ROLE_NAMES.get(re.sub(r"\d", "", _key(text)))


class _RowParser:
    """Reads one row into a person, collecting its problems."""

    def __init__(self, table: Table, column_of: dict[str, int], file_name: str) -> None:
        self.table = table
        self.column_of = column_of
        self.file_name = file_name

    def header(self, f: str) -> str:
        i = self.column_of.get(f)
        if i is not None and i < len(self.table.headers) and self.table.headers[i]:
            return self.table.headers[i]
        return f

    def parse(self, row: list[str], line: int) -> tuple[ImportedPerson, list[ImportProblem]]:
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in self.column_of.items()}
        person = ImportedPerson(source_row=line)
        problems: list[ImportProblem] = []

        def problem(f: str, message: str, code: str, **values: str) -> None:
            problems.append(ImportProblem(self.file_name, line, self.header(f) if f else "", message, code, values))

        for f in TEXT_FIELDS:
            setattr(person, f, values.get(f, ""))
        if not person.name:
            problem("name", "the name is missing.", "name_missing")
        if person.email and not is_valid_email(person.email):
            problem("email", f'"{person.email}" is not a valid email address.', "email_invalid", value=person.email)
        if values.get("role"):
            role = _role(values["role"])
            if role is None:
                problem("role", f'"{values["role"]}" is not a role; use {ROLE_HINT}.', "role_unknown",
                        value=values["role"])
            else:
                person.role = role
        if values.get("kind"):
            kind = KIND_NAMES.get(_key(values["kind"]))
            if kind is None:
                problem("kind", f'"{values["kind"]}" is not a type; use {KIND_HINT}.', "kind_unknown",
                        value=values["kind"])
            else:
                person.kind = kind
        for f, end_of_year in (("term_from", False), ("term_to", True)):
            if values.get(f):
                try:
                    setattr(person, f, parse_date(values[f], end_of_year=end_of_year))
                except ValueError:
                    problem(f, f'"{values[f]}" is not a date; write it as 2026-03-03, 3.3.2026 or 2026.',
                            "date_invalid", value=values[f])
        # A role is a membership of the board, which only a member has and which starts on a day:
        # without either it would be lost.
        role_given = bool(values.get("role")) and _role(values["role"]) is not None
        if role_given and person.kind is not PersonKind.MEMBER and person.role is not Role.MEMBER:
            problem("role", f'"{values["role"]}" is a role on the board, which only a member (type "medlem") has; '
                            f'leave it empty for a {values["kind"]}.', "role_not_member", value=values["role"],
                    kind=values["kind"])
        elif role_given and person.kind is PersonKind.MEMBER and not values.get("term_from"):
            if "term_from" in self.column_of:
                problem("role", f'"{values["role"]}" has no start date; fill in "{self.header("term_from")}" '
                                "(e.g. 2026-03-01, 1.3.2026 or 2026).", "role_no_start", value=values["role"],
                        start=self.header("term_from"))
            else:
                problem("role", f'"{values["role"]}" has no start date; add a column "Valgt fra" with the date '
                                "the term began (e.g. 2026-03-01, 1.3.2026 or 2026).", "role_no_start_column",
                        value=values["role"])
        if person.term_to and not values.get("term_from"):
            start = self.header("term_from") if "term_from" in self.column_of else "Valgt fra"
            problem("term_to", f'the term ends ({person.term_to.isoformat()}) but has no start date; fill in '
                               f'"{start}".', "term_end_no_start", end=person.term_to.isoformat(), start=start)
        if person.term_from and person.term_to and person.term_to < person.term_from:
            problem("term_to", f"the term ends ({person.term_to.isoformat()}) before it starts "
                               f"({person.term_from.isoformat()}).", "term_order", end=person.term_to.isoformat(),
                    start=person.term_from.isoformat())
        mapped = set(self.column_of.values())
        spilled = [v for i, v in enumerate(row)
                   if i >= len(self.table.headers) and i not in mapped and v.strip()]
        if spilled:
            # In a CSV this is almost always a delimiter inside a value without quotes: every value
            # after it has moved one column to the right.
            problem("", f"the row has {len(spilled)} value(s) right of the last header "
                        f'("{spilled[0]}"); is there a comma or semicolon inside a value without quotes?',
                    "spilled", count=str(len(spilled)), value=spilled[0])
        return person, problems


def parse_members(table: Table, mapping: dict[int, str] | None = None, file_name: str = "") -> MemberImport:
    """Every row checked; all problems collected (the caller imports nothing while there are any).

    `mapping` is column index → field; without one the headers are guessed (guess_mapping).
    """
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown:
        raise ValueError(f"not fields: {', '.join(unknown)}")
    column_of = {f: i for i, f in sorted(mapping.items(), reverse=True)}  # the first column wins
    result = MemberImport()
    if "name" not in column_of:
        shown = ", ".join(f'"{h}"' for h in table.headers if h)
        result.problems.append(ImportProblem(
            file_name, 1, "name", f"no column is read as the name (the columns are {shown}); "
                                  'call one "Navn" or map it to name.', "no_name_column", {"columns": shown}))
        return result
    parser = _RowParser(table, column_of, file_name)
    first_with_key: dict[tuple[str, str, str], int] = {}
    for index, row in enumerate(table.rows):
        line = table.source_rows[index] if index < len(table.source_rows) else index + 2
        person, problems = parser.parse(row, line)
        result.people.append(person)
        result.problems.extend(problems)
        keys = identity_keys(person.name, person.email, person.phone, person.address)
        earlier = next((first_with_key[k] for k in keys if k in first_with_key), None)
        if earlier is not None:
            result.duplicates.append((earlier, index))
        for k in keys:
            first_with_key.setdefault(k, index)
    return result
