"""The plan page driven like a person over a real file: typing at human speed, undo after a save, filters,
adding and deleting, adopting a version, comparing two, and linking a decision from the meeting page."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.plan import AreaInput, InitiativeInput, PlanInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.meetings.meeting_page import MeetingPage
from lokalraad_app.ui.plan.compare_dialog import CompareDialog
from lokalraad_app.ui.plan.plan_model import MARK_ROLE, Column
from lokalraad_app.ui.plan.plan_view import PlanView
from lokalraad_app.ui.undo import UndoStack
from tests.test_minutes_lock_sql import approved  # noqa: F401 — approved minutes, as a fixture

SAVE_DELAY_MS = 30
SLOW = SAVE_DELAY_MS + 50  # each key lands after a save: saves happen in the middle of the typing


@pytest.fixture
def stack() -> UndoStack:
    return UndoStack()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def ids(services: AppServices) -> dict[str, int]:
    services.plan.create_plan(PlanInput("Lokaludviklingsplan for Kirke Såby", "Et levende sogn", 2026, 2030))
    traffic = services.plan.add_area(AreaInput("Trafik"))[0]
    nature = services.plan.add_area(AreaInput("Natur"))[0]
    path = services.plan.add_initiative(traffic, InitiativeInput("Cykelsti", owner="Søren", status="active",
                                                                 progress_percent=40))[0]
    shelter = services.plan.add_initiative(nature, InitiativeInput("Shelterplads", owner="Åse", status="idea"))[0]
    start = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
    meeting = services.meeting.create(MeetingInput(title="Bestyrelsesmøde marts", start=start,
                                                   end=start.replace(hour=19)), with_template=False)[0]
    item = services.agenda.add_item(meeting, ItemInput(title="Cykelstien: ansøgning"))[0]
    return {"traffic": traffic, "nature": nature, "path": path, "shelter": shelter, "meeting": meeting, "item": item}


@pytest.fixture
def view(qtbot, services: AppServices, events: Events, stack: UndoStack, ids: dict[str, int]) -> PlanView:  # type: ignore[no-untyped-def]
    v = PlanView(services.plan, services.meetings, events, stack)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.set_save_delay(SAVE_DELAY_MS)
    v.show()
    return v


def shown_titles(view: PlanView) -> list[str]:
    m = view.model
    return [m.index(c, 0, m.index(r, 0)).data() for r in range(m.rowCount()) for c in range(m.rowCount(m.index(r, 0)))]


def test_the_page_shows_the_plan_with_progress(view: PlanView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    assert view.title_edit.text() == "Lokaludviklingsplan for Kirke Såby"
    assert (view.period_start_spin.value(), view.period_end_spin.value()) == (2026, 2030)
    assert view.vision_edit.toPlainText() == "Et levende sogn"
    assert shown_titles(view) == ["Cykelsti", "Shelterplads"]
    first = view.model.index(0, 0)
    assert first.data() == "1. Trafik"
    assert view.model.index(0, Column.PROGRESS, first).data() == "40 %"
    assert "Draft of version 1" in view.version_label.text() or "Kladde til version 1" in view.version_label.text()


def test_typing_into_an_initiative_at_human_speed_and_undo_after_the_save(qtbot, view: PlanView,  # type: ignore[no-untyped-def]
                                                                         services: AppServices, stack: UndoStack,
                                                                         ids: dict[str, int]) -> None:
    view.select("initiative", ids["path"])
    assert view.initiative_title_edit.text() == "Cykelsti"
    view.initiative_title_edit.setFocus()
    view.initiative_title_edit.end(False)
    qtbot.keyClicks(view.initiative_title_edit, " til Hyllinge", delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS * 4)
    assert services.plan.initiative_input(ids["path"]).title == "Cykelsti til Hyllinge"
    assert view.initiative_title_edit.text() == "Cykelsti til Hyllinge"  # nothing lost or reordered by the saves
    view.budget_edit.setFocus()
    qtbot.keyClicks(view.budget_edit, "250.000", delay=SLOW)
    view.progress_spin.setValue(55)
    qtbot.wait(SAVE_DELAY_MS * 4)
    saved = services.plan.initiative_input(ids["path"])
    assert (saved.budget_ore, saved.progress_percent) == (25_000_000, 55)
    assert view.model.index(0, Column.PROGRESS, view.model.index(0, 0)).data() == "55 %"
    stack.undo()  # typing within seconds is one step: all of it goes
    assert services.plan.initiative_input(ids["path"]).title == "Cykelsti"
    assert services.plan.initiative_input(ids["path"]).budget_ore is None
    assert view.initiative_title_edit.text() == "Cykelsti"
    stack.redo()
    assert view.initiative_title_edit.text() == "Cykelsti til Hyllinge"


def test_a_budget_that_cannot_be_read_is_said_and_the_rest_saved(qtbot, view: PlanView, services: AppServices,  # type: ignore[no-untyped-def]
                                                                  ids: dict[str, int]) -> None:
    view.select("initiative", ids["path"])
    qtbot.keyClicks(view.budget_edit, "mange penge", delay=5)
    qtbot.keyClicks(view.funding_edit, "Landdistriktspuljen", delay=5)
    qtbot.wait(SAVE_DELAY_MS * 4)
    saved = services.plan.initiative_input(ids["path"])
    assert saved.budget_ore is None and saved.funding == "Landdistriktspuljen"
    assert "250.000" in view.problem_label.text()


def test_the_header_is_saved_as_typed(qtbot, view: PlanView, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    view.vision_edit.setFocus()
    view.vision_edit.moveCursor(view.vision_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.vision_edit, " ved fjorden", delay=SLOW)
    view.period_end_spin.setValue(2032)
    qtbot.wait(SAVE_DELAY_MS * 4)
    assert services.plan.plan_input() == PlanInput("Lokaludviklingsplan for Kirke Såby", "Et levende sogn ved fjorden",
                                                   2026, 2032)


def test_filter_by_status_and_responsible(view: PlanView) -> None:
    view.status_filter.setCurrentIndex(view.status_filter.findData("active"))
    assert shown_titles(view) == ["Cykelsti"]
    view.status_filter.setCurrentIndex(0)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData("Åse"))
    assert shown_titles(view) == ["Shelterplads"]
    assert view.model.rowCount() == 1  # the focus area with nothing shown is hidden
    view.owner_filter.setCurrentIndex(0)
    assert shown_titles(view) == ["Cykelsti", "Shelterplads"]


def test_add_move_and_delete_with_undo(view: PlanView, services: AppServices, stack: UndoStack,  # type: ignore[no-untyped-def]
                                       ids: dict[str, int], monkeypatch) -> None:
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Fartdæmpning på Bygaden")
    view.select("area", ids["traffic"])
    view.add_initiative_button.click()
    assert shown_titles(view) == ["Cykelsti", "Fartdæmpning på Bygaden", "Shelterplads"]
    assert view.initiative_title_edit.text() == "Fartdæmpning på Bygaden"
    view.down_button.click()  # to the focus area below
    assert shown_titles(view) == ["Cykelsti", "Shelterplads", "Fartdæmpning på Bygaden"]
    stack.undo()
    assert shown_titles(view) == ["Cykelsti", "Fartdæmpning på Bygaden", "Shelterplads"]
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)
    view.select("area", ids["traffic"])
    view.delete_button.click()
    assert asked and "Trafik" in asked[0]
    assert shown_titles(view) == ["Shelterplads"]
    stack.undo()
    assert shown_titles(view) == ["Cykelsti", "Fartdæmpning på Bygaden", "Shelterplads"]
    assert services.plan.initiative_input(ids["path"]).progress_percent == 40  # back whole


def adopt(view: PlanView, monkeypatch, meeting_title: str) -> int | None:  # type: ignore[no-untyped-def]
    def choose(parent, title, label, items):  # type: ignore[no-untyped-def]
        return next(n for n, text in enumerate(items) if meeting_title in text)

    monkeypatch.setattr(prompts, "choose", choose)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    return view.adopt()


def test_adopt_a_version_and_compare_it_with_the_draft(qtbot, view: PlanView, services: AppServices,  # type: ignore[no-untyped-def]
                                                       ids: dict[str, int], monkeypatch, qtmodeltester) -> None:
    assert not view.compare_button.isEnabled()  # nothing adopted yet
    assert adopt(view, monkeypatch, "Bestyrelsesmøde marts") == 1
    assert [(v.number, v.status, v.adopted_on) for v in services.plan.versions()] == [
        (1, "adopted", date(2026, 3, 3)), (2, "draft", None)]
    assert "2" in view.version_label.text() and view.compare_button.isEnabled()
    # Work goes on in the draft: a title typed, an initiative deleted.
    view.select("initiative", ids["path"])
    view.initiative_title_edit.end(False)
    qtbot.keyClicks(view.initiative_title_edit, " til Hyllinge", delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS * 4)
    services.plan.delete_initiative(ids["shelter"])
    dialog = view.compare()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CompareDialog)
    qtmodeltester.check(dialog.older_model)
    old_area, new_area = dialog.older_model.index(1, 0), dialog.newer_model.index(0, 0)
    removed = dialog.older_model.index(0, 0, old_area)
    changed = dialog.newer_model.index(0, 0, new_area)
    assert (removed.data(), removed.data(MARK_ROLE)) == ("Shelterplads", "removed")
    assert (changed.data(), changed.data(MARK_ROLE)) == ("Cykelsti til Hyllinge", "changed")
    lines = {(r.title, r.change, r.old, r.new) for r in dialog.change_model.rows}
    assert ("Cykelsti til Hyllinge", "changed", "Cykelsti", "Cykelsti til Hyllinge") in lines
    assert ("Shelterplads", "removed", "", "") in lines
    assert "1" in dialog.summary_label.text()
    # The adopted version did not change with the draft.
    assert [i["title"] for a in services.plan.snapshot(1)["focus_areas"] for i in a["initiatives"]] == [
        "Cykelsti", "Shelterplads"]


def test_link_a_decision_from_the_agenda_item_and_open_it_from_the_initiative(  # type: ignore[no-untyped-def]
        qtbot, view: PlanView, services: AppServices, events: Events, stack: UndoStack, ids: dict[str, int],
        monkeypatch) -> None:
    page = MeetingPage(services.meeting, services.agenda, services.minutes, events, stack, services.attendance,
                       services.members, services.actions, services.requests, services.attachments,
                       services.documents)
    qtbot.addWidget(page)
    page.agenda_editor.set_plan(services.plan)
    page.show()
    page.show_meeting(ids["meeting"])
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: items.index("1. Trafik: Cykelsti"))
    page.agenda_editor.link_initiative_button.click()
    assert "Cykelsti" in page.agenda_editor.initiatives_label.text()
    view.select("initiative", ids["path"])
    assert [(r.item_title, r.meeting_title) for r in view.decision_model.rows] == [
        ("Cykelstien: ansøgning", "Bestyrelsesmøde marts")]
    opened: list[tuple[int, int]] = []
    view.meeting_requested.connect(lambda m, i: opened.append((m, i)))
    where = view.decision_table.visualRect(view.decision_model.index(0, 0)).center()
    qtbot.mouseClick(view.decision_table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.decision_table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(view.decision_table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    qtbot.wait(50)
    assert opened == [(ids["meeting"], ids["item"])]
    stack.undo()  # the link goes again
    assert services.plan.decisions(ids["path"]) == []
    assert view.decision_model.rows == []


def test_no_plan_yet_offers_to_start_one(qtbot, council_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.services.bundle import open_services

    services = open_services(council_file, backup=False)
    try:
        events = Events()
        v = PlanView(services.plan, services.meetings, events, UndoStack())
        qtbot.addWidget(v)
        assert v.plan_tab.currentIndex() == 0
        monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Lokaludviklingsplan 2027")
        v.create_button.click()
        assert v.plan_tab.currentIndex() == 1 and v.title_edit.text() == "Lokaludviklingsplan 2027"
        assert v.add_tab(QtWidgets.QLabel("Borgerforslag"), "Borgerforslag") == 1
    finally:
        services.close()


def test_a_decision_in_approved_minutes_is_linked_from_its_meeting(qtbot, approved, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The item's form is locked once the minutes are approved; Knyt til initiativ still works."""
    from lokalraad_app.services.bundle import open_services

    services = open_services(approved.path, backup=False)
    try:
        services.plan.create_plan(PlanInput("Lokaludviklingsplan"))
        area = services.plan.add_area(AreaInput("Natur"))[0]
        initiative = services.plan.add_initiative(area, InitiativeInput("Bålpladsen"))[0]
        stack = UndoStack()
        page = MeetingPage(services.meeting, services.agenda, services.minutes, Events(), stack,
                           services.attendance, services.members, services.actions, services.requests,
                           services.attachments, services.documents)
        qtbot.addWidget(page)
        page.agenda_editor.set_plan(services.plan)
        page.show()
        page.show_meeting(approved.meeting)
        assert not page.agenda_editor.item_box.isEnabled()
        assert page.agenda_editor.link_initiative_button.isEnabled()
        monkeypatch.setattr(prompts, "choose", lambda *a: 0)
        page.agenda_editor.link_initiative_button.click()
        assert [d.decision for d in services.plan.decisions(initiative)] == ["Bålpladsen etableres."]
    finally:
        services.close()


