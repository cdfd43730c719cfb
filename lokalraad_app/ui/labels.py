"""Translated names of domain values, shared by every screen."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lokalraad_app.domain.enums import MemberFilter, PersonKind, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: str) -> str:
    names = {
        Role.CHAIR: _t("Chair"),
        Role.VICE_CHAIR: _t("Vice chair"),
        Role.TREASURER: _t("Treasurer"),
        Role.SECRETARY: _t("Secretary"),
        Role.MEMBER: _t("Member"),
        Role.SUBSTITUTE: _t("Substitute"),
    }
    return names.get(role, role)  # type: ignore[call-overload]


def kind_label(kind: str) -> str:
    names = {
        PersonKind.MEMBER: _t("Member"),
        PersonKind.LIAISON: _t("Municipal liaison"),
        PersonKind.POLITICIAN: _t("Politician"),
        PersonKind.STAFF: _t("Municipal staff"),
        PersonKind.OTHER: _t("Other contact"),
    }
    return names.get(kind, kind)  # type: ignore[call-overload]


def filter_label(f: MemberFilter) -> str:
    return {
        MemberFilter.ALL: _t("Everyone"),
        MemberFilter.BOARD: _t("Current board"),
        MemberFilter.SUBSTITUTES: _t("Substitutes"),
        MemberFilter.FORMER: _t("Former members"),
        MemberFilter.CONTACTS: _t("Outside contacts"),
    }[f]


def search_kind_label(kind: str) -> str:
    return {
        "person": _t("Person"),
        "meeting": _t("Meeting"),
        "agenda_item": _t("Agenda item"),
        "initiative": _t("Initiative"),
        "hearing": _t("Hearing"),
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
