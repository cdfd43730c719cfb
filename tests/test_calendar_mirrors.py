"""Calendars of others mirrored read-only beside our meetings: the 16 real files of ../shared/samples/ics (read
in place), a municipal calendar with the faults real ones have, re-import, refusals, and the read API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lokalraad_app.services.bundle import AppServices
from lokalraad_app.services.errors import ValidationError
from tests.test_store_safety import dump

CPH = ZoneInfo("Europe/Copenhagen")
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "ics"
NOW = datetime(2027, 2, 1, 12, 0, tzinfo=UTC)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


# Each sample is imported as if on a day of its own time ("now"; the mirror holds a year back and two
# ahead), and yields: how many events it has, how many occurrences fall in the window, and the first one
# (title, start and end in Danish time, all-day) -- or the refusal's code.
SAMPLE_CASES = [
    ("collective_icalendar_alarm_etar_future.ics", datetime(2024, 9, 1, tzinfo=UTC),
     (1, 1, ("event with alarms android", local(2024, 10, 5, 14, 0), local(2024, 10, 5, 15, 0), False))),
    # X-WR-TIMEZONE (London) differs from the VTIMEZONE (Berlin); the times are in UTC, so both agree.
    ("collective_icalendar_alarm_google_future.ics", datetime(2024, 9, 1, tzinfo=UTC),
     (1, 1, ("event with alarms", local(2024, 10, 4, 20, 15), local(2024, 10, 4, 21, 0), False))),
    # "BYDAY=MO, TU, WE, TH, FR" read as meant; no UID; a quoted Windows-style zone: 14 working days.
    ("collective_icalendar_issue_165_missing_event.ics", datetime(2015, 7, 1, tzinfo=UTC),
     (1, 14, ("Sprint 25 Daily Standup", local(2015, 7, 3, 10, 0), local(2015, 7, 3, 10, 30), False))),
    ("collective_icalendar_issue_27_multiple_periods_in_freebusy_one_freebusy.ics", datetime(2012, 1, 1, tzinfo=UTC),
     "no_events"),
    ("collective_icalendar_property_params.ics", datetime(2012, 8, 1, tzinfo=UTC),
     (1, 1, ("Test meeting from BB", local(2012, 8, 14, 0, 0), local(2012, 8, 15, 0, 0), True))),
    # "Pacific Standard Time" with 1601 anchors: noon in California is 21:00 in Denmark.
    ("collective_icalendar_timezone_same_start.ics", datetime(2017, 2, 1, tzinfo=UTC),
     (1, 1, ("Test 4", local(2017, 2, 24, 21, 0), local(2017, 2, 24, 21, 30), False))),
    ("niccokunzmann_python-recurring-ical-events_Germany.ics", datetime(2019, 1, 1, tzinfo=UTC),
     (159, 40, ("Germany: New Year's Day", local(2018, 1, 1, 0, 0), local(2018, 1, 2, 0, 0), True))),
    ("niccokunzmann_python-recurring-ical-events_daylight_saving_time.ics", datetime(2019, 1, 1, tzinfo=UTC),
     (64, 833, ("Freifunktreffen", local(2018, 1, 2, 18, 0), local(2018, 1, 2, 21, 0), False))),
    # Weekly, COUNT=8, two dates taken out: 6.
    ("niccokunzmann_python-recurring-ical-events_each_week_but_two_deleted.ics", datetime(2019, 3, 1, tzinfo=UTC),
     (1, 6, ("test6", local(2019, 3, 4, 0, 30), local(2019, 3, 4, 1, 0), False))),
    ("niccokunzmann_python-recurring-ical-events_issue_20_exdate_ignored.ics", datetime(2019, 10, 1, tzinfo=UTC),
     (1, 7, ("Test", local(2019, 10, 29, 16, 15), local(2019, 10, 29, 17, 45), False))),
    ("niccokunzmann_python-recurring-ical-events_issue_223_thunderbird.ics", datetime(2025, 4, 1, tzinfo=UTC),
     (3, 5, ("event", local(2025, 4, 23, 10, 0), local(2025, 4, 23, 11, 0), False))),
    # Daily 26-28 April, the 27th taken out; "W. Europe Standard Time".
    ("niccokunzmann_python-recurring-ical-events_issue_27_t1.ics", datetime(2020, 4, 1, tzinfo=UTC),
     (1, 2, ("Reoccur", local(2020, 4, 26, 14, 0), local(2020, 4, 26, 14, 30), False))),
    ("niccokunzmann_python-recurring-ical-events_issue_28_rrule_with_UTC_endinginZ.ics",
     datetime(2020, 4, 1, tzinfo=UTC),
     (5, 24, ("Refuse black bin", local(2020, 4, 2, 0, 0), local(2020, 4, 3, 0, 0), True))),
    # A monthly event whose 31 December was moved to the 17th: the 17th is there, the 31st is not.
    ("niccokunzmann_python-recurring-ical-events_issue_62_moved_event.ics", datetime(2021, 11, 1, tzinfo=UTC),
     (2, 24, ("Karaoke", local(2021, 11, 26, 21, 30), local(2021, 11, 26, 21, 30), False))),
    ("niccokunzmann_python-recurring-ical-events_recurrence_sequence_number.ics", datetime(2020, 9, 1, tzinfo=UTC),
     (2, 104, ("Base event", local(2020, 9, 8, 0, 0), local(2020, 9, 9, 0, 0), True))),
    # X-WR-TIMEZONE New York with UTC times: Google shows noon and 9 PM there; 18:00 and 03:00 here.
    ("niccokunzmann_python-recurring-ical-events_x_wr_timezone_simple_events_issue_59.ics",
     datetime(2021, 12, 1, tzinfo=UTC),
     (2, 2, ("Google Calendar says this is noon to 1PM on 12/22/2021", local(2021, 12, 22, 18, 0),
             local(2021, 12, 22, 19, 0), False))),
]


def test_the_cases_cover_every_sample_file() -> None:
    assert SAMPLES.is_dir(), f"the sample calendars belong in {SAMPLES} (see the issue)"
    assert sorted(p.name for p in SAMPLES.glob("*.ics")) == sorted(name for name, _, _ in SAMPLE_CASES)


@pytest.mark.parametrize(("name", "now", "expected"), SAMPLE_CASES, ids=[c[0][:60] for c in SAMPLE_CASES])
def test_each_sample_file_imports_as_a_calendar_or_is_refused_with_a_reason(
        services: AppServices, name: str, now: datetime,
        expected: str | tuple[int, int, tuple[str, datetime, datetime, bool]]) -> None:
    importer = services.calendar_import
    if isinstance(expected, str):
        before = dump(services.path)
        with pytest.raises(ValidationError) as refused:
            importer.import_calendar(SAMPLES / name, "Prøve", now=now)
        assert (refused.value.field, refused.value.code) == ("source", expected)
        assert refused.value.message.startswith(f"nothing imported: {name}: ")
        assert dump(services.path) == before
        return
    total, count, (title, start, end, all_day) = expected
    result = importer.import_calendar(SAMPLES / name, "Prøve", now=now)
    assert (result.total, result.events, result.skipped) == (total, count, [])
    events = importer.events_between(now - timedelta(days=366), now + timedelta(days=731))
    assert len(events) == count
    first = events[0]
    assert (first.title, first.start, first.end, first.all_day, first.source_name) == (title, start, end, all_day,
                                                                                       "Prøve")
    assert first.start.tzinfo == CPH
    if "moved_event" in name:  # the moved occurrence is where it was moved to, and only there
        december = [e.start.date().isoformat() for e in events if e.start.month == 12 and e.start.year == 2021]
        assert december == ["2021-12-17"]


# --- a municipality's calendar, with the faults real ones have ----------------------------------------

MUNICIPAL = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
X-WR-CALNAME:Lejre Kommune: politiske møder
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9
DTSTAMP:20270101T080000Z
DTSTART;TZID=Romance Standard Time:20270311T160000
DTEND;TZID=Romance Standard Time:20270311T190000
SUMMARY:Byrådsmøde
LOCATION:Rådhuset\\, Allerslev
END:VEVENT
BEGIN:VEVENT
UID:plan-og-teknik@lejre.dk
DTSTAMP:20270101T080000Z
DTSTART;TZID=Romance Standard Time:20270105T150000
DTEND;TZID=Romance Standard Time:20270105T170000
RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6
EXDATE;TZID=Romance Standard Time:20270202T150000
SUMMARY:Plan- og Teknikudvalget
END:VEVENT
BEGIN:VEVENT
UID:plan-og-teknik@lejre.dk
DTSTAMP:20270101T080000Z
RECURRENCE-ID;TZID=Romance Standard Time:20270302T150000
DTSTART;TZID=Romance Standard Time:20270303T150000
DTEND;TZID=Romance Standard Time:20270303T170000
SUMMARY:Plan- og Teknikudvalget (flyttet)
END:VEVENT
BEGIN:VEVENT
UID:hoering-vindmoeller@lejre.dk
DTSTAMP:20270101T080000Z
DTSTART;VALUE=DATE:20270415
DTEND;VALUE=DATE:20270416
SUMMARY:Høringsfrist: vindmøller ved Kirke Såby
END:VEVENT
BEGIN:VEVENT
UID:aflyst@lejre.dk
DTSTAMP:20270101T080000Z
DTSTART:20270320T100000Z
STATUS:CANCELLED
SUMMARY:Borgermøde (aflyst)
END:VEVENT
BEGIN:VEVENT
UID:no-start@lejre.dk
DTSTAMP:20270101T080000Z
SUMMARY:Dialogmøde uden tid
END:VEVENT
BEGIN:VEVENT
UID:bad-date@lejre.dk
DTSTAMP:20270101T080000Z
DTSTART:2027-04-01 19:00
SUMMARY:Åbent hus
END:VEVENT
BEGIN:VEVENT
UID:backwards@lejre.dk
DTSTAMP:20270101T080000Z
DTSTART:20270410T190000Z
DTEND:20270410T170000Z
SUMMARY:Budgetseminar
END:VEVENT
END:VCALENDAR
"""


