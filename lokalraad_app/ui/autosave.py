"""What a page that edits one record beside its table shares: typing saved a moment after it stops (as an
undoable step whose view is the initiator), nothing lost when leaving the page, and date fields that keep
what cannot be saved for the secretary to put right."""

from __future__ import annotations

from datetime import date

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.ui.date_field import DateField
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused
from lokalraad_app.ui.undo import ServiceCommand, push


class AutosavePage(QtWidgets.QWidget):
    """Subclasses define save(), connect their fields' change signals to _on_field_changed, and set
    _loading while they fill the fields from the file."""

    def __init__(self, events: Events, undo_stack: QtGui.QUndoStack, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._events, self._undo = events, undo_stack
        self._initiating = False  # True while this page's own typing is being saved
        self._loading = False
        self._timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

    def save(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define save")

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
