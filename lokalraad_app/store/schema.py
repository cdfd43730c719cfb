"""What schema a file has, read with plain sqlite3 so that a current file skips Alembic entirely."""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

# Every revision in store/migrations/versions, oldest first (a test checks this list against Alembic).
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017", "0018")
HEAD_REVISION = REVISIONS[-1]


class SchemaState(Enum):
    MISSING = "missing"  # no file, or an empty one: create it
    OLDER = "older"  # upgrade it
    CURRENT = "current"
    NEWER = "newer"  # refuse it
    FOREIGN = "foreign"  # not ours (including an SQLite database with no tables: never written into)
    DAMAGED = "damaged"  # ours or not, SQLite cannot read it whole: truncated or corrupt
    UNREADABLE = "unreadable"  # cannot be opened here (permissions, a read-only folder, the disk): not its content


CORE_TABLES = {"council", "person", "meeting"}  # in every council file since the first schema


FOREIGN_MARK, DAMAGED_MARK, UNREADABLE_MARK = "?", "!", "-"
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)  # as_uri escapes # and ?


def read_revision(path: Path) -> str:
    """The file's schema revision; FOREIGN_MARK when it is not a council file, DAMAGED_MARK when SQLite
    finds it corrupt, UNREADABLE_MARK when SQLite cannot open it at all (nothing said about its content)."""
    conn = connect_read_only(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or not CORE_TABLES <= tables:
            # Another program's database (perhaps its Alembic's), or one with no tables yet: never ours to
            # write into. Only a missing or zero-byte file becomes a new council file.
            return FOREIGN_MARK
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else DAMAGED_MARK
    except sqlite3.DatabaseError as e:
        code = e.sqlite_errorcode & 0xFF
        return {SQLITE_CORRUPT: DAMAGED_MARK, SQLITE_NOTADB: FOREIGN_MARK}.get(code, UNREADABLE_MARK)
    finally:
        conn.close()


def is_truncated(path: Path) -> bool:
    """Whether the file is shorter than its own header says (cut off by a copy or a full disk).

    Cheap (one header read), unlike PRAGMA quick_check, so it runs on every open.
    """
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False  # not SQLite at all: read_revision says so
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False  # a header this broken: SQLite itself calls it corrupt or foreign
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only trustworthy when the change counter and "version-valid-for" agree; and with
    # a -wal file there, a checkpoint may have been cut off half way (SQLite finishes it on open).
    valid = header[24:28] == header[92:96] and pages > 0
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    size = path.stat().st_size
    return size % page_size != 0 or (valid and size < pages * page_size)


def read_schema_state(path: Path) -> SchemaState:
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return SchemaState.MISSING
    if not path.is_file():
        return SchemaState.FOREIGN
    try:
        if is_truncated(path):
            return SchemaState.DAMAGED
        revision = read_revision(path)
    except (OSError, sqlite3.Error):  # could not even read or connect
        return SchemaState.UNREADABLE
    if revision == UNREADABLE_MARK:
        return SchemaState.UNREADABLE
    if revision == FOREIGN_MARK:
        return SchemaState.FOREIGN
    if revision == DAMAGED_MARK:
        return SchemaState.DAMAGED
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT
    if revision in REVISIONS:
        return SchemaState.OLDER
    return SchemaState.NEWER
