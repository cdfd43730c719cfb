"""Arbejdsgrupper: working groups (trafiksikkerhed, havnen) with a mandate, members from the board or
outside it, the initiatives of the plan they own, and their own short meetings and notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import GroupNoteKind
from lokalraad_app.domain.models import (
    Initiative,
    Person,
    WorkingGroup,
    WorkingGroupInitiative,
    WorkingGroupMember,
    WorkingGroupNote,
)
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.participation import (
    PersonChoice,
    PlanChoice,
    check_email,
    plan_choices,
    register_people,
)
from lokalraad_app.store.engine import Store


def group_changes(group_id: int) -> Changes:
    return frozenset({"working_groups", f"working_group:{group_id}"})


@dataclass
class GroupInput:
    name: str
    mandate: str = ""
    active: bool = True


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    mandate: str
    active: bool
    members: int
    initiatives: int

    def to_input(self) -> GroupInput:
        return GroupInput(self.name, self.mandate, self.active)


@dataclass
class MemberInput:
    """A person of the register (person_id), or a citizen outside the board by name and e-mail."""

    person_id: int | None = None
    name: str = ""
    email: str = ""
    role: str = ""


@dataclass(frozen=True)
class GroupMemberRow:
    id: int
    person_id: int | None
    name: str
    email: str
    role: str

    @property
    def is_citizen(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class GroupInitiativeRow:
    id: int  # the link's
    initiative_id: int
    title: str
    status: str


@dataclass
class NoteInput:
    made_on: date | None
    text: str
    kind: str = GroupNoteKind.NOTE.value


@dataclass(frozen=True)
class NoteRow:
    id: int
    made_on: date
    kind: str
    text: str

    def to_input(self) -> NoteInput:
        return NoteInput(self.made_on, self.text, self.kind)


@dataclass
class GroupSnapshot:
    """A deleted group with all that belonged to it, for undo."""

    group: dict[str, Any]
    members: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


def _validate_group(data: GroupInput) -> None:
    if not data.name.strip():
        raise ValidationError("name", "required", "Give the working group a name.")


def _validate_note(data: NoteInput) -> None:
    if data.made_on is None:
        raise ValidationError("made_on", "required", "Give the date.")
    if not data.text.strip():
        raise ValidationError("text", "required", "Write the note.")
    if data.kind not in {k.value for k in GroupNoteKind}:
        raise ValidationError("kind", "unknown", f"Unknown kind {data.kind!r}.")


class WorkingGroupService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- groups ---------------------------------------------------------------------------------------
    def groups(self, active_only: bool = False) -> list[GroupRow]:
        """Active groups first, then by name."""
        with self.store.read() as s:
            members = dict(s.exec(select(WorkingGroupMember.group_id, func.count())
                                  .group_by(col(WorkingGroupMember.group_id))).all())
            owned = dict(s.exec(select(WorkingGroupInitiative.group_id, func.count())
                                .group_by(col(WorkingGroupInitiative.group_id))).all())
            query = select(WorkingGroup)
            if active_only:
                query = query.where(col(WorkingGroup.active).is_(True))
            rows = [GroupRow(g.id or 0, g.name, g.mandate, g.active, members.get(g.id or 0, 0), owned.get(g.id or 0, 0))
                    for g in s.exec(query).all()]
        return sorted(rows, key=lambda r: (not r.active, r.name.casefold(), r.id))

    def add_group(self, data: GroupInput) -> tuple[int, Changes]:
        _validate_group(data)
        with self.store.session() as s:
            group = WorkingGroup(name=data.name.strip(), mandate=data.mandate.strip(), active=data.active)
            s.add(group)
            s.flush()
            assert group.id is not None
            return group.id, group_changes(group.id)

    def update_group(self, group_id: int, data: GroupInput) -> Changes:
        _validate_group(data)
        with self.store.session() as s:
            group = self._group(s, group_id)
            group.name, group.mandate, group.active = data.name.strip(), data.mandate.strip(), data.active
            return group_changes(group_id)

    def delete_group(self, group_id: int) -> tuple[GroupSnapshot, Changes]:
        with self.store.session() as s:
            group = self._group(s, group_id)
            snapshot = GroupSnapshot(
                group.model_dump(),
                [m.model_dump() for m in s.exec(select(WorkingGroupMember)
                                                 .where(WorkingGroupMember.group_id == group_id))],
                [i.model_dump() for i in s.exec(select(WorkingGroupInitiative)
                                                 .where(WorkingGroupInitiative.group_id == group_id))],
                [n.model_dump() for n in s.exec(select(WorkingGroupNote)
                                                 .where(WorkingGroupNote.group_id == group_id))])
            s.delete(group)  # the rest goes with it (ON DELETE CASCADE)
            return snapshot, group_changes(group_id)

    def restore_group(self, snapshot: GroupSnapshot) -> tuple[int, Changes]:
        with self.store.session() as s:
            group = WorkingGroup(**snapshot.group)
            s.add(group)
            s.flush()
            assert group.id is not None
            for m in snapshot.members:  # a register person deleted meanwhile stays out
                if m["person_id"] is None or s.get(Person, m["person_id"]) is not None:
                    s.add(WorkingGroupMember(**m))
            for i in snapshot.initiatives:
                if s.get(Initiative, i["initiative_id"]) is not None:
                    s.add(WorkingGroupInitiative(**i))
            for n in snapshot.notes:
                s.add(WorkingGroupNote(**n))
            return group.id, group_changes(group.id)

    # --- members ----------------------------------------------------------------------------------------
    def people(self) -> list[PersonChoice]:
        with self.store.read() as s:
            return register_people(s)

    def members(self, group_id: int) -> list[GroupMemberRow]:
        with self.store.read() as s:
            found = s.exec(select(WorkingGroupMember, Person.name, Person.email)
                           .outerjoin(Person, col(Person.id) == col(WorkingGroupMember.person_id))
                           .where(WorkingGroupMember.group_id == group_id)).all()
            rows = [GroupMemberRow(m.id or 0, m.person_id, name or m.name, email if m.person_id else m.email, m.role)
                    for m, name, email in found]
        return sorted(rows, key=lambda r: (r.name.casefold(), r.id))

    def add_member(self, group_id: int, data: MemberInput) -> tuple[int, Changes]:
        with self.store.session() as s:
            self._group(s, group_id)
            if data.person_id is not None:
                if s.get(Person, data.person_id) is None:
                    raise ValidationError("person", "unknown", "The person chosen is no longer in the register.")
                same = WorkingGroupMember.person_id == data.person_id
                name = email = ""  # read from the register, so a correction there shows here
            else:
                name, email = data.name.strip(), data.email.strip()
                if not name:
                    raise ValidationError("name", "required", "Write the citizen's name.")
                check_email(email)
                same = (WorkingGroupMember.name == name) & (WorkingGroupMember.email == email)
            if s.exec(select(WorkingGroupMember.id).where(WorkingGroupMember.group_id == group_id)
                      .where(same)).first() is not None:
                raise ValidationError("member", "already", "That person is already in the working group.")
            member = WorkingGroupMember(group_id=group_id, person_id=data.person_id, name=name, email=email,
                                        role=data.role.strip())
            s.add(member)
            s.flush()
            assert member.id is not None
            return member.id, group_changes(group_id)

    def remove_member(self, member_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            member = s.get(WorkingGroupMember, member_id)
            if member is None:
                raise NotFoundError(member_id)
            snapshot = member.model_dump()
            s.delete(member)
            return snapshot, group_changes(member.group_id)

    def restore_member(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            self._group(s, snapshot["group_id"])
            member = WorkingGroupMember(**snapshot)
            s.add(member)
            s.flush()
            assert member.id is not None
            return member.id, group_changes(member.group_id)

    # --- initiatives owned ------------------------------------------------------------------------------
    def plan(self) -> list[PlanChoice]:
        with self.store.read() as s:
            return plan_choices(s)

    def initiatives(self, group_id: int) -> list[GroupInitiativeRow]:
        with self.store.read() as s:
            found = s.exec(select(WorkingGroupInitiative, Initiative)
                           .join(Initiative, col(Initiative.id) == col(WorkingGroupInitiative.initiative_id))
                           .where(WorkingGroupInitiative.group_id == group_id)
                           .order_by(col(Initiative.title))).all()
            return [GroupInitiativeRow(link.id or 0, i.id or 0, i.title, i.status) for link, i in found]

    def link_initiative(self, group_id: int, initiative_id: int) -> tuple[int, Changes]:
        with self.store.session() as s:
            self._group(s, group_id)
            if s.get(Initiative, initiative_id) is None:
                raise ValidationError("initiative", "unknown", "The initiative chosen no longer exists.")
            if s.exec(select(WorkingGroupInitiative.id).where(WorkingGroupInitiative.group_id == group_id)
                      .where(WorkingGroupInitiative.initiative_id == initiative_id)).first() is not None:
                raise ValidationError("initiative", "already", "The working group already owns that initiative.")
            link = WorkingGroupInitiative(group_id=group_id, initiative_id=initiative_id)
            s.add(link)
            s.flush()
            assert link.id is not None
            return link.id, group_changes(group_id)

    def unlink_initiative(self, link_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            link = s.get(WorkingGroupInitiative, link_id)
            if link is None:
                raise NotFoundError(link_id)
            snapshot = link.model_dump()
            s.delete(link)
            return snapshot, group_changes(link.group_id)

    def restore_initiative_link(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            self._group(s, snapshot["group_id"])
            if s.get(Initiative, snapshot["initiative_id"]) is None:
                raise NotFoundError(snapshot["initiative_id"])
            link = WorkingGroupInitiative(**snapshot)
            s.add(link)
            s.flush()
            assert link.id is not None
            return link.id, group_changes(link.group_id)

    # --- the group's own meetings and notes ---------------------------------------------------------------
    def notes(self, group_id: int) -> list[NoteRow]:
        """Newest first."""
        with self.store.read() as s:
            found = s.exec(select(WorkingGroupNote).where(WorkingGroupNote.group_id == group_id)
                           .order_by(col(WorkingGroupNote.made_on).desc(), col(WorkingGroupNote.id).desc())).all()
            return [NoteRow(n.id or 0, n.made_on, n.kind, n.text) for n in found]

    def add_note(self, group_id: int, data: NoteInput) -> tuple[int, Changes]:
        _validate_note(data)
        assert data.made_on is not None
        with self.store.session() as s:
            self._group(s, group_id)
            note = WorkingGroupNote(group_id=group_id, made_on=data.made_on, kind=data.kind, text=data.text.strip())
            s.add(note)
            s.flush()
            assert note.id is not None
            return note.id, group_changes(group_id)

    def update_note(self, note_id: int, data: NoteInput) -> Changes:
        _validate_note(data)
        assert data.made_on is not None
        with self.store.session() as s:
            note = self._note(s, note_id)
            note.made_on, note.kind, note.text = data.made_on, data.kind, data.text.strip()
            return group_changes(note.group_id)

    def delete_note(self, note_id: int) -> tuple[dict[str, Any], Changes]:
        with self.store.session() as s:
            note = self._note(s, note_id)
            snapshot = note.model_dump()
            s.delete(note)
            return snapshot, group_changes(note.group_id)

    def restore_note(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with self.store.session() as s:
            self._group(s, snapshot["group_id"])
            note = WorkingGroupNote(**snapshot)
            s.add(note)
            s.flush()
            assert note.id is not None
            return note.id, group_changes(note.group_id)

    @staticmethod
    def _group(s: Session, group_id: int) -> WorkingGroup:
        group = s.get(WorkingGroup, group_id)
        if group is None:
            raise NotFoundError(group_id)
        return group

    @staticmethod
    def _note(s: Session, note_id: int) -> WorkingGroupNote:
        note = s.get(WorkingGroupNote, note_id)
        if note is None:
            raise NotFoundError(note_id)
        return note


__all__ = ["GroupInitiativeRow", "GroupInput", "GroupMemberRow", "GroupRow", "GroupSnapshot", "MemberInput",
           "NoteInput", "NoteRow", "WorkingGroupService", "group_changes"]
