"""The store against a careless or hostile file: backups that are checked, restores that cannot lose the file,
foreign files left alone, a lock on the file's identity, erasure that leaves nothing in the bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from lokalraad_app.cli import main
from lokalraad_app.store import backup as backups
from lokalraad_app.store.engine import StoreError, open_store
from lokalraad_app.store.lock import FileLock, FileLockedError

START = datetime(2026, 1, 1, 8, 0)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lokalraad: ") and "Traceback" not in err
    return lines[0]


def sql(path: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, args).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def council_named(path: Path) -> str:
    return str(sql(path, "SELECT name FROM council")[0][0])


def with_council(path: Path, name: str) -> None:
    sql(path, "DELETE FROM council")
    sql(path, "INSERT INTO council (uuid, name, area, municipality, secretary_name, secretary_email, "
              "document_language, timezone, created_at) VALUES ('c', ?, '', '', '', '', 'da', "
              "'Europe/Copenhagen', '2026-01-01 00:00:00')", name)


def damage(path: Path) -> None:
    """Overwrites the middle of the file as a failing disk or a bad copy would; the header stays intact."""
    sql(path, "PRAGMA journal_mode=DELETE")  # everything in the main file, so the damage is what SQLite reads
    spared = {r[0] for r in sql(path, "SELECT rootpage FROM sqlite_master WHERE name = 'alembic_version'")}
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(1, len(data) // page):  # page 1 (the schema) and the schema revision stay readable
        if n + 1 not in spared:
            data[n * page + 8: n * page + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


def sound(path: Path) -> bool:
    return backups.problem_with(path) is None


# --- 1. backups that are checked; a restore that cannot empty the file ------------------------------


def test_restoring_the_oldest_backup_with_a_larger_keep_setting_restores_it(council_file: Path) -> None:
    """The safety backup before a restore used keep=10 whatever the file said and pruned the backup being
    restored, and the restore then copied an empty database over the council file and said it worked."""
    sql(council_file, "INSERT INTO setting (key, value) VALUES ('backup_keep', '12')")
    with_council(council_file, "Den gamle bestyrelse")
    oldest = backups.backup_now(council_file, now=START)
    with_council(council_file, "Den nye bestyrelse")
    for n in range(1, 12):
        backups.backup_now(council_file, now=START + timedelta(days=n))
    assert len(backups.list_backups(council_file)) == 12  # the file's own setting, not 10

    assert main(["restore", str(oldest), "--data", str(council_file)]) == 0

    assert council_named(council_file) == "Den gamle bestyrelse"


def test_backup_now_follows_the_files_keep_setting(council_file: Path) -> None:
    sql(council_file, "INSERT INTO setting (key, value) VALUES ('backup_keep', '3')")
    for n in range(5):
        backups.backup_now(council_file, now=START + timedelta(days=n))
    assert len(backups.list_backups(council_file)) == 3


def test_a_damaged_file_is_not_backed_up_and_the_good_backups_are_all_kept(council_file: Path) -> None:
    made = [backups.backup_now(council_file, keep=3, now=START + timedelta(days=n)) for n in range(3)]
    damage(council_file)
    with pytest.raises(backups.BackupError, match="damaged"):
        backups.backup_now(council_file, keep=3, now=START + timedelta(days=5))
    assert [b.path for b in backups.list_backups(council_file)] == made[::-1]
    assert all(sound(p) for p in made)


def test_the_cli_says_a_backup_was_not_made_because_the_file_is_damaged(council_file: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    backups.backup_now(council_file, now=START)
    damage(council_file)
    assert main(["backup", "--data", str(council_file)]) == 1
    message = one_line_error(capsys.readouterr().err)
    assert "damaged" in message
    assert len(backups.list_backups(council_file)) == 1


def test_bad_backups_never_push_good_ones_out(council_file: Path) -> None:
    good = [backups.backup_now(council_file, keep=3, now=START + timedelta(days=n)) for n in range(2)]
    for n in (2, 3):  # two damaged backups, newer than the good ones (made by an older Lokalråd)
        damage(backups.backup_now(council_file, keep=10, now=START + timedelta(days=n)))
    newest = backups.backup_now(council_file, keep=3, now=START + timedelta(days=4))
    kept = [b.path for b in backups.list_backups(council_file)]
    assert [p for p in kept if sound(p)] == [newest, good[1], good[0]]


def test_restore_of_a_damaged_file_keeps_a_copy_of_it_and_restores(council_file: Path) -> None:
    with_council(council_file, "Fra sikkerhedskopien")
    copy = backups.backup_now(council_file, now=START)
    damage(council_file)
    with FileLock(council_file):
        kept = backups.restore_backup(council_file, copy)
    assert council_named(council_file) == "Fra sikkerhedskopien" and sound(council_file)
    assert kept is not None and kept.exists() and "damaged" in kept.name
    assert [b.path for b in backups.list_backups(council_file)] == [copy]  # the damaged copy is no backup


# --- 2. files that are not ours are never written --------------------------------------------------


def test_restore_refuses_a_damaged_backup(council_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = backups.backup_now(council_file, now=START)
    damage(copy)
    before = sha(council_file)
    assert main(["restore", str(copy), "--data", str(council_file)]) == 1
    assert "damaged" in one_line_error(capsys.readouterr().err)
    assert sha(council_file) == before


def test_restore_refuses_to_overwrite_another_programs_database(council_file: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    copy = backups.backup_now(council_file, now=START)
    recipes = tmp_path / "opskrifter.sqlite"
    sql(recipes, "CREATE TABLE recipe (name TEXT)")
    sql(recipes, "INSERT INTO recipe VALUES ('Æbleskiver')")
    before = sha(recipes)
    assert main(["restore", str(copy), "--data", str(recipes)]) == 1
    assert "not a Lokalråd council file" in one_line_error(capsys.readouterr().err)
    assert sha(recipes) == before


@pytest.mark.parametrize("command", [["members"], ["meetings"], ["import-members", "x.csv"]])
def test_an_empty_foreign_sqlite_file_is_never_given_our_schema(command: list[str], tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("Navn;E-mail\nAase;aase@example.dk\n", encoding="utf-8")
    foreign = tmp_path / "x.sqlite"
    sql(foreign, "PRAGMA user_version = 7")  # another program's new, still empty database
    before = sha(foreign)
    assert foreign.stat().st_size > 0
    assert main([*command, "--data", str(foreign)]) == 1
    assert "not a Lokalråd council file" in one_line_error(capsys.readouterr().err)
    assert sha(foreign) == before
    assert sql(foreign, "SELECT name FROM sqlite_master") == []


def test_a_new_or_zero_byte_path_still_becomes_a_council_file(tmp_path: Path) -> None:
    for path in (tmp_path / "ny.sqlite", tmp_path / "tom.sqlite"):
        if path.name == "tom.sqlite":
            path.touch()
        open_store(path).close()
        assert {"council", "person", "meeting"} <= {r[0] for r in sql(path, "SELECT name FROM sqlite_master")}



# --- 3. one writer per file, whatever name it is opened by ------------------------------------------


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_second_name_for_the_same_file_does_not_let_a_second_writer_in(link: str, council_file: Path,
                                                                         tmp_path: Path) -> None:
    other = tmp_path / "andet-navn" / "samme-fil.sqlite"
    other.parent.mkdir()
    if link == "hard":
        os.link(council_file, other)
    else:
        other.symlink_to(council_file)
    with FileLock(council_file):
        with pytest.raises(FileLockedError, match="already open in Lokalråd"):
            FileLock(other).acquire()
    with FileLock(other):  # released: the other name may have it now, and then the first name may not
        with pytest.raises(FileLockedError, match="another name"):
            FileLock(council_file).acquire()
    with FileLock(council_file):
        pass


def test_the_cli_refuses_to_write_through_a_hard_link_while_the_app_has_the_file(
        council_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "kopi-med-link.sqlite"
    os.link(council_file, other)
    copy = backups.backup_now(council_file, now=START)
    before = sha(council_file)
    with FileLock(council_file):  # what the running app holds
        assert main(["restore", str(copy), "--data", str(other)]) == 1
        assert "already open" in one_line_error(capsys.readouterr().err)
    assert sha(council_file) == before


# --- 5. an erased person leaves nothing in the file's bytes -----------------------------------------

TRACES = ("Zebulonia Quixmarsh", "quixmarsh.zebulonia@example.dk", "+45 71 93 28 46", "Hemmelig note om gedebukken",
          "Vrangvejen 97")


def test_an_erased_person_leaves_no_trace_in_the_file_bytes(council_file: Path) -> None:
    from lokalraad_app.domain.enums import Role
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.members import PersonInput

    term = {"role": Role.MEMBER, "term_from": date(2025, 3, 1)}
    services = open_services(council_file, backup=False)
    try:
        others = [services.members.add(PersonInput(name=f"Medlem {n}", email=f"m{n}@example.dk",
                                                   notes="Almindelig note " * 20, **term))[0] for n in range(30)]
        pid = services.members.add(PersonInput(name=TRACES[0], email=TRACES[1], phone=TRACES[2], notes=TRACES[3],
                                               address=TRACES[4], **term))[0]
        services.members.update(pid, PersonInput(name=TRACES[0], email=TRACES[1], phone=TRACES[2],
                                                 notes=TRACES[3] + " (rettet)", address=TRACES[4], **term))
        assert [h.ref_id for h in services.council.search("Quixmarsh")] == [pid]
        assert [h.ref_id for h in services.council.search("gedebukken")] == [pid]
        services.members.erase(pid)
        assert services.council.search("Quixmarsh") == []
        assert len(services.council.search("Medlem")) == len(others)  # the index still works for the rest
        assert traces_in(council_file) == []  # while the file is still open, -wal included
        with services._store.engine.connect() as conn:  # every connection zeroes what it deletes
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        services.close()
    assert traces_in(council_file) == []


def traces_in(path: Path) -> list[str]:
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name) and p.is_file())
    words = {w for trace in TRACES for w in trace.replace("@", " ").split() if len(w) > 5 and w != "example.dk"}
    return sorted(w for w in words if w.encode() in raw or w.lower().encode() in raw)


# --- 6. opening problems say what is actually wrong -------------------------------------------------


def test_a_truncated_council_file_is_called_damaged_not_foreign(council_file: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from lokalraad_app.services.bundle import open_services

    services = open_services(council_file, backup=False)  # enough data for the file to be cut in the middle
    services.close()
    for n in range(40):
        sql(council_file, "INSERT INTO setting (key, value) VALUES (?, ?)", f"fyld-{n}", "x" * 3000)
    sql(council_file, "PRAGMA wal_checkpoint(TRUNCATE)")
    data = council_file.read_bytes()
    council_file.write_bytes(data[: len(data) // 2])  # a copy cut off half way
    before = sha(council_file)
    assert main(["members", "--data", str(council_file)]) == 1
    message = one_line_error(capsys.readouterr().err)
    assert "is damaged" in message and "restore" in message and "not a Lokalråd" not in message
    assert sha(council_file) == before


def test_a_folder_as_data_is_called_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["members"], ["import-members", str(tmp_path / "x.csv")]):
        (tmp_path / "x.csv").write_text("Navn\nAase\n", encoding="utf-8")
        assert main([*command, "--data", str(tmp_path)]) == 1
        assert "is a folder" in one_line_error(capsys.readouterr().err)


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """(folder, fill): `fill()` leaves no room on the folder's disk. As root, a real 4 MB file system (tmpfs)
    filled to the last byte; where that cannot be mounted, SQLite's own limit on a file's size
    (max_page_count), which fails as a full disk does (SQLITE_FULL), though only for SQLite's writes."""
    import subprocess

    from lokalraad_app.store import engine

    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True).returncode == 0

    def fill() -> None:
        if mounted:
            with open(folder / "fyld", "wb", buffering=0) as f:
                try:
                    while True:
                        f.write(b"\0" * 4096)
                except OSError:
                    pass
            return
        real = engine._set_pragmas

        def no_room(conn: sqlite3.Connection, record: object) -> None:
            real(conn, record)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

        monkeypatch.setattr(engine, "_set_pragmas", no_room)

    try:
        yield folder, fill
    finally:
        if mounted:
            # Lazily: the refused new file's connection may live on in the exception pytest keeps.
            subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_full_disk_is_called_a_full_disk(full_disk: tuple[Path, object],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """An older file that must be upgraded (and backed up first), a current one to write into, and a new
    file, on a disk with no room: each says so, and nothing is changed or left half made."""
    folder, fill = full_disk
    old, current = folder / "gammel.sqlite", folder / "nu.sqlite"
    old.write_bytes((Path(__file__).parent / "data" / "council-0001.sqlite").read_bytes())
    open_store(current).close()
    (folder / "x.csv").write_text("Navn;E-mail\nAase;aase@example.dk\n", encoding="utf-8")
    before = {p: dump(p) for p in (old, current)}
    fill()  # type: ignore[operator]

    for command, path in ((["members"], old), (["import-members", str(folder / "x.csv")], current)):
        assert main([*command, "--data", str(path)]) == 1
        message = one_line_error(capsys.readouterr().err)
        assert "no room left on the disk" in message and "not a Lokalråd" not in message
    new = folder / "ny.sqlite"
    with pytest.raises(StoreError, match="no room left on the disk"):
        open_store(new)
    assert not new.exists()  # no half-made file that would later be called foreign

    (folder / "fyld").unlink(missing_ok=True)  # room again, to read the files back
    assert {p: dump(p) for p in (old, current)} == before  # the failed upgrade and import were rolled back


@pytest.fixture
def read_only_folder(council_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The council file's folder made really read-only: by its permissions, or (as root, whom permissions do
    not stop) by a read-only bind mount, as a write-protected USB stick is."""
    import subprocess

    folder = tmp_path / "usb"
    folder.mkdir()
    shutil.copy(council_file, folder / "lokalraad.sqlite")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder / "lokalraad.sqlite"
        folder.chmod(0o755)
        return
    mounted = tmp_path / "usb-ro"
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", str(folder), str(mounted)], capture_output=True).returncode != 0:
        pytest.skip("root is not stopped by permissions, and this machine does not let root mount a read-only "
                    "folder (no CAP_SYS_ADMIN): nothing here can be made read-only")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
        yield mounted / "lokalraad.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(mounted)], check=True)


def test_a_council_file_in_a_read_only_folder_is_called_read_only(read_only_folder: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = sha(read_only_folder)
    (read_only_folder.parent.parent / "x.csv").write_text("Navn\nAase\n", encoding="utf-8")
    for command in (["members"], ["import-members", str(read_only_folder.parent.parent / "x.csv")]):
        assert main([*command, "--data", str(read_only_folder)]) == 1
        message = one_line_error(capsys.readouterr().err)
        assert "is read-only" in message and "not a Lokalråd" not in message
    assert sha(read_only_folder) == before


def test_an_erased_person_who_attended_approved_minutes_leaves_only_the_recorded_name(council_file: Path) -> None:
    """The minutes keep the name as it was recorded (DESIGN: personal data), and nothing else of them."""
    from lokalraad_app.domain.enums import MinutesStatus, Presence, Role
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.meetings import MeetingInput
    from lokalraad_app.services.members import PersonInput

    services = open_services(council_file, backup=False)
    try:
        pid = services.members.add(PersonInput(name=TRACES[0], email=TRACES[1], phone=TRACES[2], notes=TRACES[3],
                                               address=TRACES[4], role=Role.CHAIR, term_from=date(2025, 3, 1)))[0]
        start = datetime(2026, 3, 3, 18, 0)
        mid = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start.astimezone(),
                                                   end=(start + timedelta(hours=2)).astimezone()))[0]
        services.attendance.invite_board(mid)
        for row in services.attendance.rows(mid):
            services.attendance.set_presence(row.id, Presence.PRESENT)
        services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED, None, date(2026, 4, 7))
        services.members.erase(pid)
        assert [r.name for r in services.attendance.rows(mid)] == [TRACES[0]]
    finally:
        services.close()
    assert [w for w in traces_in(council_file) if w not in TRACES[0]] == []


def test_a_new_file_is_locked_by_its_identity_from_the_start(tmp_path: Path) -> None:
    """A file made while the lock is held (a new council file) is locked by identity too: a link made to it
    afterwards does not let a second writer in."""
    new = tmp_path / "ny.sqlite"
    with FileLock(new):
        open_store(new).close()
        link = tmp_path / "link.sqlite"
        os.link(new, link)
        with pytest.raises(FileLockedError, match="another name"):
            FileLock(link).acquire()