def test_switching_initiative_mid_typing_saves_into_the_one_typed_in(qtbot, view: PlanView,  # type: ignore[no-untyped-def]
                                                                     services: AppServices, ids: dict[str, int]) -> None:
    view.set_save_delay(2000)  # the switch comes before the save is due
    view.select("initiative", ids["path"])
    view.progress_note_edit.setFocus()
    qtbot.keyClicks(view.progress_note_edit, "Ansøgning sendt", delay=SLOW)
    view.select("initiative", ids["shelter"])  # mid-edit
    assert services.plan.initiative_input(ids["path"]).progress_note == "Ansøgning sendt"
    assert services.plan.initiative_input(ids["shelter"]).progress_note == ""
    assert view.progress_note_edit.text() == "" and view.initiative_title_edit.text() == "Shelterplads"
    view.select("initiative", ids["path"])
    assert view.progress_note_edit.text() == "Ansøgning sendt"


def test_the_window_opens_an_initiative_from_search_and_its_decision_on_the_meeting_page(  # type: ignore[no-untyped-def]
        qtbot, council_file, tmp_path) -> None:
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.council import CouncilInput
    from tests.test_ui_main_window import started

    services = open_services(council_file, backup=False)
    try:
        services.council.save_council(CouncilInput(name="Kirke Hyllinge Lokalråd"))  # no first-start form
        services.plan.create_plan(PlanInput("Lokaludviklingsplan"))
        area = services.plan.add_area(AreaInput("Trafik"))[0]
        initiative = services.plan.add_initiative(area, InitiativeInput("Cykelsti til Hyllinge"))[0]
        start = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
        meeting = services.meeting.create(MeetingInput(title="Bestyrelsesmøde marts", start=start,
                                                       end=start.replace(hour=19)), with_template=False)[0]
        item = services.agenda.add_item(meeting, ItemInput(title="Cykelstien"))[0]
        services.plan.link_decision(initiative, item)
    finally:
        services.close()
    controller = started(qtbot, council_file, QtCore.QSettings(str(tmp_path / "s.ini"),
                                                              QtCore.QSettings.Format.IniFormat))
    controller.load()
    window = controller.window
    window._on_search_hit_opened("initiative", initiative)
    plan = window.pages["plan"]
    assert window.current_page() == "plan" and isinstance(plan, PlanView)
    assert plan.current_key() == ("initiative", initiative)
    assert plan.initiative_title_edit.text() == "Cykelsti til Hyllinge"
    plan.meeting_requested.emit(meeting, item)  # as a double-click on the decision does
    assert window.current_page() == "meetings"
    page = window.pages["meetings"].page  # type: ignore[attr-defined]
    assert page.meeting_id == meeting
    assert page.agenda_model.item_id(page.minutes_editor.minutes_view.currentIndex().row()) == item
    controller.release()
