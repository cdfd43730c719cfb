"""Citizen ideas, working groups and the citizen budget: the services on a real council file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.citizen_budget import Counted, count_budget
from lokalraad_app.domain.enums import GroupNoteKind, IdeaStatus, MeetingKind
from lokalraad_app.domain.models import DevelopmentPlan, FocusArea, Initiative
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.citizen_budget import ProposalInput, RecordedResult, RoundInput
from lokalraad_app.services.citizen_ideas import IdeaInput
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.services.working_groups import GroupInput, MemberInput, NoteInput

CPH = ZoneInfo("Europe/Copenhagen")


def make_plan(services: AppServices) -> dict[str, int]:
    """A plan with two focus areas and an initiative (the plan page's service is built elsewhere)."""
    with services._store.session() as s:
        plan = DevelopmentPlan(title="Udviklingsplan for Kirke Såby 2026-2030")
        s.add(plan)
        s.flush()
        assert plan.id is not None
        traffic = FocusArea(plan_id=plan.id, position=1, title="Trafik og stier")
        nature = FocusArea(plan_id=plan.id, position=2, title="Natur og fællesskab")
        s.add_all([traffic, nature])
        s.flush()
        assert traffic.id is not None and nature.id is not None
        path = Initiative(focus_area_id=traffic.id, title="Sti langs Bygaden", owner="Søren")
        s.add(path)
        s.flush()
        assert path.id is not None
        return {"plan": plan.id, "traffic": traffic.id, "nature": nature.id, "path": path.id}


def citizens_meeting(services: AppServices, day: date = date(2026, 3, 18)) -> int:
    start = datetime(day.year, day.month, day.day, 19, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Borgermøde om planen", start=start,
                                                  end=start + timedelta(hours=2), kind=MeetingKind.CITIZENS))
    return mid


