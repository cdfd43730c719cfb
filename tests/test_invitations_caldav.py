"""A meeting's invitations also put it into the municipality's CalDAV calendar (Radicale on 127.0.0.1, an
æøå password in the keyring): queued with the mails in one transaction, sent by the outbox, one object per
UID on the server; a change raises SEQUENCE there, a cancellation removes it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.meetings import MeetingInput
from tests.helpers.dav_servers import DANISH_PASSWORD, RadicaleServer, request
from tests.helpers.smtp_server import SmtpServer

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 1, 10, 12, tzinfo=UTC)
START = datetime(2027, 3, 30, 19, tzinfo=CPH)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    with RadicaleServer(tmp_path / "radicale") as server:
        yield server


def use_profile(services: AppServices, tmp_path: Path, smtp: SmtpServer, radicale: RadicaleServer | None) -> None:
    profile: dict[str, object] = {"municipality": "Holbæk Kommune", "smtp": {
        "host": "127.0.0.1", "port": smtp.port, "security": "none", "username": "sekretaer",
        "from": "ase@example.dk"}}
    if radicale is not None:
        profile["caldav"] = {"url": radicale.calendar_url, "username": radicale.user}
    services.profiles.import_text(json.dumps(profile), tmp_path)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    if radicale is not None:
        services.profiles.set_password("caldav", DANISH_PASSWORD)


def plan_meeting(services: AppServices) -> tuple[int, str]:
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=START,
                                                         end=START + timedelta(hours=2), place="Forsamlingshuset"))
    services.attendance.add(meeting_id, name="Søren Østergaard", email="soren@example.dk", guest=True)
    return meeting_id, services.meeting.detail(meeting_id).meeting.uid


def kinds(services: AppServices) -> list[tuple[str, str, str]]:
    return [(r.kind, r.recipient, r.status) for r in services.outbox.rows()]


def test_invite_change_and_cancel_reach_the_calendar_once_each(services: AppServices, tmp_path: Path,
                                                               server: SmtpServer, radicale: RadicaleServer) -> None:
    use_profile(services, tmp_path, server, radicale)
    meeting_id, uid = plan_meeting(services)
    services.invitations.send(meeting_id, now=NOW)
    assert kinds(services) == [("email", "soren@example.dk", "pending"), ("caldav", f"{uid}.ics", "pending")]
    assert {o.status for o in services.outbox.send_due(NOW)} == {"sent"}
    held = radicale.held()
    assert list(held) == [uid]
    assert (int(held[uid]["SEQUENCE"]), str(held[uid]["LOCATION"])) == (0, "Forsamlingshuset")
    assert held[uid].decoded("DTSTART") == START.astimezone(UTC)
    assert str(held[uid]["ATTENDEE"]) == "mailto:soren@example.dk"
    status, raw = request(radicale, "GET", radicale.calendar_url + f"{uid}.ics")
    assert status == 200 and "METHOD" not in icalendar.Calendar.from_ical(raw)  # a calendar object, not iTIP
    assert len(server.received) == 1

    data = services.meeting.input_for(meeting_id)
    data.start, data.end, data.place = START + timedelta(hours=1), START + timedelta(hours=3), "Præstegården"
    services.meeting.update(meeting_id, data)
    services.invitations.send(meeting_id, now=NOW)
    assert {o.status for o in services.outbox.send_due(NOW)} == {"sent"}
    held = radicale.held()
    assert list(held) == [uid] and len(radicale.files()) == 1  # moved, not copied
    assert (int(held[uid]["SEQUENCE"]), str(held[uid]["LOCATION"])) == (1, "Præstegården")
    assert held[uid].decoded("DTSTART") == (START + timedelta(hours=1)).astimezone(UTC)

    services.invitations.cancel(meeting_id, now=NOW)
    assert kinds(services)[-1] == ("caldav", f"{uid}.ics", "pending")
    assert {o.status for o in services.outbox.send_due(NOW)} == {"sent"}
    assert radicale.held() == {} and radicale.files() == []
    assert radicale.gate.count("PUT") == 2 and radicale.gate.count("DELETE") == 1
    assert [m.rcpt for m in server.received] == [["soren@example.dk"]] * 3  # invitation, change, cancellation


def test_a_change_before_sending_replaces_the_put_not_yet_sent(services: AppServices, tmp_path: Path,
                                                               server: SmtpServer, radicale: RadicaleServer) -> None:
    use_profile(services, tmp_path, server, radicale)
    meeting_id, uid = plan_meeting(services)
    services.invitations.send(meeting_id, now=NOW)
    services.invitations.cancel(meeting_id, now=NOW + timedelta(minutes=1))  # before anything went out
    assert [r.status for r in services.outbox.rows() if r.kind == "caldav"] == ["superseded", "pending"]
    services.outbox.send_due(NOW + timedelta(minutes=1))
    assert radicale.held() == {} and radicale.gate.count("PUT") == 0  # never put, so nothing to delete


def test_no_calendar_object_without_a_caldav_server_in_the_profile(services: AppServices, tmp_path: Path,
                                                                   server: SmtpServer) -> None:
    use_profile(services, tmp_path, server, None)
    meeting_id, _ = plan_meeting(services)
    services.invitations.send(meeting_id, now=NOW)
    assert [k for k, _, _ in kinds(services)] == ["email"]


def test_one_date_of_a_series_cancelled_keeps_the_series_on_the_server(services: AppServices, tmp_path: Path,
                                                                       server: SmtpServer,
                                                                       radicale: RadicaleServer) -> None:
    use_profile(services, tmp_path, server, radicale)
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", secretary_name="Åse Ærø",
                                               secretary_email="ase@example.dk"))
    first = datetime(2027, 3, 16, 19, tzinfo=CPH)
    ids, _ = services.meeting.create_series(MeetingInput(title="Arbejdsgruppe", start=first,
                                                         end=first + timedelta(hours=2)),
                                            frequency="weekly", interval=2, until=date(2027, 4, 27))
    services.attendance.add(ids[0], name="Søren Østergaard", email="soren@example.dk", guest=True)
    services.invitations.send(ids[0], now=NOW)
    services.outbox.send_due(NOW)
    services.invitations.cancel(ids[1], now=NOW)
    assert {o.status for o in services.outbox.send_due(NOW)} == {"sent"}
    [name] = [p.name for p in radicale.files()]
    status, raw = request(radicale, "GET", radicale.calendar_url + name)
    events = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {services.meeting.detail(ids[0]).meeting.series_uid}
    assert any(str(e.get("STATUS")) == "CANCELLED" and e.decoded("RECURRENCE-ID").astimezone(CPH) ==
               datetime(2027, 3, 30, 19, tzinfo=CPH) for e in events)
    assert radicale.gate.count("PUT") == 2
