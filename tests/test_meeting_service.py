"""Meetings, agendas and minutes over a real file; approved minutes locked in the store itself."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import ItemKind, MeetingKind, MinutesStatus
from lokalraad_app.services.agenda import AgendaService, ItemInput
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput, MeetingService
from lokalraad_app.services.minutes import MinutesService

CPH = ZoneInfo("Europe/Copenhagen")


def board_meeting(day: date = date(2026, 3, 3)) -> MeetingInput:
    start = datetime(day.year, day.month, day.day, 19, 0, tzinfo=CPH)
    return MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2),
                        kind=MeetingKind.BOARD, place="Forsamlingshuset")


@pytest.fixture
def meetings(store) -> MeetingService:  # type: ignore[no-untyped-def]
    return MeetingService(store)


@pytest.fixture
def agenda(store) -> AgendaService:  # type: ignore[no-untyped-def]
    return AgendaService(store)


@pytest.fixture
def minutes(store) -> MinutesService:  # type: ignore[no-untyped-def]
    return MinutesService(store)


def titles(meetings: MeetingService, meeting_id: int) -> list[str]:
    return [i.title for i in meetings.detail(meeting_id).items]


def test_new_meeting_gets_the_standard_agenda_and_planned_times(meetings: MeetingService) -> None:
    mid, changes = meetings.create(board_meeting())
    assert f"meeting:{mid}" in changes
    assert titles(meetings, mid) == ["Godkendelse af dagsorden", "Godkendelse af referat fra sidste møde",
                                     "Meddelelser", "Eventuelt"]
    detail = meetings.detail(mid)
    assert [p.astimezone(CPH).strftime("%H.%M") for p in detail.planned] == ["19.00", "19.05", "19.10", "19.20"]
    assert detail.meeting.start.astimezone(CPH).hour == 19  # stored in UTC, shown in local time


def test_annual_meeting_template_has_what_statutes_require(meetings: MeetingService) -> None:
    data = board_meeting()
    data.kind = MeetingKind.ANNUAL
    mid, _ = meetings.create(data)
    assert "Valg af dirigent og referent" in titles(meetings, mid)
    assert "Valg af revisor" in titles(meetings, mid)


def test_items_are_added_before_eventuelt_and_renumbered_on_move(meetings: MeetingService, agenda: AgendaService) -> None:
    mid, _ = meetings.create(board_meeting())
    iid, _ = agenda.add_item(mid, ItemInput(title="Trafiksikkerhed på Bygaden", kind=ItemKind.DECISION))
    assert titles(meetings, mid)[-2:] == ["Trafiksikkerhed på Bygaden", "Eventuelt"]
    old, _ = agenda.move_item(iid, 1)
    assert old == 4
    detail = meetings.detail(mid)
    assert detail.items[0].title == "Trafiksikkerhed på Bygaden"
    assert [i.position for i in detail.items] == [1, 2, 3, 4, 5]
    snapshot, _ = agenda.delete_item(iid)
    assert "Trafiksikkerhed på Bygaden" not in titles(meetings, mid)
    agenda.restore_item(snapshot)
    assert titles(meetings, mid)[0] == "Trafiksikkerhed på Bygaden"


def test_bad_input_is_refused(meetings: MeetingService, agenda: AgendaService) -> None:
    data = board_meeting()
    data.title = " "
    with pytest.raises(ValidationError) as e:
        meetings.create(data)
    assert e.value.field == "title"
    data = board_meeting()
    data.end = data.start - timedelta(minutes=1)
    with pytest.raises(ValidationError) as e:
        meetings.create(data)
    assert e.value.field == "end"
    mid, _ = meetings.create(board_meeting())
    with pytest.raises(ValidationError):
        agenda.add_item(mid, ItemInput(title=""))


def test_significant_change_bumps_the_sequence(meetings: MeetingService) -> None:
    mid, _ = meetings.create(board_meeting())
    data = meetings.input_for(mid)
    data.notes = "husk kaffe"
    meetings.update(mid, data)
    assert meetings.detail(mid).meeting.sequence == 0
    data.start += timedelta(days=7)
    data.end += timedelta(days=7)
    meetings.update(mid, data)
    assert meetings.detail(mid).meeting.sequence == 1


def test_delete_and_restore_a_meeting(meetings: MeetingService) -> None:
    mid, _ = meetings.create(board_meeting())
    snapshot, _ = meetings.delete(mid)
    with pytest.raises(Exception):  # noqa: B017 — NotFoundError, whichever way it is spelled
        meetings.detail(mid)
    again, _ = meetings.restore(snapshot)
    assert again == mid and len(titles(meetings, mid)) == 4


def test_minutes_lifecycle_and_the_lock(meetings: MeetingService, agenda: AgendaService, minutes: MinutesService, store) -> None:  # type: ignore[no-untyped-def]
    mid, _ = meetings.create(board_meeting())
    next_mid, _ = meetings.create(board_meeting(date(2026, 4, 7)))
    item = meetings.detail(mid).items[2]
    minutes.set_minutes_text(item.id, discussion="Formanden orienterede om byfesten.", decision="Taget til efterretning.")
    minutes.set_minutes_status(mid, MinutesStatus.FOR_COMMENT)
    minutes.set_minutes_status(mid, MinutesStatus.APPROVED, approved_at_meeting_id=next_mid,
                                approved_on=date(2026, 4, 7))
    detail = meetings.detail(mid)
    assert detail.locked and detail.minutes is not None and detail.minutes.approved_at_meeting_id == next_mid

    # No service path can change approved minutes...
    for attempt in (
        lambda: minutes.set_minutes_text(item.id, decision="Noget andet."),
        lambda: agenda.add_item(mid, ItemInput(title="Sneget ind bagefter")),
        lambda: agenda.delete_item(item.id),
        lambda: agenda.move_item(item.id, 1),
        lambda: minutes.set_minutes_status(mid, MinutesStatus.DRAFT),
        lambda: meetings.delete(mid),
    ):
        with pytest.raises(ValidationError) as e:
            attempt()
        assert (e.value.field, e.value.code) == ("minutes", "approved")
    # ...and neither can plain SQL on the file: the lock lives in the store.
    with sqlite3.connect(store.path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="approved minutes"):
            conn.execute("UPDATE agenda_item SET decision = 'x' WHERE id = ?", (item.id,))
        with pytest.raises(sqlite3.IntegrityError, match="approved minutes"):
            conn.execute("UPDATE minutes SET status = 'draft' WHERE meeting_id = ?", (mid,))
    assert meetings.detail(mid).items[2].decision == "Taget til efterretning."

    minutes.add_amendment(mid, "Rettelse: byfesten er 14. juni, ikke 7. juni.", date(2026, 5, 5))
    assert [a.text for a in meetings.detail(mid).amendments] == ["Rettelse: byfesten er 14. juni, ikke 7. juni."]


def test_amendments_only_to_approved_minutes(meetings: MeetingService, minutes: MinutesService) -> None:
    mid, _ = meetings.create(board_meeting())
    with pytest.raises(ValidationError):
        minutes.add_amendment(mid, "for tidligt")


def test_agenda_templates_are_editable_and_bad_ones_refused(meetings: MeetingService) -> None:
    meetings.set_template_text(MeetingKind.BOARD, "Velkommen | orientering | 5\nKaffe\nBudget | beslutning | 20")
    mid, _ = meetings.create(board_meeting())
    items = meetings.detail(mid).items
    assert [(i.title, i.kind, i.minutes_allowed) for i in items] == [
        ("Velkommen", "information", 5), ("Kaffe", "information", 10), ("Budget", "decision", 20)]
    with pytest.raises(ValidationError) as e:
        meetings.set_template_text(MeetingKind.BOARD, "Velkommen\nBudget | afstemning | 20")
    assert "line 2" in e.value.message and "afstemning" in e.value.message
    assert meetings.template_text(MeetingKind.BOARD).startswith("Velkommen | orientering | 5")  # unchanged
    meetings.set_template_text(MeetingKind.BOARD, "")  # back to the standard items
    assert meetings.template_text(MeetingKind.BOARD).startswith("Godkendelse af dagsorden | beslutning | 5")


def test_minutes_are_approved_only_after_their_meeting_and_at_a_later_one_that_has_begun(
        meetings: MeetingService, minutes: MinutesService) -> None:
    march, _ = meetings.create(board_meeting(date(2026, 3, 3)))
    april, _ = meetings.create(board_meeting(date(2026, 4, 7)))
    may, _ = meetings.create(board_meeting(date(2026, 5, 5)))
    now = datetime(2026, 4, 7, 19, 30, tzinfo=CPH)  # during the April meeting

    refusals = [
        (march, march, "same_meeting"),  # "Godkend referat" on a meeting offered its own
        (may, None, "not_held"),  # minutes of a meeting not yet held
        (march, may, "not_held"),  # at a meeting that has not begun
        (april, march, "not_later"),  # at an earlier meeting
    ]
    for meeting_id, at, code in refusals:
        with pytest.raises(ValidationError) as e:
            minutes.set_minutes_status(meeting_id, MinutesStatus.APPROVED, approved_at_meeting_id=at, now=now)
        assert e.value.code == code and e.value.message
        assert not meetings.detail(meeting_id).locked  # nothing changed
    assert [m for m, _, _ in minutes.later_meetings(march, now=now)] == [april]  # only where it may be done

    minutes.set_minutes_status(march, MinutesStatus.APPROVED, approved_at_meeting_id=april, now=now)  # happening now
    detail = meetings.detail(march)
    assert detail.locked and detail.minutes is not None and detail.minutes.approved_on == date(2026, 4, 7)


def test_a_meeting_whose_minutes_are_approved_says_so(meetings: MeetingService, minutes: MinutesService,
                                                      services) -> None:  # type: ignore[no-untyped-def]
    mid, _ = meetings.create(board_meeting())
    assert meetings.detail(mid).status == "planned"
    minutes.set_minutes_status(mid, MinutesStatus.APPROVED)
    assert meetings.detail(mid).status == "minutes_approved"
    assert [r.status for r in services.meetings.meetings() if r.id == mid] == ["minutes_approved"]


def test_the_previous_meeting_whose_minutes_await_approval(meetings: MeetingService,
                                                           minutes: MinutesService) -> None:
    january, _ = meetings.create(board_meeting(date(2026, 1, 6)))
    february, _ = meetings.create(board_meeting(date(2026, 2, 3)))
    dialogue = board_meeting(date(2026, 2, 25))
    dialogue.kind, dialogue.title = MeetingKind.DIALOGUE, "Dialogmøde med kommunen"
    dialogue_id, _ = meetings.create(dialogue)
    march, _ = meetings.create(board_meeting(date(2026, 3, 3)))
    assert minutes.previous_awaiting_approval(march) == february  # the board's, not the dialogue meeting's
    assert minutes.previous_awaiting_approval(dialogue_id) is None
    assert minutes.previous_awaiting_approval(january) is None
    minutes.set_minutes_status(february, MinutesStatus.APPROVED, approved_at_meeting_id=march)
    assert minutes.previous_awaiting_approval(march) == january  # an older draft still waits


def test_an_approved_meetings_details_cannot_be_changed_and_a_correction_seals_the_approved_ones(
        services) -> None:  # type: ignore[no-untyped-def]
    from io import BytesIO

    from pypdf import PdfReader

    mid, _ = services.meeting.create(board_meeting())
    services.minutes.set_minutes_status(mid, MinutesStatus.APPROVED)
    changed = services.meeting.input_for(mid)
    changed.title, changed.place = "Omdøbt møde", "Et andet sted"
    changed.start, changed.end = changed.start + timedelta(days=1), changed.end + timedelta(days=1)
    with pytest.raises(ValidationError) as e:  # "Rediger detaljer…" on an approved meeting
        services.meeting.update(mid, changed)
    assert e.value.code == "approved" and "amendment" in e.value.message
    meeting = services.meeting.detail(mid).meeting
    assert (meeting.title, meeting.place, meeting.start) == ("Bestyrelsesmøde", "Forsamlingshuset",
                                                             board_meeting().start)
    services.minutes.add_amendment(mid, "Rettelse: Søren var til stede.", date(2026, 5, 5))
    sealed = "\n".join(page.extract_text() for page in PdfReader(BytesIO(services.documents.minutes(mid)[1])).pages)
    assert "Bestyrelsesmøde" in sealed and "Omdøbt" not in sealed and "Et andet sted" not in sealed
