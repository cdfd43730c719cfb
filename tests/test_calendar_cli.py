"""`lokalraad import-ics`: an answer or a mirrored calendar, headless; one line either way, never half a change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lokalraad_app.cli import main
from lokalraad_app.services.bundle import open_services
from tests.test_calendar_replies import answers, council_with_meeting, ics, mail, reply
from tests.test_store_safety import dump

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "ics"


def prepared(council_file: Path) -> tuple[int, str]:
    services = open_services(council_file, backup=False)
    try:
        return council_with_meeting(services)
    finally:
        services.close()


def answers_in(council_file: Path, meeting_id: int) -> dict[str, str]:
    services = open_services(council_file, backup=False)
    try:
        return answers(services, meeting_id)
    finally:
        services.close()


def test_a_reply_mail_is_read_with_a_one_line_summary(council_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id, uid = prepared(council_file)
    source = mail(tmp_path, reply(uid, "mailto:Soren@Example.dk", "DECLINED"), "soren@example.dk")
    assert main(["import-ics", str(source), "--data", str(council_file)]) == 0
    out, err = capsys.readouterr()
    assert out == "Søren Østergaard answered no to Bestyrelsesmøde (2027-03-02 19:00)\n"
    assert err == ""
    assert answers_in(council_file, meeting_id)["Søren Østergaard"] == "no"


def test_a_reply_for_an_unknown_meeting_fails_with_one_line_and_no_change(council_file: Path, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    prepared(council_file)
    before = dump(council_file)
    source = ics(tmp_path, reply("ukendt-møde@example.com", "mailto:soren@example.dk"))
    assert main(["import-ics", str(source), "--data", str(council_file)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("lokalraad: the answer is for a meeting this council file does not have "
                   "(UID ukendt-møde@example.com); nothing was changed\n")
    assert dump(council_file) == before


def test_a_calendar_is_mirrored_from_the_command_line(council_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    prepared(council_file)
    day = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y%m%d")
    calendar = (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lejre Kommune//DA\r\nMETHOD:PUBLISH\r\n"
                f"BEGIN:VEVENT\r\nUID:1@lejre.dk\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{day}T160000Z\r\n"
                f"DTEND:{day}T190000Z\r\nSUMMARY:Byrådsmøde\r\nEND:VEVENT\r\n"
                f"BEGIN:VEVENT\r\nUID:2@lejre.dk\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Uden tid\r\nEND:VEVENT\r\n"
                f"END:VCALENDAR\r\n")
    source = tmp_path / "byraad.ics"
    source.write_text(calendar, encoding="utf-8")
    assert main(["import-ics", str(source), "--as-calendar", "Lejre Kommune", "--data", str(council_file)]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1
    assert out.startswith('imported calendar "Lejre Kommune" from byraad.ics: 1 event between ')
    assert out.endswith('; 1 of 2 events skipped: "Uden tid": no start time (DTSTART)\n')
    assert err == 'byraad.ics: skipped "Uden tid": no start time (DTSTART)\n'
    assert main(["import-ics", str(source), "--as-calendar", "lejre kommune", "--data", str(council_file)]) == 0
    assert capsys.readouterr().out.startswith('replaced calendar "Lejre Kommune"')


@pytest.mark.parametrize(("args", "reason"), [
    (["--as-calendar", "Fri/optaget"], "lokalraad: nothing imported: collective_icalendar_issue_27_multiple_periods_"
                                       "in_freebusy_one_freebusy.ics: the calendar holds no events (VEVENT), only "
                                       "VFREEBUSY\n"),
    ([], "lokalraad: collective_icalendar_issue_27_multiple_periods_in_freebusy_one_freebusy.ics: the reply holds no "
         "meeting (VEVENT), only VFREEBUSY\n"),
])
def test_a_file_with_nothing_usable_fails_with_its_reason(council_file: Path, capsys: pytest.CaptureFixture[str],
                                                          args: list[str], reason: str) -> None:
    prepared(council_file)
    before = dump(council_file)
    source = SAMPLES / "collective_icalendar_issue_27_multiple_periods_in_freebusy_one_freebusy.ics"
    assert main(["import-ics", str(source), *args, "--data", str(council_file)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", reason)
    assert dump(council_file) == before


def test_a_missing_source_is_named(council_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prepared(council_file)
    assert main(["import-ics", str(tmp_path / "svar.eml"), "--data", str(council_file)]) == 1
    assert capsys.readouterr().err == f"lokalraad: no file to import at {tmp_path / 'svar.eml'}\n"


def test_a_calendar_url_is_mirrored_from_the_command_line(council_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_calendar_mirrors import FeedServer

    day = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y%m%d")
    server = FeedServer(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:h@lejre.dk\r\n"
                        f"DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{day}\r\nSUMMARY:Høringsfrist\r\n"
                        f"END:VEVENT\r\nEND:VCALENDAR\r\n".encode())
    try:
        prepared(council_file)
        assert main(["import-ics", server.url, "--data", str(council_file)]) == 1
        assert capsys.readouterr().err == ("lokalraad: a URL is someone else's calendar to mirror: give it a name "
                                           "with --as-calendar NAME\n")
        assert main(["import-ics", server.url, "--as-calendar", "Høringer", "--data", str(council_file)]) == 0
        assert capsys.readouterr().out.startswith(f'imported calendar "Høringer" from {server.url}: 1 event between')
    finally:
        server.close()
