"""Borgerbudget: a sum the citizens share out themselves. Costed proposals from citizens, voted on at a
borgermøde (ballots or dot votes counted in the app), the result recorded, and chosen proposals turned
into initiatives of the plan (linked back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from lokalraad_app.domain.citizen_budget import Counted, count_budget
from lokalraad_app.domain.models import BudgetProposal, BudgetRound, FocusArea, Initiative, Meeting
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

MAX_AMOUNT = 1_000_000_000  # kroner; more is a slip of the keyboard


def round_changes(round_id: int) -> Changes:
    return frozenset({"citizen_budget", f"budget_round:{round_id}"})


@dataclass
class RoundInput:
    title: str
    total: int
    meeting_id: int | None = None  # the borgermøde where it is voted on


@dataclass(frozen=True)
class RoundRow:
    id: int
    uuid: str
    title: str
    total: int
    meeting_id: int | None
    meeting_title: str
    meeting_day: date | None
    proposals: int
    decided_on: date | None

    def to_input(self) -> RoundInput:
        return RoundInput(self.title, self.total, self.meeting_id)


@dataclass
class ProposalInput:
    title: str
    cost: int
    proposer: str = ""
    email: str = ""
    description: str = ""


@dataclass(frozen=True)
class ProposalRow:
    id: int
    title: str
    proposer: str
    email: str
    description: str
    cost: int
    votes: int
    chosen: bool
    initiative_id: int | None
    initiative_title: str

    def to_input(self) -> ProposalInput:
        return ProposalInput(self.title, self.cost, self.proposer, self.email, self.description)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "proposer": self.proposer, "cost": self.cost,
                "votes": self.votes, "chosen": self.chosen, "initiative_id": self.initiative_id}


@dataclass(frozen=True)
class RoundResult:
    """What the votes choose now (count_budget's rule), and whether that result is recorded."""

    round_id: int
    total: int
    chosen: list[ProposalRow]  # in the order taken
    passed_over: list[ProposalRow]  # had votes, did not fit in what was left
    spent: int
    left: int
    tie_decided: bool
    decided_on: date | None  # when the result was recorded; None: not yet

    def to_json(self) -> dict[str, object]:
        return {"round_id": self.round_id, "total": self.total, "spent": self.spent, "left": self.left,
                "tie_decided": self.tie_decided, "decided_on": self.decided_on.isoformat() if self.decided_on else None,
                "chosen": [p.to_json() for p in self.chosen], "passed_over": [p.to_json() for p in self.passed_over]}


@dataclass
class RoundSnapshot:
    round: dict[str, Any]
    proposals: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class RecordedResult:
    """A round's result as it was before it was recorded or cleared (for undo)."""

    decided_on: date | None
    chosen: frozenset[int]


def _check_amount(value: int, name: str, positive: bool) -> None:
    if value < (1 if positive else 0):
        raise ValidationError(name, "positive" if positive else "negative",
                              f"The {name} must be {'more than' if positive else 'at least'} 0 kr.")
    if value > MAX_AMOUNT:
        raise ValidationError(name, "too_large", f"The {name} is more than {MAX_AMOUNT} kr.")


def _validate_round(s: Session, data: RoundInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "Write a title.")
    _check_amount(data.total, "total", positive=True)
    check_meeting(s, data.meeting_id)


def _validate_proposal(data: ProposalInput) -> None:
    if not data.title.strip():
        raise ValidationError("title", "required", "Write a title.")
    _check_amount(data.cost, "cost", positive=False)
    check_email(data.email)


def _refuse_if_decided(rnd: BudgetRound) -> None:
    if rnd.decided_on is not None:
        raise ValidationError("round", "decided", "The result of this round is recorded; clear the result "
                                                  "before changing proposals, costs, votes or the total.")


class CitizenBudgetService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- rounds -------------------------------------------------------------------------------------------
    def rounds(self) -> list[RoundRow]:
        """Newest first."""
        with self.store.read() as s:
            counts = dict(s.exec(select(BudgetProposal.round_id, func.count())
                                 .group_by(col(BudgetProposal.round_id))).all())
            found = s.exec(select(BudgetRound, Meeting.title, Meeting.start)
                           .outerjoin(Meeting, col(Meeting.id) == col(BudgetRound.meeting_id))
                           .order_by(col(BudgetRound.id).desc())).all()
            return [RoundRow(r.id or 0, r.uuid, r.title, r.total, r.meeting_id, title or "",
                             start.date() if start else None, counts.get(r.id or 0, 0), r.decided_on)
                    for r, title, start in found]

    def meetings(self) -> list[MeetingChoice]:
        with self.store.read() as s:
            return citizens_meetings(s)

    def focus_areas(self) -> list[PlanChoice]:
        """Where a chosen proposal can become an initiative."""
        with self.store.read() as s:
            return [c for c in plan_choices(s) if c.initiative_id is None]

    def add_round(self, data: RoundInput) -> tuple[int, Changes]:
        with self.store.session() as s:
            _validate_round(s, data)
            rnd = BudgetRound(title=data.title.strip(), total=data.total, meeting_id=data.meeting_id)
            s.add(rnd)
            s.flush()
            assert rnd.id is not None
            return rnd.id, round_changes(rnd.id)

    def update_round(self, round_id: int, data: RoundInput) -> Changes:
        with self.store.session() as s:
            rnd = self._round(s, round_id)
            _validate_round(s, data)
            if data.total != rnd.total:
                _refuse_if_decided(rnd)
            rnd.title, rnd.total, rnd.meeting_id = data.title.strip(), data.total, data.meeting_id
            return round_changes(round_id)

    def delete_round(self, round_id: int) -> tuple[RoundSnapshot, Changes]:
        with self.store.session() as s:
            rnd = self._round(s, round_id)
            snapshot = RoundSnapshot(rnd.model_dump(), [p.model_dump() for p in s.exec(
                select(BudgetProposal).where(BudgetProposal.round_id == round_id))])
            s.delete(rnd)  # its proposals go with it (ON DELETE CASCADE); initiatives made from them stay
            return snapshot, round_changes(round_id)

    def restore_round(self, snapshot: RoundSnapshot) -> tuple[int, Changes]:
        with self.store.session() as s:
            rnd = BudgetRound(**snapshot.round)
            if rnd.meeting_id is not None and s.get(Meeting, rnd.meeting_id) is None:
                rnd.meeting_id = None
            s.add(rnd)
            s.flush()
            assert rnd.id is not None
            for p in snapshot.proposals:
                proposal = BudgetProposal(**p)
                if proposal.initiative_id is not None and s.get(Initiative, proposal.initiative_id) is None:
                    proposal.initiative_id = None
                s.add(proposal)
            return rnd.id, round_changes(rnd.id)

    # --- proposals ----------------------------------------------------------------------------------------
    def proposals(self, round_id: int) -> list[ProposalRow]:
        """In the order they were entered."""
        with self.store.read() as s:
            return self._proposals(s, round_id)

    @staticmethod
    def _proposals(s: Session, round_id: int) -> list[ProposalRow]:
        found = s.exec(select(BudgetProposal, Initiative.title)
                       .outerjoin(Initiative, col(Initiative.id) == col(BudgetProposal.initiative_id))
                       .where(BudgetProposal.round_id == round_id).order_by(col(BudgetProposal.id))).all()
        return [ProposalRow(p.id or 0, p.title, p.proposer, p.email, p.description, p.cost, p.votes, p.chosen,
                            p.initiative_id, title or "") for p, title in found]

    def add_proposal(self, round_id: int, data: ProposalInput) -> tuple[int, Changes]:
        _validate_proposal(data)
        with self.store.session() as s:
            _refuse_if_decided(self._round(s, round_id))
            proposal = BudgetProposal(round_id=round_id, title=data.title.strip(), proposer=data.proposer.strip(),
                                      email=data.email.strip(), description=data.description.strip(), cost=data.cost)
            s.add(proposal)
            s.flush()
            assert proposal.id is not None
            return proposal.id, round_changes(round_id)

    def update_proposal(self, proposal_id: int, data: ProposalInput) -> Changes:
        _validate_proposal(data)
        with self.store.session() as s:
            proposal = self._proposal(s, proposal_id)
            if data.cost != proposal.cost:
                _refuse_if_decided(self._round(s, proposal.round_id))
            proposal.title, proposal.proposer, proposal.email = data.title.strip(), data.proposer.strip(), data.email.strip()
            proposal.description, proposal.cost = data.description.strip(), data.cost
            return round_changes(proposal.round_id)

    def delete_proposal(self, proposal_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            proposal = self._proposal(s, proposal_id)
            _refuse_if_decided(self._round(s, proposal.round_id))
            snapshot = proposal.model_dump()
            s.delete(proposal)
            return snapshot, round_changes(proposal.round_id)

    def restore_proposal(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            _refuse_if_decided(self._round(s, snapshot["round_id"]))
            proposal = BudgetProposal(**snapshot)
            if proposal.initiative_id is not None and s.get(Initiative, proposal.initiative_id) is None:
                proposal.initiative_id = None
            s.add(proposal)
            s.flush()
            assert proposal.id is not None
            return proposal.id, round_changes(proposal.round_id)

    # --- votes and the result -----------------------------------------------------------------------------
    def set_votes(self, proposal_id: int, votes: int) -> tuple[int, Changes]:
        """The votes counted for a proposal (a tally of ballots or dots); returns the count it had."""
        if votes < 0:
            raise ValidationError("votes", "negative", "Votes cannot be negative.")
        with self.store.session() as s:
            proposal = self._proposal(s, proposal_id)
            _refuse_if_decided(self._round(s, proposal.round_id))
            before, proposal.votes = proposal.votes, votes
            return before, round_changes(proposal.round_id)

    def result(self, round_id: int) -> RoundResult:
        """What the votes choose now; see domain.citizen_budget.count_budget for the rule."""
        with self.store.read() as s:
            rnd = self._round(s, round_id)
            rows = {p.id: p for p in self._proposals(s, round_id)}
        outcome = count_budget([Counted(p.id, p.cost, p.votes) for p in rows.values()], rnd.total)
        return RoundResult(round_id, rnd.total, [rows[i] for i in outcome.chosen], [rows[i] for i in outcome.passed_over],
                           outcome.spent, outcome.left, outcome.tie_decided, rnd.decided_on)

    def record_result(self, round_id: int, on: date | None = None) -> tuple[RecordedResult, Changes]:
        """Marks the proposals the votes choose as chosen, and the round as decided (votes then stay as
        they are until the result is cleared). Returns what was recorded before, for undo."""
        outcome = self.result(round_id)
        if not outcome.chosen:
            raise ValidationError("votes", "none", "No proposal has votes yet; count the votes first.")
        with self.store.session() as s:
            rnd = self._round(s, round_id)
            proposals = list(s.exec(select(BudgetProposal).where(BudgetProposal.round_id == round_id)))
            before = RecordedResult(rnd.decided_on, frozenset(p.id for p in proposals if p.chosen and p.id))
            chosen = {p.id for p in outcome.chosen}
            for p in proposals:
                p.chosen = p.id in chosen
            rnd.decided_on = on or date.today()
            return before, round_changes(round_id)

    def set_recorded(self, round_id: int, recorded: RecordedResult) -> tuple[RecordedResult, Changes]:
        """Puts back a recorded result (or clears it: RecordedResult(None, frozenset())); returns the one there."""
        with self.store.session() as s:
            rnd = self._round(s, round_id)
            proposals = list(s.exec(select(BudgetProposal).where(BudgetProposal.round_id == round_id)))
            before = RecordedResult(rnd.decided_on, frozenset(p.id for p in proposals if p.chosen and p.id))
            for p in proposals:
                p.chosen = p.id in recorded.chosen
            rnd.decided_on = recorded.decided_on
            return before, round_changes(round_id)

    # --- chosen proposals into the plan -----------------------------------------------------------------
    def to_initiative(self, proposal_id: int, focus_area_id: int) -> tuple[int, Changes]:
        """Makes a chosen proposal an initiative in the focus area, linked back to the proposal."""
        with self.store.session() as s:
            proposal = self._proposal(s, proposal_id)
            rnd = self._round(s, proposal.round_id)
            if not proposal.chosen:
                raise ValidationError("proposal", "not_chosen", "Only a proposal chosen in the recorded result "
                                                                "becomes an initiative.")
            if proposal.initiative_id is not None:
                raise ValidationError("proposal", "already", "This proposal is already an initiative.")
            if s.get(FocusArea, focus_area_id) is None:
                raise ValidationError("focus_area", "unknown", "The focus area chosen no longer exists.")
            by = f"Forslag fra {proposal.proposer}. " if proposal.proposer else ""
            initiative = Initiative(focus_area_id=focus_area_id, title=proposal.title,
                                    description=(by + proposal.description).strip(),
                                    funding=f"Borgerbudget: {rnd.title} ({proposal.cost:,} kr.)".replace(",", "."))
            s.add(initiative)
            s.flush()
            assert initiative.id is not None
            proposal.initiative_id = initiative.id
            return initiative.id, round_changes(proposal.round_id) | {"plan"}

    def remove_initiative(self, initiative_id: int) -> tuple[dict[str, Any], Changes]:
        """Undoes to_initiative: the initiative goes, the proposal's link with it."""
        with self.store.session() as s:
            initiative = s.get(Initiative, initiative_id)
            if initiative is None:
                raise NotFoundError(initiative_id)
            proposal = s.exec(select(BudgetProposal).where(BudgetProposal.initiative_id == initiative_id)).first()
            snapshot = {"initiative": initiative.model_dump(), "proposal_id": proposal.id if proposal else None}
            s.delete(initiative)
            return snapshot, (round_changes(proposal.round_id) if proposal else frozenset()) | {"plan"}

    def restore_initiative(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            initiative = Initiative(**snapshot["initiative"])
            s.add(initiative)
            s.flush()
            assert initiative.id is not None
            changes: Changes = frozenset({"plan"})
            proposal = s.get(BudgetProposal, snapshot["proposal_id"]) if snapshot["proposal_id"] else None
            if proposal is not None:
                proposal.initiative_id = initiative.id
                changes |= round_changes(proposal.round_id)
            return initiative.id, changes

    @staticmethod
    def _round(s: Session, round_id: int) -> BudgetRound:
        rnd = s.get(BudgetRound, round_id)
        if rnd is None:
            raise NotFoundError(round_id)
        return rnd

    @staticmethod
    def _proposal(s: Session, proposal_id: int) -> BudgetProposal:
        proposal = s.get(BudgetProposal, proposal_id)
        if proposal is None:
            raise NotFoundError(proposal_id)
        return proposal


__all__ = ["CitizenBudgetService", "ProposalInput", "ProposalRow", "RecordedResult", "RoundInput", "RoundResult",
           "RoundRow", "RoundSnapshot", "round_changes"]
