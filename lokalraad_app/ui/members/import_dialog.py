"""Import people from CSV/XLSX: map columns, see every problem with row and column, then import all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services import member_import
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.member_import import (
    ImportCancelled,
    ImportFileError,
    ImportPreview,
    ImportProblem,
    ImportRefused,
    MemberImportService,
)
from lokalraad_app.ui import prompts

PREVIEW_ROWS = 50


def field_labels() -> dict[str, str]:
    # Spelled out as QCoreApplication.translate(...) each time: lupdate does not find calls through an alias.
    return {
        "name": QtCore.QCoreApplication.translate("ImportDialog", "Name"),
        "email": QtCore.QCoreApplication.translate("ImportDialog", "Email"),
        "phone": QtCore.QCoreApplication.translate("ImportDialog", "Phone"),
        "address": QtCore.QCoreApplication.translate("ImportDialog", "Address"),
        "postal_code": QtCore.QCoreApplication.translate("ImportDialog", "Postcode"),
        "city": QtCore.QCoreApplication.translate("ImportDialog", "Town"),
        "organisation": QtCore.QCoreApplication.translate("ImportDialog", "Organisation"),
        "title": QtCore.QCoreApplication.translate("ImportDialog", "Title"),
        "role": QtCore.QCoreApplication.translate("ImportDialog", "Role"),
        "term_from": QtCore.QCoreApplication.translate("ImportDialog", "Term from"),
        "term_to": QtCore.QCoreApplication.translate("ImportDialog", "Term to"),
        "kind": QtCore.QCoreApplication.translate("ImportDialog", "Type"),
        "notes": QtCore.QCoreApplication.translate("ImportDialog", "Notes"),
    }


def problem_text(p: ImportProblem) -> str:
    """A problem in the user's language: where (file, row, column) and what to fix."""
    v = p.values
    if p.column:
        where = QtCore.QCoreApplication.translate("ImportProblem", "%1, row %2, column \"%3\"").replace("%1", p.file).replace(
            "%2", str(p.row)).replace("%3", p.column)
    else:
        where = QtCore.QCoreApplication.translate("ImportProblem", "%1, row %2").replace("%1", p.file).replace("%2", str(p.row))
    matched = {
        "email": QtCore.QCoreApplication.translate("ImportProblem", "same name and e-mail"), "phone": QtCore.QCoreApplication.translate("ImportProblem", "same name and phone"),
        "address": QtCore.QCoreApplication.translate("ImportProblem", "same name and address"), "name": QtCore.QCoreApplication.translate("ImportProblem", "same name, nothing else given"),
    }
    # Lambdas, so that only the problem's own text is translated (a broken file can have thousands).
    texts: dict[str, Callable[[], str]] = {
        "name_missing": lambda: QtCore.QCoreApplication.translate("ImportProblem", "the name is missing."),
        "email_invalid": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is not a valid e-mail address."),
        "role_unknown": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is not a role; use formand, næstformand, kasserer, "
                                                   "sekretær, medlem or suppleant."),
        "kind_unknown": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is not a type; use medlem, kontaktperson, politiker, "
                                                   "medarbejder or anden."),
        "date_invalid": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is not a date; write it as 3.3.2026, 2026-03-03 or 2026."),
        "role_not_member": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is a role on the board, which only a member (type "
                                                      "\"medlem\") has; leave it empty for a %2.").replace(
            "%2", v.get("kind", "")),
        "role_no_start": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" has no start date; fill in \"%2\" (e.g. 1.3.2026, "
                                                    "2026-03-01 or 2026).").replace("%2", v.get("start", "")),
        "role_no_start_column": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" has no start date; add a column \"Valgt fra\" "
                                                           "with the date the term began (e.g. 1.3.2026 or 2026)."),
        "term_end_no_start": lambda: QtCore.QCoreApplication.translate("ImportProblem", "the term ends (%1) but has no start date; fill in \"%2\".")
        .replace("%1", v.get("end", "")).replace("%2", v.get("start", "")),
        "term_order": lambda: QtCore.QCoreApplication.translate("ImportProblem", "the term ends (%1) before it starts (%2).")
        .replace("%1", v.get("end", "")).replace("%2", v.get("start", "")),
        "spilled": lambda: QtCore.QCoreApplication.translate("ImportProblem", "the row has %1 value(s) right of the last header (\"%2\"); is there "
                                              "a comma or semicolon inside a value without quotes?")
        .replace("%1", v.get("count", "")).replace("%2", v.get("value", "")),
        "no_name_column": lambda: QtCore.QCoreApplication.translate("ImportProblem", "no column is read as the name (the columns are %1); call one "
                                                     "\"Navn\", or choose Name for it above.")
        .replace("%1", v.get("columns", "")),
        "in_register": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is already in the register (%2).").replace(
            "%1", v.get("name", "")).replace("%2", matched.get(v.get("by", ""), "")),
        "same_as_row": lambda: QtCore.QCoreApplication.translate("ImportProblem", "\"%1\" is the same person as row %2 (%3).").replace(
            "%1", v.get("name", "")).replace("%2", v.get("row", "")).replace("%3", matched.get(v.get("by", ""), "")),
    }
    text = texts.get(p.code)
    if text is None:
        return str(p)
    return f"{where}: {text().replace('%1', v.get('value', ''))}"


