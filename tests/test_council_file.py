"""The council file itself: migrations from every kept schema, refusals, lock, backups, search."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from lokalraad_app.domain.enums import Role
from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.members import MemberService, PersonInput
from lokalraad_app.store import backup as backups
from lokalraad_app.store.engine import MIGRATIONS_DIR, NewerFileError, NotACouncilFileError, open_store
from lokalraad_app.store.lock import FileLock, FileLockedError
from lokalraad_app.store.quick import read_overview
from lokalraad_app.store.schema import HEAD_REVISION, REVISIONS

DATA = Path(__file__).parent / "data"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- schema and migrations -----------------------------------------------------------------------
def test_revision_list_matches_alembic_scripts() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(cfg)
    in_order = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(in_order) == REVISIONS


def test_every_old_schema_is_kept_in_test_data() -> None:
    kept = {p.stem.removeprefix("council-") for p in DATA.glob("council-*.sqlite")}
    assert kept == set(REVISIONS[:-1])


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_old_file_upgrades_with_its_data_intact(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / f"council-{revision}.sqlite", path)
    store = open_store(path)
    try:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
            assert conn.execute("SELECT name FROM council").fetchone()[0] == "Kirke Såby Lokalråd"
            assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 2
            assert conn.execute("SELECT discussion FROM agenda_item").fetchone()[0] == \
                "Bestyrelsen drøftede fartdæmpning."
        members = MemberService(store)
        assert [r.name for r in members.rows(members.find_ids())] == ["Lærke Bækgaard", "Søren Østergaard"]
        council = CouncilService(store)
        # The search index is built for data that was there before the upgrade.
        kinds = {h.kind for h in council.search("trafik")}
        assert {"agenda_item", "initiative"} <= kinds or "agenda_item" in kinds
        assert [h.title for h in council.search("vindmøller")] == ["Høring om vindmøller"]
        assert [h.title for h in council.search("østergaard")] == ["Søren Østergaard"]
    finally:
        store.close()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrated_schema_matches_the_records(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    # Our expression index and the FTS tables live outside the records' metadata on purpose.
    relevant = [d for d in diff if not (d[0] == "remove_index" and d[1].name == "ix_person_danish_name")
                and not (d[0] == "remove_table" and d[1].name.startswith("search_fts"))]
    assert relevant == []


def test_new_file_has_wal_foreign_keys_and_full_sync(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_file_from_a_newer_version_is_refused_untouched(council_file: Path) -> None:
    with sqlite3.connect(council_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = sha(council_file)
    with pytest.raises(NewerFileError, match="newer"):
        open_store(council_file)
    assert sha(council_file) == before


def test_foreign_files_are_refused_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("Referat fra mødet", encoding="utf-8")
    other_db = tmp_path / "other.sqlite"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    for path in (text_file, other_db):
        before = sha(path)
        with pytest.raises(NotACouncilFileError):
            open_store(path)
        assert sha(path) == before


# --- the single-instance lock ---------------------------------------------------------------------
def test_second_lock_on_the_same_file_is_refused(council_file: Path) -> None:
    with FileLock(council_file):
        with pytest.raises(FileLockedError, match="already open"):
            FileLock(council_file).acquire()
    with FileLock(council_file) as again:  # released: free again
        assert again.held


def test_lock_of_a_crashed_process_is_free(council_file: Path, tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    code = (
        "import sys, time, pathlib\n"
        "from lokalraad_app.store.lock import FileLock\n"
        f"lock = FileLock(pathlib.Path({str(council_file)!r}))\nlock.acquire()\n"
        f"pathlib.Path({str(ready)!r}).write_text('x')\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.monotonic() + 20
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists()
        with pytest.raises(FileLockedError):
            FileLock(council_file).acquire()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with FileLock(council_file) as lock:  # the OS let go of the dead process's lock
        assert lock.held


# --- backups --------------------------------------------------------------------------------------
def test_backup_on_open_at_most_daily_and_pruned(store) -> None:  # type: ignore[no-untyped-def]
    path = store.path
    day = datetime(2026, 3, 3, 9, 0)
    assert backups.backup_if_due(path, keep=3, now=day) is not None
    assert backups.backup_if_due(path, keep=3, now=day + timedelta(hours=5)) is None
    for n in range(1, 5):
        assert backups.backup_if_due(path, keep=3, now=day + timedelta(days=n)) is not None
    kept = backups.list_backups(path)
    assert len(kept) == 3
    assert kept[0].taken_at == day + timedelta(days=4)


def test_restore_brings_back_deleted_data_and_keeps_a_safety_copy(council_file: Path) -> None:
    store = open_store(council_file)
    members = MemberService(store)
    pid, _ = members.add(PersonInput(name="Jørgen Ågesen", role=Role.TREASURER, term_from=date(2025, 1, 1)))
    copy = backups.backup_now(council_file)
    members.delete(pid)
    store.close()

    safety = backups.restore_backup(council_file, copy)
    assert safety is not None and "before-restore" in safety.name
    store = open_store(council_file)
    try:
        members = MemberService(store)
        assert [r.name for r in members.rows(members.find_ids())] == ["Jørgen Ågesen"]
    finally:
        store.close()


def test_restoring_something_that_is_not_a_backup_changes_nothing(council_file: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    before = sha(council_file)
    with pytest.raises(backups.RestoreError):
        backups.restore_backup(council_file, junk)
    assert sha(council_file) == before


def test_cut_off_backups_are_cleaned_up(store) -> None:  # type: ignore[no-untyped-def]
    folder = backups.backup_dir_for(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "council-20260101-000000.partial").write_bytes(b"half")
    backups.backup_now(store.path)
    assert not list(folder.glob("*.partial*"))


# --- overview and search --------------------------------------------------------------------------
def test_overview_reads_real_figures_without_the_orm(store) -> None:  # type: ignore[no-untyped-def]
    assert read_overview(store.path) is None  # no council yet: the welcome asks for one
    from lokalraad_app.services.council import CouncilInput

    CouncilService(store).save_council(CouncilInput(name="Gershøj Lokalråd"))
    MemberService(store).add(PersonInput(name="Åse", role=Role.CHAIR, term_from=date.today()))
    data = read_overview(store.path)
    assert data is not None and data.council_name == "Gershøj Lokalråd"
    assert (data.board_count, data.substitute_count) == (1, 0)


def test_search_stays_in_step_with_edits(store) -> None:  # type: ignore[no-untyped-def]
    members, council = MemberService(store), CouncilService(store)
    pid, _ = members.add(PersonInput(name="Mette Højgaard", organisation="Borgerforeningen", role=None))
    assert [h.ref_id for h in council.search("højg")] == [pid]
    data = members.input_for(pid)
    data.name = "Mette Sørensen"
    members.update(pid, data)
    assert council.search("højgaard") == []
    assert [h.title for h in council.search("sørensen borger")] == ["Mette Sørensen"]
    members.delete(pid)
    assert council.search("sørensen") == []


def test_search_survives_operators_and_quotes(store) -> None:  # type: ignore[no-untyped-def]
    council = CouncilService(store)
    for text in ['"foo AND (', "NEAR(", "*", "-", "' OR 1=1 --"]:
        assert council.search(text) == []
