"""Overblik: the first page — the council, its board, the next meetings, what is waiting."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.overview import OverviewData, OverviewService
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_datetime

NEXT_STEPS = ("welcome", "meeting", "members", "import", "demo")


class OverviewView(QtWidgets.QWidget):
    page_requested = QtCore.Signal(str)
    next_step_requested = QtCore.Signal(str)  # one of NEXT_STEPS

    def __init__(self, service: OverviewService, events: Events, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewView")
        self._service = service
        self.title_label = QtWidgets.QLabel()
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QtWidgets.QLabel()
        self.subtitle_label.setWordWrap(True)
        self.figures_label = QtWidgets.QLabel()
        self.figures_label.setWordWrap(True)
        self.upcoming_list = QtWidgets.QListWidget()
        self.upcoming_list.setObjectName("UpcomingList")
        self.waiting_label = QtWidgets.QLabel()
        self.waiting_label.setWordWrap(True)
        # A new council file is empty: say what to do first rather than show empty lists.
        self.next_steps = QtWidgets.QGroupBox(self.tr("Where to begin"))
        self.next_steps.setObjectName("NextSteps")
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
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, k=key: self.next_step_requested.emit(k))
            steps.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.figures_label)
        layout.addSpacing(8)
        upcoming_title = QtWidgets.QLabel(self.tr("Next meetings"))
        upcoming_title.setObjectName("SectionTitle")
        layout.addWidget(upcoming_title)
        layout.addWidget(self.upcoming_list, 1)
        layout.addWidget(self.waiting_label)
        events.changed.connect(self._on_events_changed)
        self.refresh()

    def refresh(self) -> None:
        self.show_data(self._service.overview())

    def show_data(self, data: OverviewData | None) -> None:
        self._show_next_steps(data)
        if data is None:
            self.title_label.setText(self.tr("No council yet"))
            self.subtitle_label.setText(self.tr("Name the council to begin, open a council file, or look around "
                                                "in the demo council."))
            self.figures_label.clear()
            self.upcoming_list.clear()
            self.waiting_label.clear()
            return
        self.title_label.setText(data.council_name)
        self.subtitle_label.setText(" · ".join(p for p in (data.area, data.municipality) if p))
        self.figures_label.setText(
            self.tr("<b>%1</b> on the board · <b>%2</b> substitutes")
            .replace("%1", str(data.board_count)).replace("%2", str(data.substitute_count))
        )
        self.upcoming_list.clear()
        for m in data.upcoming:
            text = f"{format_datetime(m.start)} — {m.title}" + (f", {m.place}" if m.place else "")
            self.upcoming_list.addItem(text)
        if not data.upcoming:
            self.upcoming_list.addItem(self.tr("No meetings planned."))
        self.waiting_label.setText(
            self.tr("Open action items: %1 · Hearings awaiting an answer: %2 · Waiting in the outbox: %3")
            .replace("%1", str(data.open_actions)).replace("%2", str(data.open_hearings))
            .replace("%3", str(data.pending_outbox))
        )

    def _show_next_steps(self, data: OverviewData | None) -> None:
        """Shown until the council has a name, a board and a meeting; each step only while it is still to do."""
        wanted = {
            "welcome": data is None,
            "meeting": data is not None and not data.upcoming,
            "members": data is not None and data.board_count == 0,
            "import": data is not None and data.board_count == 0,
            "demo": data is None or (data.board_count == 0 and not data.upcoming),
        }
        for key, button in self.step_buttons.items():
            button.setVisible(wanted[key])
        self.next_steps.setVisible(data is None or data.board_count == 0 or not data.upcoming)

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        self.refresh()
