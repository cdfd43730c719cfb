"""Reading an iCalendar object from the bytes of an .ics file or a saved mail (.eml), as other programs write them."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from email.message import EmailMessage
from email.utils import parseaddr
from typing import Any

import icalendar

# Some producers write "BYDAY=MO, TU, WE" (spaces in a list); the value is clear, only the spaces are wrong.
RULE_LINE = re.compile(r"^((?:RRULE|EXRULE)[;:][^\r\n]*)$", re.MULTILINE | re.IGNORECASE)
UNFOLD = re.compile(r"\r?\n[ \t]")


class CalendarReadError(Exception):
    """The file cannot be used; `code` is stable (for translations), the message says why in English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CalendarData:
    calendar: icalendar.Calendar
    sender: str  # the mail's From address (lower case) when read from a mail, else ""


def is_mail(data: bytes) -> bool:
    return not data.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def read_calendar_data(data: bytes) -> CalendarData:
    """The calendar in an .ics file, or in the calendar part of a saved mail."""
    if not data.strip():
        raise CalendarReadError("empty", "the file is empty")
    sender = ""
    if is_mail(data):
        message = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        if not message.keys():  # no header at all: plain text, not a mail
            raise CalendarReadError("not_calendar", "this is neither a calendar file (.ics) nor a saved mail (.eml)")
        data = calendar_part(message)
        sender = address(parseaddr(str(message.get("From", "")))[1])
    return CalendarData(parse_calendar(data), sender)


def calendar_part(message: EmailMessage) -> bytes:
    """The iTIP object of a mail: its text/calendar part, else an application/ics or .ics attachment."""
    parts = [p for p in message.walk() if not p.is_multipart()]
    ranked = ([p for p in parts if p.get_content_type() == "text/calendar"]
              + [p for p in parts if p.get_content_type() == "application/ics"]
              + [p for p in parts if (p.get_filename() or "").lower().endswith(".ics")])
    for part in ranked:
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            return payload
    raise CalendarReadError("no_calendar_in_mail", "the mail holds no calendar part (text/calendar or an .ics "
                                                   "attachment)")


def parse_calendar(data: bytes) -> icalendar.Calendar:
    text = _decode(data)
    text = RULE_LINE.sub(lambda m: re.sub(r",\s+", ",", m.group(1)), UNFOLD.sub("", text))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as e:  # noqa: BLE001 -- foreign bytes: whatever the parser trips over, the file is unreadable
        raise CalendarReadError("unreadable", f"not a readable iCalendar file ({first_line(e)})") from None
    if not isinstance(calendar, icalendar.Calendar):
        raise CalendarReadError("unreadable", "not an iCalendar file (no VCALENDAR)")
    return calendar


def address(value: object) -> str:
    """An e-mail address as we compare it: "MAILTO:Ane@X.dk" -> "ane@x.dk"."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    return text.strip().casefold()


def events_of(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]


def other_parts(calendar: icalendar.Calendar) -> str:
    """What a calendar without events holds instead, for the refusal: ", only VFREEBUSY"."""
    kinds = sorted({str(c.name) for c in calendar.subcomponents if c.name != "VTIMEZONE"})
    return f", only {', '.join(kinds)}" if kinds else ""


def moment(prop: Any, zone: tzinfo) -> datetime:
    """A DTSTAMP, RECURRENCE-ID or the like as an aware UTC datetime."""
    value = prop.dt
    if not isinstance(value, date):
        raise CalendarReadError("unreadable", f"not a date or time: {value!r}")
    return to_utc(value, zone)


def to_utc(value: date | datetime, zone: tzinfo) -> datetime:
    """An aware UTC datetime; floating times are in `zone`, a date is its midnight there."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(), tzinfo=zone)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # older Outlook exports


def first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
