"""Deltagere: who is invited, what they answered, who came, and whether the meeting is quorate."""

from __future__ import annotations

from email.utils import parseaddr
from enum import IntEnum

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from lokalraad_app.domain.enums import Answer, MemberFilter, Presence
from lokalraad_app.services.attendance import AttendanceRow, AttendanceService
from lokalraad_app.services.members import MemberService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.labels import answer_label, presence_label
from lokalraad_app.ui.meetings.commands import (
    InviteBoardCommand,
    InviteGuestCommand,
    InvitePersonCommand,
    RemoveParticipantCommand,
    SetAnswerCommand,
    SetPresenceCommand,
    SetSubstituteCommand,
)
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table
from lokalraad_app.ui.undo import ServiceCommand, push

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ANSWER = 1
    PRESENCE = 2
    NOTE = 3


class AttendanceTableModel(RowsTableModel):
    rows: list[AttendanceRow]

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Answer"), self.tr("On the day"), self.tr("Note")]

    def display(self, r: AttendanceRow, column: int) -> str:
        col = Column(column)
        if col == Column.NAME:
            return r.name
        if col == Column.ANSWER:
            return answer_label(r.answer)
        if col == Column.PRESENCE:
            return presence_label(r.presence)
        if r.is_guest:
            return self.tr("Guest")
        if r.substitute_for:
            return self.tr("Substitute for %1").replace("%1", r.substitute_for)
        return ""


