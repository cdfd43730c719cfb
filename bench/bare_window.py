"""A bare PySide6 main window: the yardstick for how fast the app's own start can be.

Prints `ready <seconds>` (seconds since this script began, measured in-process) once the window
is shown, then quits; bench/run.py times it from outside exactly as it times the app.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()

from PySide6 import QtCore, QtWidgets  # noqa: E402 — the import is part of what is measured


def main() -> int:
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QtWidgets.QLabel("Bare window"))
    window.resize(1000, 700)
    window.show()

    def ready() -> None:
        print(f"ready {time.perf_counter() - STARTED:.3f}", flush=True)
        app.quit()

    QtCore.QTimer.singleShot(0, ready)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
