"""Høringer: the municipality's hearings the council follows, with their deadlines and answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from lokalraad_app.domain.models import Hearing
from lokalraad_app.store.engine import Store


@dataclass(frozen=True)
class HearingRow:
    id: int
    uid: str
    reference: str  # the municipality's case number
    title: str
    deadline: date | None
    status: str  # HearingStatus
    answered_on: date | None

    def to_json(self) -> dict[str, object]:
        return {"uid": self.uid, "reference": self.reference, "title": self.title,
                "deadline": self.deadline.isoformat() if self.deadline else None, "status": self.status,
                "answered_on": self.answered_on.isoformat() if self.answered_on else None}


class HearingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self) -> list[HearingRow]:
        """Every hearing, the nearest deadline first (those without one last)."""
        with self.store.read() as s:
            found = s.exec(select(Hearing).order_by(col(Hearing.deadline).is_(None), col(Hearing.deadline),
                                                    col(Hearing.id))).all()
            return [HearingRow(h.id or 0, h.uid, h.reference, h.title, h.deadline, h.status, h.answered_on)
                    for h in found]


__all__ = ["HearingRow", "HearingService"]
