"""WebDAV files and CalDAV meetings from the outbox to real servers on 127.0.0.1 (wsgidav and Radicale under
cheroot, plain and TLS): exactly once, through every fault.

Each test counts what the server actually holds (files on its disk, objects read back by a client of the
test's own) and what it carried out; a fault must leave the row retryable and duplicate nothing.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import trustme

from lokalraad_app.domain.models import OutboxMessage, utc_now
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.outbox import OutboxRow, queue_calendar_object, queue_upload
from lokalraad_app.sync.credentials import SERVICE, account
from lokalraad_app.sync.sender import LEASE
from tests.helpers.dav_servers import DANISH_PASSWORD, RadicaleServer, WsgiServer, calendar_object, request
from tests.helpers.env_keyring import environment
from tests.helpers.smtp_server import free_port
from tests.helpers.webdav_server import WebDavServer

ROOT = Path(__file__).resolve().parent.parent
LATER = timedelta(hours=7)  # past any backoff of a first or second failure
PDF = b"%PDF-1.4 referat\n" + bytes(range(256)) * 200
PATH = "Kirke Såby/2026-12-03/Referat bestyrelsesmøde.pdf"
UID = "4b6f2a1e-8c3d-4e5f-9a7b-1c2d3e4f5a6b"
KINDS = ["webdav", "caldav"]


def start(kind: str, tmp_path: Path, *, ca: trustme.CA | None = None, port: int = 0) -> WsgiServer:
    folder = tmp_path / kind
    if kind == "webdav":
        (folder / "share").mkdir(parents=True, exist_ok=True)
        return WebDavServer(folder / "share", ca=ca, key_folder=folder, port=port)
    return RadicaleServer(folder, ca=ca, port=port)


def url_of(server: WsgiServer) -> str:
    return server.calendar_url if isinstance(server, RadicaleServer) else server.url


def use_profile(services: AppServices, tmp_path: Path, servers: dict[str, str], *, ca_file: str = "") -> None:
    """servers: kind -> URL; the user name is the test servers' ("lokalraad" for WebDAV, "sekretaer" CalDAV)."""
    profile: dict[str, object] = {"municipality": "Holbæk Kommune"}
    for kind, url in servers.items():
        profile[kind] = {"url": url, "username": user_of(kind)}
    if ca_file:
        profile["ca_file"] = ca_file
    services.profiles.import_text(json.dumps(profile), tmp_path)


def user_of(kind: str) -> str:
    return "lokalraad" if kind == "webdav" else "sekretaer"


def queue_one(services: AppServices, kind: str) -> int:
    with services.outbox.store.session() as s:
        if kind == "webdav":
            row = queue_upload(s, PATH, PDF, idempotency_key="upload:referat", content_type="application/pdf")
        else:
            row = queue_calendar_object(s, UID, calendar_object(UID).decode(), summary="Bestyrelsesmøde",
                                        idempotency_key="caldav:møde")
        assert row.id is not None
        return row.id


def copies(server: WsgiServer) -> int:
    """How many copies of what was queued the server holds; it holds nothing else."""
    if isinstance(server, RadicaleServer):
        held = server.held()
        assert set(held) <= {UID}
        assert len(server.files()) == len(held)
        return len(held)
    assert isinstance(server, WebDavServer)
    files = [p for p in server.folder.rglob("*") if p.is_file()]
    assert all(p.relative_to(server.folder).as_posix() == PATH and p.read_bytes() == PDF for p in files)
    return len(files)


def status(services: AppServices, row_id: int) -> OutboxRow:
    return services.outbox.row(row_id)


# --- the good path ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_sent_once_with_the_password_from_the_keyring(services: AppServices, tmp_path: Path, kind: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        services.profiles.set_password(kind, DANISH_PASSWORD)
        row_id = queue_one(services, kind)
        [outcome] = services.outbox.send_due()
        assert (outcome.id, outcome.status, outcome.attempts) == (row_id, "sent", 1), outcome.last_error
        assert copies(server) == 1 and server.gate.count("PUT") == 1
        assert services.outbox.send_due(utc_now() + LATER) == []  # sent is sent
        assert copies(server) == 1


