"""Invitees' answers read back from .ics files and saved mails (RFC 5546 REPLY / COUNTER / CANCEL examples,
Outlook's and Google's shapes) into a real council file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from sqlmodel import select

from lokalraad_app.domain.enums import Answer, MinutesStatus, Role
from lokalraad_app.domain.models import CalendarReply, Meeting
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.meetings import MeetingInput
from lokalraad_app.services.members import PersonInput
from tests.test_store_safety import dump

CPH = ZoneInfo("Europe/Copenhagen")
START = datetime(2027, 3, 2, 19, 0, tzinfo=CPH)
NOW = datetime(2027, 2, 20, 12, 0, tzinfo=UTC)


def council_with_meeting(services: AppServices) -> tuple[int, str]:
    """A board of three, invited to one meeting; returns the meeting's id and iCalendar UID."""
    for name, role in (("Søren Østergaard", Role.CHAIR), ("Mette Bæk", Role.SECRETARY), ("Jørgen Å", Role.MEMBER)):
        first = name.split()[0].lower().replace("ø", "o")
        services.members.add(PersonInput(name=name, email=f"{first}@example.dk", role=role,
                                         term_from=date(2026, 1, 1)))
    meeting_id, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=START,
                                                         end=START + timedelta(hours=2)))
    services.attendance.invite_board(meeting_id)
    return meeting_id, services.meeting.detail(meeting_id).meeting.uid


def answers(services: AppServices, meeting_id: int) -> dict[str, str]:
    return {r.name: r.answer for r in services.attendance.rows(meeting_id)}


def ics(tmp_path: Path, text: str, name: str = "svar.ics") -> Path:
    """Writes a hand-made iTIP object, checked first by an independent parser (vobject)."""
    text = text.strip().replace("\n", "\r\n") + "\r\n"
    parsed = vobject.readOne(text)
    assert parsed.method.value in ("REPLY", "COUNTER", "CANCEL")
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def reply(uid: str, attendee: str, partstat: str = "ACCEPTED", sequence: int = 0,
          dtstamp: str = "20270215T101500Z", organizer: bool = True, extra: str = "") -> str:
    """RFC 5546 section 4.2.2's REPLY, for our meeting."""
    return f"""
BEGIN:VCALENDAR
PRODID:-//Example/ExampleCalendarClient//EN
METHOD:REPLY
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT={partstat}:{attendee}
{"ORGANIZER:mailto:sekretaer@example.dk" if organizer else ""}
UID:{uid}
SEQUENCE:{sequence}
REQUEST-STATUS:2.0;Success
DTSTAMP:{dtstamp}
{extra}
END:VEVENT
END:VCALENDAR
""".replace("\n\n", "\n")


def outlook_reply(uid: str, attendee: str, partstat: str) -> str:
    """What Outlook / Exchange sends: no ORGANIZER, MAILTO in capitals, the address as typed, a comment."""
    return f"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT={partstat};CN="Mette Bæk":MAILTO:{attendee}
