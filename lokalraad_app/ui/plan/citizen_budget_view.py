"""Borgerbudget: budget rounds, the citizens' costed proposals, the votes counted at the borgermøde (a
number typed, or one ballot or dot at a time), the result recorded, and chosen proposals made initiatives."""

from __future__ import annotations

from enum import IntEnum

from PySide6 import QtGui, QtWidgets

from lokalraad_app.services.citizen_budget import (
    MAX_AMOUNT,
    CitizenBudgetService,
    ProposalInput,
    ProposalRow,
    RoundInput,
    RoundResult,
    RoundRow,
)
from lokalraad_app.services.participation import MeetingChoice
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.plan.participation import (
    FormDialog,
    add_action,
    add_from,
    amount_text,
    apply,
    edit_in,
    meeting_combo,
    meeting_text,
    select_where,
    selected_row,
    toolbar,
)
from lokalraad_app.ui.plan.participation_commands import (
    AddProposalCommand,
    AddRoundCommand,
    ClearResultCommand,
    EditProposalCommand,
    EditRoundCommand,
    MakeInitiativeCommand,
    RecordResultCommand,
    RemoveProposalCommand,
    RemoveRoundCommand,
    SetVotesCommand,
)
from lokalraad_app.ui.rows_model import RowsTableModel, row_table


def amount_box(value: int) -> QtWidgets.QSpinBox:
    box = QtWidgets.QSpinBox()
    box.setRange(0, MAX_AMOUNT)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" kr.")
    box.setValue(value)
    return box


class RoundTableModel(RowsTableModel):
    rows: list[RoundRow]

    def titles(self) -> list[str]:
        return [self.tr("Citizen budget"), self.tr("To share"), self.tr("Citizens' meeting"), self.tr("Result")]

    def display(self, r: RoundRow, column: int) -> str:
        result = (self.tr("Recorded %1").replace("%1", format_date(r.decided_on)) if r.decided_on
                  else self.tr("%n proposal(s)", "", r.proposals))
        return [r.title, amount_text(r.total), meeting_text(r.meeting_title, r.meeting_day), result][column]


class ProposalColumn(IntEnum):
    TITLE = 0
    PROPOSER = 1
    COST = 2
    VOTES = 3
    STANDING = 4
    INITIATIVE = 5


class ProposalTableModel(RowsTableModel):
    """The proposals in the order entered; `standing` says where each is by the votes counted so far."""

    rows: list[ProposalRow]

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: RoundResult | None = None

    def set_result(self, rows: list[ProposalRow], result: RoundResult | None) -> None:
        self.result = result  # before the reset, so the view reads both together
        self.set_rows(rows)

    def titles(self) -> list[str]:
        return [self.tr("Proposal"), self.tr("From"), self.tr("Cost"), self.tr("Votes"), self.tr("By the votes"),
                self.tr("Initiative")]

    def standing(self, r: ProposalRow) -> str:
        if self.result is None:
            return ""
        if self.result.decided_on is not None:
            return self.tr("Chosen") if r.chosen else self.tr("Not chosen")
        if any(p.id == r.id for p in self.result.chosen):
            return self.tr("Within the amount")
        if any(p.id == r.id for p in self.result.passed_over):
            return self.tr("Does not fit")
        return ""

    def display(self, r: ProposalRow, column: int) -> str:
        return {ProposalColumn.TITLE: r.title, ProposalColumn.PROPOSER: r.proposer,
                ProposalColumn.COST: amount_text(r.cost), ProposalColumn.VOTES: str(r.votes),
                ProposalColumn.STANDING: self.standing(r), ProposalColumn.INITIATIVE: r.initiative_title
                }[ProposalColumn(column)]

    def foreground(self, row: ProposalRow) -> QtGui.QBrush | None:
        return QtGui.QBrush(QtGui.QColor("#1b5e20")) if row.chosen else None


