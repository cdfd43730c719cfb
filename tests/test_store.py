"""The council file around its records: the single-instance lock, backups and restore, the quick overview."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from lokalraad_app.domain import models
from lokalraad_app.store import backup as backups
from lokalraad_app.store.engine import Store, open_store
from lokalraad_app.store.lock import FileLock, FileLockedError, lock_path_for
from lokalraad_app.store.quick import read_overview

ROOT = Path(__file__).resolve().parent.parent


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_person(store: Store, name: str, role: str | None = "member", term_from: date | None = None,
               term_to: date | None = None, kind: str = "member") -> int:
    with store.session() as s:
        person = models.Person(name=name, kind=kind)
        s.add(person)
        s.flush()
        assert person.id is not None
        if role is not None:
            s.add(models.Membership(person_id=person.id, role=role, term_from=term_from or date(2024, 3, 1),
                                    term_to=term_to))
        return person.id


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name")]
    finally:
        conn.close()


# --- the single-instance lock ---------------------------------------------------------------------
def test_second_lock_on_the_same_file_is_refused_with_a_clear_message(council_file: Path) -> None:
    first = FileLock(council_file)
    first.acquire()
    try:
        with pytest.raises(FileLockedError, match="already open") as refused:
            FileLock(council_file).acquire()
        assert council_file.name in str(refused.value)
        assert first.held  # the refusal did not disturb the holder
    finally:
        first.release()


def test_releasing_lets_another_acquire(council_file: Path) -> None:
    first = FileLock(council_file)
    first.acquire()
    first.release()
    assert not first.held
    with FileLock(council_file) as second:
        assert second.held
        with pytest.raises(FileLockedError):
            FileLock(council_file).acquire()
    assert not second.held
    FileLock(council_file).release()  # releasing a lock never taken is harmless


def test_lock_is_released_when_the_block_fails(council_file: Path) -> None:
    with pytest.raises(RuntimeError), FileLock(council_file):
        raise RuntimeError("power cut in the middle of an edit")
    with FileLock(council_file) as again:
        assert again.held


def test_locks_on_different_files_are_independent(tmp_path: Path) -> None:
    with FileLock(tmp_path / "a.sqlite") as a, FileLock(tmp_path / "b.sqlite") as b:
        assert a.held and b.held
    assert lock_path_for(tmp_path / "a.sqlite") == tmp_path / "a.sqlite.lock"


def test_lock_of_a_killed_process_is_free_afterwards(council_file: Path) -> None:
    """A crash (here SIGKILL: no clean-up runs) never leaves the file locked: the OS drops the lock."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from lokalraad_app.store.lock import FileLock\n"
        "lock = FileLock(Path(sys.argv[1]))\n"
        "lock.acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(council_file)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(FileLockedError, match=f"PID {child.pid}"):
            FileLock(council_file).acquire()
    finally:
        child.kill()  # SIGKILL on POSIX
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode != 0
    with FileLock(council_file) as lock:
        assert lock.held


# --- backups --------------------------------------------------------------------------------------
def test_backup_now_makes_a_copy_that_opens_and_holds_the_data(store: Store) -> None:
    add_person(store, "Bjørn Ågård")  # committed, possibly still only in the -wal file
    copy = backups.backup_now(store.path, now=datetime(2026, 3, 3, 19, 30))
    assert copy.parent == backups.backup_dir_for(store.path)
    assert copy.name == "council-20260303-193000.sqlite"
    assert [b.path for b in backups.list_backups(store.path)] == [copy]
    assert not list(copy.parent.glob("*.partial*"))
    restored = open_store(copy)
    try:
        with restored.read() as s:
            assert [p.name for p in s.exec(select(models.Person))] == ["Bjørn Ågård"]
    finally:
        restored.close()


def test_two_backups_in_the_same_second_both_kept(store: Store) -> None:
    when = datetime(2026, 3, 3, 19, 30)
    first = backups.backup_now(store.path, now=when)
    second = backups.backup_now(store.path, now=when)
    assert first != second and first.exists() and second.exists()


