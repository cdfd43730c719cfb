"""Undo commands of the member register; each redo/undo calls the service, never a widget."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.members import MemberService, PersonInput
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, EditCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class AddPersonCommand(AddCommand):
    def __init__(self, service: MemberService, publish: Publish, data: PersonInput) -> None:
        super().__init__(translate("MemberCommands", "Add %1").replace("%1", data.name), publish,
                         lambda: service.add(data), service.delete, service.restore)


class EditPersonCommand(EditCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, before: PersonInput,
                 after: PersonInput) -> None:
        super().__init__(translate("MemberCommands", "Edit %1").replace("%1", after.name), publish,
                         person_id, before, after, service.update)


class RemovePersonCommand(DeleteCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, name: str) -> None:
        super().__init__(translate("MemberCommands", "Delete %1").replace("%1", name), publish, person_id,
                         service.delete, service.restore)


class EndTermCommand(ServiceCommand):
    def __init__(self, service: MemberService, publish: Publish, person_id: int, on: date, name: str) -> None:
        super().__init__(translate("MemberCommands", "End term of %1").replace("%1", name), publish)
        self._service, self._id, self._on = service, person_id, on
        self._term_from: date | None = None
        self._previous: date | None = None

    def _do(self) -> frozenset[str]:
        self._term_from, self._previous, changes = self._service.end_term(self._id, self._on)
        return changes

    def _undo(self) -> frozenset[str]:
        assert self._term_from is not None
        return self._service.set_term_end(self._id, self._term_from, self._previous)


class SetConsentCommand(ServiceCommand):
    """Records what a person consented to; undo puts back the consent (and its time) they had."""

    def __init__(self, service: MemberService, publish: Publish, person_id: int, name: str, purpose: str,
                 before: tuple[str, datetime | None]) -> None:
        super().__init__(translate("MemberCommands", "Consent of %1").replace("%1", name), publish)
        self._service, self._id, self._purpose, self._before = service, person_id, purpose, before

    def _do(self) -> frozenset[str]:
        return self._service.set_consent(self._id, self._purpose)

    def _undo(self) -> frozenset[str]:
        return self._service.set_consent(self._id, *self._before)
