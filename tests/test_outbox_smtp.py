"""Mail from the outbox to a real SMTP server (aiosmtpd on 127.0.0.1): exactly once, through every fault.

Each test counts what the server actually accepted; a fault must leave the row retryable, lose nothing
and send nothing twice.
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
from email.message import EmailMessage
from pathlib import Path

import pytest
import trustme

from lokalraad_app.domain.models import utc_now
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.outbox import OutboxRow, queue_mail
from lokalraad_app.services.outbox import queue as outbox_queue
from lokalraad_app.sync.sender import LEASE
from tests.helpers.smtp_server import DANISH_PASSWORD, SmtpServer, free_port

ROOT = Path(__file__).resolve().parent.parent
LATER = timedelta(hours=7)
PDF = b"%PDF-1.4 dagsorden\n" + bytes(range(256)) * 120  # 30 KB: hundreds of lines on the wire  # past any backoff of a first or second failure


def use_profile(services: AppServices, tmp_path: Path, port: int, *, security: str = "none",
                username: str = "sekretaer", ca_file: str = "") -> None:
    smtp: dict[str, object] = {"host": "127.0.0.1", "port": port, "security": security,
                               "from": "sekretaer@lokalraad.dk"}
    if username:
        smtp["username"] = username
    profile: dict[str, object] = {"municipality": "Holbæk Kommune", "contact_email": "lokalraad@holb.dk",
                                  "smtp": smtp}
    if ca_file:
        profile["ca_file"] = ca_file
    services.profiles.import_text(json.dumps(profile), tmp_path)


def queue(services: AppServices, to: str = "medlem@example.dk", key: str = "agenda:1:medlem",
          aggregate: str = "", subject: str = "Dagsorden til bestyrelsesmødet") -> int:
    msg = EmailMessage()
    msg["From"] = "Lokalrådet <sekretaer@lokalraad.dk>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("Kære medlem\n\nHer er dagsordenen. Mødet er i forsamlingshuset på Ærø.\n")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="dagsorden.pdf")
    with services.outbox.store.session() as s:
        row = queue_mail(s, msg, recipient=to, idempotency_key=key, aggregate=aggregate)
        assert row.id is not None
        return row.id


def status(services: AppServices, row_id: int) -> OutboxRow:
    return services.outbox.row(row_id)


@pytest.fixture
def ready(services: AppServices, server: SmtpServer, tmp_path: Path) -> AppServices:
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    return services


# --- the good path ----------------------------------------------------------------------------------


def test_a_mail_reaches_the_server_exactly_once_with_its_message_id(ready: AppServices, server: SmtpServer) -> None:
    row_id = queue(ready)
    [outcome] = ready.outbox.send_due()
    assert outcome.status == "sent" and outcome.attempts == 1 and outcome.last_error == ""
    assert ready.outbox.send_due() == []  # nothing due: sending again sends nothing
    [got] = server.received
    assert got.rcpt == ["medlem@example.dk"] and got.mail_from == "sekretaer@lokalraad.dk"
    assert got.message["Message-ID"] == status(ready, row_id).message_id != ""
    assert got.message["Subject"] == "Dagsorden til bestyrelsesmødet"
    attachment = next(p for p in got.message.walk() if p.get_filename() == "dagsorden.pdf")
    assert attachment.get_payload(decode=True) == PDF


def test_a_password_with_aeoeaa_logs_in_through_the_keyring_only(ready: AppServices, server: SmtpServer,
                                                                 council_file: Path, memory_keyring) -> None:
    queue(ready)
    [outcome] = ready.outbox.send_due()
    assert outcome.status == "sent"
    assert server.logins == [(b"sekretaer", DANISH_PASSWORD.encode("utf-8"))]
    assert DANISH_PASSWORD in memory_keyring.secrets.values()
    for path in council_file.parent.glob("council.sqlite*"):  # the file, its -wal: never the password
        content = path.read_bytes()
        assert DANISH_PASSWORD.encode("utf-8") not in content and "Blåbærgrød".encode("utf-16-le") not in content


def test_many_mails_go_over_one_connection_each_once(ready: AppServices, server: SmtpServer) -> None:
    ids = [queue(ready, f"medlem{i}@example.dk", f"agenda:1:{i}") for i in range(5)]
    assert [r.status for r in ready.outbox.send_due()] == ["sent"] * 5
    assert sorted(r.rcpt[0] for r in server.received) == sorted(f"medlem{i}@example.dk" for i in range(5))
    assert len(server.logins) == 1
    assert {status(ready, i).status for i in ids} == {"sent"}


def test_the_connection_check_logs_in_and_sends_nothing(ready: AppServices, server: SmtpServer,
                                                        tmp_path: Path) -> None:
    assert ready.outbox.check_smtp() == ""
    assert server.logins == [(b"sekretaer", DANISH_PASSWORD.encode())] and server.received == []
    ready.profiles.set_password("smtp", "forkert")
    assert "afviste brugernavn eller adgangskode" in ready.outbox.check_smtp()
    use_profile(ready, tmp_path, free_port())
    assert "Ingen forbindelse til 127.0.0.1" in ready.outbox.check_smtp()


# --- faults -----------------------------------------------------------------------------------------


def test_server_down_leaves_the_row_failed_then_sends_it_once_when_up(services: AppServices, tmp_path: Path) -> None:
    port = free_port()
    use_profile(services, tmp_path, port)
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    row_id = queue(services)
    now = utc_now()
    [outcome] = services.outbox.send_due(now)
    assert outcome.status == "failed" and outcome.attempts == 1
    assert "Ingen forbindelse til 127.0.0.1" in outcome.last_error
    assert outcome.next_attempt_at is not None and now + timedelta(seconds=29) < outcome.next_attempt_at
    assert services.outbox.send_due(now + timedelta(seconds=1)) == []  # not due yet: the backoff holds
    with SmtpServer(password=DANISH_PASSWORD, port=port) as server:
        [again] = services.outbox.send_due(outcome.next_attempt_at)
        assert again.status == "sent" and again.attempts == 2
        assert len(server.received) == 1
        assert services.outbox.send_due(outcome.next_attempt_at + LATER) == []
    assert len(server.received) == 1 and status(services, row_id).status == "sent"


def test_backoff_grows_with_each_failure_and_keeps_jitter(services: AppServices, tmp_path: Path) -> None:
    use_profile(services, tmp_path, free_port())
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    queue(services)
    now, waits = utc_now(), []
    for _ in range(4):
        [row] = services.outbox.send_due(now)
        assert row.status == "failed" and row.next_attempt_at is not None
        waits.append(row.next_attempt_at - now)
        now = row.next_attempt_at
    # 1, 2, 4, 8 minutes, each 50–100 % of it
    for n, wait in enumerate(waits):
        assert timedelta(minutes=2 ** n) * 0.5 <= wait <= timedelta(minutes=2 ** n)
    assert status(services, row.id).attempts == 4


def test_a_4xx_answer_is_retried_later_and_delivered_once(ready: AppServices, server: SmtpServer) -> None:
    server.handler.data_replies.append("451 4.3.0 Midlertidig fejl, prøv igen")
    row_id = queue(ready)
    now = utc_now()
    [outcome] = ready.outbox.send_due(now)
    assert outcome.status == "failed" and "451 4.3.0" in outcome.last_error and "prøver igen senere" in outcome.last_error
    assert server.received == []
    [again] = ready.outbox.send_due(now + LATER)
    assert again.status == "sent"
    assert len(server.received) == 1 and status(ready, row_id).attempts == 2


def test_a_refused_mailbox_needs_attention_and_is_sent_once_after_retry(ready: AppServices, server: SmtpServer) -> None:
    server.handler.rcpt_replies.append("550 5.1.1 Ukendt modtager")
    row_id = queue(ready, to="forkert@example.dk")
    other = queue(ready, to="medlem@example.dk", key="other")
    now = utc_now()
    outcomes = {r.id: r for r in ready.outbox.send_due(now)}
    assert outcomes[row_id].status == "needs_attention"
    assert "Ret adressen" in outcomes[row_id].last_error and "550 5.1.1" in outcomes[row_id].last_error
    assert outcomes[other].status == "sent"  # one refused mailbox does not stop the others
    assert ready.outbox.send_due(now + LATER) == []  # waits for a person, not for the clock
    ready.outbox.retry(row_id)
    [again] = ready.outbox.send_due(now + LATER)
    assert again.id == row_id and again.status == "sent"
    assert sorted(r.rcpt[0] for r in server.received) == ["forkert@example.dk", "medlem@example.dk"]


def test_a_connection_dropped_mid_message_is_retried_and_delivered_once(ready: AppServices,
                                                                          server: SmtpServer) -> None:
    server.handler.drop_data = 1
    first, second = queue(ready, "a@example.dk", "a"), queue(ready, "b@example.dk", "b")
    now = utc_now()
    outcomes = {r.id: r for r in ready.outbox.send_due(now)}
    assert outcomes[first].status == outcomes[second].status == "failed"  # b never got its turn on that line
    assert "afbrudt" in outcomes[first].last_error and server.received == []
    assert [r.status for r in ready.outbox.send_due(now + LATER)] == ["sent", "sent"]
    assert sorted(r.rcpt[0] for r in server.received) == ["a@example.dk", "b@example.dk"]


def test_a_long_run_is_claimed_a_chunk_at_a_time_and_each_mail_goes_once(ready: AppServices, server: SmtpServer,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lokalraad_app.sync.sender.CHUNK", 2)
    for i in range(5):
        queue(ready, f"m{i}@example.dk", f"k{i}")
    assert [r.status for r in ready.outbox.send_due()] == ["sent"] * 5
    assert sorted(r.rcpt[0] for r in server.received) == [f"m{i}@example.dk" for i in range(5)]
    assert len(server.logins) == 3  # one connection per chunk


def test_microsoft_365_without_password_login_says_so(ready: AppServices, server: SmtpServer) -> None:
    server.password = "en anden"
    server.auth_reply = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
    queue(ready)
    [outcome] = ready.outbox.send_due()
    assert outcome.status == "needs_attention"
    assert "Microsoft 365" in outcome.last_error and "5.7.139" in outcome.last_error


def test_a_keyring_that_does_not_answer_is_waited_for_only_so_long(ready: AppServices, server: SmtpServer,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    class Locked(type(keyring.get_keyring())):  # type: ignore[misc]
        def get_password(self, service: str, username: str) -> str | None:
            time.sleep(3)
            return None

    keyring.set_keyring(Locked())
    monkeypatch.setattr("lokalraad_app.sync.credentials.TIMEOUT_SECONDS", 0.2)
    queue(ready)
    started = time.monotonic()
    [outcome] = ready.outbox.send_due()
    assert time.monotonic() - started < 2
    assert outcome.status == "needs_attention" and "Nøgleringen svarede ikke" in outcome.last_error
    assert server.received == []


def test_a_row_that_cannot_be_sent_waits_for_a_person_and_stops_nothing(ready: AppServices,
                                                                         server: SmtpServer) -> None:
    with ready.outbox.store.session() as s:
        broken = outbox_queue(s, "email", "a@example.dk", "not a mail", "broken").id
    good = queue(ready, "b@example.dk", "good")
    outcomes = {r.id: r for r in ready.outbox.send_due()}
    assert outcomes[broken].status == "needs_attention" and "ødelagt" in outcomes[broken].last_error
    assert outcomes[good].status == "sent"
    assert [r.rcpt for r in server.received] == [["b@example.dk"]]


def test_a_timeout_leaves_the_row_failed_for_a_later_attempt(services: AppServices, tmp_path: Path) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        use_profile(services, tmp_path, silent.getsockname()[1])
        services.profiles.set_password("smtp", DANISH_PASSWORD)
        row_id = queue(services)
        started = time.monotonic()
        [outcome] = services.outbox.send_due(timeout=0.5)
        assert time.monotonic() - started < 10
    assert outcome.status == "failed" and "svarede ikke i tide" in outcome.last_error
    assert status(services, row_id).next_attempt_at is not None


def test_a_wrong_password_needs_attention_with_a_danish_message(services: AppServices, server: SmtpServer,
                                                               tmp_path: Path) -> None:
    use_profile(services, tmp_path, server.port)
    services.profiles.set_password("smtp", "Blåbærgrød-forkert")
    ids = [queue(services, f"m{i}@example.dk", f"k{i}") for i in range(2)]
    now = utc_now()
    outcomes = services.outbox.send_due(now)
    assert {r.status for r in outcomes} == {"needs_attention"}
    message = outcomes[0].last_error
    assert "afviste brugernavn eller adgangskode" in message and "lokalraad password set smtp" in message
    assert "535" in message
    assert server.received == []
    services.profiles.set_password("smtp", DANISH_PASSWORD)
    for i in ids:
        services.outbox.retry(i)
    assert [r.status for r in services.outbox.send_due(now)] == ["sent", "sent"]
    assert len(server.received) == 2


def test_no_password_in_the_keyring_needs_attention(services: AppServices, server: SmtpServer, tmp_path: Path) -> None:
    use_profile(services, tmp_path, server.port)
    queue(services)
    [outcome] = services.outbox.send_due()
    assert outcome.status == "needs_attention" and "ingen adgangskode" in outcome.last_error
    assert server.received == [] and server.logins == []


# --- TLS ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def test_ca() -> trustme.CA:
    return trustme.CA()


def tls_server(ca: trustme.CA, mode: str) -> SmtpServer:
    context = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return SmtpServer(password=DANISH_PASSWORD, tls=mode, server_context=context)


@pytest.mark.parametrize("mode", ["tls", "starttls"])
def test_tls_with_the_profiles_ca_file_sends_once(services: AppServices, tmp_path: Path, test_ca: trustme.CA,
                                                  mode: str) -> None:
    ca_file = tmp_path / "kommunens-ca.pem"
    test_ca.cert_pem.write_to_path(str(ca_file))
    with tls_server(test_ca, mode) as server:
        use_profile(services, tmp_path, server.port, security=mode, ca_file="kommunens-ca.pem")
        services.profiles.set_password("smtp", DANISH_PASSWORD)
        queue(services)
        [outcome] = services.outbox.send_due()
        assert outcome.status == "sent", outcome.last_error
        assert len(server.received) == 1
        assert server.logins == [(b"sekretaer", DANISH_PASSWORD.encode())]


@pytest.mark.parametrize("mode", ["tls", "starttls"])
def test_an_untrusted_certificate_is_refused_then_sent_once_with_the_ca(services: AppServices, tmp_path: Path,
                                                                      test_ca: trustme.CA, mode: str) -> None:
    with tls_server(test_ca, mode) as server:
        use_profile(services, tmp_path, server.port, security=mode)  # no ca_file: the system does not know the CA
        services.profiles.set_password("smtp", DANISH_PASSWORD)
        row_id = queue(services)
        [outcome] = services.outbox.send_due()
        assert outcome.status == "needs_attention"
        assert "certifikat" in outcome.last_error and "ca_file" in outcome.last_error
        assert server.received == [] and server.logins == []  # the password never went to an unknown server
        test_ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
        use_profile(services, tmp_path, server.port, security=mode, ca_file="ca.pem")
        services.outbox.retry(row_id)
        [again] = services.outbox.send_due()
        assert again.status == "sent" and len(server.received) == 1


def test_starttls_required_but_not_offered_sends_nothing(ready: AppServices, server: SmtpServer,
                                                         tmp_path: Path) -> None:
    use_profile(ready, tmp_path, server.port, security="starttls")
    queue(ready)
    [outcome] = ready.outbox.send_due()
    assert outcome.status == "needs_attention" and "STARTTLS" in outcome.last_error
    assert server.received == [] and server.logins == []


# --- a killed sender ------------------------------------------------------------------------------------


def kill_while_stalled(services: AppServices, council_file: Path, server: SmtpServer, row_id: int) -> None:
    """Runs `lokalraad send` as its own process and kills it (SIGKILL) while the server holds it waiting."""
    child = subprocess.Popen([sys.executable, "-m", "lokalraad_app", "send", "--data", str(council_file)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        assert server.handler.stalled.wait(60), child.communicate(timeout=5)
        assert status(services, row_id).status == "sending"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    server.handler.stall_rcpt = server.handler.stall_after_accept = False
    server.handler.release.set()
    assert status(services, row_id).status == "sending"


def test_a_sender_killed_mid_send_is_retried_after_its_lease_and_delivers_once(services: AppServices,
                                                                             council_file: Path,
                                                                             tmp_path: Path) -> None:
    with SmtpServer() as server:
        use_profile(services, tmp_path, server.port, username="")  # the child process has no keyring of ours
        row_id = queue(services)
        server.handler.stall_rcpt = True  # killed before the server has the message
        kill_while_stalled(services, council_file, server, row_id)
        now = utc_now()
        assert services.outbox.send_due(now) == []  # its lease still holds: it might be sending
        [outcome] = services.outbox.send_due(now + LEASE + timedelta(seconds=1))
        assert outcome.status == "sent"
        time.sleep(0.2)
        assert len(server.received) == 1


def test_killed_after_the_server_kept_it_the_second_copy_has_the_same_message_id(services: AppServices,
                                                                                 council_file: Path,
                                                                                 tmp_path: Path) -> None:
    """What SMTP cannot know (README): the server kept the mail, its 250 never arrived. The copy sent
    after the lease is the same mail, with the same Message-ID, so mail programs show it once."""
    with SmtpServer() as server:
        use_profile(services, tmp_path, server.port, username="")
        row_id = queue(services)
        server.handler.stall_after_accept = True
        kill_while_stalled(services, council_file, server, row_id)
        [outcome] = services.outbox.send_due(utc_now() + LEASE + timedelta(seconds=1))
        assert outcome.status == "sent"
        first, second = server.received
        assert first.message["Message-ID"] == second.message["Message-ID"] == outcome.message_id
        assert first.data == second.data


def test_progress_is_told_of_each_row_once_its_outcome_is_in_the_file(ready: AppServices, server: SmtpServer) -> None:
    server.handler.rcpt_replies.append("550 5.1.1 Ukendt modtager")
    ids = [queue(ready, to=f"m{n}@example.dk", key=f"k{n}") for n in range(4)]
    seen: list[tuple[int, int, int | None, str | None]] = []

    def progress(done: int, total: int, row_id: int | None) -> None:  # the row's state as the file has it now
        seen.append((done, total, row_id, status(ready, row_id).status if row_id else None))

    rows = ready.outbox.send_due(progress=progress)
    assert seen == [(0, 4, None, None), (1, 4, ids[0], "needs_attention"), (2, 4, ids[1], "sent"),
                    (3, 4, ids[2], "sent"), (4, 4, ids[3], "sent")]
    assert [r.status for r in rows] == ["needs_attention", "sent", "sent", "sent"]
