"""Invitations, updates and cancellations built from real council files, read back by independent parsers
(icalendar, vobject, recurring-ical-events) and the standard library's mail parser."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject

from lokalraad_app.cli import main
from lokalraad_app.demo_data import write_demo
from lokalraad_app.domain.enums import Answer, MeetingStatus, OutboxStatus
from lokalraad_app.services.agenda import ItemInput
from lokalraad_app.services.council import CouncilInput
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.invitations import CANCELLATION, INVITATION, MUNICIPALITY_EMAIL, UPDATE
from lokalraad_app.services.meetings import MeetingInput

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 1, 10, 12, tzinfo=UTC)  # "now" for every call: the meetings below are still to come
START = datetime(2027, 3, 2, 19, tzinfo=CPH)


def council(services) -> None:  # type: ignore[no-untyped-def]
    services.council.save_council(CouncilInput(name="Kirke Såby Lokalråd", municipality="Lejre Kommune",
                                               secretary_name="Åse Ærø", secretary_email="ase@example.dk"))


def meeting(services, start: datetime = START, place: str = "Forsamlingshuset") -> int:  # type: ignore[no-untyped-def]
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                         end=start + timedelta(hours=2), place=place))
    return int(meeting_id)


def invite(services, meeting_id: int, *people: tuple[str, str]) -> list[int]:  # type: ignore[no-untyped-def]
    return [services.attendance.add(meeting_id, name=name, email=address, guest=True)[0] for name, address in people]


@pytest.fixture
def planned(services):  # type: ignore[no-untyped-def]
    """A council with a secretary, one coming board meeting with its standard agenda and two invitees."""
    council(services)
    meeting_id = meeting(services)
    invite(services, meeting_id, ("Søren Østergaard", "Soren@Example.dk"), ("Lærke Bækgaard", "laerke@example.dk"))
    return services, meeting_id


def calendar_part(mail: EmailMessage) -> bytes:
    """The text/calendar part as the standard parser reads the mail; its method parameter is checked
    against the METHOD inside (Outlook on the web rejects a mail where they differ)."""
    parsed = email.message_from_bytes(mail.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)
    parts = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    payload = parts[0].get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert parts[0].get_param("method") == str(icalendar.Calendar.from_ical(payload)["METHOD"])
    return payload


def vevents(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def both(data: bytes) -> tuple[icalendar.Calendar, vobject.base.Component]:
    """The object as icalendar and as vobject read it (an independent parser)."""
    return icalendar.Calendar.from_ical(data), vobject.readOne(data.decode("utf-8"))


# --- a single meeting ---------------------------------------------------------------------------------


def test_invitation_is_an_itip_request_both_parsers_read(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.council.set_setting(MUNICIPALITY_EMAIL, "moeder@lejre.dk")
    plan = services.invitations.plan(meeting_id, now=NOW)
    assert {(m.email.lower(), m.kind, m.observer) for m in plan.messages} == {
        ("soren@example.dk", INVITATION, False), ("laerke@example.dk", INVITATION, False),
        ("moeder@lejre.dk", INVITATION, True)}
    assert plan.change == "" and plan.sequence == 0
    uid = services.meeting.detail(meeting_id).meeting.uid

    built, _ = services.invitations.send(meeting_id, now=NOW)
    data = calendar_part(built[0].mail)
    cal, vcal = both(data)
    assert cal["METHOD"] == "REQUEST" and vcal.method.value == "REQUEST"
    [event] = vevents(data)
    assert "METHOD" not in event
    assert str(event["UID"]) == uid == vcal.vevent.uid.value
    assert int(event["SEQUENCE"]) == 0
    assert b"DTSTART:20270302T180000Z" in data  # one-off meetings in UTC
    assert vcal.vevent.dtstart.value == START.astimezone(UTC)
    assert vcal.vevent.dtend.value == (START + timedelta(hours=2)).astimezone(UTC)
    assert abs(event.decoded("DTSTAMP") - NOW) < timedelta(seconds=1)
    assert vcal.vevent.summary.value == "Bestyrelsesmøde" and vcal.vevent.location.value == "Forsamlingshuset"
    assert "Dagsorden:\n1. " in vcal.vevent.description.value and "Eventuelt" in vcal.vevent.description.value
    assert vcal.vevent.organizer.value == "mailto:ase@example.dk"
    assert vcal.vevent.organizer.params["CN"] == ["Åse Ærø"]
    attendees = {a.value.lower(): a.params for a in vcal.vevent.attendee_list}
    assert set(attendees) == {"mailto:soren@example.dk", "mailto:laerke@example.dk", "mailto:moeder@lejre.dk"}
    soren = attendees["mailto:soren@example.dk"]
    assert (soren["CN"], soren["ROLE"], soren["PARTSTAT"], soren["RSVP"]) == (
        ["Søren Østergaard"], ["REQ-PARTICIPANT"], ["NEEDS-ACTION"], ["TRUE"])
    municipality = attendees["mailto:moeder@lejre.dk"]
    assert (municipality["ROLE"], municipality["RSVP"]) == (["NON-PARTICIPANT"], ["FALSE"])
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.INVITED.value


def test_the_mail_is_multipart_alternative_with_the_ics_attached(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    built, _ = services.invitations.send(meeting_id, agenda_pdf=("dagsorden.pdf", b"%PDF-1.4 agenda"), now=NOW)
    mail = next(b.mail for b in built if b.recipient.email == "Soren@Example.dk")
    parsed = email.message_from_bytes(mail.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/mixed"
    alternative, ics, pdf = parsed.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    text, calendar = alternative.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert "Du er inviteret til Bestyrelsesmøde" in text.get_content()
    assert "tirsdag 2. marts 2027 kl. 19.00–21.00" in text.get_content()
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"  # uppercase and equal to METHOD inside
    assert ics.get_content_type() == "application/ics" and ics.get_filename() == "invite.ics"
    assert ics.get_payload(decode=True) == calendar.get_payload(decode=True)
    assert b"\r\nMETHOD:REQUEST\r\n" in ics.get_payload(decode=True)
    assert pdf.get_content_type() == "application/pdf" and pdf.get_payload(decode=True) == b"%PDF-1.4 agenda"
    assert email.utils.parseaddr(parsed["From"])[1] == "ase@example.dk"
    assert email.utils.parseaddr(parsed["To"])[1] == "Soren@Example.dk"
    assert parsed["Subject"].startswith("Invitation: Bestyrelsesmøde")


def test_sending_queues_one_mail_per_invitee_in_the_outbox(planned) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from lokalraad_app.domain.models import OutboxMessage

    services, meeting_id = planned
    services.invitations.send(meeting_id, now=NOW)
    data = services.meeting.input_for(meeting_id)
    data.place = "Præstegården"
    services.meeting.update(meeting_id, data)
    services.invitations.send(meeting_id, now=NOW + timedelta(minutes=5))
    with services._store.read() as s:
        rows = list(s.exec(select(OutboxMessage).order_by(OutboxMessage.id)))
    assert [(r.recipient, r.status) for r in rows] == [
        ("laerke@example.dk", OutboxStatus.SUPERSEDED.value), ("soren@example.dk", OutboxStatus.SUPERSEDED.value),
        ("laerke@example.dk", OutboxStatus.PENDING.value), ("soren@example.dk", OutboxStatus.PENDING.value)]
    newest = email.message_from_string(json.loads(rows[-1].payload)["message"], policy=email.policy.default)
    assert b"LOCATION:Pr\xc3\xa6steg\xc3\xa5rden" in calendar_part(newest)  # type: ignore[arg-type]


def test_a_change_of_time_and_place_is_an_update_of_the_same_event(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    first, _ = services.invitations.send(meeting_id, now=NOW)
    rows = services.attendance.rows(meeting_id)
    services.attendance.set_answer(rows[0].id, Answer.YES)
    data = services.meeting.input_for(meeting_id)
    data.start, data.end, data.place = START + timedelta(days=1), START + timedelta(days=1, hours=3), "Præstegården"
    services.meeting.update(meeting_id, data)

    plan = services.invitations.plan(meeting_id, now=NOW)
    assert {m.kind for m in plan.messages} == {UPDATE} and len(plan.messages) == 2
    assert plan.change == ("Nyt tidspunkt: onsdag 3. marts 2027 kl. 19.00–22.00 (før tirsdag 2. marts 2027 "
                           "kl. 19.00–21.00). Nyt sted: Præstegården (før Forsamlingshuset).")
    built, _ = services.invitations.send(meeting_id, now=NOW + timedelta(hours=1))
    cal, vcal = both(calendar_part(built[0].mail))
    assert vcal.vevent.uid.value == str(vevents(calendar_part(first[0].mail))[0]["UID"])
    assert int(vcal.vevent.sequence.value) == 1 == services.meeting.detail(meeting_id).meeting.sequence
    assert vcal.vevent.dtstart.value == (START + timedelta(days=1)).astimezone(UTC)
    assert vcal.vevent.location.value == "Præstegården"
    assert plan.change in email.message_from_bytes(built[0].mail.as_bytes(), policy=email.policy.default) \
        .get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert built[0].mail["Subject"].startswith("Ændret: ")
    # A changed meeting asks again: the answers are back to waiting.
    assert {r.answer for r in services.attendance.rows(meeting_id)} == {Answer.PENDING.value}
    # Nothing changed since: nothing to send.
    assert services.invitations.plan(meeting_id, now=NOW).messages == ()


def test_a_new_agenda_is_an_update_without_a_new_sequence(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.invitations.send(meeting_id, now=NOW)
    services.agenda.add_item(meeting_id, ItemInput(title="Trafiksikkerhed på Bygaden"))
    plan = services.invitations.plan(meeting_id, now=NOW)
    assert {m.kind for m in plan.messages} == {UPDATE} and plan.sequence == 0
    built, _ = services.invitations.send(meeting_id, now=NOW + timedelta(hours=1))
    [event] = vevents(calendar_part(built[0].mail))
    assert int(event["SEQUENCE"]) == 0 and "Trafiksikkerhed på Bygaden" in str(event["DESCRIPTION"])


def test_a_new_invitee_gets_the_invitation_and_the_others_nothing(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.invitations.send(meeting_id, now=NOW)
    invite(services, meeting_id, ("Ib Holm", "ib@example.dk"))
    plan = services.invitations.plan(meeting_id, now=NOW)
    assert [(m.email, m.kind) for m in plan.messages] == [("ib@example.dk", INVITATION)]
    built, _ = services.invitations.send(meeting_id, now=NOW)
    [event] = vevents(calendar_part(built[0].mail))
    assert len(event["ATTENDEE"]) == 3  # the invitation names everyone invited


def test_a_removed_invitee_gets_a_cancel_with_the_next_sequence(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.invitations.send(meeting_id, now=NOW)
    laerke = next(r for r in services.attendance.rows(meeting_id) if r.email == "laerke@example.dk")
    services.attendance.remove(laerke.id)
    plan = services.invitations.plan(meeting_id, now=NOW)
    assert [(m.email, m.kind) for m in plan.messages] == [("laerke@example.dk", CANCELLATION)]
    built, _ = services.invitations.send(meeting_id, now=NOW)
    data = calendar_part(built[0].mail)
    cal, vcal = both(data)
    assert cal["METHOD"] == "CANCEL" and vcal.method.value == "CANCEL"
    assert built[0].mail.get_body(("plain",)) is not None
    assert vcal.vevent.status.value == "CANCELLED" and int(vcal.vevent.sequence.value) == 1
    assert [a.value for a in vcal.vevent.attendee_list] == ["mailto:laerke@example.dk"]
    assert services.meeting.detail(meeting_id).meeting.sequence == 1
    assert services.invitations.plan(meeting_id, now=NOW).messages == ()


def test_cancelling_the_meeting_sends_everyone_a_cancel(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.invitations.send(meeting_id, now=NOW)
    built, _ = services.invitations.cancel(meeting_id, now=NOW)
    assert sorted((b.recipient.email.lower(), b.kind) for b in built) == [
        ("laerke@example.dk", CANCELLATION), ("soren@example.dk", CANCELLATION)]
    for message in built:
        cal, vcal = both(calendar_part(message.mail))
        assert cal["METHOD"] == "CANCEL" and vcal.vevent.status.value == "CANCELLED"
        assert int(vcal.vevent.sequence.value) == 1
        assert message.mail["Subject"].startswith("Aflyst: ")
        assert "Bestyrelsesmøde er aflyst." in message.mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    detail = services.meeting.detail(meeting_id).meeting
    assert (detail.status, detail.sequence) == (MeetingStatus.CANCELLED.value, 1)
    assert services.invitations.plan(meeting_id, now=NOW).messages == ()


def test_a_meeting_never_sent_is_cancelled_without_mail(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    built, _ = services.invitations.cancel(meeting_id, now=NOW)
    assert built == []
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.CANCELLED.value


def test_no_invitation_for_a_meeting_that_is_over(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    later = START + timedelta(hours=3)
    for call in (lambda: services.invitations.plan(meeting_id, now=later),
                 lambda: services.invitations.send(meeting_id, now=later),
                 lambda: services.invitations.cancel(meeting_id, now=later)):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.code == "over"
    assert services.meeting.detail(meeting_id).meeting.status == MeetingStatus.PLANNED.value


def test_without_the_secretarys_address_nothing_is_built(services) -> None:  # type: ignore[no-untyped-def]
    meeting_id = meeting(services)
    invite(services, meeting_id, ("Ib Holm", "ib@example.dk"))
    with pytest.raises(ValidationError) as refused:
        services.invitations.send(meeting_id, now=NOW)
    assert refused.value.field == "secretary_email"


def test_invitees_without_an_address_are_listed(planned) -> None:  # type: ignore[no-untyped-def]
    services, meeting_id = planned
    services.attendance.add(meeting_id, name="Karen uden mail", guest=True)
    assert services.invitations.plan(meeting_id, now=NOW).without_email == ("Karen uden mail",)


# --- a series ---------------------------------------------------------------------------------------


@pytest.fixture
def series(services):  # type: ignore[no-untyped-def]
    """Monthly on the first Tuesday from February to June 2027 (summer time begins 28 March), 19.00 local;
    April's meeting moved to Wednesday, May's cancelled, June's deleted."""
    council(services)
    ids, _ = services.meeting.create_series(
        MeetingInput(title="Bestyrelsesmøde", start=datetime(2027, 2, 2, 19, tzinfo=CPH),
                     end=datetime(2027, 2, 2, 21, tzinfo=CPH), place="Forsamlingshuset"),
        frequency="monthly", until=date(2027, 7, 31), nth=1)
    for meeting_id in ids:
        invite(services, meeting_id, ("Søren Østergaard", "soren@example.dk"))
    april = services.meeting.input_for(ids[2])
    april.start, april.end = datetime(2027, 4, 7, 18, tzinfo=CPH), datetime(2027, 4, 7, 20, tzinfo=CPH)
    services.meeting.update(ids[2], april)
    may = services.meeting.input_for(ids[3])
    may.status = MeetingStatus.CANCELLED
    services.meeting.update(ids[3], may)
    services.meeting.delete(ids[4])
    return services, ids


