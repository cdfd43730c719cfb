"""Puljer: applications to municipal pools (landdistriktspulje, § 18) and foundations, often for an
initiative of the development plan, followed from the draft to the report on how the grant was spent.

Two deadlines matter: the application's while it is a draft, and the report's once the money is granted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import DeadlineKind, FundingStatus, FundKind, Severity
from lokalraad_app.domain.models import FundingApplication, Initiative
from lokalraad_app.domain.rules import UpcomingDeadline, deadline_severity
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.store.engine import Store

FUNDING: Changes = frozenset({"funding"})
MAX_AMOUNT = 1_000_000_000  # kroner: more is a typing slip


@dataclass(frozen=True)
class FundingInput:
    fund: str
    kind: FundKind = FundKind.RURAL_POOL
    purpose: str = ""
    initiative_id: int | None = None
    amount_applied: int = 0  # whole kroner
    amount_granted: int | None = None
    deadline: date | None = None
    status: FundingStatus = FundingStatus.DRAFT
    decided_on: date | None = None
    report_deadline: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class FundingRow:
    id: int
    uid: str
    fund: str
    kind: str  # FundKind
    purpose: str
    initiative: str  # the initiative's title, or ""
    amount_applied: int
    amount_granted: int | None
    deadline: date | None
    status: str  # FundingStatus
    decided_on: date | None
    report_deadline: date | None

    def next_deadline(self) -> tuple[DeadlineKind, date] | None:
        """What is due next: the application while it is a draft, the report once granted; else nothing."""
        if self.status == FundingStatus.DRAFT.value and self.deadline is not None:
            return DeadlineKind.APPLICATION, self.deadline
        if self.status == FundingStatus.GRANTED.value and self.report_deadline is not None:
            return DeadlineKind.REPORT, self.report_deadline
        return None

    def severity(self, today: date) -> Severity:
        due = self.next_deadline()
        return deadline_severity(due[1], today) if due else Severity.NONE

    def to_json(self) -> dict[str, object]:
        def day(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {"uid": self.uid, "fund": self.fund, "kind": self.kind, "purpose": self.purpose,
                "initiative": self.initiative, "amount_applied": self.amount_applied,
                "amount_granted": self.amount_granted, "deadline": day(self.deadline), "status": self.status,
                "decided_on": day(self.decided_on), "report_deadline": day(self.report_deadline)}


def _valid(data: FundingInput) -> FundingInput:
    """Trimmed input, or a ValidationError naming the field to fix."""
    if not data.fund.strip():
        raise ValidationError("fund", "required", "Write the name of the pool or foundation.")
    for field, amount in (("amount_applied", data.amount_applied), ("amount_granted", data.amount_granted)):
        if amount is not None and not 0 <= amount <= MAX_AMOUNT:
            raise ValidationError(field, "range", "Amounts are whole kroner from 0 to 1,000,000,000.")
    return FundingInput(data.fund.strip(), FundKind(data.kind), data.purpose.strip(), data.initiative_id,
                        data.amount_applied, data.amount_granted, data.deadline, FundingStatus(data.status),
                        data.decided_on, data.report_deadline, data.notes)


class FundingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading -------------------------------------------------------------------------------
    def rows(self, statuses: set[FundingStatus] | None = None) -> list[FundingRow]:
        """Applications (of the given statuses, or all): those with a deadline ahead of them first, the nearest
        first; then the others, the newest application first."""
        with self.store.read() as s:
            query = (select(FundingApplication, Initiative.title)
                     .outerjoin(Initiative, col(Initiative.id) == col(FundingApplication.initiative_id)))
            if statuses:
                query = query.where(col(FundingApplication.status).in_([s.value for s in statuses]))
            rows = [FundingRow(a.id or 0, a.uid, a.fund, a.kind, a.purpose, title or "", a.amount_applied,
                               a.amount_granted, a.deadline, a.status, a.decided_on, a.report_deadline)
                    for a, title in s.exec(query).all()]

        def order(r: FundingRow) -> tuple[int, int, int]:
            due = r.next_deadline()
            if due is not None:
                return 0, due[1].toordinal(), r.id
            return 1, -(r.deadline or date.min).toordinal(), -r.id

        return sorted(rows, key=order)

    def funding_input(self, application_id: int) -> FundingInput:
        with self.store.read() as s:
            a = self._get(s, application_id)
            return FundingInput(a.fund, FundKind(a.kind), a.purpose, a.initiative_id, a.amount_applied,
                                a.amount_granted, a.deadline, FundingStatus(a.status), a.decided_on, a.report_deadline,
                                a.notes)

    def uid_of(self, application_id: int) -> str:
        with self.store.read() as s:
            return self._get(s, application_id).uid

    def initiatives(self) -> list[tuple[int, str]]:
        """The development plan's initiatives an application may be for: (id, title), by title."""
        with self.store.read() as s:
            return [(i.id or 0, i.title) for i in s.exec(select(Initiative).order_by(col(Initiative.title)))]

    def upcoming_deadlines(self, today: date | None = None, within_days: int = 60) -> list[UpcomingDeadline]:
        """Application deadlines of drafts and report deadlines of grants within `within_days`, or passed
        and not yet done, the nearest first. `what` is the fund, and the purpose when there is one."""
        today = today or date.today()
        horizon = today + timedelta(days=within_days)
        result = []
        for row in self.rows({FundingStatus.DRAFT, FundingStatus.GRANTED}):
            due = row.next_deadline()
            if due is not None and due[1] <= horizon:
                what = f"{row.fund}: {row.purpose}" if row.purpose else row.fund
                result.append(UpcomingDeadline(due[0], what, due[1], row.severity(today), row.uid))
        return sorted(result, key=lambda d: (d.date, d.what))

    # --- writing -------------------------------------------------------------------------------
    def create(self, data: FundingInput) -> tuple[int, Changes]:
        data = _valid(data)
        with self.store.session() as s:
            self._check_initiative(s, data.initiative_id)
            application = FundingApplication(**self._columns(data))
            s.add(application)
            s.flush()
            assert application.id is not None
            return application.id, FUNDING

    def update(self, application_id: int, data: FundingInput) -> Changes:
        data = _valid(data)
        with self.store.session() as s:
            application = self._get(s, application_id)
            self._check_initiative(s, data.initiative_id)
            for name, value in self._columns(data).items():
                setattr(application, name, value)
            return FUNDING

    def delete(self, application_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            application = self._get(s, application_id)
            snapshot = application.model_dump()
            s.delete(application)
            return snapshot, FUNDING

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        """Puts a deleted application back as it was (same id and uid); an initiative deleted since is unlinked."""
        with self.store.session() as s:
            application = FundingApplication(**snapshot)
            if application.initiative_id is not None and s.get(Initiative, application.initiative_id) is None:
                application.initiative_id = None
            s.add(application)
            s.flush()
            assert application.id is not None
            return application.id, FUNDING

    @staticmethod
    def _columns(data: FundingInput) -> dict[str, Any]:
        values = dict(data.__dict__)
        values["kind"], values["status"] = data.kind.value, data.status.value
        return values

    @staticmethod
    def _check_initiative(s: Session, initiative_id: int | None) -> None:
        if initiative_id is not None and s.get(Initiative, initiative_id) is None:
            raise NotFoundError(initiative_id)

    @staticmethod
    def _get(s: Session, application_id: int) -> FundingApplication:
        application = s.get(FundingApplication, application_id)
        if application is None:
            raise NotFoundError(application_id)
        return application


__all__ = ["FundingInput", "FundingRow", "FundingService"]
