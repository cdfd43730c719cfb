"""Benchmarks of what a user waits for, on the stress data set; prints a markdown table.

Run from the repository root: `.venv/bin/python bench/run.py [--scale 100] [--out bench/out]`.
The stress file is made once and cached in the out folder (it is git-ignored); it is remade when
the demo generator changes. A measure that cannot run reports "not measured: <reason>".
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

START_TIMEOUT = 120.0  # seconds to wait for a `ready` line before giving up on a run


@dataclass
class Result:
    measure: str
    median: str
    target: str
    verdict: str


def not_measured(measure: str, target: str, reason: str) -> Result:
    return Result(measure, "—", target, f"not measured: {' '.join(reason.split())[:200]}")


# --- the stress file -------------------------------------------------------------------------------


def stress_file(out: Path, scale: int) -> Path:
    """The cached stress file for `scale`, made if missing or made by an older generator."""
    from lokalraad_app import demo_data as demo

    version = hashlib.sha256(Path(demo.__file__).read_bytes()).hexdigest()[:10]
    path = out / f"stress-x{scale}-{version}.sqlite"
    if path.exists():
        return path
    for old in out.glob(f"stress-x{scale}-*.sqlite*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    shown = [-1]

    def progress(fraction: float) -> None:
        if int(fraction * 100) != shown[0]:
            shown[0] = int(fraction * 100)
            print(f"\rmaking {path.name}: {shown[0]:3d}%", end="", file=sys.stderr, flush=True)

    summary = demo.write_demo(path, scale=scale, progress=progress)
    print(f"\rmade {path.name} in {time.perf_counter() - started:.1f} s: {summary.people:,} people, "
          f"{summary.meetings:,} meetings, {summary.agenda_items:,} agenda items", file=sys.stderr)
    return path


# --- (a) start to usable window, (d) its peak memory -----------------------------------------------


@dataclass
class StartRun:
    outside: float  # seconds from spawning the process until its `ready` line was read
    inside: float  # what the process itself reported
    max_rss_mb: float | None


def time_start(command: list[str], env: dict[str, str]) -> StartRun:
    """Runs `command` until it prints `ready <s>`, timed from outside; then waits for it to exit."""
    lines: queue.Queue[str | None] = queue.Queue()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
                            cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None

    def read_stdout() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    errors: list[str] = []
    threading.Thread(target=read_stdout, daemon=True).start()
    threading.Thread(target=lambda: errors.extend(proc.stderr or []), daemon=True).start()
    outside = inside = None
    deadline = started + START_TIMEOUT
    try:
        while outside is None:
            try:
                line = lines.get(timeout=max(deadline - time.perf_counter(), 0.01))
            except queue.Empty:
                raise RuntimeError(f"no 'ready' line within {START_TIMEOUT:.0f} s") from None
            if line is None:
                tail = "".join(errors[-3:]).strip() or f"exit code {proc.wait()}"
                raise RuntimeError(f"exited without 'ready': {tail}")
            if line.startswith("ready "):
                outside = time.perf_counter() - started
                inside = float(line.split()[1])
        rss = _wait_with_rusage(proc, deadline)
    finally:
        if proc.poll() is None and proc.returncode is None:
            proc.kill()
            proc.wait()
    return StartRun(outside, inside or 0.0, rss)


def _wait_with_rusage(proc: subprocess.Popen[str], deadline: float) -> float | None:
    """Waits for the child and returns its own peak resident memory in MB (None where unsupported)."""
    if not hasattr(os, "wait4"):
        proc.wait(timeout=max(deadline - time.perf_counter(), 1))
        return None
    while time.perf_counter() < deadline:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
            return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        time.sleep(0.02)
    raise RuntimeError("did not exit after 'ready'")


def measure_start(stress: Path, runs: int) -> list[Result]:
    target_a, target_d = "≤ 1.5 × bare window", "< 300 MB"
    # An installed app starts from compiled bytecode (pip and PyInstaller compile it). A checkout run with
    # PYTHONDONTWRITEBYTECODE would instead compile every module edited since its last .pyc at each start.
    compileall.compile_dir(ROOT / "lokalraad_app", quiet=1)
    with tempfile.TemporaryDirectory(prefix="lokalraad-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOKALRAAD_BENCH_READY="1",
                   LANG="da_DK.UTF-8", LC_ALL="",  # in Danish, as its users run it: the translations load too
                   # The app must not touch the user's recent files and settings.
                   LOKALRAAD_DATA_DIR=str(Path(home) / "data"), LOKALRAAD_CONFIG_DIR=str(Path(home) / "config"),
                   XDG_CONFIG_HOME=str(Path(home) / "xdg"), HOME=home)
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        app_cmd = [sys.executable, "-m", "lokalraad_app", "--data", str(stress)]
        bare: list[StartRun] = []
        app: list[StartRun] = []
        app_error = bare_error = ""
        for _ in range(runs):  # interleaved, so that a busy moment hurts both alike
            if not bare_error:
                try:
                    bare.append(time_start(bare_cmd, env))
                except (RuntimeError, OSError) as e:
                    bare_error = str(e)
            if not app_error:
                try:
                    app.append(time_start(app_cmd, env))
                except (RuntimeError, OSError) as e:
                    app_error = str(e)
    # The app backs the file up on open; those copies of the stress file are of no use here.
    shutil.rmtree(stress.with_name(stress.name + ".backups"), ignore_errors=True)

    results = []
    if app_error or bare_error:
        results.append(not_measured("start to usable main window", target_a,
                                    f"app: {app_error}" if app_error else f"bare window: {bare_error}"))
    else:
        app_s = statistics.median(r.outside for r in app)
        bare_s = statistics.median(r.outside for r in bare)
        inside = statistics.median(r.inside for r in app)
        results.append(Result("start to usable main window (app)",
                              f"{app_s * 1000:.0f} ms ({app_s / bare_s:.2f} × bare; {inside * 1000:.0f} ms in-process)",
                              target_a, verdict(app_s <= 1.5 * bare_s)))
        results.append(Result("start to shown window (bare PySide6)", f"{bare_s * 1000:.0f} ms", "reference", "—"))
    rss = [r.max_rss_mb for r in app if r.max_rss_mb is not None]
    if app_error:
        results.append(not_measured("peak memory of the app during start", target_d, app_error))
    elif not rss:
        results.append(not_measured("peak memory of the app during start", target_d,
                                    "this platform does not report a child's peak memory"))
    else:
        peak = max(rss)
        results.append(Result("peak memory of the app during start (max of runs)", f"{peak:.0f} MB", target_d,
                              verdict(peak < 300)))
    return results


# --- (b) member filter, (c) full-text search -------------------------------------------------------


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm the page cache and SQLite's statement cache, as a user's second click would
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        action()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def measure_queries(stress: Path, repeat: int) -> list[Result]:
    from lokalraad_app.domain.enums import MemberFilter
    from lokalraad_app.services.council import CouncilService
    from lokalraad_app.services.members import MemberService
    from lokalraad_app.store.engine import open_store

    results = []
    store = open_store(stress)
    try:
        members = MemberService(store)
        cases: list[tuple[MemberFilter, str]] = [(f, "") for f in MemberFilter]
        cases += [(MemberFilter.ALL, "Højgaard"), (MemberFilter.ALL, "jørg"), (MemberFilter.CONTACTS, "lejre")]
        for member_filter, needle in cases:
            label = f"member filter: {member_filter.value}" + (f' + "{needle}"' if needle else "")
            found: list[int] = []

            def run(f: MemberFilter = member_filter, n: str = needle, out: list[int] = found) -> None:
                ids = members.find_ids(f, n)
                members.rows(ids[:100])
                out[:] = ids

            try:
                ms = median_ms(run, repeat)
            except Exception as e:  # noqa: BLE001 — a broken query is a result to report, not a crash
                results.append(not_measured(label, "< 50 ms", f"{type(e).__name__}: {e}"))
                continue
            results.append(Result(f"{label} ({len(found):,} found)", f"{ms:.1f} ms", "< 50 ms", verdict(ms < 50)))

        council = CouncilService(store)
        for word in ("trafik", "cykelsti", "høring", "Østergaard", "legeplads", "skole"):
            label = f'search: "{word}"'
            hits: list[object] = []

            def search(w: str = word, out: list[object] = hits) -> None:
                out[:] = council.search(w)

            try:
                ms = median_ms(search, repeat)
            except Exception as e:  # noqa: BLE001
                results.append(not_measured(label, "< 50 ms", f"{type(e).__name__}: {e}"))
                continue
            results.append(Result(f"{label} ({len(hits)} hits)", f"{ms:.1f} ms", "< 50 ms", verdict(ms < 50)))
    finally:
        store.close()
    return results


def measure_meeting(stress: Path, out: Path, repeat: int) -> list[Result]:
    """Issue 3's targets: open a 40-item meeting; in the minutes, each keystroke and each save."""
    import shutil
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtGui, QtWidgets
    from PySide6.QtTest import QTest

    from lokalraad_app.services.agenda import ItemInput
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.meetings import MeetingInput
    from lokalraad_app.ui.events import Events
    from lokalraad_app.ui.meetings.meeting_page import MeetingPage

    scratch = out / "meeting-scratch.sqlite"  # the cached stress file stays as made
    shutil.copy(stress, scratch)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    services = open_services(scratch, backup=False)
    try:
        start = datetime(2027, 5, 4, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
        mid, _ = services.meeting.create(MeetingInput(title="Bench", start=start, end=start + timedelta(hours=3)),
                                         with_template=False)
        for n in range(40):
            services.agenda.add_item(mid, ItemInput(title=f"Punkt {n + 1}", background="Sagsfremstilling " * 40,
                                                     proposal="Indstilling " * 10))
        events, stack = Events(), QtGui.QUndoStack()  # kept alive as long as the page that uses them
        page = MeetingPage(services.meeting, services.agenda, services.minutes, events, stack)
        page.resize(1200, 800)
        page.show()
        open_ms = median_ms(lambda: (page.show_meeting(mid), app.processEvents()), repeat)
        page.tabs.setCurrentIndex(1)
        page.minutes_editor.minutes_view.setCurrentIndex(page.agenda_model.index(5))
        page.minutes_editor.discussion_edit.setFocus()
        key_ms = median_ms(lambda: QTest.keyClicks(page.minutes_editor.discussion_edit, "a"), repeat * 4)

        def save() -> None:
            QTest.keyClicks(page.minutes_editor.discussion_edit, "b")
            t = time.perf_counter()
            page.minutes_editor.save_minutes_text()
            save_times.append(time.perf_counter() - t)

        save_times: list[float] = []
        for _ in range(repeat + 1):
            save()
        save_ms = statistics.median(save_times[1:]) * 1000
        page.close()
        page.deleteLater()
        app.processEvents()  # the page goes before the services it uses, not at interpreter exit
    finally:
        services.close()
        scratch.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)
    return [
        Result("open a 40-item meeting (page shown)", f"{open_ms:.1f} ms", "< 150 ms", verdict(open_ms < 150)),
        Result("minutes: one keystroke handled", f"{key_ms:.2f} ms", "< 16 ms", verdict(key_ms < 16)),
        Result("minutes: one debounced save", f"{save_ms:.2f} ms", "< 16 ms", verdict(save_ms < 16)),
    ]


