"""The meeting page's Send buttons and the Tilmeldte tab, driven like a person in the whole app on a copy of
the demo council: what is offered and why not, the confirmation, the outbox rows and the status bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.app import AppController, start
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meeting_records import meeting_id_for_uid
from lokalraad_app.ui import prompts
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.meetings.publish_buttons import PublishButtons
from tests.helpers import demo_council
from tests.helpers.demo_council import PROFILE

demo_template, demo_file = demo_council.demo_template, demo_council.demo_file  # fixtures


@pytest.fixture
def app(qtbot, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    controller = start(demo_file, QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))
    assert controller is not None
    qtbot.addWidget(controller.window)
    assert controller.load()
    controller.window.resize(1280, 800)  # a laptop's screen; on a smaller one the row folds into »
    controller.window.show()
    yield controller
    controller.release()


def services_of(app: AppController) -> AppServices:
    assert app.services is not None
    return app.services


def open_meeting(app: AppController, kind: str, status: str, last: bool = False) -> MeetingPage:
    services = services_of(app)
    rows = [m for m in services.meetings.meetings() if m.kind == kind and m.status == status]
    with services.outbox.store.read() as s:
        meeting_id = meeting_id_for_uid(s, rows[-1 if last else 0].uid)
    view = app.window.show_page("meetings")
    view.open_meeting(meeting_id)  # type: ignore[attr-defined]
    page: MeetingPage = view.page  # type: ignore[attr-defined]
    assert page.meeting_id == meeting_id
    return page


def buttons(page: MeetingPage) -> PublishButtons:
    assert page.publish_buttons is not None and page.publish_buttons.isVisible()
    return page.publish_buttons


def choose(qtbot, button: QtWidgets.QToolButton, what: str) -> None:  # type: ignore[no-untyped-def]
    """Opens the button's menu with the mouse and picks the entry with the keyboard."""
    menu = button.menu()
    steps = 1 + [a.data() for a in menu.actions()].index(what)

    def pick() -> None:
        for _ in range(steps):
            qtbot.keyClick(menu, QtCore.Qt.Key.Key_Down)
        qtbot.keyClick(menu, QtCore.Qt.Key.Key_Return)

    QtCore.QTimer.singleShot(50, pick)
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.wait(100)


def test_send_the_agenda_to_the_board_with_confirmation_and_status_bar(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                       app: AppController) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)
    page = open_meeting(app, "board", "planned", last=True)
    b = buttons(page)
    assert b.board_button.isEnabled() and b.action("bestyrelsen", "agenda").isEnabled()
    minutes = b.action("bestyrelsen", "minutes")
    assert not minutes.isEnabled() and "ikke holdt endnu" in minutes.toolTip()
    assert not b.participants_button.isEnabled() and "ikke godkendt" in b.participants_button.toolTip()
    assert not b.municipality_button.isEnabled() and "lokalraad profile import" in b.municipality_button.toolTip()

    documents, built = services_of(app).documents, []
    real_agenda = documents.agenda
    monkeypatch.setattr(documents, "agenda", lambda meeting_id: built.append(meeting_id) or real_agenda(meeting_id))
    choose(qtbot, b.board_button, "agenda")
    assert len(built) == 1  # printed once: the agenda she confirmed is the one queued
    assert asked and asked[-1].startswith("Dagsorden: Bestyrelsesmøde, ")
    assert "Aage Larsen <aage.larsen@youmail.dk>" in asked[-1] and "No e-mail address, gets nothing: " in asked[-1]
    rows = services_of(app).outbox.rows()
    assert len(rows) == 6 and {r.recipient for r in rows} >= {"aage.larsen@youmail.dk"}
    assert app.window.statusBar().currentMessage() == "Put in the outbox: 6 message(s)"

    choose(qtbot, b.board_button, "agenda")  # pressed twice: nothing new
    assert len(services_of(app).outbox.rows()) == 6
    assert app.window.statusBar().currentMessage() == "Already in the outbox; nothing new to send."


def test_saying_no_sends_nothing_and_a_profile_enables_the_municipality(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        app: AppController, tmp_path: Path) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    page = open_meeting(app, "board", "minutes_approved")
    b = buttons(page)
    assert not b.municipality_button.isEnabled()
    services = services_of(app)
    services.profiles.import_text(json.dumps(PROFILE), tmp_path)
    app.window.events.publish(frozenset({"settings"}))  # as Settings does after importing the profile
    assert b.municipality_button.isEnabled() and b.action("kommunen", "minutes").isEnabled()
    assert b.participants_button.isEnabled()
    choose(qtbot, b.municipality_button, "minutes")
    assert services.outbox.rows() == []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": "lokalraad@lejre.dk" in text
                        and "Upload to the municipality's folder: " in text)
    choose(qtbot, b.municipality_button, "minutes")
    assert sorted(r.kind for r in services.outbox.rows()) == ["email", "webdav"]
    assert app.window.statusBar().currentMessage() == "Put in the outbox: 2 message(s)"


