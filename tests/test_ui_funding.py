"""The Puljer page driven as a secretary does, in Danish, on a real council file: a new application, its
status changed, filtered by status, deleted after a question and brought back by undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import FundingStatus
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.funding import FundingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.funding.funding_view import Column, FundingTableModel, FundingView
from lokalraad_app.ui.undo import UndoStack
from tests.helpers.app import shown_page, stored
from tests.test_hearings_funding import an_initiative
from tests.test_ui_hearings import SAVE_DELAY_MS, type_slowly

TODAY = date.today()


@pytest.fixture
def view(qtbot, danish, services: AppServices, stack: UndoStack) -> FundingView:  # type: ignore[no-untyped-def]  # noqa: F811
    v = FundingView(services.funding, Events(), stack)
    shown_page(qtbot, v, SAVE_DELAY_MS)
    return v


def test_a_new_application_typed_in_and_granted(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                view: FundingView, stack: UndoStack) -> None:
    initiative = an_initiative(services)
    view.reload()  # the initiative is offered
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Landdistriktspuljen")
    qtbot.keyClick(view, QtCore.Qt.Key.Key_N, QtCore.Qt.KeyboardModifier.ControlModifier
                   | QtCore.Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+N
    qtbot.wait(300)  # a button's shortcut clicks it after a short animation
    assert view.model.rowCount() == 1 and view.fund_edit.text() == "Landdistriktspuljen"
    type_slowly(qtbot, view.purpose_edit, "Cykelsti, første etape")
    view.initiative_combo.setCurrentIndex(view.initiative_combo.findData(initiative))
    view.applied_spin.setFocus()
    view.applied_spin.selectAll()
    qtbot.keyClicks(view.applied_spin, "250000", delay=SAVE_DELAY_MS + 50)
    type_slowly(qtbot, view.deadline_edit, (TODAY + timedelta(days=5)).strftime("%d.%m.%Y"))
    assert stored(services, "SELECT fund, purpose, initiative_id, amount_applied, deadline, status "
                            "FROM funding_application") == [
        ("Landdistriktspuljen", "Cykelsti, første etape", initiative, 250000, (TODAY + timedelta(days=5)).isoformat(),
         "draft")]
    assert view.model.index(0, Column.NEXT).data() == "Ansøgningsfrist om 5 dage"
    assert view.model.index(0, Column.APPLIED).data() == "250.000 kr."
    assert view.model.index(0, Column.PURPOSE).data() == "Cykelsti, første etape · Cykelsti til Lyndby"

    # Granted: the status is saved at once, a step of its own; then the amount and the report deadline.
    view.status_combo.setFocus()
    view.status_combo.setCurrentIndex(view.status_combo.findData(FundingStatus.GRANTED.value))
    assert stored(services, "SELECT status FROM funding_application") == [("granted",)]
    assert view.model.index(0, Column.STATUS).data() == "Bevilget"
    view.granted_spin.setFocus()
    view.granted_spin.selectAll()
    qtbot.keyClicks(view.granted_spin, "200000", delay=SAVE_DELAY_MS + 50)
    type_slowly(qtbot, view.report_edit, (TODAY + timedelta(days=200)).strftime("%d.%m.%Y"))
    assert stored(services, "SELECT amount_granted, report_deadline FROM funding_application") == [
        (200000, (TODAY + timedelta(days=200)).isoformat())]
    assert view.model.index(0, Column.NEXT).data().startswith("Afrapportering senest")
    # Undo takes back the amount and the date typed, then the status.
    stack.undo()
    assert stored(services, "SELECT status, amount_granted, report_deadline FROM funding_application") == [
        ("granted", None, None)]
    assert view.granted_spin.text() == "ikke afgjort"
    stack.undo()
    assert stored(services, "SELECT status FROM funding_application") == [("draft",)]
    assert view.status_combo.currentData() == "draft"


def test_the_filter_shows_applications_by_status(services: AppServices, view: FundingView) -> None:
    f = services.funding
    f.create(FundingInput("Nordea-fonden", deadline=TODAY + timedelta(days=20)))
    f.create(FundingInput("Friluftsrådet", status=FundingStatus.SENT))
    f.create(FundingInput("§ 18-puljen", status=FundingStatus.REPORTED))
    f.create(FundingInput("Velux Fonden", status=FundingStatus.REFUSED))
    view.reload()
    shown = lambda: sorted(r.fund for r in view.model.rows)  # noqa: E731
    assert shown() == ["Friluftsrådet", "Nordea-fonden"]  # under way
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("all"))
    assert len(view.model.rows) == 4
    view.filter_combo.setCurrentIndex(view.filter_combo.findData("refused"))
    assert shown() == ["Velux Fonden"] and view.fund_edit.text() == "Velux Fonden"
    assert view.filter_combo.itemText(view.filter_combo.findData("refused")) == "Afslået"


def test_delete_asks_first_and_undo_brings_it_back(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                   view: FundingView, stack: UndoStack) -> None:
    services.funding.create(FundingInput("Friluftsrådet", purpose="Shelters", notes="Ring til Lærke"))
    view.reload()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    qtbot.mouseClick(view.delete_button, QtCore.Qt.MouseButton.LeftButton)
    assert asked == ["Slette ansøgningen til “Friluftsrådet”? Du kan fortryde med Ctrl+Z."]
    assert stored(services, "SELECT count(*) FROM funding_application") == [(1,)]
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(view.delete_button, QtCore.Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and stored(services, "SELECT count(*) FROM funding_application") == [(0,)]
    assert not view.editor_box.isEnabled()
    stack.undo()
    assert view.model.rowCount() == 1 and view.notes_edit.toPlainText() == "Ring til Lærke"
    assert stored(services, "SELECT fund, purpose FROM funding_application") == [("Friluftsrådet", "Shelters")]


def test_an_empty_name_is_said_and_not_saved(qtbot, services: AppServices, view: FundingView) -> None:  # type: ignore[no-untyped-def]
    services.funding.create(FundingInput("Friluftsrådet"))
    view.reload()
    view.fund_edit.setFocus()
    view.fund_edit.selectAll()
    qtbot.keyClick(view.fund_edit, QtCore.Qt.Key.Key_Delete)
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert view.error_label.text() == "Skriv navnet på puljen eller fonden." and view.error_label.isVisible()
    assert stored(services, "SELECT fund FROM funding_application") == [("Friluftsrådet",)]


def test_the_table_model_passes_the_model_tester(qtmodeltester, danish, services: AppServices) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    services.funding.create(FundingInput("Nordea-fonden", deadline=TODAY - timedelta(days=2)))
    services.funding.create(FundingInput("§ 18", status=FundingStatus.GRANTED, report_deadline=TODAY + timedelta(days=2)))
    model = FundingTableModel()
    model.set_rows(services.funding.rows())
    assert [model.index(n, Column.NEXT).data() for n in range(2)] == [
        f"For sent: ansøgningsfristen var {(TODAY - timedelta(days=2)).day}.{(TODAY - timedelta(days=2)).month}.",
        "Afrapportering om 2 dage"]
    assert isinstance(model.index(0, Column.NEXT).data(QtCore.Qt.ItemDataRole.DecorationRole), QtGui.QIcon)
    assert model.index(0, Column.NEXT).data(QtCore.Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    qtmodeltester.check(model)


def test_no_label_of_either_page_shows_a_literal_ampersand(services: AppServices, view: FundingView) -> None:
    from lokalraad_app.ui.hearings.hearings_view import HearingsView

    hearings = HearingsView(services.hearings, services.documents, Events(), UndoStack())
    try:
        for page in (view, hearings):
            shown = [label.text() for label in page.findChildren(QtWidgets.QLabel)
                     if "&" in label.text() and label.buddy() is None]
            assert shown == [], shown
    finally:
        hearings.deleteLater()
