"""First start: the council's name, area and municipality and the secretary — or the demo council."""

from __future__ import annotations

from PySide6 import QtWidgets

from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.errors import ValidationError


class WelcomeDialog(QtWidgets.QDialog):
    """Accepted with `value()`; `demo_requested` is True if the user chose the demo council."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Lokalråd"))
        self.setObjectName("WelcomeDialog")
        self.demo_requested = False
        intro = QtWidgets.QLabel(self.tr(
            "Lokalråd keeps your council's members, meetings, minutes and plans in one file on this "
            "computer. Tell us who you are to begin — you can change it later."))
        intro.setWordWrap(True)
        self.name_edit = QtWidgets.QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Kirke Hyllinge Lokalråd"))
        self.area_edit = QtWidgets.QLineEdit()
        self.municipality_edit = QtWidgets.QLineEdit()
        self.municipality_edit.setPlaceholderText(self.tr("e.g. Lejre Kommune"))
        self.secretary_edit = QtWidgets.QLineEdit()
        self.email_edit = QtWidgets.QLineEdit()
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Council &name:"), self.name_edit)
        form.addRow(self.tr("&Area (villages, parish):"), self.area_edit)
        form.addRow(self.tr("&Municipality:"), self.municipality_edit)
        form.addRow(self.tr("&Secretary's name:"), self.secretary_edit)
        form.addRow(self.tr("Secretary's &email:"), self.email_edit)
        buttons = QtWidgets.QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("&Start"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = buttons.addButton(self.tr("Open &demo council"),
                                             QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def value(self) -> CouncilInput:
        return CouncilInput(
            name=self.name_edit.text().strip(),
            area=self.area_edit.text().strip(),
            municipality=self.municipality_edit.text().strip(),
            secretary_name=self.secretary_edit.text().strip(),
            secretary_email=self.email_edit.text().strip(),
        )

    def accept(self) -> None:
        if not self.demo_requested and not self.value().name:
            self.show_error(ValidationError("name", "required"))
            return
        super().accept()

    def show_error(self, e: ValidationError) -> None:
        text = {
            "name": self.tr("Write the council's name."),
            "secretary_email": self.tr("The email address is not valid; it should look like navn@eksempel.dk."),
        }.get(e.field, e.message)
        self.error_label.setText(text)
        self.error_label.show()
        (self.email_edit if e.field == "secretary_email" else self.name_edit).setFocus()

    def _on_demo_button_clicked(self) -> None:
        self.demo_requested = True
        super().accept()