def test_a_series_is_one_vevent_with_a_rule_in_local_time(series) -> None:  # type: ignore[no-untyped-def]
    services, ids = series
    built, _ = services.invitations.send(ids[0], now=NOW)
    assert len(built) == 1  # one invitation for the whole series
    data = calendar_part(built[0].mail)
    cal, vcal = both(data)
    masters = [e for e in vevents(data) if "RECURRENCE-ID" not in e]
    assert len(masters) == 1 and "RRULE" in masters[0]
    assert b"DTSTART;TZID=Europe/Copenhagen:20270202T190000" in data
    assert b"RRULE:FREQ=MONTHLY;UNTIL=20270731T215959Z;BYDAY=1TU" in data
    # The hand-written zone: one yearly rule each way, never a list of RDATEs.
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Copenhagen" and b"RDATE" not in data
    assert sorted((c.name, c["RRULE"].to_ical().decode()) for c in tz.subcomponents) == [
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"), ("STANDARD", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")]
    assert b"EXDATE;TZID=Europe/Copenhagen:20270601T190000" in data  # the deleted date
    overrides = {e.decoded("RECURRENCE-ID").astimezone(CPH).date(): e for e in vevents(data)
                 if "RECURRENCE-ID" in e}
    assert set(overrides) == {date(2027, 4, 6), date(2027, 5, 4)}
    assert str(overrides[date(2027, 5, 4)]["STATUS"]) == "CANCELLED"
    assert vcal.vevent.rruleset is not None

    # The dates a calendar shows: 19.00 local before and after summer time, April's on the Wednesday at 18.
    shown = recurring_ical_events.of(cal).between(date(2027, 1, 1), date(2028, 1, 1))
    got = sorted((e.decoded("DTSTART").astimezone(CPH), str(e.get("STATUS"))) for e in shown)
    assert got == [(datetime(2027, 2, 2, 19, tzinfo=CPH), "CONFIRMED"),
                   (datetime(2027, 3, 2, 19, tzinfo=CPH), "CONFIRMED"),
                   (datetime(2027, 4, 7, 18, tzinfo=CPH), "CONFIRMED"),
                   (datetime(2027, 5, 4, 19, tzinfo=CPH), "CANCELLED"),
                   (datetime(2027, 7, 6, 19, tzinfo=CPH), "CONFIRMED")]
    assert {e.decoded("DTSTART").astimezone(UTC).hour for e in shown} == {18, 17, 16}  # +01:00, then +02:00
    # vobject expands the same rule to the same dates (before overrides are applied).
    expanded = [d.astimezone(CPH) for d in vcal.vevent.getrruleset()]
    assert expanded == [datetime(2027, m, d, 19, tzinfo=CPH) for m, d in ((2, 2), (3, 2), (4, 6), (5, 4), (7, 6))]


