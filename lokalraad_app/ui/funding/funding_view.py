"""Puljer: applications to municipal pools and foundations, filtered by status, with the deadline that
matters next marked, and the chosen one's fields beside them (saved as you type)."""

from __future__ import annotations

from enum import IntEnum

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import DeadlineKind, FundingStatus, FundKind, Severity
from lokalraad_app.services.funding import FundingInput, FundingRow, FundingService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.autosave import AutosavePage, show_date, typed_date
from lokalraad_app.ui.date_field import DateField
from lokalraad_app.ui.deadlines import DeadlineTableModel, severity_style, short_date
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.funding.commands import (
    AddApplicationCommand,
    DeleteApplicationCommand,
    EditApplicationCommand,
)
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.meetings.editing import refused, set_text
from lokalraad_app.ui.rows_model import row_table
from lokalraad_app.ui.undo import ServiceCommand, push

NO_AMOUNT = -1  # the granted spin box's "not decided"
translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
ACTIVE = {FundingStatus.DRAFT, FundingStatus.SENT, FundingStatus.GRANTED}  # something still to do


def fund_kind_label(kind: str) -> str:
    return {FundKind.RURAL_POOL.value: translate("Funding", "Rural pool (landdistriktspulje)"),
            FundKind.SECTION_18.value: translate("Funding", "§ 18 (voluntary social work)"),
            FundKind.FOUNDATION.value: translate("Funding", "Foundation"),
            FundKind.OTHER.value: translate("Funding", "Other")}.get(kind, kind)


def funding_status_label(status: str) -> str:
    return {FundingStatus.DRAFT.value: translate("Funding", "Draft"),
            FundingStatus.SENT.value: translate("Funding", "Sent"),
            FundingStatus.GRANTED.value: translate("Funding", "Granted"),
            FundingStatus.REFUSED.value: translate("Funding", "Refused"),
            FundingStatus.REPORTED.value: translate("Funding", "Reported")}.get(status, status)


def kroner(amount: int | None) -> str:
    return "" if amount is None else QtCore.QLocale().toString(amount) + " kr."


class Column(IntEnum):
    FUND = 0
    STATUS = 1
    NEXT = 2  # the deadline that matters next, and how near it is
    APPLIED = 3
    GRANTED = 4
    PURPOSE = 5


class FundingTableModel(DeadlineTableModel):
    rows: list[FundingRow]
    ICON_COLUMN = Column.NEXT

    def titles(self) -> list[str]:
        return [self.tr("Pool or foundation"), self.tr("Status"), self.tr("Next deadline"), self.tr("Applied for"),
                self.tr("Granted"), self.tr("For")]

    def display(self, r: FundingRow, column: int) -> str:
        col = Column(column)
        if col == Column.FUND:
            return r.fund
        if col == Column.PURPOSE:
            return " · ".join(p for p in (r.purpose, r.initiative) if p)
        if col == Column.APPLIED:
            return kroner(r.amount_applied)
        if col == Column.GRANTED:
            return kroner(r.amount_granted)
        if col == Column.STATUS:
            return funding_status_label(r.status)
        return self.next_text(r)

    def next_text(self, r: FundingRow) -> str:
        """The deadline that matters next, and how near it is."""
        due = r.next_deadline()
        if due is None:
            return ""
        kind, day = due
        today = self.today()
        if r.severity(today) is Severity.TOO_LATE:
            text = (self.tr("Too late: the application deadline was %1") if kind is DeadlineKind.APPLICATION
                    else self.tr("Overdue: the report was due %1"))
            return text.replace("%1", short_date(day))
        days = (day - today).days
        if kind is DeadlineKind.APPLICATION:
            return self.tr("Apply within %n day(s)", "", days) if days <= 14 else \
                self.tr("Apply by %1").replace("%1", format_date(day))
        return self.tr("Report within %n day(s)", "", days) if days <= 14 else \
            self.tr("Report by %1").replace("%1", format_date(day))


