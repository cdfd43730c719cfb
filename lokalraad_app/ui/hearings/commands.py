"""Undo commands for hearings, one per use case; each redo/undo calls HearingService."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lokalraad_app.domain.enums import HearingStatus
from lokalraad_app.services.hearings import HearingInput, HearingService
from lokalraad_app.ui.undo import AddCommand, AutosaveCommand, DeleteCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddHearingCommand(AddCommand):
    def __init__(self, service: HearingService, publish: Publish, data: HearingInput) -> None:
        super().__init__(translate("HearingCommands", "New hearing %1").replace("%1", data.title), publish,
                         lambda: service.create(data), service.delete, service.restore)


class DeleteHearingCommand(DeleteCommand):
    def __init__(self, service: HearingService, publish: Publish, hearing_id: int, title: str) -> None:
        super().__init__(translate("HearingCommands", "Delete %1").replace("%1", title), publish, hearing_id,
                         service.delete, service.restore)


class EditHearingCommand(AutosaveCommand):
    def __init__(self, service: HearingService, publish: Publish, hearing_id: int, before: HearingInput,
                 after: HearingInput) -> None:
        super().__init__(translate("HearingCommands", "Change %1").replace("%1", after.title), publish,
                         hearing_id, before, after, service.update)

    def id(self) -> int:
        return 21


class LinkDecisionCommand(ServiceCommand):
    """Links the board decision the response rests on (or unlinks it, with None)."""

    def __init__(self, service: HearingService, publish: Publish, hearing_id: int, agenda_item_id: int | None) -> None:
        text = (translate("HearingCommands", "Link the board's decision") if agenda_item_id is not None
                else translate("HearingCommands", "Unlink the board's decision"))
        super().__init__(text, publish)
        self._service, self._id, self._item = service, hearing_id, agenda_item_id
        self._before: int | None = None

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.link_decision(self._id, self._item)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.link_decision(self._id, self._before)[1]


class SetHearingStatusCommand(ServiceCommand):
    """Marks a hearing answered (sent), not answered, or open again; undo gives back the status it had."""

    def __init__(self, service: HearingService, publish: Publish, hearing_id: int, title: str,
                 status: HearingStatus, on: date | None = None) -> None:
        text = {HearingStatus.ANSWERED: translate("HearingCommands", "Mark %1 answered"),
                HearingStatus.SKIPPED: translate("HearingCommands", "Mark %1 not answered"),
                HearingStatus.OPEN: translate("HearingCommands", "Reopen %1")}[status]
        super().__init__(text.replace("%1", title), publish)
        self._service, self._id, self._status, self._on = service, hearing_id, status, on
        self._before: tuple[HearingStatus, date | None] = (HearingStatus.OPEN, None)

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.set_status(self._id, self._status, self._on)
        return changes

    def _undo(self) -> frozenset[str]:
        status, on = self._before
        return self._service.set_status(self._id, status, on)[1]
