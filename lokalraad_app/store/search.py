"""Full-text search over the FTS5 index that the schema's triggers keep in step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

# rowid = id * 8 + code (see migration 0002)
KIND_BY_CODE = {1: "person", 2: "meeting", 3: "agenda_item", 4: "initiative", 5: "hearing"}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person, meeting, agenda_item, initiative, hearing
    ref_id: int
    title: str
    snippet: str


def fts_query(user_text: str) -> str:
    """Turns what a user typed into a safe FTS5 query: every word must match as a prefix."""
    words = re.findall(r"\w+", user_text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


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
    return [SearchHit(KIND_BY_CODE.get(r[0] % 8, "?"), r[0] // 8, r[1], r[2]) for r in rows]


def forget_deleted(session: Session) -> None:
    """Merges the index into one segment, which drops deleted rows' words for good: FTS5 only marks
    them deleted, and they stay readable in the index's pages until a merge (needed after an erasure)."""
    session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
