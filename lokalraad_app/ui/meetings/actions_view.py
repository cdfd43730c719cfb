"""Opfølgning: action items across meetings by due date, overdue marked, closed with a note."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from lokalraad_app.services.actions import ActionInput, ActionRow, ActionService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import DateField, refuse_bad_dates
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import buddy_label, format_date
from lokalraad_app.ui.meetings.commands import CloseActionItemCommand, ReopenActionItemCommand
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table, select_record
from lokalraad_app.ui.undo import ServiceCommand, push

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHAT = 0
    WHO = 1
    DUE = 2
    MEETING = 3
    STATUS = 4


class ActionTableModel(RowsTableModel):
    rows: list[ActionRow]

    def titles(self) -> list[str]:
        return [self.tr("What"), self.tr("Who"), self.tr("By"), self.tr("From the meeting"), self.tr("Status")]

    def foreground(self, row: ActionRow) -> QtGui.QBrush | None:
        return QtGui.QBrush(QtGui.QColor("#b00020")) if row.overdue(date.today()) else None

    def display(self, r: ActionRow, column: int) -> str:
        col = Column(column)
        if col == Column.WHAT:
            return r.description
        if col == Column.WHO:
            return r.owner
        if col == Column.DUE:
            return format_date(r.due)
        if col == Column.MEETING:
            return f"{r.meeting_title} {format_date(r.meeting_day)}".strip()
        if r.status == "done":
            return self.tr("Done %1: %2").replace("%1", format_date(r.closed_on)).replace("%2", r.closed_note)
        return self.tr("Overdue") if r.overdue(date.today()) else self.tr("Open")


class ActionDialog(QtWidgets.QDialog):
    """What is to be done, by whom, by when."""

    def __init__(self, people: list[tuple[int, str]], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action item"))
        self.what_edit = QtWidgets.QLineEdit()
        self.who_combo = QtWidgets.QComboBox()
        self.who_combo.setEditable(True)  # a name not in the register can be written in
        self.who_combo.addItem("", None)
        for pid, name in people:
            self.who_combo.addItem(name, pid)
        self.due_check = QtWidgets.QCheckBox(self.tr("Due"))
        self.due_edit = DateField(date.today() + timedelta(days=14))
        self.due_check.setChecked(True)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        due = QtWidgets.QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        due.addStretch(1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&What:"), self.what_edit)
        form.addRow(self.tr("&Who:"), self.who_combo)
        form.addRow(buddy_label(self.tr("&By:"), self.due_check), due)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def value(self) -> ActionInput:
        text = self.who_combo.currentText().strip()
        index = self.who_combo.findText(text)
        owner_id = self.who_combo.itemData(index) if index >= 0 else None
        return ActionInput(description=self.what_edit.text().strip(), owner_id=owner_id,
                           owner_name="" if owner_id else text,
                           due=self.due_edit.date() if self.due_check.isChecked() else None)

    def accept(self) -> None:
        """Refuses to close on bad input, says what to fix and keeps what was typed."""
        if refuse_bad_dates([self.due_edit], self.error_label):
            return
        if not self.value().description:
            self.error_label.setText(self.tr("Write what is to be done."))
            self.error_label.show()
            self.what_edit.setFocus()
            return
        super().accept()


class ActionsView(QtWidgets.QWidget):
    meeting_requested = QtCore.Signal(int)

    def __init__(self, service: ActionService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._undo = service, events, undo_stack
        self.model = ActionTableModel(self)
        self.open_check = QtWidgets.QCheckBox(self.tr("Only &open ones"))
        self.open_check.setChecked(True)
        self.owner_edit = QtWidgets.QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Filter by who or what…"))
        self.owner_edit.setClearButtonEnabled(True)
        self.close_button = QtWidgets.QPushButton(self.tr("&Close with a note…"))
        self.reopen_button = QtWidgets.QPushButton(self.tr("Re&open"))
        self.table = row_table(self.model, {Column.WHAT: 320, Column.WHO: 160, Column.DUE: 110, Column.MEETING: 220})
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.open_check)
        top.addWidget(self.owner_edit, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.open_check.toggled.connect(self.reload)
        self.owner_edit.textChanged.connect(self.reload)
        self.close_button.clicked.connect(self._on_close)
        self.reopen_button.clicked.connect(self._on_reopen)
        self.table.activated.connect(self._on_table_activated)
        events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        needle = self.owner_edit.text().strip().casefold()
        rows = self._service.rows(open_only=self.open_check.isChecked())
        if needle:
            rows = [r for r in rows if needle in f"{r.owner} {r.description}".casefold()]
        self.model.set_rows(rows)

    def selected(self) -> ActionRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select(self, record_id: int) -> bool:
        return select_record(self.table, self.model, record_id, self.open_check)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if "actions" in changes or "all" in changes or "meetings" in changes:
            self.reload()

    def _on_close(self) -> None:
        row = self.selected()
        if row is None:
            return
        note = prompts.get_text(self, self.tr("Close action item"),
                                self.tr("How was “%1” done?").replace("%1", row.description))
        if note is not None:
            self._apply(CloseActionItemCommand(self._service, self._events.publish, row.id, row.description, note))

    def _on_reopen(self) -> None:
        row = self.selected()
        if row is not None and row.status == "done":
            self._apply(ReopenActionItemCommand(self._service, self._events.publish, row.id, row.description,
                                                row.closed_note, row.closed_on))

    def _apply(self, command: ServiceCommand) -> None:
        error = push(self._undo, command)
        if error is not None:
            prompts.error(self, self.tr("Not saved"), refusal_message(error))

    def _on_table_activated(self, index: QtCore.QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if row.meeting_id is not None:
            self.meeting_requested.emit(row.meeting_id)
