"""Benchmark of the calendar view: switching month (PgDn/PgUp) on the stress file, until the month is painted.

Run from the repository root: `.venv/bin/python bench/calendar_view.py [--scale 100] [--repeat 3]`.
The stress file is bench/run.py's (made once, cached in bench/out/). Prints a markdown table (stdout);
the figures go into the calendar section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not
sys.path.insert(0, str(ROOT / "bench"))

TARGET_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--repeat", type=int, default=3, help="times through the 24 months, each way")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from run import stress_file

    stress = stress_file(args.out, args.scale)

    from PySide6 import QtCore, QtTest, QtWidgets

    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.ui.events import Events
    from lokalraad_app.ui.i18n import install_translators
    from lokalraad_app.ui.meetings.calendar_view import CalendarView

    app = QtWidgets.QApplication(sys.argv[:1])
    keep = install_translators(app, "da")  # noqa: F841 — Danish names, as the secretary sees them
    services = open_services(stress, backup=False, writable=False)
    try:
        view = CalendarView(services.calendar, Events())
        view.resize(1300, 620)  # the calendar's part of a 1366×768 window
        view.show()
        QtTest.QTest.qWaitForWindowExposed(view)
        # The stress set's busiest stretch: 1,250 meetings a year from 2008; start in January 2025.
        view.show_day(date(2025, 1, 15))
        view.table.setFocus()
        per_month: list[int] = []
        timings: dict[str, list[float]] = {"PgDn": [], "PgUp": []}
        for _ in range(args.repeat):
            for name, key in (("PgDn", QtCore.Qt.Key.Key_PageDown), ("PgUp", QtCore.Qt.Key.Key_PageUp)):
                for _month in range(24):
                    started = time.perf_counter()
                    QtTest.QTest.keyClick(view.table, key)
                    view.table.viewport().repaint()  # painted now, not at the next idle moment
                    timings[name].append((time.perf_counter() - started) * 1000)
                    per_month.append(sum(len(view.model.entries(view.model.day(view.model.index(r, c))))
                                         for r in range(view.model.rowCount()) for c in range(7)))
        shown = statistics.median(per_month)
    finally:
        services.close()

    print(f"Scale {args.scale} ({stress.name}, {stress.stat().st_size / 1e6:.0f} MB); {platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"{time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| measure | median | slowest | target | verdict |")
    print("|---|---|---|---|---|")
    for name, values in timings.items():
        median, worst = statistics.median(values), max(values)
        print(f"| calendar: next month ({name}), {len(values)} switches, about {shown:.0f} entries a month shown "
              f"| {median:.1f} ms | {worst:.1f} ms | < {TARGET_MS:.0f} ms | {'pass' if worst < TARGET_MS else 'FAIL'} |"
              .replace("next month (PgUp)", "previous month (PgUp)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
