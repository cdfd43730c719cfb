"""Overblik on a real council file: each section's entries in Danish, overdue marked, empty states that say
what to do, and a click on an entry opening the right page with the right record."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from lokalraad_app.domain import models
from lokalraad_app.store.engine import open_store
from lokalraad_app.store.quick import read_overview
from lokalraad_app.ui.main_window import PlaceholderPage
from lokalraad_app.ui.meetings.meetings_view import MeetingsView
from lokalraad_app.ui.overview_sections import Entry, EntryListModel
from lokalraad_app.ui.overview_view import SECTIONS, OverviewView
from tests.helpers.app import started

TODAY = date.today()


@dataclass
class Ids:
    meeting: int
    item: int
    loose_action: int
    request: int
    hearing: int
    initiative: int


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


def busy_council(path: Path) -> Ids:
    """A council with something in every section of the overview."""
    store = open_store(path)
    now = datetime.now(UTC)
    try:
        with store.session() as s:
            s.add(models.Council(name="Gershøj Lokalråd", area="Gershøj", municipality="Lejre Kommune"))
            chair = models.Person(name="Søren Østergaard")
            s.add(chair)
            s.flush()
            s.add(models.Membership(person_id=chair.id, role="chair", term_from=date(2024, 3, 1)))
            held = models.Meeting(title="Bestyrelsesmøde marts", start=now - timedelta(days=20),
                                  end=now - timedelta(days=20, hours=-2), place="Forsamlingshuset", status="held")
            coming = models.Meeting(title="Dialogmøde med kommunen", start=now + timedelta(days=3),
                                    end=now + timedelta(days=3, hours=2), place="Rådhuset", kind="dialogue")
            s.add(held)
            s.add(coming)
            s.flush()
            item = models.AgendaItem(meeting_id=held.id, title="Trafik på Gershøjvej", kind="decision")
            s.add(item)
            s.flush()
            s.add(models.ActionItem(description="Ring til vejafdelingen", owner_id=chair.id, due=TODAY - timedelta(days=5),
                                    meeting_id=held.id, agenda_item_id=item.id))
            s.add(models.ActionItem(description="Bestil kaffe til borgermødet", owner_id=chair.id,
                                    due=TODAY + timedelta(days=10), meeting_id=held.id))
            s.add(models.ActionItem(description="Hent nøgle til hallen", owner_name="Bent fra Brugsen"))
            loose = models.ActionItem(description="Find en ny kasserer")
            s.add(loose)
            s.add(models.ActionItem(description="Allerede klaret", status="done", owner_id=chair.id))
            request = models.MunicipalRequest(question="Hvornår kommer cykelstien?", owner="Vej og Park",
                                              promised_on=TODAY - timedelta(days=2), meeting_id=held.id)
            s.add(request)
            s.add(models.MunicipalRequest(question="Besvaret spørgsmål", status="answered"))
            hearing = models.Hearing(title="Lokalplan for Hallen", deadline=TODAY + timedelta(days=9))
            s.add(hearing)
            s.add(models.Hearing(title="Gammel høring", deadline=TODAY - timedelta(days=1)))
            s.add(models.Hearing(title="Besvaret høring", deadline=TODAY + timedelta(days=1), status="answered"))
            s.add(models.FundingApplication(fund="Landdistriktspuljen", deadline=TODAY + timedelta(days=20)))
            s.add(models.Hearing(title="Høring: Vindmøller ved Gershøj", deadline=TODAY + timedelta(days=60)))
            s.add(models.FundingApplication(fund="Nordea-fonden", status="granted",
                                            report_deadline=TODAY + timedelta(days=40)))
            s.add(models.FundingApplication(fund="Sendt pulje", status="sent", deadline=TODAY + timedelta(days=2)))
            plan = models.DevelopmentPlan(title="Gershøj 2030")
            s.add(plan)
            s.flush()
            area = models.FocusArea(plan_id=plan.id, title="Trafik")
            s.add(area)
            s.flush()
            active = models.Initiative(focus_area_id=area.id, title="Cykelsti til skolen", status="active",
                                       progress_percent=40)
            s.add(active)
            s.add(models.Initiative(focus_area_id=area.id, title="Fartdæmpning", status="idea"))
            s.add(models.Initiative(focus_area_id=area.id, title="Busstop flyttet", status="done"))
            for n, status in enumerate(["pending", "pending", "needs_attention", "sent"]):
                s.add(models.OutboxMessage(kind="email", idempotency_key=f"k{n}", status=status))
            s.flush()
            ids = Ids(coming.id, item.id, loose.id, request.id, hearing.id, active.id)  # type: ignore[arg-type]
    finally:
        store.close()
    return ids


@pytest.fixture
def busy_file(council_file: Path) -> tuple[Path, Ids]:
    return council_file, busy_council(council_file)


def texts(view: OverviewView, section: str) -> list[str]:
    return [e.text for e in view.entries(section)]


def entry(view: OverviewView, section: str, starts: str) -> Entry:
    found = [e for e in view.entries(section) if e.text.startswith(starts)]
    assert found, f"{starts!r} not among {texts(view, section)}"
    return found[0]


def click(qtbot, view: OverviewView, section: str, starts: str) -> None:  # type: ignore[no-untyped-def]
    """Clicks the entry the way a person does: on its line in the list."""
    row = view.entries(section).index(entry(view, section, starts))
    listing = view.lists[section]
    index = listing.model().index(row, 0)
    listing.scrollTo(index)
    qtbot.mouseClick(listing.viewport(), QtCore.Qt.MouseButton.LeftButton,
                     pos=listing.visualRect(index).center())


def test_every_section_shows_its_entries_in_danish_before_the_store_loads(qtbot, danish, busy_file,  # type: ignore[no-untyped-def]
                                                                          settings) -> None:
    path, _ = busy_file
    controller = started(qtbot, path, settings)
    view = controller.window.overview_view
    # The first paint shows the header only; the lists follow right after it (app.run), before the store loads.
    assert view.title_label.text() == "Gershøj Lokalråd" and not view.sections_widget.isVisible()
    view.show_sections()
    assert view.sections_widget.isVisible()
    assert isinstance(controller.window.pages["meetings"], PlaceholderPage)  # the ORM is not loaded yet

    assert view.section_titles["meetings"].text() == "Kommende møder"
    [meeting] = texts(view, "meetings")
    assert "Dialogmøde med kommunen, Rådhuset" in meeting and " kl. " in meeting

    assert view.section_titles["actions"].text() == "Åbne opfølgningspunkter efter ansvarlig (4)"
    actions = texts(view, "actions")
    # By owner, the owner with the most pressing item first; the overdue item marked in words and in red.
    assert actions[0] == "Søren Østergaard (2) — 1 overskredet"
    assert actions[1].startswith("Ring til vejafdelingen — OVERSKREDET, frist var ")
    assert actions[2].startswith("Bestil kaffe til borgermødet — frist ")
    assert entry(view, "actions", "Ring til").alert and not entry(view, "actions", "Bestil kaffe").alert
    assert entry(view, "actions", "Søren Østergaard").alert
    assert "Bent fra Brugsen (1)" in actions and "Hent nøgle til hallen" in actions
    assert "Ingen ansvarlig angivet (1)" in actions and "Allerede klaret" not in " ".join(actions)
    model = view.models["actions"]
    overdue_row = actions.index(entry(view, "actions", "Ring til").text)
    assert model.data(model.index(overdue_row), QtCore.Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"

    deadlines = texts(view, "deadlines")
    assert deadlines[0].startswith("Høring: Gammel høring — fristen OVERSKREDET ")
    assert deadlines[1].startswith("Høring: Lokalplan for Hallen — frist ")
    assert deadlines[2].startswith("Puljeansøgning: Landdistriktspuljen — frist ")
    assert deadlines[3].startswith("Afrapportering af tilskud: Nordea-fonden — frist ")
    assert deadlines[4].startswith("Høring: Vindmøller ved Gershøj — frist ")  # not "Høring: Høring: …"
    assert len(deadlines) == 5  # an answered hearing and a sent application have no deadline left
    assert entry(view, "deadlines", "Høring: Gammel").alert
    assert entry(view, "deadlines", "Høring: Lokalplan").bold  # nine days left: soon

    assert view.section_titles["requests"].text() == "Ubesvarede henvendelser til kommunen (1)"
    [request] = texts(view, "requests")
    assert request.startswith("Hvornår kommer cykelstien? — Vej og Park, svar lovet ") and request.endswith(
        ", OVERSKREDET")

    assert texts(view, "initiatives") == ["I gang (1)", "Cykelsti til skolen (Trafik) — 40 %", "Idéer (1)",
                                          "Fartdæmpning (Trafik) — 0 %", "Gennemført (1)"]

    assert view.section_titles["outbox"].text() == "Venter på at blive sendt (3)"
    outbox = texts(view, "outbox")
    assert outbox[0] == "Kræver handling: 1 — åbn Udbakke for at se, hvad der skal gøres"
    assert entry(view, "outbox", "Kræver handling").alert and entry(view, "outbox", "Kræver handling").bold
    assert len(outbox) == 2 and outbox[1].endswith(": 2")  # the two waiting; the sent one is not counted
    controller.release()


def test_an_empty_council_says_what_to_do_in_each_section(qtbot, danish, council_file: Path, settings) -> None:  # type: ignore[no-untyped-def]
    store = open_store(council_file)
    with store.session() as s:
        s.add(models.Council(name="Ejby Lokalråd"))
    store.close()
    controller = started(qtbot, council_file, settings)
    view = controller.window.overview_view
    view.show_sections()
    assert texts(view, "meetings") == ["Ingen møder planlagt. Planlæg det næste under Møder."]
    assert texts(view, "actions") == ["Ingen åbne opfølgningspunkter. Tilføj dem i et mødes referat, under hvert "
                                      "punkt."]
    assert texts(view, "deadlines")[0].startswith("Ingen frister forude.")
    assert texts(view, "requests")[0].startswith("Ingen ubesvarede henvendelser.")
    assert texts(view, "initiatives")[0].startswith("Ingen initiativer endnu.")
    assert texts(view, "outbox") == ["Intet venter på at blive sendt."]
    # Even an empty state leads somewhere: the page where the thing is made.
    assert [e.target for s in SECTIONS for e in view.entries(s)] == [
        ("meetings", 0), ("actions", 0), ("hearings", 0), ("requests", 0), ("plan", 0), ("outbox", 0)]
    controller.release()


def test_clicking_an_entry_opens_its_page_and_the_record(qtbot, danish, busy_file, settings) -> None:  # type: ignore[no-untyped-def]
    path, ids = busy_file
    controller = started(qtbot, path, settings)
    window = controller.window
    view = window.overview_view
    opened: list[tuple[str, int]] = []
    view.record_requested.connect(lambda kind, ref: opened.append((kind, ref)))
    assert controller.load()
    meetings = window.pages["meetings"]
    assert isinstance(meetings, MeetingsView)

    window.show_page("overview")
    click(qtbot, view, "meetings", "")
    assert opened[-1] == ("meeting", ids.meeting)
    assert window.current_page() == "meetings" and meetings.stack.currentWidget() is meetings.page
    assert meetings.page.meeting_id == ids.meeting

    # An action item from the minutes opens on its agenda item there, with the item's action items beside it.
    window.show_page("overview")
    click(qtbot, view, "actions", "Ring til vejafdelingen")
    assert opened[-1] == ("agenda_item", ids.item)
    assert meetings.page.minutes_editor.current_item_id() == ids.item
    assert "Ring til vejafdelingen" in meetings.page.minutes_editor.actions_label.text()

    # One agreed outside any meeting opens selected in the list of action items.
    window.show_page("overview")
    click(qtbot, view, "actions", "Find en ny kasserer")
    assert opened[-1] == ("action_item", ids.loose_action)
    assert meetings.stack.currentIndex() == 0 and meetings.list_tabs.currentWidget() is meetings.actions_view
    assert meetings.actions_view is not None and meetings.actions_view.selected().id == ids.loose_action  # type: ignore[union-attr]

    window.show_page("overview")
    click(qtbot, view, "requests", "Hvornår kommer cykelstien?")
    assert opened[-1] == ("request", ids.request)
    assert meetings.list_tabs.currentWidget() is meetings.requests_view
    assert meetings.requests_view is not None and meetings.requests_view.selected().id == ids.request  # type: ignore[union-attr]

    window.show_page("overview")
    click(qtbot, view, "deadlines", "Høring: Lokalplan")
    assert opened[-1] == ("hearing", ids.hearing) and window.current_page() == "hearings"

    window.show_page("overview")
    click(qtbot, view, "deadlines", "Afrapportering af tilskud: Nordea-fonden")
    funding = window.pages["funding"]
    assert opened[-1][0] == "funding_report" and window.current_page() == "funding"
    assert funding.current_id() == opened[-1][1]  # type: ignore[attr-defined]

    window.show_page("overview")
    click(qtbot, view, "initiatives", "Cykelsti til skolen")
    assert opened[-1] == ("initiative", ids.initiative) and window.current_page() == "plan"

    window.show_page("overview")
    click(qtbot, view, "outbox", "Kræver handling")
    assert window.current_page() == "outbox"
    outbox = window.pages["outbox"]
    qtbot.waitUntil(lambda: not outbox.is_loading())  # type: ignore[attr-defined]
    assert outbox.status_combo.currentText() == "Kræver handling"  # type: ignore[attr-defined]
    assert [r.status for r in outbox.model.rows] == ["needs_attention"]  # type: ignore[attr-defined]
    window.show_page("overview")
    click(qtbot, view, "outbox", "Afventer")  # the two waiting, and only they
    qtbot.waitUntil(lambda: not outbox.is_loading())  # type: ignore[attr-defined]
    assert [r.status for r in outbox.model.rows] == ["pending", "pending"]  # type: ignore[attr-defined]
    controller.release()


def test_the_page_reads_the_file_again_when_shown_after_a_change(qtbot, danish, busy_file, settings) -> None:  # type: ignore[no-untyped-def]
    path, ids = busy_file
    controller = started(qtbot, path, settings)
    assert controller.load() and controller.services is not None
    window, view = controller.window, controller.window.overview_view
    window.show_page("members")
    window.events.publish(controller.services.actions.close(ids.loose_action, "Mette tog den"))
    assert "Find en ny kasserer" in texts(view, "actions")  # hidden: not read again on every save
    window.show_page("overview")
    assert "Find en ny kasserer" not in texts(view, "actions")
    controller.release()


def test_entry_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = EntryListModel()
    model.set_entries([Entry("Søren Østergaard (2)", ("actions", 0), bold=True),
                       Entry("Ring til vejafdelingen", ("agenda_item", 7), alert=True, indent=True)])
    qtmodeltester.check(model)
    assert model.data(model.index(1), EntryListModel.TargetRole) == ("agenda_item", 7)


def test_the_quick_read_survives_an_older_file_without_a_table(busy_file) -> None:  # type: ignore[no-untyped-def]
    path, _ = busy_file
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE municipal_request")  # as before the requests' migration (0004)
    conn.commit()
    conn.close()
    data = read_overview(path)
    assert data is not None and data.council_name == "Gershøj Lokalråd"
    assert data.requests == [] and data.open_requests == 0
    assert [a.description for a in data.actions][:2] == ["Ring til vejafdelingen", "Bestil kaffe til borgermødet"]


def test_overview_fits_a_small_laptop_screen(qtbot, danish, busy_file, settings) -> None:  # type: ignore[no-untyped-def]
    path, _ = busy_file
    controller = started(qtbot, path, settings)
    window = controller.window
    window.resize(1366, 700)  # 768 less a taskbar and the title bar
    view = window.overview_view
    view.show_sections()
    qtbot.wait(10)
    assert view.minimumSizeHint().height() <= view.height()
    for key in SECTIONS:
        assert view.lists[key].height() >= 3 * view.lists[key].sizeHintForRow(0), key  # at least three lines
    QtWidgets.QApplication.processEvents()
    controller.release()


def test_a_long_line_is_cut_with_an_ellipsis_not_scrolled_sideways(qtbot, danish, busy_file,  # type: ignore[no-untyped-def]
                                                                    settings) -> None:
    path, _ = busy_file
    conn = sqlite3.connect(path)
    place = "Rådhuset, byrådssalen på første sal, indgang fra gården bag biblioteket og parkeringspladsen"
    conn.execute("UPDATE meeting SET place = ? WHERE title = 'Dialogmøde med kommunen'", (place,))
    conn.commit()
    conn.close()
    controller = started(qtbot, path, settings)
    window = controller.window
    window.resize(1366, 700)
    window.show()
    view = window.overview_view
    view.show_sections()
    qtbot.wait(10)
    meetings = view.lists["meetings"]
    first = meetings.model().index(0, 0)
    assert meetings.fontMetrics().horizontalAdvance(first.data()) > meetings.viewport().width()  # really too long
    assert meetings.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert meetings.visualRect(first).width() <= meetings.viewport().width()  # drawn within the list: cut, "…"
    assert place in first.data(QtCore.Qt.ItemDataRole.ToolTipRole)  # the whole line on hover
    controller.release()
