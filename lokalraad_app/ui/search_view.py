"""Search results across the whole file (Ctrl+F); Enter or a double click opens the hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from lokalraad_app.services.council import SearchHit
from lokalraad_app.ui.labels import format_datetime, search_kind_label

HIT_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1


class SearchView(QtWidgets.QWidget):
    hit_opened = QtCore.Signal(str, int)  # kind, id

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchView")
        self._search = search
        self.heading = QtWidgets.QLabel()
        self.heading.setObjectName("PageTitle")
        self.results = QtWidgets.QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        self.results.itemActivated.connect(self._on_results_item_activated)

    def run(self, text: str) -> int:
        hits = self._search(text) if text.strip() else []
        self.results.clear()
        for hit in hits:
            label = f"{search_kind_label(hit.kind)}: {hit.title}"
            if hit.meeting_start is not None:  # which meeting, and when: many items share a title
                when = format_datetime(hit.meeting_start, hit.meeting_zone)
                label += f"\n    {hit.meeting_title}, {when}" if hit.kind == "agenda_item" else f"\n    {when}"
            if hit.snippet.strip():
                label += f"\n    {' '.join(hit.snippet.split())}"
            item = QtWidgets.QListWidgetItem(label)
            item.setData(HIT_ROLE, (hit.kind, hit.ref_id))
            self.results.addItem(item)
        self.heading.setText(
            self.tr("%n hit(s) for “%1”", "", len(hits)).replace("%1", text.strip())
            if text.strip() else self.tr("Search")
        )
        if hits:
            self.results.setCurrentRow(0)
        return len(hits)

    def _on_results_item_activated(self, item: QtWidgets.QListWidgetItem) -> None:
        kind, ref_id = item.data(HIT_ROLE)
        self.hit_opened.emit(kind, ref_id)
