"""The member importer's readers and writers over real CSV and XLSX files, good ones and broken ones."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from lokalraad_app.domain.enums import PersonKind, Role
from lokalraad_app.importers.members import (
    EXPORT_HEADERS_DA,
    FIELDS,
    ImportedPerson,
    ImportProblem,
    MemberImport,
    guess_mapping,
    parse_date,
    parse_mapping_option,
    parse_members,
)
from lokalraad_app.importers.tabular import ImportFileError, Table, read_table, write_table

DATA = Path(__file__).parent / "data" / "import"


def read_people(path: Path) -> MemberImport:
    return parse_members(read_table(path), file_name=path.name)


def clean(path: Path) -> list[ImportedPerson]:
    result = read_people(path)
    assert result.problems == [], [str(p) for p in result.problems]
    return result.people


def problems_at(result: MemberImport) -> list[tuple[int, str]]:
    return sorted((p.row, p.column) for p in result.problems)


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for r in rows:
        sheet.append(r)
    book.save(path)


# --- reading CSV --------------------------------------------------------------------------------


def test_utf8_comma_csv(tmp_path: Path) -> None:
    f = tmp_path / "members.csv"
    f.write_text("Name,Email,Phone,City\nAnna Berg,anna@example.dk,12345678,Kirke Såby\n"
                 "Bo Holm,bo@example.dk,,Holbæk\n", encoding="utf-8")
    table = read_table(f)
    assert table.headers == ["Name", "Email", "Phone", "City"]
    assert table.rows == [["Anna Berg", "anna@example.dk", "12345678", "Kirke Såby"],
                          ["Bo Holm", "bo@example.dk", "", "Holbæk"]]
    assert table.source_rows == [2, 3]
    people = clean(f)
    assert [(p.name, p.email, p.phone, p.city) for p in people] == [
        ("Anna Berg", "anna@example.dk", "12345678", "Kirke Såby"), ("Bo Holm", "bo@example.dk", "", "Holbæk")]
    assert [p.source_row for p in people] == [2, 3]


def test_utf8_bom_semicolon_csv(tmp_path: Path) -> None:
    f = tmp_path / "medlemmer.csv"
    f.write_text('Navn;E-mail;Tlf.;Adresse\nSøren Østergaard;soren@example.dk;20 30 40 50;"Vej 1, Ørby"\n',
                 encoding="utf-8-sig")
    assert f.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(f)
    assert table.headers == ["Navn", "E-mail", "Tlf.", "Adresse"]  # no BOM stuck to the first header
    assert guess_mapping(table.headers) == {0: "name", 1: "email", 2: "phone", 3: "address"}
    (p,) = clean(f)
    assert (p.name, p.email, p.phone, p.address) == ("Søren Østergaard", "soren@example.dk", "20 30 40 50",
                                                     "Vej 1, Ørby")


def test_cp1252_semicolon_csv_decodes_danish_letters(tmp_path: Path) -> None:
    f = tmp_path / "excel.csv"
    f.write_bytes("Navn;Mail;Mobil;By;Bemærkning\r\nÅse Bækgaard;ase@example.dk;22334455;Kirke Såby;Æble\r\n"
                  "Jørgen Ørum;;;Ærøskøbing;“Ø” – 150 €\r\n".encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        f.read_bytes().decode("utf-8")  # so this really is the fallback
    people = clean(f)
    assert [(p.name, p.city, p.notes) for p in people] == [
        ("Åse Bækgaard", "Kirke Såby", "Æble"),
        ("Jørgen Ørum", "Ærøskøbing", "“Ø” – 150 €"),  # “ – € are where cp1252 and latin-1 differ
    ]


def test_danish_excel_file_as_saved(tmp_path: Path) -> None:
    """A committed file as Danish Excel saves "CSV (semikolonsepareret)": cp1252, CRLF, empty rows as ;;;."""
    raw = (DATA / "medlemmer_excel_cp1252.csv").read_bytes()
    assert b"\r\n" in raw and b"\xf8" in raw, "the fixture lost its CRLF or cp1252 bytes in a checkout"
    table = read_table(DATA / "medlemmer_excel_cp1252.csv")
    assert table.source_rows == [2, 4, 6]  # Åse's address spans rows 2-3; row 5 is empty
    people = clean(DATA / "medlemmer_excel_cp1252.csv")
    ase, soren, jorgen = people
    assert (ase.name, ase.phone, ase.address, ase.postal_code, ase.city) == \
        ("Åse Bækgaard", "22 33 44 55", "Bygaden 1\r\nLille Ørby", "4060", "Kirke Såby")
    assert (ase.role, ase.term_from, ase.term_to) == (Role.CHAIR, date(2024, 3, 1), date(2026, 12, 31))
    assert (soren.role, soren.term_to, soren.notes) == (Role.VICE_CHAIR, date(2026, 2, 28), "Valgt på årsmødet")
    assert (jorgen.name, jorgen.role, jorgen.term_from) == ("Jørgen Øster", Role.SUBSTITUTE, date(2025, 1, 1))


def test_quoted_line_breaks_keep_the_row_numbers_of_later_rows(tmp_path: Path) -> None:
    f = tmp_path / "members.csv"
    f.write_text('Navn;Adresse;E-mail\n'
                 'Anna;"Bygaden 1\n4060 Kirke Såby";anna@example.dk\n'
                 'Bo;"c/o Holm\nVej 2\n4300 Holbæk";bo@example.dk\n'
                 'Carl;Vej 3;anna@\n', encoding="utf-8")
    table = read_table(f)
    assert table.source_rows == [2, 4, 7]
    result = parse_members(table, file_name=f.name)
    assert result.people[1].address == "c/o Holm\nVej 2\n4300 Holbæk"
    assert [str(p) for p in result.problems] == [
        'members.csv, row 7, column "E-mail": "anna@" is not a valid email address.']


def test_excel_sep_line_sets_the_delimiter(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("sep=,\r\nNavn,Adresse;etage\r\nAnna,Vej 1;2. sal\r\n", encoding="utf-8")
    table = read_table(f)
    assert table.headers == ["Navn", "Adresse;etage"]
    assert table.rows == [["Anna", "Vej 1;2. sal"]] and table.source_rows == [3]


def test_semicolon_wins_when_the_header_has_more_of_them(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('Navn;"Adresse, vej";By\nAnna;Vej 1, st.;Ørby\n', encoding="utf-8")
    assert read_table(f).rows == [["Anna", "Vej 1, st.", "Ørby"]]


def test_excel_unicode_text_is_utf16_and_tab_separated(tmp_path: Path) -> None:
    f = tmp_path / "medlemmer.txt"
    f.write_bytes("Navn\tE-mail\r\nÅse Ærø\tase@example.dk\r\n".encode("utf-16"))
    (p,) = clean(f)
    assert (p.name, p.email) == ("Åse Ærø", "ase@example.dk")


def test_decomposed_letters_from_a_mac_are_composed(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Navn,By\nA\u030ase,Kirke Sa\u030aby\n", encoding="utf-8")
    (p,) = clean(f)
    assert (p.name, p.city) == ("\u00c5se", "Kirke S\u00e5by")


# --- reading XLSX -------------------------------------------------------------------------------


def test_xlsx_dates_numbers_and_empty_rows(tmp_path: Path) -> None:
    f = tmp_path / "members.xlsx"
    write_xlsx(f, [
        ["Navn", "Telefon", "Postnr.", "Rolle", "Valgt fra", "Udløber", "E-mail"],
        ["Mette Højgaard", 22334455, 4060.0, "Kasserer", datetime(2024, 3, 1), 2026, " mette@example.dk "],
        [None, None, None, None, None, None, None],
        ["Ole Ås", None, None, "suppleant", date(2025, 5, 1), "31.12.2027", None],
    ])
    table = read_table(f)
    assert table.rows[0] == ["Mette Højgaard", "22334455", "4060", "Kasserer", "2024-03-01", "2026",
                             "mette@example.dk"]
    assert table.source_rows == [2, 4]
    mette, ole = clean(f)
    assert (mette.phone, mette.postal_code, mette.role, mette.email) == \
        ("22334455", "4060", Role.TREASURER, "mette@example.dk")
    assert (mette.term_from, mette.term_to) == (date(2024, 3, 1), date(2026, 12, 31))
    assert (ole.role, ole.term_from, ole.term_to, ole.source_row) == \
        (Role.SUBSTITUTE, date(2025, 5, 1), date(2027, 12, 31), 4)


def test_xlsx_reads_the_first_sheet_from_its_real_first_row(tmp_path: Path) -> None:
    f = tmp_path / "members.xlsx"
    book = openpyxl.Workbook()
    book.active["A3"], book.active["B3"] = "Navn", "E-mail"
    book.active["A4"], book.active["B4"] = "Anna", "anna@"
    other = book.create_sheet("Andet")
    other["A1"] = "Name"
    book.save(f)
    result = read_people(f)
    assert [p.name for p in result.people] == ["Anna"]
    assert problems_at(result) == [(4, "E-mail")]


def rewrite_sheet(src: Path, dst: Path, pattern: bytes, replacement: bytes) -> None:
    """A copy of a workbook with the first sheet's XML changed, as other programs write it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(pattern, replacement, data)
                assert n == 1
            zout.writestr(item, data)


