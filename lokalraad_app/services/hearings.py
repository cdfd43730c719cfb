"""Høringer: the municipality's hearings the council follows, with their deadlines, the response drafted in
the app and the board decision it rests on.

A hearing answered after the committee decided is too late, so the day that counts is the deadline or the
committee's decision, whichever comes first (domain.rules.hearing_due).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import DeadlineKind, HearingStatus, Severity
from lokalraad_app.domain.models import AgendaItem, Hearing, Meeting
from lokalraad_app.domain.rules import UpcomingDeadline, hearing_due, hearing_severity
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.store.engine import Store

HEARINGS: Changes = frozenset({"hearings"})
DECISIONS_SHOWN = 300  # the newest board decisions offered to link a response to


@dataclass(frozen=True)
class HearingRow:
    id: int
    uid: str
    reference: str  # the municipality's case number
    title: str
    deadline: date | None
    status: str  # HearingStatus
    answered_on: date | None
    issuer: str = ""
    committee_decides_on: date | None = None
    has_response: bool = False
    agenda_item_id: int | None = None

    @property
    def due(self) -> date | None:
        """The day the answer must be in by: the deadline, or the committee's decision if earlier."""
        return hearing_due(self.deadline, self.committee_decides_on)

    def severity(self, today: date) -> Severity:
        """How near the day that counts is; nothing to warn of once answered or let pass."""
        if self.status != HearingStatus.OPEN.value:
            return Severity.NONE
        return hearing_severity(self.deadline, self.committee_decides_on, today)

    def to_json(self) -> dict[str, object]:
        def day(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {"uid": self.uid, "reference": self.reference, "title": self.title, "deadline": day(self.deadline),
                "status": self.status, "answered_on": day(self.answered_on), "issuer": self.issuer,
                "committee_decides_on": day(self.committee_decides_on)}


@dataclass(frozen=True)
class HearingInput:
    """What the secretary edits of a hearing (the status and the linked decision have their own steps)."""

    title: str
    reference: str = ""
    issuer: str = ""
    link: str = ""
    deadline: date | None = None
    committee_decides_on: date | None = None
    description: str = ""
    response: str = ""


@dataclass(frozen=True)
class DecisionChoice:
    """A board decision a response may rest on: an agenda item with a beslutning."""

    agenda_item_id: int
    meeting_title: str
    meeting_day: date
    item_title: str
    decision: str


@dataclass(frozen=True)
class HearingDetail:
    id: int
    uid: str
    status: str
    answered_on: date | None
    data: HearingInput
    decision: DecisionChoice | None  # the linked one


def _valid(data: HearingInput) -> HearingInput:
    """Trimmed input, or a ValidationError naming the field to fix."""
    if not data.title.strip():
        raise ValidationError("title", "required", "Write the hearing's title.")
    link = data.link.strip()
    if link and not link.lower().startswith(("https://", "http://")):
        raise ValidationError("link", "invalid", "The link must be a web address starting with https://.")
    return HearingInput(data.title.strip(), data.reference.strip(), data.issuer.strip(), link, data.deadline,
                        data.committee_decides_on, data.description, data.response)


def _decision(s: Session, item_id: int | None) -> DecisionChoice | None:
    if item_id is None:
        return None
    found = s.exec(select(AgendaItem, Meeting).join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
                   .where(AgendaItem.id == item_id)).first()
    if found is None:
        return None
    item, meeting = found
    return DecisionChoice(item_id, meeting.title, meeting.start.date(), item.title, item.decision)


class HearingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading -------------------------------------------------------------------------------
    def rows(self) -> list[HearingRow]:
        """Every hearing, the nearest deadline first (those without one last)."""
        with self.store.read() as s:
            found = s.exec(select(Hearing).order_by(col(Hearing.deadline).is_(None), col(Hearing.deadline),
                                                    col(Hearing.id))).all()
            return [HearingRow(h.id or 0, h.uid, h.reference, h.title, h.deadline, h.status, h.answered_on,
                               h.issuer, h.committee_decides_on, bool(h.response.strip()), h.agenda_item_id)
                    for h in found]

    def detail(self, hearing_id: int) -> HearingDetail:
        with self.store.read() as s:
            h = self._get(s, hearing_id)
            return HearingDetail(hearing_id, h.uid, h.status, h.answered_on, self._input(h),
                                 _decision(s, h.agenda_item_id))

    def hearing_input(self, hearing_id: int) -> HearingInput:
        with self.store.read() as s:
            return self._input(self._get(s, hearing_id))

    def decisions(self) -> list[DecisionChoice]:
        """The board's decisions a response may rest on, the newest meeting first."""
        with self.store.read() as s:
            found = s.exec(select(AgendaItem, Meeting).join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
                           .where(AgendaItem.decision != "")
                           .order_by(col(Meeting.start).desc(), col(AgendaItem.position))
                           .limit(DECISIONS_SHOWN)).all()
            return [DecisionChoice(i.id or 0, m.title, m.start.date(), i.title, i.decision) for i, m in found]

    def upcoming_deadlines(self, today: date | None = None, within_days: int = 60) -> list[UpcomingDeadline]:
        """Open hearings whose answer is due within `within_days`, or already too late, the nearest first.

        For the overview: `what` is the hearing's title, `date` the day that counts (the deadline, or the
        committee's decision if earlier), `uid` the hearing's.
        """
        today = today or date.today()
        horizon = today + timedelta(days=within_days)
        result = []
        for row in self.rows():
            due = row.due
            if row.status == HearingStatus.OPEN.value and due is not None and due <= horizon:
                result.append(UpcomingDeadline(DeadlineKind.HEARING, row.title, due, row.severity(today), row.uid))
        return sorted(result, key=lambda d: (d.date, d.what))

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: HearingInput) -> tuple[int, Changes]:
        data = _valid(data)
        with self.store.session() as s:
            hearing = Hearing(**data.__dict__)
            s.add(hearing)
            s.flush()
            assert hearing.id is not None
            return hearing.id, HEARINGS

    def update(self, hearing_id: int, data: HearingInput) -> Changes:
        data = _valid(data)
        with self.store.session() as s:
            hearing = self._get(s, hearing_id)
            for name, value in data.__dict__.items():
                setattr(hearing, name, value)
            return HEARINGS

    def link_decision(self, hearing_id: int, agenda_item_id: int | None) -> tuple[int | None, Changes]:
        """Links the board decision the response rests on (None: unlinks); returns the link it replaced."""
        with self.store.session() as s:
            hearing = self._get(s, hearing_id)
            if agenda_item_id is not None:
                item = s.get(AgendaItem, agenda_item_id)
                if item is None:
                    raise NotFoundError(agenda_item_id)
                if not item.decision.strip():
                    raise ValidationError("agenda_item", "no_decision",
                                          "That agenda item records no decision; choose one with a decision.")
            before, hearing.agenda_item_id = hearing.agenda_item_id, agenda_item_id
            return before, HEARINGS

    def set_status(self, hearing_id: int, status: HearingStatus,
                   on: date | None = None) -> tuple[tuple[HearingStatus, date | None], Changes]:
        """Marks the hearing answered (on `on`, today by default), skipped, or open again; returns the status
        and answer day it had, for undo. An answer needs a response written first."""
        with self.store.session() as s:
            hearing = self._get(s, hearing_id)
            before = (HearingStatus(hearing.status), hearing.answered_on)
            if status is HearingStatus.ANSWERED:
                if not hearing.response.strip():
                    raise ValidationError("response", "required", "Write the response before marking it sent.")
                hearing.answered_on = on or date.today()
            else:
                hearing.answered_on = None
            hearing.status = status.value
            return before, HEARINGS

    def delete(self, hearing_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            hearing = self._get(s, hearing_id)
            snapshot = hearing.model_dump()
            s.delete(hearing)
            return snapshot, HEARINGS

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        """Puts a deleted hearing back as it was (same id and uid); a decision deleted since is left unlinked."""
        with self.store.session() as s:
            hearing = Hearing(**snapshot)
            if hearing.agenda_item_id is not None and s.get(AgendaItem, hearing.agenda_item_id) is None:
                hearing.agenda_item_id = None
            s.add(hearing)
            s.flush()
            assert hearing.id is not None
            return hearing.id, HEARINGS

    @staticmethod
    def _input(h: Hearing) -> HearingInput:
        return HearingInput(h.title, h.reference, h.issuer, h.link, h.deadline, h.committee_decides_on,
                            h.description, h.response)

    @staticmethod
    def _get(s: Session, hearing_id: int) -> Hearing:
        hearing = s.get(Hearing, hearing_id)
        if hearing is None:
            raise NotFoundError(hearing_id)
        return hearing


__all__ = ["DecisionChoice", "HearingDetail", "HearingInput", "HearingRow", "HearingService"]
