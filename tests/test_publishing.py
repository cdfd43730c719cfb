"""Send til kommunen / bestyrelsen / deltagere on the demo council: what lands in the outbox, to whom, with
which document, and that pressing twice queues nothing new while a changed document supersedes the old."""

from __future__ import annotations

import base64
import json
import re
import time
from datetime import date
from email import message_from_string, policy
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from lokalraad_app.domain.enums import ItemKind, MeetingKind, MemberFilter, Presence
from lokalraad_app.domain.models import OutboxMessage
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.publishing import content_version
from tests.helpers import demo_council
from tests.helpers.demo_council import meeting, use_profile

demo_template, demo_file, demo = demo_council.demo_template, demo_council.demo_file, demo_council.demo  # fixtures


def rows(services: AppServices) -> list[OutboxMessage]:
    with services.outbox.store.read() as s:
        return list(s.exec(select(OutboxMessage).order_by(OutboxMessage.id)))  # type: ignore[arg-type]


def mail_of(row: OutboxMessage) -> EmailMessage:
    message = message_from_string(json.loads(row.payload)["message"], policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def pdf_of(message: EmailMessage) -> tuple[str, bytes]:
    [part] = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    return part.get_filename() or "", part.get_payload(decode=True)


def upload_of(row: OutboxMessage) -> bytes:
    return base64.b64decode(json.loads(row.payload)["data"])


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_approved_minutes_go_to_the_municipality_by_mail_and_upload_once(demo: AppServices, tmp_path: Path) -> None:
    use_profile(demo, tmp_path)
    mid = meeting(demo)
    published = demo.publishing.send("minutes", "kommunen", meeting_id=mid)
    assert published.queued == 2 and "outbox" in published.changes
    mail, upload = rows(demo)
    assert (mail.kind, mail.recipient, upload.kind) == ("email", "lokalraad@lejre.dk", "webdav")
    message = mail_of(mail)
    assert message["Subject"].startswith("Referat: Bestyrelsesmøde, ")
    assert "aage.larsen@youmail.dk" in message["From"] and "Lejre Kommune" in message["To"]
    assert "Hermed referatet af mødet." in message.get_body(("plain",)).get_content()
    name, pdf = pdf_of(message)
    sealed = demo.documents.minutes(mid)  # the sealed copy, byte for byte: `lokalraad verify` knows it
    assert (name, pdf) == sealed and demo.documents.verify(pdf).sealed
    assert upload_of(upload) == pdf
    # a dated folder (the day it was queued) and a name from the meeting's date, the kind and the title
    assert re.fullmatch(rf"{date.today().year}/{date.today().isoformat()}/\d{{4}}-\d\d-\d\d-referat-"
                        r"bestyrelsesmøde\.pdf", upload.recipient)
    again = demo.publishing.send("minutes", "kommunen", meeting_id=mid)
    assert again.queued == 0 and len(rows(demo)) == 2  # pressing twice sends once


def test_the_profile_decides_mail_or_upload_and_no_profile_is_refused(demo: AppServices, tmp_path: Path) -> None:
    mid = meeting(demo)
    with pytest.raises(ValidationError) as refused:
        demo.publishing.send("agenda", "kommunen", meeting_id=mid)
    assert "lokalraad profile import" in refused.value.message and rows(demo) == []
    assert "lokalraad profile import" in demo.publishing.check("agenda", "kommunen", meeting_id=mid)
    use_profile(demo, tmp_path, webdav=None)
    assert [d.kind for d in demo.publishing.plan("agenda", "kommunen", meeting_id=mid).deliveries] == ["email"]
    use_profile(demo, tmp_path, contact_email=None)
    assert [d.kind for d in demo.publishing.plan("agenda", "kommunen", meeting_id=mid).deliveries] == ["webdav"]
    demo.publishing.send("agenda", "kommunen", meeting_id=mid)
    assert [r.kind for r in rows(demo)] == ["webdav"]
    assert "DAGSORDEN" in text_of(upload_of(rows(demo)[0])).upper()


def test_draft_minutes_go_only_to_the_board_and_say_why(demo: AppServices, tmp_path: Path) -> None:
    use_profile(demo, tmp_path)
    mid = meeting(demo, status="held")  # held, minutes still a draft
    for to in ("kommunen", "deltagere"):
        reason = demo.publishing.check("minutes", to, meeting_id=mid)
        assert "ikke godkendt endnu" in reason
        with pytest.raises(ValidationError):
            demo.publishing.send("minutes", to, meeting_id=mid)
    assert rows(demo) == []
    published = demo.publishing.send("minutes", "bestyrelsen", meeting_id=mid)
    assert published.queued == len(rows(demo)) > 0
    message = mail_of(rows(demo)[0])
    assert message["Subject"].startswith("Udkast til referat: ")
    assert "KLADDE" in text_of(pdf_of(message)[1])
    assert demo.publishing.check("plan", "bestyrelsen") == "Udviklingsplan sendes kun til kommunen."


def test_agenda_to_the_board_each_member_once_and_a_changed_agenda_supersedes(demo: AppServices) -> None:
    mid = meeting(demo, status="planned", last=True)
    plan = demo.publishing.plan("agenda", "bestyrelsen", meeting_id=mid)
    board = demo.members.rows(demo.members.find_ids(MemberFilter.BOARD))
    assert sorted(d.recipient for d in plan.deliveries) == sorted(r.email for r in board if r.email)
    assert set(plan.without_email) == {r.name for r in board if not r.email}
    first = demo.publishing.send("agenda", "bestyrelsen", meeting_id=mid)
    assert first.queued == len(plan.deliveries)
    message = mail_of(rows(demo)[0])
    assert message.get_body(("plain",)).get_content().startswith("Kære ")
    assert "Hermed dagsordenen til mødet." in message.get_body(("plain",)).get_content()
    assert demo.publishing.send("agenda", "bestyrelsen", meeting_id=mid).queued == 0
    demo.agenda.add_item(mid, ItemInput(title="Ekstra punkt om Ærøvej", kind=ItemKind.DECISION))
    changed = demo.publishing.send("agenda", "bestyrelsen", meeting_id=mid)
    assert changed.queued == first.queued
    statuses = [r.status for r in rows(demo)]
    assert statuses == ["superseded"] * first.queued + ["pending"] * first.queued
    assert "Ekstra punkt om Ærøvej" in text_of(pdf_of(mail_of(rows(demo)[-1]))[1])


def test_minutes_to_the_participants_reach_those_present_and_citizens_signed_up(demo: AppServices) -> None:
    mid = meeting(demo, kind=MeetingKind.CITIZENS.value)
    present = {r.email.lower() for r in demo.attendance.rows(mid) if r.presence == Presence.PRESENT.value and r.email}
    demo.signups.add(mid, "Søren Ågård", "Soeren.Aagaard@example.dk")
    demo.signups.add(mid, "Else Østergaard", "else@example.dk")
    demo.publishing.send("minutes", "deltagere", meeting_id=mid)
    got = {r.recipient for r in rows(demo)}
    assert got == present | {"soeren.aagaard@example.dk", "else@example.dk"}
    message = next(mail_of(r) for r in rows(demo) if r.recipient == "else@example.dk")
    assert "Kære Else Østergaard" in message.get_body(("plain",)).get_content()
    assert "Tak fordi du deltog." in message.get_body(("plain",)).get_content()


def test_hearing_response_and_plan_go_to_the_municipality(demo: AppServices, tmp_path: Path) -> None:
    use_profile(demo, tmp_path)
    ref = next(h.reference for h in demo.hearings.rows() if h.status == "answered")  # a response is written
    demo.publishing.send("hearing", "kommunen", hearing=ref)
    demo.publishing.send("plan", "kommunen")
    mails = [r for r in rows(demo) if r.kind == "email"]
    uploads = [r.recipient for r in rows(demo) if r.kind == "webdav"]
    subjects = [str(mail_of(m)["Subject"]) for m in mails]
    assert subjects[0].startswith("Høringssvar: ")
    assert subjects[1].startswith("Lokaludviklingsplan, version 1, vedtaget ")  # the plan as adopted, not the draft
    assert "Version 1" in text_of(pdf_of(mail_of(mails[1]))[1])
    assert ref in text_of(pdf_of(mail_of(mails[0]))[1])
    assert uploads[0].endswith(f"/hoeringssvar-{ref.replace('/', '-')}.pdf")
    assert uploads[1].endswith("/udviklingsplan-lokaludviklingsplan-for-kirke-hyllinge-egnen-2022-2030-version-1.pdf")
    with pytest.raises(ValidationError, match="Ingen høring"):
        demo.publishing.send("hearing", "kommunen", hearing="99/0000")
    open_hearing = next(h for h in demo.hearings.rows() if h.status == "open")
    assert "ikke skrevet endnu" in demo.publishing.check("hearing", "kommunen", hearing=open_hearing.reference)


def test_an_upload_never_meets_other_bytes_at_its_path(demo: AppServices, tmp_path: Path) -> None:
    use_profile(demo, tmp_path, contact_email=None)
    mid = meeting(demo, status="planned", last=True)
    demo.publishing.send("agenda", "kommunen", meeting_id=mid)
    with demo.outbox.store.session() as s:  # the first version went out
        row = s.exec(select(OutboxMessage)).one()
        row.status = "sent"
    demo.agenda.add_item(mid, ItemInput(title="Nyt punkt"))
    demo.publishing.send("agenda", "kommunen", meeting_id=mid)
    first, second = rows(demo)
    assert second.recipient == first.recipient.removesuffix(".pdf") + "-2.pdf"
    assert content_version(upload_of(first)) != content_version(upload_of(second))
    assert demo.publishing.send("agenda", "kommunen", meeting_id=mid).queued == 0


def test_content_version_ignores_the_moment_a_pdf_was_made(demo: AppServices) -> None:
    mid = meeting(demo, status="planned", last=True)
    one = demo.documents.agenda(mid)[1]
    time.sleep(1.1)  # the PDF's time stamp moves on
    two = demo.documents.agenda(mid)[1]
    assert one != two and content_version(one) == content_version(two)
    demo.agenda.add_item(mid, ItemInput(title="Nyt punkt"))
    assert content_version(demo.documents.agenda(mid)[1]) != content_version(one)
