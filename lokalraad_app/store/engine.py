"""Opening a council file: schema check, migrations, pragmas, sessions. The only home of SQL sessions."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, create_engine
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from lokalraad_app.store.backup import backup_dir_for, disk_full_message, is_disk_full
from lokalraad_app.store.lock import read_only_reason
from lokalraad_app.store.schema import HEAD_REVISION, SchemaState, read_schema_state

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A council file cannot be opened; the message is for the user."""


class NewerFileError(StoreError):
    pass


class NotACouncilFileError(StoreError):
    pass


class DamagedFileError(StoreError):
    pass


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    try:
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        # Deleted content is overwritten with zeros, not left in free pages: an erased person must be gone
        # from the file's bytes (GDPR), not only from its tables.
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()
    except sqlite3.Error:
        dbapi_connection.close()  # the pool never got it: left open, it would hold the file (a full disk)
        raise


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string: a "?" or "#" in a folder name must stay part of the path.
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def upgrade_schema(engine: Engine, target: str = "head") -> None:
    """Runs Alembic up to `target` (imported lazily: it costs a quarter second at start)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        # A migration that copies a table (batch mode) drops the old one: with foreign keys on, that
        # would cascade into the rows that point at it. Off for the upgrade (outside any transaction, or
        # SQLite ignores it), and checked before the upgrade commits.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        broken_before = set(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        conn.commit()
        # Python's sqlite3 commits CREATE and ALTER at once unless a transaction is open; our own BEGIN
        # makes the whole upgrade one transaction, so a failed one leaves the file as it was.
        isolation = raw.isolation_level
        raw.isolation_level = None
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = set(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()) - broken_before
                if broken:  # links the upgrade itself would break (one broken before it is no reason to refuse)
                    raise StoreError(f"the upgrade would break {len(broken)} links between records "
                                     f"(such as {min(broken)}); the file was left as it was")
        finally:
            raw.isolation_level = isolation
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


class Store:
    """One open council file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        # Records leave detached and fully loaded, so a view never triggers a lazy load.
        self._sessions = sessionmaker(engine, class_=Session, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as s:
            yield s

    def scrub(self) -> None:
        """After deleting personal data (rare; a few seconds for the 50,000-person stress file): rewrites the
        file, so no copy of the deleted rows stays in free space (secure_delete only zeroes from now on, not
        what files written before it left behind), then empties the -wal file, which holds old page images."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, *, create: bool = True, writable: bool = True) -> Store:
    """Opens (and if needed creates or upgrades) a council file.

    A file written by a newer version is refused before anything touches it. Every refusal says what is
    actually wrong (a folder, read-only, damaged, a full disk, another program's file). `writable=False`
    (a command that only reads) lets a read-only file be read.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a council file. Choose the council file itself (…sqlite).")
    read_only = read_only_reason(path)
    if read_only is not None and (writable or not path.exists()):
        raise StoreError(read_only)
    state = read_schema_state(path)
    if state is SchemaState.UNREADABLE:
        if read_only is not None:
            raise StoreError(read_only)
        if shutil.disk_usage(path.parent).free < 1 << 20:  # SQLite needs room for its -shm and -wal files
            raise StoreError(disk_full_message(path))
        if path.exists() and not os.access(path, os.R_OK):
            raise StoreError(f"You are not allowed to read {path} (its permissions); ask whoever set up this "
                             "computer, or have its owner copy it for you.")
        raise StoreError(f"{path} cannot be opened here (SQLite could not open it; it has not been changed).")
    if state is SchemaState.DAMAGED:
        raise DamagedFileError(f"{path} is damaged (cut off or corrupt), so it cannot be opened; it has not been "
                               f"changed. Restore one of its backups (in {backup_dir_for(path)}) with: "
                               f"lokalraad restore BACKUP --data {path}")
    if state is SchemaState.NEWER:
        raise NewerFileError(
            f"{path} was written by a newer version of Lokalråd. Update the program to open it; "
            "the file has not been changed."
        )
    if state is SchemaState.FOREIGN:
        raise NotACouncilFileError(f"{path} is not a Lokalråd council file; it has not been changed.")
    if state is SchemaState.MISSING and not create:
        raise StoreError(f"{path} does not exist.")
    if state is SchemaState.MISSING:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    if state is not SchemaState.CURRENT:
        try:
            upgrade_schema(engine)
        except Exception as e:
            engine.dispose()
            if state is SchemaState.MISSING:  # a new file that could not be made whole: leave no half file
                for name in (path.name, path.name + "-wal", path.name + "-shm"):
                    path.with_name(name).unlink(missing_ok=True)
            if is_disk_full(e):
                raise StoreError(disk_full_message(path)) from None
            raise
    return Store(path, engine)


__all__ = ["HEAD_REVISION", "DamagedFileError", "NewerFileError", "NotACouncilFileError", "Store", "StoreError",
           "disk_full_message", "open_store"]
