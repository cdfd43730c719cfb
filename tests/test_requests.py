"""Administrative questions from dialogue meetings: tracked, carried to the next dialogue agenda, answered."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import Classification, MeetingKind
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import OPEN_REQUESTS_TITLE, MeetingInput

CPH = ZoneInfo("Europe/Copenhagen")



def dialogue(services: AppServices, day: date) -> int:
    start = datetime(day.year, day.month, day.day, 17, 0, tzinfo=CPH)
    mid, _ = services.meeting.create(MeetingInput(title="Dialogmøde", start=start, end=start + timedelta(hours=2),
                                                  kind=MeetingKind.DIALOGUE))
    return mid


def test_administrative_question_is_tracked_and_carried_until_answered(services: AppServices) -> None:
    first = dialogue(services, date(2026, 3, 4))
    political, _ = services.agenda.add_item(first, ItemInput(title="Skolestruktur",
                                                              classification=Classification.POLITICAL.value))
    admin, _ = services.agenda.add_item(first, ItemInput(
        title="Vintertjeneste på de små veje", background="Hvornår saltes Kirkevej?",
        classification=Classification.ADMINISTRATIVE.value))
    with pytest.raises(ValidationError):
        services.requests.from_item(political)  # politics gets a political answer, not a ticket
    rid, _ = services.requests.from_item(admin)
    with pytest.raises(ValidationError):
        services.requests.from_item(admin)  # once
    snapshot, _ = services.requests.delete(rid)  # undo
    assert services.requests.rows() == []
    rid, _ = services.requests.restore(snapshot)
    services.requests.update(rid, "Vej og Park, Lene Holm", date(2026, 4, 1))
    row = services.requests.rows()[0]
    assert row.question == "Vintertjeneste på de små veje: Hvornår saltes Kirkevej?"
    assert row.late(date(2026, 4, 2)) and not row.late(date(2026, 3, 30))

    second = dialogue(services, date(2026, 6, 3))
    items = services.meeting.detail(second).items
    carried = next(i for i in items if i.title == OPEN_REQUESTS_TITLE)
    assert "Hvornår saltes Kirkevej? (Vej og Park, Lene Holm, svar lovet 01.04.2026)" in carried.background
    assert items[-1].title == "Eventuelt"

    services.requests.answer(rid, "Kirkevej kommer på saltruten fra 1. november.", date(2026, 6, 10))
    assert services.requests.rows() == []
    third = dialogue(services, date(2026, 9, 2))
    assert OPEN_REQUESTS_TITLE not in [i.title for i in services.meeting.detail(third).items]
    answered = services.requests.rows(open_only=False)[0]
    assert (answered.answer, answered.answered_on) == ("Kirkevej kommer på saltruten fra 1. november.",
                                                       date(2026, 6, 10))
    with pytest.raises(ValidationError):
        services.requests.answer(rid, " ")


def test_board_meetings_do_not_get_the_requests(services: AppServices) -> None:
    first = dialogue(services, date(2026, 3, 4))
    admin, _ = services.agenda.add_item(first, ItemInput(title="Affald",
                                                          classification=Classification.ADMINISTRATIVE.value))
    services.requests.from_item(admin)
    start = datetime(2026, 3, 10, 19, 0, tzinfo=CPH)
    board, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                    end=start + timedelta(hours=2)))
    assert OPEN_REQUESTS_TITLE not in [i.title for i in services.meeting.detail(board).items]