class ImportDialog(QtWidgets.QDialog):
    """Shows what the file holds and how its columns are read; imports nothing until accepted."""

    def __init__(self, service: MemberImportService, path: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import members from %1").replace("%1", path.name))
        self.setObjectName("ImportDialog")
        self._service = service
        self._path = path
        self.result_data: ImportPreview | None = None
        self.mapping: dict[int, str] = {}

        self.columns_box = QtWidgets.QGroupBox(self.tr("Columns in the file"))
        self.columns_layout = QtWidgets.QFormLayout(self.columns_box)
        self.preview_table = QtWidgets.QTableWidget()
        self.preview_table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_list = QtWidgets.QListWidget()
        self.problems_list.setObjectName("ImportProblems")
        self.summary_label = QtWidgets.QLabel()
        self.summary_label.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.columns_box)
        scroll.setWidgetResizable(True)
        scroll.setMaximumWidth(360)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(scroll)
        top.addWidget(self.preview_table, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QtWidgets.QLabel(self.tr("Problems to fix before importing:")))
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(1000, 640)

        self._combos: list[QtWidgets.QComboBox] = []
        self.refresh(initial=True)

    def refresh(self, initial: bool = False) -> None:
        result = self._service.preview(self._path, None if initial else self.mapping)
        self.result_data = result
        if initial:
            self.mapping = dict(result.mapping)
            self._build_columns(result.headers)
        self._fill_preview(result)
        self.problems_list.clear()
        for p in result.problems:
            self.problems_list.addItem(problem_text(p))
        known = len(result.known())
        text = self.tr("%n person(s) in the file.", "", len(result.people))
        if known:
            text += " " + self.tr("%n of them are already in the register or twice in the file.", "", known)
        self.summary_label.setText(text)
        self.import_button.setEnabled(not result.problems and bool(result.people))

    def _build_columns(self, headers: list[str]) -> None:
        labels = field_labels()
        for i, header in enumerate(headers):
            combo = QtWidgets.QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(i, "")), 0))
            combo.currentIndexChanged.connect(lambda _=0, col=i, c=combo: self._on_column_combo_changed(col, c))
            self.columns_layout.addRow(header or self.tr("(no header)"), combo)
            self._combos.append(combo)

    def _on_column_combo_changed(self, column: int, combo: QtWidgets.QComboBox) -> None:
        field = combo.currentData()
        if field:
            self.mapping[column] = field
        else:
            self.mapping.pop(column, None)
        self.refresh()

    def already_known_text(self, count: int) -> str:
        # self.tr, not QCoreApplication.translate: pyside6-lupdate 6.11 reads plurals only from tr().
        return self.tr("%n person(s) in the file are already in the register or appear twice in the file "
                       "(the same name and e-mail, phone or address):", "", count)

    def _fill_preview(self, result: ImportPreview) -> None:
        headers = result.headers
        rows = result.rows[:PREVIEW_ROWS]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setRowCount(len(rows))
        self.preview_table.setHorizontalHeaderLabels(headers)
        self.preview_table.setVerticalHeaderLabels([str(n) for n in result.source_rows[:PREVIEW_ROWS]])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(headers)]):
                self.preview_table.setItem(r, c, QtWidgets.QTableWidgetItem(value))


