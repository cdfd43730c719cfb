"""SQLModel table classes: the records of one council file.

The schema itself is owned by the Alembic migrations in store/migrations; a test checks that
these classes and the migrated file agree.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, LargeBinary, TypeDecorator, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and gives them back aware (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _ts(**kw: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kw)


class Council(SQLModel, table=True):
    __tablename__ = "council"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str
    area: str = ""
    municipality: str = ""
    secretary_name: str = ""
    secretary_email: str = ""
    document_language: str = "da"
    timezone: str = "Europe/Copenhagen"
    created_at: datetime = _ts(default_factory=utc_now)
    logo: bytes | None = Field(default=None, sa_type=LargeBinary)  # PNG or JPEG printed atop documents


class Person(SQLModel, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(index=True)
    email: str = Field(default="", index=True)
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    organisation: str = ""  # organisation represented, or the contact's employer
    title: str = ""  # a contact's title, e.g. "Fælles-skaber"
    committee: str = ""  # a politician's committee
    kind: str = Field(default="member", index=True)  # PersonKind
    notes: str = ""
    consent_at: datetime | None = _ts(default=None)
    consent_purpose: str = ""
    erased_at: datetime | None = _ts(default=None)
    created_at: datetime = _ts(default_factory=utc_now)
    updated_at: datetime = _ts(default_factory=utc_now)


class Membership(SQLModel, table=True):
    __tablename__ = "membership"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    role: str = "member"  # Role
    term_from: date
    term_to: date | None = Field(default=None, index=True)


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uuid, unique=True)  # iCalendar UID
    kind: str = "board"  # MeetingKind
    title: str
    start: datetime = _ts(index=True)
    end: datetime = _ts()
    timezone: str = "Europe/Copenhagen"
    place: str = ""
    organiser: str = ""
    status: str = "planned"  # MeetingStatus
    sequence: int = 0
    series_uid: str | None = Field(default=None, index=True)
    recurrence_id: datetime | None = _ts(default=None)  # the occurrence's original start, in a series
    notes: str = ""


class MeetingSeries(SQLModel, table=True):
    """A recurring meeting; its occurrences are meetings with its uid in series_uid."""

    __tablename__ = "meeting_series"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uuid, unique=True)
    title: str
    kind: str = "board"
    frequency: str = "monthly"  # weekly | monthly
    interval: int = 1  # every n weeks (weekly)
    nth: int | None = None  # monthly: 1..4 for first..fourth weekday of the month, -1 for the last
    timezone: str = "Europe/Copenhagen"
    until: date


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    kind: str = "information"  # ItemKind
    responsible_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    minutes_allowed: int = 10
    background: str = ""  # sagsfremstilling
    proposal: str = ""  # indstilling
    classification: str = ""  # Classification, dialogue meetings only
    postponed: bool = False
    discussion: str = ""  # minutes: drøftelse
    decision: str = ""  # minutes: beslutning
    votes_for: int | None = None
    votes_against: int | None = None
    votes_blank: int | None = None
    majority: str = Field(default="simple", sa_column_kwargs={"server_default": "simple"})  # or two_thirds


class Attachment(SQLModel, table=True):
    """A bilag: the file itself is kept in the council file."""

    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True, ondelete="CASCADE")
    file_name: str
    content: bytes = Field(sa_type=LargeBinary)
    size: int
    sha256: str
    added_at: datetime = _ts(default_factory=utc_now)


class Attendance(SQLModel, table=True):
    __tablename__ = "attendance"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True, ondelete="SET NULL")
    name: str = ""  # as recorded; kept when the person is erased
    email: str = ""
    answer: str = "pending"  # Answer
    presence: str = ""  # Presence
    is_guest: bool = False
    substitute_for_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")


class Minutes(SQLModel, table=True):
    __tablename__ = "minutes"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", unique=True, ondelete="CASCADE")
    status: str = "draft"  # MinutesStatus
    approved_on: date | None = None
    approved_at_meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    content_sha256: str = ""
    pdf_sha256: str = ""


class SealedDocument(SQLModel, table=True):
    """The exact PDF of approved minutes as it left the app, so any copy can be checked later."""

    __tablename__ = "sealed_document"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    kind: str = "minutes"
    content_sha256: str  # over the approved content; printed in the PDF's footer
    pdf_sha256: str = Field(index=True)  # of the PDF file itself
    amendments: int = 0  # how many corrections the sealed minutes include: a newer one needs a new seal
    file_name: str
    pdf: bytes = Field(sa_type=LargeBinary)
    sealed_at: datetime = _ts(default_factory=utc_now)


class MinutesAmendment(SQLModel, table=True):
    """A dated correction to approved minutes (which themselves cannot change)."""

    __tablename__ = "minutes_amendment"
    id: int | None = Field(default=None, primary_key=True)
    minutes_id: int = Field(foreign_key="minutes.id", index=True, ondelete="CASCADE")
    made_on: date
    text: str


class ActionItem(SQLModel, table=True):
    __tablename__ = "action_item"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True, ondelete="SET NULL")
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", ondelete="SET NULL")
    description: str
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    owner_name: str = ""
    due: date | None = None
    status: str = Field(default="open", index=True)  # ActionStatus
    closed_note: str = ""
    closed_on: date | None = None


class MunicipalRequest(SQLModel, table=True):
    """An administrative question from a dialogue meeting, followed until the municipality answers."""

    __tablename__ = "municipal_request"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", ondelete="SET NULL")
    question: str
    owner: str = ""  # who at the municipality answers it
    promised_on: date | None = None
    answer: str = ""
    answered_on: date | None = None
    status: str = Field(default="open", index=True)  # RequestStatus


class DevelopmentPlan(SQLModel, table=True):
    """The plan as it is being worked on (the draft); its adopted versions are snapshots in plan_version."""

    __tablename__ = "development_plan"
    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = Field(default_factory=new_uuid, unique=True, index=True)  # null only in no row (0013)
    title: str
    vision: str = ""
    adopted_on: date | None = None
    revised_on: date | None = None
    period_start: int | None = None  # the plan period's first and last year
    period_end: int | None = None


class FocusArea(SQLModel, table=True):
    __tablename__ = "focus_area"
    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = Field(default_factory=new_uuid, unique=True, index=True)
    plan_id: int = Field(foreign_key="development_plan.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    description: str = ""


class Initiative(SQLModel, table=True):
    __tablename__ = "initiative"
    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = Field(default_factory=new_uuid, unique=True, index=True)
    focus_area_id: int = Field(foreign_key="focus_area.id", index=True, ondelete="CASCADE")
    title: str
    description: str = ""
    owner: str = ""
    partners: str = ""  # the municipality, associations, citizens, businesses
    funding: str = ""  # the funding source
    progress: str = ""  # a note on how it goes; the number is progress_percent
    status: str = "idea"  # InitiativeStatus
    progress_percent: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # 0..100
    budget_ore: int | None = None  # in øre: whole numbers, no rounding
    start_on: date | None = None
    end_on: date | None = None


class PlanVersion(SQLModel, table=True):
    """A version of the plan: the draft being worked on, or an adopted one (sealed in the file, 0013)."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="development_plan.id", index=True, ondelete="CASCADE")
    number: int
    status: str = "draft"  # PlanVersionStatus
    adopted_on: date | None = None
    adopting_meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    snapshot: str = ""  # JSON of the whole plan as adopted (services.plan.snapshot)


