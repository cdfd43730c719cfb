"""Printed documents from the file's records: gathers what a builder needs and returns the PDF's bytes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import col, func, select

from lokalraad_app.documents.agenda import AgendaData, build_agenda, document_file_name
from lokalraad_app.documents.annual_report import (
    AnnualReportData,
    ReportHearing,
    ReportInitiative,
    ReportMeeting,
    annual_report_file_name,
    annual_report_text,
    build_annual_report,
)
from lokalraad_app.documents.members_list import ListedPerson, build_members_list
from lokalraad_app.documents.minutes import MinutesData, build_attendance_sheet, build_minutes, minutes_digest
from lokalraad_app.documents.plan import (
    HearingResponseData,
    PlanArea,
    PlanData,
    PlanInitiative,
    build_hearing_response,
    build_plan,
)
from lokalraad_app.documents.styles import SEAL_KEYWORD, Letterhead
from lokalraad_app.documents.texts import text
from lokalraad_app.domain.enums import (
    HearingStatus,
    ItemKind,
    MeetingStatus,
    MemberFilter,
    MinutesStatus,
    Presence,
    Role,
)
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    Attendance,
    Council,
    DevelopmentPlan,
    FocusArea,
    Hearing,
    Initiative,
    Meeting,
    Minutes,
    MinutesAmendment,
    Person,
    SealedDocument,
)
from lokalraad_app.domain.templates import ROUTINE_TITLES
from lokalraad_app.services.annual_report import check_year, read_chair_text
from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import MeetingDetail, meeting_id_for_uid, read_detail, writing
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store

DOCUMENTS = ("agenda", "minutes", "attendance", "members", "plan", "hearing", "annual-report")


@dataclass(frozen=True)
class Verification:
    """What `verify` found out about a PDF file."""

    sealed: bool  # the file is, byte for byte, approved minutes this council file sealed
    meeting_title: str = ""
    meeting_start: datetime | None = None  # in the meeting's own time zone
    sealed_at: datetime | None = None
    superseded: bool = False  # a correction sealed newer minutes for the same meeting since
    claimed_digest: str = ""  # the content digest the file says it carries, if any
    claim_known: bool = False  # not sealed, but this file sealed minutes with that content: the copy was changed


def _refuse_unheld(data: MinutesData, now: datetime) -> None:
    """Minutes exist only for a meeting that was held, or is under way, or has something written down."""
    m = data.meeting
    if m.status == MeetingStatus.CANCELLED.value:
        raise ValidationError("meeting", "cancelled", f"{m.title} was cancelled; it has no minutes to print.")
    recorded = any(i.discussion.strip() or i.decision.strip() or i.votes_for is not None for i in data.items)
    if m.start > now and not recorded:
        start = m.start.astimezone(ZoneInfo(m.timezone))
        raise ValidationError("meeting", "not_held", f"{m.title} has not been held yet (it starts "
                              f"{start:%Y-%m-%d %H:%M}), so there are no minutes to print; print the agenda "
                              "instead, or the minutes once the meeting has begun.")


class DocumentService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _letterhead(self) -> Letterhead:
        with self.store.read() as s:
            council = s.exec(select(Council).order_by(col(Council.id))).first()
            if council is None:
                return Letterhead("Lokalråd")
            return Letterhead(council.name, council.document_language, council.logo)

    def _detail(self, meeting_id: int) -> MeetingDetail:
        with self.store.read() as s:
            return read_detail(s, meeting_id)

    def _signatures_wanted(self) -> bool:
        return CouncilService(self.store).setting("minutes_signatures") == "1"  # the setting lives there

    def agenda(self, meeting_id: int) -> tuple[str, bytes]:
        """(file name, PDF) of one meeting's agenda."""
        letterhead = self._letterhead()
        detail = self._detail(meeting_id)
        with self.store.read() as s:
            ids = {i.responsible_id for i in detail.items if i.responsible_id}
            people = {p.id or 0: p.name for p in s.exec(select(Person).where(col(Person.id).in_(ids)))} if ids else {}
            item_ids = [i.id for i in detail.items]
            files: dict[int, list[str]] = {}
            for item_id, file_name in s.exec(select(Attachment.agenda_item_id, Attachment.file_name)
                                             .where(col(Attachment.agenda_item_id).in_(item_ids))
                                             .order_by(col(Attachment.id))).all():
                files.setdefault(item_id, []).append(file_name)
        pdf = build_agenda(AgendaData(letterhead, detail.meeting, detail.items, people, files))
        return document_file_name(detail.meeting, "agenda", letterhead.language), pdf

    def minutes(self, meeting_id: int, *, seal_if_needed: bool = True,
                now: datetime | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the minutes: KLADDE until approved; once approved, the sealed PDF.

        Minutes are sealed when they are approved and again at each correction, so every copy handed
        out is byte for byte one that `verify` knows. Minutes without a seal that covers all their
        corrections (approved before sealing existed, or a seal that failed) are sealed the first time
        they are printed (a write; `seal_if_needed=False` refuses instead). The minutes of a cancelled
        meeting, or of one that has not begun and has nothing recorded, are refused (ValidationError):
        an empty referat is of no use to anyone, and the agenda is what to print before a meeting.
        """
        with self.store.read() as s:
            sealed = s.exec(select(SealedDocument).where(SealedDocument.meeting_id == meeting_id)
                            .order_by(col(SealedDocument.id).desc())).first()
            amendments = s.exec(select(func.count()).select_from(MinutesAmendment).join(Minutes)
                                .where(Minutes.meeting_id == meeting_id)).one()
        if sealed is not None and sealed.amendments >= amendments:
            return sealed.file_name, sealed.pdf
        data = self._minutes_data(meeting_id)
        name = document_file_name(data.meeting, "minutes", data.letterhead.language)
        if data.minutes is None or data.minutes.status != MinutesStatus.APPROVED.value:
            _refuse_unheld(data, now or datetime.now(UTC))
            return name, build_minutes(data)
        if not seal_if_needed:
            raise ValidationError("minutes", "unsealed", "These approved minutes have not been sealed yet; "
                                  "print them once where the council file can be written.")
        return self.seal_minutes(meeting_id)

    def seal_minutes(self, meeting_id: int) -> tuple[str, bytes]:
        """Prints the approved minutes as they are now and keeps the PDF with its SHA-256 in the file."""
        data = self._minutes_data(meeting_id)
        if data.minutes is None or data.minutes.status != MinutesStatus.APPROVED.value:
            raise ValidationError("minutes", "not_approved", "Only approved minutes are sealed.")
        data.seal = minutes_digest(data)
        name = document_file_name(data.meeting, "minutes", data.letterhead.language)
        pdf = build_minutes(data)
        with writing(self.store) as s:
            s.add(SealedDocument(meeting_id=meeting_id, content_sha256=data.seal, amendments=len(data.amendments),
                                 pdf_sha256=hashlib.sha256(pdf).hexdigest(), file_name=name, pdf=pdf))
        return name, pdf

    def _minutes_data(self, meeting_id: int) -> MinutesData:
        letterhead = self._letterhead()
        detail = self._detail(meeting_id)
        with self.store.read() as s:
            attendance = list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))
            actions: dict[int, list[ActionItem]] = {}
            for a, owner in s.exec(select(ActionItem, Person.name)
                                   .outerjoin(Person, col(Person.id) == col(ActionItem.owner_id))
                                   .where(ActionItem.meeting_id == meeting_id).order_by(col(ActionItem.id))):
                if not a.owner_name and owner:  # an item that recorded only the person: print their name
                    a = ActionItem.model_validate(a.model_dump() | {"owner_name": owner})
                actions.setdefault(a.agenda_item_id or 0, []).append(a)
            approved_at = None
            if detail.minutes is not None and detail.minutes.approved_at_meeting_id:
                at = s.get(Meeting, detail.minutes.approved_at_meeting_id)
                approved_at = at.start.astimezone(ZoneInfo(at.timezone)).date() if at else None
        return MinutesData(letterhead, detail.meeting, detail.items, attendance, detail.minutes, approved_at, actions,
                           detail.amendments, signatures=self._signatures_wanted())

    def verify(self, pdf: bytes) -> Verification:
        """Whether a PDF is, unchanged, approved minutes sealed in this council file."""
        found = re.search(rb"\(" + re.escape(SEAL_KEYWORD.encode()) + rb"([0-9a-f]{64})\)", pdf)
        claimed = found.group(1).decode() if found else ""
        digest = hashlib.sha256(pdf).hexdigest()
        with self.store.read() as s:
            sealed = s.exec(select(SealedDocument).where(SealedDocument.pdf_sha256 == digest)).first()
            if sealed is None:
                known = claimed != "" and s.exec(select(SealedDocument.id)
                                                 .where(SealedDocument.content_sha256 == claimed)).first() is not None
                return Verification(False, claimed_digest=claimed, claim_known=known)
            meeting = s.get(Meeting, sealed.meeting_id)
            newer = s.exec(select(SealedDocument.id).where(SealedDocument.meeting_id == sealed.meeting_id)
                           .where(col(SealedDocument.id) > (sealed.id or 0))).first()
            start = meeting.start.astimezone(ZoneInfo(meeting.timezone)) if meeting else None  # as printed
            return Verification(True, meeting.title if meeting else "", start, sealed.sealed_at, newer is not None,
                                sealed.content_sha256)

    def attendance_sheet(self, meeting_id: int) -> tuple[str, bytes]:
        letterhead = self._letterhead()
        detail = self._detail(meeting_id)
        with self.store.read() as s:
            attendance = list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))
        pdf = build_attendance_sheet(letterhead, detail.meeting, attendance)
        return document_file_name(detail.meeting, "attendance_sheet", letterhead.language), pdf

    def members(self, today: date | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the member list: board, substitutes, contacts."""
        letterhead = self._letterhead()
        today = today or date.today()
        sections = []
        with self.store.read() as s:
            for key, member_filter in (("board", MemberFilter.BOARD), ("substitutes", MemberFilter.SUBSTITUTES),
                                       ("contacts", MemberFilter.CONTACTS)):
                rows = member_queries.member_rows(s, member_queries.member_ids(s, member_filter, today=today), today)
                sections.append((key, [ListedPerson(r.name, r.role or r.title, r.term_from, r.term_to, r.email,
                                                    r.phone) for r in rows]))
        title = "Medlemsliste" if letterhead.language == "da" else "Member list"
        return f"{today.isoformat()} {title}.pdf", build_members_list(letterhead, sections, today)

    def annual_report(self, year: int, today: date | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the draft annual report: the year's meetings, decisions, initiatives, hearings."""
        data = self._annual_report_data(year, today)
        return annual_report_file_name(year, data.letterhead.language), build_annual_report(data)

    def annual_report_text(self, year: int, today: date | None = None) -> tuple[str, str]:
        """(file name, text) of the same draft as plain text, for the chair to edit in any word processor."""
        data = self._annual_report_data(year, today)
        return (annual_report_file_name(year, data.letterhead.language).removesuffix(".pdf") + ".txt",
                annual_report_text(data))

    def annual_report_facts(self, year: int, today: date | None = None) -> str:
        """The generated part of the draft as text, without the chair's words (shown beside them as she writes)."""
        data = self._annual_report_data(year, today)
        data.chair_text = ""
        return annual_report_text(data)

    def _annual_report_data(self, year: int, today: date | None) -> AnnualReportData:
        check_year(year)
        letterhead = self._letterhead()
        with self.store.read() as s:
            council = s.exec(select(Council).order_by(col(Council.id))).first()
            zone = ZoneInfo(council.timezone if council else "Europe/Copenhagen")
            begin = datetime(year, 1, 1, tzinfo=zone).astimezone(UTC)
            end = datetime(year + 1, 1, 1, tzinfo=zone).astimezone(UTC)
            in_year = (col(Meeting.start) >= begin, col(Meeting.start) < end,
                       Meeting.status != MeetingStatus.CANCELLED.value)
            meetings = list(s.exec(select(Meeting).where(*in_year).order_by(col(Meeting.start), col(Meeting.id))))
            present = dict(s.exec(select(Attendance.meeting_id, func.count()).join(Meeting).where(*in_year)
                                  .where(Attendance.presence == Presence.PRESENT.value)
                                  .group_by(col(Attendance.meeting_id))).all())
            decisions: dict[int, list[tuple[str, str]]] = {}
            for meeting_id, title, decision in s.exec(
                    select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.decision).join(Meeting).where(*in_year)
                    .where(AgendaItem.kind == ItemKind.DECISION.value).where(AgendaItem.decision != "")
                    .where(col(AgendaItem.title).not_in(ROUTINE_TITLES))
                    .order_by(col(AgendaItem.meeting_id), col(AgendaItem.position))):
                decisions.setdefault(meeting_id, []).append((title, decision))
            initiatives = [ReportInitiative(area, i.title, i.status, i.progress) for i, area in s.exec(
                select(Initiative, FocusArea.title).join(FocusArea)
                .order_by(col(FocusArea.position), col(FocusArea.id), col(Initiative.id)))]
            hearings = [ReportHearing(h.answered_on, h.title, h.reference) for h in s.exec(
                select(Hearing).where(col(Hearing.answered_on) >= date(year, 1, 1))
                .where(col(Hearing.answered_on) < date(year + 1, 1, 1)).order_by(col(Hearing.answered_on)))
                if h.answered_on is not None]
            chair_text = read_chair_text(s, year)
        rows = [ReportMeeting(m.start.astimezone(ZoneInfo(m.timezone)), m.kind, m.title, m.place,
                              present.get(m.id or 0, 0), decisions.get(m.id or 0, [])) for m in meetings]
        return AnnualReportData(letterhead, year, rows, initiatives, hearings, today or date.today(), chair_text)

    def plan(self, version: int | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the development plan: the draft as it is now, or adopted version `version` as
        it was adopted (from its sealed snapshot)."""
        from lokalraad_app.services.plan import PlanService

        letterhead = self._letterhead()
        plans = PlanService(self.store)
        versions = plans.versions()
        if not versions:
            raise ValidationError("plan", "missing", "This council file has no development plan yet.")
        snapshot = plans.snapshot(version)
        chosen = next((v for v in versions[:-1] if v.number == version), None)

        def day(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        areas = [PlanArea(a["title"], a["description"], [
            PlanInitiative(i["title"], i["description"], i["owner"], i["partners"], i["funding"], i["status"],
                           i["progress_note"], i["progress"], i["budget_ore"], day(i["start_on"]), day(i["end_on"]))
            for i in a["initiatives"]]) for a in snapshot["focus_areas"]]
        head = snapshot["plan"]
        data = PlanData(letterhead, head["title"], head["vision"], None, None, areas,
                        (head["period_start"], head["period_end"]))
        if chosen is not None:
            data.version, data.adopted_on, data.adopted_at = chosen.number, chosen.adopted_on, chosen.meeting_title
            name = f"{head['title']} (version {chosen.number}).pdf"
        else:
            with self.store.read() as s:
                plan = s.exec(select(DevelopmentPlan).order_by(col(DevelopmentPlan.id).desc())).first()
                assert plan is not None
                data.adopted_on, data.revised_on = plan.adopted_on, plan.revised_on
            data.draft_of = versions[-1].number if len(versions) > 1 else None
            name = f"{head['title']}.pdf"
        return name.replace("/", "-"), build_plan(data)

    def hearing_response(self, hearing: str, today: date | None = None) -> tuple[str, bytes]:
        """(file name, PDF) of the response to a hearing, found by its uid or the municipality's case number.

        Signed by the chair (and the secretary); a DRAFT watermark until the hearing is marked answered.
        """
        letterhead = self._letterhead()
        today = today or date.today()
        with self.store.read() as s:
            found = s.exec(select(Hearing).where((Hearing.uid == hearing) | (Hearing.reference == hearing))
                           .order_by(col(Hearing.id).desc())).first()
            if found is None:
                raise ValidationError("hearing", "unknown", f"No hearing has the uid or case number {hearing}.")
            council = s.exec(select(Council).order_by(col(Council.id))).first()
            board = member_queries.member_rows(s, member_queries.member_ids(s, MemberFilter.BOARD, today=today), today)
            decided = s.exec(select(Meeting).join(AgendaItem, col(AgendaItem.meeting_id) == col(Meeting.id))
                             .where(AgendaItem.id == found.agenda_item_id)).first() if found.agenda_item_id else None
        answered = found.status == HearingStatus.ANSWERED.value
        signed = [(r.name, r.role or "") for r in board if r.role == Role.CHAIR.value]
        if council is not None and council.secretary_name.strip():
            signed.append((council.secretary_name, Role.SECRETARY.value))
        lang = letterhead.language
        dated = found.answered_on if answered and found.answered_on else today
        to = found.issuer or (council.municipality if council else "")  # the department, when it is known
        pdf = build_hearing_response(HearingResponseData(
            letterhead, to, found.title, found.reference, found.deadline, found.response, dated,
            [(name, text(lang, role)) for name, role in signed], draft=not answered,
            decided_on=decided.start.astimezone(ZoneInfo(decided.timezone)).date() if decided else None))
        word = "Høringssvar" if lang == "da" else "Hearing response"
        return f"{dated.isoformat()} {word} {found.title}.pdf".replace("/", "-"), pdf

    def build(self, document: str, meeting_uid: str | None = None, year: int | None = None,
              hearing: str | None = None, *, seal: bool = False, version: int | None = None) -> tuple[str, bytes]:
        """For the command line: a document by its name. Unsealed approved minutes are refused
        (code "unsealed") unless `seal`, since sealing writes to the file."""
        if document == "members":
            return self.members()
        if document == "plan":
            return self.plan(version)
        if document == "hearing":
            if not hearing:
                raise ValidationError("hearing", "required", "The hearing response needs --hearing UID or case number.")
            return self.hearing_response(hearing)
        if document == "annual-report":
            return self.annual_report(date.today().year if year is None else year)
        per_meeting = {"agenda": self.agenda, "minutes": self.minutes, "attendance": self.attendance_sheet}
        if document in per_meeting:
            if not meeting_uid:
                raise ValidationError("meeting", "required", f"The {document} needs --meeting UID "
                                      "(see lokalraad meetings).")
            try:
                with self.store.read() as s:
                    meeting_id = meeting_id_for_uid(s, meeting_uid)
            except NotFoundError:
                raise ValidationError("meeting", "unknown", f"No meeting has the uid {meeting_uid}.") from None
            if document == "minutes":
                return self.minutes(meeting_id, seal_if_needed=seal)
            return per_meeting[document](meeting_id)
        raise ValidationError("document", "unknown", f"{document}: not built yet; choose one of {', '.join(DOCUMENTS)}.")
