"""Printed documents from the file's records: gathers what a builder needs and returns the PDF's bytes."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from lokalraad_app.documents.agenda import AgendaData, build_agenda, document_file_name
from lokalraad_app.documents.members_list import ListedPerson, build_members_list
from lokalraad_app.documents.minutes import MinutesData, build_attendance_sheet, build_minutes
from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.domain.models import ActionItem, Attachment, Attendance, Council, Meeting, Person
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store

DOCUMENTS = ("agenda", "minutes", "attendance", "members")


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
        return document_file_name(detail.meeting, "agenda", language), pdf

    def minutes(self, meeting_id: int) -> tuple[str, bytes]:
        """(file name, PDF) of the minutes: KLADDE until approved, then with when and where they were."""
        name, language = self._council()
        detail = MeetingService(self.store).detail(meeting_id)
        with self.store.read() as s:
            attendance = list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))
            actions: dict[int, list[ActionItem]] = {}
            for a in s.exec(select(ActionItem).where(ActionItem.meeting_id == meeting_id).order_by(col(ActionItem.id))):
                actions.setdefault(a.agenda_item_id or 0, []).append(a)
            approved_at = None
            if detail.minutes is not None and detail.minutes.approved_at_meeting_id:
                at = s.get(Meeting, detail.minutes.approved_at_meeting_id)
                approved_at = at.start.astimezone(ZoneInfo(at.timezone)).date() if at else None
        pdf = build_minutes(MinutesData(name, detail.meeting, detail.items, attendance, detail.minutes, approved_at,
                                        actions, detail.amendments, language))
        return document_file_name(detail.meeting, "minutes", language), pdf

    def attendance_sheet(self, meeting_id: int) -> tuple[str, bytes]:
        name, language = self._council()
        detail = MeetingService(self.store).detail(meeting_id)
        with self.store.read() as s:
            attendance = list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))
        pdf = build_attendance_sheet(name, detail.meeting, attendance, language)
        return document_file_name(detail.meeting, "attendance_sheet", language), pdf

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
        per_meeting = {"agenda": self.agenda, "minutes": self.minutes, "attendance": self.attendance_sheet}
        if document in per_meeting:
            if not meeting_uid:
                raise ValidationError("meeting", "required", f"The {document} needs --meeting UID "
                                      "(see lokalraad meetings).")
            try:
                meeting_id = MeetingService(self.store).id_for_uid(meeting_uid)
            except NotFoundError:
                raise ValidationError("meeting", "unknown", f"No meeting has the uid {meeting_uid}.") from None
            return per_meeting[document](meeting_id)
        raise ValidationError("document", "unknown", f"{document}: not built yet; choose one of {', '.join(DOCUMENTS)}.")
