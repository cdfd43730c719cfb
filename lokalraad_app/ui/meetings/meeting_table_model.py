"""The meetings list as a Qt table model over light rows from the service."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lokalraad_app.services.meeting_list import MeetingListRow
from lokalraad_app.ui.labels import format_datetime, meeting_kind_label, meeting_status_label

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    TITLE = 2
    PLACE = 3
    STATUS = 4
    ITEMS = 5


class Show(IntEnum):
    UPCOMING = 0
    PAST = 1
    ALL = 2


class MeetingTableModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[MeetingListRow] = []
        self._rows: list[MeetingListRow] = []
        self._show = Show.UPCOMING
        self._needle = ""

    def set_rows(self, rows: list[MeetingListRow]) -> None:
        self._all = rows
        self._apply()

    def set_filter(self, show: Show, needle: str = "") -> None:
        self._show, self._needle = show, needle.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        now = datetime.now(UTC)
        rows = self._all
        if self._show is Show.UPCOMING:
            rows = [r for r in rows if r.end >= now]
        elif self._show is Show.PAST:
            rows = [r for r in reversed(rows) if r.end < now]  # newest first
        if self._needle:
            rows = [r for r in rows if self._needle in f"{r.title} {r.place}".casefold()]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def meeting(self, row: int) -> MeetingListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or section >= len(Column):
            return None
        return {
            Column.WHEN: self.tr("When"),
            Column.KIND: self.tr("Kind"),
            Column.TITLE: self.tr("Title"),
            Column.PLACE: self.tr("Place"),
            Column.STATUS: self.tr("Status"),
            Column.ITEMS: self.tr("Items"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.meeting(index.row()) if index.isValid() else None
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = Column(index.column())
        if col == Column.WHEN:
            return format_datetime(r.start, r.timezone)
        if col == Column.KIND:
            return meeting_kind_label(r.kind)
        if col == Column.TITLE:
            return r.title
        if col == Column.PLACE:
            return r.place
        if col == Column.STATUS:
            return meeting_status_label(r.status)
        return str(r.agenda_items)
