"""The one base of every undo command: redo/undo call a service and publish what changed; a step the
service refuses is told to the user and dropped, never retried in a loop."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.ui.refusals import refusal_message

Publish = Callable[[frozenset[str]], None]
Action = Callable[[], frozenset[str]]
Refusal = ValidationError | NotFoundError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def refusal_text(step: str, error: Refusal, undoing: bool) -> str:
    """Why an undo or redo of `step` could not be done, in the user's words."""
    if isinstance(error, NotFoundError):
        reason = translate("Undo", "what it changed no longer exists.")
    elif error.code == "approved":
        reason = translate("Undo", "the minutes of that meeting are approved and locked; "
                                   "correct them with a dated amendment instead.")
    else:
        reason = refusal_message(error)
    sentence = (translate("Undo", "“%1” cannot be undone: %2") if undoing
                else translate("Undo", "“%1” cannot be redone: %2"))
    return sentence.replace("%1", step).replace("%2", reason)


class UndoStack(QtGui.QUndoStack):
    """The main window's stack; `refused` says why an undo or redo could not be done (the window shows it)."""

    refused = QtCore.Signal(str)

    def push(self, cmd: QtGui.QUndoCommand) -> None:
        if isinstance(cmd, ServiceCommand):
            cmd.stack = self
        super().push(cmd)


class ServiceCommand(QtGui.QUndoCommand):
    """Every undo command, one named subclass per use case: `_do` on redo and `_undo` on undo call a
    service and return its change set.

    A refusal (ValidationError, NotFoundError) changes nothing in the file and drops the command
    (obsolete): on the push, `error` tells the caller; on a later undo or redo the stack's `refused`
    signal tells the user and the stack goes on with the command below it.
    """

    def __init__(self, text: str, publish: Publish) -> None:
        super().__init__(text)
        self._publish = publish
        self.error: Refusal | None = None
        self.stack: UndoStack | None = None
        self._pushed = False

    # Abstract: every named command defines both (abc's metaclass cannot be mixed with QUndoCommand's;
    # tests/test_undo.py::test_every_command_says_how_to_do_and_undo_it checks each subclass does).
    def _do(self) -> frozenset[str]:
        raise NotImplementedError(f"{type(self).__name__} must define _do")

    def _undo(self) -> frozenset[str]:
        raise NotImplementedError(f"{type(self).__name__} must define _undo")

    def redo(self) -> None:
        self._run(self._do, undoing=False)

    def undo(self) -> None:
        self._run(self._undo, undoing=True)

    def _run(self, action: Action, undoing: bool) -> None:
        first, self._pushed = not self._pushed, True
        try:
            changes = action()
        except (ValidationError, NotFoundError) as e:
            self.error = e
            self.setObsolete(True)  # QUndoStack drops it: the file still is as the step left it
            if not first and self.stack is not None:
                self.stack.refused.emit(refusal_text(self.text(), e, undoing))
            return
        self._publish(changes)  # outside the try: a view failing to refresh is no refusal of the step


def push(stack: QtGui.QUndoStack, command: ServiceCommand) -> Refusal | None:
    """Pushes and returns the refusal, if any (the command is then not on the stack)."""
    stack.push(command)
    return command.error


class AddCommand(ServiceCommand):
    """Creates a record; undo deletes it keeping what it removed, redo puts the very same record back."""

    def __init__(self, text: str, publish: Publish, create: Callable[[], tuple[int, frozenset[str]]],
                 delete: Callable[[int], tuple[Any, frozenset[str]]],
                 restore: Callable[[Any], tuple[int, frozenset[str]]]) -> None:
        super().__init__(text, publish)
        self._create, self._delete, self._restore = create, delete, restore
        self._snapshot: Any = None
        self.record_id: int | None = None

    def _do(self) -> frozenset[str]:
        if self._snapshot is None:
            self.record_id, changes = self._create()
        else:
            self.record_id, changes = self._restore(self._snapshot)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self.record_id is not None
        self._snapshot, changes = self._delete(self.record_id)
        return changes


class EditCommand(ServiceCommand):
    """Changes a record's fields from `before` to `after` with `update(record_id, data)`; undo puts `before` back."""

    def __init__(self, text: str, publish: Publish, record_id: int, before: Any, after: Any,
                 update: Callable[[int, Any], frozenset[str]]) -> None:
        super().__init__(text, publish)
        self._id, self._before, self._after, self._update = record_id, before, after, update

    def _do(self) -> frozenset[str]:
        return self._update(self._id, self._after)

    def _undo(self) -> frozenset[str]:
        return self._update(self._id, self._before)


class AutosaveCommand(EditCommand):
    """An autosave of a record's fields. Saves that follow one another on the same record within
    MERGE_SECONDS become one step, so Undo takes back a typed sentence, not its last second. Subclasses
    give id() a constant of their own: QUndoStack offers mergeWith only to commands of the same id."""

    MERGE_SECONDS = 3.0

    def __init__(self, text: str, publish: Publish, record_id: int, before: Any, after: Any,
                 update: Callable[[int, Any], frozenset[str]]) -> None:
        super().__init__(text, publish, record_id, before, after, update)
        self._saved_at = time.monotonic()

    def merges_with(self, other: AutosaveCommand) -> bool:
        """Whether a save of the same record in time may join this step (a subclass may say no)."""
        return True

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        if (type(other) is not type(self) or not isinstance(other, AutosaveCommand) or other._id != self._id
                or other.error is not None or other._saved_at - self._saved_at > self.MERGE_SECONDS
                or not self.merges_with(other)):
            return False
        self._after, self._saved_at = other._after, other._saved_at
        self.setText(other.text())
        self.setObsolete(self._after == self._before)  # typed and taken back: no step at all
        return True


class DeleteCommand(ServiceCommand):
    """Deletes a record keeping all it removed; undo puts it back (same id)."""

    def __init__(self, text: str, publish: Publish, record_id: int,
                 delete: Callable[[int], tuple[Any, frozenset[str]]],
                 restore: Callable[[Any], tuple[int, frozenset[str]]]) -> None:
        super().__init__(text, publish)
        self._id, self._delete, self._restore = record_id, delete, restore
        self._snapshot: Any = None

    def _do(self) -> frozenset[str]:
        self._snapshot, changes = self._delete(self._id)
        return changes

    def _undo(self) -> frozenset[str]:
        self._id, changes = self._restore(self._snapshot)
        return changes

