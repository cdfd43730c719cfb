"""Issue 10's "done when", in one run on a copy of the demo council: an invitation, an agenda to the board,
approved minutes and the machine-readable export reach real SMTP, CalDAV (Radicale) and WebDAV (wsgidav)
servers on 127.0.0.1 exactly once — through a server that first answers 503, a mail server that is down at
the first attempt, and a second send — with passwords containing æøå kept only in the keyring."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import icalendar

from lokalraad_app.domain.models import utc_now
from lokalraad_app.services.bundle import open_services
from tests.helpers import demo_council
from tests.helpers.dav_servers import RadicaleServer
from tests.helpers.demo_council import meeting
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer, free_port
from tests.helpers.webdav_server import WebDavServer

demo_template, demo_file = demo_council.demo_template, demo_council.demo_file  # fixtures


def test_invitation_agenda_minutes_and_export_reach_real_servers_exactly_once(  # type: ignore[no-untyped-def]
        demo_file: Path, tmp_path: Path, memory_keyring) -> None:
    smtp_port = free_port()
    (tmp_path / "dav").mkdir()
    with RadicaleServer(tmp_path / "radicale") as caldav, WebDavServer(tmp_path / "dav") as webdav:
        services = open_services(demo_file)
        try:
            profile = {"municipality": "Lejre Kommune", "contact_email": "lokalraad@lejre.dk",
                       "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none", "username": "sekretaer",
                                "from": "sekretaer@lokalraad.dk"},
                       "caldav": {"url": caldav.calendar_url, "username": caldav.user},
                       "webdav": {"url": webdav.url, "username": webdav.user}}
            services.profiles.import_text(json.dumps(profile), tmp_path)
            for server in ("smtp", "caldav", "webdav"):
                services.profiles.set_password(server, DANISH_PASSWORD)
            planned = meeting(services, status="planned", last=True)
            approved = meeting(services, status="minutes_approved")
            invited, _ = services.invitations.send(planned)
            agenda = services.publishing.send("agenda", "bestyrelsen", meeting_id=planned)
            minutes = services.publishing.send("minutes", "kommunen", meeting_id=approved)
            export = services.publishing.send("export", "kommunen")
            mails = len(invited) + sum(1 for d in agenda.new + minutes.new + export.new if d.kind == "email")

            webdav.gate.n = 2  # the folder server is overloaded at first; the mail server is not up yet
            first = services.outbox.send_due()
            assert {(r.kind, r.status) for r in first} == {("email", "failed"), ("webdav", "failed"), ("caldav", "sent")}
            assert memory_keyring.secrets and all(p == DANISH_PASSWORD for p in memory_keyring.secrets.values())

            with SmtpServer(user="sekretaer", password=DANISH_PASSWORD, port=smtp_port) as smtp:
                later = utc_now() + timedelta(days=1)  # past every backoff
                services.outbox.send_due(later)
                services.outbox.send_due(later + timedelta(days=1))  # a second run sends nothing again
                assert {r.status for r in services.outbox.rows() if r.status != "superseded"} == {"sent"}
                received = [(r.rcpt[0], r.message["Subject"]) for r in smtp.received]
            assert len(received) == len(set(received)) == mails  # every mail once, nothing twice
            assert sum(1 for to, _ in received if to == "lokalraad@lejre.dk") == 2  # the minutes and the export

            [held_uid] = caldav.held()  # the invited meeting is the one object in the calendar
            assert held_uid in {m.uid for m in services.meetings.meetings()}
            files = sorted(p.relative_to(tmp_path / "dav").as_posix() for p in (tmp_path / "dav").rglob("*")
                           if p.is_file())
            assert len(files) == 3 and "kalender/lokalraad.ics" in files  # the feed members subscribe to
            assert any(f.endswith(".pdf") for f in files) and any(f.endswith(".json") for f in files)
            assert webdav.gate.count("PUT") == 3  # each file put once, though the first tries were refused
            feed = icalendar.Calendar.from_ical((tmp_path / "dav" / "kalender" / "lokalraad.ics").read_bytes())
            assert held_uid in {str(e["UID"]) for e in feed.walk("VEVENT")}
            for path in (services.path, *tmp_path.glob("*.ini")):
                assert DANISH_PASSWORD.encode() not in path.read_bytes()
        finally:
            services.close()
