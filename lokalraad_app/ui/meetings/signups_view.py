"""Tilmeldte: the citizens who signed up for a borgermøde (name and e-mail), so its minutes reach them."""

from __future__ import annotations

from enum import IntEnum

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.services.signups import SignupRow, SignupService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.meetings.commands import AddSignupCommand, RemoveSignupCommand
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table
from lokalraad_app.ui.undo import ServiceCommand, push


class Column(IntEnum):
    NAME = 0
    EMAIL = 1


class SignupTableModel(RowsTableModel):
    rows: list[SignupRow]

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail")]

    def display(self, r: SignupRow, column: int) -> str:
        return r.name if Column(column) == Column.NAME else r.email


class SignupsView(QtWidgets.QWidget):
    changed = QtCore.Signal(frozenset)

    def __init__(self, service: SignupService, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._undo = service, undo_stack
        self.meeting_id: int | None = None
        self.model = SignupTableModel(self)
        self.table = row_table(self.model, {Column.NAME: 240})
        self.name_edit = QtWidgets.QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.email_edit = QtWidgets.QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("E-mail, e.g. anne@example.dk"))
        self.add_button = QtWidgets.QPushButton(self.tr("&Sign up"))
        self.remove_button = QtWidgets.QPushButton(self.tr("Re&move…"))
        self.table.installEventFilter(self)  # Delete on a selected name removes it (the agenda has its own Delete)
        hint = QtWidgets.QLabel(self.tr("Citizens who signed up get the minutes with “Send minutes to the "
                                        "participants”, together with those recorded present."))
        hint.setWordWrap(True)
        form = QtWidgets.QHBoxLayout()
        form.addWidget(self.name_edit, 1)
        form.addWidget(self.email_edit, 1)
        form.addWidget(self.add_button)
        form.addWidget(self.remove_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.email_edit.returnPressed.connect(self._on_add_button_clicked)
        self.name_edit.returnPressed.connect(self.email_edit.setFocus)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 — Qt's name
        if (watched is self.table and isinstance(event, QtGui.QKeyEvent) and event.type() == QtCore.QEvent.Type.KeyPress
                and event.matches(QtGui.QKeySequence.StandardKey.Delete)):
            self._on_remove_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def show_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is not None:
            self.model.set_rows(self._service.rows(self.meeting_id))

    def selected(self) -> SignupRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _push(self, command: ServiceCommand) -> bool:
        error = push(self._undo, command)
        if error is not None:
            prompts.error(self, self.tr("Not saved"), refusal_message(error))
        return error is None

    def _on_add_button_clicked(self) -> None:
        if self.meeting_id is None:
            return
        name, email = self.name_edit.text(), self.email_edit.text()
        if self._push(AddSignupCommand(self._service, self.changed.emit, self.meeting_id, name, email)):
            self.name_edit.clear()
            self.email_edit.clear()
            self.name_edit.setFocus()  # the next one at the door

    def _on_remove_button_clicked(self) -> None:
        row = self.selected()
        if row is not None and prompts.confirm(self, self.tr("Remove"),
                                               self.tr("Remove the sign-up of %1?").replace("%1", row.name),
                                               self.tr("Remove")):
            self._push(RemoveSignupCommand(self._service, self.changed.emit, row.id, row.name))
