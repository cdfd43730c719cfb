"""Backups of a council file with SQLite's online backup API, and restoring one.

Every backup is checked (PRAGMA quick_check, and that it is a council file) before it counts: a copy of a
damaged file is not kept, and good backups are never pruned to make room for bad ones.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lokalraad_app.store.schema import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    SchemaState,
    connect_read_only,
    read_schema_state,
)

DEFAULT_KEEP = 10
KEEP_SETTING = "backup_keep"  # the council file's own setting (CouncilService edits it)
STAMP = "%Y%m%d-%H%M%S"
STALE_AFTER = 3600  # seconds: a .partial file this old was left by a backup that was cut off


class BackupError(OSError):
    """No sound backup could be made; the message is for the user."""


class RestoreError(Exception):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the name
    size: int


def backup_dir_for(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def list_backups(path: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_dir_for(path)
    found: list[BackupInfo] = []
    if folder.is_dir():
        for p in folder.glob(f"{glob.escape(path.stem)}-*.sqlite"):  # a [ ] in the name is no pattern
            stamp = p.stem[len(path.stem) + 1 :][:15]
            try:
                taken = datetime.strptime(stamp, STAMP)
            except ValueError:
                continue
            try:
                found.append(BackupInfo(p, taken, p.stat().st_size))
            except FileNotFoundError:  # pruned by another backup meanwhile
                continue
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def problem_with(path: Path) -> str | None:
    """None when `path` is a sound council file; otherwise what is wrong with it, for the user."""
    state = read_schema_state(path)
    if state is SchemaState.MISSING:
        return "it is empty or missing"
    if state is SchemaState.FOREIGN:
        return "it is not a Lokalråd council file"
    if state is SchemaState.DAMAGED:
        return "it is damaged (cut off or corrupt)"
    if state is SchemaState.UNREADABLE:
        return "it cannot be read here"
    # A read-only look at a WAL-mode file leaves its -wal and -shm behind: remove those it made.
    extras = [path.with_name(path.name + e) for e in ("-wal", "-shm")]
    made = [e for e in extras if not e.exists()]
    try:
        conn = connect_read_only(path)
        try:
            found = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        return f"it is damaged ({e})" if _corrupt(e) else f"it could not be read ({e})"
    finally:
        for extra in made:
            extra.unlink(missing_ok=True)
    return None if found == ["ok"] else f"it is damaged ({'; '.join(found)})"


SQLITE_FULL = 13


def is_disk_full(error: BaseException) -> bool:
    orig = getattr(error, "orig", None) or error
    if isinstance(orig, OSError):
        return orig.errno == errno.ENOSPC
    return isinstance(orig, sqlite3.Error) and orig.sqlite_errorcode & 0xFF == SQLITE_FULL


def disk_full_message(path: Path) -> str:
    return (f"There is no room left on the disk that holds {path}. Free some space there (or move the file to "
            "another disk) and try again; the file was left as it was.")


def _corrupt(error: sqlite3.Error) -> bool:
    return error.sqlite_errorcode & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def read_keep(path: Path) -> int:
    """How many backups the council file asks to keep (its setting), or the default."""
    try:
        conn = connect_read_only(path)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEEP_SETTING,)).fetchone()
        finally:
            conn.close()
        return max(int(row[0]), 1) if row else DEFAULT_KEEP
    except (sqlite3.Error, ValueError, OSError):
        return DEFAULT_KEEP


def copy_database(source: Path, target: Path, *, standalone: bool = False) -> None:
    """A consistent copy through SQLite's backup API (safe while the file is open and being written)."""
    src = connect_read_only(source)  # read-only: a missing source is an error, never a new empty database
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
        if standalone:  # a backup is one file: no -wal or -shm next to it, ever
            dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _prune(path: Path, keep: int, known_good: Path) -> None:
    """Keeps the newest `keep` sound backups; a damaged one does not count, so it never pushes a good one out."""
    found = list_backups(path)
    if len(found) <= keep:
        return  # nothing to prune: no need to check them all
    good = 0
    for b in found:
        if good >= keep:
            b.path.unlink(missing_ok=True)
        elif b.path == known_good or problem_with(b.path) is None:
            good += 1


