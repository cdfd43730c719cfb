"""What the window says about the council file: a folder or a missing last-used file (never made anew), a
backup that could not be made because the file is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalraad_app.app import choose_start_file
from lokalraad_app.services import locations
from lokalraad_app.ui import prompts


class Answers:
    """Answers the start-up question as a person would, and keeps what they were told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[int | None], open_: Path | None = None,
                 new: Path | None = None) -> None:
        self.told: list[tuple[str, list[str]]] = []
        self.answers = answers
        monkeypatch.setattr(prompts, "ask", self.ask)
        monkeypatch.setattr(prompts, "open_file", lambda *a, **k: open_)
        monkeypatch.setattr(prompts, "save_file", lambda *a, **k: new)

    def ask(self, parent: object, title: str, text: str, choices: list[str], cancel: str | None = None) -> int | None:
        self.told.append((text, [*choices, cancel or "Cancel"]))
        return self.answers.pop(0)


def test_a_missing_last_used_file_is_said_and_not_made_anew(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                           council_file: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb" / "lokalraad.sqlite"
    usb.parent.mkdir()
    usb.write_bytes(council_file.read_bytes())
    locations.remember_file(usb)
    usb.unlink()  # the stick was unplugged
    answers = Answers(monkeypatch, [None])  # Quit

    assert choose_start_file(locations.last_council_file(), remembered=True) is None

    text, buttons = answers.told[0]
    assert str(usb) in text and "not there" in text
    assert buttons == ["Open another…", "New…", "Quit"]
    assert not usb.exists() and not usb.parent.joinpath("lokalraad.sqlite.lock").exists()


def test_open_another_file_instead_of_the_missing_one(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                      council_file: Path, tmp_path: Path) -> None:
    Answers(monkeypatch, [0], open_=council_file)
    assert choose_start_file(tmp_path / "væk.sqlite", remembered=True) == council_file


def test_a_folder_as_data_is_said_and_a_new_file_can_be_started(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    new = tmp_path / "ny-lokalraad"
    answers = Answers(monkeypatch, [1], new=new)
    assert choose_start_file(tmp_path, remembered=False) == new.with_suffix(".sqlite")
    assert "is a folder" in answers.told[0][0]


def test_the_first_start_and_a_named_new_file_ask_nothing(qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    answers = Answers(monkeypatch, [])
    first = locations.last_council_file()  # nothing remembered yet: the default file, made on first start
    assert choose_start_file(first, remembered=bool(locations.recent_files())) == first
    assert choose_start_file(tmp_path / "ny.sqlite", remembered=False) == tmp_path / "ny.sqlite"
    assert answers.told == []


def test_the_window_says_when_the_daily_backup_failed_because_the_file_is_damaged(
        qtbot, monkeypatch: pytest.MonkeyPatch, council_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtCore

    from lokalraad_app.app import start
    from lokalraad_app.services.bundle import open_services
    from lokalraad_app.store.backup import list_backups

    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append((title, text)))
    controller = start(council_file, QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))
    assert controller is not None
    qtbot.addWidget(controller.window)
    damaged = tmp_path / "skadet.sqlite"
    damaged.write_bytes(council_file.read_bytes())
    services = open_services(damaged, backup=False)
    try:
        with open(damaged, "r+b") as f:  # the disk fails under the open file: every page after the first
            f.seek(4096)
            f.write(b"\xa5" * (damaged.stat().st_size - 4096))
        controller._backup_quietly(services.council)  # what the daily-backup thread runs
    finally:
        services.close()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    title, text = errors[0]
    assert title == "Backup failed" and "damaged" in text and "No backup was made" in text
    assert list_backups(damaged) == []
    controller.release()
