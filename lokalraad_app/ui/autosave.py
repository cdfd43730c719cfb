"""What a page that edits one record beside its table shares: typing saved a moment after it stops (as an
undoable step whose view is the initiator), nothing lost when leaving the page, and date fields that keep
what cannot be saved for the secretary to put right."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex

from lokalraad_app.services.errors import NotFoundError
from lokalraad_app.ui.date_field import DateField
from lokalraad_app.ui.deadlines import RED, DeadlineTableModel
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused
from lokalraad_app.ui.undo import AddCommand, ServiceCommand, push


class AutosavePage(QtWidgets.QWidget):
    """Subclasses set `model` and `table`, put `warning_label` and `error_label` in their form, connect
    their fields' change signals to _on_field_changed, and define _fill, _stored, form_value and
    _edit_command."""

    model: DeadlineTableModel
    table: QtWidgets.QTableView

    def __init__(self, events: Events, undo_stack: QtGui.QUndoStack, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._events, self._undo = events, undo_stack
        self._editing_id: int | None = None
        self._initiating = False  # True while this page's own typing is being saved
        self._loading = False
        self._timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.warning_label = QtWidgets.QLabel()  # how near the deadline is
        self.warning_label.setWordWrap(True)
        self.error_label = QtWidgets.QLabel()  # what was typed and not saved, and why
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.hide()

    # --- to define -----------------------------------------------------------------------------
    def _fill(self, record_id: int | None) -> None:
        """Fills the form from the file (None: empties and disables it); NotFoundError if it is gone."""
        raise NotImplementedError(f"{type(self).__name__} must define _fill")

    def _stored(self, record_id: int) -> Any:
        """The record's fields as the file holds them (what form_value compares with)."""
        raise NotImplementedError(f"{type(self).__name__} must define _stored")

    def form_value(self, before: Any) -> tuple[Any, list[str]]:
        """What the form holds; a field that cannot be saved as typed keeps its value from the file, and
        the reasons are returned to show (the typing stays in the field to be put right)."""
        raise NotImplementedError(f"{type(self).__name__} must define form_value")

    def _edit_command(self, record_id: int, before: Any, after: Any) -> ServiceCommand:
        raise NotImplementedError(f"{type(self).__name__} must define _edit_command")

    # --- shared --------------------------------------------------------------------------------
    def _beside_table(self, left: QtWidgets.QLayout, editor: QtWidgets.QWidget, sizes: list[int]) -> None:
        """The page's layout: the table's column on the left, the record's fields on the right (they
        scroll on a small screen instead of clipping)."""
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        left_widget = QtWidgets.QWidget()
        left_widget.setLayout(left)
        splitter = QtWidgets.QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(scroll)
        splitter.setSizes(sizes)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter)

    def current_id(self) -> int | None:
        return self._editing_id

    def _on_current_changed(self, current: QModelIndex) -> None:
        if not current.isValid() or not 0 <= current.row() < len(self.model.rows):
            return
        record_id = self.model.rows[current.row()].id
        if record_id != self._editing_id:
            self.save()  # what was typed into the previous record goes to that record
            self._show(record_id)

    def _show(self, record_id: int | None) -> None:
        self._editing_id = record_id
        self.error_label.hide()
        self._loading = True
        try:
            self._fill(record_id)
        except NotFoundError:
            self._editing_id = None
        finally:
            self._loading = False

    def save(self) -> None:
        self._timer.stop()
        record_id = self._editing_id
        if record_id is None:
            return
        try:
            before = self._stored(record_id)
        except NotFoundError:  # deleted meanwhile (undo of its adding): nothing to save into
            self._editing_id = None
            return
        after, problems = self.form_value(before)
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        if after != before:
            self._push_own_edit(self._edit_command(record_id, before, after))

    def _add(self, command: AddCommand, focus: QtWidgets.QWidget) -> int | None:
        """Pushes an adding command and shows the new record with `focus` focused."""
        self.save_pending()
        if refused(self, push(self._undo, command)) or command.record_id is None:
            return None
        self.select(command.record_id)
        focus.setFocus()
        return command.record_id

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def set_save_delay(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def save_pending(self) -> None:
        """Saves typing that waits for its timer (before a refresh, a print, leaving the page)."""
        if self._timer.isActive():
            self.save()

    def _on_field_changed(self) -> None:
        # Saved a moment after typing stops, at most about a second behind.
        if not self._loading and not self._timer.isActive():
            self._timer.start()

    def _publish(self, changes: frozenset[str]) -> None:
        self._events.publish(changes, initiator=self if self._initiating else None)

    def _push_own_edit(self, command: ServiceCommand) -> None:
        """Saves this page's typing as the initiator (its fields already show it); a refusal is said."""
        self._initiating = True
        try:
            refused(self, push(self._undo, command))
        finally:
            self._initiating = False

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        self.save_pending()  # leaving the page mid-sentence keeps the sentence
        super().hideEvent(event)


def show_date(field: DateField, day: date | None) -> None:
    """Shows the file's date, touching the field only if it shows something else."""
    if day is None:
        if not field.is_empty():
            field.clear()
    elif field.date() != day:
        field.set_date(day)


def typed_date(field: DateField, stored: date | None, problems: list[str]) -> date | None:
    """The date typed (None when empty); text that is no date keeps `stored` and adds why to `problems`."""
    if not field.is_empty() and field.date() is None:
        problems.append(QtCore.QCoreApplication.translate(
            "DateField", "“%1” is not a date. Write it as day.month.year, e.g. 25.03.2025.")
            .replace("%1", field.text().strip()))
        return stored
    return field.date()
