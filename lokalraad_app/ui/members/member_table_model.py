"""The member register as a Qt table model: ids come sorted and filtered from the service, rows lazily."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.services.members import MemberRow, MemberService
from lokalraad_app.ui.labels import format_date, kind_label, role_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    TERM = 2
    EMAIL = 3
    PHONE = 4
    ADDRESS = 5
    ORGANISATION = 6


SORT_KEYS = {
    Column.NAME: "name",
    Column.ROLE: "role",
    Column.TERM: "term",
    Column.EMAIL: "email",
    Column.PHONE: "phone",
    Column.ADDRESS: "address",
    Column.ORGANISATION: "organisation",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberTableModel(QtCore.QAbstractTableModel):
    """Holds only the ids of the filtered people; fetches rows a page at a time as they are shown."""

    def __init__(self, service: MemberService, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[int] = []
        self._rows: dict[int, MemberRow] = {}
        self._filter = MemberFilter.ALL
        self._needle = ""
        self._sort = Column.NAME
        self._descending = False
        self._fixed_ids: list[int] | None = None  # a list given from outside (retention candidates)

    # --- what to show --------------------------------------------------------------------------
    def set_filter(self, member_filter: MemberFilter, needle: str = "") -> None:
        self._filter, self._needle, self._fixed_ids = member_filter, needle, None
        self.reload()

    def show_ids(self, ids: list[int]) -> None:
        self._fixed_ids = list(ids)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._fixed_ids is not None:
            self._ids = list(self._fixed_ids)
        else:
            self._ids = self._service.find_ids(self._filter, self._needle, SORT_KEYS[self._sort], self._descending)
        self._rows.clear()
        self.endResetModel()

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def member_row(self, row: int) -> MemberRow | None:
        if not 0 <= row < len(self._ids):
            return None
        pid = self._ids[row]
        if pid not in self._rows:
            start = row - row % PAGE
            for r in self._service.rows(self._ids[start : start + PAGE]):
                self._rows[r.id] = r
        return self._rows.get(pid)

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.TERM: self.tr("Term"),
            Column.EMAIL: self.tr("Email"),
            Column.PHONE: self.tr("Phone"),
            Column.ADDRESS: self.tr("Address"),
            Column.ORGANISATION: self.tr("Organisation"),
        }.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.member_row(index.row())
        if r is None:
            return None
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and r.kind == "member" and not r.current:
            return QtGui.QBrush(QtGui.QPalette().color(QtGui.QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.ROLE and r.kind != "member":
            return kind_label(r.kind)
        return None

    def _display(self, r: MemberRow, col: Column) -> str:
        if col == Column.NAME:
            return r.name
        if col == Column.ROLE:
            if r.kind != "member":
                return r.title or kind_label(r.kind)
            return role_label(r.role) if r.role else ""
        if col == Column.TERM:
            if r.term_from is None:
                return ""
            return f"{format_date(r.term_from)} – {format_date(r.term_to)}"
        if col == Column.EMAIL:
            return r.email
        if col == Column.PHONE:
            return r.phone
        if col == Column.ADDRESS:
            return ", ".join(p for p in (r.address, f"{r.postal_code} {r.city}".strip()) if p)
        return r.organisation

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._fixed_ids is None:
            self.reload()
