"""A meeting's calendar object on a real CalDAV server (Radicale on loopback, started here), read back with
the caldav client, then updated and cancelled there: the same UID, a growing SEQUENCE."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import icalendar
import pytest
import radicale.config
import radicale.server

from lokalraad_app.domain.enums import MeetingStatus
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import MeetingInput

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 1, 10, 12, tzinfo=UTC)
START = datetime(2027, 3, 30, 19, tzinfo=CPH)  # just after summer time begins


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def calendar(tmp_path: Path) -> Iterator[caldav.Calendar]:
    """A Radicale server in a thread, its storage in tmp_path, no login; one calendar on it."""
    port = free_port()
    config = radicale.config.load([])  # no system or user config leaks in
    config.update({"server": {"hosts": f"127.0.0.1:{port}"}, "auth": {"type": "none"},
                   "rights": {"type": "authenticated"}, "storage": {"filesystem_folder": str(tmp_path / "dav")},
                   "logging": {"level": "warning"}}, "test", privileged=True)
    stop, stop_here = socket.socketpair()
    server = threading.Thread(target=radicale.server.serve, args=(config, stop), daemon=True)
    server.start()
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    base = f"http://127.0.0.1:{port}/secretary/"
    client = caldav.DAVClient(url=base, username="secretary", password="-")
    assert client.request(base, "MKCOL").status == 201  # the user's collection, before a calendar in it
    yield caldav.Principal(client=client, url=base).make_calendar(name="Lokalråd", cal_id="lokalraad")
    stop_here.sendall(b"stop")
    server.join(10)
    stop.close()
    stop_here.close()


def read_back(calendar: caldav.Calendar, uid: str) -> icalendar.Event:
    stored = calendar.event_by_uid(uid)
    [event] = icalendar.Calendar.from_ical(stored.data).walk("VEVENT")
    return event


def test_a_meeting_is_put_updated_and_cancelled_on_a_caldav_server(services, calendar) -> None:  # type: ignore[no-untyped-def]
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=START,
                                                         end=START + timedelta(hours=2), place="Forsamlingshuset"))
    services.attendance.add(meeting_id, name="Søren Østergaard", email="soren@example.dk", guest=True)
    uid = services.meeting.detail(meeting_id).meeting.uid
    services.invitations.send(meeting_id, now=NOW)

    def put() -> None:  # exactly our bytes: the client must not raise SEQUENCE itself
        calendar.save_event(services.invitations.calendar_object(meeting_id, now=NOW).decode(),
                            increase_seqno=False)

    put()
    event = read_back(calendar, uid)
    assert (int(event["SEQUENCE"]), str(event["SUMMARY"]), str(event["LOCATION"])) == (
        0, "Bestyrelsesmøde", "Forsamlingshuset")
    assert event.decoded("DTSTART") == START.astimezone(UTC)
    assert str(event["ATTENDEE"]) == "mailto:soren@example.dk"  # the one invitee
    assert str(event["ORGANIZER"]) == "mailto:ase@example.dk"

    data = services.meeting.input_for(meeting_id)
    data.start, data.end, data.place = START + timedelta(hours=1), START + timedelta(hours=3), "Præstegården"
    services.meeting.update(meeting_id, data)
    services.invitations.send(meeting_id, now=NOW)
    put()
    event = read_back(calendar, uid)
    assert int(event["SEQUENCE"]) == 1 and str(event["LOCATION"]) == "Præstegården"
    assert event.decoded("DTSTART") == (START + timedelta(hours=1)).astimezone(UTC)

    services.invitations.cancel(meeting_id, now=NOW)
    put()
    event = read_back(calendar, uid)
    assert int(event["SEQUENCE"]) == 2 and str(event["STATUS"]) == "CANCELLED"
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.CANCELLED.value
    assert [str(e.icalendar_component["UID"]) for e in calendar.events()] == [uid]  # one event, moved, not copied


def test_a_series_on_the_server_shows_its_dates_across_summer_time(services, calendar) -> None:  # type: ignore[no-untyped-def]
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    first = datetime(2027, 3, 16, 19, tzinfo=CPH)  # every other Tuesday; summer time begins 28 March
    ids, _ = services.meeting.create_series(MeetingInput(title="Arbejdsgruppe", start=first,
                                                         end=first + timedelta(hours=2)),
                                            frequency="weekly", interval=2, until=date(2027, 4, 27))
    calendar.save_event(services.invitations.calendar_object(ids[0], now=NOW).decode(), increase_seqno=False)
    found = calendar.search(start=datetime(2027, 3, 1, tzinfo=UTC), end=datetime(2027, 6, 1, tzinfo=UTC),
                            event=True, expand=True)
    starts = sorted(icalendar.Calendar.from_ical(e.data).walk("VEVENT")[0].decoded("DTSTART").astimezone(CPH)
                    for e in found)
    assert starts == [datetime(2027, 3, 16, 19, tzinfo=CPH), datetime(2027, 3, 30, 19, tzinfo=CPH),
                      datetime(2027, 4, 13, 19, tzinfo=CPH), datetime(2027, 4, 27, 19, tzinfo=CPH)]