def backup_now(path: Path, keep: int | None = None, *, now: datetime | None = None, note: str = "") -> Path:
    """Writes a consistent copy (safe while the file is open), checks it, and prunes to the newest `keep`
    sound backups (default: the file's own setting). Raises BackupError when the file is damaged."""
    keep = keep or read_keep(path)
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.partial*"):  # left by a backup that was cut off (power, kill) …
        try:
            if time.time() - stale.stat().st_mtime > STALE_AFTER:  # … not one being written right now
                stale.unlink(missing_ok=True)
        except FileNotFoundError:  # another backup just finished with it
            pass
    when = now or datetime.now()
    suffix = f"-{note}" if note else ""
    stem = f"{path.stem}-{when.strftime(STAMP)}{suffix}"
    partial = folder / f"{stem}.{os.getpid()}-{threading.get_ident()}.partial"  # two backups at once
    try:
        copy_database(path, partial, standalone=True)
        problem = problem_with(partial)
    except (sqlite3.DatabaseError, OSError) as e:
        partial.unlink(missing_ok=True)
        if is_disk_full(e):
            raise BackupError(f"No backup was made: {disk_full_message(path)}") from None
        if not isinstance(e, sqlite3.DatabaseError) or not _corrupt(e):
            raise BackupError(f"No backup was made of {path.name}: {e}.") from None
        problem = f"it is damaged ({e})"
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise BackupError(f"No backup was made of {path.name}: {problem}. The earlier backups were all kept; "
                          f"restore one of them (in {folder}).")
    target = _publish(partial, folder, stem)
    _prune(path, keep, known_good=target)
    return target


def _publish(partial: Path, folder: Path, stem: str) -> Path:
    """Gives the checked copy its backup name: a hard link never replaces an existing file, so two backups
    taken in the same second (the daily one and one from the menu) each keep their own name. Until here
    the copy was a .partial: a crash mid-backup leaves no half file that looks like a backup."""
    n = 1
    while True:
        target = folder / (f"{stem}.sqlite" if n == 1 else f"{stem}-{n}.sqlite")
        try:
            os.link(partial, target)
        except FileExistsError:
            n += 1
            continue
        except OSError:  # a file system without hard links: fall back to a checked rename
            if target.exists():
                n += 1
                continue
            partial.replace(target)
            return target
        partial.unlink()
        return target


def backup_if_due(path: Path, keep: int | None = None, *, now: datetime | None = None) -> Path | None:
    """Backs up on open, at most once a calendar day (local time): the first open of each day backs up,
    however close it is to yesterday's."""
    if not path.exists():
        return None
    when = now or datetime.now()
    existing = list_backups(path)
    if existing and existing[0].taken_at.date() >= when.date():
        return None
    return backup_now(path, keep, now=when)


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Replaces the council file's content with `backup`'s, after backing up the current content.

    The caller must hold the file's lock (or know that no one has the file open). Returns the copy
    taken of the content that was replaced (a plain copy, not a backup, when that content is damaged).
    Refuses, changing nothing, a backup that is not a sound council file, and a target that is another
    program's database.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise RestoreError(f"{backup} does not exist.")
    if read_schema_state(backup) is SchemaState.NEWER:
        raise RestoreError(f"{backup} was made by a newer version of Lokalråd; nothing was changed.")
    problem = problem_with(backup)
    if problem is not None:
        raise RestoreError(f"{backup} is not a Lokalråd backup that can be restored: {problem}. Nothing was changed.")
    if read_schema_state(path) is SchemaState.FOREIGN:
        raise RestoreError(f"{path} is not a Lokalråd council file; restoring would overwrite another program's "
                           "data. Nothing was changed.")
    # The backup's content is copied aside first: the safety backup below prunes old backups, which may
    # include the very one being restored.
    staged = path.with_name(path.name + ".restoring")
    staged.unlink(missing_ok=True)
    try:
        copy_database(backup, staged, standalone=True)
        safety = _keep_current_content(path)
        try:
            copy_database(staged, path)
        except sqlite3.DatabaseError:  # the current file is too damaged to write into: replace it whole
            for extra in ("-wal", "-shm"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
            staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    return safety


def _keep_current_content(path: Path) -> Path | None:
    """A backup of what the file holds before a restore; for a damaged file, a plain copy of its bytes
    (named so that it is never listed or pruned as a backup)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        return backup_now(path, read_keep(path) + 1, note="before-restore")  # +1: it pushes no backup out
    except BackupError:
        folder = backup_dir_for(path)
        target = folder / f"{path.stem}-{datetime.now().strftime(STAMP)}-damaged-before-restore.sqlite-damaged"
        shutil.copyfile(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        return target