def plain_reportlab_ms(paragraphs: list[str], repeat: int) -> float:
    """The baseline: reportlab setting the same paragraphs in one plain style, with no layout logic of ours
    (no running header, page numbers, keep-together, tables or watermark), in the same embedded font."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from lokalraad_app.documents.styles import BODY, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=BODY, fontSize=10, leading=14)

    def render() -> None:
        SimpleDocTemplate(BytesIO(), pagesize=A4).build([Paragraph(p, style) for p in paragraphs])

    return median_ms(render, repeat)


def measure_documents(stress: Path, out: Path, repeat: int) -> list[Result]:
    """Issue 4's targets: a 40-item agenda and its minutes < 0.5 s; the busiest year's annual report < 5 s."""
    import shutil
    from datetime import datetime, timedelta
    from html import escape
    from zoneinfo import ZoneInfo

    from sqlmodel import func, select

    from lokalraad_app.domain.enums import ItemKind
    from lokalraad_app.domain.models import AgendaItem, Meeting
    from lokalraad_app.services.agenda import ItemInput
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.services.meetings import MeetingInput

    scratch = out / "documents-scratch.sqlite"
    shutil.copy(stress, scratch)
    services = open_services(scratch, backup=False)
    try:
        start = datetime(2027, 5, 4, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
        mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start,
                                                      end=start + timedelta(hours=3), place="Forsamlingshuset"),
                                         with_template=False)
        for n in range(40):
            item_id, _ = services.agenda.add_item(mid, ItemInput(
                title=f"Punkt {n + 1}: Ærø og Østergade", kind=ItemKind.DECISION if n % 3 == 0 else ItemKind.INFORMATION,
                background="Sagsfremstilling med æ, ø og å. " * 12, proposal="Det indstilles, at … " * 4))
            services.minutes.set_minutes_text(item_id, discussion="Drøftelse af sagen, med indlæg fra flere. " * 6,
                                              decision="Bestyrelsen besluttede at gå videre med forslaget. " * 2)
        services.attendance.invite_board(mid)
        detail = services.meeting.detail(mid)
        agenda_ms = median_ms(lambda: services.documents.agenda(mid), repeat)
        minutes_ms = median_ms(lambda: services.documents.minutes(mid), repeat)
        agenda_base = plain_reportlab_ms([escape(t) for i in detail.items for t in (i.title, i.background, i.proposal)],
                                         repeat)
        minutes_base = plain_reportlab_ms([escape(t) for i in detail.items for t in (i.title, i.discussion, i.decision)],
                                          repeat)

        with services._store.read() as s:
            year_of = func.strftime("%Y", Meeting.start)
            busiest, meetings = s.exec(select(year_of, func.count()).group_by(year_of)
                                       .order_by(func.count().desc())).first()
            year = int(busiest)
            items = s.exec(select(AgendaItem.title, AgendaItem.decision).join(Meeting)
                           .where(year_of == busiest).where(AgendaItem.kind == ItemKind.DECISION.value)
                           .where(AgendaItem.decision != "")).all()
            rows = s.exec(select(Meeting.title, Meeting.place).where(year_of == busiest)).all()
        report_ms = median_ms(lambda: services.documents.annual_report(year), max(3, repeat // 5))
        report_base = plain_reportlab_ms([escape(f"{t} {p}") for t, p in rows]
                                         + [escape(f"{t}: {d}") for t, d in items], max(3, repeat // 5))
    finally:
        services.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)

    def row(measure: str, ms: float, base: float, limit: float) -> list[Result]:
        return [Result(measure, f"{ms:.0f} ms ({ms / base:.2f} × plain reportlab)", f"< {limit:.0f} ms",
                       verdict(ms < limit)),
                Result(f"{measure}: same paragraphs, plain reportlab", f"{base:.0f} ms", "reference", "—")]

    return (row("agenda PDF, 40 items", agenda_ms, agenda_base, 500)
            + row("minutes PDF, 40 items (draft: rendered every time)", minutes_ms, minutes_base, 500)
            + row(f"annual report {year} ({meetings} meetings, {len(items)} decisions)", report_ms, report_base, 5000))


MEMBER_LIST_CHILD = """
import sys
from lokalraad_app.documents.styles import register_fonts
from lokalraad_app.services.bundle import open_services
register_fonts()
services = open_services(sys.argv[1], backup=False)
services.documents.members()
services.close()
"""


def measure_member_list(stress: Path, repeat: int) -> list[Result]:
    """Issue 8: the member list of the stress file, against plain reportlab setting the same rows in the same
    run (one paragraph per person: name, role, term, e-mail, phone); and its peak memory, in a child process."""
    from html import escape
    from io import BytesIO

    from pypdf import PdfReader

    from lokalraad_app.documents.members_list import ListedPerson, term_text
    from lokalraad_app.domain.enums import MemberFilter
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.store import member_queries

    runs = max(1, repeat // 5)
    services = open_services(stress, backup=False)
    try:
        with services._store.read() as s:
            rows = [r for f in (MemberFilter.BOARD, MemberFilter.SUBSTITUTES, MemberFilter.CONTACTS)
                    for r in member_queries.member_rows(s, member_queries.member_ids(s, f))]
        printed: list[bytes] = []

        def ours() -> None:
            printed[:] = [services.documents.members()[1]]

        ms = median_ms(ours, runs)
        pages = len(PdfReader(BytesIO(printed[0])).pages)
        people = [ListedPerson(r.name, r.role or r.title, r.term_from, r.term_to, r.email, r.phone) for r in rows]
        base = plain_reportlab_ms([escape(f"{p.name} · {p.role} · {term_text(p)} · {p.email} · {p.phone}") for p in people],
                                  runs)
    finally:
        services.close()
    measure = f"member list PDF, {len(rows):,} people, {pages:,} pages"
    results = [Result(measure, f"{ms:.0f} ms ({ms / base:.2f} × plain reportlab)", "≤ 3 × plain reportlab",
                      verdict(ms <= 3 * base)),
               Result(f"{measure}: same rows, plain reportlab", f"{base:.0f} ms", "reference", "—")]
    proc = subprocess.Popen([sys.executable, "-c", MEMBER_LIST_CHILD, str(stress)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = _wait_with_rusage(proc, time.perf_counter() + 600)
    if proc.returncode != 0 or peak is None:
        error = (proc.stderr.read() if proc.stderr else "").strip().splitlines()[-1:] or ["no peak memory reported"]
        results.append(not_measured(f"{measure}: peak memory", "< 300 MB", error[0]))
    else:
        results.append(Result(f"{measure}: peak memory of a process printing it", f"{peak:.0f} MB", "< 300 MB",
                              verdict(peak < 300)))
    return results


# --- report ----------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def table(results: list[Result]) -> str:
    lines = ["| measure | median | target | verdict |", "|---|---|---|---|"]
    lines += [f"| {r.measure} | {r.median} | {r.target} | {r.verdict} |" for r in results]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100, help="demo scale of the stress file (default 100)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="cache and scratch folder")
    parser.add_argument("--runs", type=int, default=5, help="starts of the app and of the bare window")
    parser.add_argument("--repeat", type=int, default=15, help="repetitions of each query")
    parser.add_argument("--skip-start", action="store_true", help="only the query measures")
    parser.add_argument("--only-documents", action="store_true", help="only the printed documents")
    parser.add_argument("--only-start", action="store_true", help="only the start of the app against a bare window")
    args = parser.parse_args(argv)

    stress = stress_file(args.out, args.scale)
    results: list[Result] = []
    if args.only_start:
        results += measure_start(stress, args.runs)
    elif not args.only_documents:
        results += [] if args.skip_start else measure_start(stress, args.runs)
        results += measure_queries(stress, args.repeat)
        results += measure_meeting(stress, args.out, args.repeat)
    if not args.only_start:
        results += measure_documents(stress, args.out, args.repeat)
        results += measure_member_list(stress, args.repeat)
    print(f"Scale {args.scale} ({stress.name}, {stress.stat().st_size / 1e6:.0f} MB); {platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"{time.strftime('%Y-%m-%d %H:%M')}\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
