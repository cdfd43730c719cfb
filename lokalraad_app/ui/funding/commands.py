"""Undo commands for funding applications, one per use case; each redo/undo calls FundingService."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lokalraad_app.services.funding import FundingInput, FundingService
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddApplicationCommand(AddCommand):
    def __init__(self, service: FundingService, publish: Publish, data: FundingInput) -> None:
        super().__init__(translate("FundingCommands", "New application to %1").replace("%1", data.fund), publish,
                         lambda: service.create(data), service.delete, service.restore)


class DeleteApplicationCommand(DeleteCommand):
    def __init__(self, service: FundingService, publish: Publish, application_id: int, fund: str) -> None:
        super().__init__(translate("FundingCommands", "Delete the application to %1").replace("%1", fund), publish,
                         application_id, service.delete, service.restore)


class EditApplicationCommand(ServiceCommand):
    """An autosave of the application's fields; saves in quick succession on the same one become one step."""

    MERGE_SECONDS = 3.0

    def __init__(self, service: FundingService, publish: Publish, application_id: int, before: FundingInput,
                 after: FundingInput) -> None:
        super().__init__(translate("FundingCommands", "Change the application to %1").replace("%1", after.fund),
                         publish)
        self._service, self._id, self._before, self._after = service, application_id, before, after
        self._saved_at = time.monotonic()

    def id(self) -> int:
        return 31  # any constant of its own: QUndoStack offers mergeWith only to commands of the same id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EditApplicationCommand) or other._id != self._id or other.error is not None
                or other._saved_at - self._saved_at > self.MERGE_SECONDS
                or not self._before.status == self._after.status == other._after.status):  # a status: its own step
            return False
        self._after, self._saved_at = other._after, other._saved_at
        self.setText(other.text())
        self.setObsolete(self._after == self._before)
        return True

    def _do(self) -> frozenset[str]:
        return self._service.update(self._id, self._after)

    def _undo(self) -> frozenset[str]:
        return self._service.update(self._id, self._before)