class FundingView(AutosavePage):
    """The Puljer page."""

    model: FundingTableModel

    def __init__(self, service: FundingService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(events, undo_stack, parent)
        self._service = service

        heading = QtWidgets.QLabel(self.tr("Funding"))
        heading.setObjectName("PageTitle")
        self.filter_combo = QtWidgets.QComboBox()
        self.filter_combo.addItem(self.tr("Under way (draft, sent, granted)"), "active")
        self.filter_combo.addItem(self.tr("All"), "all")
        for status in FundingStatus:
            self.filter_combo.addItem(funding_status_label(status), status.value)
        filter_label = QtWidgets.QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter_combo)
        self.model = FundingTableModel(self)
        self.table = row_table(self.model, {Column.FUND: 170, Column.STATUS: 90, Column.NEXT: 200,
                                            Column.APPLIED: 100, Column.GRANTED: 100})
        self.new_button = QtWidgets.QPushButton(self.tr("&New application…"))
        self.new_button.setShortcut(QtGui.QKeySequence("Ctrl+Shift+N"))  # Ctrl+N is File ▸ New council file
        self.new_button.setToolTip(self.tr("A new application to a pool or a foundation (Ctrl+Shift+N)"))
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete…"))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(heading)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

        self.fund_edit = QtWidgets.QLineEdit()
        self.kind_combo = QtWidgets.QComboBox()
        for kind in FundKind:
            self.kind_combo.addItem(fund_kind_label(kind), kind.value)
        self.purpose_edit = QtWidgets.QLineEdit()
        self.initiative_combo = QtWidgets.QComboBox()
        # A long initiative's title must not widen the editor past the screen: the list shows it whole.
        self.initiative_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.initiative_combo.setMinimumContentsLength(18)
        self.applied_spin = QtWidgets.QSpinBox(minimum=0, maximum=1_000_000_000, singleStep=1000)
        self.granted_spin = QtWidgets.QSpinBox(minimum=NO_AMOUNT, maximum=1_000_000_000, singleStep=1000)
        self.granted_spin.setSpecialValueText(self.tr("not decided"))
        for spin in (self.applied_spin, self.granted_spin):
            spin.setSuffix(" kr.")
            spin.setGroupSeparatorShown(True)
        self.status_combo = QtWidgets.QComboBox()
        for status in FundingStatus:
            self.status_combo.addItem(funding_status_label(status), status.value)
        self.deadline_edit = DateField()
        self.decided_edit = DateField()
        self.report_edit = DateField()
        self.report_edit.setToolTip(self.tr("When the spending of a grant must be accounted for"))
        self.notes_edit = QtWidgets.QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Pool or foundation:"), self.fund_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&What for:"), self.purpose_edit)
        form.addRow(self.tr("&Initiative:"), self.initiative_combo)
        form.addRow(self.tr("&Applied for:"), self.applied_spin)
        form.addRow(self.tr("Application dead&line:"), self.deadline_edit)
        form.addRow(self.tr("S&tatus:"), self.status_combo)
        form.addRow("", self.warning_label)
        form.addRow(self.tr("&Granted:"), self.granted_spin)
        form.addRow(self.tr("Decided &on:"), self.decided_edit)
        form.addRow(self.tr("&Report by:"), self.report_edit)
        form.addRow(self.tr("Not&es:"), self.notes_edit)
        form.addRow("", self.error_label)
        self.editor_box = QtWidgets.QGroupBox(self.tr("Application"))
        self.editor_box.setLayout(form)
        self._beside_table(left, self.editor_box, [640, 540])

        for signal in (self.fund_edit.textEdited, self.purpose_edit.textEdited, self.deadline_edit.textEdited,
                       self.decided_edit.textEdited, self.report_edit.textEdited, self.notes_edit.textChanged,
                       self.applied_spin.valueChanged, self.granted_spin.valueChanged,
                       self.kind_combo.currentIndexChanged, self.initiative_combo.currentIndexChanged,
                       self.deadline_edit.date_changed, self.decided_edit.date_changed, self.report_edit.date_changed):
            signal.connect(self._on_field_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.filter_combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_application)
        self.delete_button.clicked.connect(self.delete_application)
        events.changed.connect(self._on_events_changed)
        self.reload()

    # --- showing -------------------------------------------------------------------------------
    def statuses(self) -> set[FundingStatus] | None:
        chosen = self.filter_combo.currentData()
        if chosen == "all":
            return None
        return set(ACTIVE) if chosen == "active" else {FundingStatus(chosen)}

    def reload(self) -> None:
        keep = self._editing_id
        self.model.set_rows(self._service.rows(self.statuses()))
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rows:
            row = 0
        if row is None:
            self.save()
            self._show(None)
        else:  # another application than before is shown by _on_current_changed
            self.table.setCurrentIndex(self.model.index(row, Column.FUND))

    def select(self, application_id: int) -> None:
        if self.model.row_of(application_id) is None and self.filter_combo.currentData() != "all":
            self.filter_combo.setCurrentIndex(self.filter_combo.findData("all"))  # not shown by the filter
        super().select(application_id)

    def show_uid(self, uid: str) -> bool:
        """Selects the application with that uid (from the overview); False if the file has none."""
        found = next((r for r in self._service.rows() if r.uid == uid), None)
        if found is not None:
            self.select(found.id)
        return found is not None

    def _fill_initiatives(self, chosen: int | None) -> None:
        self.initiative_combo.clear()
        self.initiative_combo.addItem(self.tr("(none)"), None)
        for initiative_id, title in self._service.initiatives():
            self.initiative_combo.addItem(title, initiative_id)
        self.initiative_combo.setCurrentIndex(max(self.initiative_combo.findData(chosen), 0))

    def _fill(self, application_id: int | None) -> None:
        if application_id is None:
            for w in (self.fund_edit, self.purpose_edit, self.deadline_edit, self.decided_edit, self.report_edit):
                w.clear()
            self.notes_edit.clear()
            self.warning_label.clear()
            self.editor_box.setEnabled(False)
            return
        d = self._service.funding_input(application_id)
        for edit, value in ((self.fund_edit, d.fund), (self.purpose_edit, d.purpose)):
            if edit.text() != value:
                edit.setText(value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(d.kind.value))
        self._fill_initiatives(d.initiative_id)
        self.applied_spin.setValue(d.amount_applied)
        self.granted_spin.setValue(NO_AMOUNT if d.amount_granted is None else d.amount_granted)
        self.status_combo.setCurrentIndex(self.status_combo.findData(d.status.value))
        for field, day in ((self.deadline_edit, d.deadline), (self.decided_edit, d.decided_on),
                           (self.report_edit, d.report_deadline)):
            show_date(field, day)
        set_text(self.notes_edit, d.notes)
        self._show_warning()
        self.editor_box.setEnabled(True)

    def _show_warning(self) -> None:
        row = next((r for r in self.model.rows if r.id == self._editing_id), None)
        if row is None:
            row = next((r for r in self._service.rows() if r.id == self._editing_id), None)
        severity = row.severity(self.model.today()) if row is not None else Severity.NONE
        self.warning_label.setText(self.model.next_text(row) if row is not None else "")
        self.warning_label.setStyleSheet(severity_style(severity))

    # --- saving --------------------------------------------------------------------------------
    def _on_status_changed(self) -> None:
        """A new status is saved at once, as a step of its own."""
        if not self._loading:
            self.save()

    def _stored(self, application_id: int) -> FundingInput:
        return self._service.funding_input(application_id)

    def form_value(self, before: FundingInput) -> tuple[FundingInput, list[str]]:
        problems: list[str] = []
        fund = self.fund_edit.text().strip()
        if not fund:
            fund = before.fund
            problems.append(self.tr("Write the name of the pool or foundation."))
        days = [typed_date(self.deadline_edit, before.deadline, problems),
                typed_date(self.decided_edit, before.decided_on, problems),
                typed_date(self.report_edit, before.report_deadline, problems)]
        granted = self.granted_spin.value()
        value = FundingInput(fund, FundKind(self.kind_combo.currentData()), self.purpose_edit.text().strip(),
                             self.initiative_combo.currentData(), self.applied_spin.value(),
                             None if granted == NO_AMOUNT else granted, days[0],
                             FundingStatus(self.status_combo.currentData()), days[1], days[2],
                             self.notes_edit.toPlainText())
        return value, problems

    def _edit_command(self, application_id: int, before: FundingInput, after: FundingInput) -> ServiceCommand:
        return EditApplicationCommand(self._service, self._publish, application_id, before, after)

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if changes & {"funding", "all", "plan", "initiatives"}:
            self.save_pending()
            self.reload()
            if initiator is not self and self._editing_id is not None:
                self._show(self._editing_id)
            else:
                self._show_warning()

    # --- steps ---------------------------------------------------------------------------------
    def new_application(self) -> int | None:
        fund = prompts.get_text(self, self.tr("New application"), self.tr("The pool or foundation applied to:"))
        if fund is None or not fund.strip():
            return None
        return self._add(AddApplicationCommand(self._service, self._events.publish, FundingInput(fund.strip())),
                         self.purpose_edit)

    def delete_application(self) -> None:
        application_id = self._editing_id
        if application_id is None:
            return
        self.save_pending()
        fund = self.fund_edit.text()
        if prompts.confirm(self, self.tr("Delete application"),
                           self.tr("Delete the application to “%1”? You can undo this with Ctrl+Z.").replace("%1", fund),
                           self.tr("Delete")):
            refused(self, push(self._undo, DeleteApplicationCommand(self._service, self._events.publish,
                                                                    application_id, fund)))


__all__ = ["Column", "FundingTableModel", "FundingView", "fund_kind_label", "funding_status_label"]
