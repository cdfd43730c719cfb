"""Types minutes into a real MeetingPage, one key every 40 ms, until killed (see test_crash_typing.py).

Prints `typed <n> <monotonic seconds>` after each key so the test knows what was typed when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from lokalraad_app.services.bundle import open_services  # noqa: E402
from lokalraad_app.ui.events import Events  # noqa: E402
from lokalraad_app.ui.meetings.meeting_page import MeetingPage  # noqa: E402

TEXT = "Bestyrelsen drøftede trafiksikkerheden på Bygaden og ved skolen. " * 20


def main() -> int:
    path, meeting_id = Path(sys.argv[1]), int(sys.argv[2])
    app = QtWidgets.QApplication([])
    services = open_services(path, backup=False)
    page = MeetingPage(services.meeting, services.agenda, services.minutes, Events(), QtGui.QUndoStack())
    page.show_meeting(meeting_id)
    page.tabs.setCurrentIndex(1)
    page.show()
    page.minutes_editor.discussion_edit.setFocus()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(page.minutes_editor.discussion_edit, TEXT[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.4f}", flush=True)

    timer = QtCore.QTimer(interval=40)
    timer.timeout.connect(type_one)
    timer.start()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
