"""Action items across meetings, and the next meeting made from this one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import Role
from lokalraad_app.services.actions import ActionInput
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput

CPH = ZoneInfo("Europe/Copenhagen")



def meeting(services: AppServices, day: date) -> int:
    start = datetime(day.year, day.month, day.day, 19, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    return mid


def test_action_items_are_listed_by_due_date_and_closed_with_a_note(services: AppServices) -> None:
    mid = meeting(services, date(2026, 3, 3))
    item = services.meeting.detail(mid).items[2]
    soren, _ = services.members.add(PersonInput(name="Søren", role=Role.CHAIR, term_from=date(2025, 1, 1)))
    a, _ = services.actions.add(ActionInput("Skriv til kommunen om fartdæmpning", owner_id=soren,
                                            due=date(2026, 3, 20)), agenda_item_id=item.id)
    b, _ = services.actions.add(ActionInput("Book forsamlingshuset", owner_name="Mette", due=date(2026, 3, 10)),
                                meeting_id=mid)
    services.actions.add(ActionInput("Find en ny kasserer"), meeting_id=mid)
    rows = services.actions.rows()
    assert [r.description for r in rows] == ["Book forsamlingshuset", "Skriv til kommunen om fartdæmpning",
                                             "Find en ny kasserer"]
    assert rows[1].owner == "Søren" and rows[1].meeting_title == "Bestyrelsesmøde"
    assert rows[0].overdue(date(2026, 3, 11)) and not rows[1].overdue(date(2026, 3, 11))
    assert [r.id for r in services.actions.rows(agenda_item_id=item.id)] == [a]
    services.actions.close(b, "Booket til 7. april", date(2026, 3, 9))
    assert b not in [r.id for r in services.actions.rows()]
    closed = next(r for r in services.actions.rows(open_only=False) if r.id == b)
    assert (closed.closed_note, closed.closed_on) == ("Booket til 7. april", date(2026, 3, 9))
    services.actions.reopen(b)
    assert b in [r.id for r in services.actions.rows()]
    with pytest.raises(ValidationError):
        services.actions.add(ActionInput("  "), meeting_id=mid)


def test_next_meeting_carries_open_actions_and_postponed_items(services: AppServices) -> None:
    first = meeting(services, date(2026, 3, 3))
    iid, _ = services.agenda.add_item(first, ItemInput(title="Juletræ på torvet", background="Hvem sørger for lys?"))
    services.agenda.set_postponed(iid, True)
    services.actions.add(ActionInput("Skriv til kommunen", owner_name="Søren", due=date(2026, 3, 20)),
                         meeting_id=first)
    done, _ = services.actions.add(ActionInput("Allerede gjort"), meeting_id=first)
    services.actions.close(done)
    start = datetime(2026, 4, 7, 19, 0, tzinfo=CPH)
    nxt, _ = services.meeting.create_next(first, MeetingInput(title="Bestyrelsesmøde april", start=start,
                                                              end=start + timedelta(hours=2)))
    items = services.meeting.detail(nxt).items
    titles = [i.title for i in items]
    assert titles[-3:] == ["Opfølgning på handlingspunkter", "Juletræ på torvet", "Eventuelt"]
    follow = items[-3]
    assert "Skriv til kommunen (Søren, senest 20.03.2026)" in follow.background
    assert "Allerede gjort" not in follow.background
    assert items[-2].background == "Hvem sørger for lys?" and not items[-2].postponed
    assert [i.position for i in items] == list(range(1, len(items) + 1))