class PlanShareBase(SQLModel, table=True):
    """An element of a shared plan as last exchanged with a partner council (the base of a three-way
    comparison); partner "" is this council's own first export (services/plan.py, export_plan)."""

    __tablename__ = "plan_share_base"
    __table_args__ = (UniqueConstraint("partner", "uid"),)
    id: int | None = Field(default=None, primary_key=True)
    partner: str  # the partner council's uuid
    uid: str  # the plan, focus area or initiative
    kind: str  # plan, focus_area, initiative
    state: str  # JSON of the element's fields as exchanged


class InitiativeDecision(SQLModel, table=True):
    """An agenda item (a decision) about an initiative."""

    __tablename__ = "initiative_decision"
    __table_args__ = (UniqueConstraint("initiative_id", "agenda_item_id"),)
    id: int | None = Field(default=None, primary_key=True)
    initiative_id: int = Field(foreign_key="initiative.id", index=True, ondelete="CASCADE")
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True, ondelete="CASCADE")


class Hearing(SQLModel, table=True):
    __tablename__ = "hearing"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uuid, unique=True)
    title: str
    reference: str = ""  # the municipality's case number
    description: str = ""
    deadline: date | None = None
    response: str = ""
    status: str = "open"  # HearingStatus
    answered_on: date | None = None
    issuer: str = Field(default="", sa_column_kwargs={"server_default": text("''")})  # the municipal department
    link: str = Field(default="", sa_column_kwargs={"server_default": text("''")})  # the hearing on the municipality's site
    committee_decides_on: date | None = None  # when the committee decides: an answer after that is too late
    # The board decision the response rests on.
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", ondelete="SET NULL")


