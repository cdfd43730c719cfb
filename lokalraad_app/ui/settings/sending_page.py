"""Indstillinger ▸ Afsendelse: the municipality's profile (imported from the file it hands out), the mail
password (kept only in the keyring) and "Test forbindelse". Each button acts at once: a profile or a
password is not a draft that OK or Cancel decides about."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.outbox import OutboxService
from lokalraad_app.services.profile import CredentialError, ProfileService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.refusals import refusal_message


class SendingPage(QtWidgets.QWidget):
    _tested = QtCore.Signal(str)  # from the test's worker thread: "" when the server can be used

    def __init__(self, profiles: ProfileService, outbox: OutboxService, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles, self._outbox = profiles, outbox
        self.profile_label = QtWidgets.QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QtWidgets.QPushButton(self.tr("&Import the municipality's profile…"))
        self.password_edit = QtWidgets.QLineEdit()
        self.password_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password_button = QtWidgets.QPushButton(self.tr("Save &password"))
        self.test_button = QtWidgets.QPushButton(self.tr("&Test connection"))
        self.result_label = QtWidgets.QLabel()
        self.result_label.setWordWrap(True)
        profile_box = QtWidgets.QGroupBox(self.tr("The municipality's profile"))
        profile_layout = QtWidgets.QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_label)
        profile_layout.addWidget(self.import_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        mail_box = QtWidgets.QGroupBox(self.tr("Mail"))
        form = QtWidgets.QFormLayout(mail_box)
        password_row = QtWidgets.QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.password_button)
        password_label = QtWidgets.QLabel(self.tr("Pass&word:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, password_row)
        form.addRow("", self.test_button)
        form.addRow("", self.result_label)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addWidget(mail_box)
        layout.addStretch(1)
        self.import_button.clicked.connect(self._on_import)
        self.password_button.clicked.connect(self._on_password)
        self.password_edit.returnPressed.connect(self._on_password)
        self.test_button.clicked.connect(self.test_connection)
        self._tested.connect(self._on_tested)
        self._worker: threading.Thread | None = None
        self.show_profile()

    def show_profile(self) -> None:
        p = self._profiles.profile()
        if p.smtp is None and p.caldav is None and p.webdav is None:
            self.profile_label.setText(self.tr("No profile yet. The municipality hands out a small file (.json) "
                                               "with its servers and addresses; import it here."))
        else:
            lines = [p.municipality or self.tr("(no name)")]
            if p.contact_email:
                lines.append(self.tr("Contact: %1").replace("%1", p.contact_email))
            if p.smtp is not None:
                lines.append(self.tr("Mail server: %1, port %2 (%3), user %4, from %5")
                             .replace("%1", p.smtp.host).replace("%2", str(p.smtp.port)).replace("%3", p.smtp.security)
                             .replace("%4", p.smtp.username or "—").replace("%5", p.smtp.from_address or "—"))
            for name, dav in (("CalDAV", p.caldav), ("WebDAV", p.webdav)):
                if dav is not None:
                    lines.append(f"{name}: {dav.url}")
            self.profile_label.setText("\n".join(lines))
        has_login = p.smtp is not None and bool(p.smtp.username)
        self.password_edit.setEnabled(has_login)
        self.password_button.setEnabled(has_login)
        self.test_button.setEnabled(p.smtp is not None)

    def _on_import(self) -> None:
        path = prompts.open_file(self, self.tr("Import the municipality's profile"),
                                 self.tr("Profile (*.json);;All files (*)"))
        if path is None:
            return
        try:
            self._profiles.import_file(Path(path))
        except (ValidationError, OSError) as e:
            prompts.error(self, self.tr("Profile not imported"), refusal_message(e))
            return
        self.show_profile()
        self.result_label.setText(self.tr("The profile is imported."))

    def _on_password(self) -> None:
        password = self.password_edit.text()
        try:
            self._profiles.set_password("smtp", password)
        except ValidationError as e:
            prompts.error(self, self.tr("Password not saved"), refusal_message(e))
            return
        except CredentialError as e:  # no secure keyring here: never written down; this session only
            if not prompts.confirm(self, self.tr("Password not saved"),
                                   self.tr("%1\n\nUse the password until Lokalråd is closed? It is asked again "
                                           "next time.").replace("%1", str(e)), self.tr("Use it this time")):
                return
            self._profiles.use_for_session("smtp", password)
            self.password_edit.clear()
            self.result_label.setText(self.tr("The password is used until Lokalråd is closed; it was not saved."))
            return
        self.password_edit.clear()
        self.result_label.setText(self.tr("The password is saved in this computer's keyring."))

    def test_connection(self) -> None:
        """Connects and logs in, in a worker thread (a server that does not answer must not freeze the window)."""
        if self._worker is not None and self._worker.is_alive():
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self._worker = threading.Thread(target=lambda: self._tested.emit(self._outbox.check_smtp()), daemon=True)
        self._worker.start()

    def _on_tested(self, problem: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(problem or self.tr("The mail server answers and the login works."))
