"""The command line on real council files: output scripts can parse, one-line refusals, nothing half-changed."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from lokalraad_app import __version__
from lokalraad_app.cli import main, starts_the_app
from lokalraad_app.demo_data import write_demo
from lokalraad_app.store.lock import FileLock

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scale-1 demo, made once for this module (each test copies it)."""
    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def council(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "council.sqlite"
    shutil.copy(demo_template, path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lokalraad: ")
    assert "Traceback" not in err
    return lines[0]


# --- version, start, parsing -----------------------------------------------------------------------


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"lokalraad {__version__}"


def test_version_as_a_real_process_without_loading_the_orm_or_qt() -> None:
    result = subprocess.run([sys.executable, "-m", "lokalraad_app", "--version"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"lokalraad {__version__}"
    probe = ("import sys; from lokalraad_app.cli import main; code = main(['--version']); "
             "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'PySide6') if m in sys.modules), code)")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert loaded.stdout.strip().splitlines()[-1] == "[] 0"


def test_without_a_command_the_app_starts_on_the_file_given(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    import lokalraad_app.app

    opened: list[Path | None] = []
    monkeypatch.setattr(lokalraad_app.app, "run", lambda data=None: opened.append(data) or 0)
    assert main(["--data", str(tmp_path / "x.sqlite")]) == 0
    assert main([]) == 0
    assert main([f"--data={tmp_path / 'y.sqlite'}"]) == 0
    assert opened == [tmp_path / "x.sqlite", None, tmp_path / "y.sqlite"]


def test_the_app_starts_without_the_commands_parsers_yet_help_lists_them(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert starts_the_app([]) and starts_the_app(["--data", "x.sqlite"]) and starts_the_app(["--self-test"])
    assert not starts_the_app(["members"]) and not starts_the_app(["--data"]) and not starts_the_app(["--help"])
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert "members" in listed and "import-members" in listed
    assert main(["--data"]) == 2  # the value missing: a usage error, as before
    assert "--data" in one_line_error(capsys.readouterr().err)


def test_self_test_passes_on_a_working_installation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out


def test_a_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["members", "--frobnicate"]) == 2
    assert "--frobnicate" in one_line_error(capsys.readouterr().err)


# --- demo ------------------------------------------------------------------------------------------


def test_demo_writes_a_new_file_with_progress(capfd: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "demo.sqlite"
    assert main(["demo", "--out", str(out)]) == 0
    captured = capfd.readouterr()
    assert "100%" in captured.err
    assert "500 people" in captured.out
    assert count(out, "SELECT COUNT(*) FROM person") == 500
    assert not (tmp_path / "demo.sqlite.lock").exists()  # the lock was released


def test_demo_refuses_an_existing_file(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    before = sha(council)
    assert main(["demo", "--out", str(council)]) == 1
    assert "already exists" in one_line_error(capsys.readouterr().err)
    assert sha(council) == before


# --- listing ---------------------------------------------------------------------------------------


def test_members_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    assert main(["members", "--data", str(council), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert len(people) == 500
    for p in people:
        assert {"id", "name", "email", "role", "term_from", "term_to", "kind", "phone", "organisation"} <= set(p)
    chairs = [p for p in people if p["role"] == "chair"]
    assert chairs and all(date.fromisoformat(p["term_from"]) for p in chairs)
    contacts = [p for p in people if p["kind"] == "politician"]
    assert contacts and all(p["role"] is None and p["term_from"] is None for p in contacts)


def test_members_board_filter_and_table(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    assert main(["members", "--data", str(council), "--filter", "board"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "role"]
    assert len(lines) == 2 + 7  # header, rule, the seven board members
    assert any(" chair " in line for line in lines)


def test_meetings_json_has_local_times_with_offsets(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    assert main(["meetings", "--data", str(council), "--json"]) == 0
    meetings = json.loads(capsys.readouterr().out)
    assert len(meetings) == count(council, "SELECT COUNT(*) FROM meeting")
    assert sum(m["agenda_items"] for m in meetings) == count(council, "SELECT COUNT(*) FROM agenda_item")
    offsets = set()
    for m in meetings:
        assert {"uid", "start", "end", "kind", "title", "status", "agenda_items"} <= set(m)
        start, end = datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"])
        assert start.tzinfo is not None and end > start
        offsets.add(start.utcoffset())
        if m["kind"] == "board":
            assert (start.hour, start.minute) == (19, 0)  # local time, in summer and in winter
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    assert [m["start"] for m in meetings] == sorted(m["start"] for m in meetings)


def test_a_missing_file_is_refused_and_not_created(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    for command in (["members"], ["meetings", "--json"], ["backup"], ["export-members", "--out",
                                                                       str(tmp_path / "x.csv")]):
        assert main([*command, "--data", str(missing)]) == 1
        assert one_line_error(capsys.readouterr().err) == f"lokalraad: no council file at {missing}"
    assert not missing.exists()


def test_the_last_used_file_is_the_default(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    from lokalraad_app.services.locations import remember_file

    remember_file(council)
    assert main(["meetings", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_a_file_from_a_newer_version_is_refused_untouched(capsys: pytest.CaptureFixture[str],
                                                          council: Path) -> None:
    conn = sqlite3.connect(council)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = sha(council)
    assert main(["members", "--data", str(council)]) == 1
    assert "newer version" in one_line_error(capsys.readouterr().err)
    assert sha(council) == before


def test_a_file_that_is_not_a_council_file_is_refused_untouched(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    notes = tmp_path / "noter.sqlite"
    notes.write_text("indkøbsliste: kaffe, kage", encoding="utf-8")
    assert main(["meetings", "--data", str(notes)]) == 1
    assert "not a Lokalråd council file" in one_line_error(capsys.readouterr().err)
    assert notes.read_text(encoding="utf-8") == "indkøbsliste: kaffe, kage"


# --- import and export -----------------------------------------------------------------------------

GOOD_CSV = (
    "Navn;E-mail;Telefon;Rolle;Valgt fra;Valgt til\n"
    "Åse Bøgelund;aase@example.dk;22 33 44 55;Medlem;2025-03-13;2027-03-10\n"
    "Ærbødige Ørsted;oersted@example.dk;23 34 45 56;Suppleant;2025-03-13;\n"
)
BAD_CSV = (
    "Navn;E-mail;Telefon\n"
    "Åse Bøgelund;aase@example.dk;22 33 44 55\n"
    "Jørgen Uden Snabel;joergen-at-example.dk;23 34 45 56\n"
)


def test_import_members_adds_people(capsys: pytest.CaptureFixture[str], council: Path, tmp_path: Path) -> None:
    source = tmp_path / "nye.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["import-members", str(source), "--data", str(council)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["members", "--data", str(council), "--json"]) == 0
    people = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert people["Åse Bøgelund"]["email"] == "aase@example.dk"
    assert people["Åse Bøgelund"]["term_from"] == "2025-03-13"
    assert people["Ærbødige Ørsted"]["role"] == "substitute"


def test_import_members_with_a_bad_row_changes_nothing(capsys: pytest.CaptureFixture[str], council: Path,
                                                       tmp_path: Path) -> None:
    source = tmp_path / "fejl.csv"
    source.write_text(BAD_CSV, encoding="utf-8")
    before, people = sha(council), count(council, "SELECT COUNT(*) FROM person")
    assert main(["import-members", str(source), "--data", str(council)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    problem = next(line for line in err.splitlines() if "joergen" in line or "row 3" in line)
    assert problem.startswith("fejl.csv, row 3, column \"E-mail\":"), problem
    assert err.strip().splitlines()[-1].startswith("lokalraad: nothing imported")
    assert count(council, "SELECT COUNT(*) FROM person") == people
    assert sha(council) == before


def test_import_members_with_a_mapping_and_merge(capsys: pytest.CaptureFixture[str], council: Path,
                                                 tmp_path: Path) -> None:
    conn = sqlite3.connect(council)
    pid, name, email = conn.execute(
        "SELECT id, name, email FROM person WHERE email != '' ORDER BY id LIMIT 1").fetchone()
    conn.close()
    source = tmp_path / "liste.csv"  # the same person: the same name and e-mail
    source.write_text(f"Hvem;Post;Mobil\n{name.upper()};{email.upper()};99 88 77 66\n", encoding="utf-8")
    people = count(council, "SELECT COUNT(*) FROM person")
    assert main(["import-members", str(source), "--data", str(council), "--map", "Hvem=name,Post=email,Mobil=phone",
                 "--merge"]) == 0
    assert "1 merged" in capsys.readouterr().out
    assert count(council, "SELECT COUNT(*) FROM person") == people
    assert count(council, f"SELECT COUNT(*) FROM person WHERE id = {pid} AND phone = '99 88 77 66'") == 1


def test_export_then_import_into_an_empty_file_round_trips(capsys: pytest.CaptureFixture[str], council: Path,
                                                           tmp_path: Path, template_file: Path) -> None:
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"medlemmer{suffix}"
        assert main(["export-members", "--data", str(council), "--out", str(out)]) == 0
        assert "500 people" in capsys.readouterr().out
        empty = tmp_path / f"empty{suffix}.sqlite"
        shutil.copy(template_file, empty)
        assert main(["import-members", str(out), "--data", str(empty)]) == 0, capsys.readouterr().err
        capsys.readouterr()
        assert count(empty, "SELECT COUNT(*) FROM person") == 500
        assert count(empty, "SELECT COUNT(*) FROM person WHERE kind = 'politician'") == count(
            council, "SELECT COUNT(*) FROM person WHERE kind = 'politician'")


def test_export_refuses_an_unknown_format(capsys: pytest.CaptureFixture[str], council: Path,
                                          tmp_path: Path) -> None:
    assert main(["export-members", "--data", str(council), "--out", str(tmp_path / "x.pdf")]) == 1
    assert ".csv or .xlsx" in one_line_error(capsys.readouterr().err)


# --- backup, restore, the lock ---------------------------------------------------------------------


def test_backup_then_restore_brings_back_deleted_data(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    assert main(["backup", "--data", str(council)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.is_file()
    people = count(council, "SELECT COUNT(*) FROM person")
    conn = sqlite3.connect(council)
    with conn:
        conn.execute("DELETE FROM person WHERE kind = 'politician'")
    conn.close()
    assert count(council, "SELECT COUNT(*) FROM person") < people

    assert main(["restore", str(backup), "--data", str(council)]) == 0
    out = capsys.readouterr().out
    assert f"restored {council}" in out and "before-restore" in out
    assert count(council, "SELECT COUNT(*) FROM person") == people


def test_restore_of_something_that_is_not_a_backup_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                                   council: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    before = sha(council)
    assert main(["restore", str(junk), "--data", str(council)]) == 1
    assert "not a Lokalråd backup" in one_line_error(capsys.readouterr().err)
    assert sha(council) == before


def test_a_file_open_in_the_app_is_refused(capsys: pytest.CaptureFixture[str], council: Path,
                                           tmp_path: Path) -> None:
    source = tmp_path / "nye.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    assert main(["backup", "--data", str(council)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    before = sha(council)
    with FileLock(council):  # what the running app holds
        for command in (["import-members", str(source)], ["restore", str(backup)]):
            assert main([*command, "--data", str(council)]) == 1
            assert "already open" in one_line_error(capsys.readouterr().err)
        # Reading while the app has the file open is fine.
        assert main(["members", "--data", str(council), "--json"]) == 0
        capsys.readouterr()
    assert sha(council) == before


def test_hearings_json_lists_every_hearing_by_deadline(capsys: pytest.CaptureFixture[str], council: Path) -> None:
    before = sha(council)
    assert main(["hearings", "--data", str(council), "--json"]) == 0
    hearings = json.loads(capsys.readouterr().out)
    assert len(hearings) == count(council, "SELECT count(*) FROM hearing") > 0
    assert {"uid", "reference", "title", "deadline", "status"} <= set(hearings[0])
    deadlines = [h["deadline"] for h in hearings if h["deadline"]]
    assert deadlines == sorted(deadlines)
    assert {h["status"] for h in hearings} <= {"open", "answered", "skipped"}
    assert sha(council) == before  # a listing changes nothing
