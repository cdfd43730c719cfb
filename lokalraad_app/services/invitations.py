"""Invitations to a meeting: who gets what (invitation, update, cancellation), the iTIP/iMIP messages, and
the council's calendar feed.

`plan` only reads: it tells the secretary who would get what before anything is queued. `send` builds the
messages, raises and stores the meeting's SEQUENCE when something significant changed since the last
ones, remembers what each invitee was sent (invitation_sent) and puts each mail in the outbox, in one
transaction; when the municipality's profile names a CalDAV calendar, the meeting as it now is goes into
the outbox for it too (deleted there when cancelled). Sending is the outbox's work.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from lokalraad_app.documents.texts import time_span
from lokalraad_app.domain.enums import Answer, MeetingStatus
from lokalraad_app.domain.models import (
    AgendaItem,
    Attendance,
    AuditLog,
    Council,
    InvitationSent,
    Meeting,
    MeetingSeries,
    Setting,
)
from lokalraad_app.domain.profile import ProfileError, parse_profile
from lokalraad_app.domain.rules import series_dates
from lokalraad_app.ical.invitations import (
    CANCEL,
    REQUEST,
    CalendarObject,
    MeetingEvent,
    Occurrence,
    Party,
    Recurrence,
    Snapshot,
    agenda_summary,
    cancel_instance,
    change_line,
    feed,
    itip,
    resource,
)
from lokalraad_app.ical.mail import MailAttachment, imip_mail
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes, writing
from lokalraad_app.services.outbox import queue_calendar_object, queue_mail, queue_upload
from lokalraad_app.services.profile import PROFILE_SETTING
from lokalraad_app.store.engine import Store

INVITATION, UPDATE, CANCELLATION = "invitation", "update", "cancel"
MUNICIPALITY_EMAIL = "municipality_email"  # setting: the municipality's calendar gets a copy (NON-PARTICIPANT)
SERIES_NOTE = "Dagsordenen til hvert møde sendes før mødet."
FEED_PATH = "kalender/lokalraad.ics"  # the council's calendar feed in the WebDAV folder: members subscribe to its URL


@dataclass(frozen=True)
class PlannedMessage:
    name: str
    email: str
    kind: str  # invitation | update | cancel
    observer: bool = False  # the municipality's copy


@dataclass(frozen=True)
class InvitationPlan:
    """Who would get what if the secretary sent now; nothing is changed by making it."""

    meeting_id: int
    uid: str  # the meeting's, or its series' for a meeting in a series
    title: str
    sequence: int  # the SEQUENCE the messages carry
    change: str  # the Danish line on what changed since the last messages; '' for a first invitation
    messages: tuple[PlannedMessage, ...]
    without_email: tuple[str, ...]  # invitees who get nothing: no e-mail address


@dataclass
class BuiltMessage:
    recipient: Party
    kind: str
    calendar: CalendarObject
    mail: EmailMessage


@dataclass
class _Meeting:
    """One meeting, or a whole series, as read from the file for the builders."""

    event: MeetingEvent  # sequence: what is stored
    meetings: list[Meeting]
    invitees: list[Party]
    without_email: list[str]
    organizer: Party
    council: str
    over: bool


def _when(start: datetime, end: datetime, zone: str) -> str:
    z = ZoneInfo(zone)
    return time_span(start.astimezone(z), end.astimezone(z))


def _council(s: Session) -> Council | None:
    return s.exec(select(Council).order_by(col(Council.id))).first()


def _organizer(s: Session) -> tuple[Party, str]:
    council = _council(s)
    if council is None or not council.secretary_email.strip():
        raise ValidationError("secretary_email", "required", "Invitations are sent from the secretary's e-mail "
                              "address: write it in the council's settings first.")
    return Party(council.secretary_name or council.name, council.secretary_email.strip()), council.name


def _agenda(s: Session, meeting_id: int) -> str:
    titles = s.exec(select(AgendaItem.title).where(AgendaItem.meeting_id == meeting_id)
                    .order_by(col(AgendaItem.position), col(AgendaItem.id))).all()
    return agenda_summary(list(titles))


def _series_event(series: MeetingSeries, meetings: list[Meeting]) -> MeetingEvent:
    """A series as one VEVENT: the rule from its first date, the usual title, place and length; every date
    that differs from them (moved, cancelled, elsewhere) an instance of its own, dates with no meeting left
    out (EXDATE)."""
    zone = ZoneInfo(series.timezone)
    meetings = sorted(meetings, key=lambda m: m.recurrence_id or m.start)
    first = (meetings[0].recurrence_id or meetings[0].start).astimezone(zone)
    usual = Counter((m.title, m.place, m.end - m.start) for m in meetings
                    if m.status != MeetingStatus.CANCELLED.value).most_common(1)
    title, place, length = usual[0][0] if usual else (meetings[0].title, meetings[0].place,
                                                        meetings[0].end - meetings[0].start)
    overrides, held = [], set()
    for m in meetings:
        original = m.recurrence_id or m.start
        held.add(original.astimezone(zone).date())
        cancelled = m.status == MeetingStatus.CANCELLED.value
        if cancelled or m.start != original or (m.title, m.place, m.end - m.start) != (title, place, length):
            overrides.append(Occurrence(original, m.start, m.end, m.title, m.place, cancelled))
    days = series_dates(first.date(), series.until, series.frequency, series.interval, series.nth)
    exdates = tuple(datetime.combine(d, first.timetz()) for d in days if d not in held)
    return MeetingEvent(
        uid=series.uid, sequence=max(m.sequence for m in meetings), title=title, start=first, end=first + length,
        place=place, description=SERIES_NOTE, timezone=series.timezone,
        cancelled=all(m.status == MeetingStatus.CANCELLED.value for m in meetings),
        recurrence=Recurrence(series.frequency, series.interval, series.nth, series.until, exdates, tuple(overrides)))


def _read(s: Session, meeting_id: int, now: datetime) -> _Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(meeting_id)
    organizer, council = _organizer(s)
    series = (s.exec(select(MeetingSeries).where(MeetingSeries.uid == meeting.series_uid)).first()
              if meeting.series_uid else None)
    if series is None:
        meetings = [meeting]
        event = MeetingEvent(meeting.uid, meeting.sequence, meeting.title, meeting.start, meeting.end,
                             meeting.place, _agenda(s, meeting_id),
                             meeting.status == MeetingStatus.CANCELLED.value, meeting.timezone)
    else:
        meetings = list(s.exec(select(Meeting).where(Meeting.series_uid == series.uid)))
        event = _series_event(series, meetings)
    coming = [m.id for m in meetings if m.end > now]
    rows = s.exec(select(Attendance).where(col(Attendance.meeting_id).in_(coming or [meeting_id]))
                  .order_by(col(Attendance.name))).all()
    invitees: dict[str, Party] = {}
    without: list[str] = []
    for row in rows:
        if row.email.strip():
            invitees.setdefault(row.email.strip().lower(), Party(row.name, row.email.strip()))
        elif row.name not in without:
            without.append(row.name)
    copy = s.get(Setting, MUNICIPALITY_EMAIL)
    if copy is not None and copy.value.strip() and copy.value.strip().lower() not in invitees:
        invitees[copy.value.strip().lower()] = Party(_municipality(s), copy.value.strip(), observer=True)
    return _Meeting(event, meetings, list(invitees.values()), without, organizer, council, not coming)


def _municipality(s: Session) -> str:
    council = _council(s)
    return council.municipality if council and council.municipality else "Kommunen"


def _profile_has(s: Session, server: str) -> bool:
    """Whether the saved municipality profile names that server ("caldav", "webdav")."""
    row = s.get(Setting, PROFILE_SETTING)
    try:
        return bool(row and row.value and getattr(parse_profile(row.value), server) is not None)
    except ProfileError:
        return False


def _content(event: MeetingEvent) -> str:
    return event.snapshot().fingerprint + "\x1e" + event.description


def _snapshot(row: InvitationSent) -> Snapshot:
    return Snapshot(row.title, row.start, row.end, row.place, row.cancelled, row.fingerprint)


@dataclass
class _Decision:
    sequence: int
    significant: bool  # the time, place, title or status changed since the last messages (answers ask again)
    messages: list[tuple[Party, str]]
    last: InvitationSent | None  # the newest REQUEST sent, to say what changed


def _decide(found: _Meeting, sent: list[InvitationSent]) -> _Decision:
    event = found.event
    by_email = {r.email: r for r in sent}
    invited = {p.email.lower(): p for p in found.invitees}
    requests = [r for r in sent if r.method == REQUEST]
    last = max(requests, key=lambda r: (r.sequence, r.sent_at), default=None)
    messages: list[tuple[Party, str]] = []
    for email, party in invited.items():
        row = by_email.get(email)
        if event.cancelled:
            if row is not None and row.method == REQUEST:
                messages.append((party, CANCELLATION))
        elif row is None or row.method == CANCEL:
            messages.append((party, INVITATION))
        elif row.content != _content(event):
            messages.append((party, UPDATE))
    for row in requests:  # taken off the meeting since: they are told it is off for them
        if row.email not in invited:
            messages.append((Party(row.name, row.email), CANCELLATION))
    fingerprint = event.snapshot().fingerprint
    significant = any(r.fingerprint != fingerprint for r in requests) or any(
        kind == CANCELLATION for _, kind in messages)
    prior = max((r.sequence for r in sent), default=-1)
    sequence = max(event.sequence, prior + 1 if significant else prior, 0)
    return _Decision(sequence, significant and bool(requests), messages, last)


class InvitationService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def plan(self, meeting_id: int, now: datetime | None = None) -> InvitationPlan:
        """Who would get what now; refuses a meeting that is over or a council with no secretary's e-mail."""
        now = now or datetime.now(UTC)
        with self.store.read() as s:
            found = self._coming(s, meeting_id, now)
            decision = _decide(found, self._sent(s, found.event.uid))
        return self._plan(meeting_id, found, decision)

    def cancel_plan(self, meeting_id: int, now: datetime | None = None) -> InvitationPlan:
        """Who would be sent a cancellation if the meeting were cancelled now: everyone who has the invitation."""
        now = now or datetime.now(UTC)
        with self.store.read() as s:
            found = self._coming(s, meeting_id, now)
            sent = self._sent(s, found.event.uid)
        told = tuple(PlannedMessage(r.name, r.email, CANCELLATION) for r in sent if r.method == REQUEST)
        return InvitationPlan(meeting_id, found.event.uid, found.event.title,
                              max((r.sequence for r in sent), default=found.event.sequence) + 1, "", told, ())

    def send(self, meeting_id: int, agenda_pdf: tuple[str, bytes] | None = None,
             now: datetime | None = None) -> tuple[list[BuiltMessage], Changes]:
        """Builds the messages `plan` lists, stores the new SEQUENCE and what each invitee was sent, and
        queues each mail in the outbox, all in one transaction. `agenda_pdf`: (file name, PDF) to attach."""
        now = now or datetime.now(UTC)
        with writing(self.store) as s:
            found = self._coming(s, meeting_id, now)
            sent = self._sent(s, found.event.uid)
            decision = _decide(found, sent)
            event = replace(found.event, sequence=decision.sequence)
            built = self._build(found, event, decision, sent, now, agenda_pdf)
            for m in found.meetings:
                m.sequence = decision.sequence
                if m.status == MeetingStatus.PLANNED.value and m.end > now:
                    m.status = MeetingStatus.INVITED.value
            if decision.significant and not event.cancelled:  # a changed meeting asks everyone again
                for row in s.exec(select(Attendance).where(col(Attendance.meeting_id).in_(
                        [m.id for m in found.meetings]))):
                    row.answer = Answer.PENDING.value
            self._remember(s, event, built, {r.email: r for r in sent}, now)
            self._queue(s, built, now)
            self._queue_calendar(s, found, event, now)
            _queue_feed(s, now)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="invitations",
                           detail=f"{len(built)} messages, sequence {decision.sequence}"))
            return built, meeting_changes(meeting_id) | {"outbox"}

    def cancel(self, meeting_id: int, now: datetime | None = None) -> tuple[list[BuiltMessage], Changes]:
        """Cancels the meeting and queues the cancellations (SEQUENCE + 1) for everyone who was invited.
        A date of a series is cancelled alone: one CANCEL with its RECURRENCE-ID, the other dates stand."""
        now = now or datetime.now(UTC)
        with writing(self.store) as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            if meeting.status == MeetingStatus.CANCELLED.value:
                raise ValidationError("meeting", "already_cancelled", f"{meeting.title} is already cancelled.")
            found = self._coming(s, meeting_id, now)
            meeting.status = MeetingStatus.CANCELLED.value
            meeting.sequence += 1
            if found.event.recurrence is None:
                s.flush()
                return self._after_cancel(s, meeting_id, now)
            sent = self._sent(s, found.event.uid)
            found = _read(s, meeting_id, now)
            sequence = max(found.event.sequence, max((r.sequence for r in sent), default=-1) + 1)
            event = replace(found.event, sequence=sequence)
            original = meeting.recurrence_id or meeting.start
            occurrence = Occurrence(original, meeting.start, meeting.end, meeting.title, meeting.place, True)
            receivers = [Party(r.name, r.email) for r in sent if r.method == REQUEST]
            built = []
            for party in receivers:
                obj = cancel_instance(event, occurrence, found.organizer, [party], now)
                text = self._text(found, event, party, CANCELLATION,
                                  f"Mødet {_when(meeting.start, meeting.end, event.timezone)} er aflyst; "
                                  "de andre datoer i serien står ved magt.")
                built.append(BuiltMessage(party, CANCELLATION, obj, imip_mail(
                    obj, found.organizer, party, f"Aflyst: {meeting.title}, "
                    f"{_when(meeting.start, meeting.end, event.timezone)}", text, now)))
            for m in found.meetings:
                m.sequence = sequence
            by_email = {r.email: r for r in sent}
            for row in by_email.values():
                if row.method == REQUEST:  # what they now have: the series with this date cancelled
                    row.sequence, row.fingerprint, row.content = sequence, event.snapshot().fingerprint, _content(event)
            self._queue(s, built, now)
            self._queue_calendar(s, found, event, now)
            _queue_feed(s, now)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="cancel"))
            return built, meeting_changes(meeting_id) | {"outbox"}

    def _after_cancel(self, s: Session, meeting_id: int, now: datetime) -> tuple[list[BuiltMessage], Changes]:
        found = _read(s, meeting_id, now)
        sent = self._sent(s, found.event.uid)
        decision = _decide(found, sent)
        event = replace(found.event, sequence=decision.sequence)
        built = self._build(found, event, decision, sent, now, None)
        for m in found.meetings:
            m.sequence = decision.sequence
        self._remember(s, event, built, {r.email: r for r in sent}, now)
        self._queue(s, built, now)
        self._queue_calendar(s, found, event, now)
        _queue_feed(s, now)
        s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="cancel"))
        return built, meeting_changes(meeting_id) | {"outbox"}

    def invitation_ics(self, uid: str, now: datetime | None = None) -> bytes:
        """One meeting's invitation as it would be sent now (REQUEST, every invitee), for `lokalraad ics`.
        `uid`: the meeting's or a series'. Changes nothing."""
        now = now or datetime.now(UTC)
        with self.store.read() as s:
            meeting = s.exec(select(Meeting).where(Meeting.uid == uid)).first() or s.exec(
                select(Meeting).where(Meeting.series_uid == uid).order_by(col(Meeting.start))).first()
            if meeting is None or meeting.id is None:
                raise ValidationError("meeting", "unknown", f"There is no meeting with the uid {uid}.")
            found = self._coming(s, meeting.id, now)
            decision = _decide(found, self._sent(s, found.event.uid))
        event = replace(found.event, sequence=decision.sequence)
        return itip(event, CANCEL if event.cancelled else REQUEST, found.organizer, found.invitees, now).data

    def calendar_object(self, meeting_id: int, now: datetime | None = None) -> bytes:
        """The meeting (or its series) as a CalDAV calendar object, at the SEQUENCE last sent."""
        now = now or datetime.now(UTC)
        with self.store.read() as s:
            found = _read(s, meeting_id, now)
        return resource(found.event, found.organizer, found.invitees, now)

    def feed(self, now: datetime | None = None) -> bytes:
        """Every meeting of the council as one calendar to subscribe to (METHOD:PUBLISH, no attendees)."""
        with self.store.read() as s:
            return _feed(s, now or datetime.now(UTC))

    # --- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _coming(s: Session, meeting_id: int, now: datetime) -> _Meeting:
        found = _read(s, meeting_id, now)
        if found.over:
            raise ValidationError("meeting", "over", f"{found.event.title} is over; invitations are only sent "
                                  "for meetings still to come.")
        return found

    @staticmethod
    def _sent(s: Session, uid: str) -> list[InvitationSent]:
        return list(s.exec(select(InvitationSent).where(InvitationSent.uid == uid)))

    @staticmethod
    def _plan(meeting_id: int, found: _Meeting, decision: _Decision) -> InvitationPlan:
        event = found.event
        change = ""
        if decision.last is not None:
            change = change_line(_snapshot(decision.last), event.snapshot(),
                                 lambda a, b: _when(a, b, event.timezone))
        return InvitationPlan(meeting_id, event.uid, event.title, decision.sequence, change,
                              tuple(PlannedMessage(p.name, p.email, kind, p.observer) for p, kind in decision.messages),
                              tuple(found.without_email))

    def _build(self, found: _Meeting, event: MeetingEvent, decision: _Decision, sent: list[InvitationSent],
               now: datetime, agenda_pdf: tuple[str, bytes] | None) -> list[BuiltMessage]:
        by_email = {r.email: r for r in sent}
        attachments = (MailAttachment(agenda_pdf[0], agenda_pdf[1]),) if agenda_pdf else ()
        built = []
        for party, kind in decision.messages:
            if kind == CANCELLATION:
                # Everyone's copy is cancelled when the meeting is; one removed invitee gets a CANCEL naming only them.
                obj = itip(event, CANCEL, found.organizer, found.invitees if event.cancelled else [party], now)
            else:
                obj = itip(event, REQUEST, found.organizer, found.invitees, now)
            row = by_email.get(party.email.lower())
            change = ""
            if kind == UPDATE and row is not None:
                change = change_line(_snapshot(row), event.snapshot(), lambda a, b: _when(a, b, event.timezone))
            text = self._text(found, event, party, kind, change)
            when = _when(event.start, event.end, event.timezone)
            subject = {INVITATION: "Invitation", UPDATE: "Ændret", CANCELLATION: "Aflyst"}[kind]
            built.append(BuiltMessage(party, kind, obj, imip_mail(
                obj, found.organizer, party, f"{subject}: {event.title}, {when}", text, now,
                attachments if kind != CANCELLATION else ())))
        return built

    @staticmethod
    def _text(found: _Meeting, event: MeetingEvent, party: Party, kind: str, change: str) -> str:
        """The mail's text part, in Danish (the council's words to its members, like its documents)."""
        when = _when(event.start, event.end, event.timezone)
        lead = {
            INVITATION: f"Du er inviteret til {event.title}.",
            UPDATE: f"{event.title} er ændret.",
            CANCELLATION: f"{event.title} er aflyst." if event.cancelled else
            f"Du er ikke længere inviteret til {event.title}.",
        }[kind]
        lines = [f"Kære {party.name}" if party.name else "Hej", "", lead]
        if change:
            lines.append(change)
        if event.recurrence is not None:
            lines += ["", f"Første møde: {when}"]
        else:
            lines += ["", f"Tid: {when}"]
        if event.place:
            lines.append(f"Sted: {event.place}")
        if kind != CANCELLATION:
            if event.description:
                lines += ["", event.description]
            if not party.observer:
                lines += ["", "Svar gerne med knapperne i din kalender (ja, nej eller måske)."]
        lines += ["", "Venlig hilsen", found.organizer.name, found.council]
        return "\n".join(lines) + "\n"

    @staticmethod
    def _remember(s: Session, event: MeetingEvent, built: list[BuiltMessage], rows: dict[str, InvitationSent],
                  now: datetime) -> None:
        snapshot = event.snapshot()
        for message in built:
            email = message.recipient.email.lower()
            row = rows.get(email) or InvitationSent(uid=event.uid, email=email, start=event.start, end=event.end)
            row.name, row.method, row.sequence = message.recipient.name, message.calendar.method, event.sequence
            row.title, row.start, row.end, row.place = event.title, event.start, event.end, event.place
            row.cancelled, row.fingerprint, row.content = snapshot.cancelled, snapshot.fingerprint, _content(event)
            row.sent_at = now
            s.add(row)

    @staticmethod
    def _queue(s: Session, built: list[BuiltMessage], now: datetime) -> None:
        """Each mail into the outbox, in this transaction; a message to the same person about the same
        meeting that has not gone out yet is superseded (they need only the newest)."""
        for message in built:
            uid, email = message.calendar.uid, message.recipient.email.lower()
            key = f"itip:{uid}:{email}:{message.calendar.sequence}:{message.calendar.method}:{now.isoformat()}"
            queue_mail(s, message.mail, recipient=email, idempotency_key=key, aggregate=f"invitation:{uid}")

    @staticmethod
    def _queue_calendar(s: Session, found: _Meeting, event: MeetingEvent, now: datetime) -> None:
        """The meeting (or series) into the profile's CalDAV calendar, in this transaction: the same VEVENTs
        the invitations carry, without METHOD; a cancelled meeting is deleted there. A newer one supersedes
        what has not gone out yet (the outbox's aggregate "caldav:<uid>")."""
        if not _profile_has(s, "caldav"):
            return
        key = f"caldav:{event.uid}:{event.sequence}:{now.isoformat()}"
        if event.cancelled:
            queue_calendar_object(s, event.uid, "", summary=event.title, idempotency_key=f"{key}:delete",
                                  delete=True)
        else:
            ics = resource(event, found.organizer, found.invitees, now).decode("utf-8")
            queue_calendar_object(s, event.uid, ics, summary=event.title, idempotency_key=f"{key}:put")


