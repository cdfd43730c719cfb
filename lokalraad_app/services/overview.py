"""The overview's figures, read without the ORM so the first window shows real data at once."""

from __future__ import annotations

from pathlib import Path

from lokalraad_app.store.quick import (
    DEADLINE_SOURCES,
    OUTBOX_WAITING,
    Deadline,
    InitiativeEntry,
    OpenAction,
    OpenRequest,
    OverviewData,
    UpcomingMeeting,
    read_overview,
)


class OverviewService:
    def __init__(self, path: Path) -> None:
        self.path = path

    def overview(self, lists: bool = True) -> OverviewData | None:
        return read_overview(self.path, lists=lists)


__all__ = ["DEADLINE_SOURCES", "OUTBOX_WAITING", "Deadline", "InitiativeEntry", "OpenAction", "OpenRequest",
           "OverviewData", "OverviewService", "UpcomingMeeting"]
