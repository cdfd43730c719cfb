"""Hjælp ▸ Brugervejledning: the Danish guide (lokalraad_app/help/da.html, with pictures of the real
screens made by packaging/make_help_screenshots.py), searchable, opened at the section of the page
the user is on (F1)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

HELP_DIR = Path(__file__).resolve().parent.parent / "help"
GUIDE = HELP_DIR / "da.html"
# The guide's section for each page of the main window (ui/main_window.py PAGES).
SECTION_FOR_PAGE = {"overview": "start", "members": "medlemmer", "meetings": "moeder", "plan": "plan",
                    "hearings": "hoeringer", "funding": "hoeringer", "outbox": "udsendelse"}


def sections(html: str) -> list[tuple[str, str]]:
    """(anchor, title) of each <h2 id="…"> in the guide, in order."""
    return [(anchor, re.sub(r"<[^>]+>", "", title)) for anchor, title in
            re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', html, flags=re.S)]


class HelpDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("User guide"))
        html = GUIDE.read_text(encoding="utf-8")
        self.contents = QtWidgets.QListWidget()
        self.anchors = sections(html)
        for _, title in self.anchors:
            self.contents.addItem(title)
        self.contents.setWordWrap(True)
        self.contents.setMaximumWidth(300)
        self.contents.setMinimumWidth(220)
        self.browser = QtWidgets.QTextBrowser()
        self.browser.setSearchPaths([str(HELP_DIR)])
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html)
        self.search_edit = QtWidgets.QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the guide (Enter: next match)"))
        self.search_edit.setClearButtonEnabled(True)
        self.not_found = QtWidgets.QLabel()
        search_label = QtWidgets.QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.not_found)
        split = QtWidgets.QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self._on_contents_row_changed)
        self.search_edit.textEdited.connect(lambda _: self.find(from_start=True))
        self.search_edit.returnPressed.connect(self.find)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.resize(1000, 680)

    def show_section(self, anchor: str) -> None:
        keys = [a for a, _ in self.anchors]
        if anchor in keys:
            self.contents.setCurrentRow(keys.index(anchor))
            self.browser.scrollToAnchor(anchor)

    def find(self, from_start: bool = False) -> bool:
        """Selects the next match of the search text (wrapping round); says so when there is none."""
        text = self.search_edit.text().strip()
        self.not_found.clear()
        if not text:
            return False
        if from_start:
            self.browser.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QtGui.QTextCursor.MoveOperation.Start)  # from the top again
        if self.browser.find(text):
            return True
        self.not_found.setText(self.tr("Not found"))
        return False

    def _on_contents_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.anchors):
            self.browser.scrollToAnchor(self.anchors[row][0])

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 — Qt's name
        return QtCore.QSize(1000, 680)
