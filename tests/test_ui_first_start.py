"""The first start: what to do next on an empty council, a window that fits a 1366×768 laptop, the welcome again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtCore

from lokalraad_app.app import AppController
from lokalraad_app.ui.main_window import DEFAULT_SIZE, MainWindow
from lokalraad_app.ui.meetings.meeting_dialog import MeetingDialog
from lokalraad_app.ui.members.member_dialog import MemberDialog
from lokalraad_app.ui.welcome_dialog import WelcomeDialog
from tests.helpers.app import started

LAPTOP = QtCore.QRect(0, 0, 1366, 768)  # what a 1366×768 screen offers, before a taskbar


@pytest.fixture
def settings(tmp_path: Path) -> QtCore.QSettings:
    return QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)


def on_screen(window: MainWindow, available: QtCore.QRect) -> bool:
    """The client area plus a title bar (32 px) and borders (8 px) inside the free area."""
    g = window.geometry()
    return (g.left() - 8 >= available.left() and g.top() - 32 >= available.top()
            and g.right() + 8 <= available.right() and g.bottom() + 8 <= available.bottom())


def cancel_welcome(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    shown: list[int] = []

    def cancel(dialog: WelcomeDialog) -> int:
        shown.append(1)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", cancel)
    return shown


def test_the_window_fits_a_1366x768_screen(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    controller = started(qtbot, tmp_path / "ny.sqlite", settings)
    window = controller.window
    window.resize(DEFAULT_SIZE)  # the first start's size
    window.fit_to_screen(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    assert on_screen(window, LAPTOP), window.geometry()
    assert window.width() >= 1000  # still a roomy window, not a stamp
    window.resize(1180, 1000)  # remembered from a big screen
    window.fit_to_screen(LAPTOP)
    assert on_screen(window, LAPTOP) and window.height() >= 600
    window.close()  # the fitted size is what is remembered
    controller.release()
    again = started(qtbot, tmp_path / "ny.sqlite", settings)
    again.window.fit_to_screen(LAPTOP)
    assert on_screen(again.window, LAPTOP)
    again.release()


def test_every_page_fits_the_laptop_screen(qtbot, monkeypatch, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    cancel_welcome(monkeypatch)
    controller = started(qtbot, tmp_path / "ny.sqlite", settings)
    controller.load()
    room = LAPTOP.adjusted(8, 32, -8, -8).size()
    assert controller.window.minimumSizeHint().height() <= room.height()
    assert controller.window.minimumSizeHint().width() <= room.width()
    controller.release()


def test_an_empty_council_says_what_to_do_next_and_the_welcome_comes_back(qtbot, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          settings) -> None:
    shown = cancel_welcome(monkeypatch)
    demos: list[str] = []
    monkeypatch.setattr(AppController, "open_demo", lambda self: demos.append("demo"))
    controller = started(qtbot, tmp_path / "ny.sqlite", settings)
    controller.load()
    assert shown == [1]  # the user pressed Cancel
    window, overview = controller.window, controller.window.overview_view
    window.show()
    assert overview.next_steps is not None and overview.next_steps.isVisible()
    assert overview.step_buttons["welcome"].isVisible() and overview.step_buttons["demo"].isVisible()
    # The words and the steps stay together at the top, not spread over the empty page.
    window.resize(1366, 700)
    qtbot.wait(10)
    assert overview.next_steps.geometry().top() < overview.height() // 3
    assert overview.subtitle_label.height() < 3 * overview.subtitle_label.sizeHint().height()
    qtbot.mouseClick(overview.step_buttons["welcome"], QtCore.Qt.MouseButton.LeftButton)
    assert shown == [1, 1]  # the form came back (the controller answers the window's request)
    assert window.welcome_action.isEnabled()
    window.welcome_action.trigger()
    assert shown == [1, 1, 1]
    window.demo_action.trigger()
    qtbot.mouseClick(overview.step_buttons["demo"], QtCore.Qt.MouseButton.LeftButton)
    assert demos == ["demo", "demo"]
    controller.release()


def test_a_named_council_without_members_or_meetings_offers_the_first_steps(qtbot, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                            settings) -> None:
    def name_it(dialog: WelcomeDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Vipperød Lokalråd")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", name_it)
    controller = started(qtbot, tmp_path / "ny.sqlite", settings)
    controller.load()
    window, overview = controller.window, controller.window.overview_view
    window.show()
    visible = {k for k, b in overview.step_buttons.items() if b.isVisible()}
    assert visible == {"meeting", "members", "import", "demo"}
    assert not window.welcome_action.isEnabled()  # the council has its name; Settings changes it

    opened: list[str] = []
    monkeypatch.setattr(MemberDialog, "exec", lambda d: opened.append("member") or 0)
    monkeypatch.setattr(MeetingDialog, "exec", lambda d: opened.append("meeting") or 0)
    qtbot.mouseClick(overview.step_buttons["members"], QtCore.Qt.MouseButton.LeftButton)
    assert opened == ["member"] and window.current_page() == "members"
    window.show_page("overview")
    qtbot.mouseClick(overview.step_buttons["meeting"], QtCore.Qt.MouseButton.LeftButton)
    assert opened == ["member", "meeting"] and window.current_page() == "meetings"
    controller.release()


def test_a_council_at_work_shows_no_first_steps(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.demo_data import write_demo

    path = tmp_path / "demo.sqlite"
    write_demo(path)
    controller = started(qtbot, path, settings)
    controller.window.show()
    next_steps = controller.window.overview_view.next_steps
    assert next_steps is None or not next_steps.isVisible()
    controller.release()
