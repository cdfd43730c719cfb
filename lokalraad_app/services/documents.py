"""Printed documents from the file's records: gathers what a builder needs and returns the PDF's bytes."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from lokalraad_app.documents.agenda import AgendaData, agenda_file_name, build_agenda
from lokalraad_app.documents.members_list import ListedPerson, build_members_list
from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.domain.models import Attachment, Council, Person
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store

DOCUMENTS = ("agenda", "members")


class DocumentService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _council(self) -> tuple[str, str]:
        with self.store.read() as s:
            council = s.exec(select(Council).order_by(col(Council.id))).first()
            return (council.name, council.document_language) if council else ("Lokalråd", "da")

    def agenda(self, meeting_id: int) -> tuple[str, bytes]:
        """(file name, PDF) of one meeting's agenda."""
        name, language = self._council()
        detail = MeetingService(self.store).detail(meeting_id)
        with self.store.read() as s:
            ids = {i.responsible_id for i in detail.items if i.responsible_id}
            people = {p.id or 0: p.name for p in s.exec(select(Person).where(col(Person.id).in_(ids)))} if ids else {}
            item_ids = [i.id for i in detail.items]
            files: dict[int, list[str]] = {}
            for item_id, file_name in s.exec(select(Attachment.agenda_item_id, Attachment.file_name)
                                             .where(col(Attachment.agenda_item_id).in_(item_ids))
                                             .order_by(col(Attachment.id))).all():
                files.setdefault(item_id, []).append(file_name)
        pdf = build_agenda(AgendaData(name, detail.meeting, detail.items, people, files, language))
        return agenda_file_name(detail.meeting, language), pdf

    def members(self, today: date | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the member list: board, substitutes, contacts."""
        name, language = self._council()
        today = today or date.today()
        sections = []
        with self.store.read() as s:
            for key, member_filter in (("board", MemberFilter.BOARD), ("substitutes", MemberFilter.SUBSTITUTES),
                                       ("contacts", MemberFilter.CONTACTS)):
                rows = member_queries.member_rows(s, member_queries.member_ids(s, member_filter, today=today), today)
                sections.append((key, [ListedPerson(r.name, r.role or r.title, r.term_from, r.term_to, r.email,
                                                    r.phone) for r in rows]))
        title = "Medlemsliste" if language == "da" else "Member list"
        return f"{today.isoformat()} {title}.pdf", build_members_list(name, sections, today, language)

    def build(self, document: str, meeting_uid: str | None = None) -> tuple[str, bytes]:
        """For the command line: a document by its name."""
        if document == "members":
            return self.members()
        if document == "agenda":
            if not meeting_uid:
                raise ValidationError("meeting", "required", "The agenda needs --meeting UID (see lokalraad meetings).")
            try:
                return self.agenda(MeetingService(self.store).id_for_uid(meeting_uid))
            except NotFoundError:
                raise ValidationError("meeting", "unknown", f"No meeting has the uid {meeting_uid}.") from None
        raise ValidationError("document", "unknown", f"{document}: not built yet; choose one of {', '.join(DOCUMENTS)}.")
