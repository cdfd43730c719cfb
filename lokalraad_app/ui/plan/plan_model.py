"""Item models of the plan page: the draft's focus areas → initiatives (filterable), a version's snapshot with
what changed marked, and the delegate that draws progress as a bar."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lokalraad_app.domain.plan import Snapshot, kroner
from lokalraad_app.services.plan import AreaRow, InitiativeRow, PlanDraft

Index = QModelIndex | QPersistentModelIndex
translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the progress, 0..100, for the bar
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # ("area" | "initiative", id), or the uid in a snapshot
MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # added / removed / changed, in a snapshot

MARK_COLOURS = {"added": "#d8f0d8", "removed": "#f8d7da", "changed": "#fff3c4"}


def initiative_status_label(status: str) -> str:
    return {
        "idea": translate("PlanLabels", "Idea"),
        "active": translate("PlanLabels", "Under way"),
        "done": translate("PlanLabels", "Done"),
        "paused": translate("PlanLabels", "Paused"),
    }.get(status, status)


def mark_label(mark: str) -> str:
    return {
        "added": translate("PlanLabels", "Added"),
        "removed": translate("PlanLabels", "Removed"),
        "changed": translate("PlanLabels", "Changed"),
    }.get(mark, "")


def mean(values: list[int]) -> int:
    return round(sum(values) / len(values)) if values else 0


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    OWNER = 2
    PROGRESS = 3
    BUDGET = 4
    PERIOD = 5


def _titles() -> list[str]:
    return [translate("PlanModel", "Focus area / initiative"), translate("PlanModel", "Status"),
            translate("PlanModel", "Responsible"), translate("PlanModel", "Progress"),
            translate("PlanModel", "Budget"), translate("PlanModel", "Period")]


class _TwoLevelModel(QtCore.QAbstractItemModel):
    """Parents (focus areas) and children (initiatives); a child's internal id is its parent's row + 1."""

    def _children(self, parent_row: int) -> int:
        return 0

    def _parents(self) -> int:
        return 0

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(): the view asks for every row when it lays out the
        # tree, and each hasIndex() is another round trip into Python.
        if parent.isValid():
            if parent.internalId() != 0 or not 0 <= row < self._children(parent.row()):
                return QModelIndex()
            internal = parent.row() + 1
        elif 0 <= row < self._parents():
            internal = 0
        else:
            return QModelIndex()
        return self.createIndex(row, column, internal) if 0 <= column < len(Column) else QModelIndex()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return self._parents() > 0
        return parent.internalId() == 0 and parent.column() == 0 and self._children(parent.row()) > 0

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._parents()
        if parent.internalId() == 0 and parent.column() == 0:
            return self._children(parent.row())
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(Column):
            return _titles()[section]
        return None


class PlanTreeModel(_TwoLevelModel):
    """The draft: focus areas in order, each with its initiatives; a filter by status and responsible hides
    initiatives (an area whose initiatives are all hidden is hidden too, unless no filter is set)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.draft: PlanDraft | None = None
        self.status: str | None = None
        self.owner: str | None = None
        self.rows: list[tuple[AreaRow, list[InitiativeRow]]] = []

    def set_draft(self, draft: PlanDraft | None) -> bool:
        """Shows `draft`; False when its shape is what was shown (an edit of fields): the rows then change in
        place, so the view keeps what is expanded and chosen without laying out thousands of rows again."""
        rows = self._build(draft)
        if self.draft is not None and draft is not None and _shape(rows) == _shape(self.rows):
            self.draft, self.rows = draft, rows
            last = len(Column) - 1
            for row, (_, initiatives) in enumerate(self.rows):
                parent = self.index(row, 0)
                self.dataChanged.emit(parent, self.index(row, last))
                if initiatives:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(initiatives) - 1, last, parent))
            return False
        self.beginResetModel()
        self.draft, self.rows = draft, rows
        self.endResetModel()
        return True

    def set_filter(self, status: str | None, owner: str | None) -> None:
        self.beginResetModel()
        self.status, self.owner = status or None, owner or None
        self.rows = self._build(self.draft)
        self.endResetModel()

    def _build(self, draft: PlanDraft | None) -> list[tuple[AreaRow, list[InitiativeRow]]]:
        rows: list[tuple[AreaRow, list[InitiativeRow]]] = []
        if draft is None:
            return rows
        filtered = self.status is not None or self.owner is not None
        for area in draft.areas:
            shown = [i for i in draft.initiatives.get(area.id, [])
                     if (self.status is None or i.status == self.status)
                     and (self.owner is None or i.owner == self.owner)]
            if shown or not filtered:
                rows.append((area, shown))
        return rows

    def _parents(self) -> int:
        return len(self.rows)

    def _children(self, parent_row: int) -> int:
        return len(self.rows[parent_row][1]) if 0 <= parent_row < len(self.rows) else 0

    def record(self, index: Index) -> AreaRow | InitiativeRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.rows[index.row()][0] if index.row() < len(self.rows) else None
        children = self.rows[index.internalId() - 1][1]
        return children[index.row()] if index.row() < len(children) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if isinstance(record, AreaRow):
            percent = mean([i.progress_percent for i in self.rows[index.row()][1]])
            if role == Qt.ItemDataRole.DisplayRole:
                return {Column.TITLE: f"{record.position}. {record.title}",
                        Column.PROGRESS: f"{percent} %"}.get(Column(column), "")
            if role == PERCENT_ROLE and column == Column.PROGRESS:
                return percent
            if role == Qt.ItemDataRole.FontRole:
                font = QtGui.QFont()
                font.setBold(True)
                return font
            if role == KEY_ROLE:
                return ("area", record.id)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            period = "–".join(f"{d[5:7]}.{d[:4]}" for d in (record.start_on, record.end_on) if d)
            return {Column.TITLE: record.title, Column.STATUS: initiative_status_label(record.status),
                    Column.OWNER: record.owner, Column.PROGRESS: f"{record.progress_percent} %",
                    Column.BUDGET: kroner(record.budget_ore), Column.PERIOD: period}[Column(column)]
        if role == PERCENT_ROLE and column == Column.PROGRESS:
            return record.progress_percent
        if role == KEY_ROLE:
            return ("initiative", record.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def find(self, kind: str, record_id: int) -> QModelIndex:
        for row, (area, initiatives) in enumerate(self.rows):
            if kind == "area" and area.id == record_id:
                return self.index(row, 0)
            if kind == "initiative":
                for child, i in enumerate(initiatives):
                    if i.id == record_id:
                        return self.index(child, 0, self.index(row, 0))
        return QModelIndex()


def _shape(rows: list[tuple[AreaRow, list[InitiativeRow]]]) -> list[tuple[int, list[int]]]:
    return [(a.id, [i.id for i in initiatives]) for a, initiatives in rows]


class SnapshotTreeModel(_TwoLevelModel):
    """One version of the plan as its snapshot holds it, each element marked by what changed (`marks`)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.areas: list[dict[str, Any]] = []
        self.marks: dict[str, str] = {}

    def set_snapshot(self, snapshot: Snapshot, marks: dict[str, str]) -> None:
        self.beginResetModel()
        self.areas, self.marks = snapshot["focus_areas"], marks
        self.endResetModel()

    def _parents(self) -> int:
        return len(self.areas)

    def _children(self, parent_row: int) -> int:
        return len(self.areas[parent_row]["initiatives"]) if 0 <= parent_row < len(self.areas) else 0

    def element(self, index: Index) -> dict[str, Any] | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.areas[index.row()]
        return self.areas[index.internalId() - 1]["initiatives"][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        element = self.element(index)
        if element is None:
            return None
        mark = self.marks.get(element["uid"], "")
        column, area = Column(index.column()), index.internalId() == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if area:
                percent = mean([i["progress"] for i in element["initiatives"]])
                return {Column.TITLE: f"{element['position']}. {element['title']}", Column.STATUS: mark_label(mark),
                        Column.PROGRESS: f"{percent} %"}.get(column, "")
            period = "–".join(f"{d[5:7]}.{d[:4]}" for d in (element["start_on"], element["end_on"]) if d)
            return {Column.TITLE: element["title"],
                    Column.STATUS: " · ".join(t for t in (initiative_status_label(element["status"]),
                                                          mark_label(mark)) if t),
                    Column.OWNER: element["owner"], Column.PROGRESS: f"{element['progress']} %",
                    Column.BUDGET: kroner(element["budget_ore"]), Column.PERIOD: period}[column]
        if role == PERCENT_ROLE and column == Column.PROGRESS:
            return element["progress"] if not area else mean([i["progress"] for i in element["initiatives"]])
        if role == Qt.ItemDataRole.BackgroundRole and mark:
            return QtGui.QBrush(QtGui.QColor(MARK_COLOURS[mark]))
        if role == Qt.ItemDataRole.ForegroundRole and mark:
            return QtGui.QBrush(QtGui.QColor("#1a1a1a"))  # readable on the light marks in a dark theme too
        if role == Qt.ItemDataRole.FontRole and (area or mark == "removed"):
            font = QtGui.QFont()
            font.setBold(area)
            font.setStrikeOut(mark == "removed")
            return font
        if role == KEY_ROLE:
            return element["uid"]
        if role == MARK_ROLE:
            return mark
        return None


class ProgressDelegate(QtWidgets.QStyledItemDelegate):
    """Draws PERCENT_ROLE as the platform's progress bar, with the number on it."""

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem, index: Index) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QtGui.QBrush):
            painter.fillRect(option.rect, background)  # type: ignore[attr-defined]
        bar = QtWidgets.QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(percent)
        bar.text, bar.textVisible = f"{percent} %", True
        bar.state = option.state | QtWidgets.QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        QtWidgets.QApplication.style().drawControl(QtWidgets.QStyle.ControlElement.CE_ProgressBar, bar, painter)


__all__ = ["KEY_ROLE", "MARK_ROLE", "PERCENT_ROLE", "Column", "PlanTreeModel", "ProgressDelegate",
           "SnapshotTreeModel", "initiative_status_label", "mark_label"]
