"""Helpers of the UI tests that start the whole app or read its file back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6 import QtCore

from lokalraad_app.app import AppController, start
from lokalraad_app.services.bundle import AppServices
from lokalraad_app.ui.autosave import AutosavePage


def started(qtbot, path: Path, settings: QtCore.QSettings) -> AppController:  # type: ignore[no-untyped-def]
    """The app started on a council file, its window closed with the test."""
    controller = start(path, settings)
    assert controller is not None
    qtbot.addWidget(controller.window)
    return controller


def stored(services: AppServices, sql: str) -> list[tuple[object, ...]]:
    """What the council file holds, read with plain SQL."""
    conn = sqlite3.connect(services.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def shown_page(qtbot, page: AutosavePage, save_delay_ms: int) -> None:  # type: ignore[no-untyped-def]
    """An autosaving page in a window of its own, active (keys reach it), saving `save_delay_ms` after typing."""
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_save_delay(save_delay_ms)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
