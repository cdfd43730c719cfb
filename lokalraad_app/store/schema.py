"""What schema a file has, read with plain sqlite3 so that a current file skips Alembic entirely."""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

# Every revision in store/migrations/versions, oldest first (a test checks this list against Alembic).
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD_REVISION = REVISIONS[-1]


class SchemaState(Enum):
    MISSING = "missing"  # no file, or an empty one: create it
    OLDER = "older"  # upgrade it
    CURRENT = "current"
    NEWER = "newer"  # refuse it
    FOREIGN = "foreign"  # not ours


CORE_TABLES = {"council", "person", "meeting"}  # in every council file since the first schema


def read_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)  # as_uri escapes # and ?
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None if not tables else "?"
        if not CORE_TABLES <= tables:  # another program's Alembic database, not a newer council file
            return "?"
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return "?"
    finally:
        conn.close()


def read_schema_state(path: Path) -> SchemaState:
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState.MISSING
    revision = read_revision(path)
    if revision is None:
        return SchemaState.MISSING
    if revision == "?":
        return SchemaState.FOREIGN
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if revision in REVISIONS:
        return SchemaState.OLDER
    return SchemaState.NEWER
