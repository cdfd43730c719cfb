"""Opfølgning: action items from the minutes — what, who, by when — followed across meetings until closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import ActionStatus
from lokalraad_app.domain.models import ActionItem, AgendaItem, Meeting, Person
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import writing
from lokalraad_app.store.engine import Store

ACTIONS: Changes = frozenset({"actions"})


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner: str
    due: date | None
    status: str
    closed_note: str
    closed_on: date | None
    meeting_id: int | None
    meeting_title: str
    meeting_day: date | None
    agenda_item_id: int | None

    def overdue(self, today: date) -> bool:
        return self.status == ActionStatus.OPEN.value and self.due is not None and self.due < today


@dataclass
class ActionInput:
    description: str
    owner_id: int | None = None
    owner_name: str = ""
    due: date | None = None


def _changes(meeting_id: int | None) -> Changes:
    """The follow-up list changed, and the meeting whose minutes list the item."""
    return ACTIONS | ({f"meeting:{meeting_id}"} if meeting_id else set())


class ActionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, open_only: bool = True, meeting_id: int | None = None,
             agenda_item_id: int | None = None) -> list[ActionRow]:
        """Open ones first by due date (no date last), then closed ones."""
        with self.store.read() as s:
            query = (select(ActionItem, Meeting.title, Meeting.start, Person.name)
                     .outerjoin(Meeting, col(Meeting.id) == col(ActionItem.meeting_id))
                     .outerjoin(Person, col(Person.id) == col(ActionItem.owner_id)))
            if open_only:
                query = query.where(ActionItem.status == ActionStatus.OPEN.value)
            if meeting_id is not None:
                query = query.where(ActionItem.meeting_id == meeting_id)
            if agenda_item_id is not None:
                query = query.where(ActionItem.agenda_item_id == agenda_item_id)
            result = []
            for a, title, start, person_name in s.exec(query).all():
                result.append(ActionRow(a.id or 0, a.description, person_name or a.owner_name, a.due, a.status,
                                        a.closed_note, a.closed_on, a.meeting_id, title or "",
                                        start.date() if start else None, a.agenda_item_id))
        return sorted(result, key=lambda r: (r.status != ActionStatus.OPEN.value, r.due is None,
                                             r.due or date.max, r.id))

    def add(self, data: ActionInput, meeting_id: int | None = None,
            agenda_item_id: int | None = None) -> tuple[int, Changes]:
        if not data.description.strip():
            raise ValidationError("description", "required", "Write what is to be done.")
        with writing(self.store) as s:
            if agenda_item_id is not None:
                item = s.get(AgendaItem, agenda_item_id)
                if item is None:
                    raise NotFoundError(agenda_item_id)
                meeting_id = item.meeting_id
            owner_name = data.owner_name.strip()
            if data.owner_id is not None:
                person = s.get(Person, data.owner_id)
                if person is None:
                    raise NotFoundError(data.owner_id)
                owner_name = person.name  # recorded as it was, should the person later be erased
            action = ActionItem(description=data.description.strip(), owner_id=data.owner_id, owner_name=owner_name,
                                due=data.due, meeting_id=meeting_id, agenda_item_id=agenda_item_id)
            s.add(action)
            s.flush()
            assert action.id is not None
            return action.id, _changes(meeting_id)

    def close(self, action_id: int, note: str = "", on: date | None = None) -> Changes:
        with writing(self.store) as s:
            action = self._get(s, action_id)
            action.status, action.closed_note, action.closed_on = ActionStatus.DONE.value, note.strip(), on or date.today()
            return ACTIONS

    def reopen(self, action_id: int) -> Changes:
        with writing(self.store) as s:
            action = self._get(s, action_id)
            action.status, action.closed_note, action.closed_on = ActionStatus.OPEN.value, "", None
            return ACTIONS

    def delete(self, action_id: int) -> tuple[dict[str, Any], Changes]:
        with writing(self.store) as s:
            action = self._get(s, action_id)
            snapshot = action.model_dump()
            s.delete(action)
            return snapshot, _changes(action.meeting_id)

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            action = ActionItem(**snapshot)
            s.add(action)
            s.flush()
            assert action.id is not None
            return action.id, _changes(action.meeting_id)

    @staticmethod
    def _get(s: Session, action_id: int) -> ActionItem:
        action = s.get(ActionItem, action_id)
        if action is None:
            raise NotFoundError(action_id)
        return action
