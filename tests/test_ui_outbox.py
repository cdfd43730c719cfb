"""Udbakke in the window: the secretary sees what waits, sends now (in a worker thread, the window goes
on), and handles what needs a person: retry after a fix, hold back, cancel (asked first). Against a
real SMTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.outbox import queue_calendar_object, queue_upload
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.outbox.outbox_view import Column, OutboxView
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer
from tests.test_outbox_smtp import PDF, queue, use_profile


@pytest.fixture
def ready(services: AppServices, server: SmtpServer, tmp_path: Path) -> AppServices:
    """A council whose profile names the test's SMTP server, its password in the keyring."""
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    return services


def loaded(qtbot, view: OutboxView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)


def statuses(view: OutboxView) -> dict[str, str]:
    return {r.recipient: r.status for r in view.model.rows}


def test_send_now_from_the_outbox_page_and_fix_what_needs_attention(qtbot, monkeypatch, ready: AppServices,
                                                                     server: SmtpServer) -> None:
    server.handler.rcpt_replies.append("550 5.1.1 Ukendt modtager")
    queue(ready, to="forkert@example.dk")
    queue(ready, to="medlem@example.dk", key="other")
    view = OutboxView(ready.outbox, Events())
    qtbot.addWidget(view)
    loaded(qtbot, view)
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
    loaded(qtbot, view)
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


def test_the_outbox_model_passes_the_model_tester(qtmodeltester, services: AppServices) -> None:
    for n in range(3):
        queue(services, to=f"m{n}@example.dk", key=f"k{n}")
    view = OutboxView(services.outbox, Events())
    view.wait_for_sending()
    QtCore.QCoreApplication.processEvents()
    assert len(view.model.all_rows) == 3
    view.search_edit.setText("m1@")
    qtmodeltester.check(view.model)
    view.deleteLater()


def test_filter_by_status_and_free_text(qtbot, services: AppServices) -> None:
    queue(services, to="aase@example.dk", key="a", subject="Dagsorden til bestyrelsesmødet")
    queue(services, to="bent@example.dk", key="b", subject="Referat af årsmødet")
    queue(services, to="cecilie@example.dk", key="c", subject="Referat af bestyrelsesmødet")
    view = OutboxView(services.outbox, Events())
    qtbot.addWidget(view)
    loaded(qtbot, view)
    view.table.selectRow(1)
    qtbot.mouseClick(view.hold_button, QtCore.Qt.MouseButton.LeftButton)  # bent's now needs attention

    def shown() -> list[str]:
        return [view.model.index(n, Column.TO).data() for n in range(view.model.rowCount())]

    qtbot.keyClicks(view.search_edit, "REFERAT", delay=30)  # case does not matter
    assert shown() == ["bent@example.dk", "cecilie@example.dk"]
    view.status_combo.setCurrentIndex(view.status_combo.findText("Needs attention"))
    assert shown() == ["bent@example.dk"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "holdt tilbage")  # the server's (here: our own) last words
    assert shown() == ["bent@example.dk"]
    view.status_combo.setCurrentIndex(view.status_combo.findText("Waiting"))
    assert shown() == []
    view.search_edit.clear()
    assert shown() == ["aase@example.dk", "cecilie@example.dk"]
    qtbot.keyClicks(view.search_edit, "ÅRSMØDET")
    view.status_combo.setCurrentIndex(1)  # all messages
    assert shown() == ["bent@example.dk"]


