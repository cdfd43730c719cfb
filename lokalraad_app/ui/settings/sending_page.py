"""Indstillinger ▸ Afsendelse: the municipality's profile (imported from the file it hands out, or edited
here), a password per server (kept only in the keyring, or for this session where there is none) and
"Test forbindelse" per server. The profile's fields are saved with the dialog's OK, checked as an import
is; importing, saving a password and testing act at once. Keyring and network work runs in worker threads:
the window never waits for them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from lokalraad_app.domain.profile import DEFAULT_PORTS, SECURITY_MODES, DavProfile, Profile, SmtpProfile
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.outbox import OutboxService
from lokalraad_app.services.profile import CredentialError, NoKeyringError, ProfileService
from lokalraad_app.ui import prompts
from lokalraad_app.ui.refusals import refusal_message

SERVERS = ("smtp", "caldav", "webdav")


class ServerBox(QtWidgets.QGroupBox):
    """One server's password, its "Test forbindelse" and the answer."""

    def __init__(self, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QtWidgets.QFormLayout(self)
        self.password_edit = QtWidgets.QLineEdit()
        self.password_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password_button = QtWidgets.QPushButton(self.tr("Save &password"))
        self.test_button = QtWidgets.QPushButton(self.tr("&Test connection"))
        self.result_label = QtWidgets.QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

    def add_password_rows(self) -> None:
        """After the server's own fields, so the form reads top down."""
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.password_button)
        label = QtWidgets.QLabel(self.tr("Pass&word:"))
        label.setBuddy(self.password_edit)
        self.form.addRow(label, row)
        self.form.addRow("", self.test_button)
        self.form.addRow("", self.result_label)


def _line(text: str = "") -> QtWidgets.QLineEdit:
    edit = QtWidgets.QLineEdit(text)
    edit.setClearButtonEnabled(True)
    return edit


