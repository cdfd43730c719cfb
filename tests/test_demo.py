"""The demo council: realistic, complete, deterministic, and written all at once into a new file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from lokalraad_app.demo_data import DemoSummary, write_demo
from lokalraad_app.domain.enums import MemberFilter
from lokalraad_app.services.council import CouncilService
from lokalraad_app.services.members import MemberService
from lokalraad_app.store.engine import Store, open_store

TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary, list[float]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    seen: list[float] = []
    summary = write_demo(path, progress=seen.append, today=TODAY)
    return path, summary, seen


@pytest.fixture
def demo_store(demo: tuple[Path, DemoSummary, list[float]], tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo[0], path)
    store = open_store(path)
    yield store
    store.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_scale_one_holds_a_council_of_realistic_size(demo: tuple[Path, DemoSummary, list[float]]) -> None:
    path, summary, _ = demo
    assert summary.people == 500
    assert 200 <= summary.meetings <= 300
    assert 12 <= summary.agenda_items / summary.meetings <= 16
    assert summary.hearings > 10 and summary.focus_areas >= 3 and summary.initiatives >= 10
    # The counts reported are what the file holds.
    assert rows(path, "SELECT COUNT(*) FROM person")[0][0] == summary.people
    assert rows(path, "SELECT COUNT(*) FROM agenda_item")[0][0] == summary.agenda_items
    assert rows(path, "SELECT COUNT(*) FROM attendance")[0][0] == summary.attendance


def test_progress_runs_from_zero_to_one(demo: tuple[Path, DemoSummary, list[float]]) -> None:
    seen = demo[2]
    assert seen == sorted(seen)
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)


def test_the_register_has_a_board_substitutes_former_members_and_contacts(demo_store: Store) -> None:
    members = MemberService(demo_store)
    board = members.rows(members.find_ids(MemberFilter.BOARD))
    roles = sorted(r.role for r in board)
    assert roles == sorted(["chair", "vice_chair", "treasurer", "secretary", "member", "member", "member"])
    assert len(members.find_ids(MemberFilter.SUBSTITUTES)) == 2
    assert len(members.find_ids(MemberFilter.FORMER)) > 20
    contacts = members.rows(members.find_ids(MemberFilter.CONTACTS))
    liaisons = [c for c in contacts if c.kind == "liaison"]
    assert liaisons and all(c.title == "Fælles-skaber" and c.organisation == "Lejre Kommune" for c in liaisons)
    politicians = [c for c in contacts if c.kind == "politician"]
    assert politicians and all(c.organisation == "Lejre Byråd" for c in politicians)
    names = " ".join(r.name for r in members.rows(members.find_ids()))
    assert any(ch in names for ch in "æøåÆØÅ")


def test_meetings_are_in_copenhagen_time_held_in_the_past_and_planned_ahead(demo: tuple[Path, DemoSummary,
                                                                                      list[float]]) -> None:
    path = demo[0]
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/Copenhagen")
    now = datetime.combine(TODAY, datetime.min.time(), UTC)
    meetings = rows(path, "SELECT kind, start, status FROM meeting")
    kinds = {k for k, _, _ in meetings}
    assert kinds == {"board", "dialogue", "annual", "citizens"}
    years = {datetime.fromisoformat(str(s)).year for _, s, _ in meetings}
    assert len(years) >= 20
    for kind, start, status in meetings:
        utc = datetime.fromisoformat(str(start)).replace(tzinfo=UTC)
        if kind == "board":
            assert utc.astimezone(tz).strftime("%H:%M") == "19:00"  # in summer and winter alike
        assert status == ("held" if utc < now else "planned")


def test_past_meetings_have_minutes_approved_except_the_latest(demo: tuple[Path, DemoSummary, list[float]]) -> None:
    path = demo[0]
    statuses = dict(rows(path, "SELECT status, COUNT(*) FROM minutes GROUP BY status"))
    held = rows(path, "SELECT COUNT(*) FROM meeting WHERE status = 'held'")[0][0]
    assert sum(statuses.values()) == held
    assert statuses.get("draft", 0) in (1, 2, 3) and statuses["approved"] == held - statuses["draft"]
    latest = rows(path, "SELECT mi.status FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id "
                        "ORDER BY m.start DESC LIMIT 1")[0][0]
    assert latest == "draft"
    # Past items carry both the discussion and the decision; planned ones are still empty.
    empty_past = rows(path, "SELECT COUNT(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
                            "WHERE m.status = 'held' AND a.discussion = '' AND a.decision = ''")[0][0]
    assert empty_past == 0
    filled_future = rows(path, "SELECT COUNT(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
                               "WHERE m.status = 'planned' AND (a.discussion != '' OR a.decision != '')")[0][0]
    assert filled_future == 0


def test_agendas_have_the_standard_items_and_classified_dialogue_items(demo: tuple[Path, DemoSummary,
                                                                                    list[float]]) -> None:
    path = demo[0]
    board_titles = [r[0] for r in rows(path, "SELECT a.title FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
                                             "WHERE m.kind = 'board' ORDER BY m.start, a.position LIMIT 40")]
    assert board_titles[0] == "Godkendelse af dagsorden"
    assert board_titles[1].startswith("Godkendelse af referat")
    assert "Meddelelser fra formanden" in board_titles and "Eventuelt" in board_titles
    classes = dict(rows(path, "SELECT a.classification, COUNT(*) FROM agenda_item a JOIN meeting m "
                              "ON m.id = a.meeting_id WHERE m.kind = 'dialogue' GROUP BY 1"))
    assert classes.get("political", 0) > 10 and classes.get("administrative", 0) > 10


def test_open_work_is_waiting(demo: tuple[Path, DemoSummary, list[float]]) -> None:
    path = demo[0]
    overdue = rows(path, f"SELECT COUNT(*) FROM action_item WHERE status = 'open' AND due < '{TODAY}'")[0][0]
    assert overdue >= 1
    assert rows(path, "SELECT COUNT(*) FROM action_item WHERE status = 'done'")[0][0] > 50
    open_hearings = rows(path, "SELECT deadline FROM hearing WHERE status = 'open'")
    assert open_hearings and all(str(d) > TODAY.isoformat() for (d,) in open_hearings)
    assert rows(path, "SELECT COUNT(*) FROM hearing WHERE status = 'answered' AND response != ''")[0][0] > 5
    assert rows(path, "SELECT vision FROM development_plan")[0][0]


def test_the_council_and_search_work_on_the_demo(demo_store: Store) -> None:
    council = CouncilService(demo_store)
    c = council.council()
    assert c is not None and c.name == "Kirke Hyllinge Lokalråd" and c.municipality == "Lejre Kommune"
    assert c.secretary_name and "@" in c.secretary_email
    hits = council.search("cykelsti")
    assert hits and any(h.kind == "agenda_item" for h in hits)


def test_the_same_seed_gives_the_same_file_content(demo: tuple[Path, DemoSummary, list[float]],
                                                   tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    write_demo(again, today=TODAY)
    other = tmp_path / "other.sqlite"
    write_demo(other, seed=8, today=TODAY)

    def digest(path: Path) -> str:
        h = hashlib.sha256()
        for table in ("person", "membership", "meeting", "agenda_item", "attendance", "action_item", "hearing"):
            for row in rows(path, f"SELECT * FROM {table} ORDER BY id"):
                h.update(repr(row).encode())
        return h.hexdigest()

    assert digest(again) == digest(demo[0])
    assert digest(other) != digest(demo[0])


def test_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"my data")
    with pytest.raises(ValueError, match="already exists"):
        write_demo(existing)
    assert existing.read_bytes() == b"my data"


def test_a_failure_midway_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"

    def fail(fraction: float) -> None:
        if fraction > 0.5:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_demo(target, progress=fail)
    assert list(tmp_path.iterdir()) == []


def test_scale_multiplies_people_meetings_and_items(demo: tuple[Path, DemoSummary, list[float]],
                                                    tmp_path: Path) -> None:
    summary = write_demo(tmp_path / "x3.sqlite", scale=3, today=TODAY)
    one = demo[1]
    assert summary.people == 3 * one.people
    assert summary.meetings == 3 * one.meetings
    assert 2.7 * one.agenda_items < summary.agenda_items < 3.3 * one.agenda_items


def test_the_plans_citizen_participation_is_there_around_the_latest_borgermoede(
        demo: tuple[Path, DemoSummary, list[float]]) -> None:
    path = demo[0]
    [(meeting_id, start)] = rows(path, f"SELECT id, start FROM meeting WHERE kind = 'citizens' AND start < '{TODAY}' "
                                       "ORDER BY start DESC LIMIT 1")
    ideas = rows(path, "SELECT meeting_id, status, focus_area_id, initiative_id FROM citizen_idea")
    assert len(ideas) >= 3 and {m for m, *_ in ideas} == {meeting_id}
    assert {s for _, s, *_ in ideas} >= {"new", "taken_up"} and all(a or i for *_, a, i in ideas)  # each linked
    seats = rows(path, "SELECT g.name, m.person_id, m.email FROM working_group_member m "
                       "JOIN working_group g ON g.id = m.group_id")
    assert {name for name, *_ in seats} == {"Trafiksikkerhed", "Havnen og fjorden"}
    assert any(p is not None for _, p, _ in seats) and any(p is None and "@" in e for _, p, e in seats)
    assert rows(path, "SELECT COUNT(*) FROM working_group_initiative")[0][0] >= 2
    [(total, decided)] = rows(path, f"SELECT total, decided_on FROM budget_round WHERE meeting_id = {meeting_id}")
    chosen = rows(path, "SELECT SUM(cost) FROM budget_proposal WHERE chosen")[0][0]
    assert decided and 0 < chosen <= total  # the result fits the sum shared out
    signups = rows(path, f"SELECT email FROM meeting_signup WHERE meeting_id = {meeting_id}")
    assert len(signups) >= 5 and len(set(signups)) == len(signups)
    # A citizen who took part in several ways has one address throughout (erasure finds all of it).
    assert rows(path, "SELECT COUNT(DISTINCT email) FROM citizen_idea WHERE name = 'Inger Dalsgaard'")[0][0] == 1
    assert ("inger.dalsgaard@mail.dk",) in signups and str(start) < TODAY.isoformat()