def write(tmp_path: Path, text: str, name: str = "lejre.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_a_municipal_calendar_is_mirrored_and_its_unreadable_events_listed(services: AppServices,
                                                                          tmp_path: Path) -> None:
    importer = services.calendar_import
    result = importer.import_calendar(write(tmp_path, MUNICIPAL), "Lejre Kommune", now=NOW)
    assert result.summary() == (
        'imported calendar "Lejre Kommune" from lejre.ics: 7 events between 2026-02-01 and 2029-01-31; '
        '3 of 8 events skipped: "Dialogmøde uden tid": no start time (DTSTART); "Åbent hus": unreadable DTSTART; '
        '"Budgetseminar": ends before it starts')
    shown = [(e.title, e.start, e.end, e.all_day, e.location)
             for e in importer.events_between(local(2027, 1, 1, 0, 0), local(2027, 5, 1, 0, 0))]
    committee = "Plan- og Teknikudvalget"
    assert shown == [
        # Every fourth Tuesday, "Romance Standard Time" being Danish time; 2 February taken out (EXDATE).
        (committee, local(2027, 1, 5, 15, 0), local(2027, 1, 5, 17, 0), False, ""),
        # 2 March moved to Wednesday 3 March (RECURRENCE-ID).
        (f"{committee} (flyttet)", local(2027, 3, 3, 15, 0), local(2027, 3, 3, 17, 0), False, ""),
        ("Byrådsmøde", local(2027, 3, 11, 16, 0), local(2027, 3, 11, 19, 0), False, "Rådhuset, Allerslev"),
        # Summer time from 28 March: still 15.00 Danish time.
        (committee, local(2027, 3, 30, 15, 0), local(2027, 3, 30, 17, 0), False, ""),
        ("Høringsfrist: vindmøller ved Kirke Såby", local(2027, 4, 15, 0, 0), local(2027, 4, 16, 0, 0), True, ""),
        (committee, local(2027, 4, 27, 15, 0), local(2027, 4, 27, 17, 0), False, ""),
    ]  # the cancelled citizens' meeting is not there
    [source] = importer.sources()
    assert (source.name, source.events, source.location) == ("Lejre Kommune", 7, str(tmp_path / "lejre.ics"))


