"""Full-text search over the FTS5 index that the schema's triggers keep in step."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlmodel import col, select

from lokalraad_app.domain.models import AgendaItem, Meeting

# rowid = id * 8 + code (see migration 0002)
KIND_BY_CODE = {1: "person", 2: "meeting", 3: "agenda_item", 4: "initiative", 5: "hearing"}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person, meeting, agenda_item, initiative, hearing
    ref_id: int
    title: str
    snippet: str
    # Where a meeting or agenda item belongs: the meeting's title (agenda items) and start, in its zone.
    meeting_title: str = ""
    meeting_start: datetime | None = None
    meeting_zone: str = "Europe/Copenhagen"


def _spellings(word: str) -> list[str]:
    """Danish names are written with å or aa (Åse, Aase). The index folds å to a (unicode61 remove_diacritics),
    so "Åse" is indexed as "ase" and "Aase" as "aase": a query asks for both spellings."""
    word = word.casefold()
    return list(dict.fromkeys([word, word.replace("aa", "å"), word.replace("å", "aa")]))


def fts_query(user_text: str) -> str:
    """Turns what a user typed into a safe FTS5 query: every word must match as a prefix, in either spelling."""
    groups = []
    for word in re.findall(r"\w+", user_text, flags=re.UNICODE):
        terms = [f'"{w}"*' for w in _spellings(word)]
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def search(session: Session, user_text: str, limit: int = 100) -> list[SearchHit]:
    query = fts_query(user_text)
    if not query:
        return []
    rows = session.execute(
        text(
            "SELECT rowid, title, snippet(search_fts, 1, '', '', '…', 12) FROM search_fts "
            "WHERE search_fts MATCH :q ORDER BY rank LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    ).all()
    hits = [SearchHit(KIND_BY_CODE.get(r[0] % 8, "?"), r[0] // 8, r[1], r[2]) for r in rows]
    return _with_meetings(session, hits)


def _with_meetings(session: Session, hits: list[SearchHit]) -> list[SearchHit]:
    """Adds to each meeting and agenda item hit which meeting it is and when, so the user can tell them apart."""
    item_ids = [h.ref_id for h in hits if h.kind == "agenda_item"]
    meeting_ids = [h.ref_id for h in hits if h.kind == "meeting"]
    found: dict[tuple[str, int], tuple[str, datetime, str]] = {}
    if item_ids:
        for item_id, title, start, zone in session.execute(
                select(AgendaItem.id, Meeting.title, Meeting.start, Meeting.timezone)
                .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
                .where(col(AgendaItem.id).in_(item_ids))).all():
            found["agenda_item", item_id] = (title, start, zone)
    if meeting_ids:
        for meeting_id, title, start, zone in session.execute(
                select(Meeting.id, Meeting.title, Meeting.start, Meeting.timezone)
                .where(col(Meeting.id).in_(meeting_ids))).all():
            found["meeting", meeting_id] = (title, start, zone)
    result = []
    for hit in hits:
        meeting = found.get((hit.kind, hit.ref_id))
        if meeting is not None:
            hit = replace(hit, meeting_title=meeting[0], meeting_start=meeting[1], meeting_zone=meeting[2])
        result.append(hit)
    return result


def forget_deleted(session: Session) -> None:
    """Merges the index into one segment, which drops deleted rows' words for good: FTS5 only marks
    them deleted, and they stay readable in the index's pages until a merge (needed after an erasure)."""
    session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
