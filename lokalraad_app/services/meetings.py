"""Use cases of meetings: plan them, build the agenda, write and approve the minutes."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import (
    ActionStatus,
    Classification,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    AuditLog,
    Meeting,
    MeetingSeries,
    Minutes,
    MinutesAmendment,
    Person,
    Setting,
)
from lokalraad_app.domain.rules import planned_starts, series_dates
from lokalraad_app.domain.templates import (
    DEFAULT_TEMPLATES,
    StandardItem,
    TemplateError,
    template_from_text,
    template_to_text,
)
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.requests import open_requests, request_line
from lokalraad_app.store.engine import Store

LOCK_MESSAGE = "approved minutes cannot be changed"
MAX_SERIES = 200
OPEN_REQUESTS_TITLE = "Åbne henvendelser til kommunen"
# Changing these sends a new version of the invitation (iCalendar SEQUENCE + 1).
SIGNIFICANT = ("title", "start", "end", "place", "status")


def meeting_changes(meeting_id: int) -> Changes:
    return frozenset({"meetings", f"meeting:{meeting_id}"})


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


@dataclass
class ItemInput:
    title: str
    kind: ItemKind = ItemKind.INFORMATION
    minutes_allowed: int = 10
    background: str = ""
    proposal: str = ""
    classification: str = ""
    postponed: bool = False
    majority: str = "simple"  # two_thirds for statute changes
    responsible_id: int | None = None


@dataclass
class MeetingDetail:
    meeting: Meeting
    items: list[AgendaItem]
    planned: list[datetime]  # each item's planned start
    minutes: Minutes | None
    amendments: list[MinutesAmendment] = field(default_factory=list)

    @property
    def locked(self) -> bool:
        return self.minutes is not None and self.minutes.status == MinutesStatus.APPROVED.value


@dataclass
class MeetingSnapshot:
    """All of a meeting, to put it back exactly after a delete (undo)."""

    meeting: dict[str, Any]
    items: list[dict[str, Any]]
    attendance: list[dict[str, Any]]
    minutes: dict[str, Any] | None


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


def validate_item(data: ItemInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "The agenda item needs a title.")
    if data.majority not in ("simple", "two_thirds"):
        raise ValidationError("majority", "invalid", "The majority is simple or two thirds.")
    if not 0 <= data.minutes_allowed <= 600:
        raise ValidationError("minutes_allowed", "range", "Time allowed must be between 0 and 600 minutes.")


@contextmanager
def writing(store: Store) -> Iterator[Session]:
    """A unit of work on a meeting, in which the store's refusal of approved minutes is a ValidationError."""
    try:
        with store.session() as s:
            yield s
    except IntegrityError as e:
        if LOCK_MESSAGE in str(e.orig):
            raise ValidationError("minutes", "approved", "The minutes are approved and cannot be changed; "
                                  "add a dated amendment instead.") from None
        raise


class MeetingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading -------------------------------------------------------------------------------
    def detail(self, meeting_id: int) -> MeetingDetail:
        with self.store.read() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            items = list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(col(AgendaItem.position), col(AgendaItem.id))))
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            amendments = list(s.exec(select(MinutesAmendment).where(MinutesAmendment.minutes_id == minutes.id)
                                     .order_by(col(MinutesAmendment.made_on)))) if minutes else []
            return MeetingDetail(meeting, items, planned_starts(meeting.start, [i.minutes_allowed for i in items]),
                                 minutes, amendments)

    def later_meetings(self, meeting_id: int, limit: int = 12) -> list[tuple[int, str, datetime]]:
        """(id, title, start) of the meetings after this one: where its minutes may be approved."""
        with self.store.read() as s:
            meeting = self._meeting(s, meeting_id)
            rows = s.exec(select(Meeting).where(col(Meeting.start) > meeting.start)
                          .where(Meeting.status != MeetingStatus.CANCELLED.value)
                          .order_by(col(Meeting.start)).limit(limit)).all()
            return [(m.id or 0, m.title, m.start) for m in rows]

    def meeting_of_item(self, item_id: int) -> int:
        with self.store.read() as s:
            return self._item(s, item_id).meeting_id

    def id_for_uid(self, uid: str) -> int:
        with self.store.read() as s:
            meeting = s.exec(select(Meeting).where(Meeting.uid == uid)).first()
            if meeting is None or meeting.id is None:
                raise NotFoundError(uid)
            return meeting.id

    # --- meetings ------------------------------------------------------------------------------
    def create(self, data: MeetingInput, with_template: bool = True) -> tuple[int, Changes]:
        validate_meeting(data)
        with self._writing() as s:
            meeting_id = self._create(s, data, with_template)
            return meeting_id, meeting_changes(meeting_id)

    def create_next(self, previous_id: int, data: MeetingInput) -> tuple[int, Changes]:
        """The next meeting from this one: open action items and postponed items land under Opfølgning."""
        validate_meeting(data)
        with self._writing() as s:
            meeting_id = self._create(s, data, with_template=True)
            items = self._items(s, meeting_id)
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
            for old in self._items(s, previous_id):
                if old.postponed:
                    follow_up.append(AgendaItem(meeting_id=meeting_id, title=old.title, kind=old.kind,
                                                minutes_allowed=old.minutes_allowed, background=old.background,
                                                proposal=old.proposal, classification=old.classification))
            for offset, item in enumerate(follow_up):
                items.insert(at - 1 + offset, item)
                s.add(item)
            self._renumber(items)
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
        with self._writing() as s:
            series = MeetingSeries(title=data.title.strip(), kind=MeetingKind(data.kind).value, frequency=frequency,
                                   interval=interval, nth=nth, timezone=data.timezone, until=until)
            s.add(series)
            ids = []
            for day in days:
                # Local wall-clock time each date, so 19.00 stays 19.00 across summer time.
                at = datetime.combine(day, start.time(), tzinfo=zone)
                occurrence = replace(data, start=at, end=at + (end - start))
                meeting_id = self._create(s, occurrence, with_template)
                meeting = self._meeting(s, meeting_id)
                meeting.series_uid, meeting.recurrence_id = series.uid, meeting.start
                ids.append(meeting_id)
            return ids, frozenset({"meetings"})

    def series_of(self, meeting_id: int) -> list[int]:
        """The meetings of the series this one belongs to, in date order (empty if it is a single one)."""
        with self.store.read() as s:
            meeting = self._meeting(s, meeting_id)
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
        validate_meeting(data)
        with self._writing() as s:
            meeting = self._meeting(s, meeting_id)
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

    def delete(self, meeting_id: int) -> tuple[MeetingSnapshot, Changes]:
        """Refused (by the store) for a meeting with approved minutes."""
        with self._writing() as s:
            meeting = self._meeting(s, meeting_id)
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            snapshot = MeetingSnapshot(
                meeting=meeting.model_dump(),
                items=[i.model_dump() for i in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))],
                attendance=[a.model_dump() for a in s.exec(select(Attendance)
                                                           .where(Attendance.meeting_id == meeting_id))],
                minutes=minutes.model_dump() if minutes else None,
            )
            s.delete(meeting)
            s.add(AuditLog(entity="meeting", entity_id=meeting_id, action="delete"))
            return snapshot, meeting_changes(meeting_id)

    def restore(self, snapshot: MeetingSnapshot) -> tuple[int, Changes]:
        with self._writing() as s:
            meeting = Meeting(**snapshot.meeting)
            s.add(meeting)
            s.flush()
            for item in snapshot.items:
                s.add(AgendaItem(**item))
            for a in snapshot.attendance:
                s.add(Attendance(**a))
            if snapshot.minutes:
                s.add(Minutes(**snapshot.minutes))
            assert meeting.id is not None
            return meeting.id, meeting_changes(meeting.id)

    # --- agenda --------------------------------------------------------------------------------
    def add_item(self, meeting_id: int, data: ItemInput, position: int | None = None) -> tuple[int, Changes]:
        """Adds at `position` (1-based; default: before a closing "Eventuelt", else last)."""
        validate_item(data)
        with self._writing() as s:
            items = self._items(s, meeting_id)
            if position is None:
                position = len(items) + 1
                if items and items[-1].title.strip().lower() == "eventuelt":
                    position = len(items)
            position = max(1, min(position, len(items) + 1))
            item = AgendaItem(meeting_id=meeting_id, position=position, **self._item_values(data))
            items.insert(position - 1, item)
            s.add(item)
            self._renumber(items)
            s.flush()
            assert item.id is not None
            return item.id, meeting_changes(meeting_id)

    def update_item(self, item_id: int, data: ItemInput) -> Changes:
        validate_item(data)
        with self._writing() as s:
            item = self._item(s, item_id)
            for k, v in self._item_values(data).items():
                setattr(item, k, v)
            return meeting_changes(item.meeting_id)

    def item_input(self, item_id: int) -> ItemInput:
        with self.store.read() as s:
            item = self._item(s, item_id)
            return ItemInput(title=item.title, kind=ItemKind(item.kind), minutes_allowed=item.minutes_allowed,
                             background=item.background, proposal=item.proposal,
                             classification=item.classification, postponed=item.postponed,
                             majority=item.majority, responsible_id=item.responsible_id)

    def delete_item(self, item_id: int) -> tuple[dict[str, Any], Changes]:
        with self._writing() as s:
            item = self._item(s, item_id)
            snapshot = item.model_dump()
            items = [i for i in self._items(s, item.meeting_id) if i.id != item_id]
            s.delete(item)
            self._renumber(items)
            return snapshot, meeting_changes(item.meeting_id)

    def restore_item(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self._writing() as s:
            items = self._items(s, snapshot["meeting_id"])
            item = AgendaItem(**snapshot)
            items.insert(max(0, min(item.position - 1, len(items))), item)
            s.add(item)
            self._renumber(items)
            s.flush()
            assert item.id is not None
            return item.id, meeting_changes(item.meeting_id)

    def move_item(self, item_id: int, position: int) -> tuple[int, Changes]:
        """Moves to `position` (1-based); returns the old position (for undo). Numbers follow by themselves."""
        with self._writing() as s:
            item = self._item(s, item_id)
            items = self._items(s, item.meeting_id)
            old = items.index(item) + 1
            items.remove(item)
            items.insert(max(0, min(position - 1, len(items))), item)
            self._renumber(items)
            return old, meeting_changes(item.meeting_id)

    def set_postponed(self, item_id: int, postponed: bool) -> Changes:
        """Udsat: the item moves to the next meeting made from this one."""
        with self._writing() as s:
            item = self._item(s, item_id)
            item.postponed = postponed
            return meeting_changes(item.meeting_id)

    # --- minutes -------------------------------------------------------------------------------
    def set_minutes_text(self, item_id: int, discussion: str | None = None, decision: str | None = None) -> Changes:
        """Saves what was discussed and decided; called while typing (debounced), so it stays small."""
        with self._writing() as s:
            item = self._item(s, item_id)
            if discussion is not None:
                item.discussion = discussion
            if decision is not None:
                item.decision = decision
            return frozenset({f"meeting:{item.meeting_id}"})

    def set_minutes_status(self, meeting_id: int, status: MinutesStatus, approved_at_meeting_id: int | None = None,
                           approved_on: date | None = None) -> tuple[MinutesStatus, Changes]:
        """Moves the minutes along kladde → sendt til kommentering → godkendt; returns the old status."""
        with self._writing() as s:
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            if minutes is None:
                minutes = Minutes(meeting_id=meeting_id)
                s.add(minutes)
            old = MinutesStatus(minutes.status)
            if status is MinutesStatus.APPROVED:
                minutes.approved_on = approved_on or date.today()
                minutes.approved_at_meeting_id = approved_at_meeting_id
            minutes.status = status.value
            s.add(AuditLog(entity="minutes", entity_id=meeting_id, action=status.value))
        if status is MinutesStatus.APPROVED and old is not MinutesStatus.APPROVED:
            self._seal(meeting_id)
        return old, meeting_changes(meeting_id)

    def add_amendment(self, meeting_id: int, text: str, made_on: date | None = None) -> Changes:
        if not text.strip():
            raise ValidationError("text", "required", "Write the correction.")
        with self._writing() as s:
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            if minutes is None or minutes.status != MinutesStatus.APPROVED.value or minutes.id is None:
                raise ValidationError("minutes", "not_approved", "Only approved minutes take amendments; "
                                      "edit the draft instead.")
            s.add(MinutesAmendment(minutes_id=minutes.id, made_on=made_on or date.today(), text=text.strip()))
        self._seal(meeting_id)  # the corrected minutes are what any later copy must match
        return meeting_changes(meeting_id)

    # --- helpers -------------------------------------------------------------------------------
    def _writing(self) -> AbstractContextManager[Session]:
        return writing(self.store)

    def _seal(self, meeting_id: int) -> None:
        """Prints and keeps the approved minutes as they are at this moment (see DocumentService.seal_minutes):
        later edits of the meeting or its action items do not change what was approved.

        The approval or correction stands even if sealing fails: DocumentService.minutes() then seals
        the minutes the next time they are printed, so no copy ever leaves without a seal.
        """
        from lokalraad_app.services.documents import DocumentService  # it builds on this service: import late

        try:
            DocumentService(self.store).seal_minutes(meeting_id)
        except Exception:  # noqa: BLE001 — a failed seal must not undo or hide the approval
            logging.getLogger(__name__).exception("sealing the minutes of meeting %s failed; "
                                                  "they are sealed when next printed", meeting_id)

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
    def _meeting(s: Session, meeting_id: int) -> Meeting:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(meeting_id)
        return meeting

    @staticmethod
    def _item(s: Session, item_id: int) -> AgendaItem:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFoundError(item_id)
        return item

    @staticmethod
    def _items(s: Session, meeting_id: int) -> list[AgendaItem]:
        return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                           .order_by(col(AgendaItem.position), col(AgendaItem.id))))

    @staticmethod
    def _renumber(items: list[AgendaItem]) -> None:
        for n, item in enumerate(items, start=1):
            if item.position != n:
                item.position = n

    @staticmethod
    def _meeting_values(data: MeetingInput) -> dict[str, Any]:
        return {"title": data.title.strip(), "start": data.start.astimezone(UTC), "end": data.end.astimezone(UTC),
                "kind": MeetingKind(data.kind).value, "place": data.place.strip(), "organiser": data.organiser.strip(),
                "status": MeetingStatus(data.status).value, "timezone": data.timezone, "notes": data.notes}

    @staticmethod
    def _item_values(data: ItemInput) -> dict[str, Any]:
        return {"title": data.title.strip(), "kind": ItemKind(data.kind).value,
                "minutes_allowed": data.minutes_allowed, "background": data.background, "proposal": data.proposal,
                "classification": data.classification, "postponed": data.postponed, "majority": data.majority,
                "responsible_id": data.responsible_id}


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    size: int


