"""Settings: the council, printed documents, backups, retention, the program's language, and sending."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import MeetingKind
from lokalraad_app.domain.templates import TemplateError, template_from_text
from lokalraad_app.services.council import CouncilInput, CouncilService
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingService
from lokalraad_app.services.outbox import OutboxService
from lokalraad_app.services.profile import ProfileService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.labels import meeting_kind_label
from lokalraad_app.ui.settings.sending_page import SendingPage


class SettingsDialog(QtWidgets.QDialog):
    """load() fills the widgets, save() writes them; a refused value keeps the dialog open."""

    def __init__(self, council: CouncilService, settings: QtCore.QSettings,
                 parent: QtWidgets.QWidget | None = None, meetings: MeetingService | None = None,
                 profiles: ProfileService | None = None, outbox: OutboxService | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._council = council
        self._meetings = meetings
        self._templates: dict[MeetingKind, str] = {}
        self._settings = settings
        self.name_edit = QtWidgets.QLineEdit()
        self.area_edit = QtWidgets.QLineEdit()
        self.municipality_edit = QtWidgets.QLineEdit()
        self.secretary_edit = QtWidgets.QLineEdit()
        self.email_edit = QtWidgets.QLineEdit()
        self.doc_language_combo = QtWidgets.QComboBox()
        self.doc_language_combo.addItem(self.tr("Danish"), "da")
        self.doc_language_combo.addItem(self.tr("English"), "en")
        self.ui_language_combo = QtWidgets.QComboBox()
        self.ui_language_combo.addItem(self.tr("As the system"), "")
        self.ui_language_combo.addItem("Dansk", "da")
        self.ui_language_combo.addItem("English", "en")
        self.keep_spin = QtWidgets.QSpinBox(minimum=1, maximum=365)
        self.retention_spin = QtWidgets.QSpinBox(minimum=1, maximum=50)
        self.retention_spin.setSuffix(self.tr(" years"))
        self.quorum_spin = QtWidgets.QSpinBox(minimum=1, maximum=100)
        self.quorum_spin.setSuffix(self.tr(" % of the board present"))
        self.logo_label = QtWidgets.QLabel()
        self.logo_label.setFixedSize(160, 48)
        self.logo_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.logo_button = QtWidgets.QPushButton(self.tr("C&hoose…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove_button = QtWidgets.QPushButton(self.tr("Remo&ve"))
        self.logo_remove_button.clicked.connect(lambda: self._set_logo(None))
        self._logo: bytes | None = None
        self._logo_changed = False
        self.signatures_check = QtWidgets.QCheckBox(self.tr("Si&gnature lines under approved minutes"))
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        council_box = QtWidgets.QGroupBox(self.tr("Council"))
        form = QtWidgets.QFormLayout(council_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Area:"), self.area_edit)
        form.addRow(self.tr("&Municipality:"), self.municipality_edit)
        form.addRow(self.tr("&Secretary:"), self.secretary_edit)
        form.addRow(self.tr("Secretary's &email:"), self.email_edit)
        form.addRow(self.tr("&Quorum:"), self.quorum_spin)
        documents_box = QtWidgets.QGroupBox(self.tr("Printed documents"))
        form4 = QtWidgets.QFormLayout(documents_box)
        form4.addRow(self.tr("&Document language:"), self.doc_language_combo)
        logo_row = QtWidgets.QHBoxLayout()
        for w in (self.logo_label, self.logo_button, self.logo_remove_button):
            logo_row.addWidget(w)
        logo_row.addStretch(1)
        form4.addRow(self.tr("Logo:"), logo_row)
        form4.addRow("", self.signatures_check)
        sealed_hint = QtWidgets.QLabel(self.tr("Approved minutes are sealed as they were printed then; "
                                               "these settings apply to documents printed from now on."))
        sealed_hint.setWordWrap(True)
        sealed_hint.setEnabled(False)  # greyed: a note, not a setting
        form4.addRow("", sealed_hint)
        file_box = QtWidgets.QGroupBox(self.tr("File"))
        form2 = QtWidgets.QFormLayout(file_box)
        form2.addRow(self.tr("&Backups to keep:"), self.keep_spin)
        form2.addRow(self.tr("Keep former members &for:"), self.retention_spin)
        self.template_kind_combo = QtWidgets.QComboBox()
        for k in MeetingKind:
            self.template_kind_combo.addItem(meeting_kind_label(k), k.value)
        self.template_edit = QtWidgets.QPlainTextEdit()
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setMinimumHeight(120)
        template_box = QtWidgets.QGroupBox(self.tr("Agenda templates"))
        template_layout = QtWidgets.QVBoxLayout(template_box)
        template_layout.addWidget(self.template_kind_combo)
        template_layout.addWidget(self.template_edit)
        hint = QtWidgets.QLabel(self.tr("One item a line: title | orientering, drøftelse or beslutning | minutes. "
                                        "Empty: the standard items."))
        hint.setWordWrap(True)
        template_layout.addWidget(hint)
        self._template_kind = MeetingKind.BOARD
        self.template_kind_combo.currentIndexChanged.connect(self._on_template_kind_changed)
        program_box = QtWidgets.QGroupBox(self.tr("Program"))
        form3 = QtWidgets.QFormLayout(program_box)
        form3.addRow(self.tr("&Language (after restart):"), self.ui_language_combo)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Tabs keep the dialog within a small laptop's screen.
        self.tabs = QtWidgets.QTabWidget()
        for title, boxes in ((self.tr("&Council"), (council_box, documents_box)),
                             (self.tr("A&gendas"), (template_box,)),
                             (self.tr("&File and program"), (file_box, program_box))):
            page = QtWidgets.QWidget()
            column = QtWidgets.QVBoxLayout(page)
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            self.tabs.addTab(page, title)
        self.tabs.setTabVisible(1, meetings is not None)
        self.sending_page: SendingPage | None = None
        if profiles is not None and outbox is not None:
            self.sending_page = SendingPage(profiles, outbox)
            self.tabs.addTab(self.sending_page, self.tr("&Sending"))
        layout = QtWidgets.QVBoxLayout(self)
        for w in (self.tabs, self.error_label, buttons):
            layout.addWidget(w)
        self.load()

    def load(self) -> None:
        c = self._council.council()
        if c is not None:
            self.name_edit.setText(c.name)
            self.area_edit.setText(c.area)
            self.municipality_edit.setText(c.municipality)
            self.secretary_edit.setText(c.secretary_name)
            self.email_edit.setText(c.secretary_email)
            self.doc_language_combo.setCurrentIndex(max(self.doc_language_combo.findData(c.document_language), 0))
            self._show_logo(c.logo)
        self.signatures_check.setChecked(self._council.setting("minutes_signatures") == "1")
        self.keep_spin.setValue(self._council.int_setting("backup_keep"))
        self.retention_spin.setValue(self._council.int_setting("retention_years"))
        self.quorum_spin.setValue(self._council.int_setting("quorum_percent"))
        self.ui_language_combo.setCurrentIndex(
            max(self.ui_language_combo.findData(str(self._settings.value("ui/language", ""))), 0))
        if self._meetings is not None:
            self._templates = {k: self._meetings.template_text(k) for k in MeetingKind}
            self.template_edit.setPlainText(self._templates[self._template_kind])

    def choose_logo(self) -> None:
        path = prompts.open_file(self, self.tr("Choose the council's logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            self._set_logo(path.read_bytes())
        except OSError as e:
            prompts.error(self, self.tr("Logo not read"), f"{path}: {e.strerror}")

    def _set_logo(self, content: bytes | None) -> None:
        """Shown at once, saved with OK (where the service checks it is a PNG or JPEG)."""
        self._logo, self._logo_changed = content, True
        self._show_logo(content)

    def _show_logo(self, content: bytes | None) -> None:
        self._logo = content
        image = QtGui.QImage.fromData(content) if content else QtGui.QImage()
        if image.isNull():
            self.logo_label.setPixmap(QtGui.QPixmap())
            self.logo_label.setText(self.tr("No logo") if not content else self.tr("Not an image"))
        else:
            self.logo_label.setPixmap(QtGui.QPixmap.fromImage(image).scaled(
                self.logo_label.size(), QtCore.Qt.AspectRatioMode.KeepAspectRatio,
                QtCore.Qt.TransformationMode.SmoothTransformation))
        self.logo_remove_button.setEnabled(content is not None)

    def _on_template_kind_changed(self) -> None:
        self._templates[self._template_kind] = self.template_edit.toPlainText()
        self._template_kind = MeetingKind(self.template_kind_combo.currentData())
        self.template_edit.setPlainText(self._templates.get(self._template_kind, ""))

    def save(self) -> None:
        if self.sending_page is not None:
            self.sending_page.fields_profile()  # checked before anything is saved: a refusal changes nothing
        changed_templates: dict[MeetingKind, str] = {}
        if self._meetings is not None:
            self._templates[self._template_kind] = self.template_edit.toPlainText()
            for kind, text in self._templates.items():
                if text.strip() != self._meetings.template_text(kind).strip():
                    if text.strip():
                        try:  # check all before saving anything
                            template_from_text(text)
                        except TemplateError as e:
                            raise ValidationError("template", "invalid",
                                                  f"{meeting_kind_label(kind)}: {e}") from None
                    changed_templates[kind] = text
        if self._logo_changed and self._logo is not None:
            self._council.check_logo(self._logo)  # before anything is saved: a refusal changes nothing
        self._council.save_council(CouncilInput(
            name=self.name_edit.text(), area=self.area_edit.text(), municipality=self.municipality_edit.text(),
            secretary_name=self.secretary_edit.text(), secretary_email=self.email_edit.text(),
            document_language=self.doc_language_combo.currentData(),
        ))
        self._council.set_setting("backup_keep", str(self.keep_spin.value()))
        self._council.set_setting("retention_years", str(self.retention_spin.value()))
        self._council.set_setting("quorum_percent", str(self.quorum_spin.value()))
        self._council.set_setting("minutes_signatures", "1" if self.signatures_check.isChecked() else "0")
        if self._logo_changed:
            self._council.set_logo(self._logo)
            self._logo_changed = False
        self._settings.setValue("ui/language", self.ui_language_combo.currentData())
        for kind, text in changed_templates.items():
            assert self._meetings is not None
            self._meetings.set_template_text(kind, text)
        if self.sending_page is not None:
            self.sending_page.save()

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as e:
            if self.sending_page is not None and self.sending_page.field_widget(e.field) is not None:
                self.error_label.setText(self.sending_page.refusal_text(e))
                self.error_label.show()
                self.tabs.setCurrentWidget(self.sending_page)
                self.sending_page.show_refusal(e)
                return
            texts = {"name": self.tr("Write the council's name."),
                     "template": e.message,
                     "logo": self.tr("The logo must be a PNG or JPEG image of at most 2 MB."),
                     "secretary_email": self.tr("The email address is not valid; it should look like navn@eksempel.dk.")}
            self.error_label.setText(texts.get(e.field, e.message))
            self.tabs.setCurrentIndex(1 if e.field == "template" else 0)  # where the value to fix is
            self.error_label.show()
            return
        super().accept()