def test_rows_wait_pending_while_the_profile_names_no_server_for_them(services: AppServices,
                                                                      tmp_path: Path) -> None:
    ids = {kind: queue_one(services, kind) for kind in KINDS}
    use_profile(services, tmp_path, {})
    assert services.outbox.send_due() == []
    assert [(status(services, i).status, status(services, i).attempts, status(services, i).last_error)
            for i in ids.values()] == [("pending", 0, "")] * 2
    with start("webdav", tmp_path) as webdav, start("caldav", tmp_path) as caldav:
        use_profile(services, tmp_path, {"webdav": url_of(webdav)})  # WebDAV now, CalDAV still not
        services.profiles.set_password("webdav", DANISH_PASSWORD)
        assert [(o.id, o.status) for o in services.outbox.send_due()] == [(ids["webdav"], "sent")]
        assert status(services, ids["caldav"]).status == "pending"
        use_profile(services, tmp_path, {"webdav": url_of(webdav), "caldav": url_of(caldav)})
        services.profiles.set_password("caldav", DANISH_PASSWORD)
        assert [(o.id, o.status) for o in services.outbox.send_due()] == [(ids["caldav"], "sent")]
        assert copies(webdav) == 1 and copies(caldav) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_no_password_in_the_keyring_needs_attention(services: AppServices, tmp_path: Path, kind: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        queue_one(services, kind)
        server.gate.seen.clear()
        [outcome] = services.outbox.send_due()
        assert outcome.status == "needs_attention"
        assert "ingen adgangskode" in outcome.last_error and f"lokalraad password set {kind}" in outcome.last_error
        assert server.gate.seen == []


# --- faults ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_server_down_leaves_the_row_failed_then_sends_it_once_when_up(services: AppServices, tmp_path: Path,
                                                                     kind: str) -> None:
    port = free_port()
    down = f"http://127.0.0.1:{port}/" + ("sekretaer/lokalraad/" if kind == "caldav" else "")
    use_profile(services, tmp_path, {kind: down})
    services.profiles.set_password(kind, DANISH_PASSWORD)
    row_id = queue_one(services, kind)
    now = utc_now()
    [outcome] = services.outbox.send_due(now)
    assert outcome.status == "failed" and "kunne ikke nås" in outcome.last_error
    assert outcome.next_attempt_at is not None and outcome.next_attempt_at > now
    assert services.outbox.send_due(now) == []  # not before its next attempt
    with start(kind, tmp_path, port=port) as server:
        [again] = services.outbox.send_due(now + LATER)
        assert (again.id, again.status, again.attempts) == (row_id, "sent", 2)
        assert copies(server) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", ["503 Service Unavailable", "429 Too Many Requests"])
