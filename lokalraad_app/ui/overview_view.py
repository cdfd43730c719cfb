"""Overblik: the first page — the council, its board, the next meetings, what is waiting."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.overview import OverviewData, OverviewService
from lokalraad_app.ui.events import Events
from lokalraad_app.ui.labels import format_datetime


class OverviewView(QtWidgets.QWidget):
    page_requested = QtCore.Signal(str)

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

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(8)
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
        if data is None:
            self.title_label.setText(self.tr("No council yet"))
            self.subtitle_label.setText(self.tr("Fill in the welcome form, or open a council file."))
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

    def _on_events_changed(self, changes: frozenset[str]) -> None:
        self.refresh()
