"""An error nobody foresaw: a clear message for the secretary, the details in a log file for whoever helps.

Without this an exception in a Qt slot only reaches stderr, which a desktop user never sees, and the
window carries on as if the click had worked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore, QtWidgets

from lokalraad_app.ui import prompts


def install(log_file: Callable[[], Path]) -> None:
    """Routes uncaught exceptions to a message box and the log file (appended to, newest last).

    `log_file` is asked only when an error happens: finding the data folder costs start-up time.
    """
    showing = False

    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback
        from datetime import datetime

        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log_path = log_file()
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
        except OSError:
            pass  # the message below still tells the user
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        if showing or QtWidgets.QApplication.instance() is None:
            return  # an error while showing the message: do not stack boxes
        showing = True
        try:
            title = QtCore.QCoreApplication.translate("Unexpected", "Something went wrong")
            text = QtCore.QCoreApplication.translate(
                "Unexpected", "Lokalråd met an error it did not expect, and what you just did may not have been "
                              "carried out. What was saved before is safe.\n\nThe details are in %1; please send "
                              "that file to whoever helps you with Lokalråd.")
            prompts.error(QtWidgets.QApplication.activeWindow(), title, text.replace("%1", str(log_path)))
        finally:
            showing = False

    sys.excepthook = report
