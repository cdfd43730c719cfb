"""Member import and export on a real council file: all or nothing, merge by email, round trip."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lokalraad_app.domain.enums import MemberFilter, PersonKind, Role
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.member_import import (
    AlreadyKnown,
    ImportCancelled,
    ImportRefused,
    MemberImportService,
)
from lokalraad_app.services.members import MemberService, PersonInput
from lokalraad_app.store.engine import Store, open_store

TODAY = date.today()
CURRENT_FROM = date(TODAY.year - 1, 3, 1)
CURRENT_TO = date(TODAY.year + 1, 2, 28)


def write_csv(path: Path, header: str, *lines: str) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def other_store(template_file: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "other.sqlite"
    shutil.copy(template_file, path)
    s = open_store(path)
    yield s
    s.close()


def test_import_adds_people_and_memberships_that_the_register_shows(store: Store, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "bestyrelse.csv", "Navn;E-mail;Telefon;Rolle;Valgt fra;Valgt til",
                       f"Søren Østergaard;soeren@example.dk;22 33 44 55;Formand;{CURRENT_FROM};{CURRENT_TO}",
                       f"Lærke Højgaard;laerke@example.dk;;Suppleant;{CURRENT_FROM};",
                       "Birthe Sørensen;birthe@example.dk;;Medlem;2010-03-01;2012-02-28")
    service = MemberImportService(store)
    preview = service.preview(source)
    assert not preview.problems and len(preview.people) == 3 and not preview.existing_matches

    outcome = service.apply(preview)
    assert (outcome.added, outcome.merged) == (3, 0) and "members" in outcome.changes

    members = MemberService(store)
    board = members.rows(members.find_ids(MemberFilter.BOARD))
    assert [(r.name, r.role, r.term_from, r.term_to) for r in board] == [
        ("Søren Østergaard", "chair", CURRENT_FROM, CURRENT_TO)]
    assert [r.name for r in members.rows(members.find_ids(MemberFilter.SUBSTITUTES))] == ["Lærke Højgaard"]
    assert [r.name for r in members.rows(members.find_ids(MemberFilter.FORMER))] == ["Birthe Sørensen"]
    assert [r.email for r in members.rows(members.find_ids(MemberFilter.ALL, "Østergaard"))] == ["soeren@example.dk"]


def test_a_file_with_one_bad_row_changes_nothing(store: Store, tmp_path: Path) -> None:
    members = MemberService(store)
    members.add(PersonInput(name="Mette Jensen", email="mette@example.dk", term_from=CURRENT_FROM))
    before = len(members.find_ids())
    source = write_csv(tmp_path / "fejl.csv", "Navn;E-mail",
                       "Jørgen Madsen;joergen@example.dk",
                       "Anne Holm;anne-at-example.dk",
                       "Ida Friis;ida@example.dk")
    service = MemberImportService(store)
    preview = service.preview(source)
    assert len(preview.problems) == 1
    problem = str(preview.problems[0])
    assert "fejl.csv" in problem and "row 3" in problem and "E-mail" in problem

    with pytest.raises(ImportRefused) as refused:
        service.apply(preview)
    assert refused.value.problems == preview.problems
    assert len(members.find_ids()) == before


def test_a_term_that_ends_before_it_starts_is_refused_as_a_whole(store: Store, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "datoer.csv", "Navn;E-mail;Rolle;Valgt fra;Valgt til",
                       "Bo Olsen;bo@example.dk;Medlem;2024-03-01;2026-02-28",
                       "Gitte Lund;gitte@example.dk;Medlem;2024-03-01;2023-02-28")
    service = MemberImportService(store)
    with pytest.raises((ImportRefused, ValidationError), match="row 3|2023"):
        service.apply(service.preview(source))
    assert MemberService(store).find_ids() == []


def test_progress_is_reported_and_a_failure_midway_rolls_back_every_row(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lokalraad_app.services.member_import as module

    monkeypatch.setattr(module, "IMPORT_BATCH", 2)
    source = write_csv(tmp_path / "fem.csv", "Navn;E-mail;Rolle;Valgt fra", "A Aabye;a@example.dk;formand;2025",
                       "B Bæk;b@example.dk;;", "C Dahl;c@example.dk;;", "D Due;d@example.dk;;", "E Eg;e@example.dk;;")
    service = MemberImportService(store)
    reported: list[tuple[int, int]] = []

    def fail_after_two_batches(done: int, total: int) -> None:
        reported.append((done, total))
        if len(reported) == 2:
            raise OSError("disk full")

    with pytest.raises(OSError):
        service.apply(service.preview(source), progress=fail_after_two_batches)
    assert reported == [(2, 5), (4, 5)]
    assert MemberService(store).find_ids() == []  # the rows of the first batches are gone too

    with pytest.raises(ImportCancelled):
        service.apply(service.preview(source), progress=lambda done, total: (_ for _ in ()).throw(ImportCancelled()))
    assert MemberService(store).find_ids() == []

    reported.clear()
    outcome = service.apply(service.preview(source), progress=lambda done, total: reported.append((done, total)))
    assert reported == [(2, 5), (4, 5), (5, 5)] and outcome.added == 5
    members = MemberService(store)
    assert [(r.name, r.role) for r in members.rows(members.find_ids(MemberFilter.BOARD))] == [("A Aabye", "chair")]


def test_a_large_import_is_one_transaction_of_bulk_inserts(store: Store, tmp_path: Path) -> None:
    """5,000 rows: every person, membership and audit line in, with their own ids, uuids and search entries."""
    lines = [f"Person {n:04d};p{n}@example.dk;{20000000 + n};Vej {n};medlem;2025-03-01" for n in range(5000)]
    source = write_csv(tmp_path / "mange.csv", "Navn;E-mail;Telefon;Adresse;Rolle;Valgt fra", *lines)
    service = MemberImportService(store)
    outcome = service.apply(service.preview(source))
    assert outcome.added == 5000 and len(set(outcome.person_ids)) == 5000
    members = MemberService(store)
    person, memberships = members.get(outcome.person_ids[4321])
    assert (person.name, person.email, person.phone) == ("Person 4321", "p4321@example.dk", "20004321")
    assert [(m.role, m.term_from) for m in memberships] == [("member", date(2025, 3, 1))]
    assert len(members.find_ids(MemberFilter.ALL, "Person 4321")) == 1
    import sqlite3

    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT COUNT(DISTINCT uuid) FROM person").fetchone() == (5000,)
        assert conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'import'").fetchone() == (5000,)
        assert conn.execute("SELECT detail FROM audit_log WHERE entity_id = ?",
                            (outcome.person_ids[0],)).fetchone() == ("mange.csv, row 2",)


def test_merge_by_email_updates_the_known_person(store: Store, tmp_path: Path) -> None:
    members = MemberService(store)
    pid, _ = members.add(PersonInput(name="Jens Kjær", email="Jens.Kjaer@Example.dk", phone="11 11 11 11",
                                     city="Kirke Hyllinge", role=Role.MEMBER, term_from=date(2020, 3, 1),
                                     term_to=date(2022, 2, 28)))
    source = write_csv(tmp_path / "opdatering.csv", "Navn;E-mail;Telefon;By;Rolle;Valgt fra;Valgt til",
                       f"Jens Kjær;jens.kjaer@example.dk;22 22 22 22;;Kasserer;{CURRENT_FROM};{CURRENT_TO}")
    service = MemberImportService(store)
    preview = service.preview(source)
    assert preview.existing_matches == [(0, pid)]

    outcome = service.apply(preview, merge={0})
    assert (outcome.added, outcome.merged) == (0, 1)
    person, memberships = members.get(pid)
    assert person.phone == "22 22 22 22"  # a non-empty imported value overwrites
    assert person.city == "Kirke Hyllinge"  # an empty one does not
    assert [(m.role, m.term_from) for m in memberships] == [("member", date(2020, 3, 1)),
                                                            ("treasurer", CURRENT_FROM)]
    assert len(members.find_ids()) == 1

    # Importing the same term again adds no second membership.
    service.apply(service.preview(source), merge={0})
    assert len(members.get(pid)[1]) == 2


def test_a_known_person_is_refused_unless_merged_or_added_as_new(store: Store, tmp_path: Path) -> None:
    members = MemberService(store)
    members.add(PersonInput(name="Pia Lund", email="pia@example.dk", term_from=CURRENT_FROM))
    source = write_csv(tmp_path / "ny.csv", "Navn;E-mail", "pia  lund;PIA@example.dk")
    service = MemberImportService(store)
    with pytest.raises(AlreadyKnown) as refused:
        service.apply(service.preview(source), merge=set())
    assert str(refused.value.problems[0]) == (
        'ny.csv, row 2, column "E-mail": "pia  lund" is already in the register (same name and e-mail).')
    assert len(members.find_ids()) == 1
    outcome = service.apply(service.preview(source), as_new=True)
    assert (outcome.added, outcome.merged) == (1, 0)
    assert len(members.find_ids()) == 2


def test_the_same_person_twice_in_a_file_is_merged_only_when_asked(store: Store, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "dubletter.csv", "Navn;E-mail;Telefon",
                       "Kåre Thomsen;kaare@example.dk;",
                       "Asger Holm;asger@example.dk;",
                       "Kåre Thomsen;KAARE@example.dk;33 33 33 33")
    service = MemberImportService(store)
    preview = service.preview(source)
    assert preview.duplicates == [(2, 0)]
    with pytest.raises(AlreadyKnown, match=r'row 4, column "E-mail": "Kåre Thomsen" is the same person as row 2'):
        service.apply(preview)
    assert MemberService(store).find_ids() == []
    outcome = service.apply(preview, merge={2})
    assert (outcome.added, outcome.merged) == (2, 1)
    members = MemberService(store)
    rows = members.rows(members.find_ids())
    assert sorted((r.name, r.phone) for r in rows) == [("Asger Holm", ""), ("Kåre Thomsen", "33 33 33 33")]


HOUSEHOLD = ("Navn;E-mail;Adresse", "Anna Holm;familien.holm@example.dk;Bygaden 4",
             "Bent Holm;familien.holm@example.dk;Bygaden 4", "Carla Holm;familien.holm@example.dk;Bygaden 4")


def test_a_household_sharing_one_email_is_three_people(store: Store, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "husstand.csv", *HOUSEHOLD)
    service = MemberImportService(store)
    preview = service.preview(source)
    assert preview.duplicates == [] and preview.known() == {}
    assert service.apply(preview).added == 3
    # With merge asked for, still three: merging goes by name and e-mail, never by e-mail alone.
    again = write_csv(tmp_path / "igen.csv", HOUSEHOLD[0], "Dorte Holm;familien.holm@example.dk;Bygaden 4",
                      "Bent Holm;familien.holm@example.dk;Bygaden 4a")
    preview = service.preview(again)
    outcome = service.apply(preview, merge=set(preview.known()))
    assert (outcome.added, outcome.merged) == (1, 1)
    rows = MemberService(store).rows(MemberService(store).find_ids())
    assert sorted((r.name, r.address) for r in rows) == [
        ("Anna Holm", "Bygaden 4"), ("Bent Holm", "Bygaden 4a"), ("Carla Holm", "Bygaden 4"), ("Dorte Holm", "Bygaden 4")]


def test_cli_household_without_merge_is_three_people(capsys: pytest.CaptureFixture[str], council_file: Path,
                                                     tmp_path: Path) -> None:
    from lokalraad_app.cli import main

    source = write_csv(tmp_path / "husstand.csv", *HOUSEHOLD)
    assert main(["import-members", str(source), "--data", str(council_file)]) == 0, capsys.readouterr().err
    assert "3 added, 0 merged" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reimporting_an_export_is_refused_until_merge_is_asked(store: Store, tmp_path: Path, suffix: str) -> None:
    members = MemberService(store)
    members.add(PersonInput(name="Ånund Brøndum", email="aanund@example.dk", term_from=CURRENT_FROM))
    members.add(PersonInput(name="Thøger Hyllested", phone="+45 20 30 40 50", role=None))
    members.add(PersonInput(name="Ib Lind", address="Skolevej 2", role=None))
    members.add(PersonInput(name="Kun Navn", role=None))
    out = tmp_path / f"medlemmer{suffix}"
    service = MemberImportService(store)
    service.export(out)
    preview = service.preview(out)
    assert sorted(preview.match_fields.values()) == ["address", "email", "name", "phone"]
    with pytest.raises(AlreadyKnown) as refused:
        service.apply(preview)
    assert str(refused.value).startswith(f"Nothing was imported: 4 people in medlemmer{suffix} are already known")
    assert [p.row for p in refused.value.problems] == [2, 3, 4, 5]
    assert len(members.find_ids()) == 4
    outcome = service.apply(service.preview(out), merge=set(preview.known()))
    assert (outcome.added, outcome.merged) == (0, 4)
    assert len(members.find_ids()) == 4


def test_cli_reimport_of_an_export_says_why_and_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                                council_file: Path, tmp_path: Path) -> None:
    import hashlib

    from lokalraad_app.cli import main

    source = write_csv(tmp_path / "nye.csv", "Navn;E-mail;Telefon", "Åse Berg;aase@example.dk;",
                       "Bo Holm;;22 33 44 55")
    assert main(["import-members", str(source), "--data", str(council_file)]) == 0
    out = tmp_path / "eksport.csv"
    assert main(["export-members", "--data", str(council_file), "--out", str(out)]) == 0
    capsys.readouterr()
    before = hashlib.sha256(council_file.read_bytes()).hexdigest()
    assert main(["import-members", str(out), "--data", str(council_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[:2] == [  # the export lists people by name
        'eksport.csv, row 2, column "Telefon": "Bo Holm" is already in the register (same name and phone).',
        'eksport.csv, row 3, column "E-mail": "Åse Berg" is already in the register (same name and e-mail).']
    assert err[-1].startswith("lokalraad: nothing imported: 2 people in eksport.csv are already known")
    assert "--merge" in err[-1]
    assert hashlib.sha256(council_file.read_bytes()).hexdigest() == before
    assert main(["import-members", str(out), "--data", str(council_file), "--merge"]) == 0
    assert "0 added, 2 merged" in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips(store: Store, other_store: Store, tmp_path: Path, suffix: str) -> None:
    members = MemberService(store)
    members.add(PersonInput(name="Ånund Brøndum", email="aanund@example.dk", phone="44 55 66 77",
                            address="Fjordvænget 3", postal_code="4070", city="Kirke Hyllinge",
                            role=Role.CHAIR, term_from=CURRENT_FROM, term_to=CURRENT_TO, notes="Nøglen til hallen"))
    members.add(PersonInput(name="Grethe Fjordside", email="grethe@lejre.dk", title="Fælles-skaber",
                            organisation="Lejre Kommune", kind=PersonKind.LIAISON, role=None))
    members.add(PersonInput(name="Thøger Hyllested", role=Role.SUBSTITUTE, term_from=date(2015, 3, 5),
                            term_to=date(2017, 3, 1)))
    out = tmp_path / f"medlemmer{suffix}"
    assert MemberImportService(store).export(out) == 3
    if suffix == ".csv":  # what a Danish secretary sees when she opens it in Excel
        text = out.read_text(encoding="utf-8-sig")
        assert text.startswith("Navn;E-mail;") and ";formand;" in text and ";kontaktperson;" in text

    importer = MemberImportService(other_store)
    preview = importer.preview(out)
    assert not preview.problems, [str(p) for p in preview.problems]
    assert importer.apply(preview).added == 3

    def register(s: Store) -> list[tuple[object, ...]]:
        service = MemberService(s)
        return [(r.name, r.email, r.phone, r.address, r.postal_code, r.city, r.organisation, r.title, r.role,
                 r.term_from, r.term_to, r.kind) for r in service.rows(service.find_ids())]

    assert register(other_store) == register(store)
    pid = MemberService(other_store).find_ids(MemberFilter.ALL, "Ånund")[0]
    assert MemberService(other_store).get(pid)[0].notes == "Nøglen til hallen"


def test_export_of_chosen_people_only(store: Store, tmp_path: Path) -> None:
    members = MemberService(store)
    first, _ = members.add(PersonInput(name="Else Krogh", term_from=CURRENT_FROM))
    members.add(PersonInput(name="Steen Dahl", term_from=CURRENT_FROM))
    out = tmp_path / "valgte.csv"
    assert MemberImportService(store).export(out, [first]) == 1
    preview = MemberImportService(store).preview(out)
    assert [p.name for p in preview.people] == ["Else Krogh"]


# --- exports that a spreadsheet opens safely -----------------------------------------------------

FORMULAS = ["=cmd|' /C calc'!A0", "+45 22 33 44 55", "-2+3", "@SUM(A1:A9)", '=HYPERLINK("http://x.example")']


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_formula_like_values_as_text(store: Store, other_store: Store, tmp_path: Path,
                                                   suffix: str) -> None:
    """A value Excel would run as a formula is written after a "'", and imports back as it was."""
    members = MemberService(store)
    members.add(PersonInput(name="=cmd|' /C calc'!A0", phone="+45 22 33 44 55", address="-2+3",
                            city="@SUM(A1:A9)", notes=FORMULAS[4], term_from=CURRENT_FROM))
    out = tmp_path / f"medlemmer{suffix}"
    MemberImportService(store).export(out)
    if suffix == ".csv":
        import csv

        with open(out, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
    else:
        import openpyxl

        book = openpyxl.load_workbook(out)  # not data_only: a formula would read back as one
        sheet = book.active
        assert all(c.data_type == "s" for row in sheet.iter_rows(min_row=2) for c in row if c.value)
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    name, phone, address, city, notes = (rows[1][i] for i in (0, 2, 3, 5, 12))
    assert [name, phone, address, city, notes] == ["'" + v for v in FORMULAS]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)

    importer = MemberImportService(other_store)
    importer.apply(importer.preview(out))
    (row,) = MemberService(other_store).rows(MemberService(other_store).find_ids())
    assert (row.name, row.phone, row.address, row.city) == tuple(FORMULAS[:4])


# --- exports never replace what they must not ----------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_refuses_a_read_only_file_and_leaves_it_alone(store: Store, tmp_path: Path, suffix: str) -> None:
    import stat

    MemberService(store).add(PersonInput(name="Else Krogh", term_from=CURRENT_FROM))
    out = tmp_path / f"medlemmer{suffix}"
    out.write_bytes(b"the signed list from last year")
    out.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    with pytest.raises(OSError, match=rf"medlemmer\{suffix} is read-only; nothing was written"):
        MemberImportService(store).export(out)
    assert out.read_bytes() == b"the signed list from last year"
    assert not list(tmp_path.glob(".medlemmer*"))  # no temporary file left behind


def test_cli_export_refuses_a_read_only_file(capsys: pytest.CaptureFixture[str], council_file: Path,
                                             tmp_path: Path) -> None:
    import stat

    from lokalraad_app.cli import main

    out = tmp_path / "medlemmer.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(stat.S_IRUSR)
    assert main(["export-members", "--data", str(council_file), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == ("lokalraad: medlemmer.csv is read-only; nothing was written. Choose another name, "
                           "or make the file writable first.")
    assert out.read_text(encoding="utf-8") == "old"


def test_a_role_without_a_start_date_is_refused_through_the_cli(capsys: pytest.CaptureFixture[str],
                                                               council_file: Path, tmp_path: Path) -> None:
    """It used to be imported as a person with no role at all: the chair silently became nobody."""
    import hashlib

    from lokalraad_app.cli import main

    source = write_csv(tmp_path / "bestyrelse.csv", "Navn;E-mail;Rolle;Valgt fra",
                       "Søren Østergaard;soeren@example.dk;Formand;", "Åse Berg;aase@example.dk;Medlem;2025")
    before = hashlib.sha256(council_file.read_bytes()).hexdigest()
    assert main(["import-members", str(source), "--data", str(council_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == ('bestyrelse.csv, row 2, column "Rolle": "Formand" has no start date; fill in "Valgt fra" '
                      "(e.g. 2026-03-01, 1.3.2026 or 2026).")
    assert err[-1] == "lokalraad: nothing imported: 1 problem in bestyrelse.csv"
    assert hashlib.sha256(council_file.read_bytes()).hexdigest() == before


def test_cli_imports_the_visible_sheet_with_merged_households(capsys: pytest.CaptureFixture[str],
                                                             council_file: Path, tmp_path: Path) -> None:
    import json

    import openpyxl

    from lokalraad_app.cli import main

    source = tmp_path / "medlemmer.xlsx"
    book = openpyxl.Workbook()
    hidden = book.active
    hidden.append(["Navn", "E-mail"])
    hidden.append(["Gammel Opslagsliste", "old@example.dk"])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("Medlemmer 2026")
    for row in (["Navn", "Adresse", "Rolle", "Valgt fra"], ["Anna Holm", "Bygaden 4", "Formand", 2025],
                ["Bent Holm", None, "Medlem", 2025], ["Dorte Lund", "Skolevej 2", "Kasserer", 2025]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    book.active = 1
    book.save(source)
    assert main(["import-members", str(source), "--data", str(council_file)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["members", "--data", str(council_file), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert sorted((p["name"], p["address"], p["role"]) for p in people) == [
        ("Anna Holm", "Bygaden 4", "chair"), ("Bent Holm", "Bygaden 4", "member"),
        ("Dorte Lund", "Skolevej 2", "treasurer")]

    sheet.merge_cells("C4:D4")  # "Kasserer" over both the role and the date
    book.save(source)
    assert main(["import-members", str(source), "--data", str(council_file)]) == 1
    assert capsys.readouterr().err.strip() == (
        'lokalraad: medlemmer.xlsx, sheet "Medlemmer 2026": cells C4:D4 are merged across columns, so it is not '
        "clear which column the value belongs to; unmerge them (Excel: Flet og centrer ▸ Ophæv fletning) and "
        "give each column its own value.")
