"""Adopted plan versions are locked in the file itself (migration 0013): plain SQL cannot change, delete or
forge one; the draft and the live plan stay free to change."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.plan import AreaInput, InitiativeInput, PlanInput
from tests.test_minutes_lock_sql import Approved, approved  # noqa: F401 — approved minutes, as a fixture
from tests.test_store_safety import dump  # every row of the file: a refused statement changed nothing


@pytest.fixture
def adopted(council_file: Path) -> Path:
    services = open_services(council_file, backup=False)
    try:
        services.plan.create_plan(PlanInput("Lokaludviklingsplan", "Et levende sogn", 2026, 2030))
        area = services.plan.add_area(AreaInput("Trafik"))[0]
        services.plan.add_initiative(area, InitiativeInput("Cykelsti", progress_percent=20))
        start = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)
        mid = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start.replace(hour=20)),
                                      with_template=False)[0]
        services.plan.adopt(mid)
    finally:
        services.close()
    return council_file


CASES = {
    "snapshot rewritten": "UPDATE plan_version SET snapshot = '{}'",
    "adoption day changed": "UPDATE plan_version SET adopted_on = '2020-01-01'",
    "adopting meeting changed": "UPDATE plan_version SET adopting_meeting_id = NULL",
    "adoption undone": "UPDATE plan_version SET status = 'draft'",
    "renumbered": "UPDATE plan_version SET number = 7",
    "version deleted": "DELETE FROM plan_version",
    "plan deleted with its versions": "DELETE FROM development_plan",
    "forged version inserted as adopted": (
        "INSERT INTO plan_version (plan_id, number, status, adopted_on, adopting_meeting_id, snapshot) "
        "SELECT plan_id, 2, 'adopted', adopted_on, adopting_meeting_id, '{}' FROM plan_version"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_plain_sql_cannot_change_an_adopted_version(case: str, adopted: Path) -> None:
    before = dump(adopted)
    conn = sqlite3.connect(adopted)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError, match="an adopted plan version cannot be changed"), conn:
            conn.execute(CASES[case])
    finally:
        conn.close()
    assert dump(adopted) == before


def test_a_draft_cannot_be_adopted_half(adopted: Path) -> None:
    """A draft becomes adopted only whole: with its day and its snapshot."""
    conn = sqlite3.connect(adopted)
    try:
        with conn:
            conn.execute("INSERT INTO plan_version (plan_id, number, status, snapshot) VALUES (1, 2, 'draft', '')")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"), conn:
            conn.execute("UPDATE plan_version SET status = 'adopted' WHERE number = 2")
        with conn:  # a draft row may go
            conn.execute("DELETE FROM plan_version WHERE number = 2")
    finally:
        conn.close()


def test_the_draft_plan_itself_stays_free(adopted: Path) -> None:
    conn = sqlite3.connect(adopted)
    try:
        with conn:
            conn.execute("UPDATE initiative SET title = 'Cykelsti til Lyndby', progress_percent = 60")
            conn.execute("UPDATE development_plan SET vision = 'Et endnu mere levende sogn'")
            conn.execute("DELETE FROM focus_area")
    finally:
        conn.close()
    services = open_services(adopted, backup=False)
    try:
        [(title, progress)] = [(i["title"], i["progress"]) for a in services.plan.snapshot(1)["focus_areas"]
                               for i in a["initiatives"]]
        assert (title, progress) == ("Cykelsti", 20)  # the adopted version is as it was
    finally:
        services.close()


def test_a_decision_in_approved_minutes_is_linked_and_listed(approved: Approved) -> None:  # noqa: F811
    """Linking changes nothing in the approved minutes, so a decision is linked to the plan after approval too."""
    services = open_services(approved.path, backup=False)
    try:
        services.plan.create_plan(PlanInput("Lokaludviklingsplan"))
        area = services.plan.add_area(AreaInput("Natur"))[0]
        initiative = services.plan.add_initiative(area, InitiativeInput("Bålpladsen ved gadekæret"))[0]
        services.plan.link_decision(initiative, approved.item)
        [decision] = services.plan.decisions(initiative)
        assert (decision.item_title, decision.decision) == ("Bålpladsen", "Bålpladsen etableres.")
        services.plan.unlink_decision(initiative, approved.item)
        assert services.plan.decisions(initiative) == []
    finally:
        services.close()
