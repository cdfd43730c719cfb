"""Henvendelser: administrative questions from dialogue meetings, tracked until the municipality answers.

The municipality's own advice: settle what is politics and what is administration before a dialogue
meeting; administrative questions get an administrative answer, and are followed up until they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import Classification, RequestStatus
from lokalraad_app.domain.models import AgendaItem, Meeting, MunicipalRequest
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import writing
from lokalraad_app.store.engine import Store

REQUESTS: Changes = frozenset({"requests"})


@dataclass(frozen=True)
class RequestRow:
    id: int
    question: str
    owner: str
    promised_on: date | None
    answer: str
    answered_on: date | None
    status: str
    meeting_title: str
    meeting_day: date | None

    def late(self, today: date) -> bool:
        return self.status == RequestStatus.OPEN.value and self.promised_on is not None and self.promised_on < today


def request_line(r: MunicipalRequest) -> str:
    """One open request as a dialogue agenda lists it (the document's words: Danish)."""
    parts = [p for p in (r.owner, f"svar lovet {r.promised_on:%d.%m.%Y}" if r.promised_on else "") if p]
    return f"- {r.question}" + (f" ({', '.join(parts)})" if parts else "")


def open_requests(s: Session) -> list[MunicipalRequest]:
    return list(s.exec(select(MunicipalRequest).where(MunicipalRequest.status == RequestStatus.OPEN.value)
                       .order_by(col(MunicipalRequest.id))))


class RequestService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, open_only: bool = True) -> list[RequestRow]:
        with self.store.read() as s:
            query = (select(MunicipalRequest, Meeting.title, Meeting.start)
                     .outerjoin(Meeting, col(Meeting.id) == col(MunicipalRequest.meeting_id)))
            if open_only:
                query = query.where(MunicipalRequest.status == RequestStatus.OPEN.value)
            rows = [RequestRow(r.id or 0, r.question, r.owner, r.promised_on, r.answer, r.answered_on, r.status,
                               title or "", start.date() if start else None)
                    for r, title, start in s.exec(query).all()]
        return sorted(rows, key=lambda r: (r.status != RequestStatus.OPEN.value, r.promised_on is None,
                                           r.promised_on or date.max, r.id))

    def from_item(self, item_id: int) -> tuple[int, Changes]:
        """Makes an administrative agenda item a tracked request (once)."""
        with writing(self.store) as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            if item.classification != Classification.ADMINISTRATIVE.value:
                raise ValidationError("classification", "not_administrative",
                                      "Only items marked administration become requests to the municipality.")
            existing = s.exec(select(MunicipalRequest).where(MunicipalRequest.agenda_item_id == item_id)).first()
            if existing is not None:
                raise ValidationError("agenda_item", "already_tracked",
                                      "This question is already followed as a request to the municipality.")
            question = item.title + (f": {item.background.strip()}" if item.background.strip() else "")
            request = MunicipalRequest(meeting_id=item.meeting_id, agenda_item_id=item_id, question=question)
            s.add(request)
            s.flush()
            assert request.id is not None
            return request.id, REQUESTS

    def update(self, request_id: int, owner: str, promised_on: date | None) -> Changes:
        with writing(self.store) as s:
            request = self._get(s, request_id)
            request.owner, request.promised_on = owner.strip(), promised_on
            return REQUESTS

    def answer(self, request_id: int, answer: str, on: date | None = None) -> Changes:
        if not answer.strip():
            raise ValidationError("answer", "required", "Write the municipality's answer.")
        with writing(self.store) as s:
            request = self._get(s, request_id)
            request.answer, request.answered_on = answer.strip(), on or date.today()
            request.status = RequestStatus.ANSWERED.value
            return REQUESTS

    def delete(self, request_id: int) -> tuple[dict[str, Any], Changes]:
        with writing(self.store) as s:
            request = self._get(s, request_id)
            snapshot = request.model_dump()
            s.delete(request)
            return snapshot, REQUESTS

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            request = MunicipalRequest(**snapshot)
            s.add(request)
            s.flush()
            assert request.id is not None
            return request.id, REQUESTS

    def reopen(self, request_id: int) -> Changes:
        """Undoes an answer recorded by mistake."""
        with writing(self.store) as s:
            request = self._get(s, request_id)
            request.answer, request.answered_on, request.status = "", None, RequestStatus.OPEN.value
            return REQUESTS

    @staticmethod
    def _get(s: Session, request_id: int) -> MunicipalRequest:
        request = s.get(MunicipalRequest, request_id)
        if request is None:
            raise NotFoundError(request_id)
        return request
