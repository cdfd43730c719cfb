"""The minutes editor (Referat) of one meeting: per item what was discussed and decided, saved as you
type, votes, postponing and action items. The meeting page shows it, and meeting mode borrows it."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex

from lokalraad_app.domain.enums import ItemKind, MemberFilter
from lokalraad_app.domain.rules import carried
from lokalraad_app.services.actions import ActionService
from lokalraad_app.services.agenda import AgendaService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import MeetingDetail
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.meetings.actions_view import ActionDialog
from lokalraad_app.ui.meetings.agenda_editor import AgendaListModel
from lokalraad_app.ui.meetings.commands import (
    AddActionItemCommand,
    PostponeAgendaItemCommand,
    RecordVoteCommand,
)
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused, set_text
from lokalraad_app.ui.undo import push


class MinutesEditor(QtWidgets.QWidget):
    """Shares the page's AgendaListModel with the agenda editor: the same items, in the same order."""

    def __init__(self, model: AgendaListModel, minutes: MinutesService, agenda: AgendaService, events: Events,
                 undo_stack: QtGui.QUndoStack, attendance: AttendanceService | None = None,
                 members: MemberService | None = None, actions: ActionService | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._minutes, self._agenda, self._events, self._undo = minutes, agenda, events, undo_stack
        self._attendance, self._members, self._actions = attendance, members, actions
        self.agenda_model = model
        self.detail: MeetingDetail | None = None
        self._loading = False
        self._dirty_item: int | None = None  # the item whose typed text waits for the save timer

        self.minutes_view = QtWidgets.QListView()
        self.minutes_view.setModel(model)
        self.minutes_item_label = QtWidgets.QLabel()
        self.minutes_item_label.setObjectName("SectionTitle")
        self.minutes_item_label.setWordWrap(True)
        self.discussion_edit = QtWidgets.QPlainTextEdit()
        self.discussion_edit.setTabChangesFocus(True)
        self.discussion_edit.setPlaceholderText(self.tr("What was discussed — the views, not only the outcome"))
        self.decision_edit = QtWidgets.QPlainTextEdit()
        self.decision_edit.setTabChangesFocus(True)
        self.decision_edit.setPlaceholderText(self.tr("What was decided"))
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
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minutes_view, 2)
        layout.addLayout(right, 3)

        self._save_timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_minutes_text)
        self.minutes_view.selectionModel().currentRowChanged.connect(self._on_minutes_current_changed)
        self.discussion_edit.textChanged.connect(self._on_minutes_text_changed)
        self.decision_edit.textChanged.connect(self._on_minutes_text_changed)
        self.votes_save_button.clicked.connect(self._on_votes_save)
        self.postponed_check.toggled.connect(self._on_postponed_toggled)
        self.add_action_button.clicked.connect(self._on_add_action)
        self.add_action_button.setVisible(actions is not None)

    # --- showing -------------------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail, row: int, keep_fields: bool = False) -> None:
        """Shows the meeting as the file holds it, on `row` (or its neighbour if that item is gone);
        `keep_fields` after this editor's own save: its fields already show the file's text."""
        self.detail = detail
        if self._dirty_item not in {i.id for i in detail.items}:
            self._dirty_item = None
        rows = self.agenda_model.rowCount()
        if rows:
            self.minutes_view.setCurrentIndex(self.agenda_model.index(min(max(row, 0), rows - 1)))
            if not keep_fields:
                self._show_minutes_item(self.minutes_view.currentIndex().row())
            self._show_actions(self.current_item_id())
        else:
            self._loading = True
            self.minutes_item_label.clear()
            self.discussion_edit.clear()
            self.decision_edit.clear()
            self.actions_label.clear()
            self._loading = False
        locked = detail.locked
        for w in (self.discussion_edit, self.decision_edit):
            w.setReadOnly(locked)
        for w in (self.votes_save_button, self.postponed_check):
            w.setEnabled(not locked)

    def current_row(self) -> int:
        return self.minutes_view.currentIndex().row()

    def current_item_id(self) -> int | None:
        return self.agenda_model.item_id(self.current_row())

    def set_save_delay(self, ms: int) -> None:
        self._save_timer.setInterval(ms)

    def step(self, delta: int) -> None:
        """To the next or previous item (meeting mode's Alt+↓/↑), saving what was typed first."""
        row = self.current_row() + delta
        if 0 <= row < self.agenda_model.rowCount():
            self.save_minutes_text()
            self.minutes_view.setCurrentIndex(self.agenda_model.index(row))
            self.discussion_edit.setFocus()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes)

    def _on_minutes_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.save_minutes_text(self.agenda_model.item_id(previous.row()))
        self._show_minutes_item(current.row())

    def _show_minutes_item(self, row: int) -> None:
        if self.detail is None or not 0 <= row < len(self.detail.items):
            return
        item = self.detail.items[row]
        self._loading = True
        self.minutes_item_label.setText(f"{item.position}. {item.title}")
        set_text(self.discussion_edit, item.discussion)
        set_text(self.decision_edit, item.decision)
        self.votes_box.setVisible(item.kind == ItemKind.DECISION.value and self._attendance is not None)
        self.votes_for_spin.setValue(item.votes_for or 0)
        self.votes_against_spin.setValue(item.votes_against or 0)
        self.votes_blank_spin.setValue(item.votes_blank or 0)
        self._show_vote_result(item.votes_for, item.votes_against, item.majority)
        self.postponed_check.setChecked(item.postponed)
        self._show_actions(item.id)
        self._loading = False
        self._dirty_item = None

    def _on_minutes_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty_item = self.current_item_id()
        # Not restarted on every key: continuous typing must still be saved at most ~1 s behind.
        if not self._save_timer.isActive():
            self._save_timer.start()

    def save_minutes_text(self, item_id: int | None = None) -> None:
        """Writes the typed minutes to the file (also called on leaving the item or the meeting)."""
        self._save_timer.stop()
        target = self._dirty_item
        if target is None or (item_id is not None and item_id != target):
            return
        self._dirty_item = None
        try:
            changes = self._minutes.set_minutes_text(target, discussion=self.discussion_edit.toPlainText(),
                                                     decision=self.decision_edit.toPlainText())
        except NotFoundError:
            return  # the item was removed meanwhile
        except ValidationError as e:
            refused(self, e)
            return
        # Others learn of it; this editor, the initiator, keeps its fields and cursor.
        self._events.publish(changes, initiator=self)

    def _show_actions(self, item_id: int | None) -> None:
        if self._actions is None or item_id is None:
            self.actions_label.clear()
            return
        rows = self._actions.rows(open_only=False, agenda_item_id=item_id)
        self.actions_label.setText("\n".join(
            "• " + r.description + (f" — {r.owner}" if r.owner else "")
            + (" " + self.tr("by %1").replace("%1", format_date(r.due)) if r.due else "") for r in rows))

    def _on_postponed_toggled(self, checked: bool) -> None:
        item_id = self.current_item_id()
        if self._loading or item_id is None:
            return
        refused(self, push(self._undo, PostponeAgendaItemCommand(self._agenda, self._publish, item_id, checked)))

    def _on_add_action(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self._actions is None:
            return
        people: list[tuple[int, str]] = []
        if self._members is not None:
            ids = self._members.find_ids(MemberFilter.BOARD) + self._members.find_ids(MemberFilter.SUBSTITUTES)
            people = [(r.id, r.name) for r in self._members.rows(ids)]
        # Over the window that shows the minutes now: meeting mode stays full screen and in front.
        dialog = ActionDialog(people, self.window())
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        command = AddActionItemCommand(self._actions, self._publish, item_id, dialog.value())
        refused(self, push(self._undo, command))
        self._show_actions(item_id)

    def _show_vote_result(self, votes_for: int | None, votes_against: int | None, majority: str) -> None:
        if votes_for is None or votes_against is None:
            self.votes_result_label.clear()
        elif carried(votes_for, votes_against, majority):
            self.votes_result_label.setText(self.tr("Carried"))
        else:
            self.votes_result_label.setText(self.tr("Not carried"))

    def _on_votes_save(self) -> None:
        item_id = self.current_item_id()
        item = next((i for i in self.detail.items if i.id == item_id), None) if self.detail else None
        if item_id is None or item is None or self._attendance is None:
            return
        v = (self.votes_for_spin.value(), self.votes_against_spin.value(), self.votes_blank_spin.value())
        old = (item.votes_for, item.votes_against, item.votes_blank)
        if refused(self, push(self._undo, RecordVoteCommand(self._attendance, self._publish, item_id, item.title,
                                                            v, old))):
            return
        self._show_vote_result(v[0], v[1], item.majority)
