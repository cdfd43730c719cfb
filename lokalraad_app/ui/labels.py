"""Translated names of domain values, shared by every screen."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from lokalraad_app.domain.enums import MemberFilter, OutboxStatus, PersonKind, Role

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label for a row whose field is a layout: without a buddy, "&Repeat:" shows its "&"."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def role_label(role: str) -> str:
    names = {
        Role.CHAIR: translate("Labels", "Chair"),
        Role.VICE_CHAIR: translate("Labels", "Vice chair"),
        Role.TREASURER: translate("Labels", "Treasurer"),
        Role.SECRETARY: translate("Labels", "Secretary"),
        Role.MEMBER: translate("Labels", "Member"),
        Role.SUBSTITUTE: translate("Labels", "Substitute"),
    }
    return names.get(role, role)  # type: ignore[call-overload]


def kind_label(kind: str) -> str:
    names = {
        PersonKind.MEMBER: translate("Labels", "Member"),
        PersonKind.LIAISON: translate("Labels", "Municipal liaison"),
        PersonKind.POLITICIAN: translate("Labels", "Politician"),
        PersonKind.STAFF: translate("Labels", "Municipal staff"),
        PersonKind.OTHER: translate("Labels", "Other contact"),
    }
    return names.get(kind, kind)  # type: ignore[call-overload]


def filter_label(f: MemberFilter) -> str:
    return {
        MemberFilter.ALL: translate("Labels", "Everyone"),
        MemberFilter.BOARD: translate("Labels", "Current board"),
        MemberFilter.SUBSTITUTES: translate("Labels", "Substitutes"),
        MemberFilter.FORMER: translate("Labels", "Former members"),
        MemberFilter.CONTACTS: translate("Labels", "Outside contacts"),
    }[f]


def search_kind_label(kind: str) -> str:
    return {
        "person": translate("Labels", "Person"),
        "meeting": translate("Labels", "Meeting"),
        "agenda_item": translate("Labels", "Agenda item"),
        "initiative": translate("Labels", "Initiative"),
        "hearing": translate("Labels", "Hearing"),
    }.get(kind, kind)


def format_date(d: date | None) -> str:
    """A date as people of the UI language write it (3. marts 2026 in Danish)."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), "d. MMM yyyy")


def format_datetime(dt: datetime, zone: str = "Europe/Copenhagen") -> str:
    """The meeting's local time the Danish way: tirsdag 3. marts 2026 kl. 19.00."""
    local = dt.astimezone(ZoneInfo(zone))
    q = QDate(local.year, local.month, local.day)
    return QCoreApplication.translate("Labels", "%1 at %2").replace(
        "%1", QLocale().toString(q, "dddd d. MMMM yyyy")).replace("%2", f"{local:%H.%M}")


def meeting_kind_label(kind: str) -> str:
    return {
        "board": translate("Labels", "Board meeting"),
        "dialogue": translate("Labels", "Dialogue meeting"),
        "citizens": translate("Labels", "Citizens' meeting"),
        "annual": translate("Labels", "Annual general meeting"),
    }.get(kind, kind)


def meeting_status_label(status: str) -> str:
    return {
        "planned": translate("Labels", "Planned"),
        "invited": translate("Labels", "Invited"),
        "held": translate("Labels", "Held"),
        "cancelled": translate("Labels", "Cancelled"),
        "minutes_approved": translate("Labels", "Minutes approved"),
    }.get(status, status)


def item_kind_label(kind: str) -> str:
    return {
        "information": translate("Labels", "Information"),
        "discussion": translate("Labels", "Discussion"),
        "decision": translate("Labels", "Decision"),
    }.get(kind, kind)


def minutes_status_label(status: str) -> str:
    return {
        "draft": translate("Labels", "Draft"),
        "for_comment": translate("Labels", "Sent for comments"),
        "approved": translate("Labels", "Approved"),
    }.get(status, status)


def answer_label(answer: str) -> str:
    return {
        "pending": translate("Labels", "Awaiting"),
        "yes": translate("Labels", "Yes"),
        "no": translate("Labels", "No"),
        "maybe": translate("Labels", "Maybe"),
    }.get(answer, answer)


def presence_label(presence: str) -> str:
    return {
        "": "",
        "present": translate("Labels", "Present"),
        "excused": translate("Labels", "Excused"),
        "absent": translate("Labels", "Absent"),
    }.get(presence, presence)


def outbox_status_label(status: str) -> str:
    names = {
        OutboxStatus.PENDING: translate("Labels", "Waiting"),
        OutboxStatus.SENDING: translate("Labels", "Sending"),
        OutboxStatus.SENT: translate("Labels", "Sent"),
        OutboxStatus.FAILED: translate("Labels", "Failed"),
        OutboxStatus.NEEDS_ATTENTION: translate("Labels", "Needs attention"),
        OutboxStatus.SUPERSEDED: translate("Labels", "Replaced by a newer version"),
        OutboxStatus.CANCELLED: translate("Labels", "Cancelled, not sent"),
    }
    return names.get(status, status)  # type: ignore[call-overload]