class AttendanceView(QtWidgets.QWidget):
    changed = QtCore.Signal(frozenset)

    def __init__(self, service: AttendanceService, members: MemberService, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._members, self._undo = service, members, undo_stack
        self.meeting_id: int | None = None
        self.model = AttendanceTableModel(self)
        self.table = row_table(self.model, {Column.NAME: 240})
        self.quorum_label = QtWidgets.QLabel()
        self.quorum_label.setObjectName("SectionTitle")

        self.invite_button = QtWidgets.QPushButton(self.tr("Invite the &board"))
        self.add_person_button = QtWidgets.QPushButton(self.tr("Add a &person…"))
        self.add_guest_button = QtWidgets.QPushButton(self.tr("Add a &guest…"))
        self.remove_button = QtWidgets.QPushButton(self.tr("Re&move…"))
        self.substitute_button = QtWidgets.QPushButton(self.tr("Stands in &for…"))
        # Tool bars rather than rows of buttons: on a small screen they fold into a » menu.
        top = QtWidgets.QToolBar()
        for b in (self.invite_button, self.add_person_button, self.add_guest_button, self.remove_button,
                  self.substitute_button):
            top.addWidget(b)

        # One key per state, so check-in at the door is quick: select a name, press the key.
        self.answer_buttons: dict[Answer, QtWidgets.QPushButton] = {}
        self.presence_buttons: dict[Presence, QtWidgets.QPushButton] = {}
        states = QtWidgets.QToolBar()
        states.addWidget(QtWidgets.QLabel(self.tr("Answer:")))
        for answer, key in ((Answer.YES, "F2"), (Answer.NO, "F3"), (Answer.MAYBE, "F4"), (Answer.PENDING, "")):
            b = QtWidgets.QPushButton(answer_label(answer.value))
            if key:
                b.setShortcut(QtGui.QKeySequence(key))
                b.setToolTip(key)
            b.clicked.connect(lambda _=False, a=answer: self._set_answer(a))
            self.answer_buttons[answer] = b
            states.addWidget(b)
        states.addSeparator()
        states.addWidget(QtWidgets.QLabel(self.tr("On the day:")))
        for presence, key in ((Presence.PRESENT, "F5"), (Presence.EXCUSED, "F6"), (Presence.ABSENT, "F7")):
            b = QtWidgets.QPushButton(presence_label(presence.value))
            b.setShortcut(QtGui.QKeySequence(key))
            b.setToolTip(key)
            b.clicked.connect(lambda _=False, p=presence: self._set_presence(p))
            self.presence_buttons[presence] = b
            states.addWidget(b)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.quorum_label)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(states)
        self.invite_button.clicked.connect(self._on_invite)
        self.add_person_button.clicked.connect(self._on_add_person)
        self.add_guest_button.clicked.connect(self._on_add_guest)
        self.remove_button.clicked.connect(self._on_remove)
        self.substitute_button.clicked.connect(self._on_substitute)

    def show_meeting(self, meeting_id: int, locked: bool) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(not locked)
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        keep = self.table.currentIndex().row()
        self.model.set_rows(self._service.rows(self.meeting_id))
        if self.model.rowCount():
            self.table.selectRow(min(max(keep, 0), self.model.rowCount() - 1))
        q = self._service.quorum(self.meeting_id)
        text = self.tr("%1 of %2 board members present").replace("%1", str(q.present)).replace("%2", str(q.board_size))
        self.quorum_label.setText(text + " — " + (self.tr("the meeting is quorate") if q.quorate
                                                  else self.tr("the meeting is NOT quorate")))
        self.quorum_label.setStyleSheet("" if q.quorate else "color: #b00020;")

    def selected(self) -> AttendanceRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _push(self, command: ServiceCommand) -> None:
        error = push(self._undo, command)
        if error is not None:
            prompts.error(self, self.tr("Not saved"), refusal_message(error))

    def _set_answer(self, answer: Answer) -> None:
        row = self.selected()
        if row is not None:
            self._push(SetAnswerCommand(self._service, self.changed.emit, row.id, row.name, answer,
                                        Answer(row.answer)))

    def _set_presence(self, presence: Presence) -> None:
        row = self.selected()
        if row is not None:
            self._push(SetPresenceCommand(self._service, self.changed.emit, row.id, row.name, presence,
                                          Presence(row.presence)))
            next_row = self.table.currentIndex().row() + 1  # on to the next name at the door
            if next_row < self.model.rowCount():
                self.table.selectRow(next_row)

    def _on_invite(self) -> None:
        if self.meeting_id is not None:
            self._push(InviteBoardCommand(self._service, self.changed.emit, self.meeting_id))

    def _people(self, member_filter: MemberFilter) -> tuple[list[int], list[str]]:
        ids = self._members.find_ids(member_filter)[:2000]
        return ids, [r.name for r in self._members.rows(ids)]

    def _on_add_person(self) -> None:
        if self.meeting_id is None:
            return
        ids, names = self._people(MemberFilter.ALL)
        index = prompts.choose(self, self.tr("Add a person"), self.tr("Who?"), names)
        if index is not None:
            self._push(InvitePersonCommand(self._service, self.changed.emit, self.meeting_id, ids[index],
                                           names[index]))

    def _on_add_guest(self) -> None:
        if self.meeting_id is None:
            return
        text = prompts.get_text(self, self.tr("Add a guest"),
                                self.tr("The guest's name, and e-mail if they are to be invited "
                                        "(e.g. Anne Hansen <anne@kommune.dk>):"))
        if text is not None:
            # A plain address is a name too; "Name <address>" as mail programs write it.
            name, email = parseaddr(text)
            if not email or "@" not in email:
                name, email = text, ""
            self._push(InviteGuestCommand(self._service, self.changed.emit, self.meeting_id, name or email, email))

    def _on_remove(self) -> None:
        row = self.selected()
        if row is not None and prompts.confirm(self, self.tr("Remove"),
                                               self.tr("Remove %1 from this meeting?").replace("%1", row.name),
                                               self.tr("Remove")):
            self._push(RemoveParticipantCommand(self._service, self.changed.emit, row.id, row.name))

    def _on_substitute(self) -> None:
        row = self.selected()
        if row is None:
            return
        ids, names = self._people(MemberFilter.BOARD)
        index = prompts.choose(self, self.tr("Substitute"),
                               self.tr("%1 stands in for:").replace("%1", row.name), [self.tr("(nobody)")] + names)
        if index is not None:
            member = None if index == 0 else ids[index - 1]
            old = next((i for i, n in zip(ids, names, strict=True) if n == row.substitute_for), None)
            self._push(SetSubstituteCommand(self._service, self.changed.emit, row.id, row.name, member, old))
