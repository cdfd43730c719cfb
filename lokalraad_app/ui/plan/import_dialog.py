"""Importér plan: what a plan file from a neighbouring council would change, field by field, with a choice
per row where both files changed a field (a conflict), for each element only this file has (kept unless
"remove" is chosen) and for each element deleted here that the file still has (stays deleted unless "add
again" is chosen; a conflict when they changed it since). The dialog only asks; PlanView applies the choices
through the service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.plan_share import (
    ADDED,
    CONFLICT,
    HERE,
    ONLY_HERE,
    OURS,
    REMOVED_HERE,
    THEIRS,
    ImportReport,
)
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.plan import ShareFileRefused
from lokalraad_app.ui.plan.compare_dialog import _value, field_label, kind_label
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel, row_table

translate = QtCore.QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def import_refusal(error: ValidationError | NotFoundError) -> str:
    """Why a plan file or the choices were refused, in the user's words (the place in the file named)."""
    if isinstance(error, ShareFileRefused):
        text = {
            "not_json": translate("PlanImport", "The file is not a plan file: it cannot be read as JSON (%1)."),
            "kind": translate("PlanImport", "The file is not a development plan exported by Lokalråd."),
            "format": translate("PlanImport", "The file was written by another version of Lokalråd (its format is "
                                              "not %2); export it again with this version."),
            "missing": translate("PlanImport", "The file lacks %1 (a %2 belongs there); export it again."),
            "type": translate("PlanImport", "In the file, %1 should be %2; export it again."),
            "duplicate": translate("PlanImport", "The file holds an element twice: %1."),
            "invalid": translate("PlanImport", "The file holds a value the plan cannot take at %1: %2"),
        }.get(error.code, error.message)
        return text.replace("%1", error.where).replace("%2", error.expected)
    if isinstance(error, ValidationError) and error.field == "choices":
        if error.code == "conflict":
            return translate("PlanImport", "Choose ours or theirs for every field changed in both files.")
        if error.code == "area_not_empty":
            return translate("PlanImport", "A focus area can only be removed with all its initiatives: %1") \
                .replace("%1", error.message)
        if error.code == "area_removed":
            return translate("PlanImport", "An initiative deleted here can only come back with its focus area "
                                           "(choose \"add again\" for the area too): %1").replace("%1", error.message)
    return refusal_message(error)


@dataclass
class DifferenceLine:
    kind: str
    uid: str
    title: str
    change: str  # ADDED, ONLY_HERE, CHANGED, REMOVED_HERE
    field: str  # "" for a whole element
    here: str
    there: str
    side: str  # THERE, HERE, CONFLICT; "" for a whole element
    choice: str | None  # OURS, THEIRS; None while a conflict is not chosen

    @property
    def choosable(self) -> bool:
        return self.side == CONFLICT or self.change in (ONLY_HERE, REMOVED_HERE)

    @property
    def key(self) -> tuple[str, str]:
        return self.uid, self.field


def difference_lines(report: ImportReport, area_titles: dict[str, str]) -> list[DifferenceLine]:
    lines = []
    for e in report.differences:
        if e.change == ADDED:
            lines.append(DifferenceLine(e.kind, e.uid, e.title, e.change, "", "", e.title, "", THEIRS))
        elif e.change == ONLY_HERE:
            lines.append(DifferenceLine(e.kind, e.uid, e.title, e.change, "", e.title, "", "", OURS))
        elif e.change == REMOVED_HERE:  # stays deleted unless chosen; to be chosen when they changed it since
            changed_there = bool(e.fields)
            lines.append(DifferenceLine(e.kind, e.uid, e.title, e.change, "", "", e.title,
                                        CONFLICT if changed_there else "", None if changed_there else OURS))
            continue
        for f in e.fields:
            choice = None if f.side == CONFLICT else OURS if f.side == HERE else THEIRS
            lines.append(DifferenceLine(e.kind, e.uid, e.title, e.change, f.field,
                                        _value(f.field, f.here, area_titles), _value(f.field, f.there, area_titles),
                                        f.side, choice))
    return lines


CONFLICT_COLOUR, REMOVE_COLOUR = "#fde2c8", "#f6d0d0"


