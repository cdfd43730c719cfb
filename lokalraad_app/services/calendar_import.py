"""Calendar files read back: invitees' answers (REPLY, COUNTER) to our meetings, and read-only mirrors of
others' calendars beside them (the municipality's meetings, hearing deadlines, a published calendar).

Both are all or nothing: a refused file changes nothing. The calendar view reads the mirrors through
`events_between`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, or_
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import CounterStatus, MeetingStatus, MinutesStatus, ReplyNotApplied
from lokalraad_app.domain.models import (
    Attendance,
    CalendarEvent,
    CalendarReply,
    CalendarSource,
    Council,
    Meeting,
    Minutes,
    Person,
    utc_now,
)
from lokalraad_app.ical.incoming import ItipAnswer, read_answers
from lokalraad_app.ical.mirror import MirrorRead, SkippedEvent, read_mirror
from lokalraad_app.ical.reading import CalendarReadError
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes, writing
from lokalraad_app.store.engine import Store
from lokalraad_app.sync.calendar_feed import FeedError, fetch, is_feed_url

# The mirror holds what happens from a year ago to two years ahead (series are expanded over it).
WINDOW_BACK = timedelta(days=365)
WINDOW_AHEAD = timedelta(days=2 * 365)
MAX_FILE_BYTES = 50 * 1024 * 1024
SKIPPED_SHOWN = 5  # reasons named in the one-line summary; the result holds them all
CALENDAR_CHANGES: Changes = frozenset({"calendar"})
NOT_APPLIED_WORDS = {
    ReplyNotApplied.OLDER: "it is older than the answer already read",
    ReplyNotApplied.OUTDATED: "it answers an earlier version of the meeting",
    ReplyNotApplied.LOCKED: "the meeting's minutes are approved",
    ReplyNotApplied.ALREADY_READ: "it was read before",
}


@dataclass(frozen=True)
class ReplyOutcome:
    meeting_id: int
    meeting_title: str
    meeting_start: datetime  # in the meeting's zone
    name: str  # the invitee, as recorded
    method: str  # REPLY or COUNTER
    answer: str  # Answer value the reply gives ("" for a COUNTER)
    applied: bool
    reason: str  # ReplyNotApplied, when not applied
    proposed_start: datetime | None = None  # COUNTER, in the meeting's zone
    proposed_end: datetime | None = None

    def describe(self) -> str:
        when = f"{self.meeting_title} ({self.meeting_start:%Y-%m-%d %H:%M})"
        if self.method == "COUNTER":
            assert self.proposed_start is not None and self.proposed_end is not None
            return (f"{self.name} proposes {self.proposed_start:%Y-%m-%d %H:%M}–{self.proposed_end:%H:%M} for {when}; "
                    "recorded for the secretary to decide")
        if self.applied:
            return f"{self.name} answered {self.answer} to {when}"
        return (f"{self.name}'s answer {self.answer} to {when} was recorded but not applied: "
                f"{NOT_APPLIED_WORDS[ReplyNotApplied(self.reason)]}")


@dataclass(frozen=True)
class ReplyImport:
    outcomes: list[ReplyOutcome]
    changes: Changes

    def summary(self) -> str:
        return "; ".join(o.describe() for o in self.outcomes)


@dataclass(frozen=True)
class CounterProposal:
    """A proposed new time for a meeting, waiting for the secretary."""

    id: int
    meeting_id: int
    meeting_title: str
    meeting_start: datetime  # in the meeting's zone
    meeting_end: datetime
    name: str
    email: str
    proposed_start: datetime  # in the meeting's zone
    proposed_end: datetime
    comment: str
    received_at: datetime


@dataclass(frozen=True)
class MirrorImport:
    source_id: int
    source_name: str
    file_name: str  # or the URL
    events: int  # occurrences stored
    total: int  # events (VEVENTs) in the file
    skipped: list[SkippedEvent]
    replaced: bool  # an earlier import of the same source was replaced
    window_start: datetime
    window_end: datetime
    changes: Changes
    unchanged: bool = False  # a feed the server said had not changed since the last fetch: nothing read

    def summary(self) -> str:
        if self.unchanged:
            return (f'calendar "{self.source_name}" is unchanged since it was last fetched from {self.file_name} '
                    f"({self.events} events)")
        verb = "replaced" if self.replaced else "imported"
        text = (f'{verb} calendar "{self.source_name}" from {self.file_name}: {self.events} '
                f"event{'s' if self.events != 1 else ''} between {self.window_start:%Y-%m-%d} "
                f"and {self.window_end:%Y-%m-%d}")
        if self.skipped:
            text += f"; {skipped_text(self.skipped, self.total)}"
        return text


@dataclass(frozen=True)
class MirrorSource:
    id: int
    name: str
    location: str
    colour: str
    visible: bool
    imported_at: datetime
    events: int


@dataclass(frozen=True)
class MirroredEvent:
    """An event of someone else's calendar, for the calendar view (read-only: never invited from)."""

    source_id: int
    source_name: str
    colour: str  # the source's colour; "" lets the view choose
    uid: str
    title: str
    location: str
    start: datetime  # aware, in the council's zone; an all-day event starts at midnight
    end: datetime  # exclusive; an all-day event ends at midnight after its last day
    all_day: bool


