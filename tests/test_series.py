"""Recurring meetings: "first Tuesday of the month at 19.00", single dates moved or cancelled."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.domain.enums import MeetingStatus
from lokalraad_app.domain.rules import nth_weekday, series_dates
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput

CPH = ZoneInfo("Europe/Copenhagen")



def test_dates_of_a_series() -> None:
    first_tuesdays = series_dates(date(2026, 1, 6), date(2026, 6, 30), "monthly")
    assert first_tuesdays == [date(2026, 1, 6), date(2026, 2, 3), date(2026, 3, 3), date(2026, 4, 7),
                              date(2026, 5, 5), date(2026, 6, 2)]
    assert series_dates(date(2026, 1, 27), date(2026, 3, 31), "monthly", nth=-1) == \
        [date(2026, 1, 27), date(2026, 2, 24), date(2026, 3, 31)]
    assert series_dates(date(2026, 1, 6), date(2026, 2, 3), "weekly", 2) == \
        [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]
    assert nth_weekday(2026, 2, 1, 5) is None  # February 2026 has no fifth Tuesday
    assert series_dates(date(2026, 3, 1), date(2026, 2, 1), "monthly") == []


def test_first_tuesday_at_19_stays_19_across_summer_time(services: AppServices) -> None:
    start = datetime(2026, 1, 6, 19, 0, tzinfo=CPH)
    ids, _ = services.meeting.create_series(
        MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)), "monthly",
        until=date(2026, 12, 31))
    assert len(ids) == 12
    local = [services.meeting.detail(i).meeting.start.astimezone(CPH) for i in ids]
    assert all(t.hour == 19 and t.minute == 0 and t.weekday() == 1 and t.day <= 7 for t in local)
    assert {t.utcoffset() for t in local} == {timedelta(hours=1), timedelta(hours=2)}  # winter and summer
    assert services.meeting.series_of(ids[3]) == ids
    assert all(len(services.meeting.detail(i).items) == 4 for i in ids)  # each with its own agenda


def test_single_dates_moved_or_cancelled_without_breaking_the_series(services: AppServices) -> None:
    start = datetime(2026, 1, 6, 19, 0, tzinfo=CPH)
    ids, _ = services.meeting.create_series(
        MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)), "monthly",
        until=date(2026, 6, 30))
    moved = services.meeting.input_for(ids[2])
    moved.start += timedelta(days=2)
    moved.end += timedelta(days=2)
    services.meeting.update(ids[2], moved)
    cancelled = services.meeting.input_for(ids[3])
    cancelled.status = MeetingStatus.CANCELLED
    services.meeting.update(ids[3], cancelled)
    assert services.meeting.series_of(ids[0]) == ids
    m = services.meeting.detail(ids[2]).meeting
    assert m.start.astimezone(CPH).date() == date(2026, 3, 5)
    assert m.recurrence_id is not None and m.recurrence_id.astimezone(CPH).date() == date(2026, 3, 3)
    assert m.sequence == 1
    assert services.meeting.detail(ids[3]).meeting.status == MeetingStatus.CANCELLED.value


def test_series_refuses_nonsense(services: AppServices) -> None:
    start = datetime(2026, 1, 6, 19, 0, tzinfo=CPH)
    data = MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2))
    with pytest.raises(ValidationError):
        services.meeting.create_series(data, "monthly", until=date(2026, 1, 31))  # one date is no series
    with pytest.raises(ValidationError):
        services.meeting.create_series(data, "weekly", until=date(2040, 1, 1))  # hundreds of meetings
