"""Møder: upcoming and past meetings, searchable; a meeting opens on its own page."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import MeetingStatus
from lokalraad_app.services.actions import ActionService
from lokalraad_app.services.agenda import AgendaService
from lokalraad_app.services.attachments import AttachmentService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.calendar import CalendarService, danish_holiday
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.invitations import InvitationService
from lokalraad_app.services.meeting_list import MeetingListService
from lokalraad_app.services.meetings import MeetingInput, MeetingService
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.actions_view import ActionsView
from lokalraad_app.ui.meetings.calendar_view import CalendarView
from lokalraad_app.ui.meetings.commands import (
    AddMeetingCommand,
    AddSeriesCommand,
    EditMeetingCommand,
    RemoveMeetingCommand,
)
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.meetings.meeting_table_model import Column, MeetingTableModel, Show
from lokalraad_app.ui.meetings.requests_view import RequestsView
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import row_table
from lokalraad_app.ui.undo import push


class MeetingsView(QtWidgets.QWidget):
    def __init__(self, meetings: MeetingService, agenda: AgendaService, minutes: MinutesService,
                 listing: MeetingListService, events: Events,
                 undo_stack: QtGui.QUndoStack, attendance: AttendanceService | None = None,
                 members: MemberService | None = None, actions: ActionService | None = None,
                 requests: RequestService | None = None, attachments: AttachmentService | None = None,
                 documents: DocumentService | None = None, invitations: InvitationService | None = None,
                 calendar: CalendarService | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingsView")
        self._service, self._listing, self._events, self._undo = meetings, listing, events, undo_stack
        self._agenda = agenda
        self._calendar = calendar
        self.model = MeetingTableModel(self)

        title = QtWidgets.QLabel(self.tr("Meetings"))
        title.setObjectName("PageTitle")
        self.show_combo = QtWidgets.QComboBox()
        self.show_combo.addItem(self.tr("Upcoming"), Show.UPCOMING)
        self.show_combo.addItem(self.tr("Past"), Show.PAST)
        self.show_combo.addItem(self.tr("All"), Show.ALL)
        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by title or place…"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QtWidgets.QPushButton(self.tr("&Plan a meeting…"))
        self.new_button.setShortcut(QtGui.QKeySequence("Ctrl+Shift+M"))
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete…"))
        self.table = row_table(self.model, {Column.WHEN: 260, Column.KIND: 150, Column.TITLE: 260, Column.PLACE: 240})

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.show_combo)
        top.addWidget(self.search_edit, 1)
        meetings_tab = QtWidgets.QWidget()
        meetings_layout = QtWidgets.QVBoxLayout(meetings_tab)
        meetings_layout.addLayout(top)
        meetings_layout.addWidget(self.table, 1)
        self.list_tabs = QtWidgets.QTabWidget()
        self.list_tabs.addTab(meetings_tab, self.tr("Meetings"))
        self.actions_view: ActionsView | None = None
        if actions is not None:
            self.actions_view = ActionsView(actions, events, undo_stack)
            self.actions_view.meeting_requested.connect(self.open_meeting)
            self.list_tabs.addTab(self.actions_view, self.tr("Action items"))
        self.requests_view: RequestsView | None = None
        if requests is not None:
            self.requests_view = RequestsView(requests, events, undo_stack)
            self.list_tabs.addTab(self.requests_view, self.tr("Requests to the municipality"))
        self.calendar_view: CalendarView | None = None
        if calendar is not None:
            self.calendar_view = CalendarView(calendar, events)
            self.calendar_view.meeting_requested.connect(self.open_meeting)
            self.calendar_view.plan_requested.connect(self.plan_on)
            self.list_tabs.addTab(self.calendar_view, self.tr("Calendar"))
        list_page = QtWidgets.QWidget()
        list_layout = QtWidgets.QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(title)
        list_layout.addWidget(self.list_tabs, 1)

        self.page = MeetingPage(meetings, agenda, minutes, events, undo_stack, attendance, members, actions, requests,
                                attachments, documents, invitations)
        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.page)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._filter_timer = QtCore.QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.show_combo.currentIndexChanged.connect(self.apply_filter)
        self.new_button.clicked.connect(self._on_new)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.activated.connect(self._on_table_activated)
        self.page.back_requested.connect(self.show_list)
        self.page.edit_requested.connect(self._on_edit)
        self.page.next_requested.connect(self._on_next)
        events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._listing.meetings())
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(Show(self.show_combo.currentData()), self.search_edit.text())

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if "meetings" in changes or "all" in changes:
            self.reload()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.meeting(rows[0].row()) if rows else None
        return row.id if row else None

    def open_meeting(self, meeting_id: int) -> None:
        self.page.show_meeting(meeting_id)
        self.stack.setCurrentWidget(self.page)

    def open_item(self, item_id: int) -> None:
        self.open_meeting(self._agenda.meeting_of_item(item_id))
        self.page.tabs.setCurrentIndex(1)
        for row in range(self.page.agenda_model.rowCount()):
            if self.page.agenda_model.item_id(row) == item_id:
                self.page.minutes_editor.minutes_view.setCurrentIndex(self.page.agenda_model.index(row))

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def _on_table_activated(self, index: QtCore.QModelIndex) -> None:
        row = self.model.meeting(index.row())
        if row is not None:
            self.open_meeting(row.id)

    def _refused(self, error: Exception | None) -> bool:
        if error is None:
            return False
        prompts.error(self, self.tr("Not saved"), refusal_message(error))
        return True

    def _dialog(self, data: MeetingInput | None = None, new: bool | None = None,
                day: date | None = None) -> MeetingDialog:
        clashes = self._calendar.clashes if self._calendar is not None else None
        return MeetingDialog(self, data, new, day=day, clashes=clashes)

    def _on_new(self) -> None:
        self.plan_on(None)

    def plan_on(self, day: date | None) -> None:
        """Plans a meeting, on `day` when given (the calendar), else on the dialog's usual day."""
        dialog = self._dialog(day=day)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        repeat = dialog.repeat()
        if repeat is not None:
            series = AddSeriesCommand(self._service, self._publish, dialog.value(), dialog.use_template(), repeat)
            if not self._refused(push(self._undo, series)) and series.meeting_ids:
                self.open_meeting(series.meeting_ids[0])
            return
        command = AddMeetingCommand(self._service, self._publish, dialog.value(), dialog.use_template())
        if not self._refused(push(self._undo, command)) and command.meeting_id is not None:
            self.open_meeting(command.meeting_id)

    def _on_next(self, meeting_id: int) -> None:
        """Same kind, place and time of day, four weeks on (a week more while that is a public holiday);
        open actions and postponed items come along."""
        previous = self._service.input_for(meeting_id)
        weeks = 4
        while danish_holiday((previous.start + timedelta(weeks=weeks)).astimezone(ZoneInfo(previous.timezone)).date()):
            weeks += 1
        previous.start += timedelta(weeks=weeks)
        previous.end += timedelta(weeks=weeks)
        previous.status = MeetingStatus.PLANNED
        dialog = self._dialog(previous, new=True)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        command = AddMeetingCommand(self._service, self._publish, dialog.value(), True, previous_id=meeting_id)
        if not self._refused(push(self._undo, command)) and command.meeting_id is not None:
            self.open_meeting(command.meeting_id)

    def _on_edit(self, meeting_id: int) -> None:
        before = self._service.input_for(meeting_id)
        dialog = self._dialog(before)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.value() != before:
            self._refused(push(self._undo, EditMeetingCommand(self._service, self._publish, meeting_id, before,
                                                              dialog.value())))

    def _on_delete(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        title = self.model.meeting(self.table.currentIndex().row())
        name = title.title if title else ""
        if prompts.confirm(self, self.tr("Delete meeting"),
                           self.tr("Delete “%1” with its agenda and minutes? You can undo this with Ctrl+Z.")
                           .replace("%1", name), self.tr("Delete")):
            self._refused(push(self._undo, RemoveMeetingCommand(self._service, self._publish, meeting_id, name)))
