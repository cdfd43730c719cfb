"""Invitations, answers, attendance, substitutes, quorum and votes over a real file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import Answer, ItemKind, MinutesStatus, PersonKind, Presence, Role
from lokalraad_app.domain.rules import carried, is_quorate
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput


def setup_meeting(services: AppServices) -> tuple[int, dict[str, int]]:
    term = date(2025, 3, 1)
    people = {}
    for name, role in (("Søren", Role.CHAIR), ("Mette", Role.VICE_CHAIR), ("Jørgen", Role.TREASURER),
                       ("Lærke", Role.SECRETARY), ("Åse", Role.SUBSTITUTE)):
        people[name], _ = services.members.add(PersonInput(name=name, email=f"{name.lower()}@example.dk",
                                                           role=role, term_from=term))
    people["Former"], _ = services.members.add(PersonInput(name="Former", role=Role.MEMBER,
                                                           term_from=date(2019, 1, 1), term_to=date(2021, 1, 1)))
    people["Contact"], _ = services.members.add(PersonInput(name="Contact", kind=PersonKind.LIAISON, role=None))
    start = datetime(2026, 3, 3, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                  end=start + timedelta(hours=2)))
    return mid, people


def test_rules() -> None:
    assert is_quorate(2, 4) and not is_quorate(1, 4) and is_quorate(3, 5) and not is_quorate(2, 5)
    assert not is_quorate(0, 0)
    assert carried(3, 2) and not carried(2, 2)
    assert carried(4, 2, "two_thirds") and not carried(3, 2, "two_thirds")


def test_invite_board_and_substitutes_once(services: AppServices) -> None:
    mid, _ = setup_meeting(services)
    added, _ = services.attendance.invite_board(mid)
    assert len(added) == 5
    again, _ = services.attendance.invite_board(mid)
    assert again == []
    names = [r.name for r in services.attendance.rows(mid)]
    assert sorted(names) == ["Jørgen", "Lærke", "Mette", "Søren", "Åse"]


def test_answers_presence_quorum_and_substitute(services: AppServices) -> None:
    mid, people = setup_meeting(services)
    services.attendance.invite_board(mid)
    rows = {r.name: r for r in services.attendance.rows(mid)}
    services.attendance.set_answer(rows["Søren"].id, Answer.YES)
    services.attendance.set_presence(rows["Søren"].id, Presence.PRESENT)
    q = services.attendance.quorum(mid)
    assert (q.present, q.board_size, q.quorate) == (1, 4, False)
    for name in ("Mette", "Jørgen"):
        services.attendance.set_presence(rows[name].id, Presence.EXCUSED)
    # The substitute steps in for Mette and counts towards the quorum.
    services.attendance.set_presence(rows["Åse"].id, Presence.PRESENT)
    assert not services.attendance.quorum(mid).quorate
    services.attendance.set_substitute_for(rows["Åse"].id, people["Mette"])
    q = services.attendance.quorum(mid)
    assert (q.present, q.quorate) == (2, True)
    assert {r.name: r.substitute_for for r in services.attendance.rows(mid)}["Åse"] == "Mette"
    assert {r.name: r.answer for r in services.attendance.rows(mid)}["Søren"] == Answer.YES.value
    services.council.set_setting("quorum_percent", "75")  # statutes asking for three in four
    assert not services.attendance.quorum(mid).quorate
    with pytest.raises(ValidationError):
        services.council.set_setting("quorum_percent", "0")


def test_guests_and_bad_input(services: AppServices) -> None:
    mid, people = setup_meeting(services)
    gid, _ = services.attendance.add(mid, name="Borgmester Hansen", guest=True)
    services.attendance.add(mid, person_id=people["Contact"])
    rows = services.attendance.rows(mid)
    assert [r.name for r in rows if r.is_guest] == ["Borgmester Hansen"]
    with pytest.raises(ValidationError):
        services.attendance.add(mid, name="  ", guest=True)
    snapshot, _ = services.attendance.remove(gid)
    assert "Borgmester Hansen" not in [r.name for r in services.attendance.rows(mid)]
    services.attendance.restore(snapshot)
    assert "Borgmester Hansen" in [r.name for r in services.attendance.rows(mid)]


def test_votes_and_whether_it_carried(services: AppServices) -> None:
    mid, _ = setup_meeting(services)
    iid, _ = services.agenda.add_item(mid, ItemInput(title="Vedtægtsændring", kind=ItemKind.DECISION))
    services.attendance.set_votes(iid, 4, 2, 1)
    item = next(i for i in services.meeting.detail(mid).items if i.id == iid)
    assert (item.votes_for, item.votes_against, item.votes_blank) == (4, 2, 1)
    assert services.attendance.carried(item) is True
    # A statute change needs two thirds: 4 for and 3 against carries simply, not by two thirds.
    data = services.agenda.item_input(iid)
    data.majority = "two_thirds"
    services.agenda.update_item(iid, data)
    services.attendance.set_votes(iid, 4, 3, 0)
    item = next(i for i in services.meeting.detail(mid).items if i.id == iid)
    assert services.attendance.carried(item) is False
    with pytest.raises(ValidationError):
        services.attendance.set_votes(iid, -1, 0, 0)


def test_attendance_of_approved_minutes_is_locked(services: AppServices) -> None:
    mid, _ = setup_meeting(services)
    services.attendance.invite_board(mid)
    row = services.attendance.rows(mid)[0]
    services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED)
    with pytest.raises(ValidationError) as e:
        services.attendance.set_presence(row.id, Presence.ABSENT)
    assert e.value.code == "approved"
