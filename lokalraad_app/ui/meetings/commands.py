"""Undo commands for meetings and agendas, one per use case; each redo/undo calls a service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.meeting_records import Removed
from lokalraad_app.services.meetings import MeetingInput, MeetingService
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddMeetingCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, data: MeetingInput, with_template: bool,
                 previous_id: int | None = None) -> None:
        super().__init__(translate("MeetingCommands", "Plan %1").replace("%1", data.title), publish)
        self._service, self._data, self._template = service, data, with_template
        self._previous = previous_id  # made from this meeting: open actions and postponed items come along
        self._removed: Removed | None = None
        self.meeting_id: int | None = None

    def _do(self) -> frozenset[str]:
        if self._removed is not None:  # redo: the very meeting undo took away, with all added to it since
            self.meeting_id, changes = self._service.restore(self._removed)
        elif self._previous is not None:
            self.meeting_id, changes = self._service.create_next(self._previous, self._data)
        else:
            self.meeting_id, changes = self._service.create(self._data, self._template)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self.meeting_id is not None
        self._removed, changes = self._service.delete(self.meeting_id)
        return changes


class AddSeriesCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, data: MeetingInput, with_template: bool,
                 repeat: tuple[str, int, int | None, date]) -> None:
        super().__init__(translate("MeetingCommands", "Plan the series %1").replace("%1", data.title), publish)
        self._service, self._data, self._template, self._repeat = service, data, with_template, repeat
        self._removed: list[Removed] = []
        self.meeting_ids: list[int] = []

    def _do(self) -> frozenset[str]:
        if self._removed:
            self.meeting_ids = [self._service.restore(removed)[0] for removed in self._removed]
            return frozenset({"meetings", "actions", "requests"})
        frequency, interval, nth, until = self._repeat
        self.meeting_ids, changes = self._service.create_series(self._data, frequency, until, interval, nth,
                                                                self._template)
        return changes

    def _undo(self) -> frozenset[str]:
        self._removed = [self._service.delete(mid)[0] for mid in self.meeting_ids]
        return frozenset({"meetings", "actions", "requests"})


class EditMeetingCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, meeting_id: int, before: MeetingInput,
                 after: MeetingInput) -> None:
        super().__init__(translate("MeetingCommands", "Change %1").replace("%1", after.title), publish)
        self._service, self._id, self._before, self._after = service, meeting_id, before, after

    def _do(self) -> frozenset[str]:
        return self._service.update(self._id, self._after)

    def _undo(self) -> frozenset[str]:
        return self._service.update(self._id, self._before)


class RemoveMeetingCommand(DeleteCommand):
    """Deletes a meeting with its agenda, attachments, participants and minutes; undo puts all of it back."""

    def __init__(self, service: MeetingService, publish: Publish, meeting_id: int, title: str) -> None:
        super().__init__(translate("MeetingCommands", "Delete %1").replace("%1", title), publish, meeting_id,
                         service.delete, service.restore)


class AddAgendaItemCommand(AddCommand):
    """Adds an item; undo takes it away with all added to it since (attachments, links), redo puts that back."""

    def __init__(self, service: AgendaService, publish: Publish, meeting_id: int, data: ItemInput) -> None:
        super().__init__(translate("MeetingCommands", "Add item %1").replace("%1", data.title), publish,
                         lambda: service.add_item(meeting_id, data), service.delete_item, service.restore_item)


class RemoveAgendaItemCommand(DeleteCommand):
    """Deletes an item with its attachments, unlinking its action items and requests; undo puts all of it back."""

    def __init__(self, service: AgendaService, publish: Publish, item_id: int, title: str) -> None:
        super().__init__(translate("MeetingCommands", "Delete item %1").replace("%1", title), publish, item_id,
                         service.delete_item, service.restore_item)


class EditAgendaItemCommand(ServiceCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, before: ItemInput,
                 after: ItemInput) -> None:
        super().__init__(translate("MeetingCommands", "Change item %1").replace("%1", after.title), publish)
        self._service, self._id, self._before, self._after = service, item_id, before, after

    def _do(self) -> frozenset[str]:
        return self._service.update_item(self._id, self._after)

    def _undo(self) -> frozenset[str]:
        return self._service.update_item(self._id, self._before)


class MoveAgendaItemCommand(ServiceCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, position: int, title: str) -> None:
        super().__init__(translate("MeetingCommands", "Move %1").replace("%1", title), publish)
        self._service, self._id, self._to = service, item_id, position
        self._from = position

    def _do(self) -> frozenset[str]:
        self._from, changes = self._service.move_item(self._id, self._to)
        return changes

    def _undo(self) -> frozenset[str]:
        _, changes = self._service.move_item(self._id, self._from)
        return changes
