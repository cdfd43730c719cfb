"""An invitation goes the whole way: built by the calendar code, queued in the outbox in the same
transaction, sent to a real SMTP server on 127.0.0.1 exactly once, and what arrives is an iMIP
invitation a calendar program reads (text/calendar; method=REQUEST, parsed by icalendar and vobject)."""

from __future__ import annotations

from pathlib import Path

import icalendar
import vobject

from lokalraad_app.services.bundle import AppServices
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer
from tests.test_invitations import council as name_council
from tests.test_invitations import invite, meeting
from tests.test_outbox_smtp import use_profile


def test_an_invitation_and_its_change_reach_each_invitee_once(services: AppServices, server: SmtpServer,
                                                               tmp_path: Path) -> None:
    name_council(services)
    meeting_id = meeting(services)
    invite(services, meeting_id, ("Søren Østergaard", "soren@example.dk"), ("Lærke Bækgaard", "laerke@example.dk"))
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)

    services.invitations.send(meeting_id)
    sent = services.outbox.send_due()
    assert sorted(r.recipient for r in sent) == ["laerke@example.dk", "soren@example.dk"]
    assert all(r.status == "sent" for r in sent) and services.outbox.send_due() == []
    assert sorted(m.rcpt[0] for m in server.received) == ["laerke@example.dk", "soren@example.dk"]
    for got in server.received:
        [part] = [p for p in got.message.walk() if p.get_content_type() == "text/calendar"]
        assert part.get_param("method") == "REQUEST"
        data = part.get_payload(decode=True)
        [event] = icalendar.Calendar.from_ical(data).walk("VEVENT")
        parsed = vobject.readOne(data.decode("utf-8"))
        assert str(event["UID"]) == parsed.vevent.uid.value and int(event["SEQUENCE"]) == 0
        assert got.rcpt[0] in [str(a).lower().removeprefix("mailto:") for a in event.get("ATTENDEE")]

    # The meeting moves: an update with a higher SEQUENCE, once to each.
    data = services.meeting.input_for(meeting_id)
    data.place = "Præstegården"
    services.meeting.update(meeting_id, data)
    services.invitations.send(meeting_id)
    assert len(services.outbox.send_due()) == 2 and len(server.received) == 4
    updates = [m for m in server.received[2:]]
    for got in updates:
        [part] = [p for p in got.message.walk() if p.get_content_type() == "text/calendar"]
        [event] = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
        assert int(event["SEQUENCE"]) == 1 and str(event["LOCATION"]) == "Præstegården"
