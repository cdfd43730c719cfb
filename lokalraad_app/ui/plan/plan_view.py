"""Udviklingsplan: the plan's header, its focus areas and initiatives as a tree with progress bars, the chosen
initiative's fields (saved as you type, undoable) with the decisions about it, adopting a version and
comparing two, and sharing the plan with neighbouring councils (Eksportér / Importér plan). The page is a tab widget: other parts of the plan (citizen ideas, working groups, the citizen
budget) are added as tabs with add_tab()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, Qt

from lokalraad_app.domain.enums import InitiativeStatus, PlanVersionStatus
from lokalraad_app.domain.plan import kroner, parse_kroner
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meeting_list import MeetingListService
from lokalraad_app.services.plan import (
    AreaInput,
    AreaRow,
    DecisionRow,
    InitiativeInput,
    InitiativeRow,
    PlanInput,
    PlanService,
    read_share_file,
)
from lokalraad_app.ui import prompts
from lokalraad_app.ui.date_field import DateField
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused, set_text
from lokalraad_app.ui.plan.commands import (
    AddAreaCommand,
    AddInitiativeCommand,
    EditAreaCommand,
    EditInitiativeCommand,
    EditPlanCommand,
    MoveAreaCommand,
    MoveInitiativeCommand,
    RemoveAreaCommand,
    RemoveInitiativeCommand,
    UnlinkDecisionCommand,
)
from lokalraad_app.ui.plan.plan_model import (
    KEY_ROLE,
    Column,
    PlanTreeModel,
    ProgressDelegate,
    initiative_status_label,
)
from lokalraad_app.ui.rows_model import RowsTableModel, row_table
from lokalraad_app.ui.undo import ServiceCommand, push

NO_YEAR = 1899  # the period's spin boxes show nothing at this value


class DecisionTableModel(RowsTableModel):
    """The agenda items (decisions) about one initiative."""

    def titles(self) -> list[str]:
        return [self.tr("Meeting"), self.tr("Date"), self.tr("Item"), self.tr("Decision")]

    def display(self, row: DecisionRow, column: int) -> str:
        return (row.meeting_title, format_date(row.meeting_day), row.item_title,
                " ".join(row.decision.split()))[column]


class PlanView(QtWidgets.QWidget):
    meeting_requested = QtCore.Signal(int, int)  # meeting id, agenda item id: open it on the meeting page

    def __init__(self, plan: PlanService, meetings: MeetingListService, events: Events,
                 undo_stack: QtGui.QUndoStack, parent: QtWidgets.QWidget | None = None,
                 backup: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._plan, self._meetings, self._events, self._undo = plan, meetings, events, undo_stack
        self._backup = backup  # taken before an import, which undo does not take back
        self._initiating = False  # True while this page's own typing is being saved
        self._loading = False  # True while fields are filled from the file (no save)
        self._editing: tuple[str, int] | None = None  # ("area" | "initiative", id) the fields belong to

        heading = QtWidgets.QLabel(self.tr("Development plan"))
        heading.setObjectName("PageTitle")
        self.tabs = QtWidgets.QTabWidget()
        self.plan_tab = QtWidgets.QStackedWidget()  # the empty state, or the plan
        self.tabs.addTab(self.plan_tab, self.tr("&Plan"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

        # --- no plan yet ---
        empty = QtWidgets.QWidget()
        self.create_button = QtWidgets.QPushButton(self.tr("&Start the development plan…"))
        text = QtWidgets.QLabel(self.tr("The council has no development plan in this file yet. Start one: a title, "
                                        "the vision, focus areas and the initiatives under them."))
        text.setWordWrap(True)
        empty_layout = QtWidgets.QVBoxLayout(empty)
        empty_layout.addWidget(text)
        empty_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_first_button = QtWidgets.QPushButton(self.tr("Import a plan from a neighbouring council…"))
        empty_layout.addWidget(self.import_first_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.plan_tab.addWidget(empty)

        # --- the header ---
        self.title_edit = QtWidgets.QLineEdit()
        self.period_start_spin, self.period_end_spin = self._year_spin(), self._year_spin()
        self.vision_edit = QtWidgets.QPlainTextEdit()
        self.vision_edit.setTabChangesFocus(True)
        self.vision_edit.setMaximumHeight(70)
        self.version_label = QtWidgets.QLabel()
        self.version_label.setWordWrap(True)
        self.adopt_button = QtWidgets.QPushButton(self.tr("&Adopt version…"))
        self.compare_button = QtWidgets.QPushButton(self.tr("&Compare versions…"))
        self.share_button = QtWidgets.QPushButton(self.tr("S&hare"))  # a menu, in the free cell below the tree
        share_menu = QtWidgets.QMenu(self.share_button)
        self.export_action = share_menu.addAction(self.tr("&Export plan…"))
        self.import_action = share_menu.addAction(self.tr("&Import plan…"))
        self.share_button.setMenu(share_menu)
        period = QtWidgets.QHBoxLayout()
        period.addWidget(self.period_start_spin)
        period.addWidget(QtWidgets.QLabel("–"))
        period.addWidget(self.period_end_spin)
        period.addStretch(1)
        period.addWidget(self.adopt_button)
        period.addWidget(self.compare_button)
        header = QtWidgets.QFormLayout()
        header.addRow(self.tr("&Title:"), self.title_edit)
        header.addRow(self.tr("P&eriod:"), period)
        header.addRow("", self.version_label)  # its own row: wrapped in the period's row it was cut off
        header.addRow(self.tr("&Vision:"), self.vision_edit)

        # --- the tools ---
        self.status_filter = QtWidgets.QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in InitiativeStatus:
            self.status_filter.addItem(initiative_status_label(status.value), status.value)
        self.owner_filter = QtWidgets.QComboBox()
        self.owner_filter.setMinimumContentsLength(14)
        self.add_area_button = QtWidgets.QPushButton(self.tr("Add &focus area"))
        self.add_initiative_button = QtWidgets.QPushButton(self.tr("Add &initiative"))
        self.add_initiative_button.setShortcut(QtGui.QKeySequence("Ins"))
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete"))
        self.up_button = QtWidgets.QPushButton(self.tr("Move &up"))
        self.up_button.setShortcut(QtGui.QKeySequence("Ctrl+Up"))
        self.down_button = QtWidgets.QPushButton(self.tr("Move do&wn"))
        self.down_button.setShortcut(QtGui.QKeySequence("Ctrl+Down"))
        tools = QtWidgets.QHBoxLayout()
        tools.addWidget(QtWidgets.QLabel(self.tr("Show:")))
        tools.addWidget(self.status_filter)
        tools.addWidget(self.owner_filter)
        tools.addStretch(1)
        edit_tools = QtWidgets.QGridLayout()  # two rows, so the page fits a small laptop screen
        for n, b in enumerate((self.add_area_button, self.add_initiative_button, self.delete_button,
                               self.up_button, self.down_button, self.share_button)):
            edit_tools.addWidget(b, n // 3, n % 3)

        # --- the tree ---
        self.model = PlanTreeModel(self)
        self.tree = QtWidgets.QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # thousands of initiatives lay out at once
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.tree))
        # Title, status, responsible and progress fit beside the editor on a 1366 px screen; the rest scrolls.
        for column, width in ((Column.TITLE, 225), (Column.STATUS, 80), (Column.OWNER, 105),
                              (Column.PROGRESS, 90), (Column.BUDGET, 95), (Column.PERIOD, 110)):
            self.tree.setColumnWidth(column, width)

        # --- the editors: a focus area's, or an initiative's ---
        self.area_title_edit = QtWidgets.QLineEdit()
        self.area_description_edit = QtWidgets.QPlainTextEdit()
        self.area_description_edit.setTabChangesFocus(True)
        area_form = QtWidgets.QFormLayout()
        area_form.addRow(self.tr("T&itle:"), self.area_title_edit)
        area_form.addRow(self.tr("Descri&ption:"), self.area_description_edit)
        self.area_box = QtWidgets.QGroupBox(self.tr("Focus area"))
        self.area_box.setLayout(area_form)

        self.initiative_title_edit = QtWidgets.QLineEdit()
        self.initiative_area_combo = QtWidgets.QComboBox()
        self.initiative_area_combo.setSizeAdjustPolicy(  # a long focus area's title does not widen the editor
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.initiative_area_combo.setMinimumContentsLength(18)
        self.initiative_status_combo = QtWidgets.QComboBox()
        for status in InitiativeStatus:
            self.initiative_status_combo.addItem(initiative_status_label(status.value), status.value)
        self.owner_edit = QtWidgets.QLineEdit()
        self.owner_completer = QtWidgets.QCompleter([], self.owner_edit)
        self.owner_edit.setCompleter(self.owner_completer)
        self.partners_edit = QtWidgets.QLineEdit()
        self.partners_edit.setPlaceholderText(self.tr("The municipality, associations, citizens, businesses"))
        self.progress_spin = QtWidgets.QSpinBox(minimum=0, maximum=100, singleStep=5)
        self.progress_spin.setSuffix(" %")
        self.progress_note_edit = QtWidgets.QLineEdit()
        self.budget_edit = QtWidgets.QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("kroner, e.g. 250.000"))
        self.funding_edit = QtWidgets.QLineEdit()
        self.funding_edit.setPlaceholderText(self.tr("e.g. Landdistriktspuljen"))
        self.start_field, self.end_field = DateField(), DateField()
        self.description_edit = QtWidgets.QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.problem_label = QtWidgets.QLabel()  # a field that cannot be saved as written, in red
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        dates = QtWidgets.QHBoxLayout()
        dates.addWidget(self.start_field)
        dates.addWidget(QtWidgets.QLabel("–"))
        dates.addWidget(self.end_field)
        dates.addStretch(1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Title:"), self.initiative_title_edit)
        form.addRow(self.tr("Focus a&rea:"), self.initiative_area_combo)
        form.addRow(self.tr("&Status:"), self.initiative_status_combo)
        form.addRow(self.tr("Res&ponsible:"), self.owner_edit)
        form.addRow(self.tr("Partne&rs:"), self.partners_edit)
        form.addRow(self.tr("Pro&gress:"), self.progress_spin)
        form.addRow(self.tr("Progress &note:"), self.progress_note_edit)
        form.addRow(self.tr("&Budget:"), self.budget_edit)
        form.addRow(self.tr("&Funding source:"), self.funding_edit)
        form.addRow(self.tr("Start and &end:"), dates)
        form.addRow(self.tr("Descri&ption:"), self.description_edit)
        form.addRow("", self.problem_label)
        self.decision_model = DecisionTableModel(self)
        self.decision_table = row_table(self.decision_model, {0: 160, 1: 85, 2: 160})
        self.decision_table.setMaximumHeight(130)
        self.unlink_button = QtWidgets.QPushButton(self.tr("Un&link decision"))
        form.addRow(self.tr("Decisions:"), self.decision_table)
        form.addRow("", self.unlink_button)
        self.initiative_box = QtWidgets.QGroupBox(self.tr("Initiative"))
        self.initiative_box.setLayout(form)
        self.editor_stack = QtWidgets.QStackedWidget()
        self.editor_stack.addWidget(QtWidgets.QWidget())  # nothing chosen
        self.editor_stack.addWidget(self.area_box)
        self.editor_stack.addWidget(self.initiative_box)
        scroll = QtWidgets.QScrollArea()  # the fields scroll on a small screen instead of clipping
        scroll.setWidget(self.editor_stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(edit_tools)
        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        page = QtWidgets.QWidget()
        page_layout = QtWidgets.QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(header)
        page_layout.addWidget(self.splitter, 1)
        self.plan_tab.addWidget(page)

        # --- wiring ---
        self._timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)
        for signal in (self.title_edit.textEdited, self.vision_edit.textChanged, self.period_start_spin.valueChanged,
                       self.period_end_spin.valueChanged, self.area_title_edit.textEdited,
                       self.area_description_edit.textChanged, self.initiative_title_edit.textEdited,
                       self.initiative_status_combo.currentIndexChanged, self.owner_edit.textEdited,
                       self.partners_edit.textEdited, self.progress_spin.valueChanged,
                       self.progress_note_edit.textEdited, self.budget_edit.textEdited, self.funding_edit.textEdited,
                       self.start_field.textEdited, self.end_field.textEdited, self.description_edit.textChanged):
            signal.connect(self._on_field_changed)
        for edit in (self.title_edit, self.initiative_title_edit, self.area_title_edit):
            edit.editingFinished.connect(self.save_pending)
        self.initiative_area_combo.activated.connect(self._on_initiative_area_activated)
        self.create_button.clicked.connect(self._on_create)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.owner_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.add_area_button.clicked.connect(self._on_add_area)
        self.add_initiative_button.clicked.connect(self._on_add_initiative)
        self.delete_button.clicked.connect(self._on_delete)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(+1))
        self.adopt_button.clicked.connect(self.adopt)
        self.compare_button.clicked.connect(self.compare)
        self.export_action.triggered.connect(self.export_plan)
        self.import_action.triggered.connect(self.import_plan)
        self.import_first_button.clicked.connect(self.import_plan)
        self.unlink_button.clicked.connect(self._on_unlink)
        self.decision_table.doubleClicked.connect(self._on_decision_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        events.changed.connect(self._on_events_changed)
        self.refresh()

    def add_tab(self, widget: QtWidgets.QWidget, title: str) -> int:
        """Another part of the plan (Borgerforslag, Arbejdsgrupper, Borgerbudget) as a tab beside the plan. It
        scrolls when the window is narrower than it wants, rather than widening the whole window."""
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        return self.tabs.addTab(scroll, title)

    def _year_spin(self) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox(minimum=NO_YEAR, maximum=2200)
        spin.setSpecialValueText(" ")  # no year yet
        spin.setValue(NO_YEAR)
        return spin

    # --- showing ---------------------------------------------------------------------------------
    def refresh(self, keep_fields: bool = False) -> None:
        """Shows the plan as the file holds it, keeping the chosen element; `keep_fields` after this page's
        own save (the fields already show what was saved; reloading them would move the cursor)."""
        draft = self._plan.draft()
        self.plan_tab.setCurrentIndex(0 if draft is None else 1)
        if draft is None:
            self.model.set_draft(None)
            self._show_editor(None)
            return
        chosen = self.current_key() or self._editing  # what the tree shows chosen (mid-switch: the new one)
        self._loading = True
        try:
            if not keep_fields:
                if self.title_edit.text() != draft.title:
                    self.title_edit.setText(draft.title)
                self.period_start_spin.setValue(draft.period_start or NO_YEAR)
                self.period_end_spin.setValue(draft.period_end or NO_YEAR)
                set_text(self.vision_edit, draft.vision)
            versions = self._plan.versions()
            adopted = [v for v in versions if v.status == PlanVersionStatus.ADOPTED.value]
            text = self.tr("Draft of version %1").replace("%1", str(draft.number))
            if adopted:
                text += " · " + self.tr("last adopted: version %1, %2").replace("%1", str(adopted[-1].number)) \
                    .replace("%2", format_date(adopted[-1].adopted_on))
            self.version_label.setText(text)
            self.compare_button.setEnabled(bool(adopted))
            owners = draft.owners()
            self._fill_owner_filter(owners)
            self.owner_completer.setModel(QtCore.QStringListModel(owners, self.owner_completer))
            self.initiative_area_combo.clear()
            for area in draft.areas:
                self.initiative_area_combo.addItem(f"{area.position}. {area.title}", area.id)
            if self.model.set_draft(draft):  # a new shape: laid out again, the chosen element found again
                self.tree.expandAll()
                index = self.model.find(*chosen) if chosen else QModelIndex()
                if index.isValid():
                    self.tree.setCurrentIndex(index)
                else:
                    self._editing = None
        finally:
            self._loading = False
        if not keep_fields or self._editing is None:
            self._show_editor(self._editing)

    def _fill_owner_filter(self, owners: list[str]) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone responsible"), "")
        for owner in owners:
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    def _show_editor(self, key: tuple[str, int] | None) -> None:
        """Fills the editor of the chosen focus area or initiative from the file."""
        self._editing = key
        self.problem_label.clear()
        self._loading = True
        try:
            if key is None:
                self.editor_stack.setCurrentIndex(0)
            elif key[0] == "area":
                data = self._plan.area_input(key[1])
                self.editor_stack.setCurrentWidget(self.area_box)
                if self.area_title_edit.text() != data.title:
                    self.area_title_edit.setText(data.title)
                set_text(self.area_description_edit, data.description)
            else:
                self._fill_initiative(key[1], self._plan.initiative_input(key[1]))
        except NotFoundError:  # gone meanwhile (undo of its adding)
            self._editing = None
            self.editor_stack.setCurrentIndex(0)
        finally:
            self._loading = False

    def _fill_initiative(self, initiative_id: int, data: InitiativeInput) -> None:
        self.editor_stack.setCurrentWidget(self.initiative_box)
        for edit, value in ((self.initiative_title_edit, data.title), (self.owner_edit, data.owner),
                            (self.partners_edit, data.partners), (self.progress_note_edit, data.progress_note),
                            (self.funding_edit, data.funding)):
            if edit.text() != value:
                edit.setText(value)
        self.initiative_status_combo.setCurrentIndex(max(self.initiative_status_combo.findData(data.status), 0))
        self.progress_spin.setValue(data.progress_percent)
        budget = kroner(data.budget_ore).removesuffix(" kr.")
        if parse_or_none(self.budget_edit.text()) != data.budget_ore:
            self.budget_edit.setText(budget)
        for field, day in ((self.start_field, data.start_on), (self.end_field, data.end_on)):
            if field.date() != day:
                field.set_date(day) if day else field.clear()
        set_text(self.description_edit, data.description)
        row = self.model.record(self.tree.currentIndex())
        if isinstance(row, InitiativeRow):
            self.initiative_area_combo.setCurrentIndex(self.initiative_area_combo.findData(row.focus_area_id))
        self.decision_model.set_rows(self._plan.decisions(initiative_id))

    def _on_events_changed(self, changes: frozenset[str], initiator: object = None) -> None:
        if "plan" in changes:
            self.refresh(keep_fields=initiator is self)
        elif self._editing is not None and self._editing[0] == "initiative" \
                and any(c.startswith("meeting") for c in changes):
            self.decision_model.set_rows(self._plan.decisions(self._editing[1]))  # a decision's words changed

    def _on_tree_current_changed(self, current: QModelIndex) -> None:
        if self._loading:
            return
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key != self._editing:
            self.save_pending()  # what was typed goes to the element it was typed into
            self._show_editor(key)

    def current_key(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select(self, kind: str, record_id: int) -> None:
        index = self.model.find(kind, record_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _on_filter_changed(self) -> None:
        self.save_pending()
        self.model.set_filter(self.status_filter.currentData(), self.owner_filter.currentData())
        self.tree.expandAll()
        index = self.model.find(*self._editing) if self._editing else QModelIndex()
        if index.isValid():
            self._loading = True
            self.tree.setCurrentIndex(index)
            self._loading = False
        else:
            self._show_editor(None)

    # --- saving ----------------------------------------------------------------------------------
    def set_save_delay(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def _on_field_changed(self) -> None:
        # Saved a moment after typing stops, at most about a second behind.
        if not self._loading and not self._timer.isActive():
            self._timer.start()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes, initiator=self if self._initiating else None)

    def _push_own(self, command: ServiceCommand) -> Exception | None:
        """Saves this page's typing as the initiator; its undo and redo later are not, and refresh the fields."""
        self._initiating = True
        try:
            return push(self._undo, command)
        finally:
            self._initiating = False

    def plan_value(self) -> PlanInput:
        start, end = self.period_start_spin.value(), self.period_end_spin.value()
        return PlanInput(self.title_edit.text().strip(), self.vision_edit.toPlainText(),
                         None if start == NO_YEAR else start, None if end == NO_YEAR else end)

    def save_pending(self) -> None:
        """Saves what was typed (the header, and the chosen area or initiative) if it differs from the file."""
        self._timer.stop()
        if self.plan_tab.currentIndex() != 1:
            return
        try:
            before = self._plan.plan_input()
        except ValidationError:  # no plan (the file changed under us): nothing to save into
            return
        after = self.plan_value()
        if after != before and after.title:
            refused(self, self._push_own(EditPlanCommand(self._plan, self._publish, before, after)))
        key = self._editing
        if key is None:
            return
        try:
            if key[0] == "area":
                area_before = self._plan.area_input(key[1])
                area_after = AreaInput(self.area_title_edit.text().strip(), self.area_description_edit.toPlainText())
                if area_after != area_before and area_after.title:
                    refused(self, self._push_own(EditAreaCommand(self._plan, self._publish, key[1], area_before,
                                                                 area_after)))
            else:
                initiative_before = self._plan.initiative_input(key[1])
                initiative_after = self.initiative_value(initiative_before)
                if initiative_after != initiative_before and initiative_after.title:
                    refused(self, self._push_own(EditInitiativeCommand(self._plan, self._publish, key[1],
                                                                       initiative_before, initiative_after)))
        except NotFoundError:  # removed meanwhile: nothing left to save into
            self._editing = None

    def initiative_value(self, before: InitiativeInput) -> InitiativeInput:
        """What the fields say; a budget or date that cannot be read keeps what the file has, and says so."""
        problems = []
        try:
            budget = parse_kroner(self.budget_edit.text())
        except ValueError:
            budget = before.budget_ore
            problems.append(self.tr("Budget: write an amount in kroner, e.g. 250.000 or 1.250,50."))
        days = []
        for field, was, name in ((self.start_field, before.start_on, self.tr("Start")),
                                 (self.end_field, before.end_on, self.tr("End"))):
            day = field.date()
            if day is None and not field.is_empty():
                day = was
                problems.append(self.tr("%1: write the date as 25.03.2026.").replace("%1", name))
            days.append(day)
        start, end = days
        if start and end and end < start:
            end = before.end_on
            problems.append(self.tr("End: the initiative cannot end before it starts."))
        self.problem_label.setText(" ".join(problems))
        return InitiativeInput(self.initiative_title_edit.text().strip(), self.description_edit.toPlainText(),
                               self.owner_edit.text().strip(), self.partners_edit.text(),
                               self.initiative_status_combo.currentData(), self.progress_spin.value(),
                               self.progress_note_edit.text(), budget, self.funding_edit.text(), start, end)

    # --- adding, deleting, moving ----------------------------------------------------------------
    def _on_create(self) -> None:
        title = prompts.get_text(self, self.tr("Start the development plan"), self.tr("Title of the plan:"),
                                 self.tr("Local development plan %1").replace("%1", str(date.today().year)))
        if title and title.strip():
            try:
                changes = self._plan.create_plan(PlanInput(title.strip()))[1]
            except ValidationError as e:
                refused(self, e)
                return
            self._events.publish(changes)

    def _on_add_area(self) -> None:
        title = prompts.get_text(self, self.tr("Add focus area"), self.tr("Title of the new focus area:"))
        if title and title.strip():
            self.save_pending()
            command = AddAreaCommand(self._plan, self._publish, AreaInput(title.strip()))
            if not refused(self, push(self._undo, command)) and command.record_id is not None:
                self.select("area", command.record_id)

    def _current_area_id(self) -> int | None:
        record = self.model.record(self.tree.currentIndex())
        if isinstance(record, AreaRow):
            return record.id
        if isinstance(record, InitiativeRow):
            return record.focus_area_id
        return self.model.rows[0][0].id if self.model.rows else None

    def _on_add_initiative(self) -> None:
        area_id = self._current_area_id()
        if area_id is None:
            prompts.info(self, self.tr("Add initiative"), self.tr("Add a focus area first: initiatives belong "
                                                                  "to a focus area."))
            return
        title = prompts.get_text(self, self.tr("Add initiative"), self.tr("Title of the new initiative:"))
        if title and title.strip():
            self.save_pending()
            command = AddInitiativeCommand(self._plan, self._publish, area_id, InitiativeInput(title.strip()))
            if not refused(self, push(self._undo, command)) and command.record_id is not None:
                if self.model.find("initiative", command.record_id).isValid() is False:
                    self.status_filter.setCurrentIndex(0)  # a filter that hides the new one is cleared
                    self.owner_filter.setCurrentIndex(0)
                self.select("initiative", command.record_id)
                self.initiative_title_edit.setFocus()

    def _on_delete(self) -> None:
        record = self.model.record(self.tree.currentIndex())
        if record is None:
            return
        self.save_pending()
        if isinstance(record, AreaRow):
            text = self.tr("Delete the focus area “%1” with all its initiatives? You can undo this with Ctrl+Z.")
            command: ServiceCommand = RemoveAreaCommand(self._plan, self._publish, record.id, record.title)
        else:
            text = self.tr("Delete the initiative “%1”? You can undo this with Ctrl+Z.")
            command = RemoveInitiativeCommand(self._plan, self._publish, record.id, record.title)
        if prompts.confirm(self, self.tr("Delete"), text.replace("%1", record.title), self.tr("Delete")):
            refused(self, push(self._undo, command))

    def _on_move(self, step: int) -> None:
        """A focus area moves up or down; an initiative moves to the focus area above or below."""
        record = self.model.record(self.tree.currentIndex())
        if record is None:
            return
        self.save_pending()
        areas = [a for a, _ in self.model.rows]
        if isinstance(record, AreaRow):
            row = areas.index(record)
            if 0 <= row + step < len(areas):
                command: ServiceCommand = MoveAreaCommand(self._plan, self._publish, record.id, row + 1 + step,
                                                          record.title)
                if not refused(self, push(self._undo, command)):
                    self.select("area", record.id)
            return
        row = next(n for n, a in enumerate(areas) if a.id == record.focus_area_id)
        if 0 <= row + step < len(areas):
            self._move_initiative(record.id, areas[row + step].id, record.title)

    def _on_initiative_area_activated(self, index: int) -> None:
        record = self.model.record(self.tree.currentIndex())
        area_id = self.initiative_area_combo.itemData(index)
        if isinstance(record, InitiativeRow) and area_id != record.focus_area_id:
            self.save_pending()
            self._move_initiative(record.id, area_id, record.title)

    def _move_initiative(self, initiative_id: int, area_id: int, title: str) -> None:
        command = MoveInitiativeCommand(self._plan, self._publish, initiative_id, area_id, title)
        if not refused(self, push(self._undo, command)):
            self.select("initiative", initiative_id)

    # --- decisions -------------------------------------------------------------------------------
    def _chosen_decision(self) -> DecisionRow | None:
        row = self.decision_table.currentIndex().row()
        return self.decision_model.rows[row] if 0 <= row < len(self.decision_model.rows) else None

    def _on_decision_double_clicked(self) -> None:
        decision = self._chosen_decision()
        if decision is not None:
            self.save_pending()
            self.meeting_requested.emit(decision.meeting_id, decision.agenda_item_id)

    def _on_unlink(self) -> None:
        decision, key = self._chosen_decision(), self._editing
        if decision is None or key is None or key[0] != "initiative":
            return
        command = UnlinkDecisionCommand(self._plan, self._publish, key[1], decision.agenda_item_id,
                                        decision.item_title)
        refused(self, push(self._undo, command))

    # --- versions --------------------------------------------------------------------------------
    def adopt(self) -> int | None:
        """Vedtag version: the meeting that adopted the plan is chosen, then the draft is sealed as a version."""
        self.save_pending()
        draft = self._plan.draft()
        if draft is None:
            return None
        meetings = sorted(self._meetings.meetings(), key=lambda m: m.start, reverse=True)
        today = date.today()
        meetings = [m for m in meetings if m.start.date() <= today] + [m for m in meetings if m.start.date() > today]
        if not meetings:
            prompts.info(self, self.tr("Adopt version"), self.tr("A version is adopted at a meeting; plan the "
                                                                 "meeting first."))
            return None
        chosen = prompts.choose(self, self.tr("Adopt version %1").replace("%1", str(draft.number)),
                                self.tr("The meeting that adopted the plan:"),
                                [f"{format_date(m.start.date())}  {m.title}" for m in meetings])
        if chosen is None:
            return None
        meeting = meetings[chosen]
        text = self.tr("The plan as it is now becomes version %1, adopted at %2 on %3. An adopted version can never "
                       "be changed; the work goes on in the draft of version %4.") \
            .replace("%1", str(draft.number)).replace("%2", meeting.title) \
            .replace("%3", format_date(meeting.start.date())).replace("%4", str(draft.number + 1))
        if not prompts.confirm(self, self.tr("Adopt version %1").replace("%1", str(draft.number)), text,
                               self.tr("Adopt")):
            return None
        try:
            number, changes = self._plan.adopt(meeting.id)
        except (ValidationError, NotFoundError) as e:
            refused(self, e)
            return None
        self._events.publish(changes)
        return number

    def compare(self) -> QtWidgets.QDialog:
        """Sammenlign versioner: two versions side by side (the last adopted and the draft at first)."""
        from lokalraad_app.ui.plan.compare_dialog import CompareDialog

        self.save_pending()
        dialog = CompareDialog(self._plan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- a plan shared by neighbouring councils -------------------------------------------------------
    def export_plan(self) -> Path | None:
        """Eksportér plan: the draft to a file another council imports."""
        self.save_pending()
        path = prompts.save_file(self, self.tr("Export plan"), self.tr("Development plan (*.json)"),
                                 "udviklingsplan.json")
        if path is None:
            return None
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            count = self._plan.write_export(path)
        except (ValidationError, NotFoundError) as e:
            refused(self, e, self.tr("Export plan"))
            return None
        except OSError as e:
            prompts.error(self, self.tr("Export plan"), self.tr("The file could not be written: %1")
                          .replace("%1", e.strerror or str(e)))
            return None
        prompts.info(self, self.tr("Export plan"),
                     self.tr("The plan with %1 initiatives is saved in %2. The other council imports it under "
                             "Udviklingsplan, Share, Import plan.").replace("%1", str(count)).replace("%2", str(path)))
        return path

    def import_plan(self) -> QtWidgets.QDialog | None:
        """Importér plan: the file is read and compared; the dialog shows each difference and asks where both
        files changed a field; accepted, the import is applied (see _apply_import)."""
        from lokalraad_app.ui.plan.import_dialog import PlanImportDialog, import_refusal

        self.save_pending()
        path = prompts.open_file(self, self.tr("Import plan"), self.tr("Development plan (*.json)"))
        if path is None:
            return None
        try:
            data = read_share_file(path)
            report = self._plan.compare_import(data)
        except (ValidationError, NotFoundError) as e:
            prompts.error(self, self.tr("Import plan"), import_refusal(e))
            return None
        except OSError as e:
            prompts.error(self, self.tr("Import plan"), self.tr("The file could not be read: %1")
                          .replace("%1", e.strerror or str(e)))
            return None
        if not report.differences:
            prompts.info(self, self.tr("Import plan"), self.tr("The plan from %1 is the same as this one: there is "
                                                               "nothing to import.").replace("%1", report.council))
            return None
        draft = self._plan.draft()
        titles = {a.uid: a.title for a in draft.areas} if draft is not None else {}
        titles |= {a["uid"]: a["title"] for a in data["plan"]["focus_areas"]}
        dialog = PlanImportDialog(report, titles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_import(data, dialog.choices()))
        dialog.show()
        return dialog

    def _apply_import(self, data: object, choices: dict[tuple[str, str], str]) -> bool:
        """Applies an import in one transaction. Undo does not take it back (it touches many records at once,
        and earlier steps on the stack would write their old values over it), so the stack is cleared and a
        backup is taken first; the confirmation says so."""
        from lokalraad_app.ui.plan.import_dialog import import_refusal

        if not prompts.confirm(self, self.tr("Import plan"),
                               self.tr("The import changes the plan in one step, which Undo cannot take back; the "
                                       "steps that can be undone now are forgotten. A backup of the council file "
                                       "is made first, so the plan as it is now can be restored from it."),
                               self.tr("Import")):
            return False
        try:
            if self._backup is not None:
                self._backup()
            changes = self._plan.apply_import(data, choices)[1]
        except (ValidationError, NotFoundError) as e:
            prompts.error(self, self.tr("Import plan"), import_refusal(e))
            return False
        except OSError as e:
            prompts.error(self, self.tr("Import plan"), self.tr("No backup could be made, so nothing was imported: "
                                                                "%1").replace("%1", e.strerror or str(e)))
            return False
        self._undo.clear()
        self._events.publish(changes)
        return True


def parse_or_none(text: str) -> int | None:
    try:
        return parse_kroner(text)
    except ValueError:
        return None


__all__ = ["PlanView"]
