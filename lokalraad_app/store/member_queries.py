"""SQL behind the member register: filtered, sorted id lists and light rows for the visible page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from lokalraad_app.domain.enums import BOARD_ROLES, MemberFilter, PersonKind, Role
from lokalraad_app.store.search import fts_query


@dataclass(frozen=True)
class MemberRow:
    """What one line of the member table shows."""

    id: int
    name: str
    role: str  # Role of the current (or latest) membership, "" for contacts
    term_from: date | None
    term_to: date | None
    email: str
    phone: str
    address: str
    postal_code: str
    city: str
    organisation: str
    title: str
    kind: str
    current: bool  # has a membership running today


# Danish alphabetical order (æ, ø, å after z, case-insensitive); identical to the index made by
# migration 0002, so sorting 50,000 names is an index scan.
DANISH_NAME_ORDER = (
    "replace(replace(replace(replace(replace(replace(lower(name), 'Æ', '{'), 'æ', '{'), 'Ø', '|'), 'ø', '|'), "
    "'Å', '}'), 'å', '}')"
)

# Sortable columns and their SQL; role/term sort through the person's latest membership.
_LATEST = (
    "(SELECT {col} FROM membership lm WHERE lm.person_id = p.id "
    "ORDER BY lm.term_to IS NULL DESC, lm.term_to DESC LIMIT 1)"
)
SORT_SQL = {
    "name": DANISH_NAME_ORDER,
    "role": _LATEST.format(col="lm.role"),
    "term": _LATEST.format(col="lm.term_from"),
    "email": "p.email COLLATE NOCASE",
    "phone": "p.phone",
    "address": "p.address COLLATE NOCASE",
    "organisation": "p.organisation COLLATE NOCASE",
}

_CURRENT = "m.term_from <= :today AND (m.term_to IS NULL OR m.term_to >= :today)"


def member_ids(
    session: Session,
    member_filter: MemberFilter,
    needle: str = "",
    sort: str = "name",
    descending: bool = False,
    today: date | None = None,
) -> list[int]:
    """Ids of the people the filter selects, in display order."""
    params: dict[str, object] = {"today": (today or date.today()).isoformat()}
    where = ["1"]
    if member_filter is MemberFilter.BOARD:
        roles = ", ".join(f"'{r.value}'" for r in BOARD_ROLES)
        where.append(
            f"p.id IN (SELECT m.person_id FROM membership m WHERE {_CURRENT} AND m.role IN ({roles}))"
        )
    elif member_filter is MemberFilter.SUBSTITUTES:
        where.append(
            f"p.id IN (SELECT m.person_id FROM membership m WHERE {_CURRENT} "
            f"AND m.role = '{Role.SUBSTITUTE.value}')"
        )
    elif member_filter is MemberFilter.FORMER:
        # "+p.kind" keeps SQLite on the name index (already in order) instead of sorting 40,000 rows.
        where.append(f"+p.kind = '{PersonKind.MEMBER.value}'")
        # Former: every term has ended (a term that starts later is not "former").
        where.append("p.id NOT IN (SELECT m.person_id FROM membership m WHERE m.term_to IS NULL OR m.term_to >= :today)")
        where.append("EXISTS (SELECT 1 FROM membership m2 WHERE m2.person_id = p.id)")
    elif member_filter is MemberFilter.CONTACTS:
        where.append(f"p.kind != '{PersonKind.MEMBER.value}'")
    query = fts_query(needle)
    if query:
        # Through the full-text index: case-insensitive for æ, ø, å too (LIKE folds only ASCII).
        params["q"] = query
        where.append("p.id IN (SELECT rowid / 8 FROM search_fts WHERE search_fts MATCH :q AND rowid % 8 = 1)")
    order = SORT_SQL.get(sort, SORT_SQL["name"])
    direction = "DESC" if descending else "ASC"
    # The name order comes straight from its index; other orders break ties by id.
    tie = "" if order == DANISH_NAME_ORDER else ", p.id"
    sql = f"SELECT p.id FROM person p WHERE {' AND '.join(where)} ORDER BY {order} {direction}{tie}"
    # Straight to the driver: tens of thousands of ids without SQLAlchemy's per-row work.
    cursor = session.connection().exec_driver_sql(sql.replace(":today", "?").replace(":q", "?"),
                                                  tuple(params[k] for k in _param_order(sql)))
    return [r[0] for r in cursor]


def _param_order(sql: str) -> list[str]:
    """The named parameters in the order they appear, for the driver's positional style."""
    return [m.group(1) for m in re.finditer(r":(today|q)\b", sql)]


def member_rows(session: Session, ids: Sequence[int], today: date | None = None) -> list[MemberRow]:
    """Rows for the given ids, in the same order (ids missing from the file are skipped)."""
    if not ids:
        return []
    today_s = (today or date.today()).isoformat()
    marks = ", ".join(str(int(i)) for i in ids)
    people = session.execute(
        text(
            "SELECT id, name, email, phone, address, postal_code, city, organisation, title, kind "
            f"FROM person WHERE id IN ({marks})"
        )
    ).all()
    # The membership shown per person: the one running today (a sitting member re-elected for a term
    # that starts later keeps showing the current one), else the one that ended last or starts next.
    latest: dict[int, tuple[str, str | None, str | None]] = {}
    for pid, role, t_from, t_to in session.execute(
        text(
            "SELECT person_id, role, term_from, term_to FROM membership "
            f"WHERE person_id IN ({marks}) ORDER BY person_id, "
            "(term_from <= :today AND (term_to IS NULL OR term_to >= :today)), term_to IS NULL, term_to, term_from"
        ),
        {"today": today_s},
    ):
        latest[pid] = (role, t_from, t_to)  # the last one per person wins
    by_id: dict[int, MemberRow] = {}
    for pid, name, email, phone, address, postal, city, org, title, kind in people:
        role, t_from, t_to = latest.get(pid, ("", None, None))
        current = bool(t_from and t_from <= today_s and (t_to is None or t_to >= today_s))
        by_id[pid] = MemberRow(
            pid,
            name,
            role,
            date.fromisoformat(t_from) if t_from else None,
            date.fromisoformat(t_to) if t_to else None,
            email,
            phone,
            address,
            postal,
            city,
            org,
            title,
            kind,
            current,
        )
    return [by_id[i] for i in ids if i in by_id]


def former_members_past_retention(session: Session, cutoff: date) -> list[int]:
    """People whose every membership ended before `cutoff` (candidates for erasure)."""
    return [
        r[0]
        for r in session.execute(
            text(
                "SELECT p.id FROM person p WHERE p.kind = 'member' "
                "AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id) "
                "AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id "
                f"AND (m.term_to IS NULL OR m.term_to >= :cutoff)) ORDER BY {DANISH_NAME_ORDER}"
            ),
            {"cutoff": cutoff.isoformat()},
        )
    ]
