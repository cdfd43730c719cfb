"""Indstillinger ▸ Afsendelse: import or edit the municipality's profile (a wrong value is refused naming the
field, nothing saved), keep each server's password in the keyring (never in the file) without the window
waiting for it, and test each connection against real servers on 127.0.0.1: SMTP (aiosmtpd) and WebDAV /
CalDAV (wsgidav under cheroot, plain and TLS)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import trustme
from cheroot.ssl.builtin import BuiltinSSLAdapter
from keyring.backend import KeyringBackend
from PySide6 import QtCore, QtWidgets

from lokalraad_app.domain.profile import DavProfile, Profile, SmtpProfile
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.sync import credentials
from lokalraad_app.ui import prompts
from lokalraad_app.ui.settings.sending_page import SendingPage
from lokalraad_app.ui.settings.settings_dialog import SettingsDialog
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer, free_port
from tests.helpers.webdav_server import WebDavServer

OK_MAIL = "The mail server answers and the login works."
OK_DAV = "The server answers and the login works."


def profile_file(tmp_path: Path, port: int, **extra: object) -> Path:
    path = tmp_path / "holbaek.json"
    path.write_text(json.dumps({"municipality": "Holbæk Kommune", "contact_email": "lokalraad@holb.dk",
                                "smtp": {"host": "127.0.0.1", "port": port, "security": "none",
                                         "username": "sekretaer", "from": "sekretaer@lokalraad.dk"}, **extra}),
                    encoding="utf-8")
    return path


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[WebDavServer]:
    share = tmp_path / "kommunen"
    share.mkdir()
    with WebDavServer(share) as server:
        yield server


def page_for(qtbot, services: AppServices) -> SendingPage:  # type: ignore[no-untyped-def]
    page = SendingPage(services.profiles, services.outbox)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    return page


def test_import_the_profile_save_the_password_and_test_the_connection(qtbot, monkeypatch, services: AppServices,
                                                                       server: SmtpServer, tmp_path: Path) -> None:
    page = page_for(qtbot, services)
    assert "No profile yet" in page.profile_label.text() and not page.test_button.isEnabled()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))

    bad = profile_file(tmp_path, server.port, password="hemmelig")  # a password never belongs in a profile
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: bad)
    qtbot.mouseClick(page.import_button, QtCore.Qt.MouseButton.LeftButton)
    assert errors and "password" in errors[0] and "No profile yet" in page.profile_label.text()

    good = profile_file(tmp_path, server.port)
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: good)
    qtbot.mouseClick(page.import_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Holbæk Kommune" in page.profile_label.text()
    assert (page.host_edit.text(), page.port_spin.value(), page.security_combo.currentData(),
            page.smtp_user_edit.text(), page.from_edit.text()) == ("127.0.0.1", server.port, "none", "sekretaer",
                                                                   "sekretaer@lokalraad.dk")
    qtbot.waitUntil(lambda: page.result_label.text() == "No password yet.", timeout=15000)

    qtbot.keyClicks(page.password_edit, DANISH_PASSWORD)
    qtbot.keyClick(page.password_edit, QtCore.Qt.Key.Key_Return)
    assert page.password_edit.text() == ""
    qtbot.waitUntil(lambda: "keyring" in page.result_label.text(), timeout=15000)
    assert page.result_label.text() == "The password is saved in this computer's keyring."
    assert DANISH_PASSWORD in keyring.get_keyring().secrets.values()  # type: ignore[attr-defined]
    assert DANISH_PASSWORD.encode() not in services.path.read_bytes()

    qtbot.mouseClick(page.test_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
    assert page.result_label.text() == OK_MAIL
    assert server.received == []  # a test sends nothing

    again = page_for(qtbot, services)  # the next time Settings opens, it says the password is kept
    qtbot.waitUntil(lambda: again.result_label.text() == "A password is kept in this computer's keyring.",
                    timeout=15000)


def test_a_wrong_password_is_said_by_the_connection_test(qtbot, services: AppServices, server: SmtpServer,
                                                         tmp_path: Path) -> None:
    services.profiles.import_file(profile_file(tmp_path, server.port))
    services.profiles.set_password("smtp", "forkert")
    page = page_for(qtbot, services)
    page.test_connection()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
    assert "afviste brugernavn eller adgangskode" in page.result_label.text()


def test_settings_edit_the_whole_profile_and_a_wrong_value_is_refused_naming_the_field(
        qtbot, monkeypatch, services: AppServices, tmp_path: Path, test_ca: trustme.CA) -> None:  # type: ignore[no-untyped-def]
    ca_file = tmp_path / "kommunens-ca.pem"
    test_ca.cert_pem.write_to_path(str(ca_file))
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd"))
    dialog = SettingsDialog(services.council, QtCore.QSettings(), None, services.meeting, services.profiles,
                            services.outbox)
    qtbot.addWidget(dialog)
    page = dialog.sending_page
    assert page is not None
    dialog.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.municipality_edit, "Lejre Kommune")
    qtbot.keyClicks(page.contact_edit, "lokalraad@lejre")  # not a whole address
    qtbot.keyClicks(page.host_edit, "smtp.lejre.dk")
    page.security_combo.setCurrentIndex(page.security_combo.findData("tls"))
    assert page.port_spin.value() == 465  # the mode's own port, as the user has not chosen one
    qtbot.keyClicks(page.smtp_user_edit, "kirkesaaby")
    qtbot.keyClicks(page.from_edit, "sekretaer@kirkesaaby.dk")
    qtbot.keyClicks(page.caldav_url_edit, "https://kalender.lejre.dk/kirkesaaby/")
    qtbot.keyClicks(page.caldav_user_edit, "kirkesaaby")
    qtbot.keyClicks(page.webdav_user_edit, "kirkesaaby")  # the WebDAV address is missing
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: ca_file)
    qtbot.mouseClick(page.ca_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.ca_edit.text() == str(ca_file)
    ok = dialog.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    assert not dialog.result() and dialog.tabs.currentWidget() is page
    assert "Contact e-mail" in dialog.error_label.text() and "navn@eksempel.dk" in dialog.error_label.text()
    assert services.profiles.profile() == Profile()  # nothing saved

    page.contact_edit.clear()
    qtbot.keyClicks(page.contact_edit, "lokalraad@lejre.dk")
    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    assert not dialog.result() and "Files address (URL)" in dialog.error_label.text()
    assert page.webdav_url_edit.hasFocus() or QtWidgets.QApplication.focusWidget() in (page.webdav_url_edit, None)
    assert services.profiles.profile() == Profile()

    qtbot.keyClicks(page.webdav_url_edit, "ftp://filer.lejre.dk/")
    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    assert not dialog.result() and "https://" in dialog.error_label.text()
    page.webdav_url_edit.clear()
    qtbot.keyClicks(page.webdav_url_edit, "https://filer.lejre.dk/kirkesaaby/")
    qtbot.mouseClick(ok, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.result()
    assert services.profiles.profile() == Profile(
        municipality="Lejre Kommune", contact_email="lokalraad@lejre.dk",
        smtp=SmtpProfile("smtp.lejre.dk", 465, "tls", "kirkesaaby", "sekretaer@kirkesaaby.dk"),
        caldav=DavProfile("https://kalender.lejre.dk/kirkesaaby/", "kirkesaaby"),
        webdav=DavProfile("https://filer.lejre.dk/kirkesaaby/", "kirkesaaby"), ca_file=str(ca_file))

    reopened = page_for(qtbot, services)  # it survives: the next Settings shows what was saved
    assert (reopened.host_edit.text(), reopened.port_spin.value(), reopened.webdav_url_edit.text()) == (
        "smtp.lejre.dk", 465, "https://filer.lejre.dk/kirkesaaby/")


@pytest.fixture(scope="module")
def test_ca() -> trustme.CA:
    return trustme.CA()


def test_webdav_and_caldav_connection_tests_say_what_is_wrong(qtbot, services: AppServices, dav: WebDavServer,
                                                              memory_keyring) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, services)
    caldav_box, webdav_box = page.boxes["caldav"], page.boxes["webdav"]
    assert not webdav_box.test_button.isEnabled()
    qtbot.keyClicks(page.webdav_url_edit, dav.url)
    qtbot.keyClicks(page.webdav_user_edit, dav.user)
    qtbot.keyClicks(page.caldav_url_edit, dav.url + "kalender/")  # a calendar URL: the same check
    qtbot.keyClicks(page.caldav_user_edit, dav.user)
    (dav.folder / "kalender").mkdir()

    def tested(box) -> str:  # type: ignore[no-untyped-def]
        qtbot.mouseClick(box.test_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.test_button.isEnabled() and box.result_label.text() != "Connecting…",
                        timeout=15000)
        return str(box.result_label.text())

    qtbot.keyClicks(webdav_box.password_edit, "forkert")  # typed, not saved: the test uses it
    assert "afviste brugernavn eller adgangskode" in tested(webdav_box)
    webdav_box.password_edit.clear()
    qtbot.keyClicks(webdav_box.password_edit, dav.password)
    assert tested(webdav_box) == OK_DAV
    qtbot.keyClick(webdav_box.password_edit, QtCore.Qt.Key.Key_Return)  # now saved: for the profile's login
    qtbot.waitUntil(lambda: "saved" in webdav_box.result_label.text(), timeout=15000)
    host = "127.0.0.1"
    assert memory_keyring.secrets[(credentials.SERVICE, f"webdav:{dav.user}@{host}")] == dav.password
    assert tested(webdav_box) == OK_DAV  # from the keyring now

    qtbot.keyClicks(caldav_box.password_edit, dav.password)
    assert tested(caldav_box) == OK_DAV
    assert sorted(p.name for p in dav.folder.iterdir()) == ["kalender"]  # a test writes nothing

    page.caldav_url_edit.clear()
    qtbot.keyClicks(page.caldav_url_edit, f"http://127.0.0.1:{free_port()}/kalender/")  # nothing listens there
    assert "kunne ikke nås" in tested(caldav_box)
    page.caldav_url_edit.clear()
    qtbot.keyClicks(page.caldav_url_edit, dav.url + "findes-ikke/")
    assert "findes ikke" in tested(caldav_box)


def test_a_certificate_the_system_does_not_know_is_refused_until_the_profile_names_its_ca(
        qtbot, services: AppServices, tmp_path: Path, test_ca: trustme.CA) -> None:  # type: ignore[no-untyped-def]
    share = tmp_path / "share"
    share.mkdir()
    pem = tmp_path / "server.pem"
    test_ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(pem))
    server = WebDavServer(share)
    server._server.ssl_adapter = BuiltinSSLAdapter(str(pem), str(pem))
    with server:
        page = page_for(qtbot, services)
        box = page.boxes["webdav"]
        qtbot.keyClicks(page.webdav_url_edit, server.url.replace("http:", "https:"))
        qtbot.keyClicks(page.webdav_user_edit, server.user)
        qtbot.keyClicks(box.password_edit, server.password)
        qtbot.mouseClick(box.test_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=15000)
        assert "certifikat kunne ikke godkendes" in box.result_label.text()
        ca_file = tmp_path / "ca.pem"
        test_ca.cert_pem.write_to_path(str(ca_file))
        page.ca_edit.setText(str(ca_file))
        qtbot.mouseClick(box.test_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=15000)
        assert box.result_label.text() == OK_DAV


class SlowKeyring(KeyringBackend):
    """A keyring that answers only when `release` is set (a Secret Service waiting to be unlocked)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_the_window_goes_on_while_the_keyring_is_slow_and_a_silent_one_is_given_up(
        qtbot, monkeypatch, services: AppServices, server: SmtpServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.profiles.import_file(profile_file(tmp_path, server.port))
    slow = SlowKeyring()
    keyring.set_keyring(slow)
    page = SendingPage(services.profiles, services.outbox)
    qtbot.addWidget(page)
    page.show()
    assert page.is_busy() and page.busy_bar.isVisible() and page.busy_label.text() == "Reading the keyring…"
    qtbot.keyClicks(page.municipality_edit, " (Vest)")  # the window answers meanwhile
    assert page.municipality_edit.text() == "Holbæk Kommune (Vest)"
    slow.release.set()
    qtbot.waitUntil(lambda: not page.is_busy() and not page.busy_bar.isVisible(), timeout=15000)
    assert page.result_label.text() == "No password yet."

    slow.release.clear()
    monkeypatch.setattr(credentials, "TIMEOUT_SECONDS", 0.5)  # a keyring that never answers is given up on
    qtbot.keyClicks(page.password_edit, DANISH_PASSWORD)
    qtbot.mouseClick(page.password_button, QtCore.Qt.MouseButton.LeftButton)
    assert page.busy_label.text() == "Saving the password in the keyring…"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    assert "Nøgleringen svarede ikke" in page.result_label.text() and "not saved" in page.result_label.text()
    slow.release.set()
    qtbot.mouseClick(page.test_button, QtCore.Qt.MouseButton.LeftButton)  # the session's password serves
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    assert page.result_label.text() == OK_MAIL
