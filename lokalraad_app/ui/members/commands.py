"""Undo commands of the member register; each redo/undo calls the service, never a widget."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.members import MemberService, PersonInput, PersonSnapshot
from lokalraad_app.ui.undo import Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddPersonCommand(ServiceCommand):
    def __init__(self, service: MemberService, publish: Publish, data: PersonInput) -> None:
        super().__init__(translate("MemberCommands", "Add %1").replace("%1", data.name), publish, self._redo, self._undo)
        self._service, self._data = service, data
        self._snapshot: PersonSnapshot | None = None
        self.person_id: int | None = None

    def _redo(self) -> frozenset[str]:
        if self._snapshot is None:
            self.person_id, changes = self._service.add(self._data)
        else:  # redo after undo brings back the very same record (same id and uuid)
            self.person_id, changes = self._service.restore(self._snapshot)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self.person_id is not None
        self._snapshot, changes = self._service.delete(self.person_id)
        return changes


class EditPersonCommand(ServiceCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, before: PersonInput,
                 after: PersonInput) -> None:
        super().__init__(translate("MemberCommands", "Edit %1").replace("%1", after.name), publish, self._redo, self._undo)
        self._service, self._id, self._before, self._after = service, person_id, before, after

    def _redo(self) -> frozenset[str]:
        return self._service.update(self._id, self._after)

    def _undo(self) -> frozenset[str]:
        return self._service.update(self._id, self._before)


class DeletePersonCommand(ServiceCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, name: str) -> None:
        super().__init__(translate("MemberCommands", "Delete %1").replace("%1", name), publish, self._redo, self._undo)
        self._service, self._id = service, person_id
        self._snapshot: PersonSnapshot | None = None

    def _redo(self) -> frozenset[str]:
        self._snapshot, changes = self._service.delete(self._id)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self._snapshot is not None
        self._id, changes = self._service.restore(self._snapshot)
        return changes


class EndTermCommand(ServiceCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, on: date, name: str) -> None:
        super().__init__(translate("MemberCommands", "End term of %1").replace("%1", name), publish, self._redo, self._undo)
        self._service, self._id, self._on = service, person_id, on
        self._term_from: date | None = None
        self._previous: date | None = None

    def _redo(self) -> frozenset[str]:
        self._term_from, self._previous, changes = self._service.end_term(self._id, self._on)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self._term_from is not None
        return self._service.set_term_end(self._id, self._term_from, self._previous)
