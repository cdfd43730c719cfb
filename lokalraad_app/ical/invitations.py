"""Invitations, updates, cancellations and the council feed as iCalendar (iTIP, RFC 5546), from plain data.

No store and no sessions: the invitation service reads the file and hands plain records in here.
What the clients need is in INTEROP.md: METHOD at calendar level, one-off meetings in UTC, a series
in local time with a VTIMEZONE written with yearly RRULEs (Outlook mishandles the RDATE-list form).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

PRODID = "-//Lokalråd//Lokalråd//DA"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REQUEST, CANCEL, PUBLISH = "REQUEST", "CANCEL", "PUBLISH"


@dataclass(frozen=True)
class Party:
    """The organiser or one invitee. `observer`: the municipality's copy (NON-PARTICIPANT, no answer asked)."""

    name: str
    email: str
    observer: bool = False


@dataclass(frozen=True)
class Occurrence:
    """One date of a series that differs from the rule: moved, another place or title, or cancelled."""

    recurrence_id: datetime  # the date's original start (aware)
    start: datetime
    end: datetime
    title: str
    place: str
    cancelled: bool = False


@dataclass(frozen=True)
class Recurrence:
    """A series' rule, as MeetingSeries stores it (domain.rules.series_dates gives the same dates)."""

    frequency: str  # weekly | monthly
    interval: int
    nth: int | None  # monthly: the nth weekday of the month (-1 the last)
    until: date
    exdates: tuple[datetime, ...] = ()  # dates of the rule with no meeting (deleted ones)
    overrides: tuple[Occurrence, ...] = ()


@dataclass(frozen=True)
class MeetingEvent:
    """A meeting (or a series, with `recurrence`) as it goes into a calendar. Times aware."""

    uid: str
    sequence: int
    title: str
    start: datetime
    end: datetime
    place: str = ""
    description: str = ""
    cancelled: bool = False
    timezone: str = "Europe/Copenhagen"
    recurrence: Recurrence | None = None

    def snapshot(self) -> Snapshot:
        return Snapshot(self.title, self.start, self.end, self.place, self.cancelled, fingerprint(self))


@dataclass(frozen=True)
class Snapshot:
    """What a recipient was last sent of a meeting, to say what changed since."""

    title: str
    start: datetime
    end: datetime
    place: str
    cancelled: bool
    fingerprint: str = ""  # the significant properties as one string (fingerprint())


@dataclass
class CalendarObject:
    """One iTIP object: its METHOD and the serialised VCALENDAR."""

    method: str
    data: bytes
    uid: str
    sequence: int


# --- time zones -----------------------------------------------------------------------------------


@cache
def vtimezone(tzid: str) -> Timezone:
    """A VTIMEZONE with one yearly rule each way (the EU rule: last Sunday of March and of October at
    01:00 UTC), or a single STANDARD part for a zone without summer time. Other rules are refused."""
    zone = ZoneInfo(tzid)
    year = datetime.now(UTC).year
    winter = datetime(year, 1, 15, 12, tzinfo=zone).utcoffset() or timedelta(0)
    summer = datetime(year, 7, 15, 12, tzinfo=zone).utcoffset() or timedelta(0)
    tz = Timezone()
    tz.add("tzid", tzid)
    if winter == summer:
        part = TimezoneStandard()
        part.add("tzname", datetime(year, 1, 15, tzinfo=zone).tzname())
        part.add("dtstart", datetime(1970, 1, 1))
        part.add("tzoffsetfrom", winter)
        part.add("tzoffsetto", winter)
        tz.add_component(part)
        return tz
    if not tzid.startswith("Europe/") or summer - winter != timedelta(hours=1):
        raise ValueError(f"no VTIMEZONE rule known for {tzid}")
    switch = time(1)  # UTC
    daylight = TimezoneDaylight()
    daylight.add("tzname", datetime(year, 7, 15, tzinfo=zone).tzname())
    daylight.add("dtstart", datetime.combine(date(1970, 3, 29), switch) + winter)  # last Sunday of March 1970
    daylight.add("tzoffsetfrom", winter)
    daylight.add("tzoffsetto", summer)
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    standard = TimezoneStandard()
    standard.add("tzname", datetime(year, 1, 15, tzinfo=zone).tzname())
    standard.add("dtstart", datetime.combine(date(1970, 10, 25), switch) + summer)  # last Sunday of October
    standard.add("tzoffsetfrom", summer)
    standard.add("tzoffsetto", winter)
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


