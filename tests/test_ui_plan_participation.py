"""The tabs of citizen ideas, working groups and the citizen budget, driven as a person would on a real file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.plan.ideas_view import IdeaDialog, IdeasView
from lokalraad_app.ui.undo import UndoStack
from tests.test_plan_participation import citizens_meeting, make_plan

TYPING = 5  # ms between keys


def rows_in(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def stack() -> UndoStack:
    return UndoStack()


def shown(qtbot, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def answer_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QtWidgets.QDialog],
                  fill: Callable[[Any], None]) -> None:
    """The next dialog of `cls` is filled by `fill` on its real widgets and OK is pressed."""

    def fake_exec(dialog: QtWidgets.QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def pick(combo: QtWidgets.QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == text)
    combo.setCurrentIndex(index)


def cells(model: QtCore.QAbstractItemModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


# --- ideas -------------------------------------------------------------------------------------------------------
def test_record_an_idea_from_a_borgermoede_and_link_it_to_a_focus_area(
        qtbot, monkeypatch, qtmodeltester, services: AppServices, council_file: Path,  # type: ignore[no-untyped-def]
        events: Events, stack: UndoStack) -> None:
    plan = make_plan(services)
    citizens_meeting(services, date(2026, 3, 18))
    view = shown(qtbot, IdeasView(services.ideas, events, stack))

    def fill(dialog: IdeaDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "Bænke ved gadekæret", delay=TYPING)
        qtbot.keyClicks(dialog.name_edit, "Grethe Holm", delay=TYPING)
        pick(dialog.meeting_combo, dialog.meeting_combo.itemText(1))  # the borgermøde; its day becomes the date
        pick(dialog.link_combo, "Natur og fællesskab")

    answer_dialog(monkeypatch, IdeaDialog, fill)
    view.add_action.trigger()
    qtmodeltester.check(view.model)
    assert rows_in(council_file, "SELECT text, name, received_on, focus_area_id, status FROM citizen_idea") == [
        ("Bænke ved gadekæret", "Grethe Holm", "2026-03-18", plan["nature"], "new")]
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 4)) == "Natur og fællesskab"
    assert view.model.data(view.model.index(0, 3)) == "Borgermøde om planen"

    # Linked to the initiative instead, then taken up; each step undoable.
    view.select(view.model.rows[0].id)
    answer_dialog(monkeypatch, IdeaDialog, lambda d: pick(d.link_combo, "Sti langs Bygaden"))
    view.edit_action.trigger()
    assert rows_in(council_file, "SELECT focus_area_id, initiative_id FROM citizen_idea") == [(None, plan["path"])]
    view.take_up_action.trigger()
    assert view.model.data(view.model.index(0, 5)) == "Taken up"
    stack.undo()
    stack.undo()
    assert rows_in(council_file, "SELECT focus_area_id, initiative_id, status FROM citizen_idea") == [
        (plan["nature"], None, "new")]

    # A dialog with no text refuses to close and says what to fix.
    dialog = IdeaDialog(services.ideas.meetings(), services.ideas.links())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted and dialog.error_label.text() == "Write the idea."

    # Deleting asks first; undo brings it back.
    view.select(view.model.rows[0].id)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    view.delete_action.trigger()
    assert view.model.rowCount() == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.delete_action.trigger()
    assert rows_in(council_file, "SELECT count(*) FROM citizen_idea") == [(0,)]
    stack.undo()
    assert view.model.rowCount() == 1 and view.model.rows[0].text == "Bænke ved gadekæret"