class RoundDialog(FormDialog):
    def __init__(self, meetings: list[MeetingChoice], value: RoundInput | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Citizen budget") if value is None else self.tr("Edit citizen budget"), parent)
        value = value or RoundInput("", 0)
        self.title_edit = QtWidgets.QLineEdit(value.title)
        self.total_box = amount_box(value.total)
        self.meeting_combo = meeting_combo(meetings, value.meeting_id)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Amount to share:"), self.total_box)
        self.form.addRow(self.tr("Voted on at the citizens' &meeting:"), self.meeting_combo)
        self.resize(480, self.sizeHint().height())

    def value(self) -> RoundInput:
        return RoundInput(self.title_edit.text().strip(), self.total_box.value(), self.meeting_combo.currentData())

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        if not self.title_edit.text().strip():
            return self.tr("Write a title."), self.title_edit
        if self.total_box.value() <= 0:
            return self.tr("Give the amount the citizens share out."), self.total_box
        return None


class ProposalDialog(FormDialog):
    def __init__(self, value: ProposalInput | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Proposal") if value is None else self.tr("Edit proposal"), parent)
        value = value or ProposalInput("", 0)
        self.title_edit = QtWidgets.QLineEdit(value.title)
        self.proposer_edit = QtWidgets.QLineEdit(value.proposer)
        self.email_edit = QtWidgets.QLineEdit(value.email)
        self.description_edit = QtWidgets.QPlainTextEdit(value.description)
        self.description_edit.setTabChangesFocus(True)
        self.cost_box = amount_box(value.cost)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("Proposed &by:"), self.proposer_edit)
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("&Description:"), self.description_edit)
        self.form.addRow(self.tr("&Cost:"), self.cost_box)
        self.resize(520, self.sizeHint().height())

    def value(self) -> ProposalInput:
        return ProposalInput(self.title_edit.text().strip(), self.cost_box.value(), self.proposer_edit.text().strip(),
                             self.email_edit.text().strip(), self.description_edit.toPlainText().strip())

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        return (self.tr("Write a title."), self.title_edit) if not self.title_edit.text().strip() else None


