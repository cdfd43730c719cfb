"""The search page: what a hit says, typed as the user types it, in Danish."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtCore

from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui.i18n import install_translators
from lokalraad_app.ui.search_view import SearchView


def texts(view: SearchView) -> list[str]:
    return [view.results.item(i).text() for i in range(view.results.count())]


def test_an_agenda_item_hit_names_its_meeting_and_date(qtbot, qapp, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2025, 3, 25, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    for title, when in (("Bestyrelsesmøde", start), ("Dialogmøde med kommunen", start + timedelta(days=60))):
        meeting_id, _ = services.meeting.create(MeetingInput(title=title, start=when, end=when + timedelta(hours=2)),
                                                with_template=False)
        services.agenda.add_item(meeting_id, ItemInput(title="Trafiksikkerhed på Bygaden"))
    installed = install_translators(qapp, "da")
    try:
        view = SearchView(services.council.search)
        qtbot.addWidget(view)
        assert view.run("trafiksikkerhed") == 2
        shown = texts(view)
        assert any("Bestyrelsesmøde" in t and "25. marts 2025" in t for t in shown), shown
        assert any("Dialogmøde med kommunen" in t and "24. maj 2025" in t for t in shown), shown
        assert view.run("Bestyrelsesmøde") == 1
        assert "25. marts 2025" in texts(view)[0]
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QtCore.QLocale.setDefault(QtCore.QLocale.c())


def test_aase_finds_aase_written_with_aa(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    services.members.add(PersonInput(name="Åse Holm", role=None))
    services.members.add(PersonInput(name="Aase Berg", role=None))
    view = SearchView(services.council.search)
    qtbot.addWidget(view)
    assert view.run("Aase") == 2
    assert view.run("Åse") == 2
    assert sorted(t.split("\n")[0] for t in texts(view)) == ["Person: Aase Berg", "Person: Åse Holm"]