def test_citizens_sign_up_on_a_borgermoede_page_with_undo_and_get_the_minutes(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                                app: AppController) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    board_page = open_meeting(app, "board", "minutes_approved")
    view = board_page.signups_view
    assert view is not None and not board_page.tabs.isTabVisible(board_page.tabs.indexOf(view))
    page = open_meeting(app, "citizens", "minutes_approved")
    assert page.tabs.isTabVisible(page.tabs.indexOf(view))
    page.tabs.setCurrentWidget(view)
    qtbot.keyClicks(view.name_edit, "Søren Ågård", delay=5)
    qtbot.keyClick(view.name_edit, QtCore.Qt.Key.Key_Return)  # on to the e-mail
    assert view.window().focusWidget() is view.email_edit
    qtbot.keyClicks(view.email_edit, "soeren@eksempel", delay=5)
    qtbot.keyClick(view.email_edit, QtCore.Qt.Key.Key_Return)
    assert errors and "soeren@eksempel" in errors[-1] and view.model.rowCount() == 0
    qtbot.keyClicks(view.email_edit, ".dk", delay=5)
    qtbot.keyClick(view.email_edit, QtCore.Qt.Key.Key_Return)
    assert [(r.name, r.email) for r in view.model.rows] == [("Søren Ågård", "soeren@eksempel.dk")]
    assert view.name_edit.text() == "" and view.window().focusWidget() is view.name_edit
    qtmodel_rows = view.model.rowCount()
    app.window.undo_stack.undo()
    assert view.model.rowCount() == qtmodel_rows - 1
    app.window.undo_stack.redo()
    assert [r.email for r in view.model.rows] == ["soeren@eksempel.dk"]
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, QtCore.Qt.Key.Key_Delete)
    assert view.model.rowCount() == 0
    app.window.undo_stack.undo()
    assert [r.email for r in view.model.rows] == ["soeren@eksempel.dk"]

    sent: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": sent.append(text) or True)
    qtbot.mouseClick(buttons(page).participants_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Søren Ågård <soeren@eksempel.dk>" in sent[-1]
    assert "soeren@eksempel.dk" in {r.recipient for r in services_of(app).outbox.rows()}


def test_the_signups_table_model_is_a_sound_qt_model(qtmodeltester, app: AppController) -> None:  # type: ignore[no-untyped-def]
    page = open_meeting(app, "citizens", "minutes_approved")
    assert page.signups_view is not None
    services_of(app).signups.add(page.meeting_id or 0, "Else", "else@example.dk")
    page.signups_view.reload()
    qtmodeltester.check(page.signups_view.model)


def test_in_danish_the_buttons_and_the_status_bar_say_it_as_the_secretary_does(qapp) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.ui.i18n import install_translators

    installed = install_translators(qapp, "da")
    try:
        translate = QtCore.QCoreApplication.translate
        assert translate("Publisher", "Put in the outbox: %n message(s)", "", 3) == "Lagt i Udbakke: 3 beskeder"
        assert translate("Publisher", "Put in the outbox: %n message(s)", "", 1) == "Lagt i Udbakke: 1 besked"
        assert translate("PublishButtons", "Send to the &municipality") == "Send til &kommunen"
        assert translate("PublishButtons", "Send to the &board") == "Send til &bestyrelsen"
        assert translate("PublishButtons", "Send minutes to the &participants…") == "Send referat til &deltagere…"
        assert translate("MeetingPage", "&Signed up") == "&Tilmeldte"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())


def test_a_hearing_response_and_the_export_go_to_the_municipality_from_the_window(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, tmp_path: Path, app: AppController) -> None:
    from lokalraad_app.ui.hearings.hearings_view import HearingsView

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)
    services = services_of(app)
    services.profiles.import_text(json.dumps(PROFILE), tmp_path)
    view = app.window.show_page("hearings")
    assert isinstance(view, HearingsView)
    hearing = services.hearings.rows()[0]
    assert view.show_uid(hearing.uid) and view.send_button.isEnabled()
    qtbot.mouseClick(view.send_button, QtCore.Qt.MouseButton.LeftButton)
    assert "lokalraad@lejre.dk" in asked[-1] and "Upload to the municipality's folder" in asked[-1]
    rows = [r for r in services.outbox.rows() if r.aggregate.startswith("publish:hearing:")]
    assert {r.kind for r in rows} == {"email", "webdav"} and all(r.status == "pending" for r in rows)
    assert "outbox" in app.window.statusBar().currentMessage().lower() or "udbakke" in \
        app.window.statusBar().currentMessage().lower()
    qtbot.mouseClick(view.send_button, QtCore.Qt.MouseButton.LeftButton)  # pressed twice: nothing new
    assert len([r for r in services.outbox.rows() if r.aggregate.startswith("publish:hearing:")]) == len(rows)

    app.window.send_export_action.trigger()
    exports = [r for r in services.outbox.rows() if r.aggregate.startswith("publish:export:")]
    assert {r.kind for r in exports} == {"email", "webdav"}
    upload = next(r for r in exports if r.kind == "webdav")
    assert upload.recipient.endswith(".json")
