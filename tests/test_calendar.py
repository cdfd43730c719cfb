"""The calendar service over a real council file: meetings, deadlines, holidays and imported calendars by day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from lokalraad_app.domain import models
from lokalraad_app.domain.enums import MeetingKind, MeetingStatus
from lokalraad_app.services.actions import ActionInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.calendar import CalendarService, EntryKind, danish_holiday
from lokalraad_app.services.meetings import MeetingInput

CPH = ZoneInfo("Europe/Copenhagen")


@dataclass(frozen=True)
class Event:
    """An event as an imported calendar offers it (the shape the icalin branch gives)."""

    source: str
    title: str
    start: datetime
    end: datetime
    all_day: bool = False


@dataclass
class Mirror:
    events: list[Event]

    def events_between(self, start: datetime, end: datetime) -> list[Event]:
        return [e for e in self.events if e.start < end and e.end > start]


def meeting(services: AppServices, title: str, start: datetime, hours: int = 2, **kw: object) -> int:
    meeting_id, _ = services.meeting.create(MeetingInput(title=title, start=start, end=start + timedelta(hours=hours),
                                                         **kw))  # type: ignore[arg-type]
    return meeting_id


def add_hearing(services: AppServices, title: str, deadline: date) -> None:
    with services.calendar.store.session() as s:
        s.add(models.Hearing(title=title, deadline=deadline))


def test_danish_public_holidays_by_their_danish_names() -> None:
    assert danish_holiday(date(2026, 4, 6)) == "Anden påskedag"
    assert danish_holiday(date(2026, 12, 25)) == "Juledag"
    assert danish_holiday(date(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert danish_holiday(date(2026, 4, 7)) is None
    assert danish_holiday(date(2027, 3, 26)) == "Langfredag"  # Easter moves: computed for every year


def test_a_month_lists_meetings_deadlines_open_actions_and_holidays_by_day(services: AppServices) -> None:
    board = meeting(services, "Bestyrelsesmøde", datetime(2026, 3, 10, 19, 0, tzinfo=CPH), place="Hallen",
                    kind=MeetingKind.BOARD)
    meeting(services, "Dialogmøde", datetime(2026, 4, 2, 16, 0, tzinfo=CPH), kind=MeetingKind.DIALOGUE)  # outside
    meeting(services, "Aflyst møde", datetime(2026, 3, 17, 19, 0, tzinfo=CPH), status=MeetingStatus.CANCELLED)
    add_hearing(services, "Høring om lokalplan 1234", date(2026, 3, 20))
    services.actions.add(ActionInput(description="Søg puljen", due=date(2026, 3, 25)))
    done, _ = services.actions.add(ActionInput(description="Bestil hallen", due=date(2026, 3, 26)))
    services.actions.close(done)

    entries = services.calendar.entries(date(2026, 3, 1), date(2026, 3, 31))

    assert [(e.first, e.kind, e.title) for e in entries] == [
        (date(2026, 3, 10), EntryKind.MEETING, "Bestyrelsesmøde"),
        (date(2026, 3, 17), EntryKind.MEETING, "Aflyst møde"),
        (date(2026, 3, 20), EntryKind.HEARING, "Høring om lokalplan 1234"),
        (date(2026, 3, 25), EntryKind.ACTION, "Søg puljen"),  # the closed one is not due any more
    ]
    first = entries[0]
    assert (first.ref_id, first.meeting_kind, first.status, first.place) == (board, "board", "planned", "Hallen")
    assert first.start == datetime(2026, 3, 10, 19, 0, tzinfo=CPH) and first.end is not None
    assert first.end.hour == 21 and entries[1].status == "cancelled"
    april = services.calendar.entries(date(2026, 4, 1), date(2026, 4, 6))
    assert [(e.first, e.kind, e.title) for e in april] == [
        (date(2026, 4, 2), EntryKind.HOLIDAY, "Skærtorsdag"),  # whole days before the day's meetings
        (date(2026, 4, 2), EntryKind.MEETING, "Dialogmøde"),
        (date(2026, 4, 3), EntryKind.HOLIDAY, "Langfredag"),
        (date(2026, 4, 5), EntryKind.HOLIDAY, "Påskedag"),
        (date(2026, 4, 6), EntryKind.HOLIDAY, "Anden påskedag"),
    ]


def test_days_are_danish_local_days_a_late_meeting_stays_on_its_evening(services: AppServices) -> None:
    # 23.30–00.30 local is 22.30–23.30 UTC in winter: still 31 January here, and it runs into 1 February.
    meeting(services, "Sent møde", datetime(2026, 1, 31, 23, 30, tzinfo=CPH), hours=1)
    meeting(services, "Til midnat", datetime(2026, 2, 5, 22, 0, tzinfo=CPH), hours=2)  # ends at 00.00
    [late] = services.calendar.entries(date(2026, 1, 31), date(2026, 1, 31))
    assert (late.first, late.last) == (date(2026, 1, 31), date(2026, 2, 1))
    assert [e.title for e in services.calendar.entries(date(2026, 2, 1), date(2026, 2, 1))] == ["Sent møde"]
    assert services.calendar.entries(date(2026, 2, 6), date(2026, 2, 6)) == []
    utc_start = datetime(2026, 1, 31, 22, 30, tzinfo=UTC)
    assert late.start == utc_start


def test_imported_calendars_join_as_entries_named_by_their_calendar(services: AppServices) -> None:
    mirror = Mirror([
        Event("Lejre Kommune", "Byrådsmøde", datetime(2026, 3, 12, 17, 0, tzinfo=CPH),
              datetime(2026, 3, 12, 20, 0, tzinfo=CPH)),
        Event("Lejre Kommune", "Kommunens kulturuge", datetime(2026, 3, 16, tzinfo=UTC),
              datetime(2026, 3, 19, tzinfo=UTC), all_day=True),  # 16–18 March: iCalendar's end is the day after
    ])
    calendar = CalendarService(services.calendar.store, imported=mirror)
    entries = calendar.entries(date(2026, 3, 1), date(2026, 3, 31))
    assert [(e.kind, e.source, e.title, e.first, e.last, e.start is None) for e in entries] == [
        (EntryKind.IMPORTED, "Lejre Kommune", "Byrådsmøde", date(2026, 3, 12), date(2026, 3, 12), False),
        (EntryKind.IMPORTED, "Lejre Kommune", "Kommunens kulturuge", date(2026, 3, 16), date(2026, 3, 18), True),
    ]
    # Planning on top of the municipality's meeting, or on a holiday, is a clash; the evening after is not.
    at_council = calendar.clashes(datetime(2026, 3, 12, 19, 0, tzinfo=CPH), datetime(2026, 3, 12, 21, 0, tzinfo=CPH))
    assert [(c.kind, c.title) for c in at_council] == [(EntryKind.IMPORTED, "Byrådsmøde")]
    assert calendar.clashes(datetime(2026, 3, 12, 20, 0, tzinfo=CPH), datetime(2026, 3, 12, 22, 0, tzinfo=CPH)) == []
    easter = calendar.clashes(datetime(2026, 4, 6, 19, 0, tzinfo=CPH), datetime(2026, 4, 6, 21, 0, tzinfo=CPH))
    assert [(c.kind, c.title) for c in easter] == [(EntryKind.HOLIDAY, "Anden påskedag")]
