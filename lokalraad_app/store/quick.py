"""Fast reads with plain sqlite3 for the first screen, before the ORM is even imported.

Importing SQLModel costs about half a second; the overview must show real data before that. Every
list here is read through an index and capped (LIMIT): on the stress file a whole-table scan costs
more than the start-up budget allows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

# How many entries of each list the overview reads; the pages behind them show the rest. (Every record here
# is a NamedTuple: a dataclass costs about a millisecond to define, and this module loads before the first
# paint.)
ACTION_LIMIT = 30
LIST_LIMIT = 12

# Where the overview's deadlines come from: (kind, SQL giving id, title and deadline of what is still open,
# soonest first, with one `?` for the limit). A new kind of deadline is one more row here, plus its label
# in ui/overview_view.py (deadline_labels) and its page in ui/main_window.py (RECORD_PAGES).
DEADLINE_SOURCES: tuple[tuple[str, str], ...] = (
    # A hearing is due at its deadline, or earlier when the committee decides before it (later is too late).
    ("hearing", "SELECT id, title, MIN(deadline, COALESCE(committee_decides_on, deadline)) AS due FROM hearing "
                "WHERE status = 'open' AND deadline IS NOT NULL ORDER BY due, id LIMIT ?"),
    ("funding_application", "SELECT id, fund, deadline FROM funding_application WHERE status = 'draft' "
                            "AND deadline IS NOT NULL ORDER BY deadline, id LIMIT ?"),
    ("funding_report", "SELECT id, fund, report_deadline FROM funding_application WHERE status = 'granted' "
                       "AND report_deadline IS NOT NULL ORDER BY report_deadline, id LIMIT ?"),
)

# The initiatives of the newest plan that are not done, by status. The columns fill InitiativeEntry in order.
INITIATIVE_SQL = (
    "SELECT i.id, i.title, i.status, f.title, i.progress_percent FROM initiative i "
    "JOIN focus_area f ON f.id = i.focus_area_id "
    "WHERE f.plan_id = (SELECT MAX(id) FROM development_plan) AND i.status != 'done' "
    "ORDER BY f.position, f.id, i.id LIMIT ?"
)
OUTBOX_WAITING = ("needs_attention", "failed", "sending", "pending")  # most urgent first


class UpcomingMeeting(NamedTuple):
    uid: str
    title: str
    kind: str
    start: datetime  # aware, UTC
    place: str
    id: int = 0


class OpenAction(NamedTuple):
    id: int
    description: str
    owner: str  # the person's name, or the name written by hand; "" when nobody has it
    due: date | None
    meeting_id: int | None
    agenda_item_id: int | None


class Deadline(NamedTuple):
    kind: str  # the first element of its DEADLINE_SOURCES row
    id: int
    title: str
    day: date


class OpenRequest(NamedTuple):
    id: int
    question: str
    owner: str  # who at the municipality answers it
    promised_on: date | None


class InitiativeEntry(NamedTuple):
    id: int
    title: str
    status: str  # InitiativeStatus
    focus_area: str
    progress: int | None = None  # percent, once the plan records it


class OverviewData(NamedTuple):
    council_name: str
    area: str
    municipality: str
    board_count: int
    substitute_count: int
    upcoming: Sequence[UpcomingMeeting]
    open_actions: int
    open_hearings: int
    pending_outbox: int
    # The lists below are read only when asked for (read_overview's `lists`); empty until then.
    actions: Sequence[OpenAction] = ()  # open ones, soonest due first (no date last)
    deadlines: Sequence[Deadline] = ()  # soonest first, from every DEADLINE_SOURCES row
    open_requests: int = 0
    requests: Sequence[OpenRequest] = ()
    initiatives: Sequence[InitiativeEntry] = ()  # not done, of the newest plan
    initiative_counts: Mapping[str, int] = {}  # status → how many (done included); never changed, so shared
    outbox_counts: Mapping[str, int] = {}  # waiting status → how many; zero left out


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def read_overview(path: Path, today: date | None = None, lists: bool = True) -> OverviewData | None:
    """None when the file has no council yet (a new file: the welcome asks for one). Without `lists`, only the
    header's figures (what the first paint shows); the lists of Overblik's sections stay empty."""
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

        def rows(sql: str, *args: object) -> list[tuple[Any, ...]]:
            """An older file may lack a table or column until it is migrated (right after the first paint)."""
            try:
                return conn.execute(sql, args).fetchall()
            except sqlite3.OperationalError:
                return []

        upcoming = [
            UpcomingMeeting(uid, title, kind, datetime.fromisoformat(start).replace(tzinfo=UTC), place, id_)
            for id_, uid, title, kind, start, place in conn.execute(
                "SELECT id, uid, title, kind, start, place FROM meeting WHERE start >= ? AND status != 'cancelled' "
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
            **(dict(
                actions=[
                    OpenAction(id_, description, owner, _day(due), meeting_id, item_id)
                    for id_, description, owner, due, meeting_id, item_id in rows(
                        "SELECT a.id, a.description, COALESCE(p.name, a.owner_name, ''), a.due, a.meeting_id, "
                        "a.agenda_item_id FROM action_item a LEFT JOIN person p ON p.id = a.owner_id "
                        "WHERE a.status = 'open' ORDER BY a.due IS NULL, a.due, a.id LIMIT ?",
                        ACTION_LIMIT,
                    )
                ],
                deadlines=sorted(
                    (
                        Deadline(kind, id_, title, day)
                        for kind, sql in DEADLINE_SOURCES
                        for id_, title, deadline in rows(sql, LIST_LIMIT)
                        if (day := _day(deadline)) is not None
                    ),
                    key=lambda d: (d.day, d.kind, d.id),
                )[:LIST_LIMIT],
                open_requests=sum(n for (n,) in rows("SELECT COUNT(*) FROM municipal_request WHERE status = 'open'")),
                requests=[
                    OpenRequest(id_, question, owner, _day(promised))
                    for id_, question, owner, promised in rows(
                        "SELECT id, question, owner, promised_on FROM municipal_request WHERE status = 'open' "
                        "ORDER BY promised_on IS NULL, promised_on, id LIMIT ?",
                        LIST_LIMIT,
                    )
                ],
                initiatives=[InitiativeEntry(*row) for row in rows(INITIATIVE_SQL, LIST_LIMIT * 2)],
                initiative_counts=dict(rows(
                    "SELECT i.status, COUNT(*) FROM initiative i JOIN focus_area f ON f.id = i.focus_area_id "
                    "WHERE f.plan_id = (SELECT MAX(id) FROM development_plan) GROUP BY i.status"
                )),
                outbox_counts=dict(rows(
                    f"SELECT status, COUNT(*) FROM outbox_message WHERE status IN ({', '.join('?' * len(OUTBOX_WAITING))}) "
                    "GROUP BY status",
                    *OUTBOX_WAITING,
                )),
            ) if lists else {}),
        )
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
