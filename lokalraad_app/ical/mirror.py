"""Calendars of others (the municipality's meetings, hearing deadlines, a published calendar) read for a
read-only mirror: series expanded over a window, Google's X-WR-TIMEZONE and Windows zone names handled, and
each event that cannot be read skipped with its reason instead of spoiling the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

import icalendar
import recurring_ical_events
import x_wr_timezone

from lokalraad_app.ical.reading import (
    CalendarReadError,
    events_of,
    first_line,
    moment,
    other_parts,
    read_calendar_data,
    to_utc,
)

SERIES_PROPERTIES = ("RRULE", "RDATE", "RECURRENCE-ID")
TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")


@dataclass(frozen=True)
class MirrorEvent:
    """One occurrence, times in UTC; an all-day event runs from midnight to midnight in the council's zone."""

    uid: str
    recurrence_id: datetime | None  # the occurrence's original start, for an event of a series
    title: str
    location: str
    start: datetime
    end: datetime
    all_day: bool


@dataclass(frozen=True)
class SkippedEvent:
    what: str  # the event's title (or UID), as the user may recognise it
    reason: str  # in English, for the command line
    code: str  # stable, for translations: unreadable, no_start, incomplete, unknown_zone, mixed, backwards, bad_rule
    detail: str = ""  # what the code is about: the properties, the zone, the parser's words


@dataclass(frozen=True)
class MirrorRead:
    events: list[MirrorEvent]
    skipped: list[SkippedEvent]
    total: int  # events (VEVENTs) in the file, skipped ones included


def read_mirror(data: bytes, window_start: datetime, window_end: datetime, zone: tzinfo) -> MirrorRead:
    """The occurrences between window_start and window_end of the calendar in `data` (.ics, or a mail with one).

    Raises CalendarReadError when the file is not a calendar or holds no event at all; a file whose events
    all were skipped or fall outside the window is the caller's to refuse (it knows the window's words).
    """
    calendar = read_calendar_data(data).calendar
    try:
        calendar = x_wr_timezone.to_standard(calendar)
    except Exception:  # noqa: BLE001 -- an X-WR-TIMEZONE nobody knows: the times as written are all we have
        pass
    vevents = events_of(calendar)
    if not vevents:
        raise CalendarReadError("no_events", f"the calendar holds no events (VEVENT){other_parts(calendar)}")
    skipped: list[SkippedEvent] = []
    groups: dict[str, list[icalendar.Event]] = {}
    for index, event in enumerate(vevents):
        problem = _problem(event)
        if problem is not None:
            skipped.append(SkippedEvent(_name(event), *problem))
        else:  # an event without UID is its own series
            groups.setdefault(str(event.get("UID", "")).strip() or f"#{index}", []).append(event)
    timezones = calendar.walk("VTIMEZONE")
    events: list[MirrorEvent] = []
    try:
        events = list(_expand(_calendar_of(timezones, groups.values()), groups, window_start, window_end, zone))
    except Exception:  # noqa: BLE001 -- one series the checks above did not catch: find it, keep the others
        for key, group in groups.items():
            try:
                events += _expand(_calendar_of(timezones, [group]), {key: group}, window_start, window_end, zone)
            except Exception as e:  # noqa: BLE001 -- a broken series of a foreign file is skipped, not fatal
                skipped.append(SkippedEvent(_name(group[0]), f"its repetition cannot be read ({first_line(e)})",
                                            "bad_rule", first_line(e)))
    events.sort(key=lambda e: (e.start, e.title))
    return MirrorRead(events, skipped, len(vevents))


def _problem(event: icalendar.Event) -> tuple[str, str, str] | None:
    """Why the event cannot be shown (reason, code, detail), or None when it can."""
    broken = sorted({name for name, _ in getattr(event, "errors", []) if name in TIME_PROPERTIES})
    if broken:
        return f"unreadable {', '.join(broken)}", "unreadable", ", ".join(broken)
    if event.get("DTSTART") is None:
        return "no start time (DTSTART)", "no_start", ""
    try:
        start, end = event.start, event.end
    except Exception as e:  # noqa: BLE001 -- icalendar's own words for an incomplete event
        return first_line(e), "incomplete", first_line(e)
    zone_name = event["DTSTART"].params.get("TZID")
    if isinstance(start, datetime) and start.tzinfo is None and zone_name:
        return f"unknown time zone {zone_name}", "unknown_zone", str(zone_name)
    if isinstance(start, datetime) != isinstance(end, datetime):
        return "start and end are not both dates or both times", "mixed", ""
    if isinstance(start, datetime) and isinstance(end, datetime) and (start.tzinfo is None) != (end.tzinfo is None):
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)  # one floating, one with a zone
    backwards = end < start
    if backwards:
        return "ends before it starts", "backwards", ""
    return None


def _calendar_of(timezones: list[icalendar.Component],
                 groups: Iterable[list[icalendar.Event]]) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    for component in timezones:
        calendar.add_component(component)
    for group in groups:
        for event in group:
            calendar.add_component(event)
    return calendar


def _expand(calendar: icalendar.Calendar, groups: dict[str, list[icalendar.Event]], window_start: datetime,
            window_end: datetime, zone: tzinfo) -> list[MirrorEvent]:
    series = {str(group[0].get("UID", "")).strip() for group in groups.values()
              if any(p in e for e in group for p in SERIES_PROPERTIES)}
    result = []
    for occurrence in recurring_ical_events.of(calendar).between(window_start, window_end):
        if str(occurrence.get("STATUS", "")).upper() == "CANCELLED":
            continue  # a cancelled occurrence does not happen
        uid = str(occurrence.get("UID", "")).strip()
        start, end = occurrence.start, occurrence.end
        recurrence = occurrence.get("RECURRENCE-ID")
        result.append(MirrorEvent(
            uid=uid,
            recurrence_id=moment(recurrence, zone) if uid in series and recurrence is not None else None,
            title=_text(occurrence.get("SUMMARY")), location=_text(occurrence.get("LOCATION")),
            start=to_utc(start, zone), end=to_utc(end, zone), all_day=not isinstance(start, datetime)))
    return result


def _name(event: icalendar.Event) -> str:
    return _text(event.get("SUMMARY")) or str(event.get("UID", "")).strip() or "(no title)"


def _text(value: object) -> str:
    return " ".join(str(value or "").split())
