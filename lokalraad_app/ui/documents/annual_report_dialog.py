"""Årsberetning: the chair's words for a year (saved as typed, with the field's own undo) beside the facts
generated from the year's meetings, decisions, initiatives and hearings; printed with the chair's words first."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.services.annual_report import FIRST_YEAR, LAST_YEAR, AnnualReportService
from lokalraad_app.services.documents import DocumentService
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.ui.documents.preview_dialog import DocumentPreview, show_preview
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.editing import SAVE_DELAY_MS, refused, set_text


class AnnualReportDialog(QtWidgets.QDialog):
    def __init__(self, service: AnnualReportService, documents: DocumentService, events: Events, year: int,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnnualReportDialog")
        self.setWindowTitle(self.tr("Annual report"))
        self._service, self._documents, self._events = service, documents, events
        self.year = year
        self._dirty = False  # typed text waits for the save timer
        self._loading = False  # filling the field is no typing
        self.preview_dialog: DocumentPreview | None = None

        self.year_spin = QtWidgets.QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(year)
        self.year_spin.setKeyboardTracking(False)  # typing "2025" is one year, not 2, 20, 202 on the way
        year_label = QtWidgets.QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        self.saved_label = QtWidgets.QLabel()
        self.saved_label.setObjectName("SavedLabel")
        self.print_button = QtWidgets.QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("The whole report, the chair's words first, in the preview to print "
                                             "or save as PDF"))
        self.print_button.setShortcut(QtGui.QKeySequence("Ctrl+P"))
        self.close_button = QtWidgets.QPushButton(self.tr("&Close"))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(12)
        top.addWidget(self.saved_label, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.close_button)

        self.chair_edit = QtWidgets.QPlainTextEdit()
        self.chair_edit.setObjectName("ChairText")
        self.chair_edit.setPlaceholderText(self.tr(
            "Write the chair's report here: what the year brought, thanks to the volunteers, what lies ahead. "
            "A blank line starts a new paragraph. It is saved as you type; Ctrl+Z undoes."))
        chair_label = QtWidgets.QLabel(self.tr("The c&hair's report"))
        chair_label.setObjectName("SectionTitle")
        chair_label.setBuddy(self.chair_edit)
        self.facts_edit = QtWidgets.QPlainTextEdit()
        self.facts_edit.setObjectName("GeneratedFacts")
        self.facts_edit.setReadOnly(True)
        facts_label = QtWidgets.QLabel(self.tr("The &facts of the year (made from the file; printed after the "
                                               "chair's words)"))
        facts_label.setObjectName("SectionTitle")
        facts_label.setWordWrap(True)
        facts_label.setBuddy(self.facts_edit)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        for label, edit in ((chair_label, self.chair_edit), (facts_label, self.facts_edit)):
            pane = QtWidgets.QWidget()
            pane_layout = QtWidgets.QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(label)
            pane_layout.addWidget(edit, 1)
            splitter.addWidget(pane)
        splitter.setSizes([600, 400])

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(1100, 640)  # fits a 1366×768 laptop

        self._save_timer = QtCore.QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self.chair_edit.textChanged.connect(self._on_chair_edit_text_changed)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.close)
        self.load()
        self.chair_edit.setFocus()  # the dialog is there to write in

    def load(self) -> None:
        """Shows the year's chair text and facts as the file holds them."""
        self._loading = True
        try:
            set_text(self.chair_edit, self._service.chair_text(self.year))
        finally:
            self._loading = False
        self._dirty = False
        self.saved_label.clear()
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)  # a busy year takes a moment
        try:
            self.facts_edit.setPlainText(self._documents.annual_report_facts(self.year))
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()

    def set_save_delay(self, ms: int) -> None:
        self._save_timer.setInterval(ms)

    def _on_chair_edit_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        # Not restarted on every key: continuous typing must still be saved at most about a second behind.
        if not self._save_timer.isActive():
            self._save_timer.start()

    def save(self) -> bool:
        """Writes the typed text to the file (also on changing the year, printing and closing)."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            changes = self._service.set_chair_text(self.year, self.chair_edit.toPlainText())
        except ValidationError as e:
            refused(self, e)
            return False
        self._dirty = False
        self.saved_label.setText(self.tr("Saved %1").replace("%1", QtCore.QTime.currentTime().toString("HH.mm.ss")))
        self._events.publish(changes, initiator=self)
        return True

    def _on_year_spin_value_changed(self, year: int) -> None:
        if year == self.year:
            return
        if not self.save():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self.year)  # the text of the year shown stays until it is saved
            self.year_spin.blockSignals(False)
            return
        self.year = year
        self.load()

    def print_report(self) -> DocumentPreview | None:
        if not self.save():
            return None
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            name, pdf = self._documents.annual_report(self.year)
        except ValidationError as e:
            QtWidgets.QApplication.restoreOverrideCursor()
            refused(self, e, self.tr("Nothing to print"))
            return None
        QtWidgets.QApplication.restoreOverrideCursor()
        self.preview_dialog = show_preview(name, pdf, self)
        return self.preview_dialog

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.save()  # nothing typed is lost by closing
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        self.save()
        super().reject()
