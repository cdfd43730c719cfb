"""Undo commands for meetings and agendas; each redo/undo calls the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.meetings import MeetingInput, MeetingService, MeetingSnapshot
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddMeetingCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, data: MeetingInput, with_template: bool,
                 previous_id: int | None = None) -> None:
        super().__init__(translate("MeetingCommands", "Plan %1").replace("%1", data.title), publish,
                         self._redo, self._undo)
        self._service, self._data, self._template = service, data, with_template
        self._previous = previous_id  # made from this meeting: open actions and postponed items come along
        self._snapshot: MeetingSnapshot | None = None
        self.meeting_id: int | None = None

    def _redo(self) -> frozenset[str]:
        if self._snapshot is not None:
            self.meeting_id, changes = self._service.restore(self._snapshot)
        elif self._previous is not None:
            self.meeting_id, changes = self._service.create_next(self._previous, self._data)
        else:
            self.meeting_id, changes = self._service.create(self._data, self._template)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self.meeting_id is not None
        self._snapshot, changes = self._service.delete(self.meeting_id)
        return changes


def delete_meeting_command(service: MeetingService, publish: Publish, meeting_id: int, title: str) -> DeleteCommand:
    return DeleteCommand(translate("MeetingCommands", "Delete %1").replace("%1", title), publish, meeting_id,
                         service.delete, service.restore)


class EditMeetingCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, meeting_id: int, before: MeetingInput,
                 after: MeetingInput) -> None:
        super().__init__(translate("MeetingCommands", "Change %1").replace("%1", after.title), publish,
                         lambda: service.update(meeting_id, after), lambda: service.update(meeting_id, before))


def add_item_command(service: AgendaService, publish: Publish, meeting_id: int, data: ItemInput) -> AddCommand:
    return AddCommand(translate("MeetingCommands", "Add item %1").replace("%1", data.title), publish,
                      lambda: service.add_item(meeting_id, data), service.delete_item, service.restore_item)


def delete_item_command(service: AgendaService, publish: Publish, item_id: int, title: str) -> DeleteCommand:
    return DeleteCommand(translate("MeetingCommands", "Delete item %1").replace("%1", title), publish, item_id,
                         service.delete_item, service.restore_item)


class MoveItemCommand(ServiceCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, position: int, title: str) -> None:
        super().__init__(translate("MeetingCommands", "Move %1").replace("%1", title), publish,
                         self._redo, self._undo)
        self._service, self._id, self._to = service, item_id, position
        self._from = position

    def _redo(self) -> frozenset[str]:
        self._from, changes = self._service.move_item(self._id, self._to)
        return changes

    def _undo(self) -> frozenset[str]:
        _, changes = self._service.move_item(self._id, self._from)
        return changes


class AddSeriesCommand(ServiceCommand):
    def __init__(self, service: MeetingService, publish: Publish, data: MeetingInput, with_template: bool,
                 repeat: tuple[str, int, int | None, date]) -> None:
        super().__init__(translate("MeetingCommands", "Plan the series %1").replace("%1", data.title), publish,
                         self._redo, self._undo)
        self._service, self._data, self._template, self._repeat = service, data, with_template, repeat
        self._snapshots: list[MeetingSnapshot] = []
        self.meeting_ids: list[int] = []

    def _redo(self) -> frozenset[str]:
        if self._snapshots:
            self.meeting_ids = [self._service.restore(snap)[0] for snap in self._snapshots]
            return frozenset({"meetings"})
        frequency, interval, nth, until = self._repeat
        self.meeting_ids, changes = self._service.create_series(self._data, frequency, until, interval, nth,
                                                                self._template)
        return changes

    def _undo(self) -> frozenset[str]:
        self._snapshots = [self._service.delete(mid)[0] for mid in self.meeting_ids]
        return frozenset({"meetings"})


class EditItemCommand(ServiceCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, before: ItemInput,
                 after: ItemInput) -> None:
        super().__init__(translate("MeetingCommands", "Change item %1").replace("%1", after.title), publish,
                         lambda: service.update_item(item_id, after), lambda: service.update_item(item_id, before))
