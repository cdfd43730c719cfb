"""Undo commands for funding applications, one per use case; each redo/undo calls FundingService."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.funding import FundingInput, FundingService
from lokalraad_app.ui.undo import AddCommand, AutosaveCommand, DeleteCommand, Publish

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddApplicationCommand(AddCommand):
    def __init__(self, service: FundingService, publish: Publish, data: FundingInput) -> None:
        super().__init__(translate("FundingCommands", "New application to %1").replace("%1", data.fund), publish,
                         lambda: service.create(data), service.delete, service.restore)


class DeleteApplicationCommand(DeleteCommand):
    def __init__(self, service: FundingService, publish: Publish, application_id: int, fund: str) -> None:
        super().__init__(translate("FundingCommands", "Delete the application to %1").replace("%1", fund), publish,
                         application_id, service.delete, service.restore)


class EditApplicationCommand(AutosaveCommand):
    def __init__(self, service: FundingService, publish: Publish, application_id: int, before: FundingInput,
                 after: FundingInput) -> None:
        super().__init__(translate("FundingCommands", "Change the application to %1").replace("%1", after.fund),
                         publish, application_id, before, after, service.update)

    def id(self) -> int:
        return 31

    def merges_with(self, other: AutosaveCommand) -> bool:
        return self._before.status == self._after.status == other._after.status  # a status: its own step
