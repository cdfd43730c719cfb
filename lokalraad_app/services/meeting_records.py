"""What every meeting use case (and the printed documents) shares: the unit of work, reading a
meeting with its agenda and minutes, and the agenda's numbering. Kept apart so the use cases and
DocumentService can all build on it without importing each other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from lokalraad_app.domain.enums import MinutesStatus
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    Meeting,
    MeetingSignup,
    Minutes,
    MinutesAmendment,
    MunicipalRequest,
    SealedDocument,
)
from lokalraad_app.domain.rules import planned_starts, shown_meeting_status
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.store.engine import Store

LOCK_MESSAGE = "approved minutes cannot be changed"


def meeting_changes(meeting_id: int) -> Changes:
    return frozenset({"meetings", f"meeting:{meeting_id}"})


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

    @property
    def status(self) -> str:
        """The status to show: "minutes_approved" once the minutes are, else the meeting's own."""
        return shown_meeting_status(self.meeting.status, self.minutes.status if self.minutes else None)


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


def read_detail(s: Session, meeting_id: int) -> MeetingDetail:
    meeting = get_meeting(s, meeting_id)
    items = agenda_items(s, meeting_id)
    minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
    amendments = list(s.exec(select(MinutesAmendment).where(MinutesAmendment.minutes_id == minutes.id)
                             .order_by(col(MinutesAmendment.made_on)))) if minutes else []
    return MeetingDetail(meeting, items, planned_starts(meeting.start, [i.minutes_allowed for i in items]),
                         minutes, amendments)


def minutes_approved(s: Session, meeting_id: int) -> bool:
    return s.exec(select(Minutes.id).where(Minutes.meeting_id == meeting_id)
                  .where(Minutes.status == MinutesStatus.APPROVED.value)).first() is not None


def meeting_id_for_uid(s: Session, uid: str) -> int:
    meeting = s.exec(select(Meeting).where(Meeting.uid == uid)).first()
    if meeting is None or meeting.id is None:
        raise NotFoundError(uid)
    return meeting.id


def get_meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(meeting_id)
    return meeting


def get_item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(item_id)
    return item


def agenda_items(s: Session, meeting_id: int) -> list[AgendaItem]:
    return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                       .order_by(col(AgendaItem.position), col(AgendaItem.id))))


def renumber(items: list[AgendaItem]) -> None:
    for n, item in enumerate(items, start=1):
        if item.position != n:
            item.position = n


# --- delete and put back (undo) -----------------------------------------------------------------------


@dataclass
class Removed:
    """Everything a delete took out of the file or unlinked, to put back exactly as it was (same ids).

    `rows` in the order they go back (parents first): the item or meeting itself, then what the file's
    cascades delete with it. `links`: (record type, id, fields) of records the delete only unlinked.
    """

    rows: list[tuple[type[SQLModel], dict[str, Any]]] = field(default_factory=list)
    links: list[tuple[type[SQLModel], int, dict[str, Any]]] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """The lists besides the meeting that show what was unlinked (and is linked again on undo)."""
        kinds = {kind for kind, _, _ in self.links}
        return frozenset({"actions"} if ActionItem in kinds else set()) | ({"requests"} if MunicipalRequest in kinds
                                                                           else set())


def _keep(removed: Removed, records: Any) -> None:
    removed.rows += [(type(r), r.model_dump()) for r in records]


def _keep_links(s: Session, removed: Removed, meeting_id: int | None, item_ids: list[int]) -> None:
    no_meeting = -1  # matches no meeting: an item's delete unlinks only what hangs on the item
    meeting = meeting_id if meeting_id is not None else no_meeting
    actions = s.exec(select(ActionItem).where(or_(col(ActionItem.agenda_item_id).in_(item_ids),
                                                  col(ActionItem.meeting_id) == meeting))).all()
    requests = s.exec(select(MunicipalRequest).where(or_(col(MunicipalRequest.agenda_item_id).in_(item_ids),
                                                         col(MunicipalRequest.meeting_id) == meeting))).all()
    linked: list[ActionItem | MunicipalRequest] = [*actions, *requests]
    removed.links += [(type(r), r.id or 0, {"meeting_id": r.meeting_id, "agenda_item_id": r.agenda_item_id})
                      for r in linked]


def remove_item(s: Session, item: AgendaItem) -> Removed:
    """Deletes an agenda item with its attachments, unlinking its action items and requests."""
    assert item.id is not None
    removed = Removed()
    _keep(removed, [item])
    _keep(removed, s.exec(select(Attachment).where(Attachment.agenda_item_id == item.id).order_by(col(Attachment.id))))
    _keep_links(s, removed, None, [item.id])
    s.delete(item)
    s.flush()
    return removed


def remove_meeting(s: Session, meeting: Meeting) -> Removed:
    """Deletes a meeting with all that makes it up (agenda, attachments, participants, sign-ups, minutes,
    amendments, seals), unlinking its action items and requests."""
    assert meeting.id is not None
    removed = Removed()
    items = agenda_items(s, meeting.id)
    item_ids = [i.id for i in items if i.id is not None]
    minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting.id)).all()
    _keep(removed, [meeting, *items])
    _keep(removed, s.exec(select(Attachment).where(col(Attachment.agenda_item_id).in_(item_ids))
                          .order_by(col(Attachment.id))))
    _keep(removed, s.exec(select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(col(Attendance.id))))
    _keep(removed, s.exec(select(MeetingSignup).where(MeetingSignup.meeting_id == meeting.id)
                          .order_by(col(MeetingSignup.id))))
    _keep(removed, minutes)
    _keep(removed, s.exec(select(MinutesAmendment).where(col(MinutesAmendment.minutes_id).in_([m.id for m in minutes]))
                          .order_by(col(MinutesAmendment.id))))
    _keep(removed, s.exec(select(SealedDocument).where(SealedDocument.meeting_id == meeting.id)
                          .order_by(col(SealedDocument.id))))
    _keep_links(s, removed, meeting.id, item_ids)
    s.delete(meeting)
    s.flush()
    return removed


def put_back(s: Session, removed: Removed) -> None:
    """Undoes remove_item/remove_meeting: the same rows with the same ids, and the links as they were.
    An agenda item goes back at its old number; the items after it move down one."""
    for n, (kind, values) in enumerate(removed.rows):
        row = kind(**values)
        if n == 0 and isinstance(row, AgendaItem):
            items = agenda_items(s, row.meeting_id)
            items.insert(max(0, min(row.position - 1, len(items))), row)
            renumber(items)
        s.add(row)
        s.flush()
    for kind, record_id, values in removed.links:
        record = s.get(kind, record_id)
        if record is not None:  # deleted since: nothing to link
            for name, value in values.items():
                setattr(record, name, value)
    s.flush()