class Opened(QtCore.QObject):
    """Stands in for the desktop's file handler (QDesktopServices.setUrlHandler): what would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[Path] = []

    @QtCore.Slot(QtCore.QUrl)
    def open(self, url: QtCore.QUrl) -> None:
        self.files.append(Path(url.toLocalFile()))


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    QtGui.QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QtGui.QDesktopServices.unsetUrlHandler("file")


def test_open_the_document_that_was_sent(qtbot, monkeypatch, services: AppServices, opened: Opened) -> None:
    queue(services, to="aase@example.dk", key="a")  # a mail with the agenda attached
    minutes = b"%PDF-1.4 referat\n" + bytes(range(256)) * 10
    with services.outbox.store.session() as s:
        queue_upload(s, "Kirke Såby/2026-12-03/Referat.pdf", minutes, idempotency_key="upload")
        queue_calendar_object(s, "mode-1@lokalraad", "BEGIN:VCALENDAR\r\nUID:mode-1@lokalraad\r\nEND:VCALENDAR\r\n",
                              summary="Bestyrelsesmøde", idempotency_key="cal")
    view = OutboxView(services.outbox, Events())
    qtbot.addWidget(view)
    loaded(qtbot, view)
    assert not view.open_button.isEnabled()
    for n in range(3):
        view.table.selectRow(n)
        qtbot.mouseClick(view.open_button, QtCore.Qt.MouseButton.LeftButton)
    agenda, upload, calendar = opened.files
    assert agenda.name == "dagsorden.pdf" and agenda.read_bytes() == PDF
    assert upload.name == "Referat.pdf" and upload.read_bytes() == minutes
    assert calendar.name == "mode-1@lokalraad.ics" and b"UID:mode-1@lokalraad" in calendar.read_bytes()

    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    with services.outbox.store.session() as s:
        queue_calendar_object(s, "mode-1@lokalraad", "", summary="Bestyrelsesmøde", idempotency_key="del",
                              delete=True)
    view.reload()
    loaded(qtbot, view)
    view.table.selectRow(view.model.rowCount() - 1)
    view.table.doubleClicked.emit(view.model.index(view.model.rowCount() - 1, 0))
    assert errors and "sends no document" in errors[0] and len(opened.files) == 3


def test_each_message_shows_its_progress_as_it_goes(qtbot, ready: AppServices, server: SmtpServer) -> None:
    for n in range(5):
        queue(ready, to=f"m{n}@example.dk", key=f"k{n}")
    view = OutboxView(ready.outbox, Events())
    qtbot.addWidget(view)
    loaded(qtbot, view)
    seen: list[tuple[str, int]] = []  # each status line with the rows shown as sent at that moment
    view.sending_changed.connect(lambda line: seen.append(
        (line, sum(r.status == "sent" for r in view.model.rows))))
    view.send_now()
    qtbot.waitUntil(lambda: not view.is_sending() and view.send_button.isEnabled(), timeout=15000)
    assert seen == [("Sending the outbox…", 0)] + [(f"Sending {n + 1} of 5 …", n) for n in range(5)] + [
        ("Outbox: 5 sent, 0 not sent now, 0 need attention.", 5)]
    assert len(server.received) == 5


def test_closing_the_app_mid_send_loses_nothing(qtbot, council_file: Path, server: SmtpServer,
                                                tmp_path: Path) -> None:
    from lokalraad_app.app import start
    from lokalraad_app.services.bundle import open_services

    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd"))
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    for n in range(3):
        queue(services, to=f"m{n}@example.dk", key=f"k{n}")
    services.close()
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    controller = start(council_file, settings)
    assert controller is not None and controller.load()
    qtbot.addWidget(controller.window)
    view = controller.window.pages["outbox"]
    assert isinstance(view, OutboxView)
    server.handler.stall_after_accept = True  # the first mail is kept, its "250" is held back
    view.send_now()
    assert server.handler.stalled.wait(15)
    threading.Timer(1.0, server.handler.release.set).start()
    controller.window.close()
    controller.release()  # what quitting does: waits for the send under way, then closes the file
    assert not view.is_sending()
    again = open_services(council_file, backup=False)
    try:
        assert [r.status for r in again.outbox.rows()] == ["sent"] * 3
        assert again.outbox.send_due() == []  # nothing left to send twice
    finally:
        again.close()
    assert sorted(m.rcpt[0] for m in server.received) == ["m0@example.dk", "m1@example.dk", "m2@example.dk"]


def test_the_fast_filter_finds_what_a_plain_search_finds(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The filter's index (one text searched at C speed, rows changed since checked one by one, a narrower
    filter searching only what is shown) against a plain pass over the rows, after random changes."""
    import random
    from dataclasses import replace
    from datetime import UTC, datetime

    from lokalraad_app.services.outbox import OutboxRow
    from lokalraad_app.ui.outbox.outbox_view import OutboxTableModel

    rng = random.Random(3)
    words = ["dagsorden", "referat", "Årsmøde", "høring", "aase@ex.dk", "bent@ex.dk", "550 ukendt", ""]
    statuses = ["pending", "sent", "failed", "needs_attention", "cancelled"]

    def made(n: int) -> OutboxRow:
        return OutboxRow(n, "email", "", rng.choice(words[4:6]), f"{rng.choice(words[:4])} {n}", "",
                         rng.choice(statuses), 0, None, rng.choice(words[6:]), datetime(2026, 1, 1, tzinfo=UTC), None)

    model = OutboxTableModel()
    model.set_all_rows([made(n) for n in range(1, 400)])
    for _ in range(600):
        if rng.random() < 0.3:
            row = rng.choice(model.all_rows)
            model.update_row(replace(row, status=rng.choice(statuses), last_error=rng.choice(words[6:]),
                                     subject=f"{rng.choice(words[:4])} {row.id}"))
        chosen = frozenset(rng.sample(statuses, rng.randrange(0, 3)))
        text = rng.choice(["", "dag", "dagsorden", "REFERAT", "års", "aase", "@ex", "550", "7", "17", "nothing"])
        typed = [text[:k] for k in range(rng.randrange(len(text) + 1), len(text) + 1)]
        for partial in typed:  # letter by letter, as typed
            model.set_filter(chosen, partial)
        expected = [r.id for r in model.all_rows if (not chosen or r.status in chosen)
                    and text.casefold() in f"{r.subject}\n{r.recipient}\n{r.last_error}".casefold()]
        assert [r.id for r in model.rows] == expected, (chosen, text)
