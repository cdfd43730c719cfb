"""The one place where a service's change set is broadcast to every view that shows it."""

from __future__ import annotations

from PySide6 import QtCore


class Events(QtCore.QObject):
    """Views connect to `changed` and refresh only if their part of the file is in the set.

    The second argument is the view whose own edit made the change (as Anki's OpChanges handler),
    or None (undo, redo, another view). A view that is the initiator already shows the new text:
    it must not reload its fields, which would reset the cursor under the secretary's fingers.
    Slots taking only the change set may ignore it.
    """

    changed = QtCore.Signal(frozenset, object)

    def publish(self, changes: frozenset[str], initiator: object | None = None) -> None:
        if changes:
            self.changed.emit(frozenset(changes), initiator)
