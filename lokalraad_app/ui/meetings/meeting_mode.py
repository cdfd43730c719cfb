"""Meeting mode: minute-taking in the room, full screen — the current item large, planned against actual
time, next and previous item by keyboard, check-in one tab away.

It borrows the meeting page's own minutes tab (the minutes editor and its approval bar) and participants
tab for the time it is open, so what is typed here is saved exactly as on the page (within about a
second) and nothing is written twice.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6 import QtCore, QtGui, QtWidgets

from lokalraad_app.ui.meetings.meeting_page import MeetingPage

MINUTES_TAB = 1


class MeetingModeWindow(QtWidgets.QWidget):
    closed = QtCore.Signal()

    def __init__(self, page: MeetingPage) -> None:
        super().__init__(None, QtCore.Qt.WindowType.Window)
        self.setObjectName("MeetingMode")
        self.setWindowTitle(self.tr("Meeting mode"))
        self.setStyleSheet("QLabel#ItemTitle { font-size: 24pt; font-weight: 600; }"
                           "QLabel#Clock { font-size: 14pt; } QPlainTextEdit { font-size: 13pt; }")
        self._page = page
        self._entered: dict[int, datetime] = {}  # when each item was first on screen: its actual start
        self.item_label = QtWidgets.QLabel()
        self.item_label.setObjectName("ItemTitle")
        self.item_label.setWordWrap(True)
        self.clock_label = QtWidgets.QLabel()
        self.clock_label.setObjectName("Clock")
        self.prev_button = QtWidgets.QPushButton(self.tr("← Previous item (Alt+↑)"))
        self.next_button = QtWidgets.QPushButton(self.tr("Next item (Alt+↓) →"))
        self.leave_button = QtWidgets.QPushButton(self.tr("Leave meeting mode (Esc)"))
        self.tabs = QtWidgets.QTabWidget()
        # Borrow the page's tabs; they go back in close().
        self._borrowed: list[tuple[int, QtWidgets.QWidget, str]] = []
        for index in (MINUTES_TAB, MINUTES_TAB + 1):
            if index < page.tabs.count():
                self._borrowed.append((index, page.tabs.widget(index), page.tabs.tabText(index)))
        for _, widget, _text in reversed(self._borrowed):
            page.tabs.removeTab(page.tabs.indexOf(widget))
        for _, widget, text in self._borrowed:
            self.tabs.addTab(widget, text)

        nav = QtWidgets.QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.leave_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.item_label)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(nav)

        # Alt+↓/↑ work while typing (a text field keeps PgDn/PgUp for itself); PgDn/PgUp elsewhere.
        for key, slot in (("Alt+Down", lambda: self.step(+1)), ("Alt+Up", lambda: self.step(-1)),
                          ("PgDown", lambda: self.step(+1)), ("PgUp", lambda: self.step(-1)),
                          ("Esc", self.close), ("F11", self.close)):
            QtGui.QShortcut(QtGui.QKeySequence(key), self, slot)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.leave_button.clicked.connect(self.close)
        self._editor = page.minutes_editor
        self._editor.minutes_view.selectionModel().currentRowChanged.connect(self._show_item)
        self._timer = QtCore.QTimer(self, interval=1000)
        self._timer.timeout.connect(self._show_clock)
        self._timer.start()
        self._show_item()

    def step(self, delta: int) -> None:
        self._editor.step(delta)

    def current_row(self) -> int:
        return self._editor.current_row()

    def _show_item(self) -> None:
        detail, row = self._page.detail, self.current_row()
        if detail is None or not 0 <= row < len(detail.items):
            return
        item = detail.items[row]
        self._entered.setdefault(item.id or 0, datetime.now(ZoneInfo(detail.meeting.timezone)))
        self.item_label.setText(f"{item.position}. {item.title}")
        self._show_clock()

    def _show_clock(self) -> None:
        detail, row = self._page.detail, self.current_row()
        if detail is None or not 0 <= row < len(detail.items):
            return
        zone = ZoneInfo(detail.meeting.timezone)
        item, planned = detail.items[row], detail.planned[row].astimezone(zone)
        now = datetime.now(zone)
        spent = int((now - self._entered.get(item.id or 0, now)).total_seconds() // 60)
        self.clock_label.setText(
            self.tr("Planned %1 (%2 min) · started %3 · %4 min on this item · now %5")
            .replace("%1", f"{planned:%H.%M}").replace("%2", str(item.minutes_allowed))
            .replace("%3", f"{self._entered.get(item.id or 0, now):%H.%M}").replace("%4", str(spent))
            .replace("%5", f"{now:%H.%M}"))
        self.clock_label.setStyleSheet("color: #b00020;" if spent > item.minutes_allowed else "")

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self._timer.stop()
        self._editor.save_minutes_text()
        for index, widget, text in self._borrowed:  # back where they came from
            self._page.tabs.insertTab(index, widget, text)
        self._borrowed = []
        self._page.tabs.setCurrentIndex(MINUTES_TAB)
        self.closed.emit()
        super().closeEvent(event)