class FundingApplication(SQLModel, table=True):
    """An application to a municipal pool (landdistriktspulje, § 18) or a foundation, often for an initiative."""

    __tablename__ = "funding_application"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uuid, unique=True)
    fund: str  # the pool's or foundation's name
    kind: str = "rural_pool"  # FundKind
    purpose: str = ""  # what the money is for, in a few words
    initiative_id: int | None = Field(default=None, foreign_key="initiative.id", ondelete="SET NULL")
    amount_applied: int = 0  # whole kroner
    amount_granted: int | None = None  # whole kroner, once decided
    deadline: date | None = None  # the application deadline
    status: str = Field(default="draft", index=True)  # FundingStatus
    decided_on: date | None = None
    report_deadline: date | None = None  # when the spending must be accounted for (afrapportering)
    notes: str = ""


class OutboxMessage(SQLModel, table=True):
    __tablename__ = "outbox_message"
    id: int | None = Field(default=None, primary_key=True)
    kind: str  # email, caldav, webdav
    aggregate: str = Field(default="", index=True)  # e.g. the meeting UID
    recipient: str = ""
    payload: str = ""
    file_path: str = ""
    sha256: str = ""
    idempotency_key: str = Field(unique=True)
    status: str = Field(default="pending", index=True)  # OutboxStatus
    attempts: int = 0
    next_attempt_at: datetime | None = _ts(default=None)
    lease_until: datetime | None = _ts(default=None)
    last_error: str = ""
    created_at: datetime = _ts(default_factory=utc_now)
    sent_at: datetime | None = _ts(default=None)


class InvitationSent(SQLModel, table=True):
    """What one invitee was last sent of a meeting (or series, by its uid): the change line and who
    gets what are worked out against it."""

    __tablename__ = "invitation_sent"
    __table_args__ = (UniqueConstraint("uid", "email"),)
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True)  # the meeting's or the series' iCalendar UID
    email: str  # lower case
    name: str = ""
    method: str = "REQUEST"  # REQUEST, or CANCEL once they were told it is off
    sequence: int = 0
    title: str = ""
    start: datetime = _ts()
    end: datetime = _ts()
    place: str = ""
    cancelled: bool = False
    fingerprint: str = ""  # the significant properties sent (ical.invitations.fingerprint)
    content: str = ""  # the same plus the description: any difference means an update is due
    sent_at: datetime = _ts(default_factory=utc_now)


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts(default_factory=utc_now)
    entity: str
    entity_id: int | None = None
    action: str
    detail: str = ""


class Setting(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = ""


class CalendarReply(SQLModel, table=True):
    """An invitee's iTIP REPLY or COUNTER as read, kept whether it changed the answer or not."""

    __tablename__ = "calendar_reply"
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    attendance_id: int = Field(foreign_key="attendance.id", index=True, ondelete="CASCADE")
    method: str = "REPLY"  # REPLY or COUNTER
    partstat: str = ""  # as sent: ACCEPTED, DECLINED, TENTATIVE, ...
    sequence: int = 0
    dtstamp: datetime = _ts()
    applied: bool = False  # changed Attendance.answer
    not_applied_reason: str = ""  # ReplyNotApplied, when not applied
    proposed_start: datetime | None = _ts(default=None)  # COUNTER only
    proposed_end: datetime | None = _ts(default=None)
    comment: str = ""
    status: str = ""  # COUNTER: "open" until the secretary has dealt with it, then "dismissed"
    received_at: datetime = _ts(default_factory=utc_now)


class CalendarSource(SQLModel, table=True):
    """Someone else's calendar, mirrored read-only beside our meetings (never invited from)."""

    __tablename__ = "calendar_source"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    location: str = ""  # the file or URL it was read from
    etag: str = ""  # of the last fetch of a URL
    colour: str = ""  # for the calendar view, e.g. "#1f77b4"; empty: the view chooses
    visible: bool = True
    imported_at: datetime = _ts(default_factory=utc_now)


class CalendarEvent(SQLModel, table=True):
    """One occurrence in a mirrored calendar (series are expanded over a window when imported)."""

    __tablename__ = "calendar_event"
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="calendar_source.id", index=True, ondelete="CASCADE")
    uid: str = ""  # as the source wrote it (may be long, or missing)
    recurrence_id: datetime | None = _ts(default=None)  # the occurrence's original start, in a series
    title: str = ""
    location: str = ""
    start: datetime = _ts(index=True)
    end: datetime = _ts()
    all_day: bool = False  # start and end are then midnights in the council's zone (end exclusive)


