"""Arbejdsgrupper: working groups with their mandate, members (from the register or citizens outside the
board), the initiatives they own, and their own short meetings and notes."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from lokalraad_app.domain.enums import GroupNoteKind
from lokalraad_app.services.participation import PersonChoice
from lokalraad_app.services.working_groups import (
    GroupInitiativeRow,
    GroupInput,
    GroupMemberRow,
    GroupRow,
    MemberInput,
    NoteInput,
    NoteRow,
    WorkingGroupService,
)
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
    initiative_status_label,
    select_where,
    selected_row,
    toolbar,
)
from lokalraad_app.ui.plan.participation_commands import (
    AddGroupCommand,
    AddGroupMemberCommand,
    AddGroupNoteCommand,
    EditGroupCommand,
    EditGroupNoteCommand,
    LinkGroupInitiativeCommand,
    RemoveGroupCommand,
    RemoveGroupMemberCommand,
    RemoveGroupNoteCommand,
    UnlinkGroupInitiativeCommand,
)
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def note_kind_label(kind: str) -> str:
    return {GroupNoteKind.MEETING.value: translate("WorkingGroups", "Meeting"),
            GroupNoteKind.NOTE.value: translate("WorkingGroups", "Note")}.get(kind, kind)


class GroupTableModel(RowsTableModel):
    rows: list[GroupRow]

    def titles(self) -> list[str]:
        return [self.tr("Working group"), self.tr("Members"), self.tr("Initiatives"), self.tr("Mandate")]

    def display(self, r: GroupRow, column: int) -> str:
        name = r.name if r.active else self.tr("%1 (closed)").replace("%1", r.name)
        return [name, str(r.members), str(r.initiatives), r.mandate.replace("\n", " ")][column]

    def foreground(self, row: GroupRow) -> QtGui.QBrush | None:
        return None if row.active else QtGui.QBrush(QtGui.QColor("#777777"))


class GroupMemberTableModel(RowsTableModel):
    rows: list[GroupMemberRow]

    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("From")]

    def display(self, r: GroupMemberRow, column: int) -> str:
        origin = self.tr("Citizen") if r.is_citizen else self.tr("The register")
        return [r.name, r.email, r.role, origin][column]


class GroupInitiativeTableModel(RowsTableModel):
    rows: list[GroupInitiativeRow]

    def titles(self) -> list[str]:
        return [self.tr("Initiative"), self.tr("Status")]

    def display(self, r: GroupInitiativeRow, column: int) -> str:
        return [r.title, initiative_status_label(r.status)][column]


class NoteColumn(IntEnum):
    DATE = 0
    KIND = 1
    TEXT = 2


class NoteTableModel(RowsTableModel):
    rows: list[NoteRow]

    def titles(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Text")]

    def display(self, r: NoteRow, column: int) -> str:
        return [format_date(r.made_on), note_kind_label(r.kind), r.text.replace("\n", " ")][column]


class GroupDialog(FormDialog):
    def __init__(self, value: GroupInput | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Working group") if value is None else self.tr("Edit working group"), parent)
        value = value or GroupInput("")
        self.name_edit = QtWidgets.QLineEdit(value.name)
        self.mandate_edit = QtWidgets.QPlainTextEdit(value.mandate)
        self.mandate_edit.setTabChangesFocus(True)
        self.active_check = QtWidgets.QCheckBox(self.tr("The group is at &work"))
        self.active_check.setChecked(value.active)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Mandate:"), self.mandate_edit)
        self.form.addRow("", self.active_check)
        self.resize(520, self.sizeHint().height())

    def value(self) -> GroupInput:
        return GroupInput(self.name_edit.text().strip(), self.mandate_edit.toPlainText().strip(),
                          self.active_check.isChecked())

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        return (self.tr("Give the working group a name."), self.name_edit) if not self.value().name else None


class GroupMemberDialog(FormDialog):
    """A person from the register, or (`citizen`) someone outside the board by name and e-mail."""

    def __init__(self, people: list[PersonChoice], citizen: bool, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Citizen in the working group") if citizen
                         else self.tr("Person from the register in the working group"), parent)
        self.citizen = citizen
        self.person_combo = QtWidgets.QComboBox()
        for p in people:
            self.person_combo.addItem(f"{p.name} <{p.email}>" if p.email else p.name, p.id)
        self.name_edit = QtWidgets.QLineEdit()
        self.email_edit = QtWidgets.QLineEdit()
        self.role_edit = QtWidgets.QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. coordinator"))
        if citizen:
            self.form.addRow(self.tr("&Name:"), self.name_edit)
            self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        else:
            self.form.addRow(self.tr("&Person:"), self.person_combo)
        self.form.addRow(self.tr("&Role:"), self.role_edit)
        self.resize(460, self.sizeHint().height())

    def value(self) -> MemberInput:
        if self.citizen:
            return MemberInput(None, self.name_edit.text().strip(), self.email_edit.text().strip(),
                               self.role_edit.text().strip())
        return MemberInput(self.person_combo.currentData(), role=self.role_edit.text().strip())

    def shown_name(self) -> str:
        return self.name_edit.text().strip() if self.citizen else self.person_combo.currentText()

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        if self.citizen and not self.name_edit.text().strip():
            return self.tr("Write the citizen's name."), self.name_edit
        if not self.citizen and self.person_combo.currentData() is None:
            return self.tr("The register has no one to choose; add the person there first."), self.person_combo
        return None


class NoteDialog(FormDialog):
    def __init__(self, value: NoteInput | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting or note") if value is None else self.tr("Edit meeting or note"), parent)
        value = value or NoteInput(date.today(), "", GroupNoteKind.MEETING.value)
        self.date_edit = DateField(value.made_on)
        self.kind_combo = QtWidgets.QComboBox()
        for kind in GroupNoteKind:
            self.kind_combo.addItem(note_kind_label(kind.value), kind.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(value.kind), 0))
        self.text_edit = QtWidgets.QPlainTextEdit(value.text)
        self.text_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Text:"), self.text_edit)
        self.resize(520, self.sizeHint().height())

    def value(self) -> NoteInput:
        return NoteInput(self.date_edit.date(), self.text_edit.toPlainText().strip(), self.kind_combo.currentData())

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        if self.date_edit.is_empty():
            return self.tr("Give the date."), self.date_edit
        if not self.text_edit.toPlainText().strip():
            return self.tr("Write what was agreed or noted."), self.text_edit
        return None

    def accept(self) -> None:
        if refuse_bad_dates([self.date_edit], self.error_label):
            return
        super().accept()


class WorkingGroupsView(QtWidgets.QWidget):
    """The tab of working groups; mount with WorkingGroupsView(services.working_groups, events, undo_stack)."""

    def __init__(self, service: WorkingGroupService, events: Events, undo_stack: QtGui.QUndoStack,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._events, self._undo = service, events, undo_stack
        self.groups_model = GroupTableModel(self)
        self.members_model = GroupMemberTableModel(self)
        self.initiatives_model = GroupInitiativeTableModel(self)
        self.notes_model = NoteTableModel(self)
        self.groups_table = row_table(self.groups_model, {0: 200, 1: 70, 2: 70})
        self.members_table = row_table(self.members_model, {0: 200, 1: 200, 2: 120})
        self.initiatives_table = row_table(self.initiatives_model, {0: 320})
        self.notes_table = row_table(self.notes_model, {NoteColumn.DATE: 110, NoteColumn.KIND: 90})

        self.add_group_action = add_action(self, self.tr("&New working group…"), self._on_add_group, "Ctrl+Shift+N")
        self.edit_group_action = add_action(self.groups_table, self.tr("&Edit…"), self._on_edit_group, "Ctrl+E")
        self.delete_group_action = add_action(self.groups_table, self.tr("&Delete…"), self._on_delete_group,
                                              QtGui.QKeySequence.StandardKey.Delete)
        self.add_person_action = add_action(self, self.tr("Add from the &register…"), self._on_add_person)
        self.add_citizen_action = add_action(self, self.tr("Add a &citizen…"), self._on_add_citizen)
        self.remove_member_action = add_action(self.members_table, self.tr("&Remove…"), self._on_remove_member,
                                               QtGui.QKeySequence.StandardKey.Delete)
        self.link_action = add_action(self, self.tr("&Own an initiative…"), self._on_link)
        self.unlink_action = add_action(self.initiatives_table, self.tr("&Let go of it…"), self._on_unlink,
                                        QtGui.QKeySequence.StandardKey.Delete)
        self.add_note_action = add_action(self, self.tr("New &meeting or note…"), self._on_add_note)
        self.edit_note_action = add_action(self.notes_table, self.tr("Edi&t…"), self._on_edit_note, "Ctrl+E")
        self.delete_note_action = add_action(self.notes_table, self.tr("De&lete…"), self._on_delete_note,
                                             QtGui.QKeySequence.StandardKey.Delete)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(toolbar(self.add_group_action, self.edit_group_action, self.delete_group_action))
        left_layout.addWidget(self.groups_table, 1)

        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("SectionTitle")
        self.mandate_label = QtWidgets.QLabel()
        self.mandate_label.setWordWrap(True)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.addTab(self._section(toolbar(self.add_person_action, self.add_citizen_action,
                                               self.remove_member_action), self.members_table), self.tr("Members"))
        self.tabs.addTab(self._section(toolbar(self.link_action, self.unlink_action), self.initiatives_table),
                         self.tr("Initiatives it owns"))
        self.tabs.addTab(self._section(toolbar(self.add_note_action, self.edit_note_action, self.delete_note_action),
                                       self.notes_table), self.tr("Meetings and notes"))
        self.details = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(self.details)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.mandate_label)
        right_layout.addWidget(self.tabs, 1)

        splitter = QtWidgets.QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)

        self.groups_table.selectionModel().currentRowChanged.connect(self._on_groups_table_current_changed)
        self.groups_table.activated.connect(self._on_edit_group)
        self.notes_table.activated.connect(self._on_edit_note)
        events.changed.connect(self._on_events_changed)
        self.reload()

    @staticmethod
    def _section(bar: QtWidgets.QToolBar, table: QtWidgets.QTableView) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(bar)
        layout.addWidget(table, 1)
        return page

    # --- reading --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.group()
        self.groups_model.set_rows(self._service.groups())
        select_where(self.groups_table, self.groups_model, keep.id if keep else None)
        if self.group() is None and self.groups_model.rows:
            self.groups_table.setCurrentIndex(self.groups_model.index(0, 0))
        self._show_group()

    def _show_group(self) -> None:
        group = self.group()
        self.details.setEnabled(group is not None)
        for a in (self.add_person_action, self.add_citizen_action, self.link_action, self.add_note_action):
            a.setEnabled(group is not None)
        if group is None:
            self.heading.setText(self.tr("No working group yet: make one with “New working group”."))
            self.mandate_label.clear()
            for model in (self.members_model, self.initiatives_model, self.notes_model):
                model.set_rows([])
            return
        self.heading.setText(group.name)
        self.mandate_label.setText(self.tr("Mandate: %1").replace("%1", group.mandate) if group.mandate else "")
        self.members_model.set_rows(self._service.members(group.id))
        self.initiatives_model.set_rows(self._service.initiatives(group.id))
        self.notes_model.set_rows(self._service.notes(group.id))

    def group(self) -> GroupRow | None:
        row = selected_row(self.groups_table, self.groups_model)
        return row if isinstance(row, GroupRow) else None

    def select_group(self, group_id: int | None) -> None:
        select_where(self.groups_table, self.groups_model, group_id)
        self._show_group()

    def _on_groups_table_current_changed(self) -> None:
        self._show_group()

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if changes & {"working_groups", "plan", "members", "all"}:
            self.reload()

    # --- groups ----------------------------------------------------------------------------------------------
    def _on_add_group(self) -> None:
        add_from(self, self._undo, GroupDialog(parent=self),
                 lambda value: AddGroupCommand(self._service, self._events.publish, value), self.select_group)

    def _on_edit_group(self) -> None:
        group = self.group()
        if group is None:
            return
        before = group.to_input()
        edit_in(self, self._undo, GroupDialog(before, self), before,
                lambda after: EditGroupCommand(self._service, self._events.publish, group.id, before, after))

    def _on_delete_group(self) -> None:
        group = self.group()
        if group is None:
            return
        if prompts.confirm(self, self.tr("Delete working group"),
                           self.tr("Delete the working group “%1” with its members, notes and the initiatives it "
                                   "owns (the initiatives stay in the plan)? You can undo this with Ctrl+Z.")
                           .replace("%1", group.name), self.tr("Delete")):
            apply(self, self._undo, RemoveGroupCommand(self._service, self._events.publish, group.id, group.name))

    # --- members ---------------------------------------------------------------------------------------------
    def _add_member(self, citizen: bool) -> None:
        group = self.group()
        if group is None:
            return
        dialog = GroupMemberDialog(self._service.people(), citizen, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            apply(self, self._undo, AddGroupMemberCommand(self._service, self._events.publish, group.id,
                                                          dialog.value(), dialog.shown_name()))

    def _on_add_person(self) -> None:
        self._add_member(citizen=False)

    def _on_add_citizen(self) -> None:
        self._add_member(citizen=True)

    def _on_remove_member(self) -> None:
        member = selected_row(self.members_table, self.members_model)
        group = self.group()
        if not isinstance(member, GroupMemberRow) or group is None:
            return
        if prompts.confirm(self, self.tr("Remove from the working group"),
                           self.tr("Remove %1 from %2? You can undo this with Ctrl+Z.")
                           .replace("%1", member.name).replace("%2", group.name), self.tr("Remove")):
            apply(self, self._undo, RemoveGroupMemberCommand(self._service, self._events.publish, member.id,
                                                             member.name))

    # --- initiatives -----------------------------------------------------------------------------------------
    def _on_link(self) -> None:
        group = self.group()
        if group is None:
            return
        owned = {r.initiative_id for r in self.initiatives_model.rows}
        choices = [c for c in self._service.plan() if c.initiative_id is not None and c.initiative_id not in owned]
        if not choices:
            prompts.info(self, self.tr("No initiative to own"),
                         self.tr("The plan has no initiative this group does not own already."))
            return
        index = prompts.choose(self, self.tr("Own an initiative"),
                               self.tr("Which initiative does %1 own?").replace("%1", group.name),
                               [f"{c.title} ({c.focus_area_title})" for c in choices])
        if index is not None:
            chosen = choices[index]
            assert chosen.initiative_id is not None
            apply(self, self._undo, LinkGroupInitiativeCommand(self._service, self._events.publish, group.id,
                                                               chosen.initiative_id, chosen.title))

    def _on_unlink(self) -> None:
        link = selected_row(self.initiatives_table, self.initiatives_model)
        if not isinstance(link, GroupInitiativeRow):
            return
        if prompts.confirm(self, self.tr("Let go of the initiative"),
                           self.tr("The working group no longer owns “%1” (it stays in the plan)?")
                           .replace("%1", link.title), self.tr("Let go")):
            apply(self, self._undo, UnlinkGroupInitiativeCommand(self._service, self._events.publish, link.id,
                                                                 link.title))

    # --- meetings and notes ----------------------------------------------------------------------------------
    def _on_add_note(self) -> None:
        group = self.group()
        if group is None:
            return
        dialog = NoteDialog(parent=self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            apply(self, self._undo, AddGroupNoteCommand(self._service, self._events.publish, group.id, dialog.value()))

    def _on_edit_note(self) -> None:
        note = selected_row(self.notes_table, self.notes_model)
        if not isinstance(note, NoteRow):
            return
        before = note.to_input()
        edit_in(self, self._undo, NoteDialog(before, self), before,
                lambda after: EditGroupNoteCommand(self._service, self._events.publish, note.id, before, after))

    def _on_delete_note(self) -> None:
        note = selected_row(self.notes_table, self.notes_model)
        if not isinstance(note, NoteRow):
            return
        if prompts.confirm(self, self.tr("Delete"),
                           self.tr("Delete the entry of %1: “%2”? You can undo this with Ctrl+Z.")
                           .replace("%1", format_date(note.made_on)).replace("%2", note.text),
                           self.tr("Delete")):
            apply(self, self._undo, RemoveGroupNoteCommand(self._service, self._events.publish, note.id, note.text))


__all__ = ["GroupDialog", "GroupMemberDialog", "NoteDialog", "WorkingGroupsView"]