COMMENT;LANGUAGE=da-DK:Jeg er på ferie den uge
SUMMARY;LANGUAGE=da-DK:Afvist: Bestyrelsesmøde
DTSTART:20270302T180000Z
DTEND:20270302T200000Z
UID:{uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270216T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Forsamlingshuset
END:VEVENT
END:VCALENDAR
"""


def counter(uid: str) -> str:
    """RFC 5546 section 4.2.7's COUNTER (everyone listed), proposing the next evening."""
    return f"""
BEGIN:VCALENDAR
PRODID:-//Example/ExampleCalendarClient//EN
METHOD:COUNTER
VERSION:2.0
BEGIN:VEVENT
ORGANIZER:mailto:sekretaer@example.dk
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:soren@example.dk
ATTENDEE;RSVP=TRUE;TYPE=INDIVIDUAL:mailto:mette@example.dk
ATTENDEE;RSVP=TRUE;TYPE=INDIVIDUAL:mailto:jorgen@example.dk
DTSTART:20270303T180000Z
DTEND:20270303T200000Z
SUMMARY:Bestyrelsesmøde
LOCATION:Forsamlingshuset
COMMENT:Onsdag passer meget bedre for mig
UID:{uid}
SEQUENCE:0
DTSTAMP:20270216T190000Z
END:VEVENT
END:VCALENDAR
"""


def mail(tmp_path: Path, calendar: str, sender: str, method: str | None = "REPLY", google: bool = False,
         name: str = "svar.eml") -> Path:
    """A saved mail as clients send an iTIP object (RFC 6047): text and calendar as alternatives, plus the
    .ics attached; Google's leaves out the method parameter and sends the calendar base64-encoded."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sekretaer@example.dk"
    message["Subject"] = "Svar: Bestyrelsesmøde"
    message.set_content("Se vedhæftede svar.")
    body = calendar.strip().replace("\n", "\r\n") + "\r\n"
    params = {"method": method} if method else {}
    message.add_alternative(body.encode("utf-8"), maintype="text", subtype="calendar", params=params,
                            cte="base64" if google else "quoted-printable")
    message.add_attachment(body.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


# --- replies ----------------------------------------------------------------------------------------


def test_rfc5546_reply_sets_the_invitees_answer_and_is_recorded(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    result = services.calendar_import.import_replies(ics(tmp_path, reply(uid, "mailto:soren@example.dk")), now=NOW)
    assert answers(services, meeting_id) == {"Søren Østergaard": "yes", "Mette Bæk": "pending", "Jørgen Å": "pending"}
    assert result.summary() == "Søren Østergaard answered yes to Bestyrelsesmøde (2027-03-02 19:00)"
    assert f"meeting:{meeting_id}" in result.changes
    with services._store.read() as s:
        [row] = s.exec(select(CalendarReply)).all()
    assert (row.method, row.partstat, row.applied, row.dtstamp) == (
        "REPLY", "ACCEPTED", True, datetime(2027, 2, 15, 10, 15, tzinfo=UTC))


def test_outlook_reply_without_organizer_matches_the_address_whatever_its_case(services: AppServices,
                                                                               tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    services.calendar_import.import_replies(ics(tmp_path, outlook_reply(uid, "METTE@Example.DK", "DECLINED")), now=NOW)
    assert answers(services, meeting_id)["Mette Bæk"] == Answer.NO.value


@pytest.mark.parametrize("google", [False, True], ids=["thunderbird-shape", "google-shape"])
def test_reply_in_a_saved_mail(services: AppServices, tmp_path: Path, google: bool) -> None:
    meeting_id, uid = council_with_meeting(services)
    path = mail(tmp_path, reply(uid, "mailto:jorgen@example.dk", "TENTATIVE"), "Jørgen Å <jorgen@example.dk>",
                method=None if google else "REPLY", google=google)
    services.calendar_import.import_replies(path, now=NOW)
    assert answers(services, meeting_id)["Jørgen Å"] == Answer.MAYBE.value


def test_an_older_reply_is_recorded_but_does_not_overwrite(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    importer = services.calendar_import
    # Søren declines on the 16th; his earlier acceptance (the 15th) is read only afterwards.
    importer.import_replies(ics(tmp_path, reply(uid, "mailto:soren@example.dk", "DECLINED",
                                                dtstamp="20270216T090000Z"), "new.ics"), now=NOW)
    late = importer.import_replies(ics(tmp_path, reply(uid, "mailto:soren@example.dk", "ACCEPTED",
                                                       dtstamp="20270215T090000Z"), "old.ics"), now=NOW)
    assert answers(services, meeting_id)["Søren Østergaard"] == "no"
    assert late.summary() == ("Søren Østergaard's answer yes to Bestyrelsesmøde (2027-03-02 19:00) was recorded but "
                              "not applied: it is older than the answer already read")
    # SEQUENCE counts before DTSTAMP: an answer to a later version wins even with an older stamp.
    importer.import_replies(ics(tmp_path, reply(uid, "mailto:soren@example.dk", "ACCEPTED", sequence=1,
                                                dtstamp="20270214T090000Z"), "seq.ics"), now=NOW)
    assert answers(services, meeting_id)["Søren Østergaard"] == "yes"
    with services._store.read() as s:
        rows = s.exec(select(CalendarReply).order_by(CalendarReply.id)).all()  # type: ignore[arg-type]
    assert [(r.partstat, r.applied, r.not_applied_reason) for r in rows] == [
        ("DECLINED", True, ""), ("ACCEPTED", False, "older"), ("ACCEPTED", True, "")]


def test_a_reply_to_an_earlier_version_of_the_meeting_is_not_applied(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    with services._store.session() as s:  # the meeting was moved and re-sent since: SEQUENCE 2
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.sequence = 2
    result = services.calendar_import.import_replies(
        ics(tmp_path, reply(uid, "mailto:mette@example.dk", sequence=1)), now=NOW)
    assert answers(services, meeting_id)["Mette Bæk"] == "pending"
    assert result.outcomes[0].reason == "outdated"
    assert result.summary().endswith("it answers an earlier version of the meeting")


def test_the_same_reply_read_twice_is_kept_once(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    path = ics(tmp_path, reply(uid, "mailto:soren@example.dk"))
    services.calendar_import.import_replies(path, now=NOW)
    again = services.calendar_import.import_replies(path, now=NOW)
    assert again.outcomes[0].reason == "already_read"
    with services._store.read() as s:
        assert len(s.exec(select(CalendarReply)).all()) == 1
    assert answers(services, meeting_id)["Søren Østergaard"] == "yes"


def test_a_reply_after_the_minutes_are_approved_is_recorded_only(services: AppServices, tmp_path: Path) -> None:
    council_with_meeting(services)
    held = datetime(2026, 11, 3, 19, 0, tzinfo=CPH)
    meeting_id, _ = services.meeting.create(MeetingInput(title="Novembermøde", start=held,
                                                         end=held + timedelta(hours=2)))
    services.attendance.invite_board(meeting_id)
    services.minutes.set_minutes_status(meeting_id, MinutesStatus.APPROVED)  # the store now locks the minutes
    uid = services.meeting.detail(meeting_id).meeting.uid
    result = services.calendar_import.import_replies(ics(tmp_path, reply(uid, "mailto:soren@example.dk")), now=NOW)
    assert result.outcomes[0].reason == "locked"
    assert answers(services, meeting_id)["Søren Østergaard"] == "pending"


# --- counter-proposals ------------------------------------------------------------------------------


def test_a_counter_proposal_is_listed_for_the_secretary_and_never_applied(services: AppServices,
                                                                          tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    importer = services.calendar_import
    result = importer.import_replies(mail(tmp_path, counter(uid), "Mette Bæk <Mette@example.dk>", "COUNTER"), now=NOW)
    assert result.summary() == ("Mette Bæk proposes 2027-03-03 19:00–21:00 for Bestyrelsesmøde (2027-03-02 19:00); "
                                "recorded for the secretary to decide")
    detail = services.meeting.detail(meeting_id)
    assert detail.meeting.start == START  # the meeting did not move
    assert set(answers(services, meeting_id).values()) == {"pending"}  # nor did anyone's answer change
    [proposal] = importer.counter_proposals()
    assert (proposal.name, proposal.email, proposal.comment) == ("Mette Bæk", "mette@example.dk",
                                                                 "Onsdag passer meget bedre for mig")
    assert proposal.proposed_start == datetime(2027, 3, 3, 19, 0, tzinfo=CPH)
    assert proposal.proposed_end == datetime(2027, 3, 3, 21, 0, tzinfo=CPH)
    assert importer.counter_proposals(meeting_id) == [proposal]
    importer.dismiss_counter(proposal.id)
    assert importer.counter_proposals() == []


def test_a_counter_naming_everyone_without_the_mail_is_refused(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(ics(tmp_path, counter(uid)), now=NOW)
    assert (refused.value.field, refused.value.code) == ("source", "several_attendees")
    assert "import the mail (.eml)" in refused.value.message
    assert dump(services.path) == before


# --- refusals -----------------------------------------------------------------------------------------


def test_a_reply_for_an_unknown_meeting_is_refused_and_nothing_changes(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(
            ics(tmp_path, reply("calsrv.example.com-873970198738777@example.com", "mailto:soren@example.dk")), now=NOW)
    assert (refused.value.field, refused.value.code) == ("meeting", "unknown")
    assert "calsrv.example.com-873970198738777@example.com" in refused.value.message
    assert dump(services.path) == before


def test_a_reply_from_someone_not_invited_is_refused_with_the_whole_file(services: AppServices,
                                                                        tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    # One file, two answers (a series' occurrences, say): the second is from a stranger.
    two = reply(uid, "mailto:soren@example.dk").replace(
        "END:VCALENDAR", reply(uid, "mailto:fremmed@example.com").split("VERSION:2.0")[1])
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(ics(tmp_path, two), now=NOW)
    assert (refused.value.field, refused.value.code) == ("attendee", "unknown")
    assert refused.value.message.startswith("fremmed@example.com is not invited to Bestyrelsesmøde (2027-03-02)")
    assert dump(services.path) == before
    assert answers(services, meeting_id)["Søren Østergaard"] == "pending"


def test_a_cancellation_is_not_an_answer(services: AppServices, tmp_path: Path) -> None:
    _, uid = council_with_meeting(services)
    cancel = f"""
BEGIN:VCALENDAR
PRODID:-//Example/ExampleCalendarClient//EN
METHOD:CANCEL
VERSION:2.0
BEGIN:VEVENT
ORGANIZER:mailto:a@example.com
ATTENDEE;ROLE=CHAIR:mailto:a@example.com
ATTENDEE:mailto:soren@example.dk
COMMENT:Mr. B cannot attend. It's raining. Lets cancel.
UID:{uid}
SEQUENCE:1
STATUS:CANCELLED
DTSTAMP:19970613T190000Z
END:VEVENT
END:VCALENDAR
"""
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(ics(tmp_path, cancel), now=NOW)
    assert (refused.value.field, refused.value.code) == ("source", "cancel")


def test_an_invitation_or_a_mail_without_calendar_is_not_an_answer(services: AppServices, tmp_path: Path) -> None:
    council_with_meeting(services)
    sample = Path(__file__).resolve().parents[2] / "shared/samples/ics/collective_icalendar_property_params.ics"
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(sample, now=NOW)
    assert refused.value.code == "not_reply" and "--as-calendar" in refused.value.message
    plain = EmailMessage()
    plain["From"] = "soren@example.dk"
    plain["Subject"] = "Jeg kommer"
    plain.set_content("Jeg kommer gerne.")
    (tmp_path / "plain.eml").write_bytes(bytes(plain))
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(tmp_path / "plain.eml", now=NOW)
    assert refused.value.code == "no_calendar_in_mail"


# --- series -------------------------------------------------------------------------------------------


def test_a_reply_to_a_series_reaches_its_dates_ahead_or_the_one_named(services: AppServices, tmp_path: Path) -> None:
    council_with_meeting(services)
    first = datetime(2027, 1, 5, 19, 0, tzinfo=CPH)
    ids, _ = services.meeting.create_series(MeetingInput(title="Månedsmøde", start=first,
                                                         end=first + timedelta(hours=2)),
                                            "monthly", until=date(2027, 4, 30), nth=1)
    for meeting_id in ids:
        services.attendance.invite_board(meeting_id)
    series_uid = services.meeting.detail(ids[0]).meeting.series_uid
    assert series_uid
    # The whole series, read on 20 February: January's and February's meetings are over.
    services.calendar_import.import_replies(ics(tmp_path, reply(series_uid, "mailto:soren@example.dk", "ACCEPTED"),
                                                "series.ics"), now=NOW)
    assert [answers(services, i)["Søren Østergaard"] for i in ids] == ["pending", "pending", "yes", "yes"]
    # One date: April's, by its RECURRENCE-ID (the original start, 6 April 19:00 summer time = 17:00 UTC).
    services.calendar_import.import_replies(ics(tmp_path, reply(
        series_uid, "mailto:soren@example.dk", "DECLINED", dtstamp="20270301T090000Z",
        extra="RECURRENCE-ID:20270406T170000Z"), "april.ics"), now=NOW)
    assert [answers(services, i)["Søren Østergaard"] for i in ids] == ["pending", "pending", "yes", "no"]


def test_erasing_a_person_removes_their_replies(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    services.calendar_import.import_replies(mail(tmp_path, counter(uid), "mette@example.dk", "COUNTER"), now=NOW)
    [proposal] = services.calendar_import.counter_proposals()
    person_id = next(r.person_id for r in services.attendance.rows(meeting_id) if r.name == "Mette Bæk")
    assert person_id is not None
    services.members.erase(person_id)
    assert services.calendar_import.counter_proposals() == []
    assert "Onsdag passer" not in dump(services.path)


def test_a_malformed_answer_is_refused_with_the_parsers_words(services: AppServices, tmp_path: Path) -> None:
    _, uid = council_with_meeting(services)
    mixed = counter(uid).replace("DTSTART:20270303T180000Z", "DTSTART;VALUE=DATE:20270303")
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:
        services.calendar_import.import_replies(mail(tmp_path, mixed, "mette@example.dk", "COUNTER"), now=NOW)
    assert (refused.value.field, refused.value.code) == ("source", "unreadable")
    assert "DTSTART and DTEND must be of the same type" in refused.value.message
    assert dump(services.path) == before


def test_invitees_sharing_an_address_are_told_apart_by_name(services: AppServices, tmp_path: Path) -> None:
    meeting_id, uid = council_with_meeting(services)
    # A household: Jørgen's wife is invited as a guest on the same address.
    services.attendance.add(meeting_id, name="Inge Å", email="Jorgen@example.dk", guest=True)
    answer = reply(uid, "mailto:jorgen@example.dk", "DECLINED").replace("ATTENDEE;", 'ATTENDEE;CN="Inge Å";')
    services.calendar_import.import_replies(ics(tmp_path, answer, "inge.ics"), now=NOW)
    assert answers(services, meeting_id)["Inge Å"] == "no" and answers(services, meeting_id)["Jørgen Å"] == "pending"
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:  # no name: whose answer it is cannot be told
        services.calendar_import.import_replies(ics(tmp_path, reply(uid, "mailto:jorgen@example.dk"), "x.ics"), now=NOW)
    assert (refused.value.field, refused.value.code) == ("attendee", "shared_address")
    assert dump(services.path) == before
