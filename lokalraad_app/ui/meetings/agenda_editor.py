"""The agenda editor of one meeting (Dagsorden): the numbered items with their planned times, reordered by
drag and drop or keyboard, and the chosen item's fields, saved as you type."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lokalraad_app.domain.enums import Classification, ItemKind, MeetingKind, MemberFilter
from lokalraad_app.domain.rules import agenda_overrun
from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.attachments import AttachmentRow, AttachmentService
from lokalraad_app.services.errors import NotFoundError
from lokalraad_app.services.meeting_records import MeetingDetail
from lokalraad_app.services.members import MemberService
from lokalraad_app.services.plan import PlanService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import item_kind_label
from lokalraad_app.ui.meetings.commands import (
    AddAgendaItemCommand,
    AttachFileCommand,
    EditAgendaItemCommand,
    MoveAgendaItemCommand,
    RemoveAgendaItemCommand,
    RemoveAttachmentCommand,
    TrackRequestCommand,
)
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused, set_text
from lokalraad_app.ui.plan.commands import LinkDecisionCommand
from lokalraad_app.ui.undo import ServiceCommand, push

Index = QModelIndex | QPersistentModelIndex

AGENDA_MIME = "application/x-lokalraad-agenda-row"


class AgendaListModel(QtCore.QAbstractListModel):
    """The agenda items of one meeting, numbered, with their planned start; reordered by drag and drop."""

    move_requested = QtCore.Signal(int, int)  # item id, new 1-based position

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: MeetingDetail | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QtCore.QMimeData:  # type: ignore[override]
        data = QtCore.QMimeData()
        if indexes:
            data.setData(AGENDA_MIME, QtCore.QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QtCore.QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Asks for the move (an undoable command does it); the list is redrawn from the file after."""
        if self.detail is None or not data.hasFormat(AGENDA_MIME):
            return False
        source = int(bytes(data.data(AGENDA_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.detail.items))
        position = target if target > source else target + 1  # dropping below itself shifts by one
        item_id = self.item_id(source)
        if item_id is not None and position != source + 1:
            self.move_requested.emit(item_id, position)
        return False  # nothing for the view to remove: the reload shows the new order

    def set_detail(self, detail: MeetingDetail | None) -> None:
        """Same items (an edit of one): rows change in place, so the selection and the form stay."""
        same = (self.detail is not None and detail is not None
                and [i.id for i in self.detail.items] == [i.id for i in detail.items])
        if same and detail is not None and detail.items:
            self.detail = detail
            self.dataChanged.emit(self.index(0), self.index(len(detail.items) - 1))
            return
        self.beginResetModel()
        self.detail = detail
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() or self.detail is None else len(self.detail.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.detail is None or not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.detail.items[index.row()]
        start = self.detail.planned[index.row()].astimezone(self._zone()).strftime("%H.%M")
        return f"{item.position}. {item.title}   ({start}, {item_kind_label(item.kind).lower()})"

    def item_id(self, row: int) -> int | None:
        if self.detail is None or not 0 <= row < len(self.detail.items):
            return None
        return self.detail.items[row].id

    def _zone(self) -> Any:
        return ZoneInfo(self.detail.meeting.timezone if self.detail else "Europe/Copenhagen")


class AttachmentListModel(QtCore.QAbstractListModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttachmentRow] = []

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return f"{r.file_name}  ({max(r.size // 1024, 1)} KB)"




class AgendaEditor(QtWidgets.QWidget):
    """The Dagsorden tab. Shares the page's AgendaListModel with the minutes editor."""

    def __init__(self, model: AgendaListModel, agenda: AgendaService, events: Events, undo_stack: QtGui.QUndoStack,
                 members: MemberService | None = None, requests: RequestService | None = None,
                 attachments: AttachmentService | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._agenda, self._events, self._undo = agenda, events, undo_stack
        self._members, self._requests, self._attachments = members, requests, attachments
        self.agenda_model = model
        self.detail: MeetingDetail | None = None
        self._initiating = False  # True while this editor's own typing is being saved
        self.agenda_view = QtWidgets.QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda_model.move_requested.connect(self._on_move_requested)
        self.add_item_button = QtWidgets.QPushButton(self.tr("&Add item"))
        self.add_item_button.setShortcut(QtGui.QKeySequence("Ins"))
        self.delete_item_button = QtWidgets.QPushButton(self.tr("&Remove item"))
        self.up_button = QtWidgets.QPushButton(self.tr("Move &up"))
        self.up_button.setShortcut(QtGui.QKeySequence("Ctrl+Up"))
        self.down_button = QtWidgets.QPushButton(self.tr("Move do&wn"))
        self.down_button.setShortcut(QtGui.QKeySequence("Ctrl+Down"))
        buttons = QtWidgets.QGridLayout()  # two rows, so the page fits a small laptop screen
        for n, b in enumerate((self.add_item_button, self.delete_item_button, self.up_button, self.down_button)):
            buttons.addWidget(b, n // 2, n % 2)
        self.time_label = QtWidgets.QLabel()  # the meeting's end, and a warning when the items run past it
        self.time_label.setWordWrap(True)
        self._plan: PlanService | None = None  # set_plan: an item can be linked to the plan's initiatives
        self.link_initiative_button = QtWidgets.QPushButton(self.tr("&Link to initiative…"))
        self.link_initiative_button.setToolTip(self.tr("Record that this item is a decision about one of the "
                                                       "development plan's initiatives"))
        self.link_initiative_button.setVisible(False)
        self.initiatives_label = QtWidgets.QLabel()  # the initiatives the item is linked to
        self.initiatives_label.setWordWrap(True)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.agenda_view, 1)
        left.addWidget(self.time_label)
        left.addLayout(buttons)
        # Outside the item's form, which approved minutes lock: a decision is linked to the plan afterwards too.
        left.addWidget(self.link_initiative_button)
        left.addWidget(self.initiatives_label)

        self.item_title_edit = QtWidgets.QLineEdit()
        self.item_kind_combo = QtWidgets.QComboBox()
        for k in ItemKind:
            self.item_kind_combo.addItem(item_kind_label(k), k.value)
        self.item_minutes_spin = QtWidgets.QSpinBox(minimum=0, maximum=600, singleStep=5)
        self.item_minutes_spin.setSuffix(self.tr(" min"))
        self.item_responsible_combo = QtWidgets.QComboBox()
        self.item_majority_check = QtWidgets.QCheckBox(self.tr("Statute change: needs a two-thirds majority"))
        self.item_class_combo = QtWidgets.QComboBox()
        self.item_class_combo.addItem(self.tr("Not classified"), Classification.NONE.value)
        self.item_class_combo.addItem(self.tr("Politics"), Classification.POLITICAL.value)
        self.item_class_combo.addItem(self.tr("Administration"), Classification.ADMINISTRATIVE.value)
        self.item_background_edit = QtWidgets.QPlainTextEdit()
        self.item_background_edit.setTabChangesFocus(True)
        self.item_proposal_edit = QtWidgets.QPlainTextEdit()
        self.item_proposal_edit.setTabChangesFocus(True)
        self.item_save_button = QtWidgets.QPushButton(self.tr("&Save item"))
        self.request_button = QtWidgets.QPushButton(self.tr("Track as re&quest"))
        self.request_button.setToolTip(self.tr("Follow this administrative question until the municipality answers"))
        self.request_button.setVisible(self._requests is not None)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Title:"), self.item_title_edit)
        form.addRow(self.tr("&Kind:"), self.item_kind_combo)
        form.addRow(self.tr("Res&ponsible:"), self.item_responsible_combo)
        form.addRow(self.tr("Time &allowed:"), self.item_minutes_spin)
        form.addRow("", self.item_majority_check)
        form.addRow(self.tr("Politics or &administration:"), self.item_class_combo)
        form.addRow(self.tr("&Background:"), self.item_background_edit)
        form.addRow(self.tr("&Proposed decision:"), self.item_proposal_edit)
        self.attachment_model = AttachmentListModel(self)
        self.attachment_view = QtWidgets.QListView()
        self.attachment_view.setModel(self.attachment_model)
        self.attachment_view.setMaximumHeight(70)
        self.add_attachment_button = QtWidgets.QPushButton(self.tr("Attach a &file…"))
        self.open_attachment_button = QtWidgets.QPushButton(self.tr("&Open"))
        self.remove_attachment_button = QtWidgets.QPushButton(self.tr("Remo&ve"))
        attach = QtWidgets.QHBoxLayout()
        attach.addWidget(self.attachment_view, 1)
        attach_buttons = QtWidgets.QVBoxLayout()
        for b in (self.add_attachment_button, self.open_attachment_button, self.remove_attachment_button):
            attach_buttons.addWidget(b)
        attach.addLayout(attach_buttons)
        if self._attachments is not None:
            form.addRow(self.tr("Attachments:"), attach)
        form.addRow("", self.item_save_button)
        form.addRow("", self.request_button)
        self.item_box = QtWidgets.QGroupBox(self.tr("Agenda item"))
        self.item_box.setLayout(form)

        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 2)
        scroll = QtWidgets.QScrollArea()  # the item's fields scroll on a small screen instead of clipping
        scroll.setWidget(self.item_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 3)
        self.agenda_view.selectionModel().currentRowChanged.connect(self._on_agenda_current_changed)
        self.add_item_button.clicked.connect(self._on_add_item)
        self.delete_item_button.clicked.connect(self._on_delete_item)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(+1))
        self.item_save_button.clicked.connect(self.save_item)
        self._item_timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._item_timer.timeout.connect(self.save_item)
        self._editing_item_id: int | None = None
        self._loading_item = False
        for signal in (self.item_title_edit.textEdited, self.item_background_edit.textChanged,
                       self.item_proposal_edit.textChanged, self.item_minutes_spin.valueChanged,
                       self.item_kind_combo.currentIndexChanged, self.item_class_combo.currentIndexChanged,
                       self.item_majority_check.toggled, self.item_responsible_combo.currentIndexChanged):
            signal.connect(self._on_item_field_changed)
        self.request_button.clicked.connect(self._on_request)
        self.link_initiative_button.clicked.connect(self.link_initiative)
        self.add_attachment_button.clicked.connect(self._on_add_attachment)
        self.open_attachment_button.clicked.connect(self._on_open_attachment)
        self.remove_attachment_button.clicked.connect(self._on_remove_attachment)
        self.attachment_view.doubleClicked.connect(self._on_open_attachment)
        self.item_title_edit.editingFinished.connect(self.save_item)


    # --- showing -------------------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail, row: int, keep_fields: bool = False) -> None:
        """Shows the meeting as the file holds it, on `row` (or its neighbour if that item is gone);
        `keep_fields` after this editor's own save: its fields already show the file's text."""
        self.detail = detail
        if self._editing_item_id not in {i.id for i in detail.items}:
            self._editing_item_id = None  # removed (perhaps by undo): nothing left to save into it
        rows = self.agenda_model.rowCount()
        if not rows:
            self._clear_item_form()
        else:
            # The neighbour of a removed item becomes current (a reset model has no current row).
            self.agenda_view.setCurrentIndex(self.agenda_model.index(min(max(row, 0), rows - 1)))
            if not keep_fields:  # show what the file holds now (undo, another view), files too
                self._on_agenda_current_changed(self.agenda_view.currentIndex())
        locked = detail.locked
        for w in (self.add_item_button, self.delete_item_button, self.up_button, self.down_button):
            w.setEnabled(not locked)
        self.item_box.setEnabled(not locked and rows > 0)
        self.item_class_combo.setEnabled(detail.meeting.kind == MeetingKind.DIALOGUE.value)
        self._show_times(detail)

    def _show_times(self, detail: MeetingDetail) -> None:
        """The meeting's end next to the agenda; a visible warning (not a message box) when the items overrun."""
        m, zone = detail.meeting, ZoneInfo(detail.meeting.timezone)
        allowed = [i.minutes_allowed for i in detail.items]
        last = detail.planned[-1] + timedelta(minutes=max(allowed[-1], 0)) if allowed else m.start
        items_end = last.astimezone(zone)
        end = m.end.astimezone(zone)
        over = agenda_overrun(m.start, m.end, allowed)
        if over:
            self.time_label.setText(
                self.tr("The meeting ends at %1, but the items' time allowed runs to %2: %3 min too much. "
                        "Shorten or postpone items.").replace("%1", f"{end:%H.%M}").replace("%2", f"{items_end:%H.%M}")
                .replace("%3", str(over)))
            self.time_label.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            self.time_label.setText(self.tr("The meeting ends at %1; the items end at %2.")
                                    .replace("%1", f"{end:%H.%M}").replace("%2", f"{items_end:%H.%M}"))
            self.time_label.setStyleSheet("")

    def current_row(self) -> int:
        return self.agenda_view.currentIndex().row()

    def set_save_delay(self, ms: int) -> None:
        self._item_timer.setInterval(ms)

    def save_pending(self) -> None:
        """Saves typing that waits for its timer (before a refresh, a print, leaving the page)."""
        if self._item_timer.isActive():
            self.save_item()

    def _meeting_id(self) -> int | None:
        return self.detail.meeting.id if self.detail is not None else None

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes, initiator=self if self._initiating else None)

    def _push_own_edit(self, command: ServiceCommand) -> Exception | None:
        """Saves this editor's typing as the initiator; its undo and redo later are not, and refresh the fields."""
        self._initiating = True
        try:
            return push(self._undo, command)
        finally:
            self._initiating = False

    # --- agenda --------------------------------------------------------------------------------
    def current_item_id(self) -> int | None:
        return self.agenda_model.item_id(self.agenda_view.currentIndex().row())

    def _on_agenda_current_changed(self, current: QModelIndex) -> None:
        item_id = self.agenda_model.item_id(current.row())
        if item_id is None:
            return
        if item_id != self._editing_item_id:
            self.save_item()  # what was typed into the previous item goes to that item
        self._editing_item_id = item_id
        data = self._agenda.item_input(item_id)
        self._loading_item = True
        if self.item_title_edit.text() != data.title:
            self.item_title_edit.setText(data.title)
        self.item_kind_combo.setCurrentIndex(self.item_kind_combo.findData(ItemKind(data.kind).value))
        self.item_minutes_spin.setValue(data.minutes_allowed)
        self.item_class_combo.setCurrentIndex(max(self.item_class_combo.findData(data.classification), 0))
        set_text(self.item_background_edit, data.background)
        set_text(self.item_proposal_edit, data.proposal)
        self.item_majority_check.setChecked(data.majority == "two_thirds")
        self._fill_responsible(data.responsible_id)
        self._loading_item = False
        if self._attachments is not None:
            self.attachment_model.set_rows(self._attachments.rows(item_id))
        self._show_initiatives(item_id)

    # --- the development plan: Knyt til initiativ ------------------------------------------------
    def set_plan(self, plan: PlanService) -> None:
        self._plan = plan
        self.link_initiative_button.setVisible(True)

    def _show_initiatives(self, item_id: int) -> None:
        titles = [t for _, t in self._plan.initiatives_of_item(item_id)] if self._plan is not None else []
        self.initiatives_label.setText(self.tr("Initiatives: %1").replace("%1", ", ".join(titles)) if titles else "")

    def link_initiative(self) -> None:
        """Links the chosen item to an initiative of the plan (it is then listed among its decisions)."""
        item_id = self.current_item_id()
        draft = self._plan.draft() if self._plan is not None else None
        if item_id is None or self._plan is None:
            return
        choices = [(i.id, i.title, f"{a.position}. {a.title}: {i.title}") for a in (draft.areas if draft else [])
                   for i in (draft.initiatives.get(a.id, []) if draft else [])]
        if not choices:
            prompts.info(self, self.tr("Link to initiative"), self.tr("The development plan has no initiatives yet."))
            return
        chosen = prompts.choose(self, self.tr("Link to initiative"), self.tr("The initiative this item is about:"),
                                [text for _, _, text in choices])
        if chosen is not None:
            initiative_id, title, _ = choices[chosen]
            refused(self, push(self._undo, LinkDecisionCommand(self._plan, self._publish, initiative_id, item_id,
                                                               title)))
            self._show_initiatives(item_id)

    def _clear_item_form(self) -> None:
        """No item left (the last one removed): an empty, disabled form, never one bound to a deleted row."""
        self._editing_item_id = None
        self._loading_item = True
        self.item_title_edit.clear()
        self.item_background_edit.clear()
        self.item_proposal_edit.clear()
        self._loading_item = False
        self.item_box.setEnabled(False)
        self.attachment_model.set_rows([])

    def _fill_responsible(self, responsible_id: int | None) -> None:
        """The board and substitutes, plus whoever is responsible already (perhaps a former member)."""
        self.item_responsible_combo.clear()
        self.item_responsible_combo.addItem("", None)
        if self._members is None:
            return
        ids = self._members.find_ids(MemberFilter.BOARD) + self._members.find_ids(MemberFilter.SUBSTITUTES)
        if responsible_id is not None and responsible_id not in ids:
            ids.append(responsible_id)
        for row in self._members.rows(ids):
            self.item_responsible_combo.addItem(row.name, row.id)
        self.item_responsible_combo.setCurrentIndex(max(self.item_responsible_combo.findData(responsible_id), 0))

    def item_value(self) -> ItemInput:
        return ItemInput(title=self.item_title_edit.text().strip(), kind=ItemKind(self.item_kind_combo.currentData()),
                         minutes_allowed=self.item_minutes_spin.value(),
                         background=self.item_background_edit.toPlainText(),
                         proposal=self.item_proposal_edit.toPlainText(),
                         classification=self.item_class_combo.currentData(),
                         majority="two_thirds" if self.item_majority_check.isChecked() else "simple",
                         responsible_id=self.item_responsible_combo.currentData())

    def _on_item_field_changed(self) -> None:
        # Saved a moment after typing stops, at most about a second behind, like the minutes.
        if not self._loading_item and not self._item_timer.isActive():
            self._item_timer.start()

    def save_item(self) -> None:
        self._item_timer.stop()
        item_id = self._editing_item_id
        if item_id is None or (self.detail is not None and self.detail.locked):
            return
        try:
            before = self._agenda.item_input(item_id)
        except NotFoundError:  # removed meanwhile (undo of its adding): nothing to save into
            self._editing_item_id = None
            return
        after = self.item_value()
        if after != before:
            refused(self, self._push_own_edit(EditAgendaItemCommand(self._agenda, self._publish, item_id, before,
                                                                    after)))

    def _on_add_attachment(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self._attachments is None:
            return
        path = prompts.open_file(self, self.tr("Attach a file"), self.tr("All files (*)"))
        if path is None:
            return
        refused(self, push(self._undo, AttachFileCommand(self._attachments, self._publish, item_id, path)))
        self.attachment_model.set_rows(self._attachments.rows(item_id))

    def _selected_attachment(self) -> AttachmentRow | None:
        row = self.attachment_view.currentIndex().row()
        return self.attachment_model.rows[row] if 0 <= row < len(self.attachment_model.rows) else None

    def _on_open_attachment(self) -> None:
        chosen = self._selected_attachment()
        if chosen is None or self._attachments is None:
            return
        folder = Path(tempfile.gettempdir()) / "lokalraad-bilag"
        folder.mkdir(exist_ok=True)
        copy = self._attachments.save_copy(chosen.id, folder)
        if not QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(copy))):
            prompts.error(self, self.tr("Cannot open"),
                          self.tr("No program on this computer opens %1. A copy is in %2.")
                          .replace("%1", chosen.file_name).replace("%2", str(copy)))

    def _on_remove_attachment(self) -> None:
        chosen, item_id = self._selected_attachment(), self.current_item_id()
        if chosen is None or item_id is None or self._attachments is None:
            return
        if prompts.confirm(self, self.tr("Remove attachment"),
                           self.tr("Remove %1 from the item?").replace("%1", chosen.file_name), self.tr("Remove")):
            command = RemoveAttachmentCommand(self._attachments, self._publish, chosen.id, chosen.file_name)
            refused(self, push(self._undo, command))
            self.attachment_model.set_rows(self._attachments.rows(item_id))

    def _on_request(self) -> None:
        """An administrative question becomes a request followed until the municipality answers."""
        item_id = self.current_item_id()
        if item_id is None or self._requests is None:
            return
        self.save_item()
        if not refused(self, push(self._undo, TrackRequestCommand(self._requests, self._publish, item_id))):
            prompts.info(self, self.tr("Request"), self.tr("The question is now followed under Requests to the "
                                                           "municipality until it is answered."))

    def _on_add_item(self) -> None:
        title = prompts.get_text(self, self.tr("Add agenda item"), self.tr("Title of the new item:"))
        meeting_id = self._meeting_id()
        if not title or not title.strip() or meeting_id is None:
            return
        command = AddAgendaItemCommand(self._agenda, self._publish, meeting_id, ItemInput(title=title.strip()))
        if not refused(self, push(self._undo, command)) and command.record_id is not None:
            self._select_item(command.record_id)

    def _on_delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.detail is None:
            return
        title = self.item_title_edit.text()
        if prompts.confirm(self, self.tr("Remove agenda item"),
                           self.tr("Remove “%1” from the agenda? You can undo this with Ctrl+Z.")
                           .replace("%1", title),
                           self.tr("Remove")):
            refused(self, push(self._undo, RemoveAgendaItemCommand(self._agenda, self._publish, item_id, title)))

    def _on_move(self, step: int) -> None:
        item_id = self.current_item_id()
        row = self.agenda_view.currentIndex().row()
        if item_id is None or not 0 <= row + step < self.agenda_model.rowCount():
            return
        command = MoveAgendaItemCommand(self._agenda, self._publish, item_id, row + 1 + step,
                                        self.item_title_edit.text())
        if not refused(self, push(self._undo, command)):
            self._select_item(item_id)

    def _on_move_requested(self, item_id: int, position: int) -> None:
        title = next((i.title for i in self.detail.items if i.id == item_id), "") if self.detail else ""
        command = MoveAgendaItemCommand(self._agenda, self._publish, item_id, position, title)
        if not refused(self, push(self._undo, command)):
            self._select_item(item_id)

    def _select_item(self, item_id: int) -> None:
        assert self.detail is not None
        for row, item in enumerate(self.detail.items):
            if item.id == item_id:
                self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

