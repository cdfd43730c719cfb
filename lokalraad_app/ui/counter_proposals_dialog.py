"""Proposed new times (iTIP COUNTER) waiting for the secretary: never applied by themselves."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from lokalraad_app.ui.events import Events
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

if TYPE_CHECKING:
    from lokalraad_app.services.calendar_import import CalendarImportService, CounterProposal

translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class Column(IntEnum):
    MEETING = 0
    WHEN = 1
    WHO = 2
    PROPOSED = 3
    COMMENT = 4


class CounterProposalModel(RowsTableModel):
    def titles(self) -> list[str]:
        return [translate("CounterProposals", "Meeting"), translate("CounterProposals", "Planned"),
                translate("CounterProposals", "Proposed by"), translate("CounterProposals", "Proposed time"),
                translate("CounterProposals", "Comment")]

    def display(self, row: Any, column: int) -> str:
        p: CounterProposal = row
        return {
            Column.MEETING: p.meeting_title,
            Column.WHEN: f"{p.meeting_start:%d.%m.%Y %H.%M}–{p.meeting_end:%H.%M}",
            Column.WHO: p.name,
            Column.PROPOSED: f"{p.proposed_start:%d.%m.%Y %H.%M}–{p.proposed_end:%H.%M}",
            Column.COMMENT: p.comment,
        }[Column(column)]


class CounterProposalsDialog(QtWidgets.QDialog):
    """Lists the proposals; "Dealt with" takes one off the list (moving the meeting is done on its page)."""

    def __init__(self, importer: CalendarImportService, events: Events,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.events = events
        self.setWindowTitle(self.tr("Proposed new times"))
        self.model = CounterProposalModel(self)
        self.table = row_table(self.model)
        intro = QtWidgets.QLabel(self.tr("Invitees have proposed these times. A meeting is never moved by a "
                                         "proposal: move it yourself on its page, then mark the proposal as dealt "
                                         "with."))
        intro.setWordWrap(True)
        self.empty_label = QtWidgets.QLabel(self.tr("No proposals are waiting."))
        self.dismiss_button = QtWidgets.QPushButton(self.tr("&Dealt with"))
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.dismiss_button, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.importer.counter_proposals())
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.model.rows)
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.dismiss_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _on_dismiss_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        proposal = self.model.rows[rows[0].row()]
        self.events.publish(self.importer.dismiss_counter(proposal.id))
        self.refresh()