def test_a_busy_server_is_retried_not_before_it_said_and_holds_one_copy(services: AppServices, tmp_path: Path,
                                                                       kind: str, answer: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        services.profiles.set_password(kind, DANISH_PASSWORD)
        row_id = queue_one(services, kind)
        server.gate.n, server.gate.status = 1, answer
        server.gate.headers = (("Retry-After", "3600"),) if answer.startswith("429") else ()
        now = utc_now()
        [outcome] = services.outbox.send_due(now)
        assert outcome.status == "failed" and answer[:3] in outcome.last_error
        assert outcome.next_attempt_at is not None
        if answer.startswith("429"):  # an hour, as the server asked, not the first minute's backoff
            assert outcome.next_attempt_at >= now + timedelta(seconds=3600)
            assert services.outbox.send_due(now + timedelta(minutes=30)) == []
        else:
            assert outcome.next_attempt_at <= now + timedelta(minutes=1)
        assert copies(server) == 0
        outcomes = services.outbox.send_due(now + LATER)
        assert [(o.id, o.status, o.attempts) for o in outcomes] == [(row_id, "sent", 2)]
        assert copies(server) == 1 and server.gate.count("PUT") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_timeout_leaves_the_row_failed_for_a_later_attempt(services: AppServices, tmp_path: Path,
                                                            kind: str) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        use_profile(services, tmp_path, {kind: f"http://127.0.0.1:{silent.getsockname()[1]}/dav/"})
        services.profiles.set_password(kind, DANISH_PASSWORD)
        row_id = queue_one(services, kind)
        started = time.monotonic()
        [outcome] = services.outbox.send_due(timeout=0.5)
        assert time.monotonic() - started < 10
    assert outcome.status == "failed" and "svarede ikke i tide" in outcome.last_error
    assert status(services, row_id).next_attempt_at is not None


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_lost_after_the_server_stored_it_is_sent_again_and_found_there(services: AppServices,
                                                                                 tmp_path: Path, kind: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        services.profiles.set_password(kind, DANISH_PASSWORD)
        row_id = queue_one(services, kind)
        server.gate.stall_after = "PUT"  # stored, then the answer never comes (until long after the timeout)
        now = utc_now()
        [outcome] = services.outbox.send_due(now, timeout=1)
        assert outcome.status == "failed" and "svarede ikke i tide" in outcome.last_error
        server.gate.stall_after = ""
        server.gate.release.set()
        assert copies(server) == 1
        [again] = services.outbox.send_due(now + LATER)
        assert (again.id, again.status) == (row_id, "sent")
        assert copies(server) == 1 and server.gate.count("PUT") == 1  # the second PUT found it there


@pytest.mark.parametrize("kind", KINDS)
def test_a_row_the_server_refuses_waits_for_a_person_and_stops_nothing(services: AppServices, tmp_path: Path,
                                                                       kind: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        services.profiles.set_password(kind, DANISH_PASSWORD)
        with services.outbox.store.session() as s:
            if kind == "webdav":  # the municipality's own file by that name is there
                assert isinstance(server, WebDavServer)
                (server.folder / "dagsorden.pdf").write_bytes(b"%PDF-1.4 kommunens egen")
                refused = queue_upload(s, "dagsorden.pdf", PDF, idempotency_key="a").id
            else:  # someone moved the meeting in the calendar since (a higher SEQUENCE)
                assert isinstance(server, RadicaleServer)
                assert request(server, "PUT", server.calendar_url + "other.ics",
                               calendar_object("other", 3, "Skolen"))[0] == 201
                refused = queue_calendar_object(s, "other", calendar_object("other", 1).decode(), summary="x",
                                                idempotency_key="a").id
        good = queue_one(services, kind)
        outcomes = {o.id: o for o in services.outbox.send_due()}
        assert outcomes[refused].status == "needs_attention" and "overskrevet" in outcomes[refused].last_error
        assert outcomes[good].status == "sent"
        if kind == "webdav":
            assert (server.folder / "dagsorden.pdf").read_bytes() == b"%PDF-1.4 kommunens egen"
        else:
            assert str(server.held()["other"]["LOCATION"]) == "Skolen"


@pytest.mark.parametrize("kind", KINDS)
def test_a_wrong_password_needs_attention_then_sends_once_after_the_fix(services: AppServices, tmp_path: Path,
                                                                       kind: str) -> None:
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        services.profiles.set_password(kind, "Blåbær-forkert")
        row_id = queue_one(services, kind)
        [outcome] = services.outbox.send_due()
        assert outcome.status == "needs_attention" and outcome.next_attempt_at is None
        assert "afviste brugernavn eller adgangskode" in outcome.last_error
        assert f"lokalraad password set {kind}" in outcome.last_error
        assert services.outbox.send_due(utc_now() + LATER) == []  # waits for a person
        assert copies(server) == 0
        services.profiles.set_password(kind, DANISH_PASSWORD)
        services.outbox.retry(row_id)
        assert [o.status for o in services.outbox.send_due()] == ["sent"]
        assert copies(server) == 1


@pytest.fixture(scope="module")
def test_ca() -> trustme.CA:
    return trustme.CA()


@pytest.mark.parametrize("kind", KINDS)
def test_an_untrusted_certificate_is_refused_then_sent_once_with_the_profiles_ca(services: AppServices,
                                                                                 tmp_path: Path, kind: str,
                                                                                 test_ca: trustme.CA) -> None:
    with start(kind, tmp_path, ca=test_ca) as server:
        assert url_of(server).startswith("https://127.0.0.1:")
        use_profile(services, tmp_path, {kind: url_of(server)})  # no ca_file: the system does not know the CA
        services.profiles.set_password(kind, DANISH_PASSWORD)
        row_id = queue_one(services, kind)
        server.gate.seen.clear()
        [outcome] = services.outbox.send_due()
        assert outcome.status == "needs_attention"
        assert "certifikat" in outcome.last_error and "ca_file" in outcome.last_error
        assert server.gate.seen == []  # not a request, so not the password, went to a server we cannot trust
        test_ca.cert_pem.write_to_path(str(tmp_path / "kommunens-ca.pem"))
        use_profile(services, tmp_path, {kind: url_of(server)}, ca_file="kommunens-ca.pem")
        services.outbox.retry(row_id)
        [again] = services.outbox.send_due()
        assert again.status == "sent", again.last_error
        assert copies(server) == 1 and server.gate.count("PUT") == 1


# --- a killed sender ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_sender_killed_mid_send_sends_again_after_its_lease_and_the_server_holds_one(
        services: AppServices, council_file: Path, tmp_path: Path, kind: str, when: str) -> None:
    """`lokalraad send` as its own process, killed (SIGKILL) while its PUT waits: before the server has it,
    or after the server stored it but before its answer came back. Either way the row is sent again after
    its lease and the server holds exactly one copy: the second PUT finds the first one's."""
    with start(kind, tmp_path) as server:
        use_profile(services, tmp_path, {kind: url_of(server)})
        row_id = queue_one(services, kind)
        setattr(server.gate, f"stall_{when}", "PUT")
        keyring = environment({(SERVICE, account(kind, user_of(kind), "127.0.0.1")): DANISH_PASSWORD})
        child = subprocess.Popen([sys.executable, "-m", "lokalraad_app", "send", "--data", str(council_file)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env={**os.environ, **keyring})
        try:
            assert server.gate.stalled.wait(60), child.communicate(timeout=5)
            assert status(services, row_id).status == "sending"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait(30)
        server.gate.stall_before = server.gate.stall_after = ""
        server.gate.release.set()
        assert status(services, row_id).status == "sending"
        assert copies(server) == (1 if when == "after" else 0)
        services.profiles.set_password(kind, DANISH_PASSWORD)
        now = utc_now()
        assert services.outbox.send_due(now) == []  # its lease still holds: it might be sending
        [outcome] = services.outbox.send_due(now + LEASE + timedelta(seconds=1))
        assert outcome.status == "sent", outcome.last_error
        assert copies(server) == 1 and server.gate.count("PUT") == 1


def test_a_newer_version_of_our_file_replaces_ours_but_never_someone_elses(services: AppServices,
                                                                          tmp_path: Path) -> None:
    """The calendar feed or an export uploaded again under its fixed name: our older upload is replaced
    (If-Match naming it), a file changed there by someone else is kept, and an older version of ours sent
    late never overwrites the newer one."""
    def upload(data: bytes, key: str) -> int:
        with services.outbox.store.session() as s:
            row_id = queue_upload(s, "kalender.ics", data, idempotency_key=key, content_type="text/calendar").id
            assert row_id is not None
            return row_id

    with start("webdav", tmp_path) as server:
        assert isinstance(server, WebDavServer)
        use_profile(services, tmp_path, {"webdav": url_of(server)})
        services.profiles.set_password("webdav", DANISH_PASSWORD)
        feed = server.folder / "kalender.ics"
        upload(b"BEGIN:VCALENDAR\r\nX-V:1\r\nEND:VCALENDAR\r\n", "feed:1")
        assert [o.status for o in services.outbox.send_due()] == ["sent"]
        second = upload(b"BEGIN:VCALENDAR\r\nX-V:2\r\nEND:VCALENDAR\r\n", "feed:2")
        upload(b"BEGIN:VCALENDAR\r\nX-V:3\r\nEND:VCALENDAR\r\n", "feed:3")  # both in one run
        assert [o.status for o in services.outbox.send_due()] == ["sent", "sent"]
        assert feed.read_bytes() == b"BEGIN:VCALENDAR\r\nX-V:3\r\nEND:VCALENDAR\r\n"
        assert [p.name for p in server.folder.iterdir()] == ["kalender.ics"]
        with services.outbox.store.session() as s:  # version 2 goes once more (a late retry): older than 3
            row = s.get(OutboxMessage, second)
            assert row is not None
            row.status = "pending"
        [late] = services.outbox.send_due()
        assert late.status == "needs_attention" and feed.read_bytes().count(b"X-V:3") == 1
        feed.write_bytes(b"BEGIN:VCALENDAR\r\nX-KOMMUNEN:1\r\nEND:VCALENDAR\r\n")  # edited there
        upload(b"BEGIN:VCALENDAR\r\nX-V:4\r\nEND:VCALENDAR\r\n", "feed:4")
        [refused] = services.outbox.send_due()
        assert refused.status == "needs_attention" and "ikke overskrevet" in refused.last_error
        assert feed.read_bytes() == b"BEGIN:VCALENDAR\r\nX-KOMMUNEN:1\r\nEND:VCALENDAR\r\n"
