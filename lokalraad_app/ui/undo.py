"""The base of every undo command: redo/undo call a service and publish what changed."""

from __future__ import annotations

from collections.abc import Callable

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
