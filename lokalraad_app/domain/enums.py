"""Enumerations of the domain; stdlib only, so the UI can import them without loading the ORM."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    TREASURER = "treasurer"
    SECRETARY = "secretary"
    MEMBER = "member"
    SUBSTITUTE = "substitute"


BOARD_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.TREASURER, Role.SECRETARY, Role.MEMBER)


class PersonKind(StrEnum):
    MEMBER = "member"  # sits (or sat) on the board, has memberships
    LIAISON = "liaison"  # municipal liaison (Fælles-skaber, kontaktperson)
    POLITICIAN = "politician"
    STAFF = "staff"  # municipal administration
    OTHER = "other"


CONTACT_KINDS = (PersonKind.LIAISON, PersonKind.POLITICIAN, PersonKind.STAFF, PersonKind.OTHER)


class MemberFilter(StrEnum):
    """The filters of the member register."""

    ALL = "all"
    BOARD = "board"  # current board, substitutes excluded
    SUBSTITUTES = "substitutes"  # current substitutes
    FORMER = "former"  # no current membership, had one
    CONTACTS = "contacts"  # outside persons


class MeetingKind(StrEnum):
    BOARD = "board"
    DIALOGUE = "dialogue"
    CITIZENS = "citizens"
    ANNUAL = "annual"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    CANCELLED = "cancelled"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"


class Classification(StrEnum):
    NONE = ""
    POLITICAL = "political"
    ADMINISTRATIVE = "administrative"


class Answer(StrEnum):
    PENDING = "pending"
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


class Presence(StrEnum):
    UNKNOWN = ""
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    FOR_COMMENT = "for_comment"
    APPROVED = "approved"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class RequestStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"


class InitiativeStatus(StrEnum):
    IDEA = "idea"
    ACTIVE = "active"
    DONE = "done"
    PAUSED = "paused"


class PlanVersionStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


class HearingStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    SKIPPED = "skipped"


class FundKind(StrEnum):
    RURAL_POOL = "rural_pool"  # landdistriktspulje
    SECTION_18 = "section_18"  # § 18-midler (social volunteering)
    FOUNDATION = "foundation"  # a private fond
    OTHER = "other"


class FundingStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    GRANTED = "granted"
    REFUSED = "refused"
    REPORTED = "reported"  # the spending accounted for: nothing left to do


class Severity(StrEnum):
    """How near a deadline is (domain.rules.deadline_severity)."""

    NONE = "none"  # more than two weeks away, or nothing left to do
    WARNING = "warning"  # within 14 days
    URGENT = "urgent"  # within 3 days
    TOO_LATE = "too_late"  # passed (for a hearing: or the committee has decided)


class DeadlineKind(StrEnum):
    """What an upcoming deadline on the overview is."""

    HEARING = "hearing"  # a hearing's response is due (the deadline, or the committee's decision if earlier)
    APPLICATION = "application"  # a funding application is to be sent
    REPORT = "report"  # a grant's spending is to be accounted for


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"
    SUPERSEDED = "superseded"  # a newer version of the same thing to the same recipient was queued
    CANCELLED = "cancelled"


class ReplyNotApplied(StrEnum):
    """Why an invitee's answer read from a calendar reply was recorded but did not change the answer."""

    OLDER = "older"  # older (SEQUENCE, then DTSTAMP) than the answer already read
    OUTDATED = "outdated"  # answers an earlier version of the meeting (its SEQUENCE grew since)
    COUNTER = "counter"  # a proposed new time: the secretary decides
    LOCKED = "locked"  # the meeting's minutes are approved
    ALREADY_READ = "already_read"  # the same reply was read before


class CounterStatus(StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"


class IdeaStatus(StrEnum):
    NEW = "new"
    TAKEN_UP = "taken_up"
    DECLINED = "declined"


class GroupNoteKind(StrEnum):
    MEETING = "meeting"  # the working group's own short meeting
    NOTE = "note"