def test_cancelling_one_date_of_a_series_cancels_that_date_only(series) -> None:  # type: ignore[no-untyped-def]
    services, ids = series
    services.invitations.send(ids[0], now=NOW)
    built, _ = services.invitations.cancel(ids[1], now=NOW)
    [message] = built
    data = calendar_part(message.mail)
    cal, vcal = both(data)
    assert cal["METHOD"] == "CANCEL" and vcal.vevent.status.value == "CANCELLED"
    assert vcal.vevent.recurrence_id.value == datetime(2027, 3, 2, 19, tzinfo=CPH)
    assert "RRULE" not in vevents(data)[0]
    sequence = int(vcal.vevent.sequence.value)
    assert sequence > 0 and {services.meeting.detail(i).meeting.sequence for i in ids[:4]} == {sequence}
    assert services.invitations.plan(ids[0], now=NOW).messages == ()


# --- the feed ---------------------------------------------------------------------------------------


def test_the_feed_holds_every_meeting_published_without_addresses(series) -> None:  # type: ignore[no-untyped-def]
    services, ids = series
    single = meeting(services, datetime(2027, 8, 10, 19, tzinfo=CPH))
    invite(services, single, ("Ib Holm", "ib@example.dk"))
    data = services.invitations.feed(now=NOW)
    cal, vcal = both(data)
    assert cal["METHOD"] == "PUBLISH" and b"ATTENDEE" not in data and b"mailto:" not in data
    assert str(cal["X-WR-CALNAME"]) == "Kirke Såby Lokalråd"
    shown = recurring_ical_events.of(cal).between(date(2027, 1, 1), date(2028, 1, 1))
    assert len(shown) == 6  # five dates of the series (one cancelled), and the August meeting
    assert len([c for c in vcal.getChildren() if c.name == "VEVENT"]) == 4  # series, two changed dates, single


