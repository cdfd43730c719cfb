"""One meeting: a small page that composes the agenda editor, the minutes editor with its approval bar,
and the participants, and keeps them showing what the file holds."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import MeetingKind
from lokalraad_app.services.actions import ActionService
from lokalraad_app.services.agenda import AgendaService
from lokalraad_app.services.attachments import AttachmentService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.invitations import InvitationService
from lokalraad_app.services.meeting_records import MeetingDetail
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.services.publishing import PublishingService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.services.signups import SignupService
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_datetime, meeting_status_label
from lokalraad_app.ui.meetings.agenda_editor import AgendaEditor, AgendaListModel
from lokalraad_app.ui.meetings.attendance_view import AttendanceView
from lokalraad_app.ui.meetings.editing import refused
from lokalraad_app.ui.meetings.invitation_buttons import InvitationButtons
from lokalraad_app.ui.meetings.publish_buttons import PublishButtons
from lokalraad_app.ui.meetings.signups_view import SignupsView
from lokalraad_app.ui.minutes.approval_bar import ApprovalBar
from lokalraad_app.ui.minutes.minutes_editor import MinutesEditor


class MeetingPage(QtWidgets.QWidget):
    back_requested = QtCore.Signal()
    edit_requested = QtCore.Signal(int)
    next_requested = QtCore.Signal(int)
    status_changed = QtCore.Signal(str)  # a line for the main window's status bar

    def __init__(self, service: MeetingService, agenda: AgendaService, minutes: MinutesService, events: Events,
                 undo_stack: QtGui.QUndoStack,
                 attendance: AttendanceService | None = None, members: MemberService | None = None,
                 actions: ActionService | None = None, requests: RequestService | None = None,
                 attachments: AttachmentService | None = None, documents: DocumentService | None = None,
                 invitations: InvitationService | None = None, parent: QtWidgets.QWidget | None = None, *,
                 publishing: PublishingService | None = None, signups: SignupService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingPage")
        self._service, self._events, self._documents = service, events, documents
        self.meeting_id: int | None = None
        self.detail: MeetingDetail | None = None

        self.title_label = QtWidgets.QLabel()
        self.title_label.setObjectName("PageTitle")
        self.title_label.setWordWrap(True)  # long Danish titles and dates must not widen the window
        self.when_label = QtWidgets.QLabel()
        self.when_label.setWordWrap(True)
        self.back_button = QtWidgets.QPushButton(self.tr("← All meetings"))
        self.back_button.setShortcut(QtGui.QKeySequence("Alt+Left"))
        self.edit_button = QtWidgets.QPushButton(self.tr("Edit &details…"))
        self.next_button = QtWidgets.QPushButton(self.tr("Plan the &next meeting from this one…"))
        self.mode_button = QtWidgets.QPushButton(self.tr("Meeting mode (F11)"))
        self.mode_button.setShortcut(QtGui.QKeySequence("F11"))
        self.mode_window: QtWidgets.QWidget | None = None
        self.preview_dialog: QtWidgets.QDialog | None = None  # the last document shown
        header = QtWidgets.QHBoxLayout()
        header.addWidget(self.back_button)
        tools = QtWidgets.QToolBar()  # folds into a » menu on a small screen
        for b in (self.mode_button, self.next_button, self.edit_button):
            tools.addWidget(b)
        self.print_button = QtWidgets.QToolButton()
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setToolTip(self.tr("Preview a document, then print it or save it as PDF"))
        self.print_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QtWidgets.QMenu(self.print_button)
        self.pdf_actions = {
            "agenda": print_menu.addAction(self.tr("Agenda…"), lambda: self.preview("agenda")),
            "minutes": print_menu.addAction(self.tr("Minutes…"), lambda: self.preview("minutes")),
            "attendance": print_menu.addAction(self.tr("Attendance sheet…"), lambda: self.preview("attendance")),
        }
        self.print_button.setMenu(print_menu)
        if documents is not None:
            tools.addWidget(self.print_button)
        header.addWidget(tools, 1)
        agenda_pdf = documents.agenda if documents is not None else None
        self.invitation_buttons = InvitationButtons(invitations, events, agenda_pdf) if invitations is not None else None
        self.publish_buttons = PublishButtons(publishing, events) if publishing is not None else None
        if self.publish_buttons is not None:
            self.publish_buttons.status_changed.connect(self.status_changed)

        self.agenda_model = AgendaListModel(self)  # one list of items, shown by both editors
        self.agenda_editor = AgendaEditor(self.agenda_model, agenda, events, undo_stack, members, requests,
                                          attachments)
        self.minutes_editor = MinutesEditor(self.agenda_model, minutes, agenda, events, undo_stack, attendance,
                                            members, actions)
        self.approval_bar = ApprovalBar(service, minutes, events, undo_stack, self.minutes_editor.save_minutes_text)
        minutes_tab = QtWidgets.QWidget()  # meeting mode borrows the whole tab, approval bar included
        minutes_layout = QtWidgets.QVBoxLayout(minutes_tab)
        minutes_layout.addWidget(self.approval_bar)
        minutes_layout.addWidget(self.minutes_editor, 1)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self.agenda_editor, self.tr("&Agenda"))
        self.tabs.addTab(minutes_tab, self.tr("&Minutes"))
        self.attendance_view: AttendanceView | None = None
        if attendance is not None and members is not None:
            self.attendance_view = AttendanceView(attendance, members, undo_stack)
            self.attendance_view.changed.connect(events.publish)
            self.tabs.addTab(self.attendance_view, self.tr("&Participants"))
        self.signups_view: SignupsView | None = None
        if signups is not None:  # shown for a borgermøde only
            self.signups_view = SignupsView(signups, undo_stack)
            self.signups_view.changed.connect(events.publish)
            self.tabs.addTab(self.signups_view, self.tr("&Signed up"))

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        if self.invitation_buttons is not None or self.publish_buttons is not None:
            sending = QtWidgets.QToolBar()  # folds into a » menu on a small screen
            for buttons in (self.invitation_buttons, self.publish_buttons):
                if buttons is not None:
                    sending.addWidget(buttons)
            layout.addWidget(sending)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.meeting_id))
        self.next_button.clicked.connect(lambda: self.next_requested.emit(self.meeting_id))
        self.mode_button.clicked.connect(self.enter_meeting_mode)
        events.changed.connect(self._on_events_changed)

    # --- showing -------------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int) -> None:
        self.save_pending()
        self.meeting_id = meeting_id
        self.agenda_model.set_detail(None)  # another meeting: nothing of the last one stays selected
        self.reload()

    def reload(self, initiator: object = None) -> None:
        """Shows what the file holds. The editor that made the change (`initiator`) keeps its fields:
        they already show the new text, and refilling them would move the cursor under the typing."""
        if self.meeting_id is None:
            return
        self.save_pending()  # never lose typing to a refresh
        agenda_row, minutes_row = self.agenda_editor.current_row(), self.minutes_editor.current_row()
        try:
            self.detail = self._service.detail(self.meeting_id)
        except NotFoundError:
            self.back_requested.emit()
            return
        m = self.detail.meeting
        self.title_label.setText(m.title)
        where = f" · {m.place}" if m.place else ""
        self.when_label.setText(f"{format_datetime(m.start, m.timezone)}{where} · "
                                f"{meeting_status_label(self.detail.status)}")
        self.agenda_model.set_detail(self.detail)
        self.agenda_editor.show_detail(self.detail, agenda_row, keep_fields=initiator is self.agenda_editor)
        self.minutes_editor.show_detail(self.detail, minutes_row, keep_fields=initiator is self.minutes_editor)
        if self.invitation_buttons is not None:  # a new agenda, too, makes a change to send
            self.invitation_buttons.show_meeting(m.id or 0, m.status == "cancelled")
        if initiator in (self.agenda_editor, self.minutes_editor):
            return  # typing saved: the minutes' state and the participants are as they were
        self.approval_bar.show_detail(self.detail)
        if self.attendance_view is not None:
            self.attendance_view.show_meeting(m.id or 0, self.detail.locked)
        if self.signups_view is not None:
            self.tabs.setTabVisible(self.tabs.indexOf(self.signups_view), m.kind == MeetingKind.CITIZENS.value)
            self.signups_view.show_meeting(m.id or 0)
        if self.publish_buttons is not None:
            self.publish_buttons.show_meeting(m.id or 0)

    def save_pending(self) -> None:
        """Typing that waits for its save timer goes to the file now."""
        self.agenda_editor.save_pending()
        self.minutes_editor.save_minutes_text()

    def set_save_delay(self, ms: int) -> None:
        """How long typing waits before it is saved (tests type at human speed against a short delay)."""
        self.agenda_editor.set_save_delay(ms)
        self.minutes_editor.set_save_delay(ms)

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if self.meeting_id is not None and (f"meeting:{self.meeting_id}" in changes or "all" in changes):
            self.reload(initiator)
        elif self.meeting_id is not None and self.publish_buttons is not None and changes & {"settings", "members"}:
            self.publish_buttons.show_meeting(self.meeting_id)  # a new profile, a board member's address

    def preview(self, document: str) -> QtWidgets.QDialog | None:
        """Shows one of the meeting's documents as it will print, with Save as PDF and Print."""
        from lokalraad_app.ui.documents.preview_dialog import show_preview

        if self.meeting_id is None or self._documents is None:
            return None
        self.save_pending()
        build = {"agenda": self._documents.agenda, "minutes": self._documents.minutes,
                 "attendance": self._documents.attendance_sheet}[document]
        try:
            name, pdf = build(self.meeting_id)
        except ValidationError as e:
            refused(self, e, self.tr("Cannot print"))
            return None
        self.preview_dialog = show_preview(name, pdf, self)
        return self.preview_dialog

    def enter_meeting_mode(self) -> QtWidgets.QWidget | None:
        """Full screen for minute-taking in the room; Esc brings the page back."""
        from lokalraad_app.ui.meetings.meeting_mode import MeetingModeWindow

        if self.detail is None or self.mode_window is not None:
            return self.mode_window
        window = MeetingModeWindow(self)
        window.closed.connect(self._on_mode_window_closed)
        self.mode_window = window
        window.showFullScreen()
        self.minutes_editor.discussion_edit.setFocus()
        return window

    def _on_mode_window_closed(self) -> None:
        if self.mode_window is not None:
            self.mode_window.deleteLater()
        self.mode_window = None

    def _on_back_button_clicked(self) -> None:
        self.save_pending()
        self.back_requested.emit()
