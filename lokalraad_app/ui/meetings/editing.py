"""What the meeting's editors share: the save delay of typing, setting a field without losing the cursor,
and telling the user a refusal."""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication

from lokalraad_app.ui import prompts
from lokalraad_app.ui.refusals import refusal_message

SAVE_DELAY_MS = 700  # typing is in the file within about a second
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def set_text(edit: QtWidgets.QPlainTextEdit, text: str) -> None:
    """Replaces the text only if it differs: setting it resets the cursor and the field's own undo."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def refused(parent: QtWidgets.QWidget, error: Exception | None, title: str = "") -> bool:
    """Shows why a change (or, with its `title`, another step) was not done; True if there was a refusal."""
    if error is None:
        return False
    prompts.error(parent, title or translate("MeetingPage", "Not saved"), refusal_message(error))
    return True
