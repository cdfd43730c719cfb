"""Nothing is lost if the laptop dies: minutes typed more than a second before a kill are in the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from lokalraad_app.services.bundle import open_services
from lokalraad_app.services.meetings import MeetingInput

CHILD = Path(__file__).parent / "helpers" / "typing_child.py"


def test_killed_while_typing_loses_at_most_the_last_second(council_file: Path) -> None:
    services = open_services(council_file, backup=False)
    start = datetime(2026, 3, 3, 19, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    mid, _ = services.meeting.create(MeetingInput(title="Bestyrelsesmøde", start=start, end=start + timedelta(hours=2)))
    services.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parent.parent))
    child = subprocess.Popen([sys.executable, str(CHILD), str(council_file), str(mid)], stdout=subprocess.PIPE,
                             text=True, env=env)
    typed_at: list[tuple[int, float]] = []
    assert child.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        _, n, at = line.split()
        typed_at.append((int(n), float(at)))
        if len(typed_at) >= 60:  # about 2.4 s of typing, keys still coming
            break
    child.send_signal(signal.SIGKILL)  # no clean shutdown, no last save: like a dead battery
    killed_at = time.monotonic()
    child.wait()
    assert len(typed_at) >= 60, "the child did not start typing"

    services = open_services(council_file, backup=False)
    try:
        saved = services.meeting.detail(mid).items[0].discussion
    finally:
        services.close()
    must_have = max(n for n, at in typed_at if at <= killed_at - 1.0)
    assert len(saved) >= must_have, f"only {len(saved)} of the {must_have} characters typed a second before"
    assert "Bestyrelsen drøftede trafiksikkerheden"[: min(len(saved), 38)] == saved[:38]
