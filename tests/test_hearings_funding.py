"""Høringer and Puljer: the services over a real council file, and the deadline rule they share."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from lokalraad_app.domain.enums import DeadlineKind, FundingStatus, FundKind, HearingStatus, Severity
from lokalraad_app.domain.models import AgendaItem, Initiative, Meeting
from lokalraad_app.domain.rules import deadline_severity, hearing_due, hearing_severity
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.funding import FundingInput
from lokalraad_app.services.hearings import HearingInput

TODAY = date(2026, 11, 2)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def decided_item(services: AppServices, decision: str = "Lokalrådet støtter planen, men ønsker en cykelsti.") -> int:
    """A held board meeting with one item carrying a decision (made directly: only its id matters here)."""
    with services._store.session() as s:
        meeting = Meeting(title="Bestyrelsesmøde oktober", start=datetime(2026, 10, 6, 17, tzinfo=UTC),
                          end=datetime(2026, 10, 6, 19, tzinfo=UTC), status="held")
        s.add(meeting)
        s.flush()
        item = AgendaItem(meeting_id=meeting.id or 0, position=1, title="Høring om klimaplanen", kind="decision",
                          decision=decision)
        s.add(item)
        s.flush()
        return item.id or 0


# --- the rule ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("days", "expected"), [
    (30, Severity.NONE), (15, Severity.NONE), (14, Severity.WARNING), (4, Severity.WARNING),
    (3, Severity.URGENT), (0, Severity.URGENT), (-1, Severity.TOO_LATE),
])
def test_deadline_severity_warns_two_weeks_ahead_and_urges_three_days_ahead(days: int, expected: Severity) -> None:
    assert deadline_severity(TODAY + timedelta(days=days), TODAY) is expected
    assert deadline_severity(None, TODAY) is Severity.NONE


def test_a_hearing_is_too_late_once_the_committee_decided_whatever_the_deadline() -> None:
    deadline, committee = TODAY + timedelta(days=20), TODAY - timedelta(days=1)
    assert hearing_due(deadline, committee) == committee
    assert hearing_severity(deadline, committee, TODAY) is Severity.TOO_LATE
    assert hearing_severity(deadline, TODAY + timedelta(days=2), TODAY) is Severity.URGENT
    assert hearing_severity(TODAY + timedelta(days=40), None, TODAY) is Severity.NONE
    assert hearing_due(None, None) is None


# --- hearings ----------------------------------------------------------------------------------------
def test_a_hearing_is_created_edited_answered_and_kept_in_the_file(services: AppServices) -> None:
    hearings = services.hearings
    hid, changes = hearings.create(HearingInput(
        "  Høring: Klimaplan 2026 ", reference="26/4711", issuer="Lejre Kommune, Natur og Miljø",
        link="https://www.lejre.dk/hoeringer/klimaplan", deadline=TODAY + timedelta(days=10),
        committee_decides_on=TODAY + timedelta(days=24)))
    assert changes == {"hearings"}
    data = hearings.hearing_input(hid)
    hearings.update(hid, HearingInput(**{**data.__dict__, "response": "Lokalrådet støtter klimaplanen."}))
    item = decided_item(services)
    assert hearings.link_decision(hid, item)[0] is None
    before, _ = hearings.set_status(hid, HearingStatus.ANSWERED, TODAY)
    assert before == (HearingStatus.OPEN, None)

    path = services.path
    assert rows(path, "SELECT title, reference, issuer, link, deadline, committee_decides_on, response, status, "
                      f"answered_on, agenda_item_id FROM hearing WHERE id = {hid}") == [(
        "Høring: Klimaplan 2026", "26/4711", "Lejre Kommune, Natur og Miljø",
        "https://www.lejre.dk/hoeringer/klimaplan", "2026-11-12", "2026-11-26", "Lokalrådet støtter klimaplanen.",
        "answered", "2026-11-02", item)]
    detail = hearings.detail(hid)
    assert detail.decision is not None and detail.decision.decision.startswith("Lokalrådet støtter planen")
    assert detail.decision.meeting_day == date(2026, 10, 6)
    assert [d.agenda_item_id for d in hearings.decisions()] == [item]


def test_bad_hearing_input_is_refused_and_changes_nothing(services: AppServices) -> None:
    hearings = services.hearings
    count = len(hearings.rows())
    with pytest.raises(ValidationError) as no_title:
        hearings.create(HearingInput("   "))
    assert no_title.value.field == "title"
    with pytest.raises(ValidationError) as bad_link:
        hearings.create(HearingInput("Høring", link="lejre.dk/hoering"))
    assert (bad_link.value.field, bad_link.value.code) == ("link", "invalid")
    assert len(hearings.rows()) == count
    hid, _ = hearings.create(HearingInput("Høring: Affaldsplan"))
    with pytest.raises(ValidationError) as unanswered:
        hearings.set_status(hid, HearingStatus.ANSWERED)  # nothing written yet
    assert unanswered.value.field == "response"
    without = decided_item(services, decision="")
    with pytest.raises(ValidationError):
        hearings.link_decision(hid, without)
    with pytest.raises(NotFoundError):
        hearings.link_decision(hid, 99999)
    assert hearings.detail(hid).status == "open" and hearings.detail(hid).decision is None


def test_the_linked_decision_is_unlinked_when_its_item_goes(services: AppServices) -> None:
    hid, _ = services.hearings.create(HearingInput("Høring: Planstrategi"))
    item = decided_item(services)
    services.hearings.link_decision(hid, item)
    with services._store.session() as s:
        s.delete(s.get(AgendaItem, item))
    assert services.hearings.detail(hid).decision is None
    assert rows(services.path, f"SELECT agenda_item_id FROM hearing WHERE id = {hid}") == [(None,)]


def test_a_deleted_hearing_comes_back_whole(services: AppServices) -> None:
    hid, _ = services.hearings.create(HearingInput("Høring: Naturpolitik", reference="26/1", response="Udkast"))
    uid = services.hearings.detail(hid).uid
    snapshot, _ = services.hearings.delete(hid)
    assert rows(services.path, f"SELECT count(*) FROM hearing WHERE id = {hid}") == [(0,)]
    assert services.council.search("Naturpolitik") == []
    services.hearings.restore(snapshot)
    assert services.hearings.detail(hid).uid == uid
    assert [h.kind for h in services.council.search("Naturpolitik")] == ["hearing"]


def test_upcoming_hearing_deadlines_for_the_overview(services: AppServices) -> None:
    h = services.hearings
    soon, _ = h.create(HearingInput("Høring: Trafikplan", deadline=TODAY + timedelta(days=2)))
    decided, _ = h.create(HearingInput("Høring: Skolestruktur", deadline=TODAY + timedelta(days=30),
                                       committee_decides_on=TODAY - timedelta(days=1)))
    h.create(HearingInput("Høring: Langt ude", deadline=TODAY + timedelta(days=200)))
    done, _ = h.create(HearingInput("Høring: Besvaret", deadline=TODAY + timedelta(days=5), response="Svar"))
    h.set_status(done, HearingStatus.ANSWERED, TODAY)
    found = h.upcoming_deadlines(TODAY)
    assert [(d.kind, d.what, d.date, d.severity) for d in found] == [
        (DeadlineKind.HEARING, "Høring: Skolestruktur", TODAY - timedelta(days=1), Severity.TOO_LATE),
        (DeadlineKind.HEARING, "Høring: Trafikplan", TODAY + timedelta(days=2), Severity.URGENT),
    ]
    assert found[1].uid == h.detail(soon).uid
    assert found[0].uid == h.detail(decided).uid


# --- funding -----------------------------------------------------------------------------------------
def an_initiative(services: AppServices) -> int:
    with services._store.session() as s:
        from lokalraad_app.domain.models import DevelopmentPlan, FocusArea

        plan = DevelopmentPlan(title="LUP")
        s.add(plan)
        s.flush()
        area = FocusArea(plan_id=plan.id or 0, title="Trafik")
        s.add(area)
        s.flush()
        initiative = Initiative(focus_area_id=area.id or 0, title="Cykelsti til Lyndby")
        s.add(initiative)
        s.flush()
        return initiative.id or 0


def test_an_application_is_created_granted_and_kept_in_the_file(services: AppServices) -> None:
    funding = services.funding
    initiative = an_initiative(services)
    aid, changes = funding.create(FundingInput(" Landdistriktspuljen ", FundKind.RURAL_POOL, "Cykelsti, etape 1",
                                               initiative, 250_000, deadline=TODAY + timedelta(days=9)))
    assert changes == {"funding"}
    data = funding.funding_input(aid)
    funding.update(aid, FundingInput(**{**data.__dict__, "status": FundingStatus.GRANTED, "amount_granted": 200_000,
                                        "decided_on": TODAY, "report_deadline": TODAY + timedelta(days=300)}))
    assert rows(services.path, "SELECT fund, kind, purpose, initiative_id, amount_applied, amount_granted, deadline, "
                               "status, decided_on, report_deadline FROM funding_application") == [(
        "Landdistriktspuljen", "rural_pool", "Cykelsti, etape 1", initiative, 250000, 200000, "2026-11-11", "granted",
        "2026-11-02", "2027-08-29")]
    [row] = funding.rows()
    assert row.initiative == "Cykelsti til Lyndby" and funding.initiatives() == [(initiative, "Cykelsti til Lyndby")]
    assert funding.rows({FundingStatus.DRAFT}) == []


def test_bad_application_input_is_refused_and_changes_nothing(services: AppServices) -> None:
    funding = services.funding
    with pytest.raises(ValidationError) as no_fund:
        funding.create(FundingInput("  "))
    assert no_fund.value.field == "fund"
    with pytest.raises(ValidationError) as negative:
        funding.create(FundingInput("Friluftsrådet", amount_applied=-5))
    assert (negative.value.field, negative.value.code) == ("amount_applied", "range")
    with pytest.raises(NotFoundError):
        funding.create(FundingInput("Friluftsrådet", initiative_id=4242))
    assert rows(services.path, "SELECT count(*) FROM funding_application") == [(0,)]


def test_upcoming_funding_deadlines_are_the_drafts_and_the_reports_due(services: AppServices) -> None:
    f = services.funding
    f.create(FundingInput("Nordea-fonden", FundKind.FOUNDATION, "Køkken", deadline=TODAY + timedelta(days=10)))
    f.create(FundingInput("§ 18", FundKind.SECTION_18, status=FundingStatus.GRANTED,
                          deadline=TODAY - timedelta(days=100), report_deadline=TODAY - timedelta(days=3)))
    f.create(FundingInput("Friluftsrådet", status=FundingStatus.SENT, deadline=TODAY - timedelta(days=5)))
    f.create(FundingInput("Aflagt", status=FundingStatus.REPORTED, report_deadline=TODAY + timedelta(days=4)))
    found = f.upcoming_deadlines(TODAY)
    assert [(d.kind, d.what, d.severity) for d in found] == [
        (DeadlineKind.REPORT, "§ 18", Severity.TOO_LATE),
        (DeadlineKind.APPLICATION, "Nordea-fonden: Køkken", Severity.WARNING),
    ]
    # The table: what is due first, then the rest newest first.
    assert [r.fund for r in f.rows()] == ["§ 18", "Nordea-fonden", "Friluftsrådet", "Aflagt"]


def test_a_deleted_application_comes_back_and_an_initiative_gone_is_unlinked(services: AppServices) -> None:
    f = services.funding
    initiative = an_initiative(services)
    aid, _ = f.create(FundingInput("Friluftsrådet", initiative_id=initiative, notes="Ring til Lærke"))
    uid = f.uid_of(aid)
    snapshot, _ = f.delete(aid)
    with services._store.session() as s:
        s.delete(s.get(Initiative, initiative))
    f.restore(snapshot)
    assert f.uid_of(aid) == uid and f.funding_input(aid).notes == "Ring til Lærke"
    assert f.funding_input(aid).initiative_id is None


# --- the command line, on the demo council ---------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lokalraad_app.demo_data import write_demo

    path = tmp_path_factory.mktemp("hearings-demo") / "demo.sqlite"
    write_demo(path, today=TODAY)
    return path


def test_funding_json_lists_the_demo_applications(capsys: pytest.CaptureFixture[str], demo_file: Path) -> None:
    import json

    from lokalraad_app.cli import main

    before = demo_file.read_bytes()
    assert main(["funding", "--data", str(demo_file), "--json"]) == 0
    applications = json.loads(capsys.readouterr().out)
    assert {a["status"] for a in applications} == {"draft", "sent", "granted", "reported"}
    granted = next(a for a in applications if a["status"] == "granted")
    assert granted["fund"] == "Landdistriktspuljen" and granted["amount_granted"] == 200_000
    assert granted["initiative"] == "Cykelsti mellem Kirke Hyllinge og Lyndby"
    assert {"uid", "fund", "kind", "amount_applied", "deadline", "report_deadline"} <= set(granted)
    assert main(["funding", "--data", str(demo_file)]) == 0
    assert "Nordea-fonden" in capsys.readouterr().out
    assert demo_file.read_bytes() == before  # a listing changes nothing


def test_hearings_json_has_the_issuer_and_the_committee_date(capsys: pytest.CaptureFixture[str],
                                                             demo_file: Path) -> None:
    import json

    from lokalraad_app.cli import main

    assert main(["hearings", "--data", str(demo_file), "--json"]) == 0
    hearings = json.loads(capsys.readouterr().out)
    assert {"uid", "reference", "title", "deadline", "status", "issuer", "committee_decides_on"} <= set(hearings[0])
    assert all(h["issuer"] for h in hearings)


def test_the_response_is_addressed_to_the_department_and_names_the_board_decision(services: AppServices) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    hid, _ = services.hearings.create(HearingInput("Høring: Klimaplan", reference="26/4711",
                                                   issuer="Lejre Kommune, Natur og Miljø", response="Vi støtter."))
    services.hearings.link_decision(hid, decided_item(services))
    _, pdf = services.documents.hearing_response("26/4711")
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "Til: Lejre Kommune, Natur og Miljø" in text
    assert "Bestyrelsens beslutning: tirsdag 6. oktober 2026" in text
