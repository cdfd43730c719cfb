"""Fast reads with plain sqlite3 for the first screen, before the ORM is even imported.

Importing SQLModel costs about half a second; the overview must show real data before that.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path


@dataclass(frozen=True)
class UpcomingMeeting:
    uid: str
    title: str
    kind: str
    start: datetime  # aware, UTC
    place: str


@dataclass(frozen=True)
class OverviewData:
    council_name: str
    area: str
    municipality: str
    board_count: int
    substitute_count: int
    upcoming: list[UpcomingMeeting]
    open_actions: int
    open_hearings: int
    pending_outbox: int


def read_overview(path: Path, today: date | None = None) -> OverviewData | None:
    """None when the file has no council yet (a new file: the welcome asks for one)."""
    if not path.exists():
        return None
    today_s = (today or date.today()).isoformat()
    now_s = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)  # as_uri escapes # and ?
    try:
        council = conn.execute("SELECT name, area, municipality FROM council ORDER BY id LIMIT 1").fetchone()
        if council is None:
            return None

        def one(sql: str, *args: object) -> int:
            return int(conn.execute(sql, args).fetchone()[0])

        upcoming = [
            UpcomingMeeting(uid, title, kind, datetime.fromisoformat(start).replace(tzinfo=UTC), place)
            for uid, title, kind, start, place in conn.execute(
                "SELECT uid, title, kind, start, place FROM meeting WHERE start >= ? AND status != 'cancelled' "
                "ORDER BY start LIMIT 5",
                (now_s,),
            )
        ]
        return OverviewData(
            council_name=council[0],
            area=council[1],
            municipality=council[2],
            # Whole-table counts are left out on purpose: cold, they cost tens of ms on a big file.
            board_count=one(
                "SELECT COUNT(DISTINCT person_id) FROM membership WHERE term_from <= ? "
                "AND (term_to IS NULL OR term_to >= ?) AND role != 'substitute'",
                today_s,
                today_s,
            ),
            substitute_count=one(
                "SELECT COUNT(DISTINCT person_id) FROM membership WHERE term_from <= ? "
                "AND (term_to IS NULL OR term_to >= ?) AND role = 'substitute'",
                today_s,
                today_s,
            ),
            upcoming=upcoming,
            open_actions=one("SELECT COUNT(*) FROM action_item WHERE status = 'open'"),
            open_hearings=one("SELECT COUNT(*) FROM hearing WHERE status = 'open'"),
            pending_outbox=one(
                "SELECT COUNT(*) FROM outbox_message WHERE status IN ('pending', 'failed', 'needs_attention')"
            ),
        )
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