# --- citizen participation in the development plan: ideas, working groups, citizen budget --------------


class CitizenIdea(SQLModel, table=True):
    """An idea a citizen brought (often at a borgermøde), linked to the focus area or initiative it feeds."""

    __tablename__ = "citizen_idea"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    text: str
    name: str = ""  # who brought it
    email: str = ""
    received_on: date
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True, ondelete="SET NULL")
    focus_area_id: int | None = Field(default=None, foreign_key="focus_area.id", index=True, ondelete="SET NULL")
    initiative_id: int | None = Field(default=None, foreign_key="initiative.id", index=True, ondelete="SET NULL")
    status: str = Field(default="new", index=True)  # IdeaStatus


class WorkingGroup(SQLModel, table=True):
    """An arbejdsgruppe (trafiksikkerhed, havnen): its mandate, members, initiatives and notes."""

    __tablename__ = "working_group"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str
    mandate: str = ""
    active: bool = True


class WorkingGroupMember(SQLModel, table=True):
    """A person from the register (person_id), or a citizen outside the board known by name and e-mail."""

    __tablename__ = "working_group_member"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", index=True, ondelete="CASCADE")
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True, ondelete="CASCADE")
    name: str = ""  # a citizen's (a register person's name is read from the register)
    email: str = ""
    role: str = ""  # e.g. "tovholder"


class WorkingGroupInitiative(SQLModel, table=True):
    """An initiative the working group owns."""

    __tablename__ = "working_group_initiative"
    __table_args__ = (UniqueConstraint("group_id", "initiative_id"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", index=True, ondelete="CASCADE")
    initiative_id: int = Field(foreign_key="initiative.id", index=True, ondelete="CASCADE")


class WorkingGroupNote(SQLModel, table=True):
    """One of the group's own short meetings, or a note."""

    __tablename__ = "working_group_note"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", index=True, ondelete="CASCADE")
    made_on: date
    kind: str = "note"  # GroupNoteKind
    text: str


class BudgetRound(SQLModel, table=True):
    """A borgerbudget: a sum the citizens share out by vote among their own costed proposals."""

    __tablename__ = "budget_round"
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    title: str
    total: int  # whole kroner
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True, ondelete="SET NULL")
    decided_on: date | None = None  # the result recorded (the chosen proposals are marked)


class BudgetProposal(SQLModel, table=True):
    __tablename__ = "budget_proposal"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="budget_round.id", index=True, ondelete="CASCADE")
    title: str
    proposer: str = ""
    email: str = ""
    description: str = ""
    cost: int = 0  # whole kroner
    votes: int = 0  # ballots or dots counted
    chosen: bool = False  # in the recorded result
    initiative_id: int | None = Field(default=None, foreign_key="initiative.id", index=True, ondelete="SET NULL")
class MeetingSignup(SQLModel, table=True):
    """A citizen who signed up for a borgermøde: the minutes go to them too ("Send referat til deltagere")."""

    __tablename__ = "meeting_signup"
    __table_args__ = (UniqueConstraint("meeting_id", "email"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    name: str
    email: str  # lower case: one sign-up per address and meeting
    signed_up_at: datetime = _ts(default_factory=utc_now)
class AnnualReport(SQLModel, table=True):
    """The chair's own words for a year's annual report (formandens beretning); the facts beside them are
    generated from the year's records each time the report is printed."""

    __tablename__ = "annual_report"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    chair_text: str = ""
    updated_at: datetime = _ts(default_factory=utc_now)
