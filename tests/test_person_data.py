"""The personal-data export: a readable Danish document for the person, JSON for machines."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6 import QtGui

from lokalraad_app.domain.enums import Answer, Presence, Role
from lokalraad_app.services.actions import ActionInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from lokalraad_app.ui import prompts
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.members.members_view import MembersView


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages)


def aase(services: AppServices) -> int:
    services.council.save_council(CouncilInput(name="Kirke Hyllinge Lokalråd", municipality="Lejre Kommune"))
    pid = services.members.add(PersonInput(
        name="Åse Østergaard", email="aase@example.dk", phone="20 30 40 50", address="Bygaden 1",
        postal_code="4070", city="Kirke Hyllinge", role=Role.TREASURER, term_from=date(2024, 3, 1),
        term_to=date(2026, 2, 28)))[0]
    services.members.set_consent(pid, "Navn, e-mail og telefon på medlemslisten",
                                 datetime(2024, 3, 5, 12, 0, tzinfo=ZoneInfo("UTC")))
    start = datetime(2025, 3, 25, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                         end=start + timedelta(hours=2)), with_template=False)
    attendance_id, _ = services.attendance.add(meeting_id, person_id=pid)
    services.attendance.set_answer(attendance_id, Answer.YES)
    services.attendance.set_presence(attendance_id, Presence.PRESENT)
    services.actions.add(ActionInput(description="Søg fonde til shelteret", owner_id=pid, due=date(2025, 5, 1)),
                         meeting_id=meeting_id)
    return pid


def test_the_person_gets_a_readable_danish_document(services: AppServices) -> None:
    pid = aase(services)
    text = pdf_text(services.members.export_person_pdf(pid, today=date(2025, 6, 2)))
    for expected in ("Oplysninger om dig", "Åse Østergaard", "Kirke Hyllinge Lokalråd", "aase@example.dk",
                     "20 30 40 50", "Bygaden 1, 4070 Kirke Hyllinge", "mandag 2. juni 2025",
                     "Valgperioder", "Kasserer", "01.03.2024", "28.02.2026",
                     "Samtykke", "05.03.2024", "Navn, e-mail og telefon på medlemslisten",
                     "Møder", "Bestyrelsesmøde, tirsdag 25. marts 2025 kl. 19.00", "ja", "mødt",
                     "Opgaver", "Søg fonde til shelteret", "01.05.2025", "åben", "JSON"):
        assert expected in text, (expected, text)
    for english in ("term_from", "consent_purpose", "email", "Member", "Treasurer", "null"):
        assert english not in text, english


def test_a_person_with_nothing_but_a_name(services: AppServices) -> None:
    pid = services.members.add(PersonInput(name="Lærke Bækgaard", role=None))[0]
    text = pdf_text(services.members.export_person_pdf(pid))
    assert "Lærke Bækgaard" in text and "Der er ikke registreret samtykke." in text and "Ingen." in text


def test_export_from_the_member_register_pdf_or_json(qtbot, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     services: AppServices) -> None:
    pid = aase(services)
    view = MembersView(services.members, Events(), QtGui.QUndoStack())
    qtbot.addWidget(view)
    view.show_person(pid)
    asked: list[str] = []

    def save_as(name: str):  # type: ignore[no-untyped-def]
        def answer(parent, title, filters, start=""):  # type: ignore[no-untyped-def]
            asked.append(start)
            return tmp_path / name
        return answer

    monkeypatch.setattr(prompts, "save_file", save_as("aase.pdf"))
    view.export_person_action.trigger()
    assert asked[0].endswith(".pdf")  # the readable document is what is offered
    assert "Søg fonde til shelteret" in pdf_text((tmp_path / "aase.pdf").read_bytes())
    monkeypatch.setattr(prompts, "save_file", save_as("aase.json"))
    view.export_person_action.trigger()
    assert json.loads((tmp_path / "aase.json").read_text(encoding="utf-8"))["person"]["name"] == "Åse Østergaard"


def test_citizen_participation_is_in_the_access_documents_and_goes_with_erasure(services: AppServices) -> None:
    from lokalraad_app.services.citizen_budget import ProposalInput, RoundInput
    from lokalraad_app.services.citizen_ideas import IdeaInput
    from lokalraad_app.services.working_groups import GroupInput, MemberInput

    pid = aase(services)  # aase@example.dk; what she did as a citizen was written with her address in capitals
    services.ideas.add(IdeaInput("Shelterplads ved fjorden", date(2025, 4, 2), "Åse Østergaard", "AASE@example.dk"))
    services.ideas.add(IdeaInput("Flere bænke", date(2025, 4, 2), "Bent Brugsen", "bent@example.dk"))
    harbour = services.working_groups.add_group(GroupInput("Havnen"))[0]
    services.working_groups.add_member(harbour, MemberInput(name="Åse Ø.", email="Aase@Example.dk",
                                                            role="tovholder"))
    traffic = services.working_groups.add_group(GroupInput("Trafiksikkerhed"))[0]
    services.working_groups.add_member(traffic, MemberInput(person_id=pid))
    round_id = services.citizen_budget.add_round(RoundInput("Borgerbudget 2025", 100_000))[0]
    services.citizen_budget.add_proposal(round_id, ProposalInput("Badebro", 40_000, "Åse", "aase@example.dk"))
    start = datetime(2025, 5, 6, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    citizens, _ = services.meeting.create(MeetingInput(title="Borgermøde om planen", start=start,
                                                       end=start + timedelta(hours=2), kind="citizens"),
                                          with_template=False)
    services.signups.add(citizens, "Åse Østergaard", "aase@example.dk")
    services.signups.add(citizens, "Bent Brugsen", "bent@example.dk")

    exported = json.loads(services.members.export_person(pid))
    assert [i["text"] for i in exported["citizen_ideas"]] == ["Shelterplads ved fjorden"]
    assert {(g["group"], g["role"]) for g in exported["working_groups"]} == {("Havnen", "tovholder"),
                                                                            ("Trafiksikkerhed", "")}
    assert [p["title"] for p in exported["budget_proposals"]] == ["Badebro"]
    assert [u["meeting"] for u in exported["meeting_signups"]] == ["Borgermøde om planen"]
    text = pdf_text(services.members.export_person_pdf(pid))
    for expected in ("Borgerinddragelse", "Idé til udviklingsplanen", "Shelterplads ved fjorden", "Arbejdsgruppe",
                     "Havnen (tovholder)", "Trafiksikkerhed", "Forslag til borgerbudget", "Badebro",
                     "40.000 kr.", "Tilmelding til møde", "Borgermøde om planen"):
        assert expected in text, (expected, text)
    assert "Flere bænke" not in text and "Bent" not in text  # another citizen's

    services.members.erase(pid)
    with sqlite3.connect(services.path) as conn:
        left = " ".join(str(v) for table in ("citizen_idea", "working_group_member", "budget_proposal",
                                            "meeting_signup")
                        for row in conn.execute(f"SELECT * FROM {table}") for v in row)
    assert "aase" not in left.lower() and "Åse" not in left
    assert "Shelterplads ved fjorden" in left and "Badebro" in left  # the idea and the proposal stay the plan's
    assert "bent@example.dk" in left  # the others' are untouched


def test_a_citizen_outside_the_register_gets_access_and_erasure_from_the_members_page(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, tmp_path: Path, services: AppServices) -> None:
    from lokalraad_app.services.citizen_ideas import IdeaInput

    pid = aase(services)
    services.ideas.add(IdeaInput("Bålplads ved stranden", date(2025, 4, 2), "Karl Kajak", "karl@example.dk"))
    services.ideas.add(IdeaInput("Flere bænke", date(2025, 4, 2), "Bent Brugsen", "bent@example.dk"))
    start = datetime(2025, 5, 6, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    citizens, _ = services.meeting.create(MeetingInput(title="Borgermøde om planen", start=start,
                                                       end=start + timedelta(hours=2), kind="citizens"),
                                          with_template=False)
    services.signups.add(citizens, "Karl Kajak", "karl@example.dk")
    events = Events()
    heard: list[frozenset[str]] = []
    events.changed.connect(lambda changes, _initiator: heard.append(changes))
    view = MembersView(services.members, events, QtGui.QUndoStack())
    qtbot.addWidget(view)
    shown: list[str] = []
    answers = iter([0, 1])  # first "Save as PDF…", then "Erase…"
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: " Karl@Example.dk ")
    monkeypatch.setattr(prompts, "ask", lambda parent, title, text, choices, cancel=None: shown.append(text)
                        or next(answers))
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: tmp_path / "karl")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)

    view.citizen_action.trigger()
    assert "Karl Kajak <Karl@Example.dk>" in shown[0]
    assert "Bålplads ved stranden (02.04.2025)" in shown[0] and "Borgermøde om planen (06.05.2025)" in shown[0]
    assert "Bent" not in shown[0]
    text = pdf_text((tmp_path / "karl.pdf").read_bytes())
    assert "Karl Kajak" in text and "Borger uden for medlemsregistret" in text and "Bålplads ved stranden" in text

    view.citizen_action.trigger()
    assert services.signups.rows(citizens) == [] and heard and f"meeting:{citizens}" in heard[-1]
    assert "karl" not in services.members.export_person(pid).lower()
    assert services.members.citizen("karl@example.dk") == ("", [])  # nothing left under the address
    kept = [i for i in services.ideas.rows() if i.text == "Bålplads ved stranden"]
    assert kept and kept[0].name == "" and kept[0].email == ""  # the idea stays the plan's, without who

    infos: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: infos.append(text))
    view.citizen_action.trigger()
    assert infos == ["Nothing is recorded under Karl@Example.dk."]
    errors: list[str] = []
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "karl at example")
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    view.citizen_action.trigger()
    assert errors == ["karl at example is not an e-mail address."]
