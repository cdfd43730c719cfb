"""Høringer: the hearings by deadline with their warnings, and the chosen one's response written beside them
(saved as you type), the board decision it rests on, and the response printed."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt

from lokalraad_app.domain.enums import HearingStatus, Severity
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.hearings import DecisionChoice, HearingInput, HearingRow, HearingService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.autosave import AutosavePage, show_date, typed_date
from lokalraad_app.ui.date_field import DateField
from lokalraad_app.ui.deadlines import DeadlineTableModel, severity_style, short_date
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.hearings.commands import (
    AddHearingCommand,
    DeleteHearingCommand,
    EditHearingCommand,
    LinkDecisionCommand,
    SetHearingStatusCommand,
)
from lokalraad_app.ui.labels import buddy_label, format_date
from lokalraad_app.ui.meetings.editing import refused, set_text
from lokalraad_app.ui.publisher import Publisher
from lokalraad_app.ui.rows_model import Index, row_table
from lokalraad_app.ui.undo import ServiceCommand, push


class Column(IntEnum):
    DEADLINE = 0
    STATUS = 1  # beside the deadline: how near it is, or why it is too late
    TITLE = 2
    REFERENCE = 3
    ISSUER = 4


def in_view_order(rows: list[HearingRow]) -> list[HearingRow]:
    """Open hearings first, the one due soonest on top (none without a date last); then the others,
    the newest deadline first."""
    def key(r: HearingRow) -> tuple[int, int, int]:
        if r.status == HearingStatus.OPEN.value:
            return (0, r.due.toordinal() if r.due else date.max.toordinal(), r.id)
        return (1, -(r.deadline or date.min).toordinal(), -r.id)

    return sorted(rows, key=key)


class HearingTableModel(DeadlineTableModel):
    rows: list[HearingRow]
    ICON_COLUMN = Column.STATUS

    def titles(self) -> list[str]:
        return [self.tr("Deadline"), self.tr("Status"), self.tr("Hearing"), self.tr("Case no."), self.tr("From")]

    def display(self, r: HearingRow, column: int) -> str:
        col = Column(column)
        if col == Column.DEADLINE:
            return format_date(r.deadline)
        if col == Column.TITLE:
            return r.title
        if col == Column.REFERENCE:
            return r.reference
        if col == Column.ISSUER:
            return r.issuer
        return self.status_text(r)

    def status_text(self, r: HearingRow) -> str:
        """What the secretary must know: how long is left, or why it is too late."""
        if r.status == HearingStatus.ANSWERED.value:
            return self.tr("Answered %1").replace("%1", format_date(r.answered_on)).strip()
        if r.status == HearingStatus.SKIPPED.value:
            return self.tr("Not answered")
        today, due = self.today(), r.due
        if due is None:
            return self.tr("Open")
        if r.severity(today) is Severity.TOO_LATE:
            if r.committee_decides_on is not None and r.committee_decides_on < today:
                return self.tr("Too late: the committee decided %1").replace("%1", short_date(r.committee_decides_on))
            return self.tr("Too late: the deadline was %1").replace("%1", short_date(due))
        days = (due - today).days
        if days == 0:
            return self.tr("Due today")
        if r.severity(today) is Severity.NONE:
            return self.tr("Open")
        return self.tr("Due in %n day(s)", "", days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            r = self.rows[index.row()]
            if r.committee_decides_on is not None:
                return self.tr("The committee decides %1").replace("%1", format_date(r.committee_decides_on))
            return None
        return super().data(index, role)


class HearingsView(AutosavePage):
    """The Høringer page."""

    model: HearingTableModel

    def __init__(self, service: HearingService, documents: DocumentService, events: Events,
                 undo_stack: QtGui.QUndoStack, parent: QtWidgets.QWidget | None = None, *,
                 publisher: Publisher | None = None) -> None:
        super().__init__(events, undo_stack, parent)
        self._service, self._documents, self.publisher = service, documents, publisher
        self.preview_dialog: QtWidgets.QDialog | None = None

        heading = QtWidgets.QLabel(self.tr("Hearings"))
        heading.setObjectName("PageTitle")
        self.model = HearingTableModel(self)
        self.table = row_table(self.model, {Column.DEADLINE: 95, Column.STATUS: 150, Column.TITLE: 250,
                                            Column.REFERENCE: 75})
        self.new_button = QtWidgets.QPushButton(self.tr("&New hearing…"))
        self.new_button.setShortcut(QtGui.QKeySequence("Ctrl+Shift+N"))  # Ctrl+N is File ▸ New council file
        self.new_button.setToolTip(self.tr("A new hearing from the municipality (Ctrl+Shift+N)"))
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete…"))
        self.print_button = QtWidgets.QPushButton(self.tr("&Print response…"))
        self.print_button.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("The response as the municipality will get it (Ctrl+P)"))
        self.send_button = QtWidgets.QPushButton(self.tr("Send to the &municipality…"))
        self.send_button.setToolTip(self.tr("The response by mail and/or upload, as the municipality profile says"))
        self.send_button.setVisible(publisher is not None)
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.new_button, self.delete_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        # The chosen hearing.
        self.title_edit = QtWidgets.QLineEdit()
        self.reference_edit = QtWidgets.QLineEdit()
        self.issuer_edit = QtWidgets.QLineEdit()
        self.issuer_edit.setPlaceholderText(self.tr("e.g. Lejre Kommune, Plan og Udvikling"))
        self.link_edit = QtWidgets.QLineEdit()
        self.link_edit.setPlaceholderText("https://")
        self.open_link_button = QtWidgets.QPushButton(self.tr("Open"))
        self.deadline_edit = DateField()
        self.committee_edit = DateField()
        self.committee_edit.setToolTip(self.tr("When the committee decides: an answer after that is too late."))
        self.description_edit = QtWidgets.QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self.response_edit = QtWidgets.QPlainTextEdit()
        self.response_edit.setTabChangesFocus(True)
        self.response_edit.setPlaceholderText(self.tr("The council's response to the municipality…"))
        self.decision_label = QtWidgets.QLabel()
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_decision_button = QtWidgets.QPushButton(self.tr("Lin&k a board decision…"))
        self.unlink_decision_button = QtWidgets.QPushButton(self.tr("Unl&ink"))
        self.answered_button = QtWidgets.QPushButton(self.tr("Mark as &sent"))
        self.answered_button.setToolTip(self.tr("The response has gone to the municipality"))
        self.skipped_button = QtWidgets.QPushButton(self.tr("We do not ans&wer"))
        self.reopen_button = QtWidgets.QPushButton(self.tr("Re&open"))

        link_row = QtWidgets.QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.open_link_button)
        dates = QtWidgets.QHBoxLayout()
        dates.addWidget(self.deadline_edit)
        committee_label = QtWidgets.QLabel(self.tr("Co&mmittee decides:"))
        committee_label.setBuddy(self.committee_edit)
        dates.addWidget(committee_label)
        dates.addWidget(self.committee_edit)
        dates.addStretch(1)
        decision_buttons = QtWidgets.QHBoxLayout()
        decision_buttons.addWidget(self.link_decision_button)
        decision_buttons.addWidget(self.unlink_decision_button)
        decision_buttons.addStretch(1)
        status_buttons = QtWidgets.QHBoxLayout()
        for b in (self.answered_button, self.skipped_button, self.reopen_button):
            status_buttons.addWidget(b)
        status_buttons.addStretch(1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Case no.:"), self.reference_edit)
        form.addRow(self.tr("F&rom:"), self.issuer_edit)
        form.addRow(buddy_label(self.tr("&Link:"), self.link_edit), link_row)  # the label of a row of fields needs
        form.addRow(buddy_label(self.tr("De&adline:"), self.deadline_edit), dates)  # its buddy said, or shows "&"
        form.addRow("", self.warning_label)
        form.addRow(self.tr("A&bout:"), self.description_edit)
        form.addRow(self.tr("R&esponse:"), self.response_edit)
        form.addRow(self.tr("Board decision:"), self.decision_label)
        form.addRow("", decision_buttons)
        form.addRow("", status_buttons)
        send_row = QtWidgets.QHBoxLayout()  # a row of its own: beside the status buttons it widened the editor
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        form.addRow("", send_row)
        form.addRow("", self.error_label)
        self.editor_box = QtWidgets.QGroupBox(self.tr("Hearing"))
        self.editor_box.setLayout(form)
        self._beside_table(left, self.editor_box, [560, 620])

        for signal in (self.title_edit.textEdited, self.reference_edit.textEdited, self.issuer_edit.textEdited,
                       self.link_edit.textEdited, self.deadline_edit.textEdited, self.committee_edit.textEdited,
                       self.description_edit.textChanged, self.response_edit.textChanged):
            signal.connect(self._on_field_changed)
        for edit in (self.deadline_edit, self.committee_edit):  # a date picked from the calendar
            edit.date_changed.connect(self._on_field_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_hearing)
        self.delete_button.clicked.connect(self.delete_hearing)
        self.print_button.clicked.connect(self.print_response)
        self.send_button.clicked.connect(self.send_response)
        self.open_link_button.clicked.connect(self._on_open_link)
        self.link_decision_button.clicked.connect(self.link_decision)
        self.unlink_decision_button.clicked.connect(lambda: self._apply(self._link_command(None)))
        self.answered_button.clicked.connect(lambda: self.set_status(HearingStatus.ANSWERED))
        self.skipped_button.clicked.connect(lambda: self.set_status(HearingStatus.SKIPPED))
        self.reopen_button.clicked.connect(lambda: self.set_status(HearingStatus.OPEN))
        events.changed.connect(self._on_events_changed)
        self.reload()

    # --- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """The table as the file holds it, on the same hearing as before (or the first)."""
        keep = self._editing_id
        self.model.set_rows(in_view_order(self._service.rows()))
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rows:
            row = 0
        if row is None:
            self._show(None)
        else:  # another hearing than before is shown by _on_current_changed
            self.table.setCurrentIndex(self.model.index(row, Column.DEADLINE))

    def show_uid(self, uid: str) -> bool:
        """Selects the hearing with that uid (from the overview); False if the file has none."""
        row = next((r for r in self.model.rows if r.uid == uid), None)
        if row is not None:
            self.select(row.id)
        return row is not None

    def _fill(self, hearing_id: int | None) -> None:
        """Fills the form from the file (only fields that differ, so a cursor stays where it is)."""
        if hearing_id is None:
            for w in (self.title_edit, self.reference_edit, self.issuer_edit, self.link_edit,
                      self.deadline_edit, self.committee_edit):
                w.clear()
            self.description_edit.clear()
            self.response_edit.clear()
            self.decision_label.clear()
            self.warning_label.clear()
            self.editor_box.setEnabled(False)
            self.send_button.setEnabled(False)
            return
        detail = self._service.detail(hearing_id)
        d = detail.data
        for edit, value in ((self.title_edit, d.title), (self.reference_edit, d.reference),
                            (self.issuer_edit, d.issuer), (self.link_edit, d.link)):
            if edit.text() != value:
                edit.setText(value)
        show_date(self.deadline_edit, d.deadline)
        show_date(self.committee_edit, d.committee_decides_on)
        set_text(self.description_edit, d.description)
        set_text(self.response_edit, d.response)
        self._show_decision(detail.decision)
        self._show_status(detail.status)
        self.editor_box.setEnabled(True)
        self.send_button.setEnabled(True)

    def _show_decision(self, decision: DecisionChoice | None) -> None:
        if decision is None:
            self.decision_label.setText(self.tr("None linked. Link the decision the response rests on."))
        else:
            self.decision_label.setText(self.tr("%1, %2: %3 — “%4”").replace("%1", decision.meeting_title)
                                        .replace("%2", format_date(decision.meeting_day))
                                        .replace("%3", decision.item_title).replace("%4", decision.decision))
        self.unlink_decision_button.setEnabled(decision is not None)

    def _show_status(self, status: str) -> None:
        row = next((r for r in self.model.rows if r.id == self._editing_id), None)
        is_open = status == HearingStatus.OPEN.value
        self.answered_button.setEnabled(is_open)
        self.skipped_button.setEnabled(is_open)
        self.reopen_button.setEnabled(not is_open)
        text = self.model.status_text(row) if row is not None else ""
        severity = row.severity(self.model.today()) if row is not None else Severity.NONE
        self.warning_label.setText(text)
        self.warning_label.setStyleSheet(severity_style(severity))

    # --- saving --------------------------------------------------------------------------------
    def _stored(self, hearing_id: int) -> HearingInput:
        return self._service.hearing_input(hearing_id)

    def form_value(self, before: HearingInput) -> tuple[HearingInput, list[str]]:
        problems: list[str] = []
        title = self.title_edit.text().strip()
        if not title:
            title = before.title
            problems.append(self.tr("Write the hearing's title."))
        link = self.link_edit.text().strip()
        if link and not link.lower().startswith(("https://", "http://")):
            link = before.link
            problems.append(self.tr("The link must be a web address starting with https://."))
        value = HearingInput(title, self.reference_edit.text().strip(), self.issuer_edit.text().strip(), link,
                             typed_date(self.deadline_edit, before.deadline, problems),
                             typed_date(self.committee_edit, before.committee_decides_on, problems),
                             self.description_edit.toPlainText(), self.response_edit.toPlainText())
        return value, problems

    def _edit_command(self, hearing_id: int, before: HearingInput, after: HearingInput) -> ServiceCommand:
        return EditHearingCommand(self._service, self._publish, hearing_id, before, after)

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if "hearings" in changes or "all" in changes:
            self.save_pending()  # never lose typing to a refresh
            self.reload()
            if initiator is not self and self._editing_id is not None:
                self._show(self._editing_id)  # undo, redo or another view: show what the file holds now
            elif self._editing_id is not None:
                self._show_status(self._service.detail(self._editing_id).status)
        elif "meetings" in changes or any(c.startswith("meeting:") for c in changes):
            if self._editing_id is not None:  # the linked decision's words may have changed
                try:
                    self._show_decision(self._service.detail(self._editing_id).decision)
                except NotFoundError:
                    pass

    # --- steps ---------------------------------------------------------------------------------
    def _apply(self, command: ServiceCommand | None) -> bool:
        if command is None:
            return False
        self.save_pending()
        return not refused(self, push(self._undo, command))

    def new_hearing(self) -> int | None:
        title = prompts.get_text(self, self.tr("New hearing"), self.tr("Title of the hearing:"))
        if title is None or not title.strip():
            return None
        return self._add(AddHearingCommand(self._service, self._events.publish, HearingInput(title.strip())),
                         self.reference_edit)

    def delete_hearing(self) -> None:
        hearing_id = self._editing_id
        if hearing_id is None:
            return
        self.save_pending()
        title = self.title_edit.text()
        if prompts.confirm(self, self.tr("Delete hearing"),
                           self.tr("Delete “%1” with its response? You can undo this with Ctrl+Z.")
                           .replace("%1", title), self.tr("Delete")):
            self._apply(DeleteHearingCommand(self._service, self._events.publish, hearing_id, title))

    def _link_command(self, agenda_item_id: int | None) -> ServiceCommand | None:
        if self._editing_id is None:
            return None
        return LinkDecisionCommand(self._service, self._events.publish, self._editing_id, agenda_item_id)

    def link_decision(self) -> None:
        """Chooses among the board's decisions, the newest first."""
        if self._editing_id is None:
            return
        choices = self._service.decisions()
        if not choices:
            prompts.info(self, self.tr("No decisions"), self.tr("No minutes in the file record a decision yet. Write "
                                                                "the board's decision in the minutes first."))
            return
        labels = [f"{format_date(c.meeting_day)} · {c.meeting_title} · {c.item_title}: {c.decision[:80]}"
                  for c in choices]
        chosen = prompts.choose(self, self.tr("Link a board decision"),
                                self.tr("The decision the response rests on:"), labels)
        if chosen is not None:
            self._apply(self._link_command(choices[chosen].agenda_item_id))

    def set_status(self, status: HearingStatus) -> None:
        if self._editing_id is None:
            return
        self.save_pending()
        self._apply(SetHearingStatusCommand(self._service, self._events.publish, self._editing_id,
                                            self.title_edit.text(), status))

    def print_response(self) -> QtWidgets.QDialog | None:
        """The response as it will print (a DRAFT watermark until it is marked sent), to print or save."""
        from lokalraad_app.ui.documents.preview_dialog import show_preview

        if self._editing_id is None:
            return None
        self.save_pending()
        try:
            name, pdf = self._documents.hearing_response(self._service.detail(self._editing_id).uid)
        except (ValidationError, NotFoundError) as e:
            refused(self, e, self.tr("Cannot print"))
            return None
        self.preview_dialog = show_preview(name, pdf, self)
        return self.preview_dialog

    def send_response(self) -> int | None:
        """The response to the municipality through the outbox; how many messages were queued (None: not sent)."""
        if self._editing_id is None or self.publisher is None:
            return None
        self.save_pending()
        return self.publisher.send(self, "hearing", hearing=self._service.detail(self._editing_id).uid)

    def _on_open_link(self) -> None:
        link = self.link_edit.text().strip()
        if link.lower().startswith(("https://", "http://")):
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(link))


__all__ = ["Column", "HearingTableModel", "HearingsView", "in_view_order"]