class DifferenceTableModel(RowsTableModel):
    """Each difference of an import: element, field, here, there, and what happens (the choice)."""

    def titles(self) -> list[str]:
        return [self.tr("Element"), self.tr("Field"), self.tr("Here"), self.tr("There"), self.tr("Choice")]

    def display(self, row: DifferenceLine, column: int) -> str:
        if column == 0:
            return f"{kind_label(row.kind)}: {row.title}"
        if column == 1:
            return (field_label(row.field) if row.field
                    else self.tr("(new there)") if row.change == ADDED
                    else self.tr("(deleted here, changed there)") if row.change == REMOVED_HERE and row.side
                    else self.tr("(deleted here)") if row.change == REMOVED_HERE else self.tr("(only here)"))
        if column in (2, 3):
            return row.here if column == 2 else row.there
        if row.change == ADDED:
            return self.tr("add")
        if row.change == ONLY_HERE:
            return self.tr("keep ours") if row.choice == OURS else self.tr("remove")
        if row.choice is None:
            return self.tr("choose…")
        if row.change == REMOVED_HERE:
            return self.tr("keep it deleted") if row.choice == OURS else self.tr("add again")
        label = self.tr("keep ours") if row.choice == OURS else self.tr("take theirs")
        return label if row.choosable else self.tr("%1 (changed on one side)").replace("%1", label)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
             role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if role == QtCore.Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.rows[index.row()]
            colour = (CONFLICT_COLOUR if row.side == CONFLICT
                      else REMOVE_COLOUR if row.change == ONLY_HERE and row.choice == THEIRS else None)
            return QtGui.QBrush(QtGui.QColor(colour)) if colour else None
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QtGui.QBrush(QtGui.QColor("#1a1a1a"))
        return super().data(index, role)

    def choose(self, row_numbers: list[int], choice: str) -> None:
        for n in row_numbers:
            if self.rows[n].choosable:
                self.rows[n].choice = choice
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.titles()) - 1))


class PlanImportDialog(QtWidgets.QDialog):
    """Accepted with every conflict chosen; choices() is then what apply_import takes."""

    def __init__(self, report: ImportReport, area_titles: dict[str, str],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import plan from %1").replace("%1", report.council))
        self.resize(1000, 600)
        self.model = DifferenceTableModel(self)
        self.model.set_rows(difference_lines(report, area_titles))
        self.table = row_table(self.model, {0: 260, 1: 120, 2: 200, 3: 200})
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ours_button = QtWidgets.QPushButton(self.tr("&Keep ours"))
        self.theirs_button = QtWidgets.QPushButton(self.tr("&Take theirs / remove"))  # or add again
        self.ours_button.setToolTip(self.tr("For the chosen rows: keep this file's value (Alt+K)"))
        self.theirs_button.setToolTip(self.tr("For the chosen rows: take the other council's value, remove an "
                                              "element only this file has, or add again one deleted here (Alt+T)"))
        self.summary_label = QtWidgets.QLabel()
        self.summary_label.setWordWrap(True)
        self.buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        choose = QtWidgets.QHBoxLayout()
        choose.addWidget(QtWidgets.QLabel(self.tr("Choose for the selected rows:")))
        choose.addWidget(self.ours_button)
        choose.addWidget(self.theirs_button)
        choose.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose)
        layout.addWidget(self.buttons)
        self.ours_button.clicked.connect(lambda: self._choose(OURS))
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _choose(self, choice: str) -> None:
        self.model.choose(sorted({i.row() for i in self.table.selectionModel().selectedRows()}), choice)
        self._update()

    def unchosen(self) -> int:
        return sum(1 for r in self.model.rows if r.choice is None)

    def _update(self) -> None:
        rows = self.model.rows
        conflicts, unchosen = sum(1 for r in rows if r.side == CONFLICT), self.unchosen()
        removed = sum(1 for r in rows if r.change == ONLY_HERE and r.choice == THEIRS)
        self.summary_label.setText(
            self.tr("%1 differences, %2 of them changed in both files (%3 still to choose); %4 elements only here "
                    "will be removed. Nothing is removed or overwritten unless it says so below.")
            .replace("%1", str(len(rows))).replace("%2", str(conflicts)).replace("%3", str(unchosen))
            .replace("%4", str(removed)))
        self.import_button.setEnabled(unchosen == 0)

    def choices(self) -> dict[tuple[str, str], str]:
        return {r.key: r.choice for r in self.model.rows if r.choosable and r.choice is not None}


__all__ = ["DifferenceTableModel", "PlanImportDialog", "difference_lines", "import_refusal"]
