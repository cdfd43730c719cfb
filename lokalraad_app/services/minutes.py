"""Use cases of the minutes: what was discussed and decided, kladde → til kommentering → godkendt,
dated amendments to approved minutes, and sealing what was approved."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import MeetingStatus, MinutesStatus
from lokalraad_app.domain.models import AuditLog, Meeting, Minutes, MinutesAmendment
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import Changes, ValidationError
from lokalraad_app.services.meeting_records import get_item, get_meeting, meeting_changes, writing
from lokalraad_app.store.engine import Store


def _check_approval(s: Session, meeting: Meeting, at_id: int | None, now: datetime) -> Meeting | None:
    """The meeting the minutes are approved at (None: outside a meeting), if the approval may be made."""
    if meeting.start > now:
        raise ValidationError("minutes", "not_held", "This meeting has not been held yet; its minutes can be "
                              "approved after it.")
    if at_id is None:
        return None
    if at_id == meeting.id:
        raise ValidationError("approved_at_meeting_id", "same_meeting", "A meeting cannot approve its own minutes; "
                              "choose a later meeting, or approve them outside a meeting.")
    at = get_meeting(s, at_id)
    if at.start <= meeting.start or at.status == MeetingStatus.CANCELLED.value:
        raise ValidationError("approved_at_meeting_id", "not_later", "Minutes are approved at a later meeting that "
                              "takes place; choose one after this meeting.")
    if at.start > now:
        raise ValidationError("approved_at_meeting_id", "not_held", "The meeting chosen has not begun yet; approve "
                              "the minutes at that meeting, once it has begun.")
    return at


class MinutesService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def later_meetings(self, meeting_id: int, limit: int = 12,
                       now: datetime | None = None) -> list[tuple[int, str, datetime]]:
        """(id, title, start) of the meetings after this one that have begun: where its minutes may be approved."""
        with self.store.read() as s:
            meeting = get_meeting(s, meeting_id)
            rows = s.exec(select(Meeting).where(col(Meeting.start) > meeting.start)
                          .where(col(Meeting.start) <= (now or datetime.now(UTC)))
                          .where(Meeting.status != MeetingStatus.CANCELLED.value)
                          .order_by(col(Meeting.start)).limit(limit)).all()
            return [(m.id or 0, m.title, m.start) for m in rows]

    def previous_awaiting_approval(self, meeting_id: int) -> int | None:
        """The last meeting of the same kind before this one whose minutes await approval (draft or sent for
        comments): the one whose minutes item "Godkendelse af referat fra sidste møde" approves at this
        meeting. A board meeting approves the last board meeting's minutes, not a dialogue meeting's."""
        with self.store.read() as s:
            meeting = get_meeting(s, meeting_id)
            found = s.exec(select(Meeting.id).join(Minutes, col(Minutes.meeting_id) == col(Meeting.id))
                           .where(col(Meeting.start) < meeting.start)
                           .where(Meeting.kind == meeting.kind)
                           .where(Meeting.status != MeetingStatus.CANCELLED.value)
                           .where(Minutes.status != MinutesStatus.APPROVED.value)
                           .order_by(col(Meeting.start).desc(), col(Meeting.id).desc())).first()
            return found

    def set_minutes_text(self, item_id: int, discussion: str | None = None, decision: str | None = None) -> Changes:
        """Saves what was discussed and decided; called while typing (debounced), so it stays small."""
        with writing(self.store) as s:
            item = get_item(s, item_id)
            if discussion is not None:
                item.discussion = discussion
            if decision is not None:
                item.decision = decision
            return frozenset({f"meeting:{item.meeting_id}"})

    def set_minutes_status(self, meeting_id: int, status: MinutesStatus, approved_at_meeting_id: int | None = None,
                           approved_on: date | None = None,
                           now: datetime | None = None) -> tuple[MinutesStatus, Changes]:
        """Moves the minutes along kladde → sendt til kommentering → godkendt; returns the old status.

        Minutes are approved once their meeting has been held, and "at a meeting" only at a later one
        that has begun (never at their own).
        """
        now = now or datetime.now(UTC)
        with writing(self.store) as s:
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            if minutes is None:
                minutes = Minutes(meeting_id=meeting_id)
                s.add(minutes)
            old = MinutesStatus(minutes.status)
            if status is MinutesStatus.APPROVED and old is not MinutesStatus.APPROVED:
                at = _check_approval(s, get_meeting(s, meeting_id), approved_at_meeting_id, now)
                minutes.approved_on = approved_on or (at.start.astimezone(ZoneInfo(at.timezone)).date() if at
                                                      else date.today())
                minutes.approved_at_meeting_id = approved_at_meeting_id
            minutes.status = status.value
            s.add(AuditLog(entity="minutes", entity_id=meeting_id, action=status.value))
        if status is MinutesStatus.APPROVED and old is not MinutesStatus.APPROVED:
            self._seal(meeting_id)
        return old, meeting_changes(meeting_id)

    def add_amendment(self, meeting_id: int, text: str, made_on: date | None = None) -> Changes:
        if not text.strip():
            raise ValidationError("text", "required", "Write the correction.")
        with writing(self.store) as s:
            minutes = s.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
            if minutes is None or minutes.status != MinutesStatus.APPROVED.value or minutes.id is None:
                raise ValidationError("minutes", "not_approved", "Only approved minutes take amendments; "
                                      "edit the draft instead.")
            s.add(MinutesAmendment(minutes_id=minutes.id, made_on=made_on or date.today(), text=text.strip()))
        self._seal(meeting_id)  # the corrected minutes are what any later copy must match
        return meeting_changes(meeting_id)

    def _seal(self, meeting_id: int) -> None:
        """Prints and keeps the approved minutes as they are at this moment (see DocumentService.seal_minutes):
        later edits of the meeting or its action items do not change what was approved.

        The approval or correction stands even if sealing fails: DocumentService.minutes() then seals
        the minutes the next time they are printed, so no copy ever leaves without a seal.
        """
        try:
            DocumentService(self.store).seal_minutes(meeting_id)
        except Exception:  # noqa: BLE001 — a failed seal must not undo or hide the approval
            logging.getLogger(__name__).exception("sealing the minutes of meeting %s failed; "
                                                  "they are sealed when next printed", meeting_id)

