"""Who is invited to a meeting, their answers, who came, substitutes stepping in, quorum and votes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from lokalraad_app.domain.enums import BOARD_ROLES, Answer, Presence, Role
from lokalraad_app.domain.models import AgendaItem, Attendance, Meeting, Membership, Person, Setting
from lokalraad_app.domain.rules import carried, is_quorate, is_valid_email
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes, writing
from lokalraad_app.store.engine import Store


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    person_id: int | None
    name: str
    email: str
    answer: str
    presence: str
    is_guest: bool
    on_board: bool  # a board member (or a substitute stepping in for one)
    substitute_for: str  # name of the member a substitute stands in for


@dataclass(frozen=True)
class Quorum:
    present: int  # board members present, substitutes stepping in included
    board_size: int
    quorate: bool


class AttendanceService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, meeting_id: int) -> list[AttendanceRow]:
        with self.store.read() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            board = self._board_ids(s, meeting.start.date())
            rows = list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)
                               .order_by(col(Attendance.is_guest), col(Attendance.name))))
            ids = {r.substitute_for_id for r in rows if r.substitute_for_id}
            names = {p.id: p.name for p in s.exec(select(Person).where(col(Person.id).in_(ids)))} if ids else {}
            return [AttendanceRow(r.id or 0, r.person_id, r.name, r.email, r.answer, r.presence, r.is_guest,
                                  (r.person_id in board) or r.substitute_for_id is not None,
                                  names.get(r.substitute_for_id, "") if r.substitute_for_id else "")
                    for r in rows]

    def invite_board(self, meeting_id: int) -> tuple[list[int], Changes]:
        """Invites the board and the substitutes serving on the meeting's day; returns the new rows' ids."""
        with writing(self.store) as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            day = meeting.start.date()
            already = {a.person_id for a in s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id))}
            serving = s.exec(select(Person).join(Membership, col(Membership.person_id) == col(Person.id))
                             .where(col(Membership.term_from) <= day)
                             .where((col(Membership.term_to).is_(None)) | (col(Membership.term_to) >= day))).all()
            added = []
            for person in {p.id: p for p in serving}.values():
                if person.id not in already:
                    row = Attendance(meeting_id=meeting_id, person_id=person.id, name=person.name, email=person.email)
                    s.add(row)
                    added.append(row)
            s.flush()
            return [r.id or 0 for r in added], meeting_changes(meeting_id)

    def remove_many(self, attendance_ids: list[int]) -> tuple[list[dict[str, Any]], Changes]:
        """Undo of invite_board: takes those rows off again, keeping snapshots."""
        snapshots: list[dict[str, Any]] = []
        changes: Changes = frozenset()
        for attendance_id in attendance_ids:
            snapshot, changes = self.remove(attendance_id)
            snapshots.append(snapshot)
        return snapshots, changes

    def restore_many(self, snapshots: list[dict[str, Any]]) -> tuple[list[int], Changes]:
        ids: list[int] = []
        changes: Changes = frozenset()
        for snapshot in snapshots:
            row_id, changes = self.restore(snapshot)
            ids.append(row_id)
        return ids, changes

    def add(self, meeting_id: int, person_id: int | None = None, name: str = "", email: str = "",
            guest: bool = False) -> tuple[int, Changes]:
        with writing(self.store) as s:
            if person_id is not None:
                person = s.get(Person, person_id)
                if person is None:
                    raise NotFoundError(person_id)
                name, email = person.name, person.email
            if not name.strip():
                raise ValidationError("name", "required", "Write the guest's name.")
            if email.strip() and not is_valid_email(email):
                raise ValidationError("email", "invalid", f'"{email}" is not a valid email address.')
            row = Attendance(meeting_id=meeting_id, person_id=person_id, name=name.strip(), email=email.strip(),
                             is_guest=guest)
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(meeting_id)

    def remove(self, attendance_id: int) -> tuple[dict[str, Any], Changes]:
        """Takes someone off the meeting; the snapshot lets undo put them back as they were."""
        with writing(self.store) as s:
            row = self._row(s, attendance_id)
            snapshot = row.model_dump()
            s.delete(row)
            return snapshot, meeting_changes(row.meeting_id)

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            row = Attendance(**snapshot)
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(row.meeting_id)

    def set_answer(self, attendance_id: int, answer: Answer) -> Changes:
        with writing(self.store) as s:
            row = self._row(s, attendance_id)
            row.answer = answer.value
            return meeting_changes(row.meeting_id)

    def set_presence(self, attendance_id: int, presence: Presence) -> Changes:
        with writing(self.store) as s:
            row = self._row(s, attendance_id)
            row.presence = presence.value
            return meeting_changes(row.meeting_id)

    def set_substitute_for(self, attendance_id: int, member_id: int | None) -> Changes:
        """A substitute steps in for a board member who sent apologies."""
        with writing(self.store) as s:
            row = self._row(s, attendance_id)
            row.substitute_for_id = member_id
            return meeting_changes(row.meeting_id)

    def quorum(self, meeting_id: int) -> Quorum:
        rows = self.rows(meeting_id)
        with self.store.read() as s:
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            board_size = len(self._board_ids(s, meeting.start.date()))
            setting = s.get(Setting, "quorum_percent")
        fraction = int(setting.value) / 100 if setting and setting.value.isdigit() else 0.5
        present = sum(1 for r in rows if r.on_board and r.presence == Presence.PRESENT.value)
        return Quorum(present, board_size, is_quorate(present, board_size, fraction))

    def set_votes(self, item_id: int, votes_for: int | None, votes_against: int | None,
                  votes_blank: int | None) -> Changes:
        """Records a vote; all three None clears it (no vote taken)."""
        if any(v is not None and v < 0 for v in (votes_for, votes_against, votes_blank)):
            raise ValidationError("votes", "negative", "Votes cannot be negative.")
        with writing(self.store) as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(item_id)
            item.votes_for, item.votes_against, item.votes_blank = votes_for, votes_against, votes_blank
            return meeting_changes(item.meeting_id)

    @staticmethod
    def carried(item: AgendaItem) -> bool | None:
        """Whether the vote carried, by the majority the item needs; None before a vote."""
        if item.votes_for is None or item.votes_against is None:
            return None
        return carried(item.votes_for, item.votes_against, item.majority)

    @staticmethod
    def _row(s: Session, attendance_id: int) -> Attendance:
        row = s.get(Attendance, attendance_id)
        if row is None:
            raise NotFoundError(attendance_id)
        return row

    @staticmethod
    def _board_ids(s: Session, day: date) -> set[int]:
        roles = [r.value for r in BOARD_ROLES]
        query = (select(Membership.person_id).where(col(Membership.role).in_(roles))
                 .where(col(Membership.term_from) <= day)
                 .where((col(Membership.term_to).is_(None)) | (col(Membership.term_to) >= day)))
        return set(s.exec(query).all())


__all__ = ["AttendanceRow", "AttendanceService", "Quorum", "Role"]