def _feed(s: Session, now: datetime) -> bytes:
    council = _council(s)
    name = council.name if council else "Lokalråd"
    meetings = list(s.exec(select(Meeting).order_by(col(Meeting.start), col(Meeting.id))))
    titles: dict[int, list[str]] = {}
    for meeting_id, title in s.exec(select(AgendaItem.meeting_id, AgendaItem.title)
                                    .order_by(col(AgendaItem.meeting_id), col(AgendaItem.position),
                                              col(AgendaItem.id))):
        titles.setdefault(meeting_id, []).append(title)
    series = {x.uid: x for x in s.exec(select(MeetingSeries))}
    events: list[MeetingEvent] = []
    in_series: dict[str, list[Meeting]] = {}
    for m in meetings:
        if m.series_uid in series:
            in_series.setdefault(m.series_uid, []).append(m)
            continue
        events.append(MeetingEvent(m.uid, m.sequence, m.title, m.start, m.end, m.place,
                                   agenda_summary(titles.get(m.id or 0, [])),
                                   m.status == MeetingStatus.CANCELLED.value, m.timezone))
    events += [_series_event(series[uid], group) for uid, group in in_series.items()]
    return feed(events, name, now)


def _queue_feed(s: Session, now: datetime) -> None:
    """The council's calendar feed into the profile's WebDAV folder at a fixed path, so members can subscribe
    to it; a newer feed replaces ours there and supersedes an older one not yet sent."""
    if _profile_has(s, "webdav"):
        queue_upload(s, FEED_PATH, _feed(s, now), idempotency_key=f"feed:{now.isoformat()}", aggregate="feed",
                     content_type="text/calendar; charset=utf-8")


__all__ = ["CANCELLATION", "INVITATION", "UPDATE", "BuiltMessage", "InvitationPlan", "InvitationService",
           "PlannedMessage"]
