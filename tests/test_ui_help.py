"""Hjælp ▸ Brugervejledning: the Danish guide opens at the section of the page in view (F1), can be
searched, and every picture in it is there (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.ui.events import Events
from lokalraad_app.ui.help_dialog import GUIDE, HELP_DIR, SECTION_FOR_PAGE, HelpDialog, sections
from lokalraad_app.ui.main_window import PAGES, MainWindow


def test_the_guide_covers_every_topic_and_every_picture_is_there() -> None:
    html = GUIDE.read_text(encoding="utf-8")
    anchors = [a for a, _ in sections(html)]
    assert anchors == ["start", "medlemmer", "moeder", "udsendelse", "plan", "hoeringer", "aarsberetning", "overdragelse"]
    assert set(SECTION_FOR_PAGE) == set(PAGES) and set(SECTION_FOR_PAGE.values()) <= set(anchors)
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 7
    for picture in pictures:
        image = QtGui.QImage(str(HELP_DIR / picture))
        assert not image.isNull() and image.width() >= 400, picture  # a real screen, not a placeholder


def test_f1_opens_the_guide_at_the_page_in_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lokalraad_app.services.overview import OverviewService

    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(OverviewService(tmp_path / "none.sqlite"), Events(), settings, [])
    qtbot.addWidget(window)
    window.show()
    window.install_shortcuts()  # as app.run does once the window is painted
    window.show_page("members")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, QtCore.Qt.Key.Key_F1)
    guide = window.help_dialog
    assert isinstance(guide, HelpDialog) and guide.isVisible()
    assert guide.contents.currentItem().text() == "Medlemmer"
    window.show_page("meetings")
    assert window.show_help() is guide  # one guide window, moved to the section
    assert guide.contents.currentItem().text() == "Et møde fra invitation til godkendt referat"
    guide.close()


def test_the_guide_can_be_searched(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = HelpDialog()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.keyClicks(guide.search_edit, "overdrag", delay=20)
    assert guide.browser.textCursor().selectedText().lower() == "overdrag"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.search_edit, QtCore.Qt.Key.Key_Return)  # the next match
    assert guide.browser.textCursor().position() > first
    guide.search_edit.clear()
    qtbot.keyClicks(guide.search_edit, "xyzzy")
    assert guide.not_found.text() == "Not found"
    guide.contents.setCurrentRow(5)
    assert guide.browser.verticalScrollBar().value() > 0  # the contents move the text
    assert isinstance(guide.browser, QtWidgets.QTextBrowser)
