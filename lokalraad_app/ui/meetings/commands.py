"""Undo commands for meetings and agendas, one per use case; each redo/undo calls a service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from lokalraad_app.domain.enums import Answer, MinutesStatus, Presence
from lokalraad_app.services.actions import ActionInput, ActionService
from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.attachments import AttachmentService
from lokalraad_app.services.attendance import AttendanceService
from lokalraad_app.services.meeting_records import Removed
from lokalraad_app.services.meetings import MeetingInput, MeetingService
from lokalraad_app.services.minutes import MinutesService
from lokalraad_app.services.requests import RequestService
from lokalraad_app.services.signups import SignupService
from lokalraad_app.ui.undo import (
    AddCommand,
    AutosaveCommand,
    DeleteCommand,
    EditCommand,
    Publish,
    ServiceCommand,
)

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


class EditMeetingCommand(EditCommand):
    def __init__(self, service: MeetingService, publish: Publish, meeting_id: int, before: MeetingInput,
                 after: MeetingInput) -> None:
        super().__init__(translate("MeetingCommands", "Change %1").replace("%1", after.title), publish,
                         meeting_id, before, after, service.update)


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


class EditAgendaItemCommand(AutosaveCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, before: ItemInput,
                 after: ItemInput) -> None:
        super().__init__(translate("MeetingCommands", "Change item %1").replace("%1", after.title), publish,
                         item_id, before, after, service.update_item)

    def id(self) -> int:
        return 1


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


class PostponeAgendaItemCommand(ServiceCommand):
    def __init__(self, service: AgendaService, publish: Publish, item_id: int, postponed: bool) -> None:
        super().__init__(translate("MeetingCommands", "Postpone"), publish)
        self._service, self._id, self._postponed = service, item_id, postponed

    def _do(self) -> frozenset[str]:
        return self._service.set_postponed(self._id, self._postponed)

    def _undo(self) -> frozenset[str]:
        return self._service.set_postponed(self._id, not self._postponed)


class AttachFileCommand(AddCommand):
    """Copies a file into the council file as a bilag of the item; undo takes it out, redo puts the same copy back."""

    def __init__(self, service: AttachmentService, publish: Publish, item_id: int, path: Path) -> None:
        super().__init__(translate("MeetingCommands", "Attach %1").replace("%1", path.name), publish,
                         lambda: service.add(item_id, path), service.remove, service.restore)


class RemoveAttachmentCommand(DeleteCommand):
    def __init__(self, service: AttachmentService, publish: Publish, attachment_id: int, file_name: str) -> None:
        super().__init__(translate("MeetingCommands", "Remove %1").replace("%1", file_name), publish, attachment_id,
                         service.remove, service.restore)


class TrackRequestCommand(AddCommand):
    """An administrative item becomes a request to the municipality, followed until answered."""

    def __init__(self, service: RequestService, publish: Publish, item_id: int) -> None:
        super().__init__(translate("MeetingCommands", "Track as request"), publish,
                         lambda: service.from_item(item_id), service.delete, service.restore)


class AddActionItemCommand(AddCommand):
    def __init__(self, service: ActionService, publish: Publish, item_id: int, data: ActionInput) -> None:
        super().__init__(translate("MeetingCommands", "Action item %1").replace("%1", data.description), publish,
                         lambda: service.add(data, agenda_item_id=item_id), service.delete, service.restore)


Votes = tuple[int | None, int | None, int | None]  # for, against, blank


class RecordVoteCommand(ServiceCommand):
    def __init__(self, service: AttendanceService, publish: Publish, item_id: int, title: str, votes: Votes,
                 before: Votes) -> None:
        super().__init__(translate("MeetingCommands", "Vote on %1").replace("%1", title), publish)
        self._service, self._id, self._votes, self._before = service, item_id, votes, before

    def _do(self) -> frozenset[str]:
        return self._service.set_votes(self._id, *self._votes)

    def _undo(self) -> frozenset[str]:
        return self._service.set_votes(self._id, *self._before)


class SendMinutesForCommentCommand(ServiceCommand):
    """Kladde → sendt til kommentering; undo returns the minutes to the status they had."""

    def __init__(self, service: MinutesService, publish: Publish, meeting_id: int) -> None:
        super().__init__(translate("MeetingCommands", "Send for comments"), publish)
        self._service, self._id = service, meeting_id
        self._before = MinutesStatus.DRAFT

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.set_minutes_status(self._id, MinutesStatus.FOR_COMMENT)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.set_minutes_status(self._id, self._before)[1]


# --- participants -------------------------------------------------------------------------------------
class SetAnswerCommand(ServiceCommand):
    def __init__(self, service: AttendanceService, publish: Publish, row_id: int, name: str, answer: Answer,
                 before: Answer) -> None:
        super().__init__(translate("MeetingCommands", "Answer of %1").replace("%1", name), publish)
        self._service, self._id, self._answer, self._before = service, row_id, answer, before

    def _do(self) -> frozenset[str]:
        return self._service.set_answer(self._id, self._answer)

    def _undo(self) -> frozenset[str]:
        return self._service.set_answer(self._id, self._before)


class SetPresenceCommand(ServiceCommand):
    def __init__(self, service: AttendanceService, publish: Publish, row_id: int, name: str, presence: Presence,
                 before: Presence) -> None:
        super().__init__(translate("MeetingCommands", "Attendance of %1").replace("%1", name), publish)
        self._service, self._id, self._presence, self._before = service, row_id, presence, before

    def _do(self) -> frozenset[str]:
        return self._service.set_presence(self._id, self._presence)

    def _undo(self) -> frozenset[str]:
        return self._service.set_presence(self._id, self._before)


class SetSubstituteCommand(ServiceCommand):
    def __init__(self, service: AttendanceService, publish: Publish, row_id: int, name: str, member_id: int | None,
                 before: int | None) -> None:
        super().__init__(translate("MeetingCommands", "Substitute %1").replace("%1", name), publish)
        self._service, self._id, self._member, self._before = service, row_id, member_id, before

    def _do(self) -> frozenset[str]:
        return self._service.set_substitute_for(self._id, self._member)

    def _undo(self) -> frozenset[str]:
        return self._service.set_substitute_for(self._id, self._before)


class InviteBoardCommand(ServiceCommand):
    """Invites the board members not yet on the meeting; undo takes those rows off again."""

    def __init__(self, service: AttendanceService, publish: Publish, meeting_id: int) -> None:
        super().__init__(translate("MeetingCommands", "Invite the board"), publish)
        self._service, self._meeting = service, meeting_id
        self._added: list[int] = []

    def _do(self) -> frozenset[str]:
        self._added, changes = self._service.invite_board(self._meeting)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.remove_many(self._added)[1]


class InvitePersonCommand(AddCommand):
    def __init__(self, service: AttendanceService, publish: Publish, meeting_id: int, person_id: int,
                 name: str) -> None:
        super().__init__(translate("MeetingCommands", "Invite %1").replace("%1", name), publish,
                         lambda: service.add(meeting_id, person_id=person_id), service.remove, service.restore)


class InviteGuestCommand(AddCommand):
    def __init__(self, service: AttendanceService, publish: Publish, meeting_id: int, name: str, email: str) -> None:
        super().__init__(translate("MeetingCommands", "Invite %1").replace("%1", name), publish,
                         lambda: service.add(meeting_id, name=name, email=email, guest=True), service.remove,
                         service.restore)


class RemoveParticipantCommand(DeleteCommand):
    def __init__(self, service: AttendanceService, publish: Publish, row_id: int, name: str) -> None:
        super().__init__(translate("MeetingCommands", "Remove %1").replace("%1", name), publish, row_id,
                         service.remove, service.restore)


class AddSignupCommand(AddCommand):
    """A citizen signs up for a borgermøde; undo takes the sign-up off, redo puts the same one back."""

    def __init__(self, service: SignupService, publish: Publish, meeting_id: int, name: str, email: str) -> None:
        super().__init__(translate("MeetingCommands", "Sign up %1").replace("%1", name), publish,
                         lambda: service.add(meeting_id, name, email), service.remove, service.restore)


class RemoveSignupCommand(DeleteCommand):
    def __init__(self, service: SignupService, publish: Publish, signup_id: int, name: str) -> None:
        super().__init__(translate("MeetingCommands", "Remove the sign-up of %1").replace("%1", name), publish,
                         signup_id, service.remove, service.restore)


# --- follow-up: action items and requests to the municipality ------------------------------------------
class CloseActionItemCommand(ServiceCommand):
    def __init__(self, service: ActionService, publish: Publish, action_id: int, description: str,
                 note: str) -> None:
        super().__init__(translate("MeetingCommands", "Close %1").replace("%1", description), publish)
        self._service, self._id, self._note = service, action_id, note

    def _do(self) -> frozenset[str]:
        return self._service.close(self._id, self._note)

    def _undo(self) -> frozenset[str]:
        return self._service.reopen(self._id)


class ReopenActionItemCommand(ServiceCommand):
    """Reopens a done action item; undo closes it again with the note and date it had."""

    def __init__(self, service: ActionService, publish: Publish, action_id: int, description: str, note: str,
                 closed_on: date | None) -> None:
        super().__init__(translate("MeetingCommands", "Reopen %1").replace("%1", description), publish)
        self._service, self._id, self._note, self._on = service, action_id, note, closed_on

    def _do(self) -> frozenset[str]:
        return self._service.reopen(self._id)

    def _undo(self) -> frozenset[str]:
        return self._service.close(self._id, self._note, self._on)


class SetRequestOwnerCommand(ServiceCommand):
    def __init__(self, service: RequestService, publish: Publish, request_id: int, question: str,
                 owner: tuple[str, date | None], before: tuple[str, date | None]) -> None:
        super().__init__(translate("MeetingCommands", "Owner of %1").replace("%1", question), publish)
        self._service, self._id, self._owner, self._before = service, request_id, owner, before

    def _do(self) -> frozenset[str]:
        return self._service.update(self._id, *self._owner)

    def _undo(self) -> frozenset[str]:
        return self._service.update(self._id, *self._before)


class AnswerRequestCommand(ServiceCommand):
    def __init__(self, service: RequestService, publish: Publish, request_id: int, question: str, answer: str) -> None:
        super().__init__(translate("MeetingCommands", "Answer to %1").replace("%1", question), publish)
        self._service, self._id, self._answer = service, request_id, answer

    def _do(self) -> frozenset[str]:
        return self._service.answer(self._id, self._answer)

    def _undo(self) -> frozenset[str]:
        return self._service.reopen(self._id)
