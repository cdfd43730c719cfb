"""Indstillinger ▸ Afsendelse: import the municipality's profile, keep the mail password in the keyring
(never in the file), and test the connection against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
from PySide6 import QtCore

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.ui import prompts
from lokalraad_app.ui.settings.sending_page import SendingPage
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer


def profile_file(tmp_path: Path, port: int, **extra: object) -> Path:
    path = tmp_path / "holbaek.json"
    path.write_text(json.dumps({"municipality": "Holbæk Kommune", "contact_email": "lokalraad@holb.dk",
                                "smtp": {"host": "127.0.0.1", "port": port, "security": "none",
                                         "username": "sekretaer", "from": "sekretaer@lokalraad.dk"}, **extra}),
                    encoding="utf-8")
    return path


def test_import_the_profile_save_the_password_and_test_the_connection(qtbot, monkeypatch, services: AppServices,
                                                                       server: SmtpServer, tmp_path: Path) -> None:
    page = SendingPage(services.profiles, services.outbox)
    qtbot.addWidget(page)
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
    assert "Holbæk Kommune" in page.profile_label.text() and "127.0.0.1" in page.profile_label.text()

    qtbot.keyClicks(page.password_edit, DANISH_PASSWORD)
    qtbot.keyClick(page.password_edit, QtCore.Qt.Key.Key_Return)
    assert page.password_edit.text() == "" and "keyring" in page.result_label.text()
    assert DANISH_PASSWORD in keyring.get_keyring().secrets.values()  # type: ignore[attr-defined]
    assert DANISH_PASSWORD.encode() not in services.path.read_bytes()

    qtbot.mouseClick(page.test_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
    assert page.result_label.text() == "The mail server answers and the login works."
    assert server.received == []  # a test sends nothing


def test_a_wrong_password_is_said_by_the_connection_test(qtbot, services: AppServices, server: SmtpServer,
                                                         tmp_path: Path) -> None:
    services.profiles.import_file(profile_file(tmp_path, server.port))
    services.profiles.set_password("smtp", "forkert")
    page = SendingPage(services.profiles, services.outbox)
    qtbot.addWidget(page)
    page.test_connection()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
    assert page.result_label.text() not in ("", "Connecting…", "The mail server answers and the login works.")
