"""No secure keyring on this computer: the password is asked for once a session, kept in memory only, and
the user is told why. After a whole session the password is nowhere on disk: not in the council file, its
backups, the settings, the app's log or anything logged."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6 import QtCore

from lokalraad_app.app import start
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.outbox.outbox_view import OutboxView
from lokalraad_app.ui.settings.settings_dialog import SettingsDialog
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer
from tests.test_outbox_smtp import queue, use_profile

NO_KEYRING = ("There is no secure keyring on this computer, so the password is not saved. It is used until "
              "Lokalråd is closed; you will be asked for it again next time.")


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())


def everything_written(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_a_whole_session_without_a_keyring_writes_the_password_nowhere(
        qtbot, monkeypatch, no_keyring, council_file: Path, server: SmtpServer, tmp_path: Path,
        private_dirs: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd"))
    use_profile(services, tmp_path, server.port)
    queue(services, to="medlem@example.dk", key="agenda")
    services.close()
    log_file = tmp_path / "everything.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.addFilter(lambda record: not record.name.startswith("mail.log"))  # the test server's own log
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "get_password", lambda parent, title, text: asked.append(text))
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    try:
        controller = start(council_file, settings)
        assert controller is not None and controller.load()
        qtbot.addWidget(controller.window)

        def in_settings(dialog: SettingsDialog) -> int:
            page = dialog.sending_page
            assert page is not None
            qtbot.waitUntil(lambda: "no secure keyring" in page.result_label.text(), timeout=15000)
            qtbot.keyClicks(page.password_edit, DANISH_PASSWORD)
            qtbot.keyClick(page.password_edit, QtCore.Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
            assert page.result_label.text() == NO_KEYRING  # said why, in the user's language
            page.test_connection()
            qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
            assert page.result_label.text() == "The mail server answers and the login works."
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(SettingsDialog, "exec", in_settings)
        controller.window.settings_action.trigger()
        view = controller.window.pages["outbox"]
        assert isinstance(view, OutboxView)
        view.send_now()
        qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
        assert asked == []  # given once in Settings: not asked again this session
        assert [r.status for r in view.model.all_rows] == ["sent"]
        assert server.logins == [(b"sekretaer", DANISH_PASSWORD.encode())] * 2  # the test, then the send
        controller.window.close()
        controller.release()
        settings.sync()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = everything_written(council_file.parent, private_dirs)
    assert council_file in files and log_file in files and tmp_path / "settings.ini" in files
    secret = DANISH_PASSWORD.encode()
    for path in files:
        content = path.read_bytes()
        for form in (secret, DANISH_PASSWORD.encode("utf-16-le"), base64.b64encode(secret)):
            assert form not in content, path


def test_sending_asks_once_a_session_and_says_why(qtbot, monkeypatch, no_keyring, services: AppServices,
                                                  server: SmtpServer, tmp_path: Path) -> None:
    use_profile(services, tmp_path, server.port)
    queue(services, to="a@example.dk", key="a")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "get_password", lambda parent, title, text: asked.append(text) or DANISH_PASSWORD)
    view = OutboxView(services.outbox, Events())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)
    view.send_now()
    qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
    assert len(asked) == 1 and "ingen sikker nøglering" in asked[0] and "not saved anywhere" in asked[0]
    queue(services, to="b@example.dk", key="b")
    view.reload()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)
    view.send_now()
    qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
    assert len(asked) == 1  # once a session
    assert sorted(m.rcpt[0] for m in server.received) == ["a@example.dk", "b@example.dk"]


def test_a_password_not_given_is_not_asked_again_and_the_message_waits_for_a_person(
        qtbot, monkeypatch, no_keyring, services: AppServices, server: SmtpServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    use_profile(services, tmp_path, server.port)
    row_id = queue(services, to="a@example.dk", key="a")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "get_password", lambda parent, title, text: asked.append(text) and None)
    view = OutboxView(services.outbox, Events())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)
    for _ in range(2):
        view.send_now()
        qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
    assert len(asked) == 1 and server.received == []
    row = services.outbox.row(row_id)
    assert row.status == "needs_attention" and "ingen sikker nøglering" in row.last_error
