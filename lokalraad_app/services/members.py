"""Use cases of the member register: people, memberships, consent, import/export, erasure."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import false
from sqlmodel import col, func, select

from lokalraad_app.domain.enums import MemberFilter, MinutesStatus, PersonKind, Role
from lokalraad_app.domain.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditLog,
    BudgetProposal,
    BudgetRound,
    CalendarReply,
    CitizenIdea,
    Meeting,
    MeetingSignup,
    Membership,
    Minutes,
    Person,
    WorkingGroup,
    WorkingGroupMember,
)
from lokalraad_app.domain.plan import kroner
from lokalraad_app.domain.rules import is_valid_email
from lokalraad_app.services.errors import Changes, NotFoundError, ValidationError
from lokalraad_app.services.meeting_records import meeting_changes
from lokalraad_app.store import member_queries
from lokalraad_app.store.engine import Store
from lokalraad_app.store.member_queries import MemberRow
from lokalraad_app.store.search import forget_deleted

if TYPE_CHECKING:
    from lokalraad_app.documents.person_data import PersonData

MEMBERS: Changes = frozenset({"members"})


@dataclass
class PersonInput:
    """What the member dialog edits: the person and (for members) the current membership."""

    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    organisation: str = ""
    title: str = ""
    committee: str = ""
    kind: PersonKind = PersonKind.MEMBER
    notes: str = ""
    role: Role | None = Role.MEMBER  # None: no membership (contacts)
    term_from: date | None = None
    term_to: date | None = None


@dataclass
class MembershipData:
    role: str
    term_from: date
    term_to: date | None


@dataclass
class PersonSnapshot:
    """Everything needed to put a deleted person back exactly (for undo)."""

    person: dict[str, Any]
    memberships: list[MembershipData] = field(default_factory=list)
    links: dict[str, list[int]] = field(default_factory=dict)  # LINKS key → ids of the rows that named them
    working_groups: list[dict[str, Any]] = field(default_factory=list)  # their seats, gone with them (CASCADE)


# Every column that links a row to a person and is cleared when the person is deleted: undo sets them back.
# The last value: whether the row is locked with approved minutes (the file refuses to change those).
LINKS: dict[str, tuple[type[Any], str, bool]] = {
    "attendance": (Attendance, "person_id", True),
    "substitute_for": (Attendance, "substitute_for_id", True),
    "action_owner": (ActionItem, "owner_id", False),
    "responsible": (AgendaItem, "responsible_id", True),
}


PERSON_FIELDS = ("name", "email", "phone", "address", "postal_code", "city", "organisation", "title",
                 "committee", "kind", "notes")


def validate(data: PersonInput) -> None:
    if not data.name.strip():
        raise ValidationError("name", "required", "A name is required.")
    if data.email.strip() and not is_valid_email(data.email):
        raise ValidationError("email", "invalid", f'"{data.email}" is not a valid email address.')
    if data.kind is PersonKind.MEMBER and data.role is not None and data.term_from is None:
        raise ValidationError("term_from", "required", "A member needs the date the term starts.")
    if data.term_from and data.term_to and data.term_to < data.term_from:
        raise ValidationError("term_to", "before_start", "The term cannot end before it starts.")


class MemberService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- reading -------------------------------------------------------------------------------
    def find_ids(
        self, member_filter: MemberFilter = MemberFilter.ALL, needle: str = "", sort: str = "name",
        descending: bool = False,
    ) -> list[int]:
        with self.store.read() as s:
            return member_queries.member_ids(s, member_filter, needle, sort, descending)

    def rows(self, ids: list[int]) -> list[MemberRow]:
        with self.store.read() as s:
            return member_queries.member_rows(s, ids)

    def get(self, person_id: int) -> tuple[Person, list[Membership]]:
        with self.store.read() as s:
            person = s.get(Person, person_id)
            if person is None or person.erased_at is not None:
                raise NotFoundError(person_id)
            ms = list(s.exec(select(Membership).where(Membership.person_id == person_id)
                             .order_by(Membership.term_from)))  # type: ignore[arg-type]
            return person, ms

    def input_for(self, person_id: int) -> PersonInput:
        """The dialog's values for an existing person (latest membership as the editable one)."""
        person, memberships = self.get(person_id)
        latest = max(memberships, key=lambda m: (m.term_to is None, m.term_to or date.min), default=None)
        return PersonInput(
            **{f: getattr(person, f) for f in PERSON_FIELDS if f != "kind"},
            kind=PersonKind(person.kind),
            role=Role(latest.role) if latest else None,
            term_from=latest.term_from if latest else None,
            term_to=latest.term_to if latest else None,
        )

    def retention_candidates(self, years: int, today: date | None = None) -> list[MemberRow]:
        today = today or date.today()
        try:
            cutoff = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            cutoff = today.replace(year=today.year - years, day=28)
        with self.store.read() as s:
            ids = member_queries.former_members_past_retention(s, cutoff)
            return member_queries.member_rows(s, ids)

    # --- writing -------------------------------------------------------------------------------
    def add(self, data: PersonInput) -> tuple[int, Changes]:
        validate(data)
        with self.store.session() as s:
            person = Person(**self._person_values(data))
            s.add(person)
            s.flush()
            assert person.id is not None
            if data.role is not None and data.term_from is not None:
                s.add(Membership(person_id=person.id, role=data.role.value, term_from=data.term_from,
                                 term_to=data.term_to))
            s.add(AuditLog(entity="person", entity_id=person.id, action="add"))
            return person.id, MEMBERS

    def update(self, person_id: int, data: PersonInput) -> Changes:
        """Saves the dialog's values; the latest membership takes the role and term given."""
        validate(data)
        with self.store.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            for k, v in self._person_values(data).items():
                setattr(person, k, v)
            person.updated_at = datetime.now(UTC)
            memberships = list(s.exec(select(Membership).where(Membership.person_id == person_id)))
            latest = max(memberships, key=lambda m: (m.term_to is None, m.term_to or date.min), default=None)
            if data.role is None or data.term_from is None:
                if latest is not None:
                    s.delete(latest)
            elif latest is None:
                s.add(Membership(person_id=person_id, role=data.role.value, term_from=data.term_from,
                                 term_to=data.term_to))
            else:
                latest.role, latest.term_from, latest.term_to = data.role.value, data.term_from, data.term_to
            s.add(AuditLog(entity="person", entity_id=person_id, action="update"))
            return MEMBERS

    def end_term(self, person_id: int, on: date) -> tuple[date, date | None, Changes]:
        """Ends the running membership on `on`; returns its start and previous end (for undo)."""
        with self.store.session() as s:
            running = [m for m in s.exec(select(Membership).where(Membership.person_id == person_id))
                       if m.term_to is None or m.term_to >= on]
            if not running:
                raise ValidationError("term_to", "no_running_term", "This person has no running term.")
            m = max(running, key=lambda m: m.term_from)
            if on < m.term_from:
                raise ValidationError("term_to", "before_start", "The term cannot end before it starts.")
            previous, m.term_to = m.term_to, on
            s.add(AuditLog(entity="person", entity_id=person_id, action="end_term", detail=on.isoformat()))
            return m.term_from, previous, MEMBERS

    def set_term_end(self, person_id: int, term_from: date, term_to: date | None) -> Changes:
        """Puts back a term's end (undo of end_term)."""
        with self.store.session() as s:
            for m in s.exec(select(Membership).where(Membership.person_id == person_id,
                                                     Membership.term_from == term_from)):
                m.term_to = term_to
            return MEMBERS

    def delete(self, person_id: int) -> tuple[PersonSnapshot, Changes]:
        """Deletes a person entered by mistake; the snapshot lets undo put them back."""
        with self.store.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            memberships = list(s.exec(select(Membership).where(Membership.person_id == person_id)))
            snapshot = PersonSnapshot(
                person=person.model_dump(),
                memberships=[MembershipData(m.role, m.term_from, m.term_to) for m in memberships],
                links={key: list(s.exec(select(model.id).where(getattr(model, column) == person_id)))
                       for key, (model, column, _) in LINKS.items()},
                working_groups=[m.model_dump() for m in s.exec(
                    select(WorkingGroupMember).where(WorkingGroupMember.person_id == person_id))],
            )
            self._keep_recorded_names(s, person)
            s.delete(person)
            s.add(AuditLog(entity="person", entity_id=person_id, action="delete"))
            return snapshot, MEMBERS

    def restore(self, snapshot: PersonSnapshot) -> tuple[int, Changes]:
        with self.store.session() as s:
            person = Person(**snapshot.person)
            s.add(person)
            s.flush()
            assert person.id is not None
            for m in snapshot.memberships:
                s.add(Membership(person_id=person.id, role=m.role, term_from=m.term_from, term_to=m.term_to))
            self._relink(s, person.id, snapshot.links)
            for seat in snapshot.working_groups:  # back in the groups that are still there
                if s.get(WorkingGroup, seat["group_id"]) is not None:
                    s.add(WorkingGroupMember(**{**seat, "person_id": person.id}))
            s.add(AuditLog(entity="person", entity_id=person.id, action="restore"))
            return person.id, MEMBERS

    def erase(self, person_id: int) -> Changes:
        """GDPR erasure: the person and their memberships go; minutes keep the name as recorded."""
        with self.store.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            self._keep_recorded_names(s, person)
            for a in s.exec(select(Attendance).where(Attendance.person_id == person.id)):
                a.email = ""  # minutes keep the name as recorded, nothing else
                for reply in s.exec(select(CalendarReply).where(CalendarReply.attendance_id == a.id)):
                    s.delete(reply)  # their answers as read, comments and proposed times included
            traces = self._participation(s, person.email, person.id)
            self._forget(s, traces)
            s.delete(person)
            # The log keeps that an erasure happened, not who it was.
            s.add(AuditLog(entity="person", entity_id=person_id, action="erase"))
            s.flush()
            forget_deleted(s)  # nor may the search index keep their words
        self.store.scrub()
        return MEMBERS | traces.changes()

    def citizen(self, email: str) -> tuple[str, list[tuple[str, str]]]:
        """What the plan's citizen participation holds under an e-mail address, for someone not in the register:
        (the name written with it, or ""; the lines as the access document lists them)."""
        with self.store.read() as s:
            traces = self._participation(s, _citizen_email(email), None)
            return traces.name(), traces.lines()

    def export_citizen_pdf(self, email: str, today: date | None = None) -> bytes:
        """The right of access for a citizen known only by e-mail address: the same document as for a person."""
        from lokalraad_app.documents.person_data import PersonData

        address = _citizen_email(email)
        name, lines = self.citizen(address)
        return self._person_document(PersonData(name=name or address, kind="citizen", email=address,
                                                participation=lines), today)

    def erase_citizen(self, email: str) -> Changes:
        """GDPR erasure for a citizen known only by e-mail address: sign-ups and working-group seats go; ideas and
        budget proposals stay without who brought them. The log keeps that it happened, not who it was."""
        with self.store.session() as s:
            traces = self._participation(s, _citizen_email(email), None)
            if not traces.lines():
                raise NotFoundError(email)
            self._forget(s, traces)
            s.add(AuditLog(entity="citizen", entity_id=None, action="erase"))
        self.store.scrub()
        return traces.changes()

    def set_consent(self, person_id: int, purpose: str, when: datetime | None = None) -> Changes:
        with self.store.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            person.consent_purpose = purpose.strip()
            person.consent_at = (when or datetime.now(UTC)) if purpose.strip() else None
            s.add(AuditLog(entity="person", entity_id=person_id, action="consent", detail=purpose))
            return MEMBERS

    def export_person(self, person_id: int) -> str:
        """Everything the file holds about one person, as JSON (the GDPR right of access)."""
        with self.store.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            memberships = s.exec(select(Membership).where(Membership.person_id == person_id)).all()
            attendance = s.exec(select(Attendance).where(Attendance.person_id == person_id)).all()
            actions = s.exec(select(ActionItem).where(ActionItem.owner_id == person_id)).all()
            traces = self._participation(s, person.email, person_id)
            doc = {
                "person": person.model_dump(exclude={"id"}),
                "memberships": [m.model_dump(exclude={"id", "person_id"}) for m in memberships],
                "attendance": [a.model_dump(exclude={"id", "person_id"}) for a in attendance],
                "action_items": [a.model_dump(exclude={"id", "owner_id"}) for a in actions],
                "citizen_ideas": [i.model_dump(include={"text", "name", "email", "received_on", "status"})
                                  for i in traces.ideas],
                "working_groups": [{"group": g.name, "role": seat.role, "name": seat.name, "email": seat.email}
                                   for seat, g in traces.seats + traces.register_seats],
                "budget_proposals": [{"round": r.title, **p.model_dump(include={"title", "proposer", "email",
                                                                               "description", "cost", "votes"})}
                                     for p, r in traces.proposals],
                "meeting_signups": [{"meeting": m.title, "start": m.start, "name": u.name, "email": u.email,
                                     "signed_up_at": u.signed_up_at} for u, m in traces.signups],
            }
            return json.dumps(doc, ensure_ascii=False, indent=2, default=str)

    def export_person_pdf(self, person_id: int, today: date | None = None) -> bytes:
        """The same as export_person, as a document the person can read, in the council's document language."""
        # Imported here so this use case stays in one place next to the JSON export.
        from lokalraad_app.documents.person_data import PersonAction, PersonData, PersonMeeting, PersonTerm

        with self.store.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(person_id)
            terms = s.exec(select(Membership).where(Membership.person_id == person_id)
                           .order_by(Membership.term_from)).all()  # type: ignore[arg-type]
            attended = s.exec(select(Attendance, Meeting).join(Meeting, Meeting.id == Attendance.meeting_id)  # type: ignore[arg-type]
                              .where(Attendance.person_id == person_id).order_by(Meeting.start)).all()  # type: ignore[arg-type]
            actions = s.exec(select(ActionItem, Meeting).outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)  # type: ignore[arg-type]
                             .where(ActionItem.owner_id == person_id).order_by(ActionItem.id)).all()  # type: ignore[arg-type]
            traces = self._participation(s, person.email, person_id)
            data = PersonData(
                name=person.name, kind=person.kind, email=person.email, phone=person.phone, address=person.address,
                postal_code=person.postal_code, city=person.city, organisation=person.organisation,
                title=person.title, committee=person.committee, notes=person.notes,
                consent_purpose=person.consent_purpose, consent_at=person.consent_at,
                created_at=person.created_at, updated_at=person.updated_at,
                terms=[PersonTerm(m.role, m.term_from, m.term_to) for m in terms],
                meetings=[PersonMeeting(m.title, m.start, m.timezone, a.answer, a.presence, a.is_guest)
                          for a, m in attended],
                actions=[PersonAction(a.description, m.title if m else "", a.due, a.status, a.closed_on)
                         for a, m in actions],
                participation=traces.lines())
        return self._person_document(data, today)

    def _person_document(self, data: PersonData, today: date | None) -> bytes:
        """The access document (documents/person_data.py) on the council's letterhead, in its document language."""
        from lokalraad_app.documents.person_data import build_person_data
        from lokalraad_app.documents.styles import Letterhead
        from lokalraad_app.domain.models import Council

        with self.store.read() as s:
            council = s.exec(select(Council).order_by(Council.id)).first()  # type: ignore[arg-type]
            letterhead = (Letterhead(council.name, council.document_language, council.logo) if council
                          else Letterhead("Lokalråd"))
        return build_person_data(letterhead, data, today or date.today())

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _person_values(data: PersonInput) -> dict[str, Any]:
        values = {f: (getattr(data, f) or "").strip() if isinstance(getattr(data, f), str) else getattr(data, f)
                  for f in PERSON_FIELDS}
        values["kind"] = PersonKind(data.kind).value
        return values

    @staticmethod
    def _relink(s: Any, person_id: int, links: dict[str, list[int]]) -> None:
        """Sets the person back on the rows that named them, except in approved minutes: the file's lock
        keeps those as they were approved, with the name as recorded."""
        approved = select(Minutes.meeting_id).where(Minutes.status == MinutesStatus.APPROVED.value)
        for key, ids in links.items():
            model, column, locked = LINKS[key]
            if not ids:
                continue
            query = select(model).where(model.id.in_(ids)).where(getattr(model, column).is_(None))
            if locked:
                query = query.where(model.meeting_id.is_(None) | model.meeting_id.not_in(approved))
            for row in s.exec(query):
                setattr(row, column, person_id)

    @staticmethod
    def _participation(s: Any, email: str, person_id: int | None) -> Participation:
        """Where the plan's participation records hold someone: what was recorded under their e-mail address as
        a citizen (ideas, working-group seats, citizen-budget proposals, meeting sign-ups), and the working-group
        seats of the register's person `person_id`."""
        address = email.strip().lower()

        def by_email(column: Any) -> Any:
            return func.lower(column) == address if address else false()  # no address: nothing is theirs by it

        return Participation(
            ideas=list(s.exec(select(CitizenIdea).where(by_email(CitizenIdea.email)).order_by(col(CitizenIdea.id)))),
            seats=[tuple(r) for r in s.exec(
                select(WorkingGroupMember, WorkingGroup).join(WorkingGroup)
                .where(col(WorkingGroupMember.person_id).is_(None), by_email(WorkingGroupMember.email)))],
            register_seats=[tuple(r) for r in s.exec(
                select(WorkingGroupMember, WorkingGroup).join(WorkingGroup)
                .where(WorkingGroupMember.person_id == person_id))] if person_id is not None else [],
            proposals=[tuple(r) for r in s.exec(
                select(BudgetProposal, BudgetRound).join(BudgetRound).where(by_email(BudgetProposal.email))
                .order_by(col(BudgetProposal.id)))],
            signups=[tuple(r) for r in s.exec(
                select(MeetingSignup, Meeting).join(Meeting).where(by_email(MeetingSignup.email))
                .order_by(col(Meeting.start)))],
        )

    @staticmethod
    def _forget(s: Any, traces: Participation) -> None:
        """Erasure in the participation records: ideas and proposals stay the plan's without who brought them;
        sign-ups and seats held as a citizen go (a register person's seats go with the person)."""
        for idea in traces.ideas:
            idea.name, idea.email = "", ""
        for proposal, _ in traces.proposals:
            proposal.proposer, proposal.email = "", ""
        for seat, _ in traces.seats:
            s.delete(seat)
        for signup, _ in traces.signups:
            s.delete(signup)

    @staticmethod
    def _keep_recorded_names(s: Any, person: Person) -> None:
        """Fills in names recorded in attendance and action items before the person link goes."""
        for a in s.exec(select(Attendance).where(Attendance.person_id == person.id, Attendance.name == "")):
            a.name = person.name
        for a in s.exec(select(ActionItem).where(ActionItem.owner_id == person.id, ActionItem.owner_name == "")):
            a.owner_name = person.name


