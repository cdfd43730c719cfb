"""The base of every undo command: redo/undo call a service and publish what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtGui

from lokalraad_app.services.errors import NotFoundError, ValidationError

Publish = Callable[[frozenset[str]], None]
Action = Callable[[], frozenset[str]]


class ServiceCommand(QtGui.QUndoCommand):
    """Runs `do` on redo and `undo` on undo; each calls a service and returns its change set.

    A service that refuses (ValidationError) on the first redo makes the command obsolete, so
    QUndoStack.push() drops it; the caller reads `error` and tells the user.
    """

    def __init__(self, text: str, publish: Publish, do: Action, undo: Action) -> None:
        super().__init__(text)
        self._publish, self._do_action, self._undo_action = publish, do, undo
        self.error: ValidationError | NotFoundError | None = None

    def redo(self) -> None:
        try:
            self._publish(self._do_action())
        except (ValidationError, NotFoundError) as e:
            self.error = e
            self.setObsolete(True)

    def undo(self) -> None:
        try:
            self._publish(self._undo_action())
        except (ValidationError, NotFoundError) as e:
            self.error = e
            self.setObsolete(True)


def push(stack: QtGui.QUndoStack, command: ServiceCommand) -> ValidationError | NotFoundError | None:
    """Pushes and returns the refusal, if any (the command is then not on the stack)."""
    stack.push(command)
    return command.error


class AddCommand(ServiceCommand):
    """Creates a record; undo deletes it keeping a snapshot, redo puts the very same record back."""

    def __init__(self, text: str, publish: Publish, create: Callable[[], tuple[int, frozenset[str]]],
                 delete: Callable[[int], tuple[Any, frozenset[str]]],
                 restore: Callable[[Any], tuple[int, frozenset[str]]]) -> None:
        super().__init__(text, publish, self._redo, self._undo)
        self._create, self._delete, self._restore = create, delete, restore
        self._snapshot: Any = None
        self.record_id: int | None = None

    def _redo(self) -> frozenset[str]:
        if self._snapshot is None:
            self.record_id, changes = self._create()
        else:
            self.record_id, changes = self._restore(self._snapshot)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self.record_id is not None
        self._snapshot, changes = self._delete(self.record_id)
        return changes


class DeleteCommand(ServiceCommand):
    """Deletes a record keeping a snapshot; undo puts it back (same id)."""

    def __init__(self, text: str, publish: Publish, record_id: int,
                 delete: Callable[[int], tuple[Any, frozenset[str]]],
                 restore: Callable[[Any], tuple[int, frozenset[str]]]) -> None:
        super().__init__(text, publish, self._redo, self._undo)
        self._id, self._delete, self._restore = record_id, delete, restore
        self._snapshot: Any = None

    def _redo(self) -> frozenset[str]:
        self._snapshot, changes = self._delete(self._id)
        return changes

    def _undo(self) -> frozenset[str]:
        self._id, changes = self._restore(self._snapshot)
        return changes


def run(stack: QtGui.QUndoStack, text: str, publish: Publish, do: Action, undo: Action) -> Exception | None:
    """Does an edit as an undoable command; returns the refusal, if any."""
    return push(stack, ServiceCommand(text, publish, do, undo))
