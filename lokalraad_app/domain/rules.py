"""Pure rules of the domain, shared by dialogs, services and importers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lokalraad_app.domain.enums import DeadlineKind, Severity

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_valid_email(text: str) -> bool:
    """One @, a dot in the domain, no spaces: catches typing slips without rejecting real addresses."""
    return bool(_EMAIL.match(text.strip()))


def planned_starts(start: datetime, minutes_allowed: list[int]) -> list[datetime]:
    """Each agenda item's planned start: the meeting's start plus the time allowed for those before it."""
    starts: list[datetime] = []
    at = start
    for minutes in minutes_allowed:
        starts.append(at)
        at += timedelta(minutes=max(minutes, 0))
    return starts


def agenda_overrun(start: datetime, end: datetime, minutes_allowed: list[int]) -> int:
    """Whole minutes by which the items' time allowed runs past the meeting's end; 0 when they fit."""
    over = start + timedelta(minutes=sum(max(m, 0) for m in minutes_allowed)) - end
    return max(0, math.ceil(over.total_seconds() / 60))


def is_quorate(present: int, board_size: int, fraction: float = 0.5) -> bool:
    """Quorum as statutes usually put it: at least `fraction` of the board present (half by default)."""
    return board_size > 0 and present >= math.ceil(board_size * fraction)


def carried(votes_for: int, votes_against: int, majority: str = "simple") -> bool:
    """Blank votes count for neither side. Simple: more for than against; two_thirds: at least 2/3 of votes cast."""
    cast = votes_for + votes_against
    if majority == "two_thirds":
        return cast > 0 and votes_for * 3 >= cast * 2
    return votes_for > votes_against


def series_dates(first: date, until: date, frequency: str, interval: int = 1, nth: int | None = None) -> list[date]:
    """The dates of a recurring meeting from `first` to `until`, both included.

    weekly: every `interval` weeks on first's weekday. monthly: the `nth` (1–4, or -1 for the last)
    of first's weekday in each month — "the first Tuesday of the month".
    """
    if until < first:
        return []
    if frequency == "weekly":
        step = timedelta(weeks=max(interval, 1))
        days, at = [], first
        while at <= until:
            days.append(at)
            at += step
        return days
    nth = nth if nth is not None else (first.day - 1) // 7 + 1
    result: list[date] = []
    year, month = first.year, first.month
    while date(year, month, 1) <= until:
        day = nth_weekday(year, month, first.weekday(), nth)
        if day is not None and first <= day <= until:
            result.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-based; -1 = last) given weekday (Monday = 0) of a month, or None if there is none."""
    if nth == -1:
        last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


MINUTES_APPROVED = "minutes_approved"  # a status shown, never stored: the meeting's minutes are approved


def shown_meeting_status(status: str, minutes_status: str | None) -> str:
    """What a meeting's status says: the stored one, except that approved minutes say so (they end
    the meeting's cycle; a cancelled meeting has none)."""
    if minutes_status == "approved" and status != "cancelled":
        return MINUTES_APPROVED
    return status


WARN_DAYS = 14  # a deadline this near is shown as a warning ...
URGENT_DAYS = 3  # ... and this near as urgent


def deadline_severity(due: date | None, today: date) -> Severity:
    """Warning within 14 days, urgent within 3 (the day itself included), too late once it has passed."""
    if due is None:
        return Severity.NONE
    left = (due - today).days
    if left < 0:
        return Severity.TOO_LATE
    if left <= URGENT_DAYS:
        return Severity.URGENT
    return Severity.WARNING if left <= WARN_DAYS else Severity.NONE


def hearing_due(deadline: date | None, committee_decides_on: date | None) -> date | None:
    """The day a hearing must be answered by: its deadline, or the committee's decision if that comes first
    (an answer after the committee decided is too late, whatever the deadline said)."""
    days = [d for d in (deadline, committee_decides_on) if d is not None]
    return min(days) if days else None


def hearing_severity(deadline: date | None, committee_decides_on: date | None, today: date) -> Severity:
    return deadline_severity(hearing_due(deadline, committee_decides_on), today)


@dataclass(frozen=True)
class UpcomingDeadline:
    """One deadline for the overview: what it is for, by when, how near, and the record's uid to open."""

    kind: DeadlineKind
    what: str  # the hearing's title, or the fund and the purpose
    date: date
    severity: Severity
    uid: str
