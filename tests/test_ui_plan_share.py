"""Importér plan on the plan page, like a person: the file chosen, the differences read in the dialog, a choice
made per row with the mouse, the import confirmed; and a broken file refused with its place named."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.plan import AreaInput, InitiativeInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.plan.import_dialog import PlanImportDialog
from lokalraad_app.ui.plan.plan_view import PlanView
from lokalraad_app.ui.undo import UndoStack
from tests.test_plan_share import initiative_of, plan_rows, two  # noqa: F401 — two councils, as a fixture


def diverged(a: AppServices, b: AppServices, folder: Path) -> Path:
    """B took A's plan; then both changed the same initiative (status and progress in both, owner in A,
    funding in B) and B added an initiative of its own. A's plan exported again: the file returned."""
    b.plan.apply_import(a.plan.export_plan(), {})
    ia, ib = initiative_of(a, "Cykelsti til Hyllinge"), initiative_of(b, "Cykelsti til Hyllinge")
    mine = a.plan.initiative_input(ia)
    mine.status, mine.progress_percent, mine.owner = "done", 100, "Lærke Bækgaard"
    a.plan.update_initiative(ia, mine)
    ours = b.plan.initiative_input(ib)
    ours.status, ours.progress_percent, ours.funding = "paused", 60, "LAG-midler"
    b.plan.update_initiative(ib, ours)
    b.plan.add_initiative(b.plan.draft().areas[0].id, InitiativeInput("Ny badebro"))  # type: ignore[union-attr]
    a.plan.add_area(AreaInput("Natur"))
    path = folder / "kirke-saaby.json"
    a.plan.write_export(path)
    return path


def click_row(qtbot, table: QtWidgets.QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)


def row_of(dialog: PlanImportDialog, title: str, field: str) -> int:
    return next(n for n, r in enumerate(dialog.model.rows) if r.title == title and r.field == field)


