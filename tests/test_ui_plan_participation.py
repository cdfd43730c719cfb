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
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.plan.citizen_budget_view import CitizenBudgetView, ProposalDialog, RoundDialog
from lokalraad_app.ui.plan.ideas_view import IdeaDialog, IdeasView
from lokalraad_app.ui.plan.working_groups_view import (
    GroupDialog,
    GroupMemberDialog,
    NoteDialog,
    WorkingGroupsView,
)
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
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    view.table.setFocus()
    qtbot.keyClick(view.table, QtCore.Qt.Key.Key_Delete)  # the Delete key asks first
    assert asked == ["Delete the idea “Bænke ved gadekæret”? You can undo this with Ctrl+Z."]
    assert view.model.rowCount() == 1
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.delete_action.trigger()
    assert rows_in(council_file, "SELECT count(*) FROM citizen_idea") == [(0,)]
    stack.undo()
    assert view.model.rowCount() == 1 and view.model.rows[0].text == "Bænke ved gadekæret"


# --- working groups ------------------------------------------------------------------------------------------
def test_working_group_with_a_citizen_member_and_a_note_then_undo(
        qtbot, monkeypatch, qtmodeltester, services: AppServices, council_file: Path,  # type: ignore[no-untyped-def]
        events: Events, stack: UndoStack) -> None:
    plan = make_plan(services)
    services.members.add(PersonInput(name="Søren Østergaard", email="soren@example.dk", term_from=date(2024, 3, 1)))
    view = shown(qtbot, WorkingGroupsView(services.working_groups, events, stack))
    assert not view.details.isEnabled()

    def group(dialog: GroupDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Trafiksikkerhed", delay=TYPING)
        qtbot.keyClicks(dialog.mandate_edit, "Forslag til fartdæmpning på Bygaden", delay=TYPING)

    answer_dialog(monkeypatch, GroupDialog, group)
    view.add_group_action.trigger()
    assert view.heading.text() == "Trafiksikkerhed" and view.details.isEnabled()

    def citizen(dialog: GroupMemberDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Bo Bæk", delay=TYPING)
        qtbot.keyClicks(dialog.email_edit, "bo@example.dk", delay=TYPING)

    answer_dialog(monkeypatch, GroupMemberDialog, citizen)
    view.add_citizen_action.trigger()
    answer_dialog(monkeypatch, GroupMemberDialog, lambda d: qtbot.keyClicks(d.role_edit, "tovholder"))
    view.add_person_action.trigger()
    qtmodeltester.check(view.members_model)
    assert cells(view.members_model, 0) == ["Bo Bæk", "Søren Østergaard"]
    assert cells(view.members_model, 3) == ["Citizen", "The register"]
    assert rows_in(council_file, "SELECT person_id IS NULL, name, email, role FROM working_group_member ORDER BY id") == [
        (1, "Bo Bæk", "bo@example.dk", ""), (0, "", "", "tovholder")]

    # The same citizen twice is refused with a message, and nothing is added.
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    answer_dialog(monkeypatch, GroupMemberDialog, citizen)
    view.add_citizen_action.trigger()
    assert errors == ["That person is already in the working group."]
    assert view.members_model.rowCount() == 2

    def note(dialog: NoteDialog) -> None:
        dialog.date_edit.clear()
        qtbot.keyClicks(dialog.date_edit, "2.4.2026", delay=TYPING)
        qtbot.keyClicks(dialog.text_edit, "Gåtur på Bygaden med politiet", delay=TYPING)

    answer_dialog(monkeypatch, NoteDialog, note)
    view.add_note_action.trigger()
    qtmodeltester.check(view.notes_model)
    assert rows_in(council_file, "SELECT made_on, kind, text FROM working_group_note") == [
        ("2026-04-02", "meeting", "Gåtur på Bygaden med politiet")]
    assert cells(view.notes_model, 2) == ["Gåtur på Bygaden med politiet"]

    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: items.index(
        "Sti langs Bygaden (Trafik og stier)"))
    view.link_action.trigger()
    assert cells(view.initiatives_model, 0) == ["Sti langs Bygaden"]
    assert rows_in(council_file, "SELECT initiative_id FROM working_group_initiative") == [(plan["path"],)]
    assert cells(view.groups_model, 1) == ["2"] and cells(view.groups_model, 2) == ["1"]
    qtmodeltester.check(view.groups_model)
    qtmodeltester.check(view.initiatives_model)

    # Undo, step by step: the initiative, the note, the member.
    stack.undo()
    assert view.initiatives_model.rowCount() == 0
    stack.undo()
    assert view.notes_model.rowCount() == 0
    assert rows_in(council_file, "SELECT count(*) FROM working_group_note") == [(0,)]
    stack.undo()
    assert cells(view.members_model, 0) == ["Bo Bæk"]
    stack.redo()
    assert cells(view.members_model, 0) == ["Bo Bæk", "Søren Østergaard"]

    # Deleting the group asks first, and undo brings it back with its members.
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.groups_table.setFocus()
    view.delete_group_action.trigger()
    assert view.groups_model.rowCount() == 0 and not view.details.isEnabled()
    assert rows_in(council_file, "SELECT count(*) FROM working_group_member") == [(0,)]
    stack.undo()
    assert view.heading.text() == "Trafiksikkerhed"
    assert cells(view.members_model, 0) == ["Bo Bæk", "Søren Østergaard"]


# --- citizen budget ------------------------------------------------------------------------------------------
def test_budget_round_three_proposals_votes_result_and_the_winner_made_an_initiative(
        qtbot, monkeypatch, qtmodeltester, services: AppServices, council_file: Path,  # type: ignore[no-untyped-def]
        events: Events, stack: UndoStack) -> None:
    plan = make_plan(services)
    citizens_meeting(services, date(2026, 5, 6))
    view = shown(qtbot, CitizenBudgetView(services.citizen_budget, events, stack))

    def set_amount(box: QtWidgets.QSpinBox, text: str) -> None:
        box.selectAll()
        qtbot.keyClicks(box, text, delay=TYPING)

    def new_round(dialog: RoundDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Borgerbudget 2026", delay=TYPING)
        set_amount(dialog.total_box, "100000")
        pick(dialog.meeting_combo, dialog.meeting_combo.itemText(1))

    answer_dialog(monkeypatch, RoundDialog, new_round)
    view.add_round_action.trigger()
    assert rows_in(council_file, "SELECT title, total, meeting_id IS NOT NULL FROM budget_round") == [
        ("Borgerbudget 2026", 100_000, 1)]

    for title, who, cost in (("Shelter ved skoven", "Grethe Holm", "60000"), ("Bænke ved gadekæret", "Bo Bæk", "50000"),
                             ("Lys på stien", "Aase Ærø", "30000")):
        def proposal(dialog: ProposalDialog, title: str = title, who: str = who, cost: str = cost) -> None:
            qtbot.keyClicks(dialog.title_edit, title, delay=TYPING)
            qtbot.keyClicks(dialog.proposer_edit, who, delay=TYPING)
            set_amount(dialog.cost_box, cost)

        answer_dialog(monkeypatch, ProposalDialog, proposal)
        view.add_proposal_action.trigger()
    qtmodeltester.check(view.proposals_model)
    qtmodeltester.check(view.rounds_model)
    assert cells(view.proposals_model, 0) == ["Shelter ved skoven", "Bænke ved gadekæret", "Lys på stien"]
    assert rows_in(council_file, "SELECT cost FROM budget_proposal ORDER BY id") == [(60_000,), (50_000,), (30_000,)]

    # Dot votes counted one at a time with + on the keyboard; a tally typed in for the others.
    view.select_proposal(view.proposals_model.rows[2].id)
    view.proposals_table.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.proposals_table, QtCore.Qt.Key.Key_Plus)
    assert rows_in(council_file, "SELECT votes FROM budget_proposal ORDER BY id") == [(0,), (0,), (3,)]
    tallies = iter(["41", "tre", "37"])  # a slip is refused and asked again
    errors: list[str] = []
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: next(tallies))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    view.select_proposal(view.proposals_model.rows[0].id)
    view.set_votes_action.trigger()
    view.select_proposal(view.proposals_model.rows[1].id)
    view.set_votes_action.trigger()
    assert len(errors) == 1 and "tre" in errors[0]
    assert rows_in(council_file, "SELECT votes FROM budget_proposal ORDER BY id") == [(41,), (37,), (3,)]
    assert cells(view.proposals_model, 4) == ["Within the amount", "Does not fit", "Within the amount"]
    assert "Shelter ved skoven, Lys på stien" in view.result_label.text()
    assert "90.000" in view.result_label.text() or "90,000" in view.result_label.text()

    # Recording asks first; then the votes stay as counted.
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)
    view.record_action.trigger()
    assert asked and "Shelter ved skoven" in asked[0]
    assert rows_in(council_file, "SELECT title FROM budget_proposal WHERE chosen ORDER BY id") == [
        ("Shelter ved skoven",), ("Lys på stien",)]
    assert cells(view.proposals_model, 4) == ["Chosen", "Not chosen", "Chosen"]
    assert not view.vote_action.isEnabled()
    assert "Result recorded" in view.result_label.text()

    # The winner becomes an initiative in the focus area chosen; undo takes it away, redo puts it back.
    view.select_proposal(view.proposals_model.rows[0].id)
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: next(
        i for i, text in enumerate(items) if text.startswith("Natur og fællesskab")))
    view.initiative_action.trigger()
    assert rows_in(council_file, "SELECT title, focus_area_id FROM initiative WHERE title = 'Shelter ved skoven'") == [
        ("Shelter ved skoven", plan["nature"])]
    assert cells(view.proposals_model, 5) == ["Shelter ved skoven", "", ""]
    stack.undo()
    assert rows_in(council_file, "SELECT count(*) FROM initiative WHERE title = 'Shelter ved skoven'") == [(0,)]
    assert cells(view.proposals_model, 5) == ["", "", ""]
    stack.redo()
    assert cells(view.proposals_model, 5) == ["Shelter ved skoven", "", ""]

    # A proposal not chosen is refused, and says why.
    view.select_proposal(view.proposals_model.rows[1].id)
    view.initiative_action.trigger()
    assert errors[-1] == "Only a proposal chosen in the recorded result becomes an initiative."
    assert rows_in(council_file, "SELECT count(*) FROM initiative") == [(2,)]


