"""One meeting: its agenda (Dagsorden) and its minutes (Referat), edited in place and saved as you go."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lokalraad_app.domain.enums import Classification, ItemKind, MeetingKind, MemberFilter, MinutesStatus
from lokalraad_app.domain.rules import carried
from lokalraad_app.services.actions import ActionService
from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.attachments import AttachmentRow, AttachmentService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import MeetingDetail
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import (
    format_date,
    format_datetime,
    item_kind_label,
    meeting_status_label,
    minutes_status_label,
)
from lokalraad_app.ui.meetings.actions_view import ActionDialog
from lokalraad_app.ui.meetings.attendance_view import AttendanceView
from lokalraad_app.ui.meetings.commands import (
    AddActionItemCommand,
    AddAgendaItemCommand,
    AttachFileCommand,
    EditAgendaItemCommand,
    MoveAgendaItemCommand,
    PostponeAgendaItemCommand,
    RecordVoteCommand,
    RemoveAgendaItemCommand,
    RemoveAttachmentCommand,
    SendMinutesForCommentCommand,
    TrackRequestCommand,
)
from lokalraad_app.ui.undo import push

SAVE_DELAY_MS = 700  # typing is in the file within about a second
Index = QModelIndex | QPersistentModelIndex


AGENDA_MIME = "application/x-lokalraad-agenda-row"


class AgendaListModel(QtCore.QAbstractListModel):
    """The agenda items of one meeting, numbered, with their planned start; reordered by drag and drop."""

    move_requested = QtCore.Signal(int, int)  # item id, new 1-based position

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: MeetingDetail | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QtCore.QMimeData:  # type: ignore[override]
        data = QtCore.QMimeData()
        if indexes:
            data.setData(AGENDA_MIME, QtCore.QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QtCore.QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Asks for the move (an undoable command does it); the list is redrawn from the file after."""
        if self.detail is None or not data.hasFormat(AGENDA_MIME):
            return False
        source = int(bytes(data.data(AGENDA_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.detail.items))
        position = target if target > source else target + 1  # dropping below itself shifts by one
        item_id = self.item_id(source)
        if item_id is not None and position != source + 1:
            self.move_requested.emit(item_id, position)
        return False  # nothing for the view to remove: the reload shows the new order

    def set_detail(self, detail: MeetingDetail) -> None:
        self.beginResetModel()
        self.detail = detail
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() or self.detail is None else len(self.detail.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.detail is None or not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.detail.items[index.row()]
        start = self.detail.planned[index.row()].astimezone(self._zone()).strftime("%H.%M")
        return f"{item.position}. {item.title}   ({start}, {item_kind_label(item.kind).lower()})"

    def item_id(self, row: int) -> int | None:
        if self.detail is None or not 0 <= row < len(self.detail.items):
            return None
        return self.detail.items[row].id

    def _zone(self) -> Any:
        return ZoneInfo(self.detail.meeting.timezone if self.detail else "Europe/Copenhagen")


class AttachmentListModel(QtCore.QAbstractListModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttachmentRow] = []

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return f"{r.file_name}  ({max(r.size // 1024, 1)} KB)"


class MeetingPage(QtWidgets.QWidget):
    back_requested = QtCore.Signal()
    edit_requested = QtCore.Signal(int)
    next_requested = QtCore.Signal(int)

    def __init__(self, service: MeetingService, agenda: AgendaService, minutes: MinutesService, events: Events,
                 undo_stack: QtGui.QUndoStack,
                 attendance: AttendanceService | None = None, members: MemberService | None = None,
                 actions: ActionService | None = None, requests: RequestService | None = None,
                 attachments: AttachmentService | None = None, documents: DocumentService | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingPage")
        self._service, self._events, self._undo = service, events, undo_stack
        self._agenda, self._minutes = agenda, minutes
        self._attendance, self._members, self._actions, self._requests = attendance, members, actions, requests
        self._attachments = attachments
        self._documents = documents
        self.meeting_id: int | None = None
        self.detail: MeetingDetail | None = None
        self._loading = False

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

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._build_agenda_tab(), self.tr("&Agenda"))
        self.tabs.addTab(self._build_minutes_tab(), self.tr("&Minutes"))
        self.attendance_view: AttendanceView | None = None
        if attendance is not None and members is not None:
            self.attendance_view = AttendanceView(attendance, members, undo_stack)
            self.attendance_view.changed.connect(self._publish)
            self.tabs.addTab(self.attendance_view, self.tr("&Participants"))

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.title_label)
        layout.addWidget(self.when_label)
        layout.addWidget(self.tabs, 1)

        self._save_timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_minutes_text)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.meeting_id))
        self.next_button.clicked.connect(lambda: self.next_requested.emit(self.meeting_id))
        self.mode_button.clicked.connect(self.enter_meeting_mode)
        events.changed.connect(self._on_events_changed)

    # --- building ------------------------------------------------------------------------------
    def _build_agenda_tab(self) -> QtWidgets.QWidget:
        self.agenda_model = AgendaListModel(self)
        self.agenda_view = QtWidgets.QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_model.move_requested.connect(self._on_move_requested)
        self.add_item_button = QtWidgets.QPushButton(self.tr("&Add item"))
        self.add_item_button.setShortcut(QtGui.QKeySequence("Ins"))
        self.delete_item_button = QtWidgets.QPushButton(self.tr("&Remove item"))
        self.up_button = QtWidgets.QPushButton(self.tr("Move &up"))
        self.up_button.setShortcut(QtGui.QKeySequence("Ctrl+Up"))
        self.down_button = QtWidgets.QPushButton(self.tr("Move do&wn"))
        self.down_button.setShortcut(QtGui.QKeySequence("Ctrl+Down"))
        buttons = QtWidgets.QGridLayout()  # two rows, so the page fits a small laptop screen
        for n, b in enumerate((self.add_item_button, self.delete_item_button, self.up_button, self.down_button)):
            buttons.addWidget(b, n // 2, n % 2)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.agenda_view, 1)
        left.addLayout(buttons)

        self.item_title_edit = QtWidgets.QLineEdit()
        self.item_kind_combo = QtWidgets.QComboBox()
        for k in ItemKind:
            self.item_kind_combo.addItem(item_kind_label(k), k.value)
        self.item_minutes_spin = QtWidgets.QSpinBox(minimum=0, maximum=600, singleStep=5)
        self.item_minutes_spin.setSuffix(self.tr(" min"))
        self.item_responsible_combo = QtWidgets.QComboBox()
        self.item_majority_check = QtWidgets.QCheckBox(self.tr("Statute change: needs a two-thirds majority"))
        self.item_class_combo = QtWidgets.QComboBox()
        self.item_class_combo.addItem(self.tr("Not classified"), Classification.NONE.value)
        self.item_class_combo.addItem(self.tr("Politics"), Classification.POLITICAL.value)
        self.item_class_combo.addItem(self.tr("Administration"), Classification.ADMINISTRATIVE.value)
        self.item_background_edit = QtWidgets.QPlainTextEdit()
        self.item_background_edit.setTabChangesFocus(True)
        self.item_proposal_edit = QtWidgets.QPlainTextEdit()
        self.item_proposal_edit.setTabChangesFocus(True)
        self.item_save_button = QtWidgets.QPushButton(self.tr("&Save item"))
        self.request_button = QtWidgets.QPushButton(self.tr("Track as re&quest"))
        self.request_button.setToolTip(self.tr("Follow this administrative question until the municipality answers"))
        self.request_button.setVisible(self._requests is not None)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Title:"), self.item_title_edit)
        form.addRow(self.tr("&Kind:"), self.item_kind_combo)
        form.addRow(self.tr("Res&ponsible:"), self.item_responsible_combo)
        form.addRow(self.tr("Time &allowed:"), self.item_minutes_spin)
        form.addRow("", self.item_majority_check)
        form.addRow(self.tr("Politics or &administration:"), self.item_class_combo)
        form.addRow(self.tr("&Background:"), self.item_background_edit)
        form.addRow(self.tr("&Proposed decision:"), self.item_proposal_edit)
        self.attachment_model = AttachmentListModel(self)
        self.attachment_view = QtWidgets.QListView()
        self.attachment_view.setModel(self.attachment_model)
        self.attachment_view.setMaximumHeight(70)
        self.add_attachment_button = QtWidgets.QPushButton(self.tr("Attach a &file…"))
        self.open_attachment_button = QtWidgets.QPushButton(self.tr("&Open"))
        self.remove_attachment_button = QtWidgets.QPushButton(self.tr("Remo&ve"))
        attach = QtWidgets.QHBoxLayout()
        attach.addWidget(self.attachment_view, 1)
        attach_buttons = QtWidgets.QVBoxLayout()
        for b in (self.add_attachment_button, self.open_attachment_button, self.remove_attachment_button):
            attach_buttons.addWidget(b)
        attach.addLayout(attach_buttons)
        if self._attachments is not None:
            form.addRow(self.tr("Attachments:"), attach)
        form.addRow("", self.item_save_button)
        form.addRow("", self.request_button)
        self.item_box = QtWidgets.QGroupBox(self.tr("Agenda item"))
        self.item_box.setLayout(form)

        tab = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(tab)
        layout.addLayout(left, 2)
        scroll = QtWidgets.QScrollArea()  # the item's fields scroll on a small screen instead of clipping
        scroll.setWidget(self.item_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 3)
        self.agenda_view.selectionModel().currentRowChanged.connect(self._on_agenda_current_changed)
        self.add_item_button.clicked.connect(self._on_add_item)
        self.delete_item_button.clicked.connect(self._on_delete_item)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(+1))
        self.item_save_button.clicked.connect(self.save_item)
        self._item_timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._item_timer.timeout.connect(self.save_item)
        self._editing_item_id: int | None = None
        self._loading_item = False
        for signal in (self.item_title_edit.textEdited, self.item_background_edit.textChanged,
                       self.item_proposal_edit.textChanged, self.item_minutes_spin.valueChanged,
                       self.item_kind_combo.currentIndexChanged, self.item_class_combo.currentIndexChanged,
                       self.item_majority_check.toggled, self.item_responsible_combo.currentIndexChanged):
            signal.connect(self._on_item_field_changed)
        self.request_button.clicked.connect(self._on_request)
        self.add_attachment_button.clicked.connect(self._on_add_attachment)
        self.open_attachment_button.clicked.connect(self._on_open_attachment)
        self.remove_attachment_button.clicked.connect(self._on_remove_attachment)
        self.attachment_view.doubleClicked.connect(self._on_open_attachment)
        self.item_title_edit.editingFinished.connect(self.save_item)
        return tab

    def _build_minutes_tab(self) -> QtWidgets.QWidget:
        self.minutes_view = QtWidgets.QListView()
        self.minutes_view.setModel(self.agenda_model)
        self.minutes_item_label = QtWidgets.QLabel()
        self.minutes_item_label.setObjectName("SectionTitle")
        self.minutes_item_label.setWordWrap(True)
        self.discussion_edit = QtWidgets.QPlainTextEdit()
        self.discussion_edit.setTabChangesFocus(True)
        self.discussion_edit.setPlaceholderText(self.tr("What was discussed — the views, not only the outcome"))
        self.decision_edit = QtWidgets.QPlainTextEdit()
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setPlaceholderText(self.tr("What was decided"))
        self.minutes_status_label = QtWidgets.QLabel()
        self.for_comment_button = QtWidgets.QPushButton(self.tr("Send for &comments"))
        self.approve_button = QtWidgets.QPushButton(self.tr("A&pprove minutes…"))
        self.amend_button = QtWidgets.QPushButton(self.tr("Add a co&rrection…"))
        self.amendments_label = QtWidgets.QLabel()
        self.amendments_label.setWordWrap(True)
        status = QtWidgets.QHBoxLayout()
        status.addWidget(self.minutes_status_label, 1)
        for b in (self.for_comment_button, self.approve_button, self.amend_button):
            status.addWidget(b)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.minutes_item_label)
        discussion_label = QtWidgets.QLabel(self.tr("&Discussion:"))
        discussion_label.setBuddy(self.discussion_edit)
        right.addWidget(discussion_label)
        right.addWidget(self.discussion_edit, 2)
        decision_label = QtWidgets.QLabel(self.tr("D&ecision:"))
        decision_label.setBuddy(self.decision_edit)
        right.addWidget(decision_label)
        right.addWidget(self.decision_edit, 1)
        self.votes_for_spin = QtWidgets.QSpinBox(maximum=999)
        self.votes_against_spin = QtWidgets.QSpinBox(maximum=999)
        self.votes_blank_spin = QtWidgets.QSpinBox(maximum=999)
        self.votes_save_button = QtWidgets.QPushButton(self.tr("Record &vote"))
        self.votes_result_label = QtWidgets.QLabel()
        self.votes_box = QtWidgets.QWidget()
        votes = QtWidgets.QHBoxLayout(self.votes_box)
        votes.setContentsMargins(0, 0, 0, 0)
        for text, spin in ((self.tr("For:"), self.votes_for_spin), (self.tr("Against:"), self.votes_against_spin),
                           (self.tr("Blank:"), self.votes_blank_spin)):
            votes.addWidget(QtWidgets.QLabel(text))
            votes.addWidget(spin)
        votes.addWidget(self.votes_save_button)
        votes.addWidget(self.votes_result_label, 1)
        right.addWidget(self.votes_box)
        self.postponed_check = QtWidgets.QCheckBox(self.tr("Post&poned to the next meeting"))
        self.add_action_button = QtWidgets.QPushButton(self.tr("Add an ac&tion item…"))
        self.actions_label = QtWidgets.QLabel()
        self.actions_label.setWordWrap(True)
        follow = QtWidgets.QHBoxLayout()
        follow.addWidget(self.postponed_check)
        follow.addStretch(1)
        follow.addWidget(self.add_action_button)
        right.addLayout(follow)
        right.addWidget(self.actions_label)
        right.addWidget(self.amendments_label)
        tab = QtWidgets.QWidget()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.minutes_view, 2)
        top.addLayout(right, 3)
        layout = QtWidgets.QVBoxLayout(tab)
        layout.addLayout(status)
        layout.addLayout(top, 1)
        self.minutes_view.selectionModel().currentRowChanged.connect(self._on_minutes_current_changed)
        self.discussion_edit.textChanged.connect(self._on_minutes_text_changed)
        self.decision_edit.textChanged.connect(self._on_minutes_text_changed)
        self.for_comment_button.clicked.connect(self._on_for_comment)
        self.approve_button.clicked.connect(self._on_approve)
        self.amend_button.clicked.connect(self._on_amend)
        self.votes_save_button.clicked.connect(self._on_votes_save)
        self.postponed_check.toggled.connect(self._on_postponed_toggled)
        self.add_action_button.clicked.connect(self._on_add_action)
        self.add_action_button.setVisible(self._actions is not None)
        return tab

    # --- showing -------------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int) -> None:
        self.save_minutes_text()
        self.save_item()
        self._editing_item_id = None
        self.meeting_id = meeting_id
        self.reload()
        if self.agenda_model.rowCount():
            self.agenda_view.setCurrentIndex(self.agenda_model.index(0))
            self.minutes_view.setCurrentIndex(self.agenda_model.index(0))

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        if self._item_timer.isActive():
            self.save_item()  # never lose typing to a refresh
        agenda_row = self.agenda_view.currentIndex().row()
        minutes_row = self.minutes_view.currentIndex().row()
        try:
            self.detail = self._service.detail(self.meeting_id)
        except NotFoundError:
            self.back_requested.emit()
            return
        m = self.detail.meeting
        self.title_label.setText(m.title)
        where = f" · {m.place}" if m.place else ""
        self.when_label.setText(f"{format_datetime(m.start, m.timezone)}{where} · {meeting_status_label(m.status)}")
        self.agenda_model.set_detail(self.detail)
        rows = self.agenda_model.rowCount()
        if rows:
            self.agenda_view.setCurrentIndex(self.agenda_model.index(min(max(agenda_row, 0), rows - 1)))
            self._on_agenda_current_changed(self.agenda_view.currentIndex())  # show what the file holds now, files too
            self.minutes_view.setCurrentIndex(self.agenda_model.index(min(max(minutes_row, 0), rows - 1)))
            self._show_actions(self._minutes_item_id())
        self._show_minutes_state()
        self.item_class_combo.setEnabled(m.kind == MeetingKind.DIALOGUE.value)
        if self.attendance_view is not None:
            self.attendance_view.show_meeting(m.id or 0, self.detail.locked)

    def _show_minutes_state(self) -> None:
        assert self.detail is not None
        minutes = self.detail.minutes
        status = minutes.status if minutes else MinutesStatus.DRAFT.value
        text = self.tr("Minutes: %1").replace("%1", minutes_status_label(status))
        if minutes is not None and minutes.approved_on is not None:
            text += " " + self.tr("(approved %1)").replace("%1", minutes.approved_on.strftime("%d.%m.%Y"))
            if minutes.approved_at_meeting_id:
                text += " " + self.tr("at the meeting of %1").replace("%1", self._service.detail(
                    minutes.approved_at_meeting_id).meeting.start.strftime("%d.%m.%Y"))
        self.minutes_status_label.setText(text)
        locked = self.detail.locked
        for w in (self.discussion_edit, self.decision_edit):
            w.setReadOnly(locked)
        for w in (self.add_item_button, self.delete_item_button, self.up_button, self.down_button,
                  self.item_save_button, self.approve_button, self.for_comment_button, self.votes_save_button,
                  self.postponed_check):
            w.setEnabled(not locked)
        self.item_box.setEnabled(not locked)
        self.amend_button.setEnabled(locked)
        self.for_comment_button.setEnabled(not locked and status == MinutesStatus.DRAFT.value)
        self.amendments_label.setText("\n".join(
            self.tr("Correction %1: %2").replace("%1", a.made_on.strftime("%d.%m.%Y")).replace("%2", a.text)
            for a in self.detail.amendments))

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if self.meeting_id is not None and (f"meeting:{self.meeting_id}" in changes or "all" in changes):
            self.reload()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes)

    def _refused(self, error: Exception | None) -> bool:
        if error is None:
            return False
        prompts.error(self, self.tr("Not saved"), error.message if isinstance(error, ValidationError) else str(error))
        return True

    # --- agenda --------------------------------------------------------------------------------
    def current_item_id(self) -> int | None:
        return self.agenda_model.item_id(self.agenda_view.currentIndex().row())

    def _on_agenda_current_changed(self, current: QModelIndex) -> None:
        item_id = self.agenda_model.item_id(current.row())
        if item_id is None:
            return
        if item_id != self._editing_item_id:
            self.save_item()  # what was typed into the previous item goes to that item
        self._editing_item_id = item_id
        data = self._agenda.item_input(item_id)
        self._loading_item = True
        self.item_title_edit.setText(data.title)
        self.item_kind_combo.setCurrentIndex(self.item_kind_combo.findData(ItemKind(data.kind).value))
        self.item_minutes_spin.setValue(data.minutes_allowed)
        self.item_class_combo.setCurrentIndex(max(self.item_class_combo.findData(data.classification), 0))
        self.item_background_edit.setPlainText(data.background)
        self.item_proposal_edit.setPlainText(data.proposal)
        self.item_majority_check.setChecked(data.majority == "two_thirds")
        self._fill_responsible(data.responsible_id)
        self._loading_item = False
        if self._attachments is not None:
            self.attachment_model.set_rows(self._attachments.rows(item_id))

    def _fill_responsible(self, responsible_id: int | None) -> None:
        """The board and substitutes, plus whoever is responsible already (perhaps a former member)."""
        self.item_responsible_combo.clear()
        self.item_responsible_combo.addItem("", None)
        if self._members is None:
            return
        ids = self._members.find_ids(MemberFilter.BOARD) + self._members.find_ids(MemberFilter.SUBSTITUTES)
        if responsible_id is not None and responsible_id not in ids:
            ids.append(responsible_id)
        for row in self._members.rows(ids):
            self.item_responsible_combo.addItem(row.name, row.id)
        self.item_responsible_combo.setCurrentIndex(max(self.item_responsible_combo.findData(responsible_id), 0))

    def item_value(self) -> ItemInput:
        return ItemInput(title=self.item_title_edit.text().strip(), kind=ItemKind(self.item_kind_combo.currentData()),
                         minutes_allowed=self.item_minutes_spin.value(),
                         background=self.item_background_edit.toPlainText(),
                         proposal=self.item_proposal_edit.toPlainText(),
                         classification=self.item_class_combo.currentData(),
                         majority="two_thirds" if self.item_majority_check.isChecked() else "simple",
                         responsible_id=self.item_responsible_combo.currentData())

    def _on_item_field_changed(self) -> None:
        # Saved a moment after typing stops, at most about a second behind, like the minutes.
        if not self._loading_item and not self._item_timer.isActive():
            self._item_timer.start()

    def save_item(self) -> None:
        self._item_timer.stop()
        item_id = self._editing_item_id
        if item_id is None or (self.detail is not None and self.detail.locked):
            return
        before, after = self._agenda.item_input(item_id), self.item_value()
        if after != before:
            self._refused(push(self._undo, EditAgendaItemCommand(self._agenda, self._publish, item_id, before, after)))

    def _on_add_attachment(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self._attachments is None:
            return
        path = prompts.open_file(self, self.tr("Attach a file"), self.tr("All files (*)"))
        if path is None:
            return
        self._refused(push(self._undo, AttachFileCommand(self._attachments, self._publish, item_id, path)))
        self.attachment_model.set_rows(self._attachments.rows(item_id))

    def _selected_attachment(self) -> AttachmentRow | None:
        row = self.attachment_view.currentIndex().row()
        return self.attachment_model.rows[row] if 0 <= row < len(self.attachment_model.rows) else None

    def _on_open_attachment(self) -> None:
        chosen = self._selected_attachment()
        if chosen is None or self._attachments is None:
            return
        folder = Path(tempfile.gettempdir()) / "lokalraad-bilag"
        folder.mkdir(exist_ok=True)
        copy = self._attachments.save_copy(chosen.id, folder)
        if not QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(copy))):
            prompts.error(self, self.tr("Cannot open"),
                          self.tr("No program on this computer opens %1. A copy is in %2.")
                          .replace("%1", chosen.file_name).replace("%2", str(copy)))

    def _on_remove_attachment(self) -> None:
        chosen, item_id = self._selected_attachment(), self.current_item_id()
        if chosen is None or item_id is None or self._attachments is None:
            return
        if prompts.confirm(self, self.tr("Remove attachment"),
                           self.tr("Remove %1 from the item?").replace("%1", chosen.file_name), self.tr("Remove")):
            command = RemoveAttachmentCommand(self._attachments, self._publish, chosen.id, chosen.file_name)
            self._refused(push(self._undo, command))
            self.attachment_model.set_rows(self._attachments.rows(item_id))

    def _on_request(self) -> None:
        """An administrative question becomes a request followed until the municipality answers."""
        item_id = self.current_item_id()
        if item_id is None or self._requests is None:
            return
        self.save_item()
        if not self._refused(push(self._undo, TrackRequestCommand(self._requests, self._publish, item_id))):
            prompts.info(self, self.tr("Request"), self.tr("The question is now followed under Requests to the "
                                                           "municipality until it is answered."))

    def _on_add_item(self) -> None:
        if self.meeting_id is None:
            return
        title = prompts.get_text(self, self.tr("Add agenda item"), self.tr("Title of the new item:"))
        if not title or not title.strip():
            return
        command = AddAgendaItemCommand(self._agenda, self._publish, self.meeting_id, ItemInput(title=title.strip()))
        if not self._refused(push(self._undo, command)) and command.record_id is not None:
            self._select_item(command.record_id)

    def _on_delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.detail is None:
            return
        title = self.item_title_edit.text()
        if prompts.confirm(self, self.tr("Remove agenda item"),
                           self.tr("Remove “%1” from the agenda? You can undo this with Ctrl+Z.").replace("%1", title),
                           self.tr("Remove")):
            self._refused(push(self._undo, RemoveAgendaItemCommand(self._agenda, self._publish, item_id, title)))

    def _on_move(self, step: int) -> None:
        item_id = self.current_item_id()
        row = self.agenda_view.currentIndex().row()
        if item_id is None or not 0 <= row + step < self.agenda_model.rowCount():
            return
        command = MoveAgendaItemCommand(self._agenda, self._publish, item_id, row + 1 + step,
                                        self.item_title_edit.text())
        if not self._refused(push(self._undo, command)):
            self._select_item(item_id)

    def _on_move_requested(self, item_id: int, position: int) -> None:
        title = next((i.title for i in self.detail.items if i.id == item_id), "") if self.detail else ""
        command = MoveAgendaItemCommand(self._agenda, self._publish, item_id, position, title)
        if not self._refused(push(self._undo, command)):
            self._select_item(item_id)

    def _select_item(self, item_id: int) -> None:
        assert self.detail is not None
        for row, item in enumerate(self.detail.items):
            if item.id == item_id:
                self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    # --- minutes -------------------------------------------------------------------------------
    def _minutes_item_id(self) -> int | None:
        return self.agenda_model.item_id(self.minutes_view.currentIndex().row())

    def _on_minutes_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.save_minutes_text(self.agenda_model.item_id(previous.row()))
        if self.detail is None or not 0 <= current.row() < len(self.detail.items):
            return
        item = self.detail.items[current.row()]
        self._loading = True
        self.minutes_item_label.setText(f"{item.position}. {item.title}")
        self.discussion_edit.setPlainText(item.discussion)
        self.decision_edit.setPlainText(item.decision)
        self.votes_box.setVisible(item.kind == ItemKind.DECISION.value and self._attendance is not None)
        self.votes_for_spin.setValue(item.votes_for or 0)
        self.votes_against_spin.setValue(item.votes_against or 0)
        self.votes_blank_spin.setValue(item.votes_blank or 0)
        self._show_vote_result(item.votes_for, item.votes_against, item.majority)
        self.postponed_check.setChecked(item.postponed)
        self._show_actions(item.id)
        self._loading = False
        self._dirty_item: int | None = None

    def _on_minutes_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty_item = self._minutes_item_id()
        # Not restarted on every key: continuous typing must still be saved at most ~1 s behind.
        if not self._save_timer.isActive():
            self._save_timer.start()

    def save_minutes_text(self, item_id: int | None = None) -> None:
        """Writes the typed minutes to the file (also called on leaving the item or the meeting)."""
        self._save_timer.stop()
        target = getattr(self, "_dirty_item", None)
        if target is None or (item_id is not None and item_id != target):
            return
        self._dirty_item = None
        try:
            self._minutes.set_minutes_text(target, discussion=self.discussion_edit.toPlainText(),
                                           decision=self.decision_edit.toPlainText())
        except (ValidationError, NotFoundError) as e:
            self._refused(e)
            return
        # Keep the cached detail in step without a reload, which would reset the cursor.
        if self.detail is not None:
            for item in self.detail.items:
                if item.id == target:
                    item.discussion = self.discussion_edit.toPlainText()
                    item.decision = self.decision_edit.toPlainText()

    def _show_actions(self, item_id: int | None) -> None:
        if self._actions is None or item_id is None:
            self.actions_label.clear()
            return
        rows = self._actions.rows(open_only=False, agenda_item_id=item_id)
        self.actions_label.setText("\n".join(
            "• " + r.description + (f" — {r.owner}" if r.owner else "")
            + (" " + self.tr("by %1").replace("%1", format_date(r.due)) if r.due else "") for r in rows))

    def _on_postponed_toggled(self, checked: bool) -> None:
        item_id = self._minutes_item_id()
        if self._loading or item_id is None:
            return
        self._refused(push(self._undo, PostponeAgendaItemCommand(self._agenda, self._publish, item_id, checked)))

    def _on_add_action(self) -> None:
        item_id = self._minutes_item_id()
        if item_id is None or self._actions is None:
            return
        people: list[tuple[int, str]] = []
        if self._members is not None:
            ids = self._members.find_ids(MemberFilter.BOARD) + self._members.find_ids(MemberFilter.SUBSTITUTES)
            people = [(r.id, r.name) for r in self._members.rows(ids)]
        dialog = ActionDialog(people, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        command = AddActionItemCommand(self._actions, self._publish, item_id, dialog.value())
        self._refused(push(self._undo, command))
        self._show_actions(item_id)

    def _show_vote_result(self, votes_for: int | None, votes_against: int | None, majority: str) -> None:
        if votes_for is None or votes_against is None:
            self.votes_result_label.clear()
        elif carried(votes_for, votes_against, majority):
            self.votes_result_label.setText(self.tr("Carried"))
        else:
            self.votes_result_label.setText(self.tr("Not carried"))

    def _on_votes_save(self) -> None:
        item_id = self._minutes_item_id()
        item = next((i for i in self.detail.items if i.id == item_id), None) if self.detail else None
        if item_id is None or item is None or self._attendance is None:
            return
        v = (self.votes_for_spin.value(), self.votes_against_spin.value(), self.votes_blank_spin.value())
        old = (item.votes_for, item.votes_against, item.votes_blank)
        if self._refused(push(self._undo, RecordVoteCommand(self._attendance, self._publish, item_id, item.title,
                                                            v, old))):
            return
        self._show_vote_result(v[0], v[1], item.majority)

    def _on_for_comment(self) -> None:
        if self.meeting_id is None:
            return
        self.save_minutes_text()
        self._refused(push(self._undo, SendMinutesForCommentCommand(self._minutes, self._publish, self.meeting_id)))

    def _on_approve(self) -> None:
        if self.meeting_id is None:
            return
        self.save_minutes_text()
        if not prompts.confirm(self, self.tr("Approve minutes"),
                               self.tr("Approve the minutes as they stand today? Approved minutes are a record: "
                                       "they cannot be changed afterwards, only corrected with a dated amendment."),
                               self.tr("Approve")):
            return
        later = self._minutes.later_meetings(self.meeting_id)
        labels = [self.tr("Not at a meeting (approved today)")] + [
            f"{format_datetime(start)} — {title}" for _, title, start in later]
        choice = prompts.choose(self, self.tr("Approve minutes"), self.tr("Approved at which meeting?"), labels)
        if choice is None:
            return
        at_meeting, on = (None, date.today()) if choice == 0 else (
            later[choice - 1][0], later[choice - 1][2].astimezone(ZoneInfo(self.detail.meeting.timezone)).date()
            if self.detail else date.today())
        try:
            _, changes = self._minutes.set_minutes_status(self.meeting_id, MinutesStatus.APPROVED, at_meeting, on)
        except ValidationError as e:
            self._refused(e)
            return
        self._publish(changes)

    def _on_amend(self) -> None:
        if self.meeting_id is None:
            return
        text = prompts.get_text(self, self.tr("Correct approved minutes"), self.tr("The correction:"))
        if text:
            try:
                self._publish(self._minutes.add_amendment(self.meeting_id, text))
            except ValidationError as e:
                self._refused(e)

    def preview(self, document: str) -> QtWidgets.QDialog | None:
        """Shows one of the meeting's documents as it will print, with Save as PDF and Print."""
        from lokalraad_app.ui.documents.preview_dialog import show_preview

        if self.meeting_id is None or self._documents is None:
            return None
        self.save_minutes_text()
        self.save_item()
        build = {"agenda": self._documents.agenda, "minutes": self._documents.minutes,
                 "attendance": self._documents.attendance_sheet}[document]
        try:
            name, pdf = build(self.meeting_id)
        except ValidationError as e:
            self._refused(e)
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
        self.discussion_edit.setFocus()
        return window

    def _on_mode_window_closed(self) -> None:
        if self.mode_window is not None:
            self.mode_window.deleteLater()
        self.mode_window = None

    def _on_back_button_clicked(self) -> None:
        self.save_minutes_text()
        self.save_item()
        self.back_requested.emit()
