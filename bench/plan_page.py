"""Benchmark of the Udviklingsplan page with 2,000 initiatives: opening the page, and comparing two versions.

Run from the repository root: `.venv/bin/python bench/plan_page.py [--initiatives 2000] [--repeat 15]`.
Makes its own council file in a temporary folder: a plan of 10 focus areas and 2,000 initiatives with
every field filled, adopted as version 1 at a meeting, then worked on (a tenth of the initiatives changed,
50 added, 50 deleted) and adopted again as version 2, and worked on once more (the draft of version 3).
Prints a markdown table (stdout); the figures go into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

OPEN_TARGET_MS, COMPARE_TARGET_MS = 100.0, 200.0


def make_file(path: Path, initiatives: int) -> None:
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.meetings import MeetingInput
    from lokalraad_app.services.plan import AreaInput, PlanInput

    rng = random.Random(7)
    services = open_services(path, backup=False)
    try:
        services.plan.create_plan(PlanInput("Lokaludviklingsplan for Kirke Hyllinge-egnen 2026–2034",
                                            "Et levende lokalsamfund ved fjorden. " * 5, 2026, 2034))
        areas = [services.plan.add_area(AreaInput(f"Indsatsområde {n}", f"Om område {n}."))[0] for n in range(1, 11)]
        meetings = []
        for month in (3, 9):
            start = datetime(2026, month, 3, 17, 0, tzinfo=UTC)
            meetings.append(services.meeting.create(MeetingInput(title=f"Bestyrelsesmøde {month}/2026", start=start,
                                                                 end=start.replace(hour=19)), with_template=False)[0])
    finally:
        services.close()
    import uuid

    statuses = ("idea", "active", "done", "paused")
    owners = [f"Ansvarlig {n}" for n in range(40)]
    rows = [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), areas[k % len(areas)], f"Initiativ {k + 1}",
             f"Beskrivelse af initiativ {k + 1}, med partnere og finansiering.", rng.choice(owners),
             "Lejre Kommune, Borgerforeningen", "Landdistriktspuljen", "Første etape er færdig.",
             rng.choice(statuses), rng.randrange(0, 101, 5), rng.randrange(10_000, 500_000) * 100,
             date(2026 + k % 4, 1 + k % 12, 1).isoformat(), date(2030, 12, 31).isoformat())
            for k in range(initiatives)]
    conn = sqlite3.connect(path)
    with conn:  # the initiatives in one go: a benchmark of reading them, not of 2,000 separate saves
        conn.executemany("INSERT INTO initiative (uid, focus_area_id, title, description, owner, partners, funding, "
                         "progress, status, progress_percent, budget_ore, start_on, end_on) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()

    def work_on() -> None:
        conn = sqlite3.connect(path)
        with conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM initiative")]
            for i in rng.sample(ids, len(ids) // 10):
                conn.execute("UPDATE initiative SET progress_percent = ?, status = 'active', title = title || ' (ny)' "
                             "WHERE id = ?", (rng.randrange(0, 101, 5), i))
            conn.executemany("DELETE FROM initiative WHERE id = ?", [(i,) for i in rng.sample(ids, 50)])
            conn.executemany("INSERT INTO initiative (uid, focus_area_id, title, description, owner, partners, funding, "
                             "progress, status, progress_percent) VALUES (?, ?, ?, '', '', '', '', '', 'idea', 0)",
                             [(str(uuid.uuid4()), rng.choice(areas), f"Nyt initiativ {n}") for n in range(50)])
        conn.close()

    for meeting in meetings:  # version 1, worked on, version 2, worked on: the draft of version 3
        services = open_services(path, backup=False)
        try:
            services.plan.adopt(meeting)
        finally:
            services.close()
        work_on()


CPU: dict[str, list[float]] = {}  # measure → this process's CPU time per run: what the machine's load does not add


def timed(name: str, action: Callable[[], object], repeat: int, after: Callable[[], object] = lambda: None,
          warm: bool = True) -> list[float]:
    if warm:
        action()  # warm-up: imports, Qt's first layout
        after()
    result = []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        action()
        result.append((time.perf_counter() - started) * 1000)
        CPU.setdefault(name, []).append((time.process_time() - cpu) * 1000)
        after()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--initiatives", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6 import QtTest, QtWidgets

    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.ui.events import Events
    from lokalraad_app.ui.i18n import install_translators
    from lokalraad_app.ui.plan.compare_dialog import CompareDialog
    from lokalraad_app.ui.plan.plan_view import PlanView
    from lokalraad_app.ui.undo import UndoStack

    app = QtWidgets.QApplication(sys.argv[:1])
    keep = install_translators(app, "da")  # noqa: F841 — Danish, as the secretary sees it
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.sqlite"
        made = time.perf_counter()
        make_file(path, args.initiatives)
        print(f"made the file in {time.perf_counter() - made:.1f} s", file=sys.stderr)
        services = open_services(path, backup=False)
        try:
            draft = services.plan.draft()
            assert draft is not None
            shown = sum(len(v) for v in draft.initiatives.values())
            views: list[QtWidgets.QWidget] = []

            def open_page() -> None:
                view = PlanView(services.plan, services.meetings, Events(), UndoStack())
                view.resize(1180, 720)
                view.show()
                view.repaint()  # painted now, not at the next idle moment
                views.append(view)

            def reopen_cleanup() -> None:
                while views:
                    views.pop().deleteLater()
                QtTest.QTest.qWait(1)

            opening = timed("open", open_page, args.repeat, reopen_cleanup)
            view = PlanView(services.plan, services.meetings, Events(), UndoStack())
            view.resize(1180, 720)
            view.show()
            refresh = timed("refresh", lambda: (view.refresh(), view.repaint()), args.repeat)
            compare_draft = timed("compare draft", lambda: services.plan.compare(2, None), args.repeat)
            compare_adopted = timed("compare adopted", lambda: services.plan.compare(1, 2), args.repeat)
            changes = len(services.plan.compare(2, None).changes)

            def open_dialog() -> None:
                dialog = CompareDialog(services.plan, view)
                dialog.resize(1100, 650)
                dialog.show()
                dialog.repaint()
                dialog.deleteLater()

            dialog = timed("dialog", open_dialog, args.repeat, lambda: QtTest.QTest.qWait(1))
        finally:
            services.close()

    print(f"{args.initiatives:,} initiatives in 10 focus areas ({shown:,} in the draft); {platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"{time.strftime('%Y-%m-%d %H:%M')}\n")
    print(f"Load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print("| measure | median | slowest | CPU time (median) | target | verdict |")
    print("|---|---|---|---|---|---|")
    for name, key, values, target in (
            ("plan page opens (read the draft, build the tree, lay out and paint)", "open", opening,
             OPEN_TARGET_MS),
            ("plan page refreshes after an edit (rows change in place)", "refresh", refresh, OPEN_TARGET_MS),
            (f"compare version 2 with the draft (read both, {changes} changes)", "compare draft", compare_draft,
             COMPARE_TARGET_MS),
            ("compare version 1 with version 2 (both adopted)", "compare adopted", compare_adopted,
             COMPARE_TARGET_MS),
            ("Sammenlign versioner… dialog opens (both trees and the change list painted)", "dialog", dialog,
             COMPARE_TARGET_MS)):
        median, worst = statistics.median(values), max(values)
        print(f"| {name} | {median:.1f} ms | {worst:.1f} ms | {statistics.median(CPU[key]):.1f} ms | "
              f"< {target:.0f} ms | {'pass' if median < target else 'FAIL'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
