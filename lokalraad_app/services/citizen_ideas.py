"""Borgeridéer: ideas citizens bring (mostly at borgermøder), linked to the plan's focus area or initiative
they feed, and followed until the council takes them up or declines them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import IdeaStatus
from lokalraad_app.domain.models import CitizenIdea, FocusArea, Initiative, Meeting
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.participation import (
    MeetingChoice,
    PlanChoice,
    check_email,
    check_meeting,
    citizens_meetings,
    plan_choices,
)
from lokalraad_app.store.engine import Store

IDEAS: Changes = frozenset({"ideas"})


@dataclass
class IdeaInput:
    text: str
    received_on: date | None
    name: str = ""
    email: str = ""
    meeting_id: int | None = None  # the borgermøde it came from
    focus_area_id: int | None = None  # linked to a focus area...
    initiative_id: int | None = None  # ...or to an initiative (one of the two, or neither)
    status: str = IdeaStatus.NEW.value


@dataclass(frozen=True)
class IdeaRow:
    id: int
    uuid: str
    text: str
    name: str
    email: str
    received_on: date
    meeting_id: int | None
    meeting_title: str
    focus_area_id: int | None
    initiative_id: int | None
    linked_to: str  # the focus area's or the initiative's title
    status: str

    def to_input(self) -> IdeaInput:
        return IdeaInput(self.text, self.received_on, self.name, self.email, self.meeting_id, self.focus_area_id,
                         self.initiative_id, self.status)

    def to_json(self) -> dict[str, object]:
        return {"uuid": self.uuid, "text": self.text, "name": self.name, "email": self.email,
                "received_on": self.received_on.isoformat(), "meeting": self.meeting_title or None,
                "focus_area_id": self.focus_area_id, "initiative_id": self.initiative_id,
                "linked_to": self.linked_to or None, "status": self.status}


def validate(s: Session, data: IdeaInput) -> None:
    if not data.text.strip():
        raise ValidationError("text", "required", "Write the idea.")
    if data.received_on is None:
        raise ValidationError("received_on", "required", "Give the date the idea came in.")
    check_email(data.email)
    if data.status not in {v.value for v in IdeaStatus}:
        raise ValidationError("status", "unknown", f"Unknown status {data.status!r}.")
    if data.focus_area_id is not None and data.initiative_id is not None:
        raise ValidationError("link", "both", "Link the idea to a focus area or an initiative, not both.")
    check_meeting(s, data.meeting_id)
    if data.focus_area_id is not None and s.get(FocusArea, data.focus_area_id) is None:
        raise ValidationError("focus_area", "unknown", "The focus area chosen no longer exists.")
    if data.initiative_id is not None and s.get(Initiative, data.initiative_id) is None:
        raise ValidationError("initiative", "unknown", "The initiative chosen no longer exists.")


def _fill(idea: CitizenIdea, data: IdeaInput) -> None:
    assert data.received_on is not None
    idea.text, idea.received_on = data.text.strip(), data.received_on
    idea.name, idea.email = data.name.strip(), data.email.strip()
    idea.meeting_id, idea.focus_area_id, idea.initiative_id = data.meeting_id, data.focus_area_id, data.initiative_id
    idea.status = data.status


class CitizenIdeaService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, status: str | None = None) -> list[IdeaRow]:
        """Newest first; only those of `status` when given."""
        with self.store.read() as s:
            query = (select(CitizenIdea, Meeting.title, FocusArea.title, Initiative.title)
                     .outerjoin(Meeting, col(Meeting.id) == col(CitizenIdea.meeting_id))
                     .outerjoin(FocusArea, col(FocusArea.id) == col(CitizenIdea.focus_area_id))
                     .outerjoin(Initiative, col(Initiative.id) == col(CitizenIdea.initiative_id))
                     .order_by(col(CitizenIdea.received_on).desc(), col(CitizenIdea.id).desc()))
            if status is not None:
                query = query.where(CitizenIdea.status == status)
            return [IdeaRow(i.id or 0, i.uuid, i.text, i.name, i.email, i.received_on, i.meeting_id, meeting or "",
                            i.focus_area_id, i.initiative_id, initiative or area or "", i.status)
                    for i, meeting, area, initiative in s.exec(query).all()]

    def meetings(self) -> list[MeetingChoice]:
        with self.store.read() as s:
            return citizens_meetings(s)

    def links(self) -> list[PlanChoice]:
        with self.store.read() as s:
            return plan_choices(s)

    def add(self, data: IdeaInput) -> tuple[int, Changes]:
        with self.store.session() as s:
            validate(s, data)
            assert data.received_on is not None
            idea = CitizenIdea(text="", received_on=data.received_on)
            _fill(idea, data)
            s.add(idea)
            s.flush()
            assert idea.id is not None
            return idea.id, IDEAS

    def update(self, idea_id: int, data: IdeaInput) -> Changes:
        with self.store.session() as s:
            idea = self._get(s, idea_id)
            validate(s, data)
            _fill(idea, data)
            return IDEAS

    def set_status(self, idea_id: int, status: str) -> tuple[str, Changes]:
        """Returns the status it had (for undo)."""
        if status not in {v.value for v in IdeaStatus}:
            raise ValidationError("status", "unknown", f"Unknown status {status!r}.")
        with self.store.session() as s:
            idea = self._get(s, idea_id)
            before, idea.status = idea.status, status
            return before, IDEAS

    def delete(self, idea_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            idea = self._get(s, idea_id)
            snapshot = idea.model_dump()
            s.delete(idea)
            return snapshot, IDEAS

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            idea = CitizenIdea(**snapshot)
            # What it linked to may have gone meanwhile: the idea comes back without the link.
            for column, model in (("meeting_id", Meeting), ("focus_area_id", FocusArea),
                                  ("initiative_id", Initiative)):
                value = getattr(idea, column)
                if value is not None and s.get(model, value) is None:
                    setattr(idea, column, None)
            s.add(idea)
            s.flush()
            assert idea.id is not None
            return idea.id, IDEAS

    @staticmethod
    def _get(s: Session, idea_id: int) -> CitizenIdea:
        idea = s.get(CitizenIdea, idea_id)
        if idea is None:
            raise NotFoundError(idea_id)
        return idea


__all__ = ["IDEAS", "CitizenIdeaService", "IdeaInput", "IdeaRow"]