def run_import(parent: QtWidgets.QWidget, service: MemberImportService, publish: Callable[[frozenset[str]], None]) -> None:
    """The whole import as the user meets it: choose the file, check it, import it all or nothing."""
    path = prompts.open_file(parent, QtCore.QCoreApplication.translate("ImportDialog", "Import members"),
                             QtCore.QCoreApplication.translate("ImportDialog",
                                                               "Spreadsheets (*.csv *.xlsx *.txt)"))
    if path is None:
        return
    try:
        dialog = ImportDialog(service, path, parent)
    except (ImportFileError, OSError, ValueError) as e:
        prompts.error(parent, QtCore.QCoreApplication.translate("ImportDialog", "Cannot read the file"), str(e))
        return
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    if dialog.result_data is None:
        return
    known = dialog.result_data.known()
    as_new = False
    if known:  # importing them as they are would list them twice: ask
        examples = "\n".join(problem_text(p) for p in list(known.values())[:5])
        answer = prompts.ask(
            parent, QtCore.QCoreApplication.translate("ImportDialog", "Already in the register"),
            dialog.already_known_text(len(known)) + "\n\n" + examples,
            [QtCore.QCoreApplication.translate("ImportDialog", "&Update the existing people"),
             QtCore.QCoreApplication.translate("ImportDialog", "&Add them as new people")])
        if answer is None:
            return
        as_new = answer == 1
    progress = QtWidgets.QProgressDialog(
        QtCore.QCoreApplication.translate("ImportDialog", "Importing %1…").replace("%1", dialog.result_data.file_name),
        QtCore.QCoreApplication.translate("ImportDialog", "Cancel"), 0, len(dialog.result_data.people), parent)
    progress.setWindowTitle(QtCore.QCoreApplication.translate("ImportDialog", "Import members"))
    progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    # Shown when the rows take more than one batch; a council's usual few dozen never flash a dialog.
    progress.setMinimumDuration(0 if len(dialog.result_data.people) > member_import.IMPORT_BATCH else 60_000)
    progress.setValue(0)

    def report(done: int, total: int) -> None:
        progress.setValue(done)  # also lets the window repaint and see a click on Cancel
        if progress.wasCanceled():
            raise ImportCancelled()

    try:
        outcome = service.apply(dialog.result_data, merge=set() if as_new else set(known), as_new=as_new,
                                progress=report)
    except ImportCancelled:  # the transaction was rolled back
        prompts.info(parent, QtCore.QCoreApplication.translate("ImportDialog", "Nothing imported"),
                     QtCore.QCoreApplication.translate("ImportDialog",
                                                       "The import was cancelled; the register is as it was."))
        return
    except (ImportRefused, ValidationError) as e:  # refused as a whole: nothing was written
        prompts.error(parent, QtCore.QCoreApplication.translate("ImportDialog", "Nothing imported"), str(e))
        return
    finally:
        progress.close()
    publish(outcome.changes)
    prompts.info(parent, QtCore.QCoreApplication.translate("ImportDialog", "Imported"),
                 QtCore.QCoreApplication.translate("ImportDialog", "%1 added, %2 merged.")
                 .replace("%1", str(outcome.added)).replace("%2", str(outcome.merged)))
