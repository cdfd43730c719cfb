"""Use cases of meetings: plan them (one or a series), change, delete and restore them, and the agenda templates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import (
    ActionStatus,
    Classification,
    ItemKind,
    MeetingKind,
    MeetingStatus,
)
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    AuditLog,
    Meeting,
    MeetingSeries,
    Minutes,
    Person,
    Setting,
)
from lokalraad_app.domain.rules import series_dates
from lokalraad_app.domain.templates import (
    DEFAULT_TEMPLATES,
    StandardItem,
    TemplateError,
    template_from_text,
    template_to_text,
)
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.services.meeting_records import (
    MeetingDetail,
    Removed,
    agenda_items,
    get_meeting,
    meeting_changes,
    meeting_id_for_uid,
    minutes_approved,
    put_back,
    read_detail,
    remove_meeting,
    renumber,
    writing,
)
from lokalraad_app.services.requests import open_requests, request_line
from lokalraad_app.store.engine import Store

MAX_SERIES = 200
OPEN_REQUESTS_TITLE = "Åbne henvendelser til kommunen"
# Changing these sends a new version of the invitation (iCalendar SEQUENCE + 1).
SIGNIFICANT = ("title", "start", "end", "place", "status")


@dataclass
class MeetingInput:
    title: str
    start: datetime  # aware
    end: datetime  # aware
    kind: MeetingKind = MeetingKind.BOARD
    place: str = ""
    organiser: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    timezone: str = "Europe/Copenhagen"
    notes: str = ""


def _action_line(action: ActionItem, owner: str | None) -> str:
    """One open action item as the new agenda lists it (the document's words: Danish): what, who, by when.
    `owner`: the owner's name in the register, for an item that recorded only the person."""
    who = ", ".join(p for p in (action.owner_name or owner or "",
                                f"senest {action.due:%d.%m.%Y}" if action.due else "") if p)
    return f"- {action.description}" + (f" ({who})" if who else "")


def validate_meeting(data: MeetingInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "The meeting needs a title.")
    if data.start.tzinfo is None or data.end.tzinfo is None:
        raise ValueError("meeting times must be aware")
    if data.end <= data.start:
        raise ValidationError("end", "before_start", "The meeting must end after it starts.")


class MeetingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading -------------------------------------------------------------------------------
    def detail(self, meeting_id: int) -> MeetingDetail:
        with self.store.read() as s:
            return read_detail(s, meeting_id)

    def id_for_uid(self, uid: str) -> int:
        with self.store.read() as s:
            return meeting_id_for_uid(s, uid)

    # --- meetings ------------------------------------------------------------------------------
    def create(self, data: MeetingInput, with_template: bool = True) -> tuple[int, Changes]:
        validate_meeting(data)
        with writing(self.store) as s:
            meeting_id = self._create(s, data, with_template)
            return meeting_id, meeting_changes(meeting_id)

    def create_next(self, previous_id: int, data: MeetingInput) -> tuple[int, Changes]:
        """The next meeting from this one: open action items and postponed items land under Opfølgning."""
        validate_meeting(data)
        with writing(self.store) as s:
            meeting_id = self._create(s, data, with_template=True)
            items = agenda_items(s, meeting_id)
            at = len(items) if items and items[-1].title.strip().lower() == "eventuelt" else len(items) + 1
            follow_up: list[AgendaItem] = []
            open_actions = s.exec(select(ActionItem, Person.name)
                                  .outerjoin(Person, col(Person.id) == col(ActionItem.owner_id))
                                  .where(ActionItem.status == ActionStatus.OPEN.value)
                                  .order_by(col(ActionItem.due))).all()
            if open_actions:
                follow_up.append(AgendaItem(meeting_id=meeting_id, title="Opfølgning på handlingspunkter",
                                            kind=ItemKind.INFORMATION.value, minutes_allowed=10,
                                            background="\n".join(_action_line(a, owner) for a, owner in open_actions)))
            for old in agenda_items(s, previous_id):
                if old.postponed:
                    follow_up.append(AgendaItem(meeting_id=meeting_id, title=old.title, kind=old.kind,
                                                minutes_allowed=old.minutes_allowed, background=old.background,
                                                proposal=old.proposal, classification=old.classification))
            for offset, item in enumerate(follow_up):
                items.insert(at - 1 + offset, item)
                s.add(item)
            renumber(items)
            return meeting_id, meeting_changes(meeting_id)

    def create_series(self, data: MeetingInput, frequency: str, until: date, interval: int = 1,
                      nth: int | None = None, with_template: bool = True) -> tuple[list[int], Changes]:
        """A recurring meeting: one meeting per date, same local time (summer time included), linked
        by the series' uid. Single dates can then be moved or cancelled like any meeting."""
        validate_meeting(data)
        zone = ZoneInfo(data.timezone)
        start, end = data.start.astimezone(zone), data.end.astimezone(zone)
        days = series_dates(start.date(), until, frequency, interval, nth)
        if frequency not in ("weekly", "monthly"):
            raise ValidationError("frequency", "invalid", "Repeat weekly or monthly.")
        if len(days) < 2:
            raise ValidationError("until", "too_short", "A series needs at least two dates; choose a later end.")
        if len(days) > MAX_SERIES:
            raise ValidationError("until", "too_long", f"A series can have at most {MAX_SERIES} meetings.")
        with writing(self.store) as s:
            series = MeetingSeries(title=data.title.strip(), kind=MeetingKind(data.kind).value, frequency=frequency,
                                   interval=interval, nth=nth, timezone=data.timezone, until=until)
            s.add(series)
            ids = []
            for day in days:
                # Local wall-clock time each date, so 19.00 stays 19.00 across summer time.
                at = datetime.combine(day, start.time(), tzinfo=zone)
                occurrence = replace(data, start=at, end=at + (end - start))
                meeting_id = self._create(s, occurrence, with_template)
                meeting = get_meeting(s, meeting_id)
                meeting.series_uid, meeting.recurrence_id = series.uid, meeting.start
                ids.append(meeting_id)
            return ids, frozenset({"meetings"})

    def series_of(self, meeting_id: int) -> list[int]:
        """The meetings of the series this one belongs to, in date order (empty if it is a single one)."""
        with self.store.read() as s:
            meeting = get_meeting(s, meeting_id)
            if meeting.series_uid is None:
                return []
            return [m.id or 0 for m in s.exec(select(Meeting).where(Meeting.series_uid == meeting.series_uid)
                                              .order_by(col(Meeting.start)))]

    def _create(self, s: Session, data: MeetingInput, with_template: bool) -> int:
        meeting = Meeting(**self._meeting_values(data))
        s.add(meeting)
        s.flush()
        assert meeting.id is not None
        if with_template:
            template = self._template(s, MeetingKind(data.kind))
            requests = open_requests(s) if data.kind is MeetingKind.DIALOGUE else []
            position = 0
            for title, kind, minutes in template:
                if title == "Eventuelt" and requests:
                    # Open administrative questions stay on every dialogue agenda until answered.
                    position += 1
                    s.add(AgendaItem(meeting_id=meeting.id, position=position, title=OPEN_REQUESTS_TITLE,
                                     kind=ItemKind.INFORMATION.value, minutes_allowed=15,
                                     classification=Classification.ADMINISTRATIVE.value,
                                     background="\n".join(request_line(r) for r in requests)))
                position += 1
                s.add(AgendaItem(meeting_id=meeting.id, position=position, title=title, kind=kind.value,
                                 minutes_allowed=minutes))
        s.add(Minutes(meeting_id=meeting.id))
        s.add(AuditLog(entity="meeting", entity_id=meeting.id, action="add"))
        s.flush()
        return meeting.id

    def update(self, meeting_id: int, data: MeetingInput) -> Changes:
        """Refused once the minutes are approved: title, time and place are part of the record."""
        validate_meeting(data)
        with writing(self.store) as s:
            meeting = get_meeting(s, meeting_id)
            if minutes_approved(s, meeting_id):
                raise ValidationError("minutes", "approved", "The minutes of this meeting are approved, so its "
                                      "details can no longer be changed; add a dated amendment instead.")
            values = self._meeting_values(data)
            if any(getattr(meeting, k) != values[k] for k in SIGNIFICANT):
                meeting.sequence += 1
            for k, v in values.items():
                setattr(meeting, k, v)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="update"))
            return meeting_changes(meeting_id)

    def input_for(self, meeting_id: int) -> MeetingInput:
        m = self.detail(meeting_id).meeting
        return MeetingInput(title=m.title, start=m.start, end=m.end, kind=MeetingKind(m.kind), place=m.place,
                            organiser=m.organiser, status=MeetingStatus(m.status), timezone=m.timezone,
                            notes=m.notes)

    def delete(self, meeting_id: int) -> tuple[Removed, Changes]:
        """Deletes the meeting and all that makes it up; its action items and requests stay, unlinked.
        What it returns lets restore put all of it back. Refused (by the store) for a meeting with
        approved minutes, and here for one at which other minutes were approved."""
        with writing(self.store) as s:
            meeting = get_meeting(s, meeting_id)
            if s.exec(select(Minutes.id).where(Minutes.approved_at_meeting_id == meeting_id)).first() is not None:
                raise ValidationError("meeting", "approved_minutes_here", "Minutes of another meeting were approved "
                                      "at this meeting, so it cannot be deleted; cancel it instead.")
            removed = remove_meeting(s, meeting)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="delete"))
            return removed, meeting_changes(meeting_id) | removed.changes

    def restore(self, removed: Removed) -> tuple[int, Changes]:
        """Puts a deleted meeting back with the same ids, agenda, attachments, participants, minutes and links."""
        with writing(self.store) as s:
            meeting_id = removed.rows[0][1]["id"]
            put_back(s, removed)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="restore"))
            return meeting_id, meeting_changes(meeting_id) | removed.changes

    # --- templates -----------------------------------------------------------------------------
    def template_text(self, kind: MeetingKind) -> str:
        with self.store.read() as s:
            return template_to_text(self._template(s, kind))

    def set_template_text(self, kind: MeetingKind, text: str) -> Changes:
        """Refuses a template it cannot read, naming the line; an empty text restores the standard one."""
        with self.store.session() as s:
            key = f"template_{MeetingKind(kind).value}"
            if not text.strip():
                row = s.get(Setting, key)
                if row is not None:
                    s.delete(row)
                return frozenset({"settings"})
            try:
                items = template_from_text(text)
            except TemplateError as e:
                raise ValidationError("template", "invalid", f"Agenda template, {e}.") from None
            s.merge(Setting(key=key, value=template_to_text(items)))
            return frozenset({"settings"})

    @staticmethod
    def _template(s: Session, kind: MeetingKind) -> list[StandardItem]:
        row = s.get(Setting, f"template_{kind.value}")
        if row is not None and row.value.strip():
            return template_from_text(row.value)  # checked when it was stored
        return list(DEFAULT_TEMPLATES[kind])

    @staticmethod
    def _meeting_values(data: MeetingInput) -> dict[str, Any]:
        return {"title": data.title.strip(), "start": data.start.astimezone(UTC), "end": data.end.astimezone(UTC),
                "kind": MeetingKind(data.kind).value, "place": data.place.strip(), "organiser": data.organiser.strip(),
                "status": MeetingStatus(data.status).value, "timezone": data.timezone, "notes": data.notes}

