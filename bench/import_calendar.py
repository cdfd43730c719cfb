"""Benchmark of mirroring someone else's calendar: a generated 10,000-event file (single events, weekly series,
moved and cancelled occurrences, all-day deadlines, a Windows zone) imported into a fresh council file,
against icalendar + recurring-ical-events parsing and expanding the same file alone, in the same run.

Run from the repository root: `.venv/bin/python bench/import_calendar.py [--events 10000] [--repeat 3]`.
Prints a markdown table (stdout); the figures go into the calendar section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

TARGET = 2.0  # the import within 2x of the libraries' own parse and expansion
NOW = datetime(2027, 1, 1, tzinfo=UTC)
WINDOW = (NOW - timedelta(days=365), NOW + timedelta(days=730))
TITLES = ("Byrådsmøde", "Økonomiudvalget", "Plan- og Teknikudvalget", "Børne- og Ungeudvalget", "Borgermøde i Ørby")


def write_calendar(path: Path, events: int) -> None:
    """`events` VEVENTs as a municipality's Exchange export has them: one in ten a weekly series for a year."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:Microsoft Exchange Server 2010", "METHOD:PUBLISH"]
    start = datetime(2026, 1, 5, 8, 0)
    for n in range(events):
        day = start + timedelta(hours=7 * n % (24 * 700))
        stamp = f"{day:%Y%m%dT%H%M%S}"
        lines += ["BEGIN:VEVENT", f"UID:040000008200E00074C5B7101A82E00800000000{n:032X}",
                  "DTSTAMP:20260101T000000Z", f"SUMMARY:{TITLES[n % len(TITLES)]} {n}", "LOCATION:Rådhuset"]
        if n % 50 == 0:
            lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
        else:
            lines += [f"DTSTART;TZID=Romance Standard Time:{stamp}",
                      f"DTEND;TZID=Romance Standard Time:{day + timedelta(hours=2):%Y%m%dT%H%M%S}"]
        if n % 10 == 1:
            lines += ["RRULE:FREQ=WEEKLY;COUNT=52", f"EXDATE;TZID=Romance Standard Time:"
                      f"{day + timedelta(weeks=3):%Y%m%dT%H%M%S}"]
        lines.append("END:VEVENT")
        if n % 10 == 1:  # one occurrence moved a day later
            moved = day + timedelta(weeks=5)
            lines += ["BEGIN:VEVENT", f"UID:040000008200E00074C5B7101A82E00800000000{n:032X}",
                      "DTSTAMP:20260101T000000Z", f"RECURRENCE-ID;TZID=Romance Standard Time:{moved:%Y%m%dT%H%M%S}",
                      f"DTSTART;TZID=Romance Standard Time:{moved + timedelta(days=1):%Y%m%dT%H%M%S}",
                      f"DTEND;TZID=Romance Standard Time:{moved + timedelta(days=1, hours=2):%Y%m%dT%H%M%S}",
                      f"SUMMARY:{TITLES[n % len(TITLES)]} {n} (flyttet)", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def libraries_alone(path: Path) -> int:
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sum(1 for _ in recurring_ical_events.of(calendar).between(*WINDOW))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from lokalraad_app.services.bundle import open_services

    folder = Path(tempfile.mkdtemp(prefix="lokalraad-bench-ics-"))
    try:
        source = folder / "kommune.ics"
        write_calendar(source, args.events)
        template = folder / "template.sqlite"
        open_services(template, backup=False).close()
        ours: list[float] = []
        alone: list[float] = []
        occurrences = stored = 0
        for run in range(args.repeat + 1):  # the first of each is a warm-up
            started = time.perf_counter()
            occurrences = libraries_alone(source)
            if run:
                alone.append(time.perf_counter() - started)
            council = folder / f"council-{run}.sqlite"
            shutil.copy(template, council)
            services = open_services(council, backup=False)
            try:
                started = time.perf_counter()
                stored = services.calendar_import.import_calendar(source, "Kommunen", now=NOW).events
                if run:
                    ours.append(time.perf_counter() - started)
            finally:
                services.close()
        ratio = statistics.median(ours) / statistics.median(alone)
        print(f"{platform.machine()}, {platform.python_version()}, {datetime.now(UTC):%Y-%m-%d}; "
              f"{args.events:,} events, {occurrences:,} occurrences in the window ({stored:,} stored)\n")
        print("| measure | median | target | verdict |\n|---|---|---|---|")
        print(f"| icalendar + recurring-ical-events alone (parse and expand) | {statistics.median(alone):.2f} s | "
              "reference | |")
        print(f"| `import_calendar` (parse, check, expand, store in one transaction) | {statistics.median(ours):.2f} s "
              f"| ≤ {TARGET:g} × the libraries | {ratio:.2f} × {'met' if ratio <= TARGET else 'NOT MET'} |")
        return 0 if ratio <= TARGET else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
