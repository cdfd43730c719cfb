"""The Høringer page driven as a secretary does, in Danish, on a real council file: a new hearing, its
deadline and response typed at human speed, undo after a save, a board decision linked, the response printed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.domain.enums import HearingStatus
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.hearings import HearingInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.hearings.hearings_view import Column, HearingsView, HearingTableModel
from lokalraad_app.ui.undo import UndoStack
from tests.helpers.app import shown_page, stored
from tests.test_hearings_funding import decided_item

SAVE_DELAY_MS = 30
SLOW = SAVE_DELAY_MS + 50  # each key lands after a save: saves happen in the middle of the typing
RESPONSE = "Lokalrådet støtter klimaplanen, men ønsker en cykelsti langs Bygaden."


@pytest.fixture
def view(qtbot, danish, services: AppServices, stack: UndoStack) -> HearingsView:  # type: ignore[no-untyped-def]
    v = HearingsView(services.hearings, services.documents, Events(), stack)
    shown_page(qtbot, v, SAVE_DELAY_MS)
    return v


def type_slowly(qtbot, widget: QtWidgets.QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    if isinstance(widget, QtWidgets.QLineEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text, delay=SLOW)
    qtbot.wait(SAVE_DELAY_MS + 300)  # a pause: the last keys are saved too


def status_cell(view: HearingsView, row: int = 0) -> str:
    return view.model.index(row, Column.STATUS).data()


def test_a_new_hearing_typed_at_human_speed_is_in_the_file_with_its_warning(qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                            services: AppServices,
                                                                            view: HearingsView) -> None:
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "Høring: Klimaplan 2026")
    qtbot.keyClick(view, QtCore.Qt.Key.Key_N, QtCore.Qt.KeyboardModifier.ControlModifier
                   | QtCore.Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+N
    qtbot.wait(300)  # a button's shortcut clicks it after a short animation
    assert view.model.rowCount() == 1 and view.title_edit.text() == "Høring: Klimaplan 2026"
    type_slowly(qtbot, view.reference_edit, "26/4711")
    type_slowly(qtbot, view.issuer_edit, "Lejre Kommune, Natur og Miljø")
    deadline = date.today() + timedelta(days=3)
    type_slowly(qtbot, view.deadline_edit, deadline.strftime("%d.%m.%Y"))
    type_slowly(qtbot, view.response_edit, RESPONSE)

    assert view.response_edit.toPlainText() == RESPONSE
    assert stored(services, "SELECT title, reference, issuer, deadline, response, status FROM hearing") == [
        ("Høring: Klimaplan 2026", "26/4711", "Lejre Kommune, Natur og Miljø", deadline.isoformat(), RESPONSE,
         "open")]
    assert status_cell(view) == "Frist om 3 dage"
    assert view.warning_label.text() == "Frist om 3 dage"
    assert view.model.index(0, Column.STATUS).data(QtCore.Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert isinstance(view.model.index(0, Column.STATUS).data(QtCore.Qt.ItemDataRole.DecorationRole), QtGui.QIcon)


def test_undo_after_a_save_and_the_committee_date_that_makes_it_too_late(qtbot, services: AppServices,  # type: ignore[no-untyped-def]
                                                                         view: HearingsView, stack: UndoStack) -> None:
    hid, _ = services.hearings.create(HearingInput("Høring: Skolestruktur", deadline=date.today() + timedelta(days=30)))
    view.reload()
    assert view.current_id() == hid and status_cell(view) == "Åben"
    type_slowly(qtbot, view.response_edit, RESPONSE)
    assert stored(services, "SELECT response FROM hearing") == [(RESPONSE,)]
    # Undo after the save: the file and the field go back together, and redo brings the text again.
    qtbot.wait(3200)  # a new step: saves more than three seconds apart are not merged
    type_slowly(qtbot, view.description_edit, "Tre modeller")
    stack.undo()
    assert stored(services, "SELECT description, response FROM hearing") == [("", RESPONSE)]
    assert view.description_edit.toPlainText() == ""
    stack.undo()
    assert stored(services, "SELECT response FROM hearing") == [("",)]
    assert view.response_edit.toPlainText() == ""
    stack.redo()
    assert view.response_edit.toPlainText() == RESPONSE and stored(services, "SELECT response FROM hearing") == [
        (RESPONSE,)]
    # The committee decided yesterday: too late, whatever the deadline says.
    yesterday = date.today() - timedelta(days=1)
    type_slowly(qtbot, view.committee_edit, yesterday.strftime("%d.%m.%Y"))
    assert stored(services, "SELECT committee_decides_on FROM hearing") == [(yesterday.isoformat(),)]
    assert status_cell(view) == f"For sent: udvalget besluttede {yesterday.day}.{yesterday.month}."
    # A date that is no date is not saved, is said, and stays in the field to be put right.
    type_slowly(qtbot, view.committee_edit, "31.02.2026")
    assert "“31.02.2026” er ikke en dato" in view.error_label.text() and view.error_label.isVisible()
    assert stored(services, "SELECT committee_decides_on FROM hearing") == [(yesterday.isoformat(),)]
    assert view.committee_edit.text() == "31.02.2026"


def test_link_a_board_decision_and_undo_it(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                           view: HearingsView, stack: UndoStack) -> None:
    item = decided_item(services)
    services.hearings.create(HearingInput("Høring: Klimaplan"))
    view.reload()
    assert "Ingen knyttet til" in view.decision_label.text()
    offered: list[list[str]] = []
    monkeypatch.setattr(prompts, "choose", lambda parent, title, label, items: offered.append(items) or 0)
    qtbot.mouseClick(view.link_decision_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Høring om klimaplanen" in offered[0][0] and "Bestyrelsesmøde oktober" in offered[0][0]
    assert stored(services, "SELECT agenda_item_id FROM hearing") == [(item,)]
    assert "Lokalrådet støtter planen, men ønsker en cykelsti." in view.decision_label.text()
    assert view.unlink_decision_button.isEnabled()
    stack.undo()
    assert stored(services, "SELECT agenda_item_id FROM hearing") == [(None,)]
    assert "Ingen knyttet til" in view.decision_label.text()


def test_print_the_response_then_mark_it_sent(qtbot, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              services: AppServices, view: HearingsView, stack: UndoStack) -> None:
    from pypdf import PdfReader

    services.hearings.create(HearingInput("Høring: Trafikplan", reference="26/77", response=RESPONSE))
    view.reload()
    qtbot.keyClick(view.table, QtCore.Qt.Key.Key_P, QtCore.Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    qtbot.waitUntil(lambda: view.preview_dialog is not None)
    preview = view.preview_dialog
    assert preview is not None and preview.isVisible()
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: tmp_path / "svar.pdf")
    preview.save_as()  # type: ignore[attr-defined]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "svar.pdf").pages)
    assert "Høringssvar: Trafikplan" in text and "Sagsnr.: 26/77" in text and "cykelsti langs Bygaden" in text
    assert "KLADDE" in text  # not sent yet
    preview.close()

    qtbot.mouseClick(view.answered_button, QtCore.Qt.MouseButton.LeftButton)
    assert stored(services, "SELECT status, answered_on FROM hearing") == [("answered", date.today().isoformat())]
    assert status_cell(view).startswith("Besvaret") and view.reopen_button.isEnabled()
    assert not view.answered_button.isEnabled()
    preview = view.print_response()
    assert preview is not None
    preview.save_as()  # type: ignore[attr-defined]
    assert "KLADDE" not in "\n".join(p.extract_text() for p in PdfReader(tmp_path / "svar.pdf").pages)
    preview.close()
    stack.undo()
    assert stored(services, "SELECT status, answered_on FROM hearing") == [("open", None)]


def test_delete_asks_first_and_undo_brings_the_hearing_back(qtbot, monkeypatch, services: AppServices,  # type: ignore[no-untyped-def]
                                                            view: HearingsView, stack: UndoStack) -> None:
    services.hearings.create(HearingInput("Høring: Affaldsplan", response=RESPONSE))
    view.reload()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, yes="": asked.append(text) or False)
    qtbot.mouseClick(view.delete_button, QtCore.Qt.MouseButton.LeftButton)
    assert "Slette “Høring: Affaldsplan”" in asked[0] and view.model.rowCount() == 1  # said no: kept
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(view.delete_button, QtCore.Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and stored(services, "SELECT count(*) FROM hearing") == [(0,)]
    assert not view.editor_box.isEnabled()
    stack.undo()
    assert view.model.rowCount() == 1 and view.response_edit.toPlainText() == RESPONSE


def test_the_table_puts_what_is_due_first_and_passes_the_model_tester(qtmodeltester, danish,  # type: ignore[no-untyped-def]
                                                                      services: AppServices) -> None:
    from lokalraad_app.ui.hearings.hearings_view import in_view_order

    today = date.today()
    h = services.hearings
    h.create(HearingInput("Gammel", deadline=today - timedelta(days=400), response="x"))
    h.set_status(h.rows()[0].id, HearingStatus.ANSWERED)
    h.create(HearingInput("Senere", deadline=today + timedelta(days=40)))
    h.create(HearingInput("Snart", deadline=today + timedelta(days=10)))
    h.create(HearingInput("Uden frist"))
    model = HearingTableModel()
    model.set_rows(in_view_order(h.rows()))
    assert [r.title for r in model.rows] == ["Snart", "Senere", "Uden frist", "Gammel"]
    assert [model.index(n, Column.STATUS).data() for n in range(4)][:3] == ["Frist om 10 dage", "Åben", "Åben"]
    qtmodeltester.check(model)


def test_the_window_has_both_pages_and_search_opens_a_hearing(qtbot, council_file: Path,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    from lokalraad_app.app import start
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.council import CouncilInput
    from lokalraad_app.ui.funding.funding_view import FundingView
    from lokalraad_app.ui.main_window import PAGES, PlaceholderPage

    services = open_services(council_file, backup=False)
    services.council.save_council(CouncilInput(name="Kirke Hyllinge Lokalråd", municipality="Lejre Kommune"))
    services.hearings.create(HearingInput("Høring: Vindmøller ved Kyndeløse"))
    target, _ = services.hearings.create(HearingInput("Høring: Spildevandsplan", deadline=date.today()))
    services.close()
    assert PAGES.index("funding") == PAGES.index("hearings") + 1
    controller = start(council_file, QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))
    assert controller is not None
    qtbot.addWidget(controller.window)
    window = controller.window
    assert isinstance(window.pages["hearings"], PlaceholderPage)  # until the store is open
    controller.load()
    assert isinstance(window.pages["hearings"], HearingsView) and isinstance(window.pages["funding"], FundingView)
    assert window.nav.item(PAGES.index("funding")).text() == "Funding"
    qtbot.keyClicks(window.search_edit, "spildevand")
    qtbot.keyClick(window.search_edit, QtCore.Qt.Key.Key_Return)
    results = window.search_view.results  # type: ignore[union-attr]
    results.itemActivated.emit(results.item(0))
    page = window.pages["hearings"]
    assert window.stack.currentWidget() is page and page.current_id() == target  # type: ignore[attr-defined]
    assert page.title_edit.text() == "Høring: Spildevandsplan"  # type: ignore[attr-defined]
    controller.release()
    assert isinstance(window.pages["hearings"], PlaceholderPage)


def test_typing_goes_to_its_own_hearing_when_switching_mid_edit_or_leaving_the_page(  # type: ignore[no-untyped-def]
        qtbot, services: AppServices, view: HearingsView) -> None:
    first, _ = services.hearings.create(HearingInput("Høring: A", deadline=date.today() + timedelta(days=5)))
    second, _ = services.hearings.create(HearingInput("Høring: B", deadline=date.today() + timedelta(days=9)))
    view.reload()
    view.set_save_delay(5000)  # the save is still waiting when the secretary moves on
    view.select(first)
    view.response_edit.setFocus()
    qtbot.keyClicks(view.response_edit, "Svar til A", delay=40)
    view.select(second)  # mid-edit, to the other hearing
    assert view.response_edit.toPlainText() == ""
    qtbot.keyClicks(view.response_edit, "Svar til B", delay=40)
    view.hide()  # to another page of the window
    assert stored(services, "SELECT title, response FROM hearing ORDER BY id") == [
        ("Høring: A", "Svar til A"), ("Høring: B", "Svar til B")]
