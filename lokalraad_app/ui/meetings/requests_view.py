"""Henvendelser: the municipality's open administrative answers — who owns them, when they were promised."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from lokalraad_app.services.requests import RequestRow, RequestService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import ask_optional_date
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.meetings.commands import AnswerRequestCommand, SetRequestOwnerCommand
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table, select_record
from lokalraad_app.ui.undo import ServiceCommand, push

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    QUESTION = 0
    OWNER = 1
    PROMISED = 2
    MEETING = 3
    ANSWER = 4


class RequestTableModel(RowsTableModel):
    rows: list[RequestRow]

    def titles(self) -> list[str]:
        return [self.tr("Question"), self.tr("Owner at the municipality"), self.tr("Answer promised"),
                self.tr("Raised at"), self.tr("Answer")]

    def foreground(self, row: RequestRow) -> QtGui.QBrush | None:
        return QtGui.QBrush(QtGui.QColor("#b00020")) if row.late(date.today()) else None

    def display(self, r: RequestRow, column: int) -> str:
        return {Column.QUESTION: r.question, Column.OWNER: r.owner, Column.PROMISED: format_date(r.promised_on),
                Column.MEETING: f"{r.meeting_title} {format_date(r.meeting_day)}".strip(),
                Column.ANSWER: f"{format_date(r.answered_on)}: {r.answer}" if r.answer else ""}[Column(column)]


class RequestsView(QtWidgets.QWidget):
    def __init__(self, service: RequestService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._undo = service, events, undo_stack
        self.model = RequestTableModel(self)
        self.open_check = QtWidgets.QCheckBox(self.tr("Only &unanswered"))
        self.open_check.setChecked(True)
        self.owner_button = QtWidgets.QPushButton(self.tr("&Owner and promised date…"))
        self.answer_button = QtWidgets.QPushButton(self.tr("Record the &answer…"))
        self.table = row_table(self.model, {Column.QUESTION: 340, Column.OWNER: 200})
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.open_check)
        top.addStretch(1)
        top.addWidget(self.owner_button)
        top.addWidget(self.answer_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.open_check.toggled.connect(self.reload)
        self.owner_button.clicked.connect(self._on_owner)
        self.answer_button.clicked.connect(self._on_answer)
        events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._service.rows(open_only=self.open_check.isChecked()))

    def selected(self) -> RequestRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select(self, record_id: int) -> bool:
        return select_record(self.table, self.model, record_id, self.open_check)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if "requests" in changes or "all" in changes:
            self.reload()

    def _apply(self, command: ServiceCommand) -> None:
        error = push(self._undo, command)
        if error is not None:
            prompts.error(self, self.tr("Not saved"), refusal_message(error))

    def _on_owner(self) -> None:
        row = self.selected()
        if row is None:
            return
        owner = prompts.get_text(self, self.tr("Owner"), self.tr("Who at the municipality answers it?"), row.owner)
        if owner is None:
            return
        answered, day = ask_optional_date(self, self.tr("Answer promised"),
                                          self.tr("Answer promised by (e.g. 25.03.2025; empty if no date):"),
                                          row.promised_on)
        if not answered:
            return
        self._apply(SetRequestOwnerCommand(self._service, self._events.publish, row.id, row.question, (owner, day),
                                           (row.owner, row.promised_on)))

    def _on_answer(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = prompts.get_text(self, self.tr("The municipality's answer"), self.tr("What did they answer?"))
        if answer is not None:
            self._apply(AnswerRequestCommand(self._service, self._events.publish, row.id, row.question, answer))
