"""Udbakke in the window: the secretary sees what waits, sends now (in a worker thread, the window goes
on), and handles what needs a person: retry after a fix, hold back, cancel (asked first). Against a
real SMTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.outbox.outbox_view import Column, OutboxView
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer
from tests.test_outbox_smtp import queue, use_profile


@pytest.fixture
def ready(services: AppServices, server: SmtpServer, tmp_path: Path) -> AppServices:
    """A council whose profile names the test's SMTP server, its password in the keyring."""
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    return services


def statuses(view: OutboxView) -> dict[str, str]:
    return {r.recipient: r.status for r in view.model.rows}


def test_send_now_from_the_outbox_page_and_fix_what_needs_attention(qtbot, monkeypatch, ready: AppServices,
                                                                     server: SmtpServer) -> None:
    server.handler.rcpt_replies.append("550 5.1.1 Ukendt modtager")
    queue(ready, to="forkert@example.dk")
    queue(ready, to="medlem@example.dk", key="other")
    view = OutboxView(ready.outbox, Events())
    qtbot.addWidget(view)
    view.show()
    assert statuses(view) == {"forkert@example.dk": "pending", "medlem@example.dk": "pending"}
    assert view.model.index(0, Column.STATUS).data() == "Waiting"
    lines: list[str] = []
    view.sending_changed.connect(lines.append)

    qtbot.mouseClick(view.send_button, QtCore.Qt.MouseButton.LeftButton)
    assert lines == ["Sending the outbox…"] and not view.send_button.isEnabled()  # the window goes on meanwhile
    qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
    assert lines[-1] == "Outbox: 1 sent, 0 not sent now, 1 need attention."
    assert statuses(view) == {"forkert@example.dk": "needs_attention"}  # only what has not gone out
    assert "Ret adressen" in view.model.index(0, Column.SERVER).data()
    view.status_combo.setCurrentIndex(1)  # all messages
    assert statuses(view)["medlem@example.dk"] == "sent"
    view.status_combo.setCurrentIndex(0)  # not yet gone out

    # The address is fixed at the other end: Retry, then Send now again: it goes, once.
    view.table.selectRow(0)
    assert view.retry_button.isEnabled() and not view.hold_button.isEnabled()
    qtbot.mouseClick(view.retry_button, QtCore.Qt.MouseButton.LeftButton)
    assert statuses(view) == {"forkert@example.dk": "pending"}
    qtbot.mouseClick(view.send_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_sending() and statuses(view) == {}, timeout=15000)
    assert sorted(m.rcpt[0] for m in server.received) == ["forkert@example.dk", "medlem@example.dk"]


def test_hold_back_and_cancel_a_message(qtbot, monkeypatch, services: AppServices, tmp_path: Path) -> None:
    queue(services, to="a@example.dk", key="a")
    queue(services, to="b@example.dk", key="b")
    view = OutboxView(services.outbox, Events())
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.hold_button, QtCore.Qt.MouseButton.LeftButton)
    assert statuses(view)["a@example.dk"] == "needs_attention"  # held back: waits for a person
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    view.table.selectRow(1)
    qtbot.mouseClick(view.cancel_button, QtCore.Qt.MouseButton.LeftButton)
    assert asked and "b@example.dk" in asked[0] and statuses(view)["b@example.dk"] == "pending"  # said no
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.table.selectRow(1)
    qtbot.mouseClick(view.cancel_button, QtCore.Qt.MouseButton.LeftButton)
    assert "b@example.dk" not in statuses(view)
    view.status_combo.setCurrentIndex(1)  # all messages
    assert statuses(view)["b@example.dk"] == "cancelled"
