"""Undo commands for the development plan, one per use case; each redo/undo calls PlanService."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lokalraad_app.services.plan import AreaInput, InitiativeInput, PlanInput, PlanService
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

MERGE_SECONDS = 3.0  # saves of one field set within this become one step: Undo takes back a typed sentence


class _MergingEdit(ServiceCommand):
    """An autosave of a record's fields; saves following one another on the same record merge."""

    def __init__(self, text: str, publish: Publish, record_id: int, before: Any, after: Any,
                 save: Callable[[Any], frozenset[str]]) -> None:
        super().__init__(text, publish)
        self._id, self._before, self._after, self._save = record_id, before, after, save
        self._saved_at = time.monotonic()

    def _do(self) -> frozenset[str]:
        return self._save(self._after)

    def _undo(self) -> frozenset[str]:
        return self._save(self._before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (type(other) is not type(self) or not isinstance(other, _MergingEdit) or other._id != self._id
                or other.error is not None or other._saved_at - self._saved_at > MERGE_SECONDS):
            return False
        self._after, self._saved_at = other._after, other._saved_at
        self.setText(other.text())
        self.setObsolete(self._after == self._before)  # typed and taken back: no step at all
        return True


class EditPlanCommand(_MergingEdit):
    def __init__(self, service: PlanService, publish: Publish, before: PlanInput, after: PlanInput) -> None:
        super().__init__(translate("PlanCommands", "Change the plan"), publish, 0, before, after, service.update_plan)

    def id(self) -> int:
        return 101  # QUndoStack offers mergeWith only to commands of the same id


class EditInitiativeCommand(_MergingEdit):
    def __init__(self, service: PlanService, publish: Publish, initiative_id: int, before: InitiativeInput,
                 after: InitiativeInput) -> None:
        super().__init__(translate("PlanCommands", "Change %1").replace("%1", after.title), publish, initiative_id,
                         before, after, lambda data: service.update_initiative(initiative_id, data))

    def id(self) -> int:
        return 102


class EditAreaCommand(_MergingEdit):
    def __init__(self, service: PlanService, publish: Publish, area_id: int, before: AreaInput,
                 after: AreaInput) -> None:
        super().__init__(translate("PlanCommands", "Change %1").replace("%1", after.title), publish, area_id,
                         before, after, lambda data: service.update_area(area_id, data))

    def id(self) -> int:
        return 103


class AddAreaCommand(AddCommand):
    def __init__(self, service: PlanService, publish: Publish, data: AreaInput) -> None:
        super().__init__(translate("PlanCommands", "Add focus area %1").replace("%1", data.title), publish,
                         lambda: service.add_area(data), service.delete_area, service.restore_area)


class RemoveAreaCommand(DeleteCommand):
    """Deletes a focus area with its initiatives and their decisions' links; undo puts all of it back."""

    def __init__(self, service: PlanService, publish: Publish, area_id: int, title: str) -> None:
        super().__init__(translate("PlanCommands", "Delete focus area %1").replace("%1", title), publish, area_id,
                         service.delete_area, service.restore_area)


class AddInitiativeCommand(AddCommand):
    def __init__(self, service: PlanService, publish: Publish, area_id: int, data: InitiativeInput) -> None:
        super().__init__(translate("PlanCommands", "Add initiative %1").replace("%1", data.title), publish,
                         lambda: service.add_initiative(area_id, data), service.delete_initiative,
                         service.restore_initiative)


class RemoveInitiativeCommand(DeleteCommand):
    def __init__(self, service: PlanService, publish: Publish, initiative_id: int, title: str) -> None:
        super().__init__(translate("PlanCommands", "Delete initiative %1").replace("%1", title), publish,
                         initiative_id, service.delete_initiative, service.restore_initiative)


class MoveAreaCommand(ServiceCommand):
    def __init__(self, service: PlanService, publish: Publish, area_id: int, position: int, title: str) -> None:
        super().__init__(translate("PlanCommands", "Move %1").replace("%1", title), publish)
        self._service, self._id, self._to, self._from = service, area_id, position, position

    def _do(self) -> frozenset[str]:
        self._from, changes = self._service.move_area(self._id, self._to)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.move_area(self._id, self._from)[1]


class MoveInitiativeCommand(ServiceCommand):
    """Moves an initiative to another focus area."""

    def __init__(self, service: PlanService, publish: Publish, initiative_id: int, area_id: int, title: str) -> None:
        super().__init__(translate("PlanCommands", "Move %1").replace("%1", title), publish)
        self._service, self._id, self._to, self._from = service, initiative_id, area_id, area_id

    def _do(self) -> frozenset[str]:
        self._from, changes = self._service.move_initiative(self._id, self._to)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.move_initiative(self._id, self._from)[1]


class LinkDecisionCommand(ServiceCommand):
    """Knyt til initiativ: an agenda item becomes one of the initiative's decisions."""

    def __init__(self, service: PlanService, publish: Publish, initiative_id: int, agenda_item_id: int,
                 title: str) -> None:
        super().__init__(translate("PlanCommands", "Link to %1").replace("%1", title), publish)
        self._service, self._initiative, self._item = service, initiative_id, agenda_item_id

    def _do(self) -> frozenset[str]:
        return self._service.link_decision(self._initiative, self._item)

    def _undo(self) -> frozenset[str]:
        return self._service.unlink_decision(self._initiative, self._item)


class UnlinkDecisionCommand(ServiceCommand):
    def __init__(self, service: PlanService, publish: Publish, initiative_id: int, agenda_item_id: int,
                 title: str) -> None:
        super().__init__(translate("PlanCommands", "Unlink %1").replace("%1", title), publish)
        self._service, self._initiative, self._item = service, initiative_id, agenda_item_id

    def _do(self) -> frozenset[str]:
        return self._service.unlink_decision(self._initiative, self._item)

    def _undo(self) -> frozenset[str]:
        return self._service.link_decision(self._initiative, self._item)
