"""Reading people from CSV and XLSX files as secretaries actually have them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from lokalraad_app.domain.enums import PersonKind, Role
from lokalraad_app.importers.members import (
    EXPORT_HEADERS_DA,
    FIELDS,
    guess_mapping,
    parse_mapping_option,
    parse_members,
)
from lokalraad_app.importers.tabular import ImportFileError, read_table, write_table


def people(path: Path) -> list[tuple[str, str, str]]:
    result = parse_members(read_table(path), file_name=path.name)
    assert result.problems == [], [str(p) for p in result.problems]
    return [(p.name, p.email, p.phone) for p in result.people]


def test_utf8_comma_csv(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Name,Email,Phone\nAnna Berg,anna@example.dk,12345678\n", encoding="utf-8")
    assert people(f) == [("Anna Berg", "anna@example.dk", "12345678")]


def test_utf8_bom_semicolon_csv(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Navn;E-mail;Tlf.\nSøren Østergaard;soren@example.dk;20 30 40 50\n", encoding="utf-8-sig")
    assert people(f) == [("Søren Østergaard", "soren@example.dk", "20 30 40 50")]


def test_cp1252_as_danish_excel_writes_it(tmp_path: Path) -> None:
    f = tmp_path / "excel.csv"
    f.write_bytes("Navn;Mail;Mobil;By\nÅse Bækgaard;ase@example.dk;22334455;Kirke Såby\n".encode("cp1252"))
    result = parse_members(read_table(f))
    assert result.people[0].name == "Åse Bækgaard" and result.people[0].city == "Kirke Såby"


def test_quoted_field_with_line_break_keeps_row_numbers(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('Navn;Adresse;E-mail\nAnna;"Bygaden 1\n4060 Kirke Såby";anna@example.dk\nBo;Vej 2;bo@\n',
                 encoding="utf-8")
    result = parse_members(read_table(f), file_name="a.csv")
    assert result.people[0].address == "Bygaden 1\n4060 Kirke Såby"
    assert [str(p) for p in result.problems] == ['a.csv, row 4, column "E-mail": "bo@" is not a valid email address.']


def test_xlsx_with_dates_and_numbers(tmp_path: Path) -> None:
    f = tmp_path / "a.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Navn", "Telefon", "Rolle", "Valgt fra", "Udløber"])
    sheet.append(["Mette Højgaard", 22334455, "Kasserer", datetime(2024, 3, 1), 2026])
    book.save(f)
    p = parse_members(read_table(f)).people[0]
    assert (p.name, p.phone, p.role) == ("Mette Højgaard", "22334455", Role.TREASURER)
    assert (p.term_from, p.term_to) == (date(2024, 3, 1), date(2026, 12, 31))


def test_danish_and_english_headers_are_recognised_and_unknown_ignored() -> None:
    headers = ["Fulde navn", "E-mailadresse", "Postnr.", "By", "Rolle", "Valgt", "Skostørrelse", "Type"]
    mapping = guess_mapping(headers)
    assert mapping == {0: "name", 1: "email", 2: "postal_code", 3: "city", 4: "role", 5: "term_from", 7: "kind"}
    assert guess_mapping(["Name", "Mail", "Mobile", "Town", "Role", "Term to"]) == \
        {0: "name", 1: "email", 2: "phone", 3: "city", 4: "role", 5: "term_to"}


def test_mapping_option_from_the_command_line() -> None:
    headers = ["Hvem", "Nummer", "E-mail"]
    assert parse_mapping_option("Hvem=name,Nummer=phone", headers) == {0: "name", 1: "phone", 2: "email"}
    with pytest.raises(ValueError, match="Skonummer"):
        parse_mapping_option("Skonummer=phone", headers)
    with pytest.raises(ValueError, match="shoe"):
        parse_mapping_option("Hvem=shoe", headers)


def test_every_problem_is_reported_with_row_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(
        "Navn;E-mail;Rolle;Valgt fra;Valgt til;Type\n"
        "Anna;anna@example.dk;Medlem;2024;2026;Medlem\n"
        ";bo@example.dk;Medlem;;;\n"
        "Carl;carl@example.dk;Konge;;;\n"
        "Dorte;dorte@example.dk;Medlem;i går;;\n"
        "Erik;erik@example.dk;Medlem;2025-01-01;2024-01-01;Alien\n",
        encoding="utf-8",
    )
    result = parse_members(read_table(f), file_name="bad.csv")
    got = {(p.row, p.column) for p in result.problems}
    assert got == {(3, "Navn"), (4, "Rolle"), (5, "Valgt fra"), (6, "Valgt til"), (6, "Type")}
    assert all(p.file == "bad.csv" and p.message for p in result.problems)


def test_no_name_column_is_one_clear_problem(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("Fornavn;Efternavn\nAnna;Berg\n", encoding="utf-8")
    result = parse_members(read_table(f), file_name="x.csv")
    assert len(result.problems) == 1 and "name" in result.problems[0].message.lower()


def test_duplicates_by_email_ignore_case(tmp_path: Path) -> None:
    f = tmp_path / "d.csv"
    f.write_text("Navn,Email\nAnna,Anna@Example.dk\nBo,bo@example.dk\nAnna B,anna@example.DK\n", encoding="utf-8")
    assert parse_members(read_table(f)).duplicates == [(0, 2)]


def test_kinds_and_roles_in_danish() -> None:
    from lokalraad_app.importers.tabular import Table

    table = Table(["Navn", "Type", "Rolle"], [["A", "Kontaktperson", ""], ["B", "Politiker", ""],
                                             ["C", "Medlem", "Næstformand"]], [2, 3, 4])
    result = parse_members(table)
    assert [p.kind for p in result.people] == [PersonKind.LIAISON, PersonKind.POLITICIAN, PersonKind.MEMBER]
    assert result.people[2].role is Role.VICE_CHAIR


@pytest.mark.parametrize("name,content", [("empty.csv", b""), ("blank.csv", b"\n;;\n"), ("notes.pdf", b"%PDF")])
def test_unreadable_files_are_refused_with_the_file_name(tmp_path: Path, name: str, content: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ImportFileError, match=name.replace(".", r"\.")):
        read_table(f)


def test_broken_xlsx_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "broken.xlsx"
    f.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="broken.xlsx"):
        read_table(f)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_imports_back_unchanged(tmp_path: Path, suffix: str) -> None:
    rows = [["Åse Ærø", "ase@example.dk", "22334455", "Bygaden 1", "4060", "Kirke Såby", "", "", "Formand",
             "2024-03-01", "", "Medlem", "Valgt på årsmødet"]]
    f = tmp_path / f"export{suffix}"
    write_table(f, list(EXPORT_HEADERS_DA), rows)
    table = read_table(f)
    assert guess_mapping(table.headers) == dict(enumerate(FIELDS))
    p = parse_members(table).people[0]
    assert (p.name, p.city, p.role, p.term_from, p.notes) == \
        ("Åse Ærø", "Kirke Såby", Role.CHAIR, date(2024, 3, 1), "Valgt på årsmødet")