def test_import_dialog_shows_each_difference_and_applies_the_choices_per_row(
        qtbot, monkeypatch, two: tuple[AppServices, AppServices], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    a, b = two
    path = diverged(a, b, tmp_path)
    stack, backups, asked = UndoStack(), [], []
    view = PlanView(b.plan, b.meetings, Events(), stack, backup=lambda: backups.append(1))
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    stack.push(QtGui.QUndoCommand("an earlier step"))
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or True)

    view.import_action.trigger()
    dialog = view.findChild(PlanImportDialog)
    assert dialog is not None and dialog.isVisible()
    table, model = dialog.table, dialog.model
    shown = {tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())}
    assert ("Initiative: Cykelsti til Hyllinge", "Status", "Paused", "Done", "choose…") in {
        (e, f, h.capitalize(), t.capitalize(), c) for e, f, h, t, c in shown}
    assert ("Initiative: Cykelsti til Hyllinge", "Responsible", "Søren Østergaard", "Lærke Bækgaard",
            "take theirs (changed on one side)") in shown
    assert ("Initiative: Cykelsti til Hyllinge", "Funding source", "LAG-midler", "Landdistriktspuljen",
            "keep ours (changed on one side)") in shown
    assert ("Focus area: Natur", "(new there)", "", "Natur", "add") in shown
    assert ("Initiative: Ny badebro", "(only here)", "Ny badebro", "", "keep ours") in shown
    assert not dialog.import_button.isEnabled()  # two conflicts still to choose

    click_row(qtbot, table, row_of(dialog, "Cykelsti til Hyllinge", "status"))
    qtbot.mouseClick(dialog.theirs_button, QtCore.Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    click_row(qtbot, table, row_of(dialog, "Cykelsti til Hyllinge", "progress"))
    qtbot.mouseClick(dialog.ours_button, QtCore.Qt.MouseButton.LeftButton)
    click_row(qtbot, table, row_of(dialog, "Ny badebro", ""))
    qtbot.mouseClick(dialog.theirs_button, QtCore.Qt.MouseButton.LeftButton)
    assert model.index(row_of(dialog, "Ny badebro", ""), 4).data() == "remove"
    # A row changed on one side only is not the user's to choose here: the buttons leave it as it is.
    click_row(qtbot, table, row_of(dialog, "Cykelsti til Hyllinge", "owner"))
    qtbot.mouseClick(dialog.ours_button, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, QtCore.Qt.MouseButton.LeftButton)

    assert asked and "Undo cannot take back" in asked[0] and backups == [1]
    ib = initiative_of(b, "Cykelsti til Hyllinge")
    merged = b.plan.initiative_input(ib)
    assert (merged.status, merged.progress_percent, merged.owner, merged.funding) == (
        "done", 60, "Lærke Bækgaard", "LAG-midler")
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert titles == ["1. Trafik", "2. Natur"]  # the page shows what was imported
    assert "Ny badebro" not in str(b.plan.snapshot())
    assert stack.count() == 0  # the import is no undo step, and the steps before it are forgotten


def test_a_broken_file_is_refused_naming_the_place_and_nothing_changes(
        qtbot, monkeypatch, two: tuple[AppServices, AppServices], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    a, b = two
    path = diverged(a, b, tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('"progress": 100', '"progress": "færdig"'),
                    encoding="utf-8")
    before = plan_rows(b.path)
    view = PlanView(b.plan, b.meetings, Events(), UndoStack())
    qtbot.addWidget(view)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    assert view.import_plan() is None
    assert errors == ["In the file, plan.focus_areas[0].initiatives[0].progress should be whole number; export it "
                      "again."]
    assert view.findChild(PlanImportDialog) is None
    assert plan_rows(b.path) == before


def test_a_council_without_a_plan_starts_from_its_neighbours(
        qtbot, monkeypatch, two: tuple[AppServices, AppServices], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    a, b = two
    path = tmp_path / "kirke-saaby.json"
    a.plan.write_export(path)
    view = PlanView(b.plan, b.meetings, Events(), UndoStack())
    qtbot.addWidget(view)
    view.show()
    assert view.plan_tab.currentIndex() == 0 and view.import_first_button.isVisible()
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(view.import_first_button, QtCore.Qt.MouseButton.LeftButton)
    dialog = view.findChild(PlanImportDialog)
    assert [r.change for r in dialog.model.rows] == ["added"] * 3
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.table, QtCore.Qt.Key.Key_Return)  # Enter takes the default button: Import
    qtbot.waitUntil(lambda: view.plan_tab.currentIndex() == 1)
    assert view.title_edit.text() == "Lokaludviklingsplan for Kirke Såby"
    assert b.plan.snapshot() == a.plan.snapshot()


def test_an_initiative_deleted_here_is_not_brought_back_unless_chosen(
        qtbot, monkeypatch, two: tuple[AppServices, AppServices], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    a, b = two
    b.plan.apply_import(a.plan.export_plan(), {})
    b.plan.delete_initiative(initiative_of(b, "Cykelsti til Hyllinge"))
    path = tmp_path / "kirke-saaby.json"
    a.plan.write_export(path)  # A's plan, unchanged since B took it
    view = PlanView(b.plan, b.meetings, Events(), UndoStack())
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.import_action.trigger()
    dialog = view.findChild(PlanImportDialog)
    assert dialog is not None and dialog.import_button.isEnabled()  # nothing to choose: it stays deleted
    row = row_of(dialog, "Cykelsti til Hyllinge", "")
    model = dialog.model
    assert [model.index(row, c).data() for c in range(5)] == [
        "Initiative: Cykelsti til Hyllinge", "(deleted here)", "", "Cykelsti til Hyllinge", "keep it deleted"]
    click_row(qtbot, dialog.table, row)
    qtbot.mouseClick(dialog.theirs_button, QtCore.Qt.MouseButton.LeftButton)
    assert model.index(row, 4).data() == "add again"
    click_row(qtbot, dialog.table, row)
    qtbot.mouseClick(dialog.ours_button, QtCore.Qt.MouseButton.LeftButton)  # changed her mind
    qtbot.mouseClick(dialog.import_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Cykelsti til Hyllinge" not in str(b.plan.snapshot())

    view.import_action.trigger()  # the same file again: now she wants it back
    dialog = [d for d in view.findChildren(PlanImportDialog) if d.isVisible()][0]
    click_row(qtbot, dialog.table, row_of(dialog, "Cykelsti til Hyllinge", ""))
    qtbot.mouseClick(dialog.theirs_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, QtCore.Qt.MouseButton.LeftButton)
    assert b.plan.initiative_input(initiative_of(b, "Cykelsti til Hyllinge")).owner == "Søren Østergaard"