def test_google_x_wr_timezone_calendar_is_read_in_its_zone(services: AppServices, tmp_path: Path) -> None:
    # Google writes floating times and names the zone only in X-WR-TIMEZONE.
    google = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Borgmesterens kalender
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20270310T090000
DTEND:20270310T100000
DTSTAMP:20270101T000000Z
UID:abc123@google.com
SUMMARY:Venskabsby
END:VEVENT
END:VCALENDAR
"""
    services.calendar_import.import_calendar(write(tmp_path, google), "Borgmester", now=NOW)
    [event] = services.calendar_import.events_between(local(2027, 3, 1, 0, 0), local(2027, 4, 1, 0, 0))
    # 9.00 in New York (winter time until 14 March) is 15.00 in Denmark, not 9.00.
    assert (event.start, event.end) == (local(2027, 3, 10, 15, 0), local(2027, 3, 10, 16, 0))


def test_importing_the_same_source_again_replaces_it(services: AppServices, tmp_path: Path) -> None:
    importer = services.calendar_import
    importer.import_calendar(write(tmp_path, MUNICIPAL), "Lejre Kommune", now=NOW)
    other = importer.import_calendar(write(tmp_path, MUNICIPAL.replace("Byrådsmøde", "Ekstraordinært byrådsmøde"),
                                           "other.ics"), "Høringer", now=NOW)
    again = importer.import_calendar(write(tmp_path, MUNICIPAL.replace("Byrådsmøde", "Byrådsmøde (ny dagsorden)"),
                                           "lejre2.ics"), "  lejre  kommune ", now=NOW)
    assert again.replaced and again.source_id != other.source_id
    assert again.summary().startswith('replaced calendar "Lejre Kommune" from lejre2.ics: 7 events')
    assert [(s.name, s.events) for s in importer.sources()] == [("Høringer", 7), ("Lejre Kommune", 7)]
    titles = [e.title for e in importer.events_between(local(2027, 3, 11, 0, 0), local(2027, 3, 12, 0, 0))]
    assert titles == ["Byrådsmøde (ny dagsorden)", "Ekstraordinært byrådsmøde"]
    only = importer.events_between(local(2027, 3, 11, 0, 0), local(2027, 3, 12, 0, 0), source_ids=[other.source_id])
    assert [e.source_name for e in only] == ["Høringer"]
    importer.remove_source(other.source_id)
    assert [s.name for s in importer.sources()] == ["Lejre Kommune"]


def test_a_file_with_nothing_usable_is_refused_and_the_mirror_kept(services: AppServices, tmp_path: Path) -> None:
    importer = services.calendar_import
    importer.import_calendar(write(tmp_path, MUNICIPAL), "Lejre Kommune", now=NOW)
    before = dump(services.path)
    broken = MUNICIPAL[:MUNICIPAL.index("BEGIN:VEVENT")] + MUNICIPAL[MUNICIPAL.index("BEGIN:VEVENT\nUID:no-start"):]
    with pytest.raises(ValidationError) as refused:
        importer.import_calendar(write(tmp_path, broken, "broken.ics"), "Lejre Kommune", now=NOW)
    assert (refused.value.field, refused.value.code) == ("source", "nothing_usable")
    skipped = ('"Dialogmøde uden tid": no start time (DTSTART); "Åbent hus": unreadable DTSTART; '
               '"Budgetseminar": ends before it starts')
    assert refused.value.message == f"nothing imported: broken.ics: 3 of 3 events skipped: {skipped}"
    # Events only long ago: nothing in the window.
    with pytest.raises(ValidationError) as refused:
        importer.import_calendar(write(tmp_path, MUNICIPAL, "old.ics"), "Lejre Kommune", now=NOW + timedelta(days=3650))
    assert refused.value.code == "outside_window"
    assert refused.value.message.startswith("nothing imported: none of the 8 events in old.ics falls between 2036-")
    assert refused.value.message.endswith("; 3 of 8 events skipped: " + skipped)
    for text, code in (("", "empty"), ("Referat fra mødet\n", "not_calendar"),
                       ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n", "unreadable")):
        with pytest.raises(ValidationError) as refused:
            importer.import_calendar(write(tmp_path, text, "bad.ics"), "Lejre Kommune", now=NOW)
        assert refused.value.code == code
    with pytest.raises(ValidationError) as refused:
        importer.import_calendar(tmp_path / "missing.ics", "Lejre Kommune", now=NOW)
    assert refused.value.code == "unreadable"
    with pytest.raises(ValidationError) as refused:
        importer.import_calendar(write(tmp_path, MUNICIPAL), "  ", now=NOW)
    assert (refused.value.field, refused.value.code) == ("name", "required")
    assert dump(services.path) == before


def test_events_between_takes_what_overlaps_the_window(services: AppServices, tmp_path: Path) -> None:
    importer = services.calendar_import
    importer.import_calendar(write(tmp_path, MUNICIPAL), "Lejre Kommune", now=NOW)
    day = local(2027, 3, 11, 0, 0)
    assert [e.title for e in importer.events_between(day, day + timedelta(days=1))] == ["Byrådsmøde"]
    assert [e.title for e in importer.events_between(local(2027, 3, 11, 18, 0), local(2027, 3, 11, 18, 1))] == [
        "Byrådsmøde"]  # running at that minute
    assert importer.events_between(local(2027, 3, 11, 19, 0), local(2027, 3, 12, 0, 0)) == []  # ended at 19.00
    deadline = importer.events_between(local(2027, 4, 15, 0, 0), local(2027, 4, 16, 0, 0))
    assert [(e.title, e.all_day) for e in deadline] == [("Høringsfrist: vindmøller ved Kirke Såby", True)]
    assert importer.events_between(local(2027, 4, 16, 0, 0), local(2027, 4, 17, 0, 0)) == []
    with pytest.raises(ValueError):
        importer.events_between(datetime(2027, 3, 1), datetime(2027, 4, 1))


def test_a_calendar_in_a_saved_mail_is_mirrored(services: AppServices, tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "kalender@lejre.dk"
    message["Subject"] = "Mødekalender"
    message.set_content("Mødekalenderen er vedhæftet.")
    message.add_attachment(MUNICIPAL.encode("utf-8"), maintype="application", subtype="octet-stream",
                           filename="moeder.ics")
    (tmp_path / "kalender.eml").write_bytes(bytes(message))
    result = services.calendar_import.import_calendar(tmp_path / "kalender.eml", "Lejre Kommune", now=NOW)
    assert result.events == 7


# --- a subscribed calendar, fetched with its ETag from a real HTTP server on loopback ------------------


class FeedServer:
    """A calendar feed as a municipality serves one: an ETag, 304 for an unchanged one, 404 once it is gone."""

    def __init__(self, body: bytes) -> None:
        import http.server
        import threading

        self.body, self.etag, self.status = body, '"v1"', 200
        self.requests: list[dict[str, str]] = []
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 -- the standard library's name
                feed.requests.append({k.lower(): v for k, v in self.headers.items()})
                if feed.status != 200:
                    self.send_error(feed.status)
                elif self.headers.get("If-None-Match") == feed.etag:
                    self.send_response(304)
                    self.end_headers()
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/calendar; charset=utf-8")
                    self.send_header("ETag", feed.etag)
                    self.send_header("Content-Length", str(len(feed.body)))
                    self.end_headers()
                    self.wfile.write(feed.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/kalender.ics"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def feed():  # type: ignore[no-untyped-def]
    server = FeedServer(MUNICIPAL.replace("\n", "\r\n").encode("utf-8"))
    yield server
    server.close()


def test_a_subscribed_calendar_is_fetched_again_only_when_changed(services: AppServices, feed: FeedServer) -> None:
    importer = services.calendar_import
    first = importer.import_calendar(feed.url, "Lejre Kommune", now=NOW)
    assert first.summary().startswith(f'imported calendar "Lejre Kommune" from {feed.url}: 7 events')
    assert "mozilla" in feed.requests[0]["user-agent"].lower()  # some Microsoft feeds want a browser's
    assert "if-none-match" not in feed.requests[0]
    same = importer.refresh(first.source_id, now=NOW)
    assert feed.requests[1]["if-none-match"] == '"v1"'
    assert same.unchanged and same.summary() == (f'calendar "Lejre Kommune" is unchanged since it was last fetched '
                                                 f"from {feed.url} (7 events)")
    feed.body, feed.etag = MUNICIPAL.replace("Byrådsmøde", "Byrådsmøde (ændret)").encode("utf-8"), '"v2"'
    changed = importer.refresh(first.source_id, now=NOW)
    assert changed.replaced and not changed.unchanged
    titles = [e.title for e in importer.events_between(local(2027, 3, 11, 0, 0), local(2027, 3, 12, 0, 0))]
    assert titles == ["Byrådsmøde (ændret)"]
    feed.status = 404
    before = dump(services.path)
    with pytest.raises(ValidationError) as refused:
        importer.refresh(first.source_id, now=NOW)
    assert (refused.value.field, refused.value.code) == ("source", "unreachable")
    assert refused.value.message == f"nothing imported: {feed.url}: the server answered 404 Not Found"
    assert dump(services.path) == before
    assert [(s.name, s.location, s.events) for s in importer.sources()] == [("Lejre Kommune", feed.url, 7)]


def test_webcal_addresses_are_fetched_over_https() -> None:
    from lokalraad_app.sync.calendar_feed import feed_url, is_feed_url

    assert feed_url("webcal://kalender.lejre.dk/byraad.ics") == "https://kalender.lejre.dk/byraad.ics"
    assert is_feed_url("WEBCAL://x/y.ics") and is_feed_url("https://x/y.ics") and not is_feed_url("byraad.ics")


def test_an_unknown_x_wr_timezone_leaves_the_times_as_written(services: AppServices, tmp_path: Path) -> None:
    calendar = MUNICIPAL.replace("X-WR-CALNAME", "X-WR-TIMEZONE:Europe/Atlantis\nX-WR-CALNAME")
    result = services.calendar_import.import_calendar(write(tmp_path, calendar), "Lejre Kommune", now=NOW)
    assert result.events == 7
    [meeting] = services.calendar_import.events_between(local(2027, 3, 11, 0, 0), local(2027, 3, 12, 0, 0))
    assert meeting.start == local(2027, 3, 11, 16, 0)


def test_a_mirrors_colour_and_visibility_are_kept_through_a_reimport(services: AppServices, tmp_path: Path) -> None:
    importer = services.calendar_import
    first = importer.import_calendar(write(tmp_path, MUNICIPAL), "Lejre Kommune", now=NOW)
    assert importer.set_source_display(first.source_id, colour="#1f77b4", visible=False) == {"calendar"}
    importer.import_calendar(write(tmp_path, MUNICIPAL, "again.ics"), "Lejre Kommune", now=NOW)
    [source] = importer.sources()
    assert (source.colour, source.visible) == ("#1f77b4", False)
    assert {e.colour for e in importer.events_between(local(2027, 1, 1, 0, 0), local(2027, 5, 1, 0, 0))} == {"#1f77b4"}
    with pytest.raises(ValidationError) as refused:
        importer.set_source_display(first.source_id, colour="blå")
    assert (refused.value.field, refused.value.code) == ("colour", "invalid")
