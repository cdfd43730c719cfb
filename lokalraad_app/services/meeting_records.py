"""What every meeting use case (and the printed documents) shares: the unit of work, reading a
meeting with its agenda and minutes, and the agenda's numbering. Kept apart so the use cases and
DocumentService can all build on it without importing each other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import MinutesStatus
from lokalraad_app.domain.models import AgendaItem, Meeting, Minutes, MinutesAmendment
from lokalraad_app.domain.rules import planned_starts
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