MAX_ATTACHMENT = 50 * 1024 * 1024  # a council file stays a file one can e-mail to the next secretary


class AttachmentService:
    """Bilag: files copied into the council file, listed on their agenda item."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, item_id: int) -> list[AttachmentRow]:
        with self.store.read() as s:
            query = (select(Attachment.id, Attachment.file_name, Attachment.size)
                     .where(Attachment.agenda_item_id == item_id).order_by(col(Attachment.id)))
            return [AttachmentRow(i or 0, n, size) for i, n, size in s.exec(query).all()]

    def add(self, item_id: int, path: Path) -> tuple[int, Changes]:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                raise ValidationError("file", "too_large", f"{path.name} is larger than 50 MB; attach a smaller "
                                      "file or a link in the text.")
            content = path.read_bytes()
        except OSError as e:
            raise ValidationError("file", "unreadable", f"{path.name} cannot be read: {e.strerror}.") from None
        with writing(self.store) as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            row = Attachment(agenda_item_id=item_id, file_name=path.name, content=content, size=len(content),
                             sha256=hashlib.sha256(content).hexdigest())
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(item.meeting_id)

    def save_copy(self, attachment_id: int, folder: Path) -> Path:
        """Writes the file out (to open it with the system's viewer) and returns where."""
        with self.store.read() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(attachment_id)
            target = Path(folder) / f"{attachment_id}-{row.file_name}"
            target.write_bytes(row.content)
            return target

    def remove(self, attachment_id: int) -> tuple[dict[str, Any], Changes]:
        """Takes the file off its item; the snapshot (the file included) lets undo put it back."""
        with writing(self.store) as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(attachment_id)
            item = s.get(AgendaItem, row.agenda_item_id)
            snapshot = row.model_dump()
            s.delete(row)
            return snapshot, meeting_changes(item.meeting_id if item else 0)

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            row = Attachment(**snapshot)
            s.add(row)
            s.flush()
            item = s.get(AgendaItem, row.agenda_item_id)
            assert row.id is not None
            return row.id, meeting_changes(item.meeting_id if item else 0)
