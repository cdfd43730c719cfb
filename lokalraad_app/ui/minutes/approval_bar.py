"""The approval bar of a meeting: where its minutes stand, sending them for comments, corrections once
approved, and — the natural path at "Godkendelse af referat fra sidste møde" — approving the previous
meeting's minutes at this one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6 import QtGui, QtWidgets

from lokalraad_app.domain.enums import MinutesStatus
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meeting_records import MeetingDetail
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date, format_datetime, minutes_status_label
from lokalraad_app.ui.meetings.commands import SendMinutesForCommentCommand
from lokalraad_app.ui.meetings.editing import refused
from lokalraad_app.ui.undo import push


class ApprovalBar(QtWidgets.QWidget):
    def __init__(self, meetings: MeetingService, minutes: MinutesService, events: Events,
                 undo_stack: QtGui.QUndoStack, save_pending: Callable[[], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._meetings, self._minutes, self._events, self._undo = meetings, minutes, events, undo_stack
        self._save_pending = save_pending  # typing goes to the file before the minutes move on
        self.detail: MeetingDetail | None = None
        self.previous: MeetingDetail | None = None  # the earlier meeting whose minutes await approval
        self.minutes_status_label = QtWidgets.QLabel()
        self.minutes_status_label.setWordWrap(True)
        self.approve_previous_button = QtWidgets.QPushButton()
        self.for_comment_button = QtWidgets.QPushButton(self.tr("Send for &comments"))
        self.approve_button = QtWidgets.QPushButton(self.tr("A&pprove minutes…"))
        self.amend_button = QtWidgets.QPushButton(self.tr("Add a co&rrection…"))
        self.amendments_label = QtWidgets.QLabel()
        self.amendments_label.setWordWrap(True)
        row = QtWidgets.QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes_status_label, 1)
        for b in (self.approve_previous_button, self.for_comment_button, self.approve_button, self.amend_button):
            row.addWidget(b)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.amendments_label)
        self.approve_previous_button.clicked.connect(self._on_approve_previous)
        self.for_comment_button.clicked.connect(self._on_for_comment)
        self.approve_button.clicked.connect(self._on_approve)
        self.amend_button.clicked.connect(self._on_amend)

    def show_detail(self, detail: MeetingDetail, now: datetime | None = None) -> None:
        self.detail = detail
        now = now or datetime.now(UTC)
        held = detail.meeting.start <= now
        minutes = detail.minutes
        status = minutes.status if minutes else MinutesStatus.DRAFT.value
        text = self.tr("Minutes: %1").replace("%1", minutes_status_label(status))
        if minutes is not None and minutes.approved_on is not None:
            text += " " + self.tr("(approved %1)").replace("%1", minutes.approved_on.strftime("%d.%m.%Y"))
            if minutes.approved_at_meeting_id:
                text += " " + self.tr("at the meeting of %1").replace("%1", self._meetings.detail(
                    minutes.approved_at_meeting_id).meeting.start.strftime("%d.%m.%Y"))
        self.minutes_status_label.setText(text)
        locked = detail.locked
        # A meeting's own minutes are approved after it was held, never before: no button until then.
        self.approve_button.setVisible(held and not locked)
        self.for_comment_button.setEnabled(not locked and status == MinutesStatus.DRAFT.value)
        self.amend_button.setVisible(locked)
        self.amendments_label.setText("\n".join(
            self.tr("Correction %1: %2").replace("%1", a.made_on.strftime("%d.%m.%Y")).replace("%2", a.text)
            for a in detail.amendments))
        self.amendments_label.setVisible(bool(detail.amendments))
        previous_id = self._minutes.previous_awaiting_approval(detail.meeting.id or 0)
        self.previous = self._meetings.detail(previous_id) if previous_id is not None else None
        self.approve_previous_button.setVisible(self.previous is not None)
        if self.previous is not None:
            m = self.previous.meeting
            day = format_date(m.start.astimezone(ZoneInfo(m.timezone)).date())
            self.approve_previous_button.setText(self.tr("Approve the minutes of %1, %2…").replace("%1", m.title)
                                                 .replace("%2", day))
            self.approve_previous_button.setEnabled(held)
            self.approve_previous_button.setToolTip(
                "" if held else self.tr("The minutes are approved at this meeting, once it has begun."))

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes)

    def _on_approve_previous(self) -> None:
        """The previous meeting's minutes, approved at this meeting, on this meeting's day."""
        if self.detail is None or self.previous is None:
            return
        m, here = self.previous.meeting, self.detail.meeting
        if not prompts.confirm(self, self.tr("Approve minutes"),
                               self.tr("Approve the minutes of %1 (%2) at this meeting? Approved minutes are a "
                                       "record: they cannot be changed afterwards, only corrected with a dated "
                                       "amendment.").replace("%1", m.title).replace("%2", format_datetime(m.start)),
                               self.tr("Approve")):
            return
        on = here.start.astimezone(ZoneInfo(here.timezone)).date()
        try:
            _, changes = self._minutes.set_minutes_status(m.id or 0, MinutesStatus.APPROVED, here.id, on)
        except ValidationError as e:
            refused(self, e)
            return
        self._publish(changes | {f"meeting:{here.id}"})  # this bar no longer offers them

    def _on_for_comment(self) -> None:
        if self.detail is None:
            return
        self._save_pending()
        refused(self, push(self._undo, SendMinutesForCommentCommand(self._minutes, self._publish,
                                                                    self.detail.meeting.id or 0)))

    def _on_approve(self) -> None:
        """This meeting's own minutes, after it was held: at a later meeting, or outside a meeting."""
        if self.detail is None:
            return
        meeting_id = self.detail.meeting.id or 0
        self._save_pending()
        if not prompts.confirm(self, self.tr("Approve minutes"),
                               self.tr("Approve the minutes as they stand today? Approved minutes are a record: "
                                       "they cannot be changed afterwards, only corrected with a dated amendment."),
                               self.tr("Approve")):
            return
        later = self._minutes.later_meetings(meeting_id)
        labels = [self.tr("Not at a meeting (approved today)")] + [
            f"{format_datetime(start)} — {title}" for _, title, start in later]
        choice = prompts.choose(self, self.tr("Approve minutes"), self.tr("Approved at which meeting?"), labels)
        if choice is None:
            return
        at_meeting, on = (None, date.today()) if choice == 0 else (
            later[choice - 1][0], later[choice - 1][2].astimezone(ZoneInfo(self.detail.meeting.timezone)).date())
        try:
            _, changes = self._minutes.set_minutes_status(meeting_id, MinutesStatus.APPROVED, at_meeting, on)
        except ValidationError as e:
            refused(self, e)
            return
        self._publish(changes)

    def _on_amend(self) -> None:
        if self.detail is None:
            return
        text = prompts.get_text(self, self.tr("Correct approved minutes"), self.tr("The correction:"))
        if text:
            try:
                self._publish(self._minutes.add_amendment(self.detail.meeting.id or 0, text))
            except ValidationError as e:
                refused(self, e)