def test_xlsx_with_a_wrong_used_range_is_read_in_full(tmp_path: Path) -> None:
    """Some programs store the used range as A1; a read-only reader that trusts it sees only the header."""
    good = tmp_path / "good.xlsx"
    write_xlsx(good, [["Navn", "Tlf"], ["Anna", 1], ["Bo", 2]])
    rewrite_sheet(good, tmp_path / "bad.xlsx", rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>')
    assert [(p.name, p.phone) for p in clean(tmp_path / "bad.xlsx")] == [("Anna", "1"), ("Bo", "2")]


def test_xlsx_whole_numbers_stored_as_floats_have_no_decimals(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write_xlsx(good, [["Navn", "Tlf"], ["Anna", 22334455]])
    rewrite_sheet(good, tmp_path / "float.xlsx", rb"<v>22334455</v>", b"<v>2.2334455E7</v>")
    assert [p.phone for p in clean(tmp_path / "float.xlsx")] == ["22334455"]


# --- headers and mapping ------------------------------------------------------------------------


@pytest.mark.parametrize("field,headers", [
    ("name", ["Navn", "Name", "Fulde navn"]),
    ("email", ["E-mail", "Email", "Mail", "E-mailadresse"]),
    ("phone", ["Telefon", "Tlf.", "Tlf", "Mobil", "Phone", "Mobile"]),
    ("address", ["Adresse", "Address", "Vej"]),
    ("postal_code", ["Postnr.", "Postnummer", "Zip", "Postal code"]),
    ("city", ["By", "City", "Town"]),
    ("organisation", ["Organisation", "Forening", "Repræsenterer", "Organization"]),
    ("title", ["Titel", "Title", "Stilling"]),
    ("role", ["Rolle", "Post", "Role", "Position"]),
    ("term_from", ["Valgt", "Valgt fra", "Fra", "Term from", "Elected"]),
    ("term_to", ["Udløber", "Valgt til", "Til", "Term to", "Expires"]),
    ("kind", ["Type", "Kind"]),
    ("notes", ["Note", "Noter", "Bemærkning", "Notes"]),
])
def test_danish_and_english_headers(field: str, headers: list[str]) -> None:
    for header in headers:
        for variant in (header, header.upper(), f"  {header.lower()} ", header.replace(" ", "_") + ":"):
            assert guess_mapping(["Skostørrelse", variant]) == {1: field}, variant


def test_unknown_headers_are_ignored_and_the_first_column_of_a_field_wins(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Skostørrelse;Navn;Mail;E-mail;Yndlingsfarve\n44;Anna;anna@example.dk;old@example.dk;blå\n",
                 encoding="utf-8")
    assert guess_mapping(read_table(f).headers) == {1: "name", 2: "email"}
    (p,) = clean(f)
    assert (p.name, p.email, p.notes) == ("Anna", "anna@example.dk", "")


def test_explicit_mapping_replaces_the_guess() -> None:
    table = Table(["Hvem", "Navn", "Nummer"], [["Anna Berg", "Bestyrelsen", "22334455"]], [2])
    result = parse_members(table, {0: "name", 2: "phone"})
    assert result.problems == []
    assert (result.people[0].name, result.people[0].phone) == ("Anna Berg", "22334455")
    with pytest.raises(ValueError, match="shoe_size"):
        parse_members(table, {0: "name", 1: "shoe_size"})


def test_map_option_is_merged_over_the_guess() -> None:
    headers = ["Fornavn og efternavn", "Mobilnr", "E-mail", "Navn"]
    assert parse_mapping_option("", headers) == {0: "name", 2: "email"}  # "Navn" comes after the first
    assert parse_mapping_option("Mobilnr=phone", headers) == {0: "name", 1: "phone", 2: "email"}
    # A field mapped explicitly leaves the column it was guessed for; header case and spacing do not matter.
    assert parse_mapping_option(" navn = name , mobilnr=phone", headers) == {1: "phone", 2: "email", 3: "name"}


@pytest.mark.parametrize("option,message", [
    ("Skonummer=phone", 'no column "Skonummer"'),
    ("Mobilnr=shoe", '"shoe" is not a field'),
    ("Mobilnr", "Header=field"),
    ("=phone", "Header=field"),
])
def test_map_option_errors_say_what_is_wrong(option: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_mapping_option(option, ["Navn", "Mobilnr"])


def test_a_file_with_no_name_column_is_one_problem(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("Fornavn;Efternavn\nAnna;Berg\nBo;Holm\n", encoding="utf-8")
    result = read_people(f)
    assert len(result.problems) == 1 and result.people == []
    problem = result.problems[0]
    assert (problem.file, problem.row, problem.column) == ("x.csv", 1, "name")
    assert "Fornavn" in problem.message and "name" in problem.message


# --- values and problems ------------------------------------------------------------------------


@pytest.mark.parametrize("text,role", [
    ("Formand", Role.CHAIR), ("chair", Role.CHAIR), ("Næstformand", Role.VICE_CHAIR),
    ("Vice chair", Role.VICE_CHAIR), ("vice_chair", Role.VICE_CHAIR), ("KASSERER", Role.TREASURER),
    ("Treasurer", Role.TREASURER), ("Sekretær", Role.SECRETARY), ("secretary", Role.SECRETARY),
    ("Medlem", Role.MEMBER), ("Bestyrelsesmedlem", Role.MEMBER), ("member", Role.MEMBER), ("", Role.MEMBER),
    ("Suppleant", Role.SUBSTITUTE), ("1. suppleant", Role.SUBSTITUTE), ("substitute", Role.SUBSTITUTE),
])
def test_roles(text: str, role: Role) -> None:
    result = parse_members(Table(["Navn", "Rolle", "Valgt"], [["Anna", text, "2024"]], [2]))
    assert result.problems == [] and result.people[0].role is role


@pytest.mark.parametrize("text,kind", [
    ("Medlem", PersonKind.MEMBER), ("member", PersonKind.MEMBER), ("", PersonKind.MEMBER),
    ("Kontaktperson", PersonKind.LIAISON), ("Fælles-skaber", PersonKind.LIAISON), ("liaison", PersonKind.LIAISON),
    ("Politiker", PersonKind.POLITICIAN), ("politician", PersonKind.POLITICIAN),
    ("Medarbejder", PersonKind.STAFF), ("Ansat", PersonKind.STAFF), ("staff", PersonKind.STAFF),
    ("Anden", PersonKind.OTHER), ("other", PersonKind.OTHER),
])
def test_kinds(text: str, kind: PersonKind) -> None:
    result = parse_members(Table(["Navn", "Type"], [["Anna", text]], [2]))
    assert result.problems == [] and result.people[0].kind is kind


@pytest.mark.parametrize("text,start,end", [
    ("2024-03-01", date(2024, 3, 1), date(2024, 3, 1)),
    ("1.3.2024", date(2024, 3, 1), date(2024, 3, 1)),
    ("01.03.2024", date(2024, 3, 1), date(2024, 3, 1)),
    ("1-3-2024", date(2024, 3, 1), date(2024, 3, 1)),
    ("1/3/2024", date(2024, 3, 1), date(2024, 3, 1)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
])
def test_accepted_dates(text: str, start: date, end: date) -> None:
    assert (parse_date(text), parse_date(text, end_of_year=True)) == (start, end)


@pytest.mark.parametrize("text", ["20240301", "2024-W10-1", "1.3.24", "3/1/24", "marts 2024", "31.2.2024",
                                  "2024-13-01", "1.3-2024", "24", "i går"])
def test_rejected_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_every_problem_is_reported_with_its_row_and_column(tmp_path: Path) -> None:
    f = tmp_path / "members.csv"
    f.write_text(
        "Navn;E-mail;Rolle;Valgt fra;Valgt til;Type\n"      # row 1
        "Anna;anna@example.dk;Medlem;2024;2026;Medlem\n"    # row 2: fine
        ";bo@example.dk;Medlem;;;\n"                        # row 3: no name, a role with no start
        "Carl;carl@example;Konge;;;\n"                      # row 4: email, role
        "Dorte;dorte@example.dk;Medlem;i går;;\n"           # row 5: date
        "Erik;erik @example.dk;;2025-01-01;2024-06-30;Alien\n"  # row 6: email, term order, kind
        "Frida;frida@example.dk;;;;;ekstra\n",              # row 7: a value right of the last header
        encoding="utf-8",
    )
    result = read_people(f)
    assert problems_at(result) == [(3, "Navn"), (3, "Rolle"), (4, "E-mail"), (4, "Rolle"), (5, "Valgt fra"), (6, "E-mail"),
                                   (6, "Type"), (6, "Valgt til"), (7, "")]
    assert len(result.people) == 6  # every row is still read, so all problems show at once
    assert all(p.file == "members.csv" and p.message for p in result.problems)
    text = "\n".join(str(p) for p in result.problems)
    assert 'members.csv, row 4, column "E-mail": "carl@example" is not a valid email address.' in text
    assert 'row 4, column "Rolle": "Konge" is not a role; use formand, næstformand' in text
    assert "chair" in text and "medarbejder" in text and "liaison" in text  # the accepted values are listed
    assert 'row 5, column "Valgt fra": "i går" is not a date' in text
    assert 'row 6, column "Valgt til": the term ends (2024-06-30) before it starts (2025-01-01).' in text
    assert 'members.csv, row 7: the row has 1 value(s) right of the last header ("ekstra")' in text


@pytest.mark.parametrize("email,ok", [
    ("anna@example.dk", True), ("anna.berg+lr@mail.example.dk", True), ("anna@", False),
    ("anna@example", False), ("anna@@example.dk", False), ("an na@example.dk", False),
    ("anna@example.dk; bo@example.dk", False), ("@example.dk", False),
])
def test_email_check(email: str, ok: bool) -> None:
    result = parse_members(Table(["Navn", "E-mail"], [["Anna", email]], [2]))
    assert (result.problems == []) is ok


def test_an_unquoted_delimiter_inside_a_value_is_caught(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Navn,E-mail,Noter\nAnna,anna@example.dk,ok\nBerg, Anna,anna.berg@example.dk,kasserer\n",
                 encoding="utf-8")
    result = read_people(f)
    assert problems_at(result) == [(3, ""), (3, "E-mail")]
    # A column without a header is fine once it is mapped explicitly.
    table = Table(["Navn"], [["Anna", "anna@example.dk"]], [2])
    assert problems_at(parse_members(table)) == [(2, "")]
    assert parse_members(table, {0: "name", 1: "email"}).problems == []


def test_duplicates_are_the_same_name_and_email_phone_or_address(tmp_path: Path) -> None:
    f = tmp_path / "d.csv"
    f.write_text("Navn,Email,Tlf\nAnna Berg,Anna@Example.dk,\nBo,bo@example.dk,\nanna  berg,anna@example.DK,\n"
                 "Carl,,\nCarl,,\nBo H,BO@EXAMPLE.DK,\nDorte,,+45 20 30 40 50\nDorte,,20304050\nDorte,,11111111\n",
                 encoding="utf-8")
    result = read_people(f)
    assert result.problems == []
    # Bo and Bo H share an email but not a name: a household, two people. Carl twice with nothing else: one.
    assert result.duplicates == [(0, 2), (3, 4), (6, 7)]


# --- files that cannot be read ------------------------------------------------------------------


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n;;\r\n  \n", "is empty"),
    ("empty-bom.csv", b"\xef\xbb\xbf", "is empty"),
    ("only-header.csv", b"Navn;E-mail\n\n", "no rows"),
    ("notes.pdf", b"%PDF-1.4", "only CSV"),
    ("members.xls", b"\xd0\xcf\x11\xe0", "only CSV"),
    ("renamed.csv", b"PK\x03\x04rest of a zip", ".xlsx"),
    ("old.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"),
    ("broken.xlsx", b"PK\x03\x04 not really a workbook", "not a readable Excel workbook"),
    ("mixed.csv", "Navn\nSøren\n".encode() + "Åse\n".encode("cp1252"), "line 3 is not UTF-8"),
    ("unclosed.csv", b'Navn;Adresse\nAnna;Vej 1\nBo;"Vej 2\nCarl;Vej 3\n', "row 3"),
])
def test_unreadable_files_are_refused_naming_the_file(tmp_path: Path, name: str, content: bytes,
                                                      message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_table(f)
    assert name in str(caught.value) and message in str(caught.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="nowhere.csv"):
        read_table(tmp_path / "nowhere.csv")


def test_stray_quotes_inside_a_value_are_read_as_excel_reads_them(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text('Navn;Noter\nAnna "Søs" Berg;"kasserer" til 2026\n', encoding="utf-8")
    assert read_table(f).rows == [['Anna "Søs" Berg', "kasserer til 2026"]]


# --- writing, and reading back ------------------------------------------------------------------

PEOPLE = [
    ImportedPerson(name="Åse Ærø", email="ase@example.dk", phone="+45 22 33 44 55", address="Bygaden 1\nLille Ørby",
                   postal_code="4060", city="Kirke Såby", organisation="Borgerforeningen; Ørby", title="",
                   role=Role.CHAIR, term_from=date(2024, 3, 1), term_to=date(2026, 2, 28),
                   kind=PersonKind.MEMBER, notes='Valgt på årsmødet, "enstemmigt"'),
    ImportedPerson(name="Bo Holm", email="bo@example.dk", role=Role.SUBSTITUTE, term_from=date(2025, 1, 1),
                   notes="=2+2 er ikke en formel"),
    ImportedPerson(name="Karen Kommune", email="karen@holbaek.example", organisation="Holbæk Kommune",
                   title="Fælles-skaber", kind=PersonKind.LIAISON),
]


def as_row(p: ImportedPerson) -> list[str]:
    values = dataclasses.asdict(p)
    return [v.isoformat() if isinstance(v, date) else "" if v is None else str(v)
            for v in (values[f] for f in FIELDS)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back_to_the_same_people(tmp_path: Path, suffix: str) -> None:
    f = tmp_path / f"medlemmer{suffix}"
    write_table(f, list(EXPORT_HEADERS_DA), [as_row(p) for p in PEOPLE])
    table = read_table(f)
    assert table.headers == list(EXPORT_HEADERS_DA)
    assert guess_mapping(table.headers) == dict(enumerate(FIELDS))
    result = parse_members(table, file_name=f.name)
    assert result.problems == []
    assert [dataclasses.replace(p, source_row=0) for p in result.people] == PEOPLE
    assert [p.source_row for p in result.people] == ([2, 4, 5] if suffix == ".csv" else [2, 3, 4])
    assert list(tmp_path.iterdir()) == [f]  # no temporary file left behind


def test_csv_export_is_what_danish_excel_opens(tmp_path: Path) -> None:
    f = tmp_path / "medlemmer.csv"
    write_table(f, ["Navn", "By"], [["Åse", "Kirke Såby"]])
    assert f.read_bytes() == "\ufeffNavn;By\r\nÅse;Kirke Såby\r\n".encode()


def test_xlsx_export_drops_control_characters_that_excel_refuses(tmp_path: Path) -> None:
    f = tmp_path / "medlemmer.xlsx"
    write_table(f, ["Navn", "Noter"], [["Anna", "linje 1\x0blinje 2\x00"]])
    assert read_table(f).rows == [["Anna", "linje 1linje 2"]]


def test_a_failed_export_leaves_the_old_file_alone(tmp_path: Path) -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise RuntimeError("disk full")

    f = tmp_path / "medlemmer.csv"
    f.write_text("the old export", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_table(f, ["Navn"], [["Anna"], [Unprintable()]])  # type: ignore[list-item]
    assert f.read_text(encoding="utf-8") == "the old export"
    assert list(tmp_path.iterdir()) == [f]


def test_problem_text() -> None:
    problem = ImportProblem("members.csv", 4, "E-mail", '"anna@" is not a valid email address')
    assert str(problem) == 'members.csv, row 4, column "E-mail": "anna@" is not a valid email address'


def test_tabs_and_line_breaks_that_start_a_value_are_escaped_too(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    write_table(f, ["Navn", "Noter"], [["Anna", "\t=1+1"], ["Bo", "\r=2+2"]])
    assert f.read_bytes().decode("utf-8-sig").split("\r\n")[1:] == ["Anna;'\t=1+1", "Bo;\"'\r=2+2\"", ""]


def test_a_role_without_a_start_date_is_a_problem_not_lost(tmp_path: Path) -> None:
    f = tmp_path / "bestyrelse.csv"
    f.write_text("Navn;Rolle;Valgt fra;Valgt til;Type\n"
                 "Anna;Formand;;;\n"                    # row 2: role, no start
                 "Bo;;;2026;\n"                          # row 3: an end, no start
                 "Carl;Kasserer;;;Kontaktperson\n"       # row 4: a contact has no board role
                 "Dorte;Sekretær;2025;;\n"               # row 5: fine
                 "Erik;;;;\n", encoding="utf-8")         # row 6: fine, a person without a membership
    result = read_people(f)
    assert [str(p) for p in result.problems] == [
        'bestyrelse.csv, row 2, column "Rolle": "Formand" has no start date; fill in "Valgt fra" '
        "(e.g. 2026-03-01, 1.3.2026 or 2026).",
        'bestyrelse.csv, row 3, column "Valgt til": the term ends (2026-12-31) but has no start date; '
        'fill in "Valgt fra".',
        'bestyrelse.csv, row 4, column "Rolle": "Kasserer" is a role on the board, which only a member '
        '(type "medlem") has; leave it empty for a Kontaktperson.',
    ]
    g = tmp_path / "uden-datoer.csv"
    g.write_text("Navn;Rolle\nAnna;formand\n", encoding="utf-8")
    assert [str(p) for p in read_people(g).problems] == [
        'uden-datoer.csv, row 2, column "Rolle": "formand" has no start date; add a column "Valgt fra" with '
        "the date the term began (e.g. 2026-03-01, 1.3.2026 or 2026)."]


# --- workbooks as other programs (and attackers) write them ------------------------------------


def test_xlsx_hidden_first_sheet_is_skipped_for_the_visible_one(tmp_path: Path) -> None:
    f = tmp_path / "medlemmer.xlsx"
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Gammel liste"
    old.append(["Navn", "E-mail"])
    old.append(["Fraflyttet Person", "gone@example.dk"])
    old.sheet_state = "hidden"
    current = book.create_sheet("Medlemmer")
    current.append(["Navn", "E-mail"])
    current.append(["Åse Bækgaard", "ase@example.dk"])
    book.active = 1
    book.save(f)
    assert [p.name for p in clean(f)] == ["Åse Bækgaard"]


def test_xlsx_merged_household_cells_give_every_member_the_value(tmp_path: Path) -> None:
    f = tmp_path / "husstande.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Navn", "Adresse", "By"], ["Anna Holm", "Bygaden 4", "Ørby"], ["Bent Holm", None, None],
                ["Carla Holm", None, None], ["Dorte Lund", "Skolevej 2", "Ørby"]):
        sheet.append(row)
    sheet.merge_cells("B2:B4")
    sheet.merge_cells("C2:C5")
    book.save(f)
    assert [(p.name, p.address, p.city) for p in clean(f)] == [
        ("Anna Holm", "Bygaden 4", "Ørby"), ("Bent Holm", "Bygaden 4", "Ørby"), ("Carla Holm", "Bygaden 4", "Ørby"),
        ("Dorte Lund", "Skolevej 2", "Ørby")]


def test_xlsx_cells_merged_across_columns_are_refused_naming_the_range(tmp_path: Path) -> None:
    f = tmp_path / "flettet.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Navn", "Adresse", "Postnr."], ["Anna Holm", "Bygaden 4, 4060", None]):
        sheet.append(row)
    sheet.merge_cells("B2:C2")
    book.save(f)
    with pytest.raises(ImportFileError) as refused:
        read_table(f)
    assert str(refused.value).startswith('flettet.xlsx, sheet "Sheet": cells B2:C2 are merged across columns')


def sheet_xml(rows: str, dimension: str = "A1") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="' + dimension.encode() + b'"/><sheetData>' + rows.encode() + b"</sheetData></worksheet>")


def with_sheet(tmp_path: Path, name: str, xml: bytes) -> Path:
    """A real workbook (openpyxl's) whose first sheet is replaced by `xml`, as a hostile file would be."""
    good = tmp_path / "template.xlsx"
    write_xlsx(good, [["Navn"], ["Anna"]])
    out = tmp_path / name
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = xml if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
            zout.writestr(item.filename, data, zipfile.ZIP_DEFLATED)
    return out


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def peak_memory(action) -> int:  # type: ignore[no-untyped-def]
    """The most memory Python held while `action` ran (it is expected to raise ImportFileError)."""
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError):
            action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_xlsx_claiming_the_whole_sheet_as_its_range_reads_what_is_there(tmp_path: Path) -> None:
    rows = f'<row r="1">{cell("A1", "Navn")}</row><row r="2">{cell("A2", "Anna")}</row>'
    f = with_sheet(tmp_path, "dimension.xlsx", sheet_xml(rows, "A1:XFD1048576"))
    assert read_table(f).rows == [["Anna"]]


def test_xlsx_with_a_cell_at_xfd1048576_is_refused(tmp_path: Path) -> None:
    rows = (f'<row r="1">{cell("A1", "Navn")}</row><row r="2">{cell("A2", "Anna")}</row>'
            f'<row r="1048576">{cell("XFD1048576", "x")}</row>')
    f = with_sheet(tmp_path, "langt-ude.xlsx", sheet_xml(rows, "A1:XFD1048576"))
    with pytest.raises(ImportFileError) as refused:
        read_table(f)
    assert str(refused.value) == ('langt-ude.xlsx, sheet "Sheet", row 1048576, column XFD: an import reads at most '
                                  "100 columns (A to CV); delete what is right of them.")


def test_xlsx_with_far_away_columns_is_refused_in_little_memory(tmp_path: Path) -> None:
    rows = f'<row r="1">{cell("A1", "Navn")}{cell("XFD1", "x")}</row><row r="2">{cell("A2", "Anna")}</row>'
    f = with_sheet(tmp_path, "bred.xlsx", sheet_xml(rows, "A1:XFD1048576"))
    assert peak_memory(lambda: read_table(f)) < 10 * 2**20  # a whole sheet of cells would be gigabytes


def test_xlsx_with_a_million_rows_is_refused_in_little_memory(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import lokalraad_app.importers.tabular as tabular

    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 1_000_001))
    f = with_sheet(tmp_path, "million.xlsx", sheet_xml(rows))
    assert f.stat().st_size < 8 * 2**20  # a few MB on disk
    with pytest.raises(ImportFileError) as refused:
        read_table(f)
    assert str(refused.value) == ('million.xlsx, sheet "Sheet" has more than 100,000 rows of people (row 100002); '
                                  "an import takes at most 100,000: split the file.")
    # Memory grows with the rows read up to the limit, not with the file (a smaller limit keeps the
    # traced run short): a million rows read in full would take gigabytes.
    monkeypatch.setattr(tabular, "MAX_ROWS", 20_000)
    assert peak_memory(lambda: read_table(f)) < 20 * 2**20


def test_xlsx_that_unpacks_to_more_than_the_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lokalraad_app.importers.tabular as tabular

    monkeypatch.setattr(tabular, "MAX_PART_BYTES", 2**20)  # the real limit is 200 MB; the rule is the same
    f = with_sheet(tmp_path, "bombe.xlsx", sheet_xml("<row/>" * 200_000))  # 1.2 MB of XML, a few KB zipped
    assert f.stat().st_size < 50_000
    with pytest.raises(ImportFileError, match=r"^bombe.xlsx is too large to import: xl/worksheets/sheet1.xml "
                                              r"unpacks to 1 MB \(at most 1 MB\)"):
        read_table(f)


def test_csv_with_more_rows_than_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lokalraad_app.importers.tabular as tabular

    monkeypatch.setattr(tabular, "MAX_ROWS", 1_000)
    f = tmp_path / "mange.csv"
    f.write_text("Navn\n" + "".join(f"Person {n}\n" for n in range(1_001)), encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        read_table(f)
    assert str(refused.value) == ("mange.csv has more than 1,000 rows of people (row 1002); an import takes at "
                                  "most 1,000: split the file.")
    f.write_text("Navn\n" + "".join(f"Person {n}\n" for n in range(1_000)), encoding="utf-8")
    assert len(read_table(f).rows) == 1_000