class SendingPage(QtWidgets.QWidget):
    _done = QtCore.Signal(str, object)  # from a worker thread: (job, its result or exception)

    def __init__(self, profiles: ProfileService, outbox: OutboxService, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles, self._outbox = profiles, outbox
        self._jobs: dict[str, threading.Thread] = {}
        self._handlers: dict[str, Callable[[object], None]] = {}
        self.profile_label = QtWidgets.QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QtWidgets.QPushButton(self.tr("&Import the municipality's profile…"))
        self.municipality_edit = _line()
        self.contact_edit = _line()
        self.ca_edit = _line()
        self.ca_button = QtWidgets.QPushButton(self.tr("C&hoose…"))
        self.host_edit = _line()
        self.port_spin = QtWidgets.QSpinBox(minimum=1, maximum=65535)
        self.security_combo = QtWidgets.QComboBox()
        for mode, label in zip(SECURITY_MODES, (self.tr("STARTTLS (port 587)"), self.tr("TLS (port 465)"),
                                                self.tr("None (port 25)")), strict=True):
            self.security_combo.addItem(label, mode)
        self.smtp_user_edit = _line()
        self.from_edit = _line()
        self.caldav_url_edit = _line()
        self.caldav_user_edit = _line()
        self.webdav_url_edit = _line()
        self.webdav_user_edit = _line()
        self.busy_bar = QtWidgets.QProgressBar()
        self.busy_bar.setRange(0, 0)  # a spinner: how long the keyring or a server takes is not known
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QtWidgets.QLabel()
        self.boxes = {"smtp": ServerBox(self.tr("Mail (SMTP)")), "caldav": ServerBox(self.tr("Calendar (CalDAV)")),
                      "webdav": ServerBox(self.tr("Files (WebDAV)"))}

        profile_box = QtWidgets.QGroupBox(self.tr("The municipality's profile"))
        form = QtWidgets.QFormLayout(profile_box)
        form.addRow(self.profile_label)
        form.addRow("", self.import_button)
        form.addRow(self.tr("M&unicipality:"), self.municipality_edit)
        form.addRow(self.tr("&Contact e-mail:"), self.contact_edit)
        ca_row = QtWidgets.QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        ca_label = QtWidgets.QLabel(self.tr("CA certi&ficate:"))
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, ca_row)
        smtp = self.boxes["smtp"].form
        smtp.addRow(self.tr("&Server:"), self.host_edit)
        smtp.addRow(self.tr("Po&rt:"), self.port_spin)
        smtp.addRow(self.tr("S&ecurity:"), self.security_combo)
        smtp.addRow(self.tr("&User name:"), self.smtp_user_edit)
        smtp.addRow(self.tr("&From address:"), self.from_edit)
        for server, url, user in (("caldav", self.caldav_url_edit, self.caldav_user_edit),
                                  ("webdav", self.webdav_url_edit, self.webdav_user_edit)):
            self.boxes[server].form.addRow(self.tr("Address (URL):"), url)
            self.boxes[server].form.addRow(self.tr("User name:"), user)
        for box in self.boxes.values():
            box.add_password_rows()
        busy_row = QtWidgets.QHBoxLayout()
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label, 1)
        inner = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(inner)
        column.addWidget(profile_box)
        for box in self.boxes.values():
            column.addWidget(box)
        column.addStretch(1)
        scroll = QtWidgets.QScrollArea()  # four boxes do not fit a small laptop's screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(busy_row)

        # The existing names for the mail server's widgets (tests and older callers use them).
        self.password_edit = self.boxes["smtp"].password_edit
        self.password_button = self.boxes["smtp"].password_button
        self.test_button = self.boxes["smtp"].test_button
        self.result_label = self.boxes["smtp"].result_label

        self.import_button.clicked.connect(self._on_import)
        self.ca_button.clicked.connect(self._on_choose_ca)
        self.security_combo.currentIndexChanged.connect(self._on_security_changed)
        for server, box in self.boxes.items():
            box.password_button.clicked.connect(lambda _=False, s=server: self.save_password(s))
            box.password_edit.returnPressed.connect(lambda s=server: self.save_password(s))
            box.test_button.clicked.connect(lambda _=False, s=server: self.test_connection(s))
        for edit in (self.host_edit, self.smtp_user_edit, self.caldav_url_edit, self.caldav_user_edit,
                     self.webdav_url_edit, self.webdav_user_edit):
            edit.textChanged.connect(self._update_buttons)
        self._done.connect(self._on_done)
        self.load()

    # --- the profile's fields -------------------------------------------------------------------
    def load(self) -> None:
        """Fills the fields from the saved profile and finds out (in a worker) which passwords are kept."""
        p = self._profiles.profile()
        self.municipality_edit.setText(p.municipality)
        self.contact_edit.setText(p.contact_email)
        self.ca_edit.setText(p.ca_file)
        smtp = p.smtp or SmtpProfile("", DEFAULT_PORTS["starttls"], "starttls")
        self.host_edit.setText(smtp.host)
        self.security_combo.blockSignals(True)  # the port is the profile's, not the mode's default
        self.security_combo.setCurrentIndex(max(self.security_combo.findData(smtp.security), 0))
        self.security_combo.blockSignals(False)
        self.port_spin.setValue(smtp.port)
        self.smtp_user_edit.setText(smtp.username)
        self.from_edit.setText(smtp.from_address)
        for dav, url, user in ((p.caldav, self.caldav_url_edit, self.caldav_user_edit),
                               (p.webdav, self.webdav_url_edit, self.webdav_user_edit)):
            url.setText(dav.url if dav else "")
            user.setText(dav.username if dav else "")
        self.show_profile()
        self._update_buttons()
        self._read_password_states(p)

    def show_profile(self) -> None:
        p = self._profiles.profile()
        if p.smtp is None and p.caldav is None and p.webdav is None:
            self.profile_label.setText(self.tr("No profile yet. The municipality hands out a small file (.json) "
                                               "with its servers and addresses; import it here, or fill in the "
                                               "fields below."))
        else:
            self.profile_label.setText(self.tr("Saved: the profile of %1.").replace(
                "%1", p.municipality or self.tr("(no name)")))

    def fields_profile(self) -> Profile:
        """The profile as the fields say, checked as an import is; ValidationError names the field that is wrong."""
        def text(edit: QtWidgets.QLineEdit) -> str:
            return edit.text().strip()

        smtp = None
        if text(self.host_edit) or text(self.smtp_user_edit) or text(self.from_edit):
            smtp = SmtpProfile(text(self.host_edit), self.port_spin.value(), str(self.security_combo.currentData()),
                               text(self.smtp_user_edit), text(self.from_edit))
        davs = [DavProfile(text(url), text(user)) if text(url) or text(user) else None
                for url, user in ((self.caldav_url_edit, self.caldav_user_edit),
                                  (self.webdav_url_edit, self.webdav_user_edit))]
        profile = Profile(text(self.municipality_edit), text(self.contact_edit), smtp, davs[0], davs[1],
                          text(self.ca_edit))
        return ProfileService.read(profile.to_json(), Path.home())

    def save(self) -> None:
        """The dialog's OK: the fields into the council file (refused whole, naming the field)."""
        self._profiles.save(self.fields_profile())
        self.show_profile()

    def field_widget(self, key: str) -> QtWidgets.QWidget | None:
        """The widget of a profile key ("smtp.host"), for a refusal to point at."""
        return {"municipality": self.municipality_edit, "contact_email": self.contact_edit, "ca_file": self.ca_edit,
                "smtp.host": self.host_edit, "smtp.port": self.port_spin, "smtp.security": self.security_combo,
                "smtp.username": self.smtp_user_edit, "smtp.from": self.from_edit,
                "caldav.url": self.caldav_url_edit, "caldav.username": self.caldav_user_edit,
                "webdav.url": self.webdav_url_edit, "webdav.username": self.webdav_user_edit}.get(key)

    def refusal_text(self, e: ValidationError) -> str:
        """A refused field in the user's words, naming it as the page does."""
        names = {"municipality": self.tr("Municipality"), "contact_email": self.tr("Contact e-mail"),
                 "ca_file": self.tr("CA certificate"), "smtp.host": self.tr("Mail server"),
                 "smtp.from": self.tr("From address"), "caldav.url": self.tr("Calendar address (URL)"),
                 "webdav.url": self.tr("Files address (URL)")}
        name = names.get(e.field)
        if name is None:
            return refusal_message(e)
        if e.code == "required":
            return self.tr("Fill in “%1”, or empty the other fields of that server.").replace("%1", name)
        if e.field in ("contact_email", "smtp.from"):
            return self.tr("“%1” is not a valid e-mail address; it should look like navn@eksempel.dk.").replace("%1", name)
        if e.field.endswith(".url"):
            return self.tr("“%1” must begin with https:// (or http://).").replace("%1", name)
        if e.field == "ca_file":
            return self.tr("“%1” is not a readable CA certificate (a PEM file). Choose the file the "
                           "municipality gave you.").replace("%1", name)
        return refusal_message(e)

    def show_refusal(self, e: ValidationError) -> None:
        widget = self.field_widget(e.field)
        if widget is not None:
            widget.setFocus()

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
        self.load()

    def _on_choose_ca(self) -> None:
        path = prompts.open_file(self, self.tr("Choose the municipality's CA certificate"),
                                 self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path is not None:
            self.ca_edit.setText(str(path))

    def _on_security_changed(self) -> None:
        if self.port_spin.value() in DEFAULT_PORTS.values():  # a port the user chose is kept
            self.port_spin.setValue(DEFAULT_PORTS[str(self.security_combo.currentData())])

    def _update_buttons(self) -> None:
        filled = {"smtp": self.host_edit, "caldav": self.caldav_url_edit, "webdav": self.webdav_url_edit}
        users = {"smtp": self.smtp_user_edit, "caldav": self.caldav_user_edit, "webdav": self.webdav_user_edit}
        for server, box in self.boxes.items():
            busy = any(job.endswith(":" + server) for job in self._jobs)
            box.test_button.setEnabled(bool(filled[server].text().strip()) and not busy)
            has_login = bool(users[server].text().strip())
            box.password_edit.setEnabled(has_login)
            box.password_button.setEnabled(has_login and not busy)

    # --- work off the GUI thread ----------------------------------------------------------------
    def _run(self, job: str, status: str, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Runs `work` in a worker thread; `done` gets its result (or exception) back on the GUI thread."""
        if job in self._jobs:
            return

        def run() -> None:
            try:
                result: object = work()
            except Exception as e:  # the keyring's or the service's refusal, handed to the GUI thread
                result = e
            try:
                self._done.emit(job, result)
            except RuntimeError:  # the page was closed meanwhile: nobody is waiting for the answer
                pass

        self._handlers[job] = done
        self._jobs[job] = threading.Thread(target=run, name=f"settings-{job}", daemon=True)
        self.busy_label.setText(status)
        self._update_busy()
        self._jobs[job].start()

    def _on_done(self, job: str, result: object) -> None:
        self._jobs.pop(job, None)
        self.busy_label.setText("")
        self._update_busy()
        self._handlers.pop(job)(result)

    def _update_busy(self) -> None:
        self.busy_bar.setVisible(bool(self._jobs))
        self._update_buttons()

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def _read_password_states(self, profile: Profile) -> None:
        servers = [s for s in SERVERS if self._login_of(profile, s)]
        if not servers:
            self._update_busy()
            return

        def work() -> dict[str, object]:
            states: dict[str, object] = {}
            for server in servers:
                try:
                    states[server] = self._profiles.password(server, profile) is not None
                except CredentialError as e:
                    states[server] = e
            return states

        self._run("state", self.tr("Reading the keyring…"), work, self._on_password_states)

    @staticmethod
    def _login_of(profile: Profile, server: str) -> str:
        part = profile.smtp if server == "smtp" else profile.caldav if server == "caldav" else profile.webdav
        return part.username if part is not None else ""

    def _on_password_states(self, result: object) -> None:
        if not isinstance(result, dict):
            return
        for server, state in result.items():
            label = self.boxes[server].result_label
            if self._profiles.has_session_password(server):
                label.setText(self.tr("A password is used until Lokalråd is closed; it is not saved."))
            elif isinstance(state, NoKeyringError):
                label.setText(self.tr("There is no secure keyring on this computer, so a password is not saved. "
                                      "Write it here: it is used until Lokalråd is closed."))
            elif isinstance(state, Exception):
                label.setText(str(state))
            else:
                label.setText(self.tr("A password is kept in this computer's keyring.") if state
                              else self.tr("No password yet."))

    def save_password(self, server: str) -> None:
        """Into the keyring, in a worker; where there is none, kept in memory for this session and said why."""
        box = self.boxes[server]
        password = box.password_edit.text()
        if not password:
            box.result_label.setText(self.tr("Write the password first."))
            return
        try:
            profile = self.fields_profile()
        except ValidationError as e:
            prompts.error(self, self.tr("Password not saved"), self.refusal_text(e))
            return

        def work() -> object:
            try:
                self._profiles.set_password(server, password, profile)
                return None
            except CredentialError as e:  # never written anywhere: this session only
                self._profiles.use_for_session(server, password, profile)
                return e

        box.password_edit.clear()
        self._run(f"password:{server}", self.tr("Saving the password in the keyring…"), work,
                  lambda result: self._on_password_saved(server, result))

    def _on_password_saved(self, server: str, result: object) -> None:
        label = self.boxes[server].result_label
        if isinstance(result, ValidationError):
            label.setText(refusal_message(result))
        elif isinstance(result, NoKeyringError):
            label.setText(self.tr("There is no secure keyring on this computer, so the password is not saved. "
                                  "It is used until Lokalråd is closed; you will be asked for it again next time."))
        elif isinstance(result, Exception):
            label.setText(self.tr("%1 The password is used until Lokalråd is closed; it is not saved.")
                          .replace("%1", str(result)))
        else:
            label.setText(self.tr("The password is saved in this computer's keyring."))

    def test_connection(self, server: str = "smtp") -> None:
        """Connects and logs in with what the fields say (and the password typed, else the kept one), in a
        worker: a server that does not answer must not freeze the window. Sends and writes nothing."""
        box = self.boxes[server]
        try:
            profile = self.fields_profile()
        except ValidationError as e:
            box.result_label.setText(self.refusal_text(e))
            self.show_refusal(e)
            return
        password = box.password_edit.text() or None
        box.result_label.setText(self.tr("Connecting…"))
        self._run(f"test:{server}", self.tr("Connecting…"),
                  lambda: self._outbox.check(server, profile, password),
                  lambda result: self._on_tested(server, result))

    def _on_tested(self, server: str, result: object) -> None:
        if isinstance(result, Exception):
            text = refusal_message(result)
        elif result:
            text = str(result)
        elif server == "smtp":
            text = self.tr("The mail server answers and the login works.")
        else:
            text = self.tr("The server answers and the login works.")
        self.boxes[server].result_label.setText(text)