@dataclass
class Participation:
    """A person's records in the plan's citizen participation (MemberService._participation)."""

    ideas: list[CitizenIdea]
    seats: list[tuple[WorkingGroupMember, WorkingGroup]]  # held as a citizen, known by e-mail
    register_seats: list[tuple[WorkingGroupMember, WorkingGroup]]  # held as the register's person
    proposals: list[tuple[BudgetProposal, BudgetRound]]
    signups: list[tuple[MeetingSignup, Meeting]]

    def name(self) -> str:
        """The name written with the address (the first found), for a citizen not in the register."""
        names = [i.name for i in self.ideas] + [seat.name for seat, _ in self.seats] + [
            p.proposer for p, _ in self.proposals] + [u.name for u, _ in self.signups]
        return next((n.strip() for n in names if n.strip()), "")

    def lines(self) -> list[tuple[str, str]]:
        """(idea / working_group / proposal / signup, what it says): as documents/person_data.py lists them."""
        return ([("idea", f"{i.text} ({i.received_on:%d.%m.%Y})") for i in self.ideas]
                + [("working_group", g.name + (f" ({seat.role})" if seat.role else ""))
                   for seat, g in self.register_seats + self.seats]
                + [("proposal", f"{p.title}, {r.title} ({kroner(p.cost * 100)})") for p, r in self.proposals]
                + [("signup", f"{m.title} ({m.start:%d.%m.%Y})") for _, m in self.signups])

    def changes(self) -> Changes:
        """What the pages showing these records hear when they change."""
        return (frozenset({"ideas", "working_groups", "citizen_budget", "plan"})
                | {c for _, m in self.signups if m.id is not None for c in meeting_changes(m.id)})


def _citizen_email(email: str) -> str:
    address = email.strip().lower()
    if not is_valid_email(address):
        raise ValidationError("email", "invalid", "Write the citizen's e-mail address, e.g. navn@example.dk.")
    return address


def person_input_fields() -> list[str]:
    return [f.name for f in fields(PersonInput)]


__all__ = ["MemberRow", "MemberService", "PersonInput", "PersonSnapshot", "asdict"]
