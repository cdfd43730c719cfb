"""How a deadline's nearness looks wherever it is shown (hearings, funding, the overview): colour, icon, date."""

from __future__ import annotations

from datetime import date

from PySide6 import QtGui, QtWidgets

from lokalraad_app.domain.enums import Severity

RED, AMBER = "#b00020", "#8a5300"  # too late or urgent; a warning
COLOURS = {Severity.TOO_LATE: RED, Severity.URGENT: RED, Severity.WARNING: AMBER}
ICONS = {Severity.TOO_LATE: QtWidgets.QStyle.StandardPixmap.SP_MessageBoxCritical,
         Severity.URGENT: QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning,
         Severity.WARNING: QtWidgets.QStyle.StandardPixmap.SP_MessageBoxInformation}


def short_date(d: date) -> str:
    return f"{d.day}.{d.month}."  # as Danes write a near date: 12.11.


def severity_brush(severity: Severity) -> QtGui.QBrush | None:
    colour = COLOURS.get(severity)
    return QtGui.QBrush(QtGui.QColor(colour)) if colour else None


def severity_icon(severity: Severity) -> QtGui.QIcon | None:
    pixmap = ICONS.get(severity)
    return QtWidgets.QApplication.style().standardIcon(pixmap) if pixmap is not None else None


def severity_style(severity: Severity) -> str:
    """A label's style sheet: bold in the warning's colour, plain when nothing is near."""
    colour = COLOURS.get(severity)
    return f"color: {colour}; font-weight: 600;" if colour else ""
