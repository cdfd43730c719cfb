"""The development plan's rows read in bulk as plain dicts: the plan page and a version's snapshot read
thousands of initiatives, where building ORM records (and converting each date) would be the slow part."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

PLAN_COLUMNS = ("id", "uid", "title", "vision", "adopted_on", "revised_on", "period_start", "period_end")
AREA_COLUMNS = ("id", "uid", "plan_id", "position", "title", "description")
INITIATIVE_COLUMNS = ("id", "uid", "focus_area_id", "title", "description", "owner", "partners", "funding",
                      "progress", "status", "progress_percent", "budget_ore", "start_on", "end_on")


def _select(columns: tuple[str, ...], prefix: str) -> str:
    return ", ".join(f"{prefix}.{c}" for c in columns)


def plan_rows(conn: Connection, plan_id: int) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(the plan, its focus areas in order, their initiatives by id) with the tables' column names; dates stay
    as the file holds them (ISO text)."""
    raw = conn.connection.driver_connection  # the session's own sqlite3 connection, in its transaction
    assert raw is not None
    plan = raw.execute(f"SELECT {_select(PLAN_COLUMNS, 'p')} FROM development_plan p WHERE p.id = ?",
                       (plan_id,)).fetchone()
    areas = raw.execute(f"SELECT {_select(AREA_COLUMNS, 'a')} FROM focus_area a WHERE a.plan_id = ? "
                        "ORDER BY a.position, a.id", (plan_id,)).fetchall()
    initiatives = raw.execute(
        f"SELECT {_select(INITIATIVE_COLUMNS, 'i')} FROM initiative i JOIN focus_area a ON a.id = i.focus_area_id "
        "WHERE a.plan_id = ? ORDER BY i.id", (plan_id,)).fetchall()
    return (dict(zip(PLAN_COLUMNS, plan, strict=True)),
            [dict(zip(AREA_COLUMNS, r, strict=True)) for r in areas],
            [dict(zip(INITIATIVE_COLUMNS, r, strict=True)) for r in initiatives])


LIST_COLUMNS = ("id", "uid", "focus_area_id", "title", "owner", "status", "progress_percent", "budget_ore", "start_on",
                "end_on")


def initiative_list(conn: Connection, plan_id: int) -> list[tuple[Any, ...]]:
    """The plan's initiatives as the page lists them: tuples of LIST_COLUMNS, by id."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return list(raw.execute(
        f"SELECT {_select(LIST_COLUMNS, 'i')} FROM initiative i JOIN focus_area a ON a.id = i.focus_area_id "
        "WHERE a.plan_id = ? ORDER BY i.id", (plan_id,)).fetchall())


__all__ = ["AREA_COLUMNS", "INITIATIVE_COLUMNS", "LIST_COLUMNS", "PLAN_COLUMNS", "initiative_list", "plan_rows"]
