"""What the command line reads and how it opens a council file: meeting list, existence check, lock.

The CLI reaches the store only through services; the lock and the store's errors are handed on
from here so that it never imports `store/` itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlmodel import col

from lokalraad_app.domain.models import AgendaItem, Meeting
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.store.backup import RestoreError
from lokalraad_app.store.engine import Store, StoreError
from lokalraad_app.store.lock import FileLock, FileLockedError
from lokalraad_app.store.schema import SchemaState, read_schema_state


@dataclass(frozen=True)
class MeetingListRow:
    """One meeting as a list shows it; times are aware, in the meeting's own zone."""

    id: int
    uid: str
    kind: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    status: str
    place: str
    agenda_items: int


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


class MeetingListService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def meetings(self) -> list[MeetingListRow]:
        """Every meeting in time order, with its number of agenda items (one query, no object graphs)."""
        counts = (
            select(col(AgendaItem.meeting_id).label("meeting_id"), func.count().label("n"))
            .group_by(col(AgendaItem.meeting_id))
            .subquery()
        )
        query = (
            select(col(Meeting.id), col(Meeting.uid), col(Meeting.kind), col(Meeting.title), col(Meeting.start),
                   col(Meeting.end), col(Meeting.timezone), col(Meeting.status), col(Meeting.place),
                   func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.meeting_id == col(Meeting.id))
            .order_by(col(Meeting.start), col(Meeting.id))
        )
        with self.store.read() as s:
            rows = s.execute(query).all()
        out = []
        for mid, uid, kind, title, start, end, tz, status, place, n in rows:
            zone = _zone(tz or "Europe/Copenhagen")
            out.append(MeetingListRow(mid, uid, kind, title, start.astimezone(zone), end.astimezone(zone),
                                      tz, status, place, int(n)))
        return out


# --- opening a file for one headless command --------------------------------------------------------


def no_council_file(path: Path) -> bool:
    """True when there is nothing at `path` a command could read (a missing or empty file)."""
    return not path.is_file() or path.stat().st_size == 0


@dataclass
class CommandServices:
    """The services one command uses over one open file."""

    app: AppServices
    meetings: MeetingListService


@contextmanager
def open_for_command(path: Path, *, write: bool) -> Iterator[CommandServices]:
    """Opens an existing council file for one command and closes it after.

    A command that writes holds the file's lock throughout (a running app refuses it); so does a
    read that first has to upgrade an older file, since the upgrade writes. Plain reads take no
    lock, so `lokalraad members` works while the app has the file open.
    """
    path = Path(path)
    if no_council_file(path):
        raise StoreError(f"no council file at {path}")
    upgrading = read_schema_state(path) is SchemaState.OLDER
    with _maybe_locked(path, write or upgrading):
        app = open_services(path, backup=write or upgrading)
        try:
            # The bundle keeps its store private; the meeting list is a read over the same one.
            yield CommandServices(app, MeetingListService(app._store))
        finally:
            app.close()


@contextmanager
def _maybe_locked(path: Path, lock: bool) -> Iterator[None]:
    if not lock:
        yield
        return
    with FileLock(path):
        yield


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Holds the council file's lock (for commands that replace or create the whole file)."""
    with FileLock(Path(path)):
        yield


__all__ = ["CommandServices", "FileLockedError", "MeetingListRow", "MeetingListService", "RestoreError",
           "StoreError", "locked", "no_council_file", "open_for_command"]
