"""Benchmark of the council's calendar feed: every meeting of the stress file as one .ics, against icalendar
serialising the same events with no logic of ours, in the same run.

Run from the repository root: `.venv/bin/python bench/ical_feed.py [--scale 100] [--repeat 5]`.
Prints a markdown table (stdout); the figures go into the calendar section of bench/RESULTS.md. The stress
file is the one bench/run.py makes and keeps in bench/out/.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

TARGET = 1.5  # the feed within 1.5 × plain icalendar


def plain_rows(path: Path) -> list[tuple[str, int, str, datetime, datetime, str, str, str]]:
    """The events' values read beforehand with plain sqlite3, so the reference times icalendar alone."""
    conn = sqlite3.connect(path)
    try:
        titles: dict[int, list[str]] = {}
        for meeting_id, title in conn.execute("SELECT meeting_id, title FROM agenda_item ORDER BY meeting_id, "
                                              "position, id"):
            titles.setdefault(meeting_id, []).append(title)
        rows = []
        for mid, uid, seq, title, start, end, place, status in conn.execute(
                "SELECT id, uid, sequence, title, start, end, place, status FROM meeting ORDER BY start, id"):
            agenda = "Dagsorden:\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(titles.get(mid, []), 1))
            rows.append((uid, seq, title, datetime.fromisoformat(start).replace(tzinfo=UTC),
                         datetime.fromisoformat(end).replace(tzinfo=UTC), place, agenda,
                         "CANCELLED" if status == "cancelled" else "CONFIRMED"))
        return rows
    finally:
        conn.close()


def plain_icalendar(rows: list[tuple[str, int, str, datetime, datetime, str, str, str]]) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//bench//bench//DA")
    cal.add("version", "2.0")
    stamp = datetime.now(UTC)
    for uid, seq, title, start, end, place, agenda, status in rows:
        ev = Event()
        ev.add("uid", uid)
        ev.add("dtstamp", stamp)
        ev.add("sequence", seq)
        ev.add("summary", title)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        ev.add("location", place)
        ev.add("description", agenda)
        ev.add("status", status)
        cal.add_component(ev)
    return bytes(cal.to_ical())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    from run import stress_file  # bench/run.py: the same cached stress file

    from lokalraad_app.services.invitations import InvitationService
    from lokalraad_app.store.engine import open_store

    path = stress_file(args.out, args.scale)
    rows = plain_rows(path)
    store = open_store(path, writable=False)
    try:
        service = InvitationService(store)
        ours, plain = [], []
        size = 0
        for n in range(args.repeat + 1):  # the first of each is a warm-up
            start = time.perf_counter()
            size = len(service.feed())
            if n:
                ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            plain_icalendar(rows)
            if n:
                plain.append(time.perf_counter() - start)
    finally:
        store.close()
    ours_s, plain_s = statistics.median(ours), statistics.median(plain)
    ratio = ours_s / plain_s
    print(f"Scale {args.scale} ({path.name}); {platform.machine()}, {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; {datetime.now():%Y-%m-%d %H:%M}; median of {args.repeat}\n")
    print("| measure | median | target | verdict |\n|---|---|---|---|")
    print(f"| council feed, {len(rows):,} meetings ({size / 2**20:.0f} MB), read from the file and built "
          f"| {ours_s:.2f} s ({ratio:.2f} × plain icalendar) | ≤ {TARGET} × plain icalendar "
          f"| {'pass' if ratio <= TARGET else 'FAIL'} |")
    print(f"| the same events through icalendar alone (values read beforehand) | {plain_s:.2f} s | reference | — |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
