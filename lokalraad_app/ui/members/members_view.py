"""Medlemmer: the member register page — filter, search, add, edit, end term, delete, import, export."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.member_import import MemberImportService
from lokalraad_app.services.members import MemberService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import ask_date
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import filter_label
from lokalraad_app.ui.members.commands import (
    AddPersonCommand,
    EditPersonCommand,
    EndTermCommand,
    RemovePersonCommand,
    SetConsentCommand,
)
from lokalraad_app.ui.members.member_dialog import MemberDialog
from lokalraad_app.ui.members.member_table_model import Column, MemberTableModel
from lokalraad_app.ui.undo import push

RETENTION = "retention"  # the extra filter: former members past the retention period


class MembersView(QtWidgets.QWidget):
    person_selected = QtCore.Signal(int)

    def __init__(
        self,
        service: MemberService,
        events: Events,
        undo_stack: QtGui.QUndoStack,
        retention_years: int = 5,
        import_service: MemberImportService | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MembersView")
        self._service = service
        self._events = events
        self._undo = undo_stack
        self._retention_years = retention_years
        self._import_service = import_service
        self.model = MemberTableModel(service, self)

        self.filter_combo = QtWidgets.QComboBox()
        for f in MemberFilter:
            self.filter_combo.addItem(filter_label(f), f.value)
        self.filter_combo.addItem(self.tr("Due for erasure"), RETENTION)
        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by name, email, phone, town…"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QtWidgets.QLabel()

        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, QtCore.Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for col, width in ((Column.NAME, 200), (Column.ROLE, 140), (Column.TERM, 190), (Column.EMAIL, 210),
                           (Column.PHONE, 100), (Column.ADDRESS, 220)):
            self.table.setColumnWidth(col, width)

        self.add_action = self._action(self.tr("&Add person…"), "list-add", QtGui.QKeySequence("Ctrl+Shift+N"),
                                       self._on_add)
        self.edit_action = self._action(self.tr("&Edit…"), "document-edit", QtGui.QKeySequence("Ctrl+E"),
                                        self._on_edit)
        self.end_term_action = self._action(self.tr("End &term…"), "", QtGui.QKeySequence(), self._on_end_term)
        self.delete_action = self._action(self.tr("&Delete…"), "edit-delete",
                                          QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete), self._on_delete)
        self.import_action = self._action(self.tr("&Import…"), "document-import", QtGui.QKeySequence(),
                                          self._on_import)
        self.export_action = self._action(self.tr("E&xport…"), "document-export", QtGui.QKeySequence(),
                                          self._on_export)
        self.consent_action = self._action(self.tr("Record &consent…"), "", QtGui.QKeySequence(), self._on_consent)
        self.export_person_action = self._action(self.tr("Export personal &data…"), "", QtGui.QKeySequence(),
                                                 self._on_export_person)
        self.erase_action = self._action(self.tr("E&rase person…"), "", QtGui.QKeySequence(), self._on_erase)
        self.citizen_action = self._action(self.tr("A citizen &outside the register…"), "", QtGui.QKeySequence(),
                                           self._on_citizen)

        toolbar = QtWidgets.QToolBar()
        toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.add_action, self.edit_action, self.end_term_action, self.delete_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.import_action, self.export_action):
            toolbar.addAction(a)
        more = QtWidgets.QToolButton()
        more.setText(self.tr("Personal data"))
        more.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(more)
        for a in (self.consent_action, self.export_person_action, self.erase_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.citizen_action)
        more.setMenu(menu)
        toolbar.addWidget(more)

        top = QtWidgets.QHBoxLayout()
        show_label = QtWidgets.QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        top.addWidget(show_label)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        layout = QtWidgets.QVBoxLayout(self)
        title = QtWidgets.QLabel(self.tr("Members"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        layout.addWidget(toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.table.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        for a in (self.edit_action, self.end_term_action, self.delete_action, self.consent_action,
                  self.export_person_action, self.erase_action):
            self.table.addAction(a)

        # Typing filters after a short pause, so each key does not query the file.
        self._filter_timer = QtCore.QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.filter_combo.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(self._on_edit)  # a double click or Enter (doubleClicked too would open it twice)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._events.changed.connect(self._on_events_changed)
        self.apply_filter()

    def _action(self, text: str, icon: str, shortcut: QtGui.QKeySequence, slot: object) -> QtGui.QAction:
        action = QtGui.QAction(QtGui.QIcon.fromTheme(icon), text, self)
        if not shortcut.isEmpty():
            action.setShortcut(shortcut)
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- filter and selection ------------------------------------------------------------------
    def apply_filter(self) -> None:
        keep = self.selected_id()
        value = self.filter_combo.currentData()
        if value == RETENTION:
            self.model.show_ids([r.id for r in self._service.retention_candidates(self._retention_years)])
        else:
            self.model.set_filter(MemberFilter(value), self.search_edit.text())
        self.count_label.setText(self.tr("%n person(s)", "", self.model.rowCount()))
        if keep is not None:
            self.select_person(keep)
        self._update_actions()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_person(self, person_id: int) -> None:
        """Used by the search: show everyone, select the person."""
        if not self.select_person(person_id):
            self.search_edit.clear()
            self.filter_combo.setCurrentIndex(self.filter_combo.findData(MemberFilter.ALL.value))
            self.apply_filter()
            self.select_person(person_id)
        self.table.setFocus()

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        for a in (self.edit_action, self.end_term_action, self.delete_action, self.consent_action,
                  self.export_person_action, self.erase_action):
            a.setEnabled(has)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        if "members" in changes or "all" in changes:
            self.apply_filter()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes)

    def _refused(self, error: Exception | None) -> bool:
        if error is None:
            return False
        text = error.message if isinstance(error, ValidationError) else self.tr("The person no longer exists.")
        prompts.error(self, self.tr("Not saved"), text)
        return True

    # --- actions -------------------------------------------------------------------------------
    def _on_add(self) -> None:
        dialog = MemberDialog(self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        command = AddPersonCommand(self._service, self._publish, dialog.value())
        if not self._refused(push(self._undo, command)) and command.record_id is not None:
            self.show_person(command.record_id)

    def _on_edit(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        try:
            before = self._service.input_for(pid)
        except NotFoundError as e:
            self._refused(e)
            return
        dialog = MemberDialog(self, before)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        after = dialog.value()
        if after != before:
            self._refused(push(self._undo, EditPersonCommand(self._service, self._publish, pid, before, after)))

    def _on_end_term(self) -> None:
        pid = self.selected_id()
        row = self.model.member_row(self.model.row_of(pid)) if pid is not None else None
        if pid is None or row is None:
            return
        on = ask_date(self, self.tr("End term"),
                      self.tr("Last day of %1's term (e.g. 25.03.2025):").replace("%1", row.name), date.today())
        if on is None:
            return
        self._refused(push(self._undo, EndTermCommand(self._service, self._publish, pid, on, row.name)))

    def _on_delete(self) -> None:
        pid = self.selected_id()
        row = self.model.member_row(self.model.row_of(pid)) if pid is not None else None
        if pid is None or row is None:
            return
        if not prompts.confirm(
            self, self.tr("Delete person"),
            self.tr("Delete %1 and their terms? You can undo this with Ctrl+Z.").replace("%1", row.name),
            self.tr("Delete"),
        ):
            return
        self._refused(push(self._undo, RemovePersonCommand(self._service, self._publish, pid, row.name)))

    def _on_consent(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        person, _ = self._service.get(pid)
        text = prompts.get_text(self, self.tr("Record consent"),
                                self.tr("What has %1 consented to (empty: no consent)?").replace("%1", person.name),
                                person.consent_purpose or self.tr("Name, email and phone on the member list"))
        if text is not None:
            self._refused(push(self._undo, SetConsentCommand(self._service, self._publish, pid, person.name, text,
                                                             (person.consent_purpose, person.consent_at))))

    def _on_export_person(self) -> None:
        """A readable PDF for the person who asked; JSON when a machine is to read it (the filter chosen)."""
        pid = self.selected_id()
        if pid is None:
            return
        person, _ = self._service.get(pid)
        target = prompts.save_file(self, self.tr("Export personal data"),
                                   self.tr("PDF document (*.pdf);;JSON for programs (*.json)"),
                                   self.tr("Data about %1.pdf").replace("%1", person.name))
        if target is None:
            return
        try:
            if target.suffix.lower() == ".json":
                target.write_text(self._service.export_person(pid), encoding="utf-8")
            else:
                target = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
                target.write_bytes(self._service.export_person_pdf(pid))
        except OSError as e:
            prompts.error(self, self.tr("Not exported"), f"{target}: {e.strerror}")

    def _on_erase(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        person, _ = self._service.get(pid)
        if not prompts.confirm(
            self, self.tr("Erase person"),
            self.tr("Erase all data about %1, also what the plan's citizen participation holds under their "
                    "e-mail address? Minutes keep the name as it was recorded; ideas and citizen-budget proposals "
                    "stay, without who brought them. This cannot be undone.").replace("%1", person.name),
            self.tr("Erase"),
        ):
            return
        self._publish(self._service.erase(pid))
        self._undo.clear()  # earlier commands may refer to the erased person

    def _on_citizen(self) -> None:
        """Access or erasure for a citizen known only by an e-mail address: someone who brought an idea, signed
        up for a borgermøde, proposed for the citizen budget or sits in a working group, but is not a member."""
        title = self.tr("A citizen outside the register")
        email = prompts.get_text(self, title, self.tr("The citizen's e-mail address, as written on the idea, "
                                                      "sign-up or proposal:"))
        if not email or not email.strip():
            return
        try:
            name, lines = self._service.citizen(email)
        except ValidationError:
            prompts.error(self, title, self.tr("%1 is not an e-mail address.").replace("%1", email.strip()))
            return
        if not lines:
            prompts.info(self, title, self.tr("Nothing is recorded under %1.").replace("%1", email.strip()))
            return
        kinds = {"idea": self.tr("Idea for the development plan"), "working_group": self.tr("Working group"),
                 "proposal": self.tr("Citizen-budget proposal"), "signup": self.tr("Signed up for a meeting")}
        who = f"{name} <{email.strip()}>" if name else email.strip()
        listed = "\n".join(f"• {kinds[kind]}: {detail}" for kind, detail in lines)
        answer = prompts.ask(self, title, self.tr("Recorded under %1:").replace("%1", who) + "\n\n" + listed,
                             [self.tr("Save as PDF…"), self.tr("Erase…")], cancel=self.tr("Close"))
        if answer == 0:
            target = prompts.save_file(self, self.tr("Export personal data"), self.tr("PDF document (*.pdf)"),
                                       self.tr("Data about %1.pdf").replace("%1", name or email.strip()))
            if target is not None:
                target = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
                try:
                    target.write_bytes(self._service.export_citizen_pdf(email))
                except OSError as e:
                    prompts.error(self, self.tr("Not exported"), f"{target}: {e.strerror}")
        elif answer == 1 and prompts.confirm(
                self, title, self.tr("Erase what is recorded under %1? Sign-ups and working-group seats go; ideas "
                                     "and citizen-budget proposals stay, without who brought them. This cannot be "
                                     "undone.").replace("%1", who), self.tr("Erase")):
            self._publish(self._service.erase_citizen(email))
            self._undo.clear()  # earlier steps may refer to what was erased

    def _on_import(self) -> None:
        from lokalraad_app.ui.members.import_dialog import run_import

        if self._import_service is not None:
            run_import(self, self._import_service, self._publish)

    def _on_export(self) -> None:
        target = prompts.save_file(self, self.tr("Export members"),
                                   self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), "medlemmer.xlsx")
        if target is None or self._import_service is None:
            return
        ids = [i for i in (self.model.person_id(r) for r in range(self.model.rowCount())) if i is not None]
        try:
            self._import_service.export(target, ids)
        except OSError as e:
            prompts.error(self, self.tr("Not exported"), str(e))
            return
        prompts.info(self, self.tr("Exported"), self.tr("%n person(s) written to %1.", "", len(ids))
                     .replace("%1", str(target)))
