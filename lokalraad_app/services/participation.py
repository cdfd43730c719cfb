"""What citizen ideas, working groups and the citizen budget link to: borgermøder, focus areas, initiatives
and people of the register, as light choices for the dialogs' lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import MeetingKind
from lokalraad_app.domain.models import DevelopmentPlan, FocusArea, Initiative, Meeting, Person
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.services.errors import ValidationError


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    title: str
    day: date


@dataclass(frozen=True)
class PlanChoice:
    """A focus area (initiative_id None) or an initiative under it, as a list of links shows them."""

    focus_area_id: int
    initiative_id: int | None
    title: str  # the focus area's, or the initiative's
    focus_area_title: str
    plan_title: str


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    email: str


def citizens_meetings(s: Session) -> list[MeetingChoice]:
    """Borgermøder, newest first."""
    found = s.exec(select(Meeting).where(Meeting.kind == MeetingKind.CITIZENS.value)
                   .order_by(col(Meeting.start).desc())).all()
    return [MeetingChoice(m.id or 0, m.title, m.start.date()) for m in found]


def plan_choices(s: Session) -> list[PlanChoice]:
    """Every focus area, each followed by its initiatives, in the plan's order."""
    result: list[PlanChoice] = []
    areas = s.exec(select(FocusArea, DevelopmentPlan.title)
                   .join(DevelopmentPlan, col(DevelopmentPlan.id) == col(FocusArea.plan_id))
                   .order_by(col(FocusArea.plan_id), col(FocusArea.position), col(FocusArea.id))).all()
    initiatives: dict[int, list[Initiative]] = {}
    for i in s.exec(select(Initiative).order_by(col(Initiative.id))).all():
        initiatives.setdefault(i.focus_area_id, []).append(i)
    for area, plan_title in areas:
        assert area.id is not None
        result.append(PlanChoice(area.id, None, area.title, area.title, plan_title))
        result += [PlanChoice(area.id, i.id, i.title, area.title, plan_title)
                   for i in initiatives.get(area.id, []) if i.id is not None]
    return result


def register_people(s: Session) -> list[PersonChoice]:
    found = s.exec(select(Person).where(col(Person.erased_at).is_(None)).order_by(col(Person.name))).all()
    return [PersonChoice(p.id or 0, p.name, p.email) for p in found]


def check_meeting(s: Session, meeting_id: int | None) -> None:
    if meeting_id is not None and s.get(Meeting, meeting_id) is None:
        raise ValidationError("meeting", "unknown", "The meeting chosen no longer exists.")


def check_email(email: str) -> None:
    if email.strip() and not is_valid_email(email.strip()):
        raise ValidationError("email", "invalid", f'"{email.strip()}" is not a valid email address.')

