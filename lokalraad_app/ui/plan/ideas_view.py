"""Borgeridéer: citizens' ideas (mostly from borgermøder), linked to a focus area or initiative of the plan,
followed until they are taken up or declined."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from lokalraad_app.domain.enums import IdeaStatus
from lokalraad_app.services.citizen_ideas import CitizenIdeaService, IdeaInput, IdeaRow
from lokalraad_app.services.participation import MeetingChoice, PlanChoice
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import DateField, refuse_bad_dates
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.plan.participation import (
    FormDialog,
    add_action,
    add_from,
    apply,
    edit_in,
    meeting_combo,
    plan_combo,
    select_where,
    selected_row,
    toolbar,
)
from lokalraad_app.ui.plan.participation_commands import (
    AddIdeaCommand,
    EditIdeaCommand,
    RemoveIdeaCommand,
    SetIdeaStatusCommand,
)
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def idea_status_label(status: str) -> str:
    return {
        IdeaStatus.NEW.value: translate("Ideas", "New"),
        IdeaStatus.TAKEN_UP.value: translate("Ideas", "Taken up"),
        IdeaStatus.DECLINED.value: translate("Ideas", "Declined"),
    }.get(status, status)


class Column(IntEnum):
    IDEA = 0
    FROM = 1
    DATE = 2
    MEETING = 3
    LINKED = 4
    STATUS = 5


class IdeaTableModel(RowsTableModel):
    rows: list[IdeaRow]

    def titles(self) -> list[str]:
        return [self.tr("Idea"), self.tr("From"), self.tr("Received"), self.tr("Citizens' meeting"),
                self.tr("Linked to"), self.tr("Status")]

    def display(self, r: IdeaRow, column: int) -> str:
        return {Column.IDEA: r.text.replace("\n", " "), Column.FROM: r.name, Column.DATE: format_date(r.received_on),
                Column.MEETING: r.meeting_title, Column.LINKED: r.linked_to,
                Column.STATUS: idea_status_label(r.status)}[Column(column)]

    def foreground(self, row: IdeaRow) -> QtGui.QBrush | None:
        return QtGui.QBrush(QtGui.QColor("#777777")) if row.status == IdeaStatus.DECLINED.value else None


class IdeaDialog(FormDialog):
    """The idea, who brought it and when, the borgermøde, what in the plan it feeds, its status."""

    def __init__(self, meetings: list[MeetingChoice], links: list[PlanChoice], value: IdeaInput | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Citizen idea") if value is None else self.tr("Edit citizen idea"), parent)
        value = value or IdeaInput("", date.today())
        self.text_edit = QtWidgets.QPlainTextEdit(value.text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        self.name_edit = QtWidgets.QLineEdit(value.name)
        self.email_edit = QtWidgets.QLineEdit(value.email)
        self.date_edit = DateField(value.received_on)
        self.meeting_combo = meeting_combo(meetings, value.meeting_id)
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_combo_changed)
        self._meeting_days = {m.id: m.day for m in meetings}
        self.link_combo = plan_combo(links, (value.focus_area_id, value.initiative_id), self.tr("(not linked)"))
        self.status_combo = QtWidgets.QComboBox()
        for status in IdeaStatus:
            self.status_combo.addItem(idea_status_label(status.value), status.value)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(value.status), 0))
        self.form.addRow(self.tr("&Idea:"), self.text_edit)
        self.form.addRow(self.tr("&From (name):"), self.name_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("&Received:"), self.date_edit)
        self.form.addRow(self.tr("Citizens' &meeting:"), self.meeting_combo)
        self.form.addRow(self.tr("&Linked to:"), self.link_combo)
        self.form.addRow(self.tr("&Status:"), self.status_combo)
        self.resize(560, self.sizeHint().height())

    def _on_meeting_combo_changed(self) -> None:
        day = self._meeting_days.get(self.meeting_combo.currentData())
        if day is not None:
            self.date_edit.set_date(day)  # an idea from a meeting came in on its day

    def value(self) -> IdeaInput:
        link = self.link_combo.currentData()
        focus_area_id, initiative_id = (link[0], link[1]) if link else (None, None)
        return IdeaInput(self.text_edit.toPlainText().strip(), self.date_edit.date(), self.name_edit.text().strip(),
                         self.email_edit.text().strip(), self.meeting_combo.currentData(), focus_area_id,
                         initiative_id, self.status_combo.currentData())

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        if not self.text_edit.toPlainText().strip():
            return self.tr("Write the idea."), self.text_edit
        if self.date_edit.is_empty():
            return self.tr("Give the date the idea came in."), self.date_edit
        return None

    def accept(self) -> None:
        if refuse_bad_dates([self.date_edit], self.error_label):
            return
        super().accept()


class IdeasView(QtWidgets.QWidget):
    """The tab of citizen ideas; mount with IdeasView(services.ideas, events, undo_stack)."""

    def __init__(self, service: CitizenIdeaService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._undo = service, events, undo_stack
        self.model = IdeaTableModel(self)
        self.table = row_table(self.model, {Column.IDEA: 300, Column.FROM: 150, Column.DATE: 110,
                                            Column.MEETING: 200, Column.LINKED: 200})
        self.filter_combo = QtWidgets.QComboBox()
        self.filter_combo.addItem(self.tr("All ideas"), None)
        for status in IdeaStatus:
            self.filter_combo.addItem(idea_status_label(status.value), status.value)
        self.add_action = add_action(self, self.tr("&New idea…"), self._on_add, "Ctrl+Shift+N")
        self.edit_action = add_action(self, self.tr("&Edit…"), self._on_edit, "Ctrl+E")
        self.take_up_action = add_action(self, self.tr("&Take up"), lambda: self._set_status(IdeaStatus.TAKEN_UP))
        self.decline_action = add_action(self, self.tr("De&cline"), lambda: self._set_status(IdeaStatus.DECLINED))
        self.delete_action = add_action(self, self.tr("&Delete…"), self._on_delete,
                                        QtGui.QKeySequence.StandardKey.Delete)
        show = QtWidgets.QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter_combo)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(toolbar(self.add_action, self.edit_action, None, self.take_up_action, self.decline_action, None,
                              self.delete_action), 1)
        top.addWidget(show)
        top.addWidget(self.filter_combo)
        self.count_label = QtWidgets.QLabel()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.filter_combo.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(self._on_edit)
        events.changed.connect(self._on_events_changed)
        self.reload()

    def reload(self) -> None:
        keep = self.selected()
        self.model.set_rows(self._service.rows(status=self.filter_combo.currentData()))
        n = len(self.model.rows)
        self.count_label.setText(self.tr("%n idea(s)", "", n))
        select_where(self.table, self.model, keep.id if keep else None)

    def selected(self) -> IdeaRow | None:
        row = selected_row(self.table, self.model)
        return row if isinstance(row, IdeaRow) else None

    def select(self, idea_id: int | None) -> None:
        select_where(self.table, self.model, idea_id)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if changes & {"ideas", "plan", "meetings", "all"}:
            self.reload()

    def _dialog(self, value: IdeaInput | None = None) -> IdeaDialog:
        return IdeaDialog(self._service.meetings(), self._service.links(), value, self)

    def _on_add(self) -> None:
        add_from(self, self._undo, self._dialog(),
                 lambda value: AddIdeaCommand(self._service, self._events.publish, value), self.select)

    def _on_edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        before = row.to_input()
        edit_in(self, self._undo, self._dialog(before), before,
                lambda after: EditIdeaCommand(self._service, self._events.publish, row.id, before, after))

    def _set_status(self, status: IdeaStatus) -> None:
        row = self.selected()
        if row is not None and row.status != status.value:
            apply(self, self._undo, SetIdeaStatusCommand(self._service, self._events.publish, row.id, row.text,
                                                         status.value))

    def _on_delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not prompts.confirm(self, self.tr("Delete idea"),
                               self.tr("Delete the idea “%1”? You can undo this with Ctrl+Z.")
                               .replace("%1", row.text), self.tr("Delete")):
            return
        apply(self, self._undo, RemoveIdeaCommand(self._service, self._events.publish, row.id, row.text))


__all__ = ["IdeaDialog", "IdeaTableModel", "IdeasView", "idea_status_label"]
