"""Sammenlign versioner: two versions of the plan side by side, what was added, removed and changed marked,
and below them each change field by field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import PlanVersionStatus
from lokalraad_app.domain.plan import Comparison, compare, kroner
from lokalraad_app.services.plan import PlanService
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.plan.plan_model import (
    MARK_COLOURS,
    Column,
    ProgressDelegate,
    SnapshotTreeModel,
    initiative_status_label,
    mark_label,
)
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def field_label(field: str) -> str:
    return {
        "title": translate("PlanFields", "Title"), "vision": translate("PlanFields", "Vision"),
        "period_start": translate("PlanFields", "Period from"), "period_end": translate("PlanFields", "Period to"),
        "description": translate("PlanFields", "Description"), "position": translate("PlanFields", "Order"),
        "focus_area": translate("PlanFields", "Focus area"), "owner": translate("PlanFields", "Responsible"),
        "partners": translate("PlanFields", "Partners"), "status": translate("PlanFields", "Status"),
        "progress": translate("PlanFields", "Progress"), "progress_note": translate("PlanFields", "Progress note"),
        "budget_ore": translate("PlanFields", "Budget"), "funding": translate("PlanFields", "Funding source"),
        "start_on": translate("PlanFields", "Start"), "end_on": translate("PlanFields", "End"),
    }.get(field, field)


def kind_label(kind: str) -> str:
    return {"plan": translate("PlanFields", "The plan"), "focus_area": translate("PlanFields", "Focus area"),
            "initiative": translate("PlanFields", "Initiative")}.get(kind, kind)


@dataclass(frozen=True)
class ChangeLine:
    kind: str
    title: str
    change: str
    field: str
    old: str
    new: str


class ChangeTableModel(RowsTableModel):
    """Each change of a comparison, field by field (an added or removed element is one line)."""

    def titles(self) -> list[str]:
        return [self.tr("Element"), self.tr("Change"), self.tr("Field"), self.tr("Before"), self.tr("After")]

    def display(self, row: ChangeLine, column: int) -> str:
        return (f"{kind_label(row.kind)}: {row.title}", mark_label(row.change), row.field, row.old, row.new)[column]

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QtGui.QBrush(QtGui.QColor(MARK_COLOURS[self.rows[index.row()].change]))
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QtGui.QBrush(QtGui.QColor("#1a1a1a"))
        return super().data(index, role)


def _value(field: str, value: Any, area_titles: dict[str, str]) -> str:
    if value is None:
        return ""
    if field == "budget_ore":
        return kroner(value)
    if field == "progress":
        return f"{value} %"
    if field == "status":
        return initiative_status_label(value)
    if field == "focus_area":
        return area_titles.get(value, value)
    if field in ("start_on", "end_on"):
        return ".".join(reversed(str(value).split("-")))
    return " ".join(str(value).split())


def change_lines(comparison: Comparison, area_titles: dict[str, str]) -> list[ChangeLine]:
    lines = []
    for c in comparison.changes:
        if not c.fields:
            lines.append(ChangeLine(c.kind, c.title, c.change, "", "", ""))
        lines += [ChangeLine(c.kind, c.title, c.change, field_label(f.field), _value(f.field, f.old, area_titles),
                             _value(f.field, f.new, area_titles)) for f in c.fields]
    return lines


class CompareDialog(QtWidgets.QDialog):
    def __init__(self, plan: PlanService, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.setWindowTitle(self.tr("Compare versions of the plan"))
        self.resize(1100, 700)
        self.older_combo, self.newer_combo = QtWidgets.QComboBox(), QtWidgets.QComboBox()
        for v in plan.versions():
            text = (self.tr("Version %1, adopted %2").replace("%1", str(v.number)).replace("%2", format_date(v.adopted_on))
                    if v.status == PlanVersionStatus.ADOPTED.value
                    else self.tr("Draft of version %1").replace("%1", str(v.number)))
            self.older_combo.addItem(text, v.number)
            self.newer_combo.addItem(text, v.number)
        self.older_combo.setCurrentIndex(max(self.older_combo.count() - 2, 0))  # the last adopted
        self.newer_combo.setCurrentIndex(self.newer_combo.count() - 1)  # the draft
        self.older_model, self.newer_model = SnapshotTreeModel(self), SnapshotTreeModel(self)
        self.older_tree, self.newer_tree = self._tree(self.older_model), self._tree(self.newer_model)
        self.summary_label = QtWidgets.QLabel()
        self.change_model = ChangeTableModel(self)
        self.change_table = row_table(self.change_model, {0: 280, 1: 80, 2: 110, 3: 220})
        sides = QtWidgets.QGridLayout()
        sides.addWidget(self.older_combo, 0, 0)
        sides.addWidget(self.newer_combo, 0, 1)
        sides.addWidget(self.older_tree, 1, 0)
        sides.addWidget(self.newer_tree, 1, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(sides, 3)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.change_table, 2)
        layout.addWidget(buttons)
        self.older_combo.currentIndexChanged.connect(self.show_comparison)
        self.newer_combo.currentIndexChanged.connect(self.show_comparison)
        self.show_comparison()

    def _tree(self, model: SnapshotTreeModel) -> QtWidgets.QTreeView:
        tree = QtWidgets.QTreeView()
        tree.setModel(model)
        tree.setUniformRowHeights(True)
        tree.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(tree))
        for column in (Column.OWNER, Column.BUDGET, Column.PERIOD):
            tree.setColumnHidden(column, True)  # side by side there is room for what matters most
        tree.setColumnWidth(Column.TITLE, 260)
        return tree

    def show_comparison(self) -> None:
        older, newer = self.older_combo.currentData(), self.newer_combo.currentData()
        if older is None or newer is None:
            return
        old, new = self._plan.snapshot(older), self._plan.snapshot(newer)
        comparison = compare(old, new)
        marks = comparison.marks()
        self.older_model.set_snapshot(old, {u: m for u, m in marks.items() if m != "added"})
        self.newer_model.set_snapshot(new, {u: m for u, m in marks.items() if m != "removed"})
        self.older_tree.expandAll()
        self.newer_tree.expandAll()
        titles = {a["uid"]: a["title"] for s in (old, new) for a in s["focus_areas"]}
        self.change_model.set_rows(change_lines(comparison, titles))
        self.summary_label.setText(
            self.tr("%1 added, %2 removed, %3 changed.").replace("%1", str(comparison.count("added")))
            .replace("%2", str(comparison.count("removed"))).replace("%3", str(comparison.count("changed"))))


__all__ = ["CompareDialog", "change_lines"]