def test_every_participation_command_says_how_to_do_and_undo_it() -> None:
    from lokalraad_app.ui.plan import participation_commands
    from lokalraad_app.ui.undo import ServiceCommand

    commands = [c for c in vars(participation_commands).values()
                if isinstance(c, type) and issubclass(c, ServiceCommand) and c.__module__ == participation_commands.__name__]
    assert len(commands) == 24
    assert [c.__name__ for c in commands if c._do is ServiceCommand._do or c._undo is ServiceCommand._undo] == []


def test_the_budget_speaks_danish_with_danish_amounts(qtbot, qapp, services: AppServices,  # type: ignore[no-untyped-def]
                                                      events: Events, stack: UndoStack) -> None:
    from lokalraad_app.services.citizen_budget import ProposalInput, RoundInput
    from lokalraad_app.ui.i18n import install_translators

    installed = install_translators(qapp, "da")
    try:
        rid, _ = services.citizen_budget.add_round(RoundInput("Borgerbudget 2026", 100_000))
        pid, _ = services.citizen_budget.add_proposal(rid, ProposalInput("Bænke ved gadekæret", 45_000, "Bo Bæk"))
        services.citizen_budget.set_votes(pid, 12)
        view = shown(qtbot, CitizenBudgetView(services.citizen_budget, events, stack))
        model = view.proposals_model
        assert [model.headerData(c, QtCore.Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
            "Forslag", "Fra", "Pris", "Stemmer", "Efter stemmerne", "Initiativ"]
        assert cells(model, 2) == ["45.000 kr."] and cells(model, 4) == ["Inden for beløbet"]
        assert view.heading.text() == "Borgerbudget 2026: 100.000 kr. til fordeling"
        assert view.result_label.text().startswith("Efter de stemmer, der er talt indtil nu: Bænke ved gadekæret. "
                                                   "45.000 kr. af 100.000 kr. (55.000 kr. tilbage).")
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
