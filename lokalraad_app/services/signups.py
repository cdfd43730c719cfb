"""Citizens who signed up for a borgermøde: name and e-mail kept with the meeting, so its minutes reach them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from lokalraad_app.domain.enums import MeetingKind
from lokalraad_app.domain.models import Meeting, MeetingSignup
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes, writing
from lokalraad_app.store.engine import Store


@dataclass(frozen=True)
class SignupRow:
    id: int
    name: str
    email: str


class SignupService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def rows(self, meeting_id: int) -> list[SignupRow]:
        with self.store.read() as s:
            return [SignupRow(r.id or 0, r.name, r.email) for r in s.exec(
                select(MeetingSignup).where(MeetingSignup.meeting_id == meeting_id)
                .order_by(col(MeetingSignup.name), col(MeetingSignup.id)))]

    def add(self, meeting_id: int, name: str, email: str) -> tuple[int, Changes]:
        """Signs a citizen up; refused for a meeting that is no borgermøde, without a name, with an address
        that is no e-mail address or one already signed up."""
        name, email = " ".join(name.split()), email.strip().lower()
        with writing(self.store) as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError(meeting_id)
            if meeting.kind != MeetingKind.CITIZENS.value:
                raise ValidationError("meeting", "not_citizens", "Citizens sign up only for a citizens' meeting "
                                      "(borgermøde).")
            if not name:
                raise ValidationError("name", "required", "Write the citizen's name.")
            if not is_valid_email(email):
                raise ValidationError("email", "invalid", f'"{email}" is not a valid e-mail address; write it '
                                      "like navn@eksempel.dk.")
            if s.exec(select(MeetingSignup.id).where(MeetingSignup.meeting_id == meeting_id)
                      .where(MeetingSignup.email == email)).first() is not None:
                raise ValidationError("email", "already_signed_up", f"{email} has already signed up for this "
                                      "meeting.")
            row = MeetingSignup(meeting_id=meeting_id, name=name, email=email)
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(meeting_id)

    def remove(self, signup_id: int) -> tuple[dict[str, Any], Changes]:
        """Takes a sign-up off; the snapshot lets undo put it back as it was."""
        with writing(self.store) as s:
            row = s.get(MeetingSignup, signup_id)
            if row is None:
                raise NotFoundError(signup_id)
            snapshot = row.model_dump()
            s.delete(row)
            return snapshot, meeting_changes(row.meeting_id)

    def restore(self, snapshot: dict[str, Any]) -> tuple[int, Changes]:
        with writing(self.store) as s:
            row = MeetingSignup(**snapshot)
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id, meeting_changes(row.meeting_id)


__all__ = ["SignupRow", "SignupService"]