def test_backup_if_due_on_first_open_then_not_again_until_a_day_later(store: Store) -> None:
    day = datetime(2026, 3, 3, 9, 0)
    first = backups.backup_if_due(store.path, now=day)
    assert first is not None and first.exists()
    assert backups.backup_if_due(store.path, now=day + timedelta(hours=10)) is None
    assert len(backups.list_backups(store.path)) == 1
    next_day = backups.backup_if_due(store.path, now=day + timedelta(days=1))
    assert next_day is not None and next_day != first
    assert [b.taken_at for b in backups.list_backups(store.path)] == [day + timedelta(days=1), day]


def test_backup_if_due_does_nothing_for_a_missing_file(tmp_path: Path) -> None:
    assert backups.backup_if_due(tmp_path / "findes-ikke.sqlite") is None
    assert not backups.backup_dir_for(tmp_path / "findes-ikke.sqlite").exists()


def test_pruning_keeps_only_the_newest(store: Store) -> None:
    start = datetime(2026, 1, 1, 8, 0)
    made = [backups.backup_now(store.path, keep=3, now=start + timedelta(days=n)) for n in range(6)]
    kept = backups.list_backups(store.path)
    assert [b.path for b in kept] == made[:2:-1]  # the three newest, newest first
    assert sorted(p.name for p in backups.backup_dir_for(store.path).iterdir()) == sorted(p.name for p in made[3:])


def test_restore_puts_back_deleted_data_and_keeps_a_safety_copy(store: Store) -> None:
    path = store.path
    pid = add_person(store, "Jørgen Ågesen", role="treasurer")
    copy = backups.backup_now(path, now=datetime(2026, 3, 3, 9, 0))
    with store.session() as s:
        s.delete(s.get(models.Person, pid))
    add_person(store, "Efterfølger Ærø")
    store.close()
    assert names_in(path) == ["Efterfølger Ærø"]

    with FileLock(path):  # the caller holds the file's lock while restoring
        safety = backups.restore_backup(path, copy)

    assert names_in(path) == ["Jørgen Ågesen"]
    assert safety is not None and "before-restore" in safety.name
    assert names_in(safety) == ["Efterfølger Ærø"]  # what was replaced can be had back
    reopened = open_store(path)
    try:
        with reopened.read() as s:
            assert [m.role for m in s.exec(select(models.Membership))] == ["treasurer"]
    finally:
        reopened.close()