def rows_in(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# --- the counting rule ---------------------------------------------------------------------------------------
def test_most_votes_first_taken_while_the_total_allows() -> None:
    outcome = count_budget([Counted(1, 60_000, 40), Counted(2, 50_000, 30), Counted(3, 30_000, 20),
                            Counted(4, 5_000, 0)], 100_000)
    # 1 fits (40.000 left), 2 does not fit and is passed over, 3 still fits; 4 has no votes.
    assert outcome.chosen == (1, 3)
    assert outcome.passed_over == (2,)
    assert (outcome.spent, outcome.left) == (90_000, 10_000)
    assert not outcome.tie_decided


def test_a_tie_goes_to_the_cheaper_proposal_then_to_the_one_entered_first() -> None:
    # 2 and 3 tie with 25 votes: the cheaper (3) is taken first; then 2 no longer fits.
    outcome = count_budget([Counted(1, 50_000, 30), Counted(2, 40_000, 25), Counted(3, 35_000, 25)], 100_000)
    assert outcome.chosen == (1, 3)
    assert outcome.passed_over == (2,)
    assert outcome.tie_decided
    # Same votes and same cost: the one entered first.
    outcome = count_budget([Counted(7, 30_000, 10), Counted(5, 30_000, 10)], 40_000)
    assert outcome.chosen == (5,) and outcome.passed_over == (7,) and outcome.tie_decided
    # A tie where both fit decides nothing.
    assert not count_budget([Counted(1, 10, 3), Counted(2, 10, 3)], 100).tie_decided


# --- ideas ---------------------------------------------------------------------------------------------------
def test_an_idea_from_a_borgermoede_is_linked_to_a_focus_area(services: AppServices, council_file: Path) -> None:
    plan = make_plan(services)
    meeting = citizens_meeting(services)
    assert [m.id for m in services.ideas.meetings()] == [meeting]
    links = services.ideas.links()
    assert [(c.title, c.initiative_id is not None) for c in links] == [
        ("Trafik og stier", False), ("Sti langs Bygaden", True), ("Natur og fællesskab", False)]

    iid, changes = services.ideas.add(IdeaInput("Bænke ved gadekæret", date(2026, 3, 18), name="Grethe Holm",
                                                email="grethe@example.dk", meeting_id=meeting,
                                                focus_area_id=plan["nature"]))
    assert changes == {"ideas"}
    row = services.ideas.rows()[0]
    assert (row.text, row.name, row.meeting_title, row.linked_to, row.status) == (
        "Bænke ved gadekæret", "Grethe Holm", "Borgermøde om planen", "Natur og fællesskab", "new")
    assert rows_in(council_file, "SELECT text, focus_area_id, meeting_id FROM citizen_idea") == [
        ("Bænke ved gadekæret", plan["nature"], meeting)]

    services.ideas.update(iid, IdeaInput("Bænke ved gadekæret", date(2026, 3, 18), name="Grethe Holm",
                                         initiative_id=plan["path"], status=IdeaStatus.TAKEN_UP.value))
    row = services.ideas.rows()[0]
    assert (row.linked_to, row.focus_area_id, row.status) == ("Sti langs Bygaden", None, "taken_up")
    assert services.ideas.rows(status="new") == []
    before, _ = services.ideas.set_status(iid, IdeaStatus.DECLINED.value)
    assert before == "taken_up"

    snapshot, _ = services.ideas.delete(iid)
    assert services.ideas.rows() == []
    restored, _ = services.ideas.restore(snapshot)
    assert restored == iid and services.ideas.rows()[0].status == "declined"


def test_bad_ideas_are_refused_by_field_and_nothing_is_written(services: AppServices, council_file: Path) -> None:
    plan = make_plan(services)
    cases = [
        (IdeaInput("  ", date(2026, 3, 1)), "text"),
        (IdeaInput("Legeplads", None), "received_on"),
        (IdeaInput("Legeplads", date(2026, 3, 1), email="ikke en adresse"), "email"),
        (IdeaInput("Legeplads", date(2026, 3, 1), focus_area_id=plan["nature"], initiative_id=plan["path"]), "link"),
        (IdeaInput("Legeplads", date(2026, 3, 1), meeting_id=999), "meeting"),
        (IdeaInput("Legeplads", date(2026, 3, 1), focus_area_id=999), "focus_area"),
        (IdeaInput("Legeplads", date(2026, 3, 1), status="maybe"), "status"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as refused:
            services.ideas.add(data)
        assert refused.value.field == field
    assert rows_in(council_file, "SELECT count(*) FROM citizen_idea") == [(0,)]


def test_an_idea_outlives_the_focus_area_it_was_linked_to(services: AppServices) -> None:
    plan = make_plan(services)
    services.ideas.add(IdeaInput("Shelter i skoven", date(2026, 3, 18), focus_area_id=plan["nature"]))
    with services._store.session() as s:
        area = s.get(FocusArea, plan["nature"])
        s.delete(area)
    row = services.ideas.rows()[0]
    assert (row.text, row.focus_area_id, row.linked_to) == ("Shelter i skoven", None, "")


# --- working groups ------------------------------------------------------------------------------------------
def test_working_group_with_members_initiative_and_notes(services: AppServices, council_file: Path) -> None:
    plan = make_plan(services)
    soren, _ = services.members.add(PersonInput(name="Søren Østergaard", email="soren@example.dk",
                                                term_from=date(2024, 3, 1)))
    gid, changes = services.working_groups.add_group(GroupInput("Trafiksikkerhed", "Foreslå fartdæmpning på Bygaden"))
    assert changes == {"working_groups", f"working_group:{gid}"}
    services.working_groups.add_member(gid, MemberInput(person_id=soren, role="tovholder"))
    citizen, _ = services.working_groups.add_member(gid, MemberInput(name="Bo Bæk", email="bo@example.dk"))
    with pytest.raises(ValidationError) as refused:
        services.working_groups.add_member(gid, MemberInput(person_id=soren))
    assert (refused.value.field, refused.value.code) == ("member", "already")
    with pytest.raises(ValidationError) as refused:
        services.working_groups.add_member(gid, MemberInput(name=" "))
    assert refused.value.field == "name"
    members = services.working_groups.members(gid)
    assert [(m.name, m.email, m.is_citizen, m.role) for m in members] == [
        ("Bo Bæk", "bo@example.dk", True, ""), ("Søren Østergaard", "soren@example.dk", False, "tovholder")]

    services.working_groups.link_initiative(gid, plan["path"])
    with pytest.raises(ValidationError):
        services.working_groups.link_initiative(gid, plan["path"])
    assert [i.title for i in services.working_groups.initiatives(gid)] == ["Sti langs Bygaden"]
    services.working_groups.add_note(gid, NoteInput(date(2026, 4, 2), "Gåtur på Bygaden med politiet.",
                                                    GroupNoteKind.MEETING.value))
    with pytest.raises(ValidationError) as refused:
        services.working_groups.add_note(gid, NoteInput(None, "Uden dato"))
    assert refused.value.field == "made_on"
    group = services.working_groups.groups()[0]
    assert (group.name, group.members, group.initiatives) == ("Trafiksikkerhed", 2, 1)

    # Deleted and undone: the group comes back whole.
    snapshot, _ = services.working_groups.delete_group(gid)
    assert rows_in(council_file, "SELECT count(*) FROM working_group_member") == [(0,)]
    gid, _ = services.working_groups.restore_group(snapshot)
    assert len(services.working_groups.members(gid)) == 2
    assert [n.text for n in services.working_groups.notes(gid)] == ["Gåtur på Bygaden med politiet."]
    assert [i.title for i in services.working_groups.initiatives(gid)] == ["Sti langs Bygaden"]

    # A person deleted from the register leaves the group (the citizen stays); undoing it puts them back.
    deleted, _ = services.members.delete(soren)
    assert [m.name for m in services.working_groups.members(gid)] == ["Bo Bæk"]
    soren, _ = services.members.restore(deleted)
    assert [(m.name, m.role) for m in services.working_groups.members(gid)] == [("Bo Bæk", ""),
                                                                               ("Søren Østergaard", "tovholder")]
    services.members.erase(soren)  # erased: gone from the group for good
    assert [m.name for m in services.working_groups.members(gid)] == ["Bo Bæk"]
    snapshot_member, _ = services.working_groups.remove_member(citizen)
    assert services.working_groups.members(gid) == []
    services.working_groups.restore_member(snapshot_member)
    assert [m.name for m in services.working_groups.members(gid)] == ["Bo Bæk"]


# --- citizen budget ------------------------------------------------------------------------------------------
def test_budget_round_votes_result_and_initiative(services: AppServices, council_file: Path) -> None:
    plan = make_plan(services)
    meeting = citizens_meeting(services)
    rid, _ = services.citizen_budget.add_round(RoundInput("Borgerbudget 2026", 100_000, meeting))
    shelter, _ = services.citizen_budget.add_proposal(rid, ProposalInput("Shelter ved skoven", 60_000, "Grethe Holm"))
    benches, _ = services.citizen_budget.add_proposal(rid, ProposalInput("Bænke ved gadekæret", 50_000, "Bo Bæk"))
    lights, _ = services.citizen_budget.add_proposal(rid, ProposalInput("Lys på stien", 30_000, "Aase Ærø",
                                                                        description="Solcellelamper"))
    for pid, votes in ((shelter, 41), (benches, 37), (lights, 22)):
        services.citizen_budget.set_votes(pid, votes)
    result = services.citizen_budget.result(rid)
    assert [p.title for p in result.chosen] == ["Shelter ved skoven", "Lys på stien"]
    assert [p.title for p in result.passed_over] == ["Bænke ved gadekæret"]
    assert (result.spent, result.left, result.decided_on) == (90_000, 10_000, None)

    before, _ = services.citizen_budget.record_result(rid, date(2026, 3, 18))
    assert before == RecordedResult(None, frozenset())
    assert rows_in(council_file, "SELECT title, chosen FROM budget_proposal ORDER BY id") == [
        ("Shelter ved skoven", 1), ("Bænke ved gadekæret", 0), ("Lys på stien", 1)]
    assert rows_in(council_file, "SELECT decided_on FROM budget_round") == [("2026-03-18",)]
    # The recorded result stands: votes and costs stay as counted until it is cleared.
    for change in (lambda: services.citizen_budget.set_votes(benches, 50),
                   lambda: services.citizen_budget.add_proposal(rid, ProposalInput("Sent forslag", 1_000)),
                   lambda: services.citizen_budget.update_round(rid, RoundInput("Borgerbudget 2026", 200_000, meeting))):
        with pytest.raises(ValidationError) as refused:
            change()
        assert (refused.value.field, refused.value.code) == ("round", "decided")

    with pytest.raises(ValidationError) as refused:
        services.citizen_budget.to_initiative(benches, plan["nature"])
    assert refused.value.code == "not_chosen"
    iid, changes = services.citizen_budget.to_initiative(lights, plan["traffic"])
    assert "plan" in changes
    assert rows_in(council_file, f"SELECT title, focus_area_id, description, funding FROM initiative WHERE id = {iid}") == [
        ("Lys på stien", plan["traffic"], "Forslag fra Aase Ærø. Solcellelamper",
         "Borgerbudget: Borgerbudget 2026 (30.000 kr.)")]
    assert services.citizen_budget.proposals(rid)[2].initiative_title == "Lys på stien"
    with pytest.raises(ValidationError):
        services.citizen_budget.to_initiative(lights, plan["traffic"])
    snapshot, _ = services.citizen_budget.remove_initiative(iid)
    assert services.citizen_budget.proposals(rid)[2].initiative_id is None
    iid, _ = services.citizen_budget.restore_initiative(snapshot)
    assert services.citizen_budget.proposals(rid)[2].initiative_id == iid

    # Undo of recording: the result as it was before.
    services.citizen_budget.set_recorded(rid, before)
    assert rows_in(council_file, "SELECT count(*) FROM budget_proposal WHERE chosen") == [(0,)]
    services.citizen_budget.set_votes(benches, 50)  # counting goes on
    assert [p.title for p in services.citizen_budget.result(rid).chosen] == ["Bænke ved gadekæret", "Lys på stien"]


def test_bad_budget_input_is_refused_by_field(services: AppServices, council_file: Path) -> None:
    for data, field in ((RoundInput("", 1000), "title"), (RoundInput("Pulje", 0), "total"),
                        (RoundInput("Pulje", 10**12), "total"), (RoundInput("Pulje", 1000, 999), "meeting")):
        with pytest.raises(ValidationError) as refused:
            services.citizen_budget.add_round(data)
        assert refused.value.field == field
    rid, _ = services.citizen_budget.add_round(RoundInput("Pulje", 1000))
    for proposal, field in ((ProposalInput(" ", 10), "title"), (ProposalInput("Bænk", -5), "cost"),
                            (ProposalInput("Bænk", 10, email="x@"), "email")):
        with pytest.raises(ValidationError) as refused:
            services.citizen_budget.add_proposal(rid, proposal)
        assert refused.value.field == field
    pid, _ = services.citizen_budget.add_proposal(rid, ProposalInput("Bænk", 10))
    with pytest.raises(ValidationError) as refused:
        services.citizen_budget.set_votes(pid, -1)
    assert refused.value.field == "votes"
    with pytest.raises(ValidationError) as refused:
        services.citizen_budget.record_result(rid)  # no votes counted
    assert refused.value.code == "none"
    with pytest.raises(NotFoundError):
        services.citizen_budget.add_proposal(rid + 1, ProposalInput("Bænk", 10))
    assert rows_in(council_file, "SELECT count(*) FROM budget_proposal") == [(1,)]
    snapshot, _ = services.citizen_budget.delete_round(rid)
    assert rows_in(council_file, "SELECT count(*) FROM budget_proposal") == [(0,)]
    rid, _ = services.citizen_budget.restore_round(snapshot)
    assert [p.title for p in services.citizen_budget.proposals(rid)] == ["Bænk"]


# --- command line ----------------------------------------------------------------------------------------------
def test_ideas_and_budget_result_on_the_command_line(services: AppServices, council_file: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib
    import json

    from lokalraad_app.cli import main

    plan = make_plan(services)
    services.ideas.add(IdeaInput("Bænke ved gadekæret", date(2026, 3, 18), name="Grethe Holm",
                                 focus_area_id=plan["nature"]))
    services.ideas.add(IdeaInput("Fartdæmpning", date(2026, 3, 20), status=IdeaStatus.TAKEN_UP.value))
    rid, _ = services.citizen_budget.add_round(RoundInput("Borgerbudget 2026", 100_000))
    for title, cost, votes in (("Shelter", 60_000, 41), ("Bænke", 50_000, 37), ("Lys", 30_000, 22)):
        pid, _ = services.citizen_budget.add_proposal(rid, ProposalInput(title, cost))
        services.citizen_budget.set_votes(pid, votes)
    services.close()
    before = hashlib.sha256(council_file.read_bytes()).hexdigest()

    assert main(["ideas", "--data", str(council_file), "--json"]) == 0
    ideas = json.loads(capsys.readouterr().out)
    assert [(i["text"], i["status"], i["linked_to"]) for i in ideas] == [
        ("Fartdæmpning", "taken_up", None), ("Bænke ved gadekæret", "new", "Natur og fællesskab")]
    assert main(["ideas", "--data", str(council_file), "--status", "new"]) == 0
    assert "Bænke ved gadekæret" in capsys.readouterr().out

    assert main(["budget", "result", "--round", str(rid), "--data", str(council_file), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [p["title"] for p in result["chosen"]] == ["Shelter", "Lys"]
    assert [p["title"] for p in result["passed_over"]] == ["Bænke"]
    assert (result["total"], result["spent"], result["left"], result["decided_on"]) == (100_000, 90_000, 10_000, None)

    assert main(["budget", "rounds", "--data", str(council_file), "--json"]) == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Borgerbudget 2026"]
    assert main(["budget", "result", "--round", "99", "--data", str(council_file)]) == 1
    assert "no citizen budget round 99" in capsys.readouterr().err
    assert main(["budget", "result", "--data", str(council_file)]) == 1
    assert "--round" in capsys.readouterr().err
    assert hashlib.sha256(council_file.read_bytes()).hexdigest() == before  # listings change nothing
