"""The municipal export: gathers the file's meetings, decisions, action items, requests, initiatives and
hearing responses into the versioned format of documents/export.py, checks it against its JSON Schema and
writes it (JSON, or CSV with one file per table). Nothing is written when the check fails."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from lokalraad_app.documents import export as export_format
from lokalraad_app.documents.export import ExportInvalid
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    Council,
    DevelopmentPlan,
    FocusArea,
    Hearing,
    Initiative,
    Meeting,
    Minutes,
    MunicipalRequest,
    Person,
)
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.store.engine import Store

FORMATS = ("json", "csv")
JSON_NAME = f"lokalraad-eksport-v{export_format.VERSION}.json"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


class ExportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def document(self, now: datetime | None = None) -> dict[str, Any]:
        """The export as a JSON-ready dict (not yet checked)."""
        now = now or datetime.now(UTC)
        with self.store.read() as s:
            council = s.exec(select(Council).order_by(col(Council.id))).first()
            if council is None:
                raise ValidationError("council", "missing", "Filen har intet lokalråd at eksportere.")
            namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:lokalraad:{council.uuid}")

            def stable_id(kind: str, key: int | None) -> str:  # records without a uuid of their own
                return str(uuid.uuid5(namespace, f"{kind}:{key}"))

            meetings = list(s.exec(select(Meeting).order_by(col(Meeting.start), col(Meeting.id))))
            uids = {m.id: m.uid for m in meetings}
            minutes = {m.meeting_id: m for m in s.exec(select(Minutes))}
            items = list(s.exec(select(AgendaItem).where(AgendaItem.decision != "")
                                .order_by(col(AgendaItem.meeting_id), col(AgendaItem.position), col(AgendaItem.id))))
            numbers: dict[int, dict[int, int]] = {}
            for meeting_id, item_id in s.exec(select(AgendaItem.meeting_id, AgendaItem.id)
                                              .order_by(col(AgendaItem.meeting_id), col(AgendaItem.position),
                                                        col(AgendaItem.id))):
                numbers.setdefault(meeting_id, {})[item_id or 0] = len(numbers.get(meeting_id, {})) + 1
            owners = dict(s.exec(select(Person.id, Person.name)).all())
            actions = list(s.exec(select(ActionItem).order_by(col(ActionItem.id))))
            requests = list(s.exec(select(MunicipalRequest).order_by(col(MunicipalRequest.id))))
            initiatives = list(s.exec(select(Initiative, FocusArea, DevelopmentPlan).select_from(Initiative)
                                      .join(FocusArea, col(FocusArea.id) == col(Initiative.focus_area_id))
                                      .join(DevelopmentPlan, col(DevelopmentPlan.id) == col(FocusArea.plan_id))
                                      .order_by(col(DevelopmentPlan.id), col(FocusArea.position),
                                                col(FocusArea.id), col(Initiative.id))))
            hearings = list(s.exec(select(Hearing).order_by(col(Hearing.deadline), col(Hearing.id))))

        def local(moment: datetime, zone: str) -> str:
            return moment.astimezone(ZoneInfo(zone)).isoformat()

        def approved(meeting_id: int | None) -> bool:
            m = minutes.get(meeting_id or 0)
            return m is not None and m.status == "approved"

        return {
            "format": export_format.FORMAT, "version": export_format.VERSION,
            "generated_at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "council": {"id": council.uuid, "name": council.name, "area": council.area,
                        "municipality": council.municipality},
            "meetings": [{
                "id": m.uid, "kind": m.kind, "title": m.title, "start": local(m.start, m.timezone),
                "end": local(m.end, m.timezone), "timezone": m.timezone, "place": m.place, "status": m.status,
                "minutes_status": minutes[m.id].status if m.id in minutes else "none",
                "minutes_approved_on": _day(minutes[m.id].approved_on) if m.id in minutes else None,
            } for m in meetings],
            "decisions": [{
                "id": stable_id("agenda_item", i.id), "meeting_id": uids[i.meeting_id],
                "number": numbers[i.meeting_id][i.id or 0], "title": i.title, "kind": i.kind,
                "classification": i.classification, "discussion": i.discussion, "decision": i.decision,
                "votes_for": i.votes_for, "votes_against": i.votes_against, "votes_blank": i.votes_blank,
                "approved": approved(i.meeting_id),
            } for i in items],
            "action_items": [{
                "id": a.uuid, "meeting_id": uids.get(a.meeting_id), "description": a.description,
                "owner": a.owner_name or owners.get(a.owner_id or 0, ""),
                "due": _day(a.due), "status": a.status, "closed_on": _day(a.closed_on),
            } for a in actions],
            "municipal_requests": [{
                "id": r.uuid, "meeting_id": uids.get(r.meeting_id), "question": r.question, "owner": r.owner,
                "promised_on": _day(r.promised_on), "answer": r.answer, "answered_on": _day(r.answered_on),
                "status": r.status,
            } for r in requests],
            "initiatives": [{
                "id": stable_id("initiative", i.id), "plan": p.title, "focus_area": a.title, "title": i.title,
                "description": i.description, "owner": i.owner, "partners": i.partners, "funding": i.funding,
                "progress": i.progress, "status": i.status,
            } for i, a, p in initiatives],
            "hearing_responses": [{
                "id": h.uid, "reference": h.reference, "title": h.title, "deadline": _day(h.deadline),
                "status": h.status, "answered_on": _day(h.answered_on), "response": h.response,
            } for h in hearings],
        }

    @staticmethod
    def render(document: dict[str, Any], fmt: str = "json") -> dict[str, bytes]:
        """{file name: content} of the export, refused (ValidationError) when it does not match the schema."""
        try:
            if fmt == "csv":
                return export_format.to_csv(document)
            return {JSON_NAME: export_format.to_json(document)}
        except ExportInvalid as e:
            raise ValidationError("export", "invalid", f"Eksporten passer ikke til sit skema og blev ikke "
                                  f"skrevet: {e}") from None

    def json_file(self, now: datetime | None = None) -> tuple[str, bytes]:
        """(file name, checked JSON) for sending to the municipality."""
        return JSON_NAME, self.render(self.document(now))[JSON_NAME]

    def write(self, folder: Path, fmt: str = "json", now: datetime | None = None) -> list[Path]:
        """Writes the checked export into `folder` (made if missing); returns the files written. Every file
        is checked and rendered before the first is written, and each lands whole (written aside, renamed)."""
        if fmt not in FORMATS:
            raise ValidationError("format", "unknown", f"{fmt}: vælg json eller csv.")
        content = self.render(self.document(now), fmt)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, data in content.items():
            path = folder / name
            partial = path.with_name(name + ".partial")
            partial.write_bytes(data)
            partial.replace(path)
            written.append(path)
        return written


__all__ = ["FORMATS", "ExportService"]