@pytest.mark.parametrize("kind", ["text", "other_sqlite", "missing", "newer"])
def test_restoring_something_that_is_not_a_backup_changes_nothing(kind: str, council_file: Path,
                                                                  template_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "elsewhere" / "backup.sqlite"
    source.parent.mkdir()
    if kind == "text":
        source.write_text("Dette er ikke en database", encoding="utf-8")
    elif kind == "other_sqlite":
        conn = sqlite3.connect(source)
        with conn:
            conn.execute("CREATE TABLE recipe (name TEXT)")
        conn.close()
    elif kind == "newer":
        source.write_bytes(template_file.read_bytes())
        conn = sqlite3.connect(source)
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
    before = sha(council_file)
    with pytest.raises(backups.RestoreError):
        backups.restore_backup(council_file, source)
    assert sha(council_file) == before
    assert not backups.backup_dir_for(council_file).exists()  # not even a safety copy was taken


# BUG (store/backup.py list_backups): the file's stem goes into a glob pattern unescaped, so for
# "Lokalråd [kopi].sqlite" the brackets are a character class: no backup is ever listed, so none is
# pruned, backup_if_due takes a new one on every open, and the restore list is empty.
# Fix: folder.glob(f"{glob.escape(path.stem)}-*.sqlite").
def test_backups_of_a_file_with_brackets_in_its_name(council_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "Lokalråd [kopi].sqlite"
    path.write_bytes(council_file.read_bytes())
    start = datetime(2026, 1, 1, 8, 0)
    for n in range(4):
        backups.backup_now(path, keep=2, now=start + timedelta(days=n))
    assert len(list(backups.backup_dir_for(path).iterdir())) == 2
    assert len(backups.list_backups(path)) == 2
    assert backups.backup_if_due(path, now=start + timedelta(days=3, hours=1)) is None


# --- the quick overview ---------------------------------------------------------------------------
def test_overview_is_none_without_a_council(council_file: Path, tmp_path: Path) -> None:
    assert read_overview(council_file) is None  # a new file: the welcome asks for the council
    assert read_overview(tmp_path / "findes-ikke.sqlite") is None


def test_overview_reads_real_figures(store: Store) -> None:
    today = date(2026, 3, 3)
    now = datetime.now(UTC)
    with store.session() as s:
        s.add(models.Council(name="Gershøj Lokalråd", area="Gershøj", municipality="Lejre Kommune"))
    add_person(store, "Åse Formand", role="chair", term_from=date(2024, 3, 1))
    add_person(store, "Bo Kasserer", role="treasurer", term_from=date(2024, 3, 1), term_to=date(2026, 3, 3))
    add_person(store, "Søs Suppleant", role="substitute", term_from=date(2025, 3, 1))
    add_person(store, "Tidligere Tøger", role="member", term_from=date(2020, 3, 1), term_to=date(2024, 2, 29))
    add_person(store, "Kommende Kåre", role="member", term_from=date(2026, 4, 1))
    add_person(store, "Lærke Kontakt", role=None, kind="liaison")
    with store.session() as s:
        past = models.Meeting(title="Sidste møde", start=now - timedelta(days=7), end=now - timedelta(days=7))
        s.add(past)
        for n in range(6):
            at = now + timedelta(days=n + 1)
            s.add(models.Meeting(title=f"Møde {n + 1}", start=at, end=at + timedelta(hours=2), place="Hallen"))
        s.add(models.Meeting(title="Aflyst", start=now + timedelta(hours=1), end=now + timedelta(hours=2),
                             status="cancelled"))
        s.add(models.ActionItem(description="Ring til kommunen"))
        s.add(models.ActionItem(description="Bestil kaffe"))
        s.add(models.ActionItem(description="Færdig", status="done"))
        s.add(models.Hearing(title="Høring om lokalplan"))
        s.add(models.Hearing(title="Besvaret høring", status="answered"))
        for n, status in enumerate(["pending", "failed", "needs_attention", "sent", "sending", "superseded"]):
            s.add(models.OutboxMessage(kind="email", idempotency_key=f"k{n}", status=status))

    data = read_overview(store.path, today=today)

    assert data is not None
    assert (data.council_name, data.area, data.municipality) == ("Gershøj Lokalråd", "Gershøj", "Lejre Kommune")
    assert (data.board_count, data.substitute_count) == (2, 1)  # a term ending today still runs today
    assert [m.title for m in data.upcoming] == ["Møde 1", "Møde 2", "Møde 3", "Møde 4", "Møde 5"]
    assert data.upcoming[0].place == "Hallen" and data.upcoming[0].start.tzinfo is not None
    assert (data.open_actions, data.open_hearings, data.pending_outbox) == (2, 1, 3)


def test_overview_reads_an_open_file_without_disturbing_it(store: Store) -> None:
    with store.session() as s:
        s.add(models.Council(name="Ejby Lokalråd"))
    data = read_overview(store.path)
    assert data is not None and data.council_name == "Ejby Lokalråd"
    add_person(store, "Efter Oversigten")  # the store still writes after the read-only look
    assert "Efter Oversigten" in names_in(store.path)


# BUG (store/engine.py make_engine): the engine URL is f"sqlite:///{path}", and SQLAlchemy parses it as
# a URL, so a "?" in the path starts the query string: a file chosen as "…/hvad?/council.sqlite" is
# written to the file "…/hvad" instead. Fix: create_engine(URL.create("sqlite", database=str(path))),
# which takes the path as it is.
@pytest.mark.skipif(sys.platform == "win32", reason="'?' cannot be in a Windows path")
def test_council_file_in_a_folder_with_a_question_mark_is_written_where_chosen(tmp_path: Path) -> None:
    path = tmp_path / "hvad?" / "council.sqlite"
    store = open_store(path)
    store.close()
    assert path.is_file()
    assert not (tmp_path / "hvad").exists()


# BUG (store/quick.py read_overview, same cause as store/schema.py read_revision): the URI
# "file:{path}?mode=ro" breaks on a "#" in the path; SQLite opens "…/Lokalråd " read-write instead,
# creates it empty, finds no council and the first screen shows the welcome for a file that has one.
# Fix: sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True).
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX path")
def test_overview_of_a_file_in_a_folder_with_a_hash_sign(council_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "Lokalråd #2" / "council.sqlite"
    path.parent.mkdir()
    path.write_bytes(council_file.read_bytes())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO council (uuid, name, area, municipality, secretary_name, secretary_email, "
                     "document_language, timezone, created_at) VALUES ('c', 'Vipperød Lokalråd', '', '', '', '', "
                     "'da', 'Europe/Copenhagen', '2026-01-01 00:00:00.000000')")
    conn.close()
    data = read_overview(path)
    assert not (tmp_path / "Lokalråd ").exists()
    assert data is not None and data.council_name == "Vipperød Lokalråd"


def test_lock_taken_while_the_holder_removes_the_lock_file_is_not_shared(council_file: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """B opens the lock file, A releases (removing it), B locks the removed file: C must still be refused."""
    from lokalraad_app.store import lock as lock_module

    first = FileLock(council_file)
    first.acquire()
    real_lock = lock_module._lock
    calls: list[int] = []

    def lock_after_the_holder_let_go(handle):  # type: ignore[no-untyped-def]
        if not calls:
            first.release()  # between B's open and B's lock
        calls.append(1)
        real_lock(handle)

    monkeypatch.setattr(lock_module, "_lock", lock_after_the_holder_let_go)
    second = FileLock(council_file)
    second.acquire()
    monkeypatch.setattr(lock_module, "_lock", real_lock)
    try:
        with pytest.raises(FileLockedError):
            FileLock(council_file).acquire()
    finally:
        second.release()


def test_backup_if_due_counts_calendar_days_not_hours(store: Store) -> None:
    """Evening, then next morning: a new day, so a new backup, though 24 hours have not passed."""
    evening = datetime(2026, 3, 3, 21, 30)
    assert backups.backup_if_due(store.path, now=evening) is not None
    assert backups.backup_if_due(store.path, now=evening + timedelta(hours=2)) is None  # 23.30, same day
    assert backups.backup_if_due(store.path, now=datetime(2026, 3, 4, 8, 0)) is not None


def test_cut_off_backups_are_cleaned_up(store: Store) -> None:
    """A backup cut off (power gone mid-copy) leaves a .partial file; the next backup removes it, but not
    one that another backup (the daily one, in its thread) is writing at this moment."""
    import os
    import time

    folder = backups.backup_dir_for(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    cut_off = folder / "council-20260101-000000.partial"
    cut_off.write_bytes(b"half")
    os.utime(cut_off, (time.time() - 2 * 3600, time.time() - 2 * 3600))  # the power went two hours ago
    being_written = folder / "council-20260101-000001.99-1.partial"
    being_written.write_bytes(b"half")
    backups.backup_now(store.path)
    assert [p.name for p in folder.glob("*.partial*")] == [being_written.name]


def test_two_backups_at_once_both_succeed(store: Store) -> None:
    """The daily backup runs in a thread when the app opens the file; a backup asked for meanwhile (menu,
    command line) once deleted the other's half-written copy, and the other failed with a disk I/O error."""
    import threading

    when = datetime(2026, 3, 3, 9, 0)
    results: list[object] = []

    def one() -> None:
        try:
            results.append(backups.backup_now(store.path, now=when))
        except Exception as e:  # noqa: BLE001 — the test reports it
            results.append(e)

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(r, Path) and backups.problem_with(r) is None for r in results), results
    assert len(set(results)) == 4  # each its own name, though all were taken in the same second


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot remove an open lock file")
def test_lock_file_is_removed_before_the_lock_is_let_go(council_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever locks between the holder's unlock and the file's removal would share it with the next one."""
    from lokalraad_app.store import lock as lock_module

    first, late = FileLock(council_file), FileLock(council_file)
    first.acquire()
    holders: list[FileLock] = []
    real_remove = lock_module._remove

    def someone_locks_first(path: Path) -> None:
        try:
            late.acquire()
            holders.append(late)
        except FileLockedError:
            pass
        real_remove(path)

    monkeypatch.setattr(lock_module, "_remove", someone_locks_first)
    first.release()
    monkeypatch.setattr(lock_module, "_remove", real_remove)
    third = FileLock(council_file)
    if holders:  # the late one holds the lock, so nobody else may
        with pytest.raises(FileLockedError):
            third.acquire()
        late.release()
    else:
        third.acquire()
        third.release()
