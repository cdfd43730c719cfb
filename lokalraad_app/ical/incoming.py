"""Invitees' answers read back: iTIP REPLY and COUNTER (RFC 5546) from an .ics file or a saved mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

import icalendar

from lokalraad_app.domain.enums import Answer
from lokalraad_app.ical.reading import (
    CalendarReadError,
    address,
    events_of,
    first_line,
    moment,
    other_parts,
    read_calendar_data,
    to_utc,
)

PARTSTAT_ANSWERS = {
    "ACCEPTED": Answer.YES,
    "DECLINED": Answer.NO,
    "TENTATIVE": Answer.MAYBE,
    "NEEDS-ACTION": Answer.PENDING,
    "DELEGATED": Answer.NO,  # someone else goes instead
}
OLDEST = datetime(1970, 1, 1, tzinfo=UTC)  # a reply without DTSTAMP is older than any with one


@dataclass(frozen=True)
class ItipAnswer:
    """One invitee's answer to one meeting (or one occurrence of a series)."""

    method: str  # REPLY or COUNTER
    uid: str
    recurrence_id: datetime | None  # UTC; the occurrence of a series answered, None for the whole
    sequence: int
    dtstamp: datetime  # UTC
    attendee: str  # the e-mail address, lower case, without mailto:
    attendee_name: str  # CN, as written ("" when not given): tells apart invitees who share an address
    partstat: str  # as sent, upper case
    comment: str = ""
    proposed_start: datetime | None = None  # COUNTER: the time proposed (UTC)
    proposed_end: datetime | None = None

    @property
    def answer(self) -> Answer | None:
        return PARTSTAT_ANSWERS.get(self.partstat)


def read_answers(data: bytes, zone: tzinfo) -> list[ItipAnswer]:
    """The answers in an .ics file or a saved mail; `zone` places times written without one (floating).

    Raises CalendarReadError for anything that is not a usable REPLY or COUNTER.
    """
    found = read_calendar_data(data)
    calendar = found.calendar
    method = str(calendar.get("METHOD", "")).strip().upper()
    if method not in ("REPLY", "COUNTER"):
        raise CalendarReadError(*_not_an_answer(method))
    events = events_of(calendar)
    if not events:
        raise CalendarReadError("no_event", f"the reply holds no meeting (VEVENT){other_parts(calendar)}")
    answers = []
    for event in events:
        try:
            answers.append(_answer(event, method, found.sender, zone))
        except CalendarReadError:
            raise
        except Exception as e:  # noqa: BLE001 -- icalendar's refusal of a malformed property, in its words
            raise CalendarReadError("unreadable", f"the answer cannot be read ({first_line(e)})") from None
    return answers


def _not_an_answer(method: str) -> tuple[str, str]:
    if method == "CANCEL":
        return ("cancel", "this is a cancellation (METHOD:CANCEL), not an answer; Lokalråd organises its own "
                          "meetings, so nobody else cancels them")
    if method in ("REQUEST", "PUBLISH", "ADD", ""):
        return ("not_reply", "this is an invitation or a calendar, not an answer to one of our invitations; "
                             "to show it beside the meetings, import it as a calendar (--as-calendar NAME)")
    return ("not_reply", f"METHOD:{method} is not an answer (only REPLY and COUNTER are read)")


def _answer(event: icalendar.Event, method: str, sender: str, zone: tzinfo) -> ItipAnswer:
    uid = str(event.get("UID", "")).strip()
    if not uid:
        raise CalendarReadError("no_uid", "the answer names no meeting (no UID)")
    broken = [name for name, _ in getattr(event, "errors", [])]
    if broken:
        raise CalendarReadError("unreadable", f"the answer to {uid} has unreadable {', '.join(sorted(set(broken)))}")
    attendee, partstat, name = _who(event, method, sender, uid)
    proposed_start = proposed_end = None
    if method == "COUNTER":
        if event.get("DTSTART") is None:
            raise CalendarReadError("no_time", f"the counter-proposal for {uid} proposes no time (no DTSTART)")
        proposed_start = to_utc(event.start, zone)
        proposed_end = to_utc(event.end, zone)
    comment = " ".join(str(c) for c in _as_list(event.get("COMMENT")))
    recurrence = event.get("RECURRENCE-ID")
    return ItipAnswer(
        method=method, uid=uid,
        recurrence_id=moment(recurrence, zone) if recurrence is not None else None,
        sequence=int(event.get("SEQUENCE", 0) or 0),
        dtstamp=moment(event["DTSTAMP"], zone) if event.get("DTSTAMP") is not None else OLDEST,
        attendee=attendee, attendee_name=name, partstat=partstat, comment=comment,
        proposed_start=proposed_start, proposed_end=proposed_end)


def _who(event: icalendar.Event, method: str, sender: str, uid: str) -> tuple[str, str, str]:
    """The one attendee who answers: address, PARTSTAT and name (CN).

    A REPLY names exactly that attendee (Outlook often leaves out ORGANIZER: not needed). A COUNTER may list
    everyone; then the proposer is the mail's sender, or the only attendee who is not the organiser.
    """
    attendees = [(_attendee_address(a), str(getattr(a, "params", {}).get("PARTSTAT", "NEEDS-ACTION")).upper(),
                  " ".join(str(getattr(a, "params", {}).get("CN", "")).split()))
                 for a in _as_list(event.get("ATTENDEE"))]
    attendees = [a for a in attendees if a[0]]
    if not attendees:
        raise CalendarReadError("no_attendee", f"the answer to {uid} names nobody (no ATTENDEE)")
    if len(attendees) == 1:
        return attendees[0]
    from_sender = [a for a in attendees if a[0] == sender]
    if sender and len(from_sender) == 1:
        return from_sender[0]
    organiser = address(event.get("ORGANIZER", ""))
    others = [a for a in attendees if a[0] != organiser]
    if method == "COUNTER" and len(others) == 1:
        return others[0]
    raise CalendarReadError("several_attendees", f"the answer to {uid} names {len(attendees)} attendees, so it is "
                                                 "not clear whose answer it is; import the mail (.eml) it came in")


def _attendee_address(attendee: Any) -> str:
    """The attendee's address: the value, or the EMAIL parameter where the value is not an address."""
    value = address(attendee)
    if "@" not in value:
        params = getattr(attendee, "params", {})
        value = address(params.get("EMAIL", "")) if "@" in str(params.get("EMAIL", "")) else ""
    return value


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
