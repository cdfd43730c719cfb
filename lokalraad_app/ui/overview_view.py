"""Overblik: where the secretary starts her day — the next meetings, open action items by owner, deadlines,
open requests to the municipality, the plan's initiatives and what waits to be sent; each entry opens its page.

It is the first page painted at start-up, which is measured against a bare window: that paint shows the header
only, and nothing here touches PySide's `Qt` namespace before it (its enums cost ~16 ms to build). The lists and
their lines (ui/overview_sections.py) load right after.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex

from lokalraad_app.services.overview import OverviewData, OverviewService
from lokalraad_app.ui.events import Events

if TYPE_CHECKING:
    from lokalraad_app.ui.overview_sections import Entry, EntryListModel

NEXT_STEPS = ("welcome", "meeting", "members", "import", "demo")
SECTIONS = ("meetings", "actions", "deadlines", "requests", "initiatives", "outbox")


class OverviewView(QtWidgets.QWidget):
    record_requested = QtCore.Signal(str, int)  # (kind, id) or (page, 0): the main window opens it
    next_step_requested = QtCore.Signal(str)  # one of NEXT_STEPS

    def __init__(self, service: OverviewService, events: Events, parent: QtWidgets.QWidget | None = None, *,
                 sections_later: bool = False) -> None:
        """`sections_later`: at start-up the first paint shows the header only, and show_sections() fills the
        lists right after it (they cost more to paint than the start-up budget has room for)."""
        super().__init__(parent)
        self.setObjectName("OverviewView")
        self._service = service
        self._stale = False  # a change arrived while the page was hidden: read again when shown
        self._sections_shown = not sections_later
        self.today: date | None = None  # tests fix the day; None is today
        self.title_label = QtWidgets.QLabel()
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QtWidgets.QLabel()
        self.subtitle_label.setWordWrap(True)
        self.figures_label = QtWidgets.QLabel()
        self.figures_label.setWordWrap(True)
        # A new council file is empty: it says what to do first rather than show empty lists. Made when first
        # needed: a council at work never shows it, and its group box costs milliseconds at every start.
        self.next_steps: QtWidgets.QGroupBox | None = None
        self.step_buttons: dict[str, QtWidgets.QPushButton] = {}

        self.section_titles: dict[str, QtWidgets.QLabel] = {}
        self.models: dict[str, EntryListModel] = {}
        self.lists: dict[str, QtWidgets.QListView] = {}
        self.sections_widget = QtWidgets.QWidget()  # its lists are made with the first show_sections()
        self.sections_widget.setVisible(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.sections_widget, 1)
        layout.addStretch(0)  # takes the room only while the sections are hidden: the header stays at the top
        events.changed.connect(self._on_events_changed)
        self.refresh()

    # --- showing -------------------------------------------------------------------------------
    def _build_sections(self) -> None:
        # The lists and their lines load after the first paint (see the module's docstring).
        from lokalraad_app.ui.overview_sections import EntryListModel, OneLineDelegate

        boxes = {}
        for key in SECTIONS:
            title = QtWidgets.QLabel()
            title.setObjectName("SectionTitle")
            title.setWordWrap(True)  # a narrow window wraps the Danish titles instead of widening
            model = EntryListModel(self)
            view = QtWidgets.QListView()
            view.setObjectName(f"Overview_{key}")
            view.setModel(model)
            view.setUniformItemSizes(True)  # one line each: no size asked of every row at each layout
            view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setItemDelegate(OneLineDelegate(view))
            view.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)  # the whole line is in the tooltip
            view.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
            view.clicked.connect(self._on_list_activated)
            view.activated.connect(self._on_list_activated)  # Enter, or a double-click on some styles
            title.setBuddy(view)
            box = QtWidgets.QWidget()
            box_layout = QtWidgets.QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(title)
            box_layout.addWidget(view, 1)
            self.section_titles[key], self.models[key], self.lists[key], boxes[key] = title, model, view, box
        # Two columns that fit a 1366×768 laptop: the short lists left, the long ones right.
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(boxes["meetings"], 0, 0)
        grid.addWidget(boxes["deadlines"], 1, 0)
        grid.addWidget(boxes["requests"], 2, 0)
        grid.addWidget(boxes["outbox"], 3, 0)
        grid.addWidget(boxes["actions"], 0, 1, 2, 1)
        grid.addWidget(boxes["initiatives"], 2, 1, 2, 1)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        for row in range(4):
            grid.setRowStretch(row, 1)
        self.sections_widget.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> None:
        self._stale = False
        self.show_data(self._service.overview(lists=self._sections_shown))

    def show_sections(self) -> None:
        """Reads the file again, the sections' lists too (a page made with `sections_later` shows them from now)."""
        self._sections_shown = True
        self.refresh()

    def _sections_ready(self) -> bool:
        if self._sections_shown and not self.models:
            self._build_sections()
        return bool(self.models)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        # Every save publishes; reading the file again only matters while the page is in view.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def show_data(self, data: OverviewData | None) -> None:
        self._show_next_steps(data)
        self.sections_widget.setVisible(data is not None and self._sections_ready())
        if data is None:
            self.title_label.setText(self.tr("No council yet"))
            self.subtitle_label.setText(self.tr("Name the council to begin, open a council file, or look around "
                                                "in the demo council."))
            self.figures_label.clear()
            for model in self.models.values():
                model.set_entries([])
            return
        today = self.today or date.today()
        self.title_label.setText(data.council_name)
        self.subtitle_label.setText(" · ".join(p for p in (data.area, data.municipality) if p))
        self.figures_label.setText(
            self.tr("<b>%1</b> on the board · <b>%2</b> substitutes")
            .replace("%1", str(data.board_count)).replace("%2", str(data.substitute_count))
        )
        if not self.models:
            return  # the first paint: the header only
        titles = {
            "meetings": self.tr("Next meetings"),
            "actions": self.tr("Open action items, by owner (%1)").replace("%1", str(data.open_actions)),
            "deadlines": self.tr("Deadlines"),
            "requests": self.tr("Unanswered requests to the municipality (%1)").replace("%1", str(data.open_requests)),
            "initiatives": self.tr("Initiatives of the development plan"),
            "outbox": self.tr("Waiting to be sent (%1)").replace("%1", str(sum(data.outbox_counts.values()))),
        }
        from lokalraad_app.ui.overview_sections import (
            section_entries,  # loaded with the lists, after the first paint
        )

        entries = section_entries(data, today)
        for key in SECTIONS:
            self.section_titles[key].setText(titles[key])
            self.models[key].set_entries(entries[key])

    def entries(self, section: str) -> list[Entry]:
        return self.models[section].entries

    def _show_next_steps(self, data: OverviewData | None) -> None:
        """Shown until the council has a name, a board and a meeting; each step only while it is still to do."""
        wanted = {
            "welcome": data is None,
            "meeting": data is not None and not data.upcoming,
            "members": data is not None and data.board_count == 0,
            "import": data is not None and data.board_count == 0,
            "demo": data is None or (data.board_count == 0 and not data.upcoming),
        }
        shown = data is None or data.board_count == 0 or not data.upcoming
        if self.next_steps is None and not shown:
            return
        next_steps = self.next_steps or self._build_next_steps()
        for key, button in self.step_buttons.items():
            button.setVisible(wanted[key])
        next_steps.setVisible(shown)

    def _build_next_steps(self) -> QtWidgets.QGroupBox:
        self.next_steps = QtWidgets.QGroupBox(self.tr("Where to begin"))
        self.next_steps.setObjectName("NextSteps")
        self.next_steps.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; }")
        self.step_buttons = {
            "welcome": QtWidgets.QPushButton(self.tr("Name the &council…")),
            "meeting": QtWidgets.QPushButton(self.tr("&Plan a meeting…")),
            "members": QtWidgets.QPushButton(self.tr("Add the board's &members…")),
            "import": QtWidgets.QPushButton(self.tr("&Import members from a spreadsheet…")),
            "demo": QtWidgets.QPushButton(self.tr("Look around in the &demo council")),
        }
        steps = QtWidgets.QVBoxLayout(self.next_steps)
        for key, button in self.step_buttons.items():
            button.setObjectName(f"NextStep_{key}")
            button.clicked.connect(lambda _=False, k=key: self.next_step_requested.emit(k))
            steps.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        layout = self.layout()
        assert isinstance(layout, QtWidgets.QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.sections_widget), self.next_steps)
        return self.next_steps

    # --- opening -------------------------------------------------------------------------------
    def _on_list_activated(self, index: QModelIndex) -> None:
        from lokalraad_app.ui.overview_sections import EntryListModel

        target = index.data(EntryListModel.TargetRole)
        if target:
            self.record_requested.emit(target[0], int(target[1]))
