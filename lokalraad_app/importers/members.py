"""People from a table: Danish and English headers recognised, every problem reported by row and column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lokalraad_app.domain.enums import PersonKind, Role
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.importers.tabular import Table

FIELDS = ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title", "role",
          "term_from", "term_to", "kind", "notes")

# Export headers, chosen so that an export imports back by itself.
EXPORT_HEADERS_DA = ("Navn", "E-mail", "Telefon", "Adresse", "Postnr.", "By", "Organisation", "Titel", "Rolle",
                     "Valgt fra", "Valgt til", "Type", "Noter")


def _key(text: str) -> str:
    """Header text folded for matching: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-zæøåéü]", "", text.casefold())


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
_HEADER_INDEX = {_key(h): f for f, names in HEADER_NAMES.items() for h in names} | {f: f for f in FIELDS}

ROLE_NAMES: dict[str, Role] = {
    "formand": Role.CHAIR, "chair": Role.CHAIR, "chairman": Role.CHAIR,
    "næstformand": Role.VICE_CHAIR, "vicechair": Role.VICE_CHAIR, "vicechairman": Role.VICE_CHAIR,
    "kasserer": Role.TREASURER, "kasser": Role.TREASURER, "treasurer": Role.TREASURER,
    "sekretær": Role.SECRETARY, "secretary": Role.SECRETARY,
    "medlem": Role.MEMBER, "bestyrelsesmedlem": Role.MEMBER, "member": Role.MEMBER,
    "suppleant": Role.SUBSTITUTE, "substitute": Role.SUBSTITUTE,
}
KIND_NAMES: dict[str, PersonKind] = {
    "medlem": PersonKind.MEMBER, "member": PersonKind.MEMBER,
    "kontaktperson": PersonKind.LIAISON, "fællesskaber": PersonKind.LIAISON, "liaison": PersonKind.LIAISON,
    "politiker": PersonKind.POLITICIAN, "politician": PersonKind.POLITICIAN,
    "medarbejder": PersonKind.STAFF, "ansat": PersonKind.STAFF, "staff": PersonKind.STAFF,
    "anden": PersonKind.OTHER, "andet": PersonKind.OTHER, "other": PersonKind.OTHER,
}
_DATE_RE = re.compile(r"^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$")


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
    column: str
    message: str

    def __str__(self) -> str:
        return f'{self.file}, row {self.row}, column "{self.column}": {self.message}'


@dataclass
class MemberImport:
    people: list[ImportedPerson] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # indices into people, same email


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for the headers we recognise; each field taken by its first column."""
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        f = _HEADER_INDEX.get(_key(header))
        if f is not None and f not in mapping.values():
            mapping[i] = f
    return mapping


def parse_mapping_option(text: str, headers: list[str]) -> dict[int, str]:
    """`"Fornavn og efternavn=name,Mobilnr=phone"` merged over the guessed mapping."""
    mapping = guess_mapping(headers)
    folded = {_key(h): i for i, h in enumerate(headers)}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        header, sep, target = pair.rpartition("=")
        header, target = header.strip(), target.strip()
        if not sep or not header:
            raise ValueError(f'"{pair}" is not of the form Header=field.')
        if target not in FIELDS:
            raise ValueError(f'"{target}" is not a field; use one of {", ".join(FIELDS)}.')
        if _key(header) not in folded:
            raise ValueError(f'The file has no column "{header}"; its columns are {", ".join(headers)}.')
        column = folded[_key(header)]
        mapping = {i: f for i, f in mapping.items() if f != target}
        mapping[column] = target
    return mapping


def parse_date(text: str, end_of_year: bool = False) -> date:
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 12, 31) if end_of_year else date(int(text), 1, 1)
    m = _DATE_RE.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text)  # YYYY-MM-DD; raises ValueError otherwise


def parse_members(table: Table, mapping: dict[int, str] | None = None, file_name: str = "") -> MemberImport:
    """Every row checked; all problems collected (the caller imports nothing while there are any)."""
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    column_of = {f: i for i, f in mapping.items()}
    result = MemberImport()

    def header(f: str) -> str:
        i = column_of.get(f)
        return table.headers[i] if i is not None and i < len(table.headers) and table.headers[i] else f

    if "name" not in column_of:
        result.problems.append(ImportProblem(file_name, 1, "name",
                                             "no column is read as the name; map one to Name."))
        return result
    seen: dict[str, int] = {}
    for row, line in zip(table.rows, table.source_rows or range(2, len(table.rows) + 2), strict=False):
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in column_of.items()}
        person = ImportedPerson(source_row=line)
        problems: list[ImportProblem] = []

        def problem(f: str, message: str, line: int = line, problems: list[ImportProblem] = problems) -> None:
            problems.append(ImportProblem(file_name, line, header(f), message))

        for f in ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title", "notes"):
            setattr(person, f, values.get(f, ""))
        if not person.name:
            problem("name", "the name is missing.")
        if person.email and not is_valid_email(person.email):
            problem("email", f'"{person.email}" is not a valid email address.')
        if values.get("role"):
            role = ROLE_NAMES.get(_key(values["role"]))
            if role is None:
                problem("role", f'"{values["role"]}" is not a role; use formand, næstformand, kasserer, '
                                "sekretær, medlem or suppleant.")
            else:
                person.role = role
        if values.get("kind"):
            kind = KIND_NAMES.get(_key(values["kind"]))
            if kind is None:
                problem("kind", f'"{values["kind"]}" is not a type; use medlem, kontaktperson, politiker, '
                                "medarbejder or anden.")
            else:
                person.kind = kind
        for f, end in (("term_from", False), ("term_to", True)):
            if values.get(f):
                try:
                    setattr(person, f, parse_date(values[f], end_of_year=end))
                except ValueError:
                    problem(f, f'"{values[f]}" is not a date; write it as 2026-03-03, 3.3.2026 or 2026.')
        if person.term_from and person.term_to and person.term_to < person.term_from:
            problem("term_to", "the term ends before it starts.")
        result.problems.extend(problems)
        index = len(result.people)
        result.people.append(person)
        key = person.email.casefold()
        if key:
            if key in seen:
                result.duplicates.append((seen[key], index))
            else:
                seen[key] = index
    return result
