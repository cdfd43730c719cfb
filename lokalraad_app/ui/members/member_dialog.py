"""Add or edit one person: a member with role and term, or an outside contact."""

from __future__ import annotations

from datetime import date

from PySide6 import QtWidgets

from lokalraad_app.domain.enums import PersonKind, Role
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.members import PersonInput, validate
from lokalraad_app.ui.date_field import DateField, follow, refuse_bad_dates
from lokalraad_app.ui.labels import buddy_label, kind_label, role_label


class MemberDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None, data: PersonInput | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if data else self.tr("Add person"))
        self.setObjectName("MemberDialog")

        self.name_edit = QtWidgets.QLineEdit()
        self.kind_combo = QtWidgets.QComboBox()
        for k in PersonKind:
            self.kind_combo.addItem(kind_label(k), k.value)
        self.role_combo = QtWidgets.QComboBox()
        for r in Role:
            self.role_combo.addItem(role_label(r), r.value)
        self.role_combo.addItem(self.tr("No membership"), "")
        self.term_from_edit = DateField()
        self.term_to_check = QtWidgets.QCheckBox(self.tr("Term ends"))
        self.term_to_edit = DateField()
        follow(self.term_from_edit, self.term_to_edit)
        self.email_edit = QtWidgets.QLineEdit()
        self.phone_edit = QtWidgets.QLineEdit()
        self.address_edit = QtWidgets.QLineEdit()
        self.postal_edit = QtWidgets.QLineEdit()
        self.postal_edit.setMaximumWidth(80)
        self.city_edit = QtWidgets.QLineEdit()
        self.organisation_edit = QtWidgets.QLineEdit()
        self.title_edit = QtWidgets.QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Fælles-skaber"))
        self.committee_edit = QtWidgets.QLineEdit()
        self.notes_edit = QtWidgets.QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        term = QtWidgets.QHBoxLayout()
        term.addWidget(self.term_from_edit)
        term.addWidget(self.term_to_check)
        term.addWidget(self.term_to_edit)
        term.addStretch(1)
        place = QtWidgets.QHBoxLayout()
        place.addWidget(self.postal_edit)
        place.addWidget(self.city_edit)

        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Type:"), self.kind_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(buddy_label(self.tr("Term &from:"), self.term_from_edit), term)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Postcode and town:"), place)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        form.addRow(self.tr("&Committee:"), self.committee_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)

        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.role_combo.currentIndexChanged.connect(self._update_enabled)
        self.term_to_check.toggled.connect(self._update_enabled)
        self.set_value(data or PersonInput(name="", term_from=date.today()))

    def set_value(self, data: PersonInput) -> None:
        self.name_edit.setText(data.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PersonKind(data.kind).value))
        self.role_combo.setCurrentIndex(self.role_combo.findData(data.role.value if data.role else ""))
        self.term_from_edit.set_date(data.term_from or date.today())
        self.term_to_check.setChecked(data.term_to is not None)
        default_end = date(date.today().year + 2, date.today().month, 1)
        self.term_to_edit.set_date(data.term_to or default_end)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.address_edit.setText(data.address)
        self.postal_edit.setText(data.postal_code)
        self.city_edit.setText(data.city)
        self.organisation_edit.setText(data.organisation)
        self.title_edit.setText(data.title)
        self.committee_edit.setText(data.committee)
        self.notes_edit.setPlainText(data.notes)
        self._update_enabled()

    def value(self) -> PersonInput:
        role_value = self.role_combo.currentData()
        has_term = bool(role_value)
        return PersonInput(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            address=self.address_edit.text().strip(),
            postal_code=self.postal_edit.text().strip(),
            city=self.city_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            title=self.title_edit.text().strip(),
            committee=self.committee_edit.text().strip(),
            kind=PersonKind(self.kind_combo.currentData()),
            notes=self.notes_edit.toPlainText().strip(),
            role=Role(role_value) if has_term else None,
            term_from=self.term_from_edit.date() if has_term else None,
            term_to=self.term_to_edit.date() if has_term and self.term_to_check.isChecked() else None,
        )

    def accept(self) -> None:
        """Refuses to close on bad input, says which field to fix and keeps what was typed."""
        if refuse_bad_dates([self.term_from_edit, self.term_to_edit], self.error_label):
            return
        try:
            validate(self.value())
        except ValidationError as e:
            self.show_error(e)
            return
        super().accept()

    def show_error(self, e: ValidationError) -> None:
        messages = {
            ("name", "required"): self.tr("Write the person's name."),
            ("email", "invalid"): self.tr("The email address is not valid; it should look like navn@eksempel.dk."),
            ("term_from", "required"): self.tr("A member needs the date the term starts."),
            ("term_to", "before_start"): self.tr("The term cannot end before it starts."),
        }
        self.error_label.setText(messages.get((e.field, e.code), e.message))
        self.error_label.show()
        widget = {"name": self.name_edit, "email": self.email_edit, "term_from": self.term_from_edit,
                  "term_to": self.term_to_edit}.get(e.field)
        if widget is not None:
            widget.setFocus()

    def _on_kind_combo_changed(self) -> None:
        # Outside contacts usually have no membership; members usually do.
        is_member = self.kind_combo.currentData() == PersonKind.MEMBER.value
        if not is_member and self.role_combo.currentData():
            self.role_combo.setCurrentIndex(self.role_combo.findData(""))
        elif is_member and not self.role_combo.currentData():
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER.value))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_term = bool(self.role_combo.currentData())
        self.term_from_edit.setEnabled(has_term)
        self.term_to_check.setEnabled(has_term)
        self.term_to_edit.setEnabled(has_term and self.term_to_check.isChecked())
        is_contact = self.kind_combo.currentData() != PersonKind.MEMBER.value
        self.committee_edit.setEnabled(is_contact)
