"""A read-only table model over a list of light rows: what the small tables of the app share."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QtCore.QAbstractTableModel):
    """Subclasses say their column titles and what a cell shows; rows come whole from a service."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def titles(self) -> list[str]:
        return []

    def display(self, row: Any, column: int) -> str:
        return ""

    def foreground(self, row: Any) -> QtGui.QBrush | None:
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = self.titles()
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or section >= len(titles):
            return None
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None


def row_table(model: QtCore.QAbstractItemModel, widths: dict[int, int] | None = None) -> QtWidgets.QTableView:
    """A table of whole rows, one selected at a time, as every list in the app shows them."""
    table = QtWidgets.QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return table


def select_record(table: QtWidgets.QTableView, model: RowsTableModel, record_id: int,
                  open_only: QtWidgets.QCheckBox) -> bool:
    """Selects the row of one record; an open-only list is widened first if the record is closed
    (unchecking `open_only` reloads the list with every row)."""
    for attempt in range(2):
        for n, row in enumerate(model.rows):
            if row.id == record_id:
                table.selectRow(n)
                table.scrollTo(model.index(n, 0))
                return True
        if attempt == 0 and open_only.isChecked():
            open_only.setChecked(False)
    return False
