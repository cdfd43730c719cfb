"""Typing at human speed into every autosaved field of a meeting: the text comes out as typed, in the
field and in the file, through saves, switching items mid-edit and undo after a save (issue 8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.commands import EditAgendaItemCommand
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.undo import UndoStack

SENTENCE = "Beboere på Bygaden har klaget over høj fart."
# The page saves 30 ms after typing starts; each key is pressed, then released, 80 ms apart (6 keys a
# second, as a person types), so every key lands after a save: saves happen in the middle of the typing.
SAVE_DELAY_MS = 30
SLOW = SAVE_DELAY_MS + 50
CPH = ZoneInfo("Europe/Copenhagen")


def plan_meeting(services: AppServices, with_template: bool = True) -> int:
    """A board meeting next week, 19–21, with the standard agenda."""
    start = (datetime.now(CPH) + timedelta(days=7)).replace(hour=19, minute=0, second=0, microsecond=0)
    return services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)),
                                   with_template)[0]


@pytest.fixture
def page(qtbot, services: AppServices, stack: UndoStack) -> MeetingPage:  # type: ignore[no-untyped-def]
    p = MeetingPage(services.meeting, services.agenda, services.minutes, Events(), stack, services.attendance,
                    services.members, services.actions, services.requests, services.attachments, services.documents)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.set_save_delay(SAVE_DELAY_MS)
    p.show()
    p.show_meeting(plan_meeting(services))
    return p


def stored(services: AppServices, page: MeetingPage, row: int) -> dict[str, str]:
    item = next(i for i in services.meeting.detail(page.meeting_id).items  # type: ignore[arg-type]
                if i.id == page.agenda_model.item_id(row))
    return {"background": item.background, "proposal": item.proposal, "title": item.title,
            "discussion": item.discussion, "decision": item.decision}


def fields(page: MeetingPage) -> dict[str, tuple[int, QtWidgets.QWidget]]:
    """Every autosaved text field of the page: which tab it is on and the widget."""
    return {"background": (0, page.agenda_editor.item_background_edit), "proposal": (0, page.agenda_editor.item_proposal_edit),
            "title": (0, page.agenda_editor.item_title_edit), "discussion": (1, page.minutes_editor.discussion_edit),
            "decision": (1, page.minutes_editor.decision_edit)}


def text_of(widget: QtWidgets.QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QtWidgets.QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def go_to(page: MeetingPage, tab: int, row: int) -> None:
    page.tabs.setCurrentIndex(tab)
    view = page.agenda_editor.agenda_view if tab == 0 else page.minutes_editor.minutes_view
    view.setCurrentIndex(page.agenda_model.index(row))


def type_slowly(qtbot, widget: QtWidgets.QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    if isinstance(widget, QtWidgets.QLineEdit):
        widget.clear()
    qtbot.keyClicks(widget, text, delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS + 300)  # a pause: the last keys are saved too


@pytest.mark.parametrize("name", ["background", "proposal", "title", "discussion", "decision"])
def test_typing_at_human_speed_comes_out_as_typed(qtbot, services: AppServices, page: MeetingPage,  # type: ignore[no-untyped-def]
                                                   name: str) -> None:
    tab, widget = fields(page)[name]
    go_to(page, tab, 2)
    type_slowly(qtbot, widget, SENTENCE)
    assert text_of(widget) == SENTENCE
    assert stored(services, page, 2)[name] == SENTENCE


@pytest.mark.parametrize("name", ["background", "proposal", "discussion", "decision"])
def test_typing_survives_switching_items_mid_edit_and_undo_after_a_save(qtbot, services: AppServices,  # type: ignore[no-untyped-def]
                                                                        page: MeetingPage, name: str) -> None:
    tab, widget = fields(page)[name]
    go_to(page, tab, 2)
    first, rest = SENTENCE[:12], SENTENCE[12:]
    type_slowly(qtbot, widget, first)
    assert stored(services, page, 2)[name] == first
    # Mid-sentence to another item, and back: the field shows what the file holds, cursor at the end.
    go_to(page, tab, 3)
    assert text_of(widget) == ""
    go_to(page, tab, 2)
    assert text_of(widget) == first
    widget.setFocus()
    widget.moveCursor(QtGui.QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, rest, delay=40)  # fast now, then a save
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert text_of(widget) == SENTENCE and stored(services, page, 2)[name] == SENTENCE
    # Ctrl+Z after the save undoes the last typing in the field (its undo history was not reset by the
    # save), and that is saved too.
    qtbot.keyClick(widget, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert text_of(widget) != SENTENCE
    assert stored(services, page, 2)[name] == text_of(widget)


def test_each_item_keeps_its_own_text_when_switching_while_typing(qtbot, services: AppServices,  # type: ignore[no-untyped-def]
                                                                  page: MeetingPage) -> None:
    go_to(page, 0, 2)
    qtbot.keyClicks(page.agenda_editor.item_background_edit, "Første punkt", delay=SLOW)
    go_to(page, 0, 3)  # before its save is due
    qtbot.keyClicks(page.agenda_editor.item_background_edit, "Andet punkt", delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert stored(services, page, 2)["background"] == "Første punkt"
    assert stored(services, page, 3)["background"] == "Andet punkt"
    assert page.agenda_editor.item_background_edit.toPlainText() == "Andet punkt"


def click(qtbot, widget: QtWidgets.QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, QtCore.Qt.MouseButton.LeftButton)


def test_undo_of_an_added_and_edited_item_moves_to_a_neighbour(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                                page: MeetingPage, stack: UndoStack) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Trafiksikkerhed")
    count = page.agenda_model.rowCount()
    click(qtbot, page.agenda_editor.add_item_button)
    assert page.agenda_editor.item_title_edit.text() == "Trafiksikkerhed"
    type_slowly(qtbot, page.agenda_editor.item_background_edit, "Fart")
    while stack.canUndo() and page.agenda_model.rowCount() > count:
        stack.undo()  # the typing, then the adding
    assert page.agenda_model.rowCount() == count
    titles = [i.title for i in services.meeting.detail(page.meeting_id).items]  # type: ignore[arg-type]
    assert "Trafiksikkerhed" not in titles
    # The form shows a remaining item (a neighbour), and every click works without an error.
    assert page.agenda_editor.item_title_edit.text() in titles
    for row in (0, 1, count - 1):
        rect = page.agenda_editor.agenda_view.visualRect(page.agenda_model.index(row))
        qtbot.mouseClick(page.agenda_editor.agenda_view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.agenda_editor.item_title_edit.text() == titles[row]
    type_slowly(qtbot, page.agenda_editor.item_proposal_edit, "Ja")
    assert stored(services, page, count - 1)["proposal"] == "Ja"
    assert errors == []


def test_the_last_item_undone_leaves_an_empty_form(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                   page: MeetingPage, stack: UndoStack) -> None:
    page.show_meeting(plan_meeting(services, with_template=False))
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Eneste punkt")
    click(qtbot, page.agenda_editor.add_item_button)
    type_slowly(qtbot, page.agenda_editor.item_background_edit, "Tekst")
    while stack.canUndo():
        stack.undo()
    assert page.agenda_model.rowCount() == 0
    assert page.agenda_editor.item_title_edit.text() == "" and not page.agenda_editor.item_box.isEnabled()
    click(qtbot, page.agenda_editor.add_item_button)  # and the page goes on working
    assert page.agenda_editor.item_title_edit.text() == "Eneste punkt" and page.agenda_editor.item_box.isEnabled()
    assert errors == []


@pytest.mark.parametrize("name", ["background", "discussion"])
def test_typing_survives_leaving_the_page_mid_edit_and_coming_back(qtbot, services: AppServices,  # type: ignore[no-untyped-def]
                                                                   page: MeetingPage, name: str) -> None:
    tab, widget = fields(page)[name]
    go_to(page, tab, 2)
    widget.setFocus()
    qtbot.keyClicks(widget, SENTENCE[:10])  # fast: the save is not due yet when the secretary leaves
    qtbot.mouseClick(page.back_button, QtCore.Qt.MouseButton.LeftButton)
    assert stored(services, page, 2)[name] == SENTENCE[:10]
    page.show_meeting(page.meeting_id)  # type: ignore[arg-type]
    go_to(page, tab, 2)
    assert text_of(widget) == SENTENCE[:10]
    widget.setFocus()
    widget.moveCursor(QtGui.QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, SENTENCE[10:], delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert text_of(widget) == SENTENCE and stored(services, page, 2)[name] == SENTENCE


def test_typing_in_meeting_mode_at_human_speed(qtbot, services: AppServices, page: MeetingPage) -> None:  # type: ignore[no-untyped-def]
    mode = page.enter_meeting_mode()
    assert mode is not None
    qtbot.addWidget(mode)
    editor = page.minutes_editor
    mode.step(+2)  # type: ignore[attr-defined]
    for widget, name in ((editor.discussion_edit, "discussion"), (editor.decision_edit, "decision")):
        widget.setFocus()
        qtbot.keyClicks(widget, SENTENCE, delay=SLOW)
        qtbot.wait(SAVE_DELAY_MS + 300)
        assert widget.toPlainText() == SENTENCE and stored(services, page, 2)[name] == SENTENCE
    qtbot.keyClick(editor.decision_edit, QtCore.Qt.Key.Key_Down, QtCore.Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.decision_edit, QtCore.Qt.Key.Key_Up, QtCore.Qt.KeyboardModifier.AltModifier)
    assert editor.discussion_edit.toPlainText() == SENTENCE


def test_undo_from_the_edit_menu_takes_back_a_typed_sentence_and_the_field_follows(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, services: AppServices, page: MeetingPage, stack: UndoStack) -> None:
    monkeypatch.setattr(EditAgendaItemCommand, "MERGE_SECONDS", 1.0)  # a pause longer than this starts a new step
    go_to(page, 0, 2)
    before = stored(services, page, 2)["background"]
    type_slowly(qtbot, page.agenda_editor.item_background_edit, "Beboere klager.")
    steps = stack.count()
    qtbot.wait(1300)  # the secretary stops to think
    type_slowly(qtbot, page.agenda_editor.item_background_edit, " Over farten.")
    assert stored(services, page, 2)["background"] == before + "Beboere klager. Over farten."
    assert stack.count() == steps + 1  # each stretch of typing is one step, not one per save
    stack.undo()  # Rediger ▸ Fortryd: the last stretch is undone in the file, and the field follows
    assert stored(services, page, 2)["background"] == before + "Beboere klager."
    assert page.agenda_editor.item_background_edit.toPlainText() == before + "Beboere klager."
    stack.undo()
    assert page.agenda_editor.item_background_edit.toPlainText() == before
    stack.redo()
    stack.redo()
    assert page.agenda_editor.item_background_edit.toPlainText() == before + "Beboere klager. Over farten."
    assert stored(services, page, 2)["background"] == before + "Beboere klager. Over farten."
