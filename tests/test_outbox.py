"""The outbox's rows in a real council file: queued with their cause, once per key, superseded, held, cancelled."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from lokalraad_app.domain.models import Meeting, OutboxMessage, utc_now
from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.outbox import queue, queue_calendar_object, queue_mail, queue_upload
from lokalraad_app.sync.sender import claim_due


def mail(to: str, subject: str = "Invitation: bestyrelsesmøde") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Lokalrådet <sekretaer@lokalraad.dk>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("Du er inviteret.")
    return msg


def rows_in_file(path: Path) -> list[tuple[int, str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("SELECT id, recipient, status, idempotency_key FROM outbox_message ORDER BY id"))
    finally:
        conn.close()


def test_a_row_commits_with_its_cause_or_not_at_all(services: AppServices, council_file: Path) -> None:
    store = services.outbox.store
    start = utc_now() + timedelta(days=3)
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(Meeting(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
        queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="invite:1:a")
        raise RuntimeError("the change failed after the mail was queued")
    assert rows_in_file(council_file) == []
    with store.session() as s:
        s.add(Meeting(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
        queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="invite:1:a")
    assert [r[1:] for r in rows_in_file(council_file)] == [("a@example.dk", "pending", "invite:1:a")]


def test_the_same_key_queued_twice_is_one_row_with_one_message_id(services: AppServices, council_file: Path) -> None:
    store = services.outbox.store
    for _ in range(2):
        with store.session() as s:
            queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="invite:1:a")
    [row] = services.outbox.rows()
    assert row.message_id.startswith("<") and row.message_id.endswith("@lokalraad.dk>")
    assert row.subject == "Invitation: bestyrelsesmøde" and row.status == "pending"
    assert len(rows_in_file(council_file)) == 1


def test_a_newer_version_supersedes_what_has_not_gone_out(services: AppServices) -> None:
    store = services.outbox.store
    now = utc_now()

    def invite(key: str, to: str) -> int:
        with store.session() as s:
            row = queue_mail(s, mail(to), recipient=to, idempotency_key=key, aggregate="invitation:M1")
            assert row.id is not None
            return row.id

    first_b = invite("M1:0:b", "b@example.dk")
    [claimed] = claim_due(store, now, limit=1)  # b's first version is being sent now: it cannot be called back
    assert claimed.id == first_b and claimed.status == "sending"
    first_a = invite("M1:0:a", "a@example.dk")
    second_a = invite("M1:1:a", "A@Example.dk")  # the same person, written differently
    second_b = invite("M1:1:b", "b@example.dk")
    status = {r.id: r.status for r in services.outbox.rows()}
    assert status == {first_a: "superseded", first_b: "sending", second_a: "pending", second_b: "pending"}
    with store.session() as s:  # another thing about the same meeting replaces nothing
        queue(s, "email", "a@example.dk", "{}", "agenda:M1:a", aggregate="agenda:M1")
    assert services.outbox.row(second_a).status == "pending"


def test_hold_retry_and_cancel_by_hand(services: AppServices) -> None:
    with services.outbox.store.session() as s:
        row = queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="k")
    assert row.id is not None
    services.outbox.hold(row.id)
    held = services.outbox.row(row.id)
    assert held.status == "needs_attention" and "Holdt tilbage" in held.last_error
    assert claim_due(services.outbox.store, utc_now()) == []  # a held row is never sent by itself
    services.outbox.retry(row.id)
    assert services.outbox.row(row.id).status == "pending"
    services.outbox.cancel(row.id)
    assert services.outbox.row(row.id).status == "cancelled"
    assert claim_due(services.outbox.store, utc_now()) == []
    with pytest.raises(ValidationError) as refused:
        services.outbox.hold(row.id)
    assert refused.value.message == f"Message {row.id} cannot be held: it is cancelled."


def test_a_sent_or_sending_row_cannot_be_cancelled(services: AppServices) -> None:
    with services.outbox.store.session() as s:
        row = queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="k")
    assert row.id is not None
    claim_due(services.outbox.store, utc_now())
    with pytest.raises(ValidationError, match="being sent right now"):
        services.outbox.cancel(row.id)
    assert services.outbox.row(row.id).status == "sending"


@pytest.mark.parametrize(("kind", "recipient", "key", "field"), [
    ("fax", "a@example.dk", "k", "kind"), ("email", " ", "k", "recipient"), ("email", "a@example.dk", "", "idempotency_key")])
def test_a_row_without_what_it_needs_is_refused(services: AppServices, council_file: Path, kind: str, recipient: str,
                                                key: str, field: str) -> None:
    with pytest.raises(ValidationError) as refused, services.outbox.store.session() as s:
        queue(s, kind, recipient, "{}", key)
    assert refused.value.field == field
    assert rows_in_file(council_file) == []


def test_rows_survive_reopening_the_file(services: AppServices, council_file: Path) -> None:
    with services.outbox.store.session() as s:
        queue_mail(s, mail("a@example.dk"), recipient="a@example.dk", idempotency_key="k")
    message_id = services.outbox.rows()[0].message_id
    services.close()
    again = open_services(council_file, backup=False)
    try:
        assert [(r.recipient, r.status, r.message_id) for r in again.outbox.rows()] == [
            ("a@example.dk", "pending", message_id)]
    finally:
        again.close()


def test_an_upload_and_a_calendar_object_wait_in_the_outbox_with_their_bytes(services: AppServices) -> None:
    store = services.outbox.store
    with store.session() as s:
        queue_upload(s, "/2026/2026-12-03/referat.pdf", b"%PDF-1.4 x", idempotency_key="u1",
                     content_type="application/pdf")
        queue_calendar_object(s, "m1", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", summary="Møde", idempotency_key="c1")
        queue_calendar_object(s, "m1", "", summary="Møde", idempotency_key="c2", delete=True)
    with store.read() as s:
        rows = {r.idempotency_key: r for r in s.exec(select(OutboxMessage))}
    assert rows["u1"].recipient == "2026/2026-12-03/referat.pdf"
    assert base64.b64decode(json.loads(rows["u1"].payload)["data"]) == b"%PDF-1.4 x"
    assert rows["c1"].status == "superseded" and rows["c2"].status == "pending"
    assert json.loads(rows["c2"].payload)["method"] == "delete"


def test_the_document_a_row_sends(services: AppServices) -> None:
    """What Udbakke's "Åbn dokument" opens: the attached PDF, else the first attachment, else the mail itself;
    a WebDAV row's bytes; a CalDAV row's object; a deletion has none; a damaged row is said."""
    plain = mail("a@example.dk", subject="Husk mødet")
    with_ics = mail("b@example.dk")
    with_ics.add_attachment(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", maintype="text", subtype="calendar",
                            filename="invite.ics")
    with services.outbox.store.session() as s:
        ids = [queue_mail(s, plain, recipient="a@example.dk", idempotency_key="a").id,
               queue_mail(s, with_ics, recipient="b@example.dk", idempotency_key="b").id,
               queue_upload(s, "2026/export.json", b'{"v": 1}', idempotency_key="c").id,
               queue_calendar_object(s, "u1", "", summary="Møde", idempotency_key="d", delete=True).id,
               queue(s, "webdav", "x.pdf", "{not json", "e").id]
    name, content = services.outbox.document(ids[0])  # type: ignore[arg-type]
    assert name.endswith(".eml") and b"Du er inviteret." in content and b"Subject: Husk" in content
    assert services.outbox.document(ids[1]) == ("invite.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")  # type: ignore[arg-type]
    assert services.outbox.document(ids[2]) == ("export.json", b'{"v": 1}')  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="sends no document"):
        services.outbox.document(ids[3])  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="damaged"):
        services.outbox.document(ids[4])  # type: ignore[arg-type]
    assert [r.subject for r in services.outbox.rows()] == ["Husk mødet", "Invitation: bestyrelsesmøde",
                                                           "export.json", "Møde", ""]
