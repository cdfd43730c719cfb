"""Backups of a council file with SQLite's online backup API, and restoring one."""

from __future__ import annotations

import glob
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lokalraad_app.store.schema import SchemaState, read_schema_state

DEFAULT_KEEP = 10
STAMP = "%Y%m%d-%H%M%S"


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
            found.append(BackupInfo(p, taken, p.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def backup_now(path: Path, keep: int = DEFAULT_KEEP, *, now: datetime | None = None, note: str = "") -> Path:
    """Writes a consistent copy (safe while the file is open) and prunes to the newest `keep`."""
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.partial*"):  # left by a backup that was cut off (power, kill)
        stale.unlink(missing_ok=True)
    when = now or datetime.now()
    suffix = f"-{note}" if note else ""
    target = folder / f"{path.stem}-{when.strftime(STAMP)}{suffix}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{when.strftime(STAMP)}{suffix}-{n}.sqlite"
    partial = target.with_suffix(".partial")
    _copy_database(path, partial)
    partial.replace(target)  # a crash mid-backup leaves no half file that looks like a backup
    for old in list_backups(path)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return target


def backup_if_due(path: Path, keep: int = DEFAULT_KEEP, *, now: datetime | None = None) -> Path | None:
    """Backs up on open, at most once a calendar day (local time): the first open of each day backs up,
    however close it is to yesterday's."""
    if not path.exists():
        return None
    when = now or datetime.now()
    existing = list_backups(path)
    if existing and existing[0].taken_at.date() >= when.date():
        return None
    return backup_now(path, keep, now=when)


class RestoreError(Exception):
    pass


def restore_backup(path: Path, backup: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replaces the council file's content with `backup`'s, after backing up the current content.

    The caller must hold the file's lock (or know that no one has the file open). Returns the
    safety backup taken of the content that was replaced.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise RestoreError(f"{backup} does not exist.")
    state = read_schema_state(backup)
    if state in (SchemaState.MISSING, SchemaState.FOREIGN):
        raise RestoreError(f"{backup} is not a Lokalråd backup; nothing was changed.")
    if state is SchemaState.NEWER:
        raise RestoreError(f"{backup} was made by a newer version of Lokalråd; nothing was changed.")
    safety = backup_now(path, keep + 1, note="before-restore") if path.exists() else None
    _copy_database(backup, path)
    return safety
