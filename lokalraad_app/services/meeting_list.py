"""The list of meetings as light rows (command line now, the meetings page later)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlmodel import col

from lokalraad_app.domain.models import AgendaItem, Meeting, Minutes
from lokalraad_app.domain.rules import shown_meeting_status
from lokalraad_app.store.engine import Store


@dataclass(frozen=True)
class MeetingListRow:
    """One meeting as a list shows it; times are aware, in the meeting's own zone."""

    id: int
    uid: str
    kind: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    status: str  # as shown: "minutes_approved" once the minutes are (domain.rules.shown_meeting_status)
    place: str
    agenda_items: int


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


class MeetingListService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def meetings(self) -> list[MeetingListRow]:
        """Every meeting in time order, with its number of agenda items (one query, no object graphs)."""
        counts = (
            select(col(AgendaItem.meeting_id).label("meeting_id"), func.count().label("n"))
            .group_by(col(AgendaItem.meeting_id))
            .subquery()
        )
        query = (
            select(col(Meeting.id), col(Meeting.uid), col(Meeting.kind), col(Meeting.title), col(Meeting.start),
                   col(Meeting.end), col(Meeting.timezone), col(Meeting.status), col(Meeting.place),
                   func.coalesce(counts.c.n, 0), col(Minutes.status))
            .outerjoin(counts, counts.c.meeting_id == col(Meeting.id))
            .outerjoin(Minutes, col(Minutes.meeting_id) == col(Meeting.id))
            .order_by(col(Meeting.start), col(Meeting.id))
        )
        with self.store.read() as s:
            rows = s.execute(query).all()
        out = []
        for mid, uid, kind, title, start, end, tz, status, place, n, minutes in rows:
            zone = _zone(tz or "Europe/Copenhagen")
            out.append(MeetingListRow(mid, uid, kind, title, start.astimezone(zone), end.astimezone(zone),
                                      tz, shown_meeting_status(status, minutes), place, int(n)))
        return out


__all__ = ["MeetingListRow", "MeetingListService"]