class CitizenBudgetView(QtWidgets.QWidget):
    """The tab of the citizen budget; mount with CitizenBudgetView(services.citizen_budget, events, undo_stack)."""

    def __init__(self, service: CitizenBudgetService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._undo = service, events, undo_stack
        self.rounds_model = RoundTableModel(self)
        self.proposals_model = ProposalTableModel(self)
        self.rounds_table = row_table(self.rounds_model, {0: 180, 1: 100})
        self.proposals_table = row_table(self.proposals_model, {ProposalColumn.TITLE: 220,
                                                                ProposalColumn.PROPOSER: 140,
                                                                ProposalColumn.COST: 100, ProposalColumn.VOTES: 60,
                                                                ProposalColumn.STANDING: 130})

        self.add_round_action = add_action(self, self.tr("&New citizen budget…"), self._on_add_round)
        self.edit_round_action = add_action(self.rounds_table, self.tr("&Edit…"), self._on_edit_round, "Ctrl+E")
        self.delete_round_action = add_action(self.rounds_table, self.tr("&Delete…"), self._on_delete_round,
                                              QtGui.QKeySequence.StandardKey.Delete)
        self.add_proposal_action = add_action(self, self.tr("New &proposal…"), self._on_add_proposal, "Ctrl+Shift+N")
        self.edit_proposal_action = add_action(self.proposals_table, self.tr("Ed&it…"), self._on_edit_proposal,
                                               "Ctrl+E")
        self.delete_proposal_action = add_action(self.proposals_table, self.tr("De&lete…"), self._on_delete_proposal,
                                                 QtGui.QKeySequence.StandardKey.Delete)
        self.vote_action = add_action(self.proposals_table, self.tr("+1 &vote"), lambda: self._add_votes(1), "+")
        self.unvote_action = add_action(self.proposals_table, self.tr("−1 vote"), lambda: self._add_votes(-1), "-")
        self.set_votes_action = add_action(self.proposals_table, self.tr("&Votes counted…"), self._on_set_votes)
        self.record_action = add_action(self, self.tr("&Record the result"), self._on_record)
        self.clear_action = add_action(self, self.tr("&Clear the result"), self._on_clear)
        self.initiative_action = add_action(self.proposals_table, self.tr("&Make it an initiative…"),
                                            self._on_make_initiative)
        for a in (self.vote_action, self.unvote_action):
            a.setToolTip(self.tr("Count one ballot or dot more (+) or less (−) for the selected proposal"))

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(toolbar(self.add_round_action, self.edit_round_action, self.delete_round_action))
        left_layout.addWidget(self.rounds_table, 1)

        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("SectionTitle")
        self.result_label = QtWidgets.QLabel()
        self.result_label.setWordWrap(True)
        self.details = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(self.details)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(toolbar(self.add_proposal_action, self.edit_proposal_action,
                                       self.delete_proposal_action, None, self.vote_action, self.unvote_action,
                                       self.set_votes_action))
        right_layout.addWidget(self.proposals_table, 1)
        right_layout.addWidget(self.result_label)
        right_layout.addWidget(toolbar(self.record_action, self.clear_action, None, self.initiative_action))

        splitter = QtWidgets.QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)

        self.rounds_table.selectionModel().currentRowChanged.connect(self._on_rounds_table_current_changed)
        self.rounds_table.activated.connect(self._on_edit_round)
        self.proposals_table.activated.connect(self._on_edit_proposal)
        events.changed.connect(self._on_events_changed)
        self.reload()

    # --- reading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_round()
        self.rounds_model.set_rows(self._service.rounds())
        select_where(self.rounds_table, self.rounds_model, keep.id if keep else None)
        if self.current_round() is None and self.rounds_model.rows:
            self.rounds_table.setCurrentIndex(self.rounds_model.index(0, 0))
        self._show_round()

    def _show_round(self) -> None:
        rnd = self.current_round()
        self.details.setEnabled(rnd is not None)
        self.add_proposal_action.setEnabled(rnd is not None)
        keep = self.proposal()
        if rnd is None:
            self.heading.setText(self.tr("No citizen budget yet: make one with “New citizen budget”."))
            self.proposals_model.set_result([], None)
            self.result_label.clear()
            return
        result = self._service.result(rnd.id)
        self.heading.setText(self.tr("%1: %2 to share").replace("%1", rnd.title).replace("%2", amount_text(rnd.total)))
        self.proposals_model.set_result(self._service.proposals(rnd.id), result)
        select_where(self.proposals_table, self.proposals_model, keep.id if keep else None)
        self.result_label.setText(self.result_text(result))
        decided = result.decided_on is not None
        self.record_action.setEnabled(not decided)
        self.clear_action.setEnabled(decided)
        for a in (self.vote_action, self.unvote_action, self.set_votes_action):
            a.setEnabled(not decided)

    def result_text(self, result: RoundResult) -> str:
        if not result.chosen:
            return self.tr("No votes counted yet.")
        names = ", ".join(p.title for p in result.chosen)
        lead = (self.tr("Result recorded %1: %2.").replace("%1", format_date(result.decided_on))
                if result.decided_on else self.tr("By the votes counted so far: %2.")).replace("%2", names)
        text = lead + " " + self.tr("%1 of %2 (%3 left).").replace("%1", amount_text(result.spent)).replace(
            "%2", amount_text(result.total)).replace("%3", amount_text(result.left))
        if result.passed_over:
            text += " " + self.tr("Did not fit in what was left: %1.").replace(
                "%1", ", ".join(p.title for p in result.passed_over))
        if result.tie_decided:
            text += " " + self.tr("A tie of votes was decided by the rule: the cheaper proposal first, then the "
                                  "one entered first.")
        return text

    def current_round(self) -> RoundRow | None:
        row = selected_row(self.rounds_table, self.rounds_model)
        return row if isinstance(row, RoundRow) else None

    def proposal(self) -> ProposalRow | None:
        row = selected_row(self.proposals_table, self.proposals_model)
        return row if isinstance(row, ProposalRow) else None

    def select_round(self, round_id: int | None) -> None:
        select_where(self.rounds_table, self.rounds_model, round_id)
        self._show_round()

    def select_proposal(self, proposal_id: int | None) -> None:
        select_where(self.proposals_table, self.proposals_model, proposal_id)

    def _on_rounds_table_current_changed(self) -> None:
        self._show_round()

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if changes & {"citizen_budget", "plan", "meetings", "all"}:
            self.reload()

    # --- rounds ----------------------------------------------------------------------------------------------
    def _on_add_round(self) -> None:
        add_from(self, self._undo, RoundDialog(self._service.meetings(), parent=self),
                 lambda value: AddRoundCommand(self._service, self._events.publish, value), self.select_round)

    def _on_edit_round(self) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        before = rnd.to_input()
        edit_in(self, self._undo, RoundDialog(self._service.meetings(), before, self), before,
                lambda after: EditRoundCommand(self._service, self._events.publish, rnd.id, before, after))

    def _on_delete_round(self) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        if prompts.confirm(self, self.tr("Delete citizen budget"),
                           self.tr("Delete “%1” with its proposals and votes (initiatives made from them stay in the "
                                   "plan)? You can undo this with Ctrl+Z.").replace("%1", rnd.title), self.tr("Delete")):
            apply(self, self._undo, RemoveRoundCommand(self._service, self._events.publish, rnd.id, rnd.title))

    # --- proposals -------------------------------------------------------------------------------------------
    def _on_add_proposal(self) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        add_from(self, self._undo, ProposalDialog(parent=self),
                 lambda value: AddProposalCommand(self._service, self._events.publish, rnd.id, value),
                 self.select_proposal)

    def _on_edit_proposal(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        before = proposal.to_input()
        edit_in(self, self._undo, ProposalDialog(before, self), before,
                lambda after: EditProposalCommand(self._service, self._events.publish, proposal.id, before, after))

    def _on_delete_proposal(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        if prompts.confirm(self, self.tr("Delete proposal"),
                           self.tr("Delete the proposal “%1” and its votes? You can undo this with Ctrl+Z.")
                           .replace("%1", proposal.title), self.tr("Delete")):
            apply(self, self._undo, RemoveProposalCommand(self._service, self._events.publish, proposal.id,
                                                          proposal.title))

    # --- votes and result ------------------------------------------------------------------------------------
    def _add_votes(self, n: int) -> None:
        proposal = self.proposal()
        if proposal is not None and proposal.votes + n >= 0:
            apply(self, self._undo, SetVotesCommand(self._service, self._events.publish, proposal.id, proposal.title,
                                                    proposal.votes + n))

    def _on_set_votes(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        text: str | None = str(proposal.votes)
        while True:
            text = prompts.get_text(self, self.tr("Votes counted"),
                                    self.tr("Votes (ballots or dots) for “%1”:").replace("%1", proposal.title),
                                    text or "")
            if text is None:
                return
            if text.strip().isdigit():
                break
            prompts.error(self, self.tr("Not a number"),
                          self.tr("“%1” is not a number of votes; write a whole number such as 12.")
                          .replace("%1", text.strip()))
        apply(self, self._undo, SetVotesCommand(self._service, self._events.publish, proposal.id, proposal.title,
                                                int(text.strip())))

    def _on_record(self) -> None:
        rnd = self.current_round()
        if rnd is None:
            return
        result = self._service.result(rnd.id)
        if result.chosen and not prompts.confirm(self, self.tr("Record the result"),
                                                 self.result_text(result) + "\n\n" +
                                                 self.tr("Record this as the result? The votes are then kept as "
                                                         "counted."), self.tr("Record")):
            return
        apply(self, self._undo, RecordResultCommand(self._service, self._events.publish, rnd.id, rnd.title))

    def _on_clear(self) -> None:
        rnd = self.current_round()
        if rnd is not None and prompts.confirm(self, self.tr("Clear the result"),
                                               self.tr("Clear the recorded result of “%1”, so votes can be counted "
                                                       "again?").replace("%1", rnd.title), self.tr("Clear")):
            apply(self, self._undo, ClearResultCommand(self._service, self._events.publish, rnd.id, rnd.title))

    def _on_make_initiative(self) -> None:
        proposal = self.proposal()
        if proposal is None:
            return
        areas = self._service.focus_areas()
        if not areas:
            prompts.info(self, self.tr("No focus area"),
                         self.tr("The development plan has no focus area yet to put the initiative in."))
            return
        index = prompts.choose(self, self.tr("Make it an initiative"),
                               self.tr("In which focus area does “%1” belong?").replace("%1", proposal.title),
                               [f"{a.title} ({a.plan_title})" for a in areas])
        if index is not None:
            apply(self, self._undo, MakeInitiativeCommand(self._service, self._events.publish, proposal.id,
                                                          areas[index].focus_area_id, proposal.title))


__all__ = ["CitizenBudgetView", "ProposalDialog", "ProposalTableModel", "RoundDialog", "RoundTableModel"]
