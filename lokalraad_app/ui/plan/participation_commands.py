"""Undo commands for citizen ideas, working groups and the citizen budget; each redo/undo calls a service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lokalraad_app.services.citizen_budget import (
    CitizenBudgetService,
    ProposalInput,
    RecordedResult,
    RoundInput,
)
from lokalraad_app.services.citizen_ideas import CitizenIdeaService, IdeaInput
from lokalraad_app.services.working_groups import GroupInput, MemberInput, NoteInput, WorkingGroupService
from lokalraad_app.ui.undo import AddCommand, DeleteCommand, EditCommand, Publish, ServiceCommand

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 40 else line[:39] + "…"


# --- ideas -----------------------------------------------------------------------------------------------------
class AddIdeaCommand(AddCommand):
    def __init__(self, service: CitizenIdeaService, publish: Publish, data: IdeaInput) -> None:
        super().__init__(translate("ParticipationCommands", "Record idea %1").replace("%1", _short(data.text)),
                         publish, lambda: service.add(data), service.delete, service.restore)


class EditIdeaCommand(EditCommand):
    def __init__(self, service: CitizenIdeaService, publish: Publish, idea_id: int, before: IdeaInput,
                 after: IdeaInput) -> None:
        super().__init__(translate("ParticipationCommands", "Change idea %1").replace("%1", _short(after.text)),
                         publish, idea_id, before, after, service.update)


class SetIdeaStatusCommand(ServiceCommand):
    def __init__(self, service: CitizenIdeaService, publish: Publish, idea_id: int, text: str, status: str) -> None:
        super().__init__(translate("ParticipationCommands", "Status of idea %1").replace("%1", _short(text)), publish)
        self._service, self._id, self._status = service, idea_id, status
        self._before = status

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.set_status(self._id, self._status)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.set_status(self._id, self._before)[1]


class RemoveIdeaCommand(DeleteCommand):
    def __init__(self, service: CitizenIdeaService, publish: Publish, idea_id: int, text: str) -> None:
        super().__init__(translate("ParticipationCommands", "Delete idea %1").replace("%1", _short(text)), publish,
                         idea_id, service.delete, service.restore)


# --- working groups ---------------------------------------------------------------------------------------------
class AddGroupCommand(AddCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, data: GroupInput) -> None:
        super().__init__(translate("ParticipationCommands", "Add working group %1").replace("%1", data.name), publish,
                         lambda: service.add_group(data), service.delete_group, service.restore_group)


class EditGroupCommand(EditCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, group_id: int, before: GroupInput,
                 after: GroupInput) -> None:
        super().__init__(translate("ParticipationCommands", "Change working group %1").replace("%1", after.name),
                         publish, group_id, before, after, service.update_group)


class RemoveGroupCommand(DeleteCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, group_id: int, name: str) -> None:
        super().__init__(translate("ParticipationCommands", "Delete working group %1").replace("%1", name), publish,
                         group_id, service.delete_group, service.restore_group)


class AddGroupMemberCommand(AddCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, group_id: int, data: MemberInput,
                 name: str) -> None:
        super().__init__(translate("ParticipationCommands", "Add %1 to the working group").replace("%1", name),
                         publish, lambda: service.add_member(group_id, data), service.remove_member,
                         service.restore_member)


class RemoveGroupMemberCommand(DeleteCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, member_id: int, name: str) -> None:
        super().__init__(translate("ParticipationCommands", "Remove %1 from the working group").replace("%1", name),
                         publish, member_id, service.remove_member, service.restore_member)


class LinkGroupInitiativeCommand(AddCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, group_id: int, initiative_id: int,
                 title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Working group owns %1").replace("%1", title), publish,
                         lambda: service.link_initiative(group_id, initiative_id), service.unlink_initiative,
                         service.restore_initiative_link)


class UnlinkGroupInitiativeCommand(DeleteCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, link_id: int, title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Working group no longer owns %1").replace("%1", title),
                         publish, link_id, service.unlink_initiative, service.restore_initiative_link)


class AddGroupNoteCommand(AddCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, group_id: int, data: NoteInput) -> None:
        super().__init__(translate("ParticipationCommands", "Add note %1").replace("%1", _short(data.text)), publish,
                         lambda: service.add_note(group_id, data), service.delete_note, service.restore_note)


class EditGroupNoteCommand(EditCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, note_id: int, before: NoteInput,
                 after: NoteInput) -> None:
        super().__init__(translate("ParticipationCommands", "Change note %1").replace("%1", _short(after.text)),
                         publish, note_id, before, after, service.update_note)


class RemoveGroupNoteCommand(DeleteCommand):
    def __init__(self, service: WorkingGroupService, publish: Publish, note_id: int, text: str) -> None:
        super().__init__(translate("ParticipationCommands", "Delete note %1").replace("%1", _short(text)), publish,
                         note_id, service.delete_note, service.restore_note)


# --- citizen budget ----------------------------------------------------------------------------------------------
class AddRoundCommand(AddCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, data: RoundInput) -> None:
        super().__init__(translate("ParticipationCommands", "Add citizen budget %1").replace("%1", data.title), publish,
                         lambda: service.add_round(data), service.delete_round, service.restore_round)


class EditRoundCommand(EditCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, round_id: int, before: RoundInput,
                 after: RoundInput) -> None:
        super().__init__(translate("ParticipationCommands", "Change citizen budget %1").replace("%1", after.title),
                         publish, round_id, before, after, service.update_round)


class RemoveRoundCommand(DeleteCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, round_id: int, title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Delete citizen budget %1").replace("%1", title), publish,
                         round_id, service.delete_round, service.restore_round)


class AddProposalCommand(AddCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, round_id: int, data: ProposalInput) -> None:
        super().__init__(translate("ParticipationCommands", "Add proposal %1").replace("%1", data.title), publish,
                         lambda: service.add_proposal(round_id, data), service.delete_proposal,
                         service.restore_proposal)


class EditProposalCommand(EditCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, proposal_id: int, before: ProposalInput,
                 after: ProposalInput) -> None:
        super().__init__(translate("ParticipationCommands", "Change proposal %1").replace("%1", after.title), publish,
                         proposal_id, before, after, service.update_proposal)


class RemoveProposalCommand(DeleteCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, proposal_id: int, title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Delete proposal %1").replace("%1", title), publish,
                         proposal_id, service.delete_proposal, service.restore_proposal)


class SetVotesCommand(ServiceCommand):
    """Votes counted for a proposal (a number typed, or one more ballot); undo puts back the count before."""

    def __init__(self, service: CitizenBudgetService, publish: Publish, proposal_id: int, title: str,
                 votes: int) -> None:
        super().__init__(translate("ParticipationCommands", "Votes for %1").replace("%1", title), publish)
        self._service, self._id, self._votes = service, proposal_id, votes
        self._before = votes

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.set_votes(self._id, self._votes)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.set_votes(self._id, self._before)[1]


class RecordResultCommand(ServiceCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, round_id: int, title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Record the result of %1").replace("%1", title), publish)
        self._service, self._id = service, round_id
        self._before = RecordedResult(None, frozenset())

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.record_result(self._id)
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.set_recorded(self._id, self._before)[1]


class ClearResultCommand(ServiceCommand):
    def __init__(self, service: CitizenBudgetService, publish: Publish, round_id: int, title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Clear the result of %1").replace("%1", title), publish)
        self._service, self._id = service, round_id
        self._before = RecordedResult(None, frozenset())

    def _do(self) -> frozenset[str]:
        self._before, changes = self._service.set_recorded(self._id, RecordedResult(None, frozenset()))
        return changes

    def _undo(self) -> frozenset[str]:
        return self._service.set_recorded(self._id, self._before)[1]


class MakeInitiativeCommand(AddCommand):
    """A chosen proposal becomes an initiative of the plan; undo takes the initiative away again."""

    def __init__(self, service: CitizenBudgetService, publish: Publish, proposal_id: int, focus_area_id: int,
                 title: str) -> None:
        super().__init__(translate("ParticipationCommands", "Make %1 an initiative").replace("%1", title), publish,
                         lambda: service.to_initiative(proposal_id, focus_area_id), service.remove_initiative,
                         service.restore_initiative)