# --- events ---------------------------------------------------------------------------------------


def _address(party: Party, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{party.email}")
    if party.name:
        address.params["CN"] = vText(party.name)
    if role is not None:
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = "NON-PARTICIPANT" if party.observer else role
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "FALSE" if party.observer else "TRUE"
    return address


def _rrule(event: MeetingEvent, local_start: datetime) -> dict[str, object]:
    rec = event.recurrence
    assert rec is not None
    weekday = WEEKDAY_CODES[local_start.weekday()]
    # UNTIL is in UTC when DTSTART has a TZID (RFC 5545); the end of the last day keeps that day's meeting.
    until = datetime.combine(rec.until, time(23, 59, 59), tzinfo=local_start.tzinfo).astimezone(UTC)
    if rec.frequency == "weekly":
        return {"freq": "weekly", "interval": max(rec.interval, 1), "byday": weekday, "until": until}
    nth = rec.nth if rec.nth is not None else (local_start.day - 1) // 7 + 1  # as series_dates counts it
    return {"freq": "monthly", "byday": f"{nth}{weekday}", "until": until}


def _vevent(event: MeetingEvent, stamp: datetime, *, title: str, start: datetime, end: datetime, place: str,
            cancelled: bool, description: str) -> Event:
    ev = Event()
    ev.add("uid", event.uid)
    ev.add("dtstamp", stamp.astimezone(UTC))
    ev.add("sequence", event.sequence)
    ev.add("summary", title)
    ev.add("dtstart", start)
    ev.add("dtend", end)
    if place:
        ev.add("location", place)
    if description:
        ev.add("description", description)
    ev.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return ev


def vevents(event: MeetingEvent, stamp: datetime, method: str, organizer: Party | None = None,
            attendees: Sequence[Party] = ()) -> list[Event]:
    """The VEVENTs of one meeting: one for a single meeting (UTC); for a series the master with its
    RRULE in local time, then one RECURRENCE-ID instance per changed or cancelled date."""
    cancelled = event.cancelled or method == CANCEL

    def people(ev: Event) -> Event:
        if organizer is not None:
            ev.add("organizer", _address(organizer))
        for party in attendees:
            ev.add("attendee", _address(party, "REQ-PARTICIPANT"))
        return ev

    if event.recurrence is None:
        return [people(_vevent(event, stamp, title=event.title, start=event.start.astimezone(UTC),
                               end=event.end.astimezone(UTC), place=event.place, cancelled=cancelled,
                               description=event.description))]
    zone = ZoneInfo(event.timezone)
    local = event.start.astimezone(zone)
    master = _vevent(event, stamp, title=event.title, start=local, end=event.end.astimezone(zone),
                     place=event.place, cancelled=cancelled, description=event.description)
    master.add("rrule", _rrule(event, local))
    if event.recurrence.exdates:
        master.add("exdate", [d.astimezone(zone) for d in event.recurrence.exdates])
    out = [people(master)]
    for o in event.recurrence.overrides:
        ev = _vevent(event, stamp, title=o.title, start=o.start.astimezone(zone), end=o.end.astimezone(zone),
                     place=o.place, cancelled=cancelled or o.cancelled, description=event.description)
        ev.add("recurrence-id", o.recurrence_id.astimezone(zone))
        out.append(people(ev))
    return out


def _calendar(method: str | None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    return cal


def itip(event: MeetingEvent, method: str, organizer: Party, attendees: Sequence[Party],
         stamp: datetime) -> CalendarObject:
    """One iTIP object: REQUEST (invitation or update) or CANCEL (with STATUS:CANCELLED; the caller gives
    the raised SEQUENCE). `attendees`: everyone invited for a REQUEST; for a CANCEL those it cancels for."""
    if method not in (REQUEST, CANCEL):
        raise ValueError(f"unknown iTIP method {method}")
    cal = _calendar(method)
    if event.recurrence is not None:
        cal.add_component(vtimezone(event.timezone))
    for ev in vevents(event, stamp, method, organizer, attendees):
        cal.add_component(ev)
    return CalendarObject(method, cal.to_ical(), event.uid, event.sequence)


def resource(event: MeetingEvent, organizer: Party, attendees: Sequence[Party], stamp: datetime) -> bytes:
    """The meeting as a CalDAV calendar object (RFC 4791: the same VEVENTs, no METHOD)."""
    cal = _calendar(None)
    if event.recurrence is not None:
        cal.add_component(vtimezone(event.timezone))
    for ev in vevents(event, stamp, PUBLISH, organizer, attendees):
        cal.add_component(ev)
    return bytes(cal.to_ical())


def cancel_instance(event: MeetingEvent, occurrence: Occurrence, organizer: Party, attendees: Sequence[Party],
                    stamp: datetime) -> CalendarObject:
    """A CANCEL of one date of a series (RECURRENCE-ID), leaving the other dates standing."""
    zone = ZoneInfo(event.timezone)
    cal = _calendar(CANCEL)
    cal.add_component(vtimezone(event.timezone))
    ev = _vevent(event, stamp, title=occurrence.title, start=occurrence.start.astimezone(zone),
                 end=occurrence.end.astimezone(zone), place=occurrence.place, cancelled=True, description="")
    ev.add("recurrence-id", occurrence.recurrence_id.astimezone(zone))
    ev.add("organizer", _address(organizer))
    for party in attendees:
        ev.add("attendee", _address(party, "REQ-PARTICIPANT"))
    cal.add_component(ev)
    return CalendarObject(CANCEL, cal.to_ical(), event.uid, event.sequence)


def feed(events: Sequence[MeetingEvent], name: str, stamp: datetime) -> bytes:
    """The council's calendar to subscribe to: every meeting, published (no invitation, no attendees:
    a feed is readable by anyone with its address, so it carries no member's e-mail)."""
    cal = _calendar(PUBLISH)
    cal.add("x-wr-calname", name)
    zones = sorted({e.timezone for e in events if e.recurrence is not None})
    for tzid in zones:
        cal.add_component(vtimezone(tzid))
    for event in events:
        for ev in vevents(event, stamp, PUBLISH):
            cal.add_component(ev)
    return bytes(cal.to_ical())


def fingerprint(event: MeetingEvent) -> str:
    """The properties whose change needs a new SEQUENCE (INTEROP.md: time, rule, place, title, status),
    as one string; the description (the agenda) is left out: a new agenda is no reason to ask again."""
    parts = [event.title, event.start.astimezone(UTC).isoformat(), event.end.astimezone(UTC).isoformat(),
             event.place, str(event.cancelled)]
    rec = event.recurrence
    if rec is not None:
        parts += [rec.frequency, str(rec.interval), str(rec.nth), rec.until.isoformat(),
                  *(d.astimezone(UTC).isoformat() for d in rec.exdates)]
        for o in rec.overrides:
            parts += [o.recurrence_id.astimezone(UTC).isoformat(), o.start.astimezone(UTC).isoformat(),
                      o.end.astimezone(UTC).isoformat(), o.title, o.place, str(o.cancelled)]
    return "\x1f".join(parts)


# --- what changed ---------------------------------------------------------------------------------


def change_line(before: Snapshot, after: Snapshot, when: Callable[[datetime, datetime], str]) -> str:
    """One Danish line on what changed since `before` was sent ("Nyt tidspunkt: …. Nyt sted: …."); empty
    when nothing a reader would notice changed. `when` writes a local start–end the Danish way."""
    if after.cancelled and not before.cancelled:
        return f"Mødet er aflyst ({when(before.start, before.end)})."
    parts = []
    if after.title != before.title:
        parts.append(f"Ny titel: {after.title}")
    if (after.start, after.end) != (before.start, before.end):
        parts.append(f"Nyt tidspunkt: {when(after.start, after.end)} (før {when(before.start, before.end)})")
    if after.place != before.place:
        parts.append(f"Nyt sted: {after.place or 'intet sted angivet'}" +
                     (f" (før {before.place})" if before.place else ""))
    if not parts and after.fingerprint != before.fingerprint:
        parts.append("Enkelte datoer i mødeserien er ændret")
    return ". ".join(parts) + ("." if parts else "")


def agenda_summary(titles: Sequence[str]) -> str:
    """The agenda in short, as the DESCRIPTION: the items' titles, numbered."""
    if not titles:
        return ""
    return "Dagsorden:\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(titles, start=1))


__all__ = ["CANCEL", "PUBLISH", "REQUEST", "CalendarObject", "MeetingEvent", "Occurrence", "Party", "Recurrence",
           "Snapshot", "agenda_summary", "cancel_instance", "change_line", "feed", "fingerprint", "itip", "resource",
           "vevents", "vtimezone"]
