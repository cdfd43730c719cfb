"""PlanService on a real file: the draft plan, focus areas and initiatives, decisions, adoption and comparison."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lokalraad_app.domain.enums import InitiativeStatus
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.plan import AreaInput, InitiativeInput, PlanInput
from lokalraad_app.store.engine import open_store


def meeting(services: AppServices, day: int, title: str = "Bestyrelsesmøde") -> int:
    start = datetime(2026, 3, day, 18, 0, tzinfo=UTC)
    return services.meeting.create(MeetingInput(title=f"{title} {day}. marts", start=start,
                                                end=start.replace(hour=20), place="Forsamlingshuset"),
                                   with_template=False)[0]


def a_plan(services: AppServices) -> tuple[int, int]:
    """A plan with one focus area and one initiative: (area id, initiative id)."""
    services.plan.create_plan(PlanInput("Lokaludviklingsplan for Kirke Såby", "Et levende sogn", 2026, 2030))
    area = services.plan.add_area(AreaInput("Trafik", "Sikre skoleveje"))[0]
    initiative = services.plan.add_initiative(area, InitiativeInput(
        "Cykelsti til Hyllinge", owner="Søren Østergaard", partners="Lejre Kommune, Grundejerforeningen",
        status=InitiativeStatus.ACTIVE.value, progress_percent=40, progress_note="Ansøgning sendt",
        budget_ore=250_000_00, funding="Landdistriktspuljen", start_on=date(2026, 4, 1),
        end_on=date(2027, 10, 31)))[0]
    return area, initiative


def test_the_draft_holds_what_was_entered_and_survives_reopening(services: AppServices,
                                                                council_file: Path) -> None:
    area, initiative = a_plan(services)
    services.plan.add_area(AreaInput("Natur"))
    services.close()
    store = open_store(council_file)
    store.close()
    conn = sqlite3.connect(council_file)
    row = conn.execute("SELECT title, progress_percent, progress, budget_ore, funding, start_on, end_on, uid "
                       "FROM initiative").fetchone()
    conn.close()
    assert row[:7] == ("Cykelsti til Hyllinge", 40, "Ansøgning sendt", 25_000_000, "Landdistriktspuljen",
                       "2026-04-01", "2027-10-31")
    assert len(row[7]) == 36  # a uuid4


def test_draft_lists_areas_in_order_with_their_initiatives(services: AppServices) -> None:
    area, initiative = a_plan(services)
    nature = services.plan.add_area(AreaInput("Natur"))[0]
    services.plan.move_area(nature, 1)
    draft = services.plan.draft()
    assert draft is not None
    assert [a.title for a in draft.areas] == ["Natur", "Trafik"]
    assert draft.period_start == 2026 and draft.period_end == 2030 and draft.number == 1
    [row] = draft.initiatives[area]
    assert (row.title, row.progress_percent, row.owner) == ("Cykelsti til Hyllinge", 40, "Søren Østergaard")
    services.plan.move_initiative(initiative, nature)
    draft = services.plan.draft()
    assert draft is not None and [i.title for i in draft.initiatives[nature]] == ["Cykelsti til Hyllinge"]


@pytest.mark.parametrize(("change", "field"), [
    ({"title": "  "}, "title"),
    ({"progress_percent": 101}, "progress_percent"),
    ({"progress_percent": -1}, "progress_percent"),
    ({"budget_ore": -5}, "budget_ore"),
    ({"status": "halvvejs"}, "status"),
    ({"start_on": date(2027, 1, 1), "end_on": date(2026, 1, 1)}, "end_on"),
])
def test_bad_initiative_input_names_the_field_and_changes_nothing(services: AppServices, change: dict[str, object],
                                                                  field: str) -> None:
    area, initiative = a_plan(services)
    before = services.plan.initiative_input(initiative)
    data = InitiativeInput(**{**before.__dict__, **change})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        services.plan.update_initiative(initiative, data)
    assert refused.value.field == field
    assert services.plan.initiative_input(initiative) == before


def test_bad_period_is_refused(services: AppServices) -> None:
    a_plan(services)
    with pytest.raises(ValidationError) as refused:
        services.plan.update_plan(PlanInput("Planen", "", 2030, 2026))
    assert refused.value.field == "period_end"
    assert services.plan.plan_input().period_end == 2030


def test_delete_and_restore_an_area_brings_back_its_initiatives_and_decisions(services: AppServices) -> None:
    area, initiative = a_plan(services)
    mid = meeting(services, 3)
    item = services.agenda.add_item(mid, ItemInput(title="Cykelstien"))[0]
    services.plan.link_decision(initiative, item)
    uid_before = services.plan.snapshot()["focus_areas"][0]["initiatives"][0]["uid"]
    removed, _ = services.plan.delete_area(area)
    draft = services.plan.draft()
    assert draft is not None and draft.areas == []
    services.plan.restore_area(removed)
    assert services.plan.snapshot()["focus_areas"][0]["initiatives"][0]["uid"] == uid_before
    assert [d.item_title for d in services.plan.decisions(initiative)] == ["Cykelstien"]


def test_decisions_of_an_initiative(services: AppServices) -> None:
    area, initiative = a_plan(services)
    first, later = meeting(services, 3), meeting(services, 24)
    a = services.agenda.add_item(later, ItemInput(title="Cykelstien: tilbud"))[0]
    b = services.agenda.add_item(first, ItemInput(title="Cykelstien: ansøgning"))[0]
    services.minutes.set_minutes_text(b, discussion="", decision="Vi søger Landdistriktspuljen.")
    for item in (a, b, b):  # twice: no error, one link
        changes = services.plan.link_decision(initiative, item)
    assert f"meeting:{first}" in changes
    found = services.plan.decisions(initiative)
    assert [(d.item_title, d.meeting_day, d.decision) for d in found] == [
        ("Cykelstien: ansøgning", date(2026, 3, 3), "Vi søger Landdistriktspuljen."),
        ("Cykelstien: tilbud", date(2026, 3, 24), "")]
    assert services.plan.initiatives_of_item(a) == [(initiative, "Cykelsti til Hyllinge")]
    services.plan.unlink_decision(initiative, a)
    assert [d.agenda_item_id for d in services.plan.decisions(initiative)] == [b]


def test_adopt_seals_a_snapshot_and_work_goes_on_in_the_next_draft(services: AppServices) -> None:
    area, initiative = a_plan(services)
    mid = meeting(services, 3)
    number, _ = services.plan.adopt(mid)
    assert number == 1
    services.plan.update_initiative(initiative, InitiativeInput("Cykelsti til Hyllinge og Lyndby",
                                                                progress_percent=60, status="active"))
    services.plan.add_initiative(area, InitiativeInput("Fartdæmpning på Bygaden"))
    versions = services.plan.versions()
    assert [(v.number, v.status, v.adopted_on, v.meeting_id) for v in versions] == [
        (1, "adopted", date(2026, 3, 3), mid), (2, "draft", None, None, )]
    adopted = services.plan.snapshot(1)["focus_areas"][0]["initiatives"]
    assert [(i["title"], i["progress"]) for i in adopted] == [("Cykelsti til Hyllinge", 40)]
    comparison = services.plan.compare(1, None)
    changes = {(c.kind, c.title, c.change) for c in comparison.changes}
    assert changes == {("initiative", "Cykelsti til Hyllinge og Lyndby", "changed"),
                       ("initiative", "Fartdæmpning på Bygaden", "added")}
    changed = next(c for c in comparison.changes if c.change == "changed")
    assert {(f.field, f.old, f.new) for f in changed.fields} >= {
        ("title", "Cykelsti til Hyllinge", "Cykelsti til Hyllinge og Lyndby"), ("progress", 40, 60)}
    # A second adoption is version 2; the first one is unchanged.
    assert services.plan.adopt(meeting(services, 24))[0] == 2
    assert services.plan.snapshot(1)["focus_areas"][0]["initiatives"] == adopted


def test_removed_elements_show_in_the_comparison(services: AppServices) -> None:
    area, initiative = a_plan(services)
    services.plan.adopt(meeting(services, 3))
    services.plan.delete_area(area)
    changes = {(c.kind, c.title, c.change) for c in services.plan.compare(1, 2).changes}
    assert changes == {("focus_area", "Trafik", "removed"), ("initiative", "Cykelsti til Hyllinge", "removed")}


def test_adopting_at_an_unknown_meeting_changes_nothing(services: AppServices) -> None:
    a_plan(services)
    with pytest.raises(ValidationError) as refused:
        services.plan.adopt_at("no-such-meeting")
    assert refused.value.field == "meeting"
    assert [v.status for v in services.plan.versions()] == ["draft"]


def test_json_has_the_draft_and_the_adopted_versions(services: AppServices) -> None:
    area, initiative = a_plan(services)
    mid = meeting(services, 3)
    services.plan.adopt(mid)
    data = json.loads(json.dumps(services.plan.to_json()))
    assert data["draft"]["number"] == 2
    [version] = data["versions"]
    assert version["number"] == 1 and version["adopted_on"] == "2026-03-03"
    [i] = version["focus_areas"][0]["initiatives"]
    assert {k: i[k] for k in ("title", "status", "progress")} == {"title": "Cykelsti til Hyllinge",
                                                                 "status": "active", "progress": 40}
    assert i["focus_area"] == version["focus_areas"][0]["uid"]


def test_an_upgraded_0012_file_gets_uids_and_keeps_its_plan(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "council-0012.sqlite", path)
    from lokalraad_app.services.bundle import open_services

    services = open_services(path, backup=False)
    try:
        draft = services.plan.draft()
        assert draft is not None and draft.title == "Lokaludviklingsplan 2025" and len(draft.uid) == 36
        [row] = draft.initiatives[draft.areas[0].id]
        assert row.title == "Cykelsti til Hyllinge" and row.progress_percent == 0 and len(row.uid) == 36
        assert services.plan.initiative_input(row.id).progress_note == "Ansøgning sendt"
        assert services.plan.adopt_at("m-2")[0] == 1
    finally:
        services.close()