# --- the command line, on the demo council ------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ics-demo") / "demo.sqlite"
    write_demo(path)
    return path


def test_ics_writes_the_whole_calendar_as_one_feed(demo: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kalender.ics"
    assert main(["ics", "--data", str(demo), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    data = out.read_bytes()
    cal, vcal = both(data)
    assert cal["METHOD"] == "PUBLISH" and b"ATTENDEE" not in data
    assert main(["meetings", "--data", str(demo), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == {m["uid"] for m in listed}
    assert len([c for c in vcal.getChildren() if c.name == "VEVENT"]) == len(listed)


def test_ics_writes_one_coming_meetings_invitation(demo: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", "--data", str(demo), "--json"]) == 0
    coming = next(m for m in json.loads(capsys.readouterr().out)
                  if datetime.fromisoformat(m["start"]) > datetime.now(UTC) + timedelta(days=1))
    out = tmp_path / "invitation.ics"
    assert main(["ics", "--data", str(demo), "--out", str(out), "--meeting", coming["uid"]]) == 0
    cal, vcal = both(out.read_bytes())
    assert cal["METHOD"] == "REQUEST" and vcal.vevent.uid.value == coming["uid"]
    assert vcal.vevent.summary.value == coming["title"]
    assert vcal.vevent.dtstart.value == datetime.fromisoformat(coming["start"])
    assert all(a.params["PARTSTAT"] == ["NEEDS-ACTION"] for a in vcal.vevent.attendee_list)


@pytest.mark.parametrize("args, reason", [
    (["--meeting", "no-such-uid"], "There is no meeting with the uid no-such-uid."),
    (["--meeting", "PAST"], "is over; invitations are only sent for meetings still to come."),
])
def test_ics_refuses_in_one_line(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 args: list[str], reason: str) -> None:
    assert main(["meetings", "--data", str(demo), "--json"]) == 0
    past = json.loads(capsys.readouterr().out)[0]["uid"]
    out = tmp_path / "x.ics"
    code = main(["ics", "--data", str(demo), "--out", str(out), *[past if a == "PAST" else a for a in args]])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("lokalraad: ") and reason in err
    assert not out.exists()


def test_ics_refuses_a_file_name_not_ending_in_ics(demo: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ics", "--data", str(demo), "--out", str(tmp_path / "kalender.txt")]) == 1
    assert capsys.readouterr().err.strip() == "lokalraad: kalender.txt: the calendar file must end in .ics"
