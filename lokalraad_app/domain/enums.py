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
