"""Kalender: what falls on which day — our meetings, hearing deadlines, action items due, Danish holidays.

Imported calendars (read-only mirrors of others' calendars) come in through `ImportedEvents`, the one
place where they join; the calendar view needs nothing else to show them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import col

from lokalraad_app.domain.enums import ActionStatus, MeetingStatus
from lokalraad_app.domain.models import ActionItem, Hearing, Meeting
from lokalraad_app.store.engine import Store

LOCAL = ZoneInfo("Europe/Copenhagen")
LONGEST_MEETING = timedelta(days=7)  # the calendar looks this far back for a meeting still running


class EntryKind(StrEnum):
    MEETING = "meeting"
    HEARING = "hearing"  # a hearing's deadline
    ACTION = "action"  # an open action item's due date
    HOLIDAY = "holiday"  # a Danish public holiday
    IMPORTED = "imported"  # an event of an imported calendar; `source` names the calendar


@dataclass(frozen=True)
class CalendarEntry:
    """One thing on the calendar. `first` and `last` are the local days it covers (both included);
    `start`/`end` are aware local times, None for whole-day entries."""

    kind: EntryKind
    title: str
    first: date
    last: date
    start: datetime | None = None
    end: datetime | None = None
    ref_id: int | None = None  # the meeting, hearing or action item
    meeting_kind: str = ""  # MeetingKind, for meetings
    status: str = ""  # the meeting's, hearing's or action's status
    place: str = ""
    source: str = ""  # the imported calendar's name


class ImportedEvent(Protocol):
    """What an imported calendar offers for each event (built on branch icalin)."""

    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> datetime: ...
    @property
    def end(self) -> datetime: ...
    @property
    def all_day(self) -> bool: ...


class ImportedEvents(Protocol):
    def events_between(self, start: datetime, end: datetime) -> Iterable[ImportedEvent]: ...


@cache
def _holidays(year: int) -> dict[date, str]:
    import holidays  # on first use: importing it costs about 70 ms, too much for the app's start

    return dict(holidays.country_holidays("DK", years=year, language="da"))


def danish_holiday(day: date) -> str | None:
    """The Danish public holiday on `day` in Danish ("Anden påskedag"), or None on an ordinary day."""
    return _holidays(day.year).get(day)


def holidays_between(first: date, last: date) -> list[CalendarEntry]:
    """The Danish public holidays from `first` to `last`, both included."""
    return [CalendarEntry(EntryKind.HOLIDAY, name, day, day)
            for year in range(first.year, last.year + 1)
            for day, name in sorted(_holidays(year).items()) if first <= day <= last]


def holiday_clashes(start: datetime, end: datetime) -> list[CalendarEntry]:
    """The holidays a meeting from `start` to `end` falls on (local days)."""
    return holidays_between(start.astimezone(LOCAL).date(), _last_day(start, end))


def _last_day(start: datetime, end: datetime) -> date:
    """The last local day a timed event covers: one ending at midnight does not reach into the next day."""
    return max(start, end - timedelta(microseconds=1)).astimezone(LOCAL).date()


def _local_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return (datetime.combine(first, time(), LOCAL).astimezone(UTC),
            datetime.combine(last + timedelta(days=1), time(), LOCAL).astimezone(UTC))


class CalendarService:
    def __init__(self, store: Store, imported: ImportedEvents | None = None) -> None:
        self.store = store
        self.imported = imported

    def entries(self, first: date, last: date) -> list[CalendarEntry]:
        """Everything on the local days `first` to `last` (both included), in time order per day
        (whole-day entries first)."""
        since, until = _local_bounds(first, last)
        found = [*self._meetings(since, until), *self._deadlines(first, last), *holidays_between(first, last),
                 *self._imported(since, until)]
        return sorted(found, key=lambda e: (e.first, e.start is not None, e.start or since, e.kind, e.title))

    def clashes(self, start: datetime, end: datetime) -> list[CalendarEntry]:
        """What a meeting planned from `start` to `end` would fall on: a holiday, or an imported event
        (the municipality's own meeting) at the same time."""
        return [*holiday_clashes(start, end),
                *(e for e in self._imported(start, end) if e.start and e.end and e.start < end and e.end > start)]

    def _meetings(self, since: datetime, until: datetime) -> list[CalendarEntry]:
        query = (select(col(Meeting.id), col(Meeting.title), col(Meeting.kind), col(Meeting.status),
                        col(Meeting.start), col(Meeting.end), col(Meeting.place))
                 # The lower bound on start lets SQLite use its index (the end has none): a month of the
                 # stress file in 1 ms instead of 17. Meetings are evenings; none runs for a week.
                 .where(col(Meeting.start) >= since - LONGEST_MEETING, col(Meeting.start) < until,
                        col(Meeting.end) > since))
        with self.store.read() as s:
            rows = s.execute(query).all()
        out = []
        for mid, title, kind, status, start, end, place in rows:
            # Shown in Danish local time whatever the meeting's own zone: the calendar is one wall clock.
            start, end = start.astimezone(LOCAL), end.astimezone(LOCAL)
            out.append(CalendarEntry(EntryKind.MEETING, title, start.date(), _last_day(start, end), start, end,
                                     mid, kind, status, place))
        return out

    def _deadlines(self, first: date, last: date) -> list[CalendarEntry]:
        hearings = (select(col(Hearing.id), col(Hearing.title), col(Hearing.deadline), col(Hearing.status))
                    .where(col(Hearing.deadline) >= first, col(Hearing.deadline) <= last))
        actions = (select(col(ActionItem.id), col(ActionItem.description), col(ActionItem.due))
                   .where(col(ActionItem.status) == ActionStatus.OPEN.value,
                          col(ActionItem.due) >= first, col(ActionItem.due) <= last))
        with self.store.read() as s:
            out = [CalendarEntry(EntryKind.HEARING, title, day, day, ref_id=hid, status=status)
                   for hid, title, day, status in s.execute(hearings).all()]
            out += [CalendarEntry(EntryKind.ACTION, text, day, day, ref_id=aid, status=ActionStatus.OPEN.value)
                    for aid, text, day in s.execute(actions).all()]
        return out

    def _imported(self, since: datetime, until: datetime) -> list[CalendarEntry]:
        """The one place imported calendars join the calendar: each event as an entry named by its source."""
        if self.imported is None:
            return []
        out = []
        for e in self.imported.events_between(since, until):
            if e.all_day:  # whole days: the end is the day after the last (iCalendar DTEND)
                first, last = e.start.date(), max(e.start.date(), e.end.date() - timedelta(days=1))
                out.append(CalendarEntry(EntryKind.IMPORTED, e.title, first, last, source=e.source))
            else:
                start, end = e.start.astimezone(LOCAL), e.end.astimezone(LOCAL)
                out.append(CalendarEntry(EntryKind.IMPORTED, e.title, start.date(), _last_day(start, end), start, end,
                                         source=e.source))
        return out


def is_cancelled(entry: CalendarEntry) -> bool:
    return entry.kind is EntryKind.MEETING and entry.status == MeetingStatus.CANCELLED.value


__all__ = ["CalendarEntry", "CalendarService", "EntryKind", "ImportedEvent", "ImportedEvents", "danish_holiday",
           "holiday_clashes", "holidays_between", "is_cancelled"]