def skipped_text(skipped: list[SkippedEvent], total: int) -> str:
    named = "; ".join(f'"{s.what}": {s.reason}' for s in skipped[:SKIPPED_SHOWN])
    more = f"; and {len(skipped) - SKIPPED_SHOWN} more" if len(skipped) > SKIPPED_SHOWN else ""
    return f"{len(skipped)} of {total} events skipped: {named}{more}"


class CalendarImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- answers to our invitations -------------------------------------------------------------------

    def import_replies(self, source: Path, now: datetime | None = None) -> ReplyImport:
        """Reads an .ics file or saved mail with REPLY/COUNTER answers and records them all, or refuses the
        whole file (ValidationError; nothing changed) when one names an unknown meeting or person."""
        now = now or utc_now()
        data = _read(source)
        zone = self._zone()
        try:
            answers = read_answers(data, zone)
        except CalendarReadError as e:
            raise ValidationError("source", e.code, f"{source.name}: {e.message}") from None
        outcomes: list[ReplyOutcome] = []
        changes: set[str] = set()
        with writing(self.store) as s:
            for answer in answers:
                if answer.method == "REPLY" and answer.answer is None:
                    raise ValidationError("partstat", "unknown", f"{source.name}: the answer {answer.partstat} "
                                                                 f"from {answer.attendee} is not one Lokalråd knows")
                for meeting in self._meetings_for(s, answer, now):
                    outcomes.append(self._record(s, meeting, answer, now))
                    changes |= meeting_changes(meeting.id or 0)
        return ReplyImport(outcomes, frozenset(changes))

    def counter_proposals(self, meeting_id: int | None = None) -> list[CounterProposal]:
        """Proposed new times not yet dealt with, oldest meeting first."""
        with self.store.read() as s:
            query = (select(CalendarReply, Meeting, Attendance)
                     .join(Meeting, col(Meeting.id) == col(CalendarReply.meeting_id))
                     .join(Attendance, col(Attendance.id) == col(CalendarReply.attendance_id))
                     .where(CalendarReply.method == "COUNTER", CalendarReply.status == CounterStatus.OPEN.value))
            if meeting_id is not None:
                query = query.where(CalendarReply.meeting_id == meeting_id)
            rows = s.exec(query.order_by(col(Meeting.start), col(CalendarReply.received_at))).all()
        result = []
        for reply, meeting, attendance in rows:
            zone = ZoneInfo(meeting.timezone)
            assert reply.id is not None and reply.proposed_start and reply.proposed_end
            result.append(CounterProposal(
                reply.id, reply.meeting_id, meeting.title, meeting.start.astimezone(zone), meeting.end.astimezone(zone),
                attendance.name, attendance.email, reply.proposed_start.astimezone(zone),
                reply.proposed_end.astimezone(zone), reply.comment, reply.received_at))
        return result

    def dismiss_counter(self, reply_id: int) -> Changes:
        """The secretary has dealt with a proposed time (moved the meeting or not): it leaves the list."""
        with writing(self.store) as s:
            reply = s.get(CalendarReply, reply_id)
            if reply is None or reply.method != "COUNTER":
                raise NotFoundError(reply_id)
            reply.status = CounterStatus.DISMISSED.value
            return meeting_changes(reply.meeting_id)

    def _meetings_for(self, s: Session, answer: ItipAnswer, now: datetime) -> list[Meeting]:
        """The meeting the answer is for: ours by UID, or the occurrences of one of our series."""
        meeting = s.exec(select(Meeting).where(Meeting.uid == answer.uid)).first()
        if meeting is not None:
            return [meeting]
        occurrences = list(s.exec(select(Meeting).where(Meeting.series_uid == answer.uid)
                                  .order_by(col(Meeting.start))))
        if not occurrences:
            raise ValidationError("meeting", "unknown", f"the answer is for a meeting this council file does not "
                                                        f"have (UID {answer.uid}); nothing was changed")
        if answer.recurrence_id is not None:
            found = [m for m in occurrences if m.recurrence_id == answer.recurrence_id]
            if not found:
                raise ValidationError("meeting", "unknown_occurrence",
                                      f"the answer is for a date of the series \"{occurrences[0].title}\" that it "
                                      f"does not have ({answer.recurrence_id:%Y-%m-%d %H:%M} UTC); nothing was changed")
            return found
        ahead = [m for m in occurrences if m.end > now and m.status != MeetingStatus.CANCELLED.value]
        if not ahead:
            raise ValidationError("meeting", "series_over", f"every meeting of the series \"{occurrences[0].title}\" "
                                                            "is over or cancelled; nothing was changed")
        return ahead

    def _record(self, s: Session, meeting: Meeting, answer: ItipAnswer, now: datetime) -> ReplyOutcome:
        assert meeting.id is not None
        attendance = self._invitee(s, meeting, answer)
        assert attendance.id is not None
        previous = s.exec(select(CalendarReply).where(CalendarReply.attendance_id == attendance.id)
                          .order_by(col(CalendarReply.sequence).desc(), col(CalendarReply.dtstamp).desc())).all()
        counter = answer.method == "COUNTER"
        applied = False
        if any(r.method == answer.method and r.sequence == answer.sequence and r.dtstamp == answer.dtstamp
               and r.partstat == answer.partstat for r in previous):
            reason = ReplyNotApplied.ALREADY_READ.value
        elif counter:
            reason = ReplyNotApplied.COUNTER.value
        elif answer.sequence < meeting.sequence:
            reason = ReplyNotApplied.OUTDATED.value
        elif any(r.applied and (answer.sequence, answer.dtstamp) < (r.sequence, r.dtstamp) for r in previous):
            reason = ReplyNotApplied.OLDER.value
        elif s.exec(select(Minutes).where(Minutes.meeting_id == meeting.id,
                                          Minutes.status == MinutesStatus.APPROVED.value)).first():
            reason = ReplyNotApplied.LOCKED.value
        else:
            assert answer.answer is not None
            attendance.answer = answer.answer.value
            applied, reason = True, ""
        if reason != ReplyNotApplied.ALREADY_READ.value:
            s.add(CalendarReply(
                meeting_id=meeting.id, attendance_id=attendance.id, method=answer.method, partstat=answer.partstat,
                sequence=answer.sequence, dtstamp=answer.dtstamp, applied=applied, not_applied_reason=reason,
                proposed_start=answer.proposed_start, proposed_end=answer.proposed_end, comment=answer.comment,
                status=CounterStatus.OPEN.value if counter else "", received_at=now))
        zone = ZoneInfo(meeting.timezone)
        return ReplyOutcome(
            meeting.id, meeting.title, meeting.start.astimezone(zone), attendance.name, answer.method,
            "" if counter or answer.answer is None else answer.answer.value, applied, reason,
            answer.proposed_start.astimezone(zone) if answer.proposed_start else None,
            answer.proposed_end.astimezone(zone) if answer.proposed_end else None)

    @staticmethod
    def _invitee(s: Session, meeting: Meeting, answer: ItipAnswer) -> Attendance:
        """The invitee with the answer's address (as recorded on the invitation, or the person's address now);
        where several share it (a household), the one of the answer's name (CN)."""
        rows = s.exec(select(Attendance, Person).join(Person, col(Person.id) == col(Attendance.person_id),
                                                      isouter=True)
                      .where(Attendance.meeting_id == meeting.id)).all()
        found = [a for a, person in rows
                 if answer.attendee in (a.email.strip().casefold(), (person.email if person else "").strip().casefold())]
        if len(found) > 1:
            found = [a for a in found if " ".join(a.name.split()).casefold() == answer.attendee_name.casefold()]
            if len(found) != 1:
                raise ValidationError("attendee", "shared_address",
                                      f"several invitees of {meeting.title} share {answer.attendee} and the answer "
                                      "does not say which of them it is from (its CN names none of them); record "
                                      "the answer by hand; nothing was changed")
        if not found:
            raise ValidationError("attendee", "unknown", f"{answer.attendee} is not invited to {meeting.title} "
                                  f"({meeting.start.astimezone(ZoneInfo(meeting.timezone)):%Y-%m-%d}); nothing was "
                                  "changed")
        return found[0]

    # --- mirrors of others' calendars ------------------------------------------------------------------

    def import_calendar(self, source: Path | str, name: str, now: datetime | None = None) -> MirrorImport:
        """Reads someone else's calendar (a file, or an http(s)/webcal URL) as the mirror `name`, replacing an
        earlier import of that name.

        Series are expanded from a year before `now` to two years after; events that cannot be read are
        skipped and listed. A file with nothing usable is refused (ValidationError) and changes nothing. A URL
        is fetched with the ETag of its last fetch: unchanged, nothing is read again.
        """
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "required", "Give the calendar a name.")
        now = now or utc_now()
        window_start, window_end = now - WINDOW_BACK, now + WINDOW_AHEAD
        existing = self._source_named(name)
        etag = ""
        if isinstance(source, str) and is_feed_url(source):
            location = label = source.strip()
            try:
                fetched = fetch(location, existing.etag if existing and existing.location == location else "")
            except FeedError as e:
                raise ValidationError("source", "unreachable", f"nothing imported: {e}") from None
            if not fetched.changed and existing is not None:
                return MirrorImport(existing.id or 0, existing.name, label, self._count(existing.id or 0), 0, [],
                                    True, window_start, window_end, frozenset(), unchanged=True)
            data, etag = fetched.data, fetched.etag
        else:
            path = Path(source)
            data, label, location = _read(path), path.name, str(path)
        try:
            read = read_mirror(data, window_start, window_end, self._zone())
        except CalendarReadError as e:
            raise ValidationError("source", e.code, f"nothing imported: {label}: {e.message}") from None
        _refuse_if_empty(read, label, window_start, window_end)
        with self.store.session() as s:
            calendar = s.get(CalendarSource, existing.id) if existing else None
            if calendar is not None:
                s.execute(delete(CalendarEvent).where(col(CalendarEvent.source_id) == calendar.id))
                calendar.location, calendar.etag, calendar.imported_at = location, etag, utc_now()
            else:
                calendar = CalendarSource(name=name, location=location, etag=etag)
                s.add(calendar)
            s.flush()
            assert calendar.id is not None
            s.execute(insert(CalendarEvent), [
                dict(source_id=calendar.id, uid=e.uid, recurrence_id=e.recurrence_id, title=e.title,
                     location=e.location, start=e.start, end=e.end, all_day=e.all_day) for e in read.events])
            return MirrorImport(calendar.id, calendar.name, label, len(read.events), read.total, read.skipped,
                                existing is not None, window_start, window_end, CALENDAR_CHANGES)

    def refresh(self, source_id: int, now: datetime | None = None) -> MirrorImport:
        """Reads a mirrored calendar again from where it came from (its URL, or its file)."""
        with self.store.read() as s:
            source = s.get(CalendarSource, source_id)
        if source is None:
            raise NotFoundError(source_id)
        location: Path | str = source.location if is_feed_url(source.location) else Path(source.location)
        return self.import_calendar(location, source.name, now)

    def _source_named(self, name: str) -> CalendarSource | None:
        """The mirror of that name, whatever its case and spacing."""
        with self.store.read() as s:
            return next((c for c in s.exec(select(CalendarSource)).all()
                         if " ".join(c.name.split()).casefold() == name.casefold()), None)

    def _count(self, source_id: int) -> int:
        with self.store.read() as s:
            return s.exec(select(func.count()).where(CalendarEvent.source_id == source_id)).one()

    def sources(self) -> list[MirrorSource]:
        with self.store.read() as s:
            counts = dict(s.exec(select(CalendarEvent.source_id, func.count())
                                 .group_by(col(CalendarEvent.source_id))).all())
            return [MirrorSource(c.id or 0, c.name, c.location, c.colour, c.visible, c.imported_at,
                                 counts.get(c.id or 0, 0))
                    for c in s.exec(select(CalendarSource).order_by(col(CalendarSource.name)))]

    def set_source_display(self, source_id: int, *, colour: str | None = None,
                           visible: bool | None = None) -> Changes:
        """How the calendar view shows a mirror: its colour ("#rrggbb"; "" lets the view choose) and whether
        it is shown at all. Kept in the file, so it survives a restart and a re-import."""
        if colour is not None and colour and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            raise ValidationError("colour", "invalid", f'"{colour}" is not a colour like #1f77b4.')
        with self.store.session() as s:
            source = s.get(CalendarSource, source_id)
            if source is None:
                raise NotFoundError(source_id)
            if colour is not None:
                source.colour = colour
            if visible is not None:
                source.visible = visible
            return CALENDAR_CHANGES

    def remove_source(self, source_id: int) -> Changes:
        with self.store.session() as s:
            source = s.get(CalendarSource, source_id)
            if source is None:
                raise NotFoundError(source_id)
            s.delete(source)  # its events go with it (ON DELETE CASCADE)
            return CALENDAR_CHANGES

    def events_between(self, start: datetime, end: datetime,
                       source_ids: Collection[int] | None = None) -> list[MirroredEvent]:
        """Mirrored events that overlap [start, end) (aware datetimes), by start; of some sources only when
        `source_ids` is given. Times come back in the council's zone."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("events_between takes aware datetimes")
        zone = self._zone()
        with self.store.read() as s:
            query = (select(CalendarEvent, CalendarSource)
                     .join(CalendarSource, col(CalendarSource.id) == col(CalendarEvent.source_id))
                     .where(col(CalendarEvent.start) < end)
                     # an event of no length at the window's start is in it; one ending there is not
                     .where(or_(col(CalendarEvent.end) > start, col(CalendarEvent.start) >= start)))
            if source_ids is not None:
                query = query.where(col(CalendarEvent.source_id).in_(list(source_ids)))
            rows = s.exec(query.order_by(col(CalendarEvent.start), col(CalendarEvent.title))).all()
        return [MirroredEvent(source.id or 0, source.name, source.colour, event.uid, event.title, event.location,
                              event.start.astimezone(zone), event.end.astimezone(zone), event.all_day)
                for event, source in rows]

    def _zone(self) -> ZoneInfo:
        with self.store.read() as s:
            council = s.exec(select(Council)).first()
        return ZoneInfo(council.timezone if council else "Europe/Copenhagen")


def _read(source: Path) -> bytes:
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("source", "too_large", f"{source.name} is larger than "
                                                         f"{MAX_FILE_BYTES // (1024 * 1024)} MB; nothing was imported")
        return source.read_bytes()
    except OSError as e:
        raise ValidationError("source", "unreadable", f"{source}: {e.strerror or e}") from None


def _refuse_if_empty(read: MirrorRead, file_name: str, window_start: datetime, window_end: datetime) -> None:
    if read.events:
        return
    skipped = skipped_text(read.skipped, read.total) if read.skipped else ""
    if len(read.skipped) == read.total:
        raise ValidationError("source", "nothing_usable", f"nothing imported: {file_name}: {skipped}")
    raise ValidationError("source", "outside_window",
                          f"nothing imported: none of the {read.total} events in {file_name} falls between "
                          f"{window_start:%Y-%m-%d} and {window_end:%Y-%m-%d}" + (f"; {skipped}" if skipped else ""))


__all__ = ["CalendarImportService", "CounterProposal", "MirrorImport", "MirrorSource", "MirroredEvent",
           "ReplyImport", "ReplyOutcome", "SkippedEvent", "is_feed_url"]
