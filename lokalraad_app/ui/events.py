"""The one place where a service's change set is broadcast to every view that shows it."""

from __future__ import annotations

from PySide6 import QtCore


class Events(QtCore.QObject):
    """Views connect to `changed` and refresh only if their part of the file is in the set."""

    changed = QtCore.Signal(frozenset)

    def publish(self, changes: frozenset[str]) -> None:
        if changes:
            self.changed.emit(frozenset(changes))
