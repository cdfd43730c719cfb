"""An error nobody foresaw reaches the user as a message and a log file, not only stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lokalraad_app.ui import prompts, unexpected


def test_unexpected_error_is_shown_and_logged(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    log = tmp_path / "logs" / "lokalraad-fejl.log"
    unexpected.install(lambda: log)
    try:
        raise ValueError("Østergade kunne ikke findes")
    except ValueError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    assert len(shown) == 1 and str(log) in shown[0]
    text = log.read_text(encoding="utf-8")
    assert "ValueError: Østergade kunne ikke findes" in text and "test_ui_unexpected.py" in text


def test_an_error_while_showing_the_message_does_not_stack_boxes(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    calls: list[str] = []

    def failing_box(parent: object, title: str, text: str) -> None:
        calls.append(text)
        sys.excepthook(RuntimeError, RuntimeError("box broke"), None)  # as if showing it failed

    monkeypatch.setattr(prompts, "error", failing_box)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "fejl.log"
    unexpected.install(lambda: log)
    sys.excepthook(ValueError, ValueError("first"), None)
    assert len(calls) == 1
    assert "ValueError: first" in log.read_text(encoding="utf-8") and "box broke" in log.read_text(encoding="utf-8")
