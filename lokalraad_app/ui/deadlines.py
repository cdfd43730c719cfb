"""How a deadline's nearness looks wherever it is shown (hearings, funding, the overview): colour, icon, date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt

from lokalraad_app.domain.enums import Severity
from lokalraad_app.ui.rows_model import Index, RowsTableModel

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


class DeadlineTableModel(RowsTableModel):
    """Rows that know their severity on a day: coloured by it, with its icon in ICON_COLUMN."""

    ICON_COLUMN = 0

    def __init__(self, parent: QtCore.QObject | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today

    def foreground(self, r: Any) -> QtGui.QBrush | None:
        return severity_brush(r.severity(self.today()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == self.ICON_COLUMN
                and 0 <= index.row() < len(self.rows)):
            return severity_icon(self.rows[index.row()].severity(self.today()))
        return super().data(index, role)

    def row_of(self, record_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == record_id), None)
