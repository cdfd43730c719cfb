"""search index: FTS5 over people, meetings, agenda items and minutes, initiatives, hearings

Revision ID: 0002
Revises: 0001

The index is kept in step by triggers, so every write path (services, imports, migrations)
updates it inside its own transaction. Row ids encode the source: rowid = id * 8 + kind code,
so an update touches one index row instead of scanning the index.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DANISH_NAME_ORDER = (
    "replace(replace(replace(replace(replace(replace(lower(name), 'Æ', '{'), 'æ', '{'), 'Ø', '|'), 'ø', '|'), "
    "'Å', '}'), 'å', '}')"
)

# table: (kind code, title expression, body expression, condition)
SOURCES = {
    "person": (
        1,
        "{r}.name",
        "{r}.email || ' ' || {r}.phone || ' ' || {r}.organisation || ' ' || {r}.title || ' ' || {r}.address "
        "|| ' ' || {r}.postal_code || ' ' || {r}.city || ' ' || {r}.notes",
        "{r}.erased_at IS NULL",
    ),
    "meeting": (2, "{r}.title", "{r}.place || ' ' || {r}.notes", "1"),
    "agenda_item": (
        3,
        "{r}.title",
        "{r}.background || ' ' || {r}.proposal || ' ' || {r}.discussion || ' ' || {r}.decision",
        "1",
    ),
    "initiative": (
        4,
        "{r}.title",
        "{r}.description || ' ' || {r}.owner || ' ' || {r}.partners || ' ' || {r}.progress",
        "1",
    ),
    "hearing": (5, "{r}.title", "{r}.reference || ' ' || {r}.description || ' ' || {r}.response", "1"),
}


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (code, title, body, cond) in SOURCES.items():
        new = {k: v.format(r="new") for k, v in (("t", title), ("b", body), ("c", cond))}
        insert_new = (
            f"INSERT INTO search_fts(rowid, title, body) SELECT new.id * 8 + {code}, {new['t']}, {new['b']} "
            f"WHERE {new['c']};"
        )
        delete_old = f"DELETE FROM search_fts WHERE rowid = old.id * 8 + {code};"
        op.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert_new} END")
        op.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN {delete_old} END")
        op.execute(f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN {delete_old} {insert_new} END")
        r = {k: v.format(r=table) for k, v in (("t", title), ("b", body), ("c", cond))}
        op.execute(
            f"INSERT INTO search_fts(rowid, title, body) SELECT {table}.id * 8 + {code}, {r['t']}, {r['b']} "
            f"FROM {table} WHERE {r['c']}"
        )
    # The member register filters on terms; keep those lookups off a table scan.
    op.create_index("ix_membership_term_to", "membership", ["term_to"])
    op.create_index("ix_action_item_status", "action_item", ["status"])  # open items on the overview
    # Names sorted the Danish way (æ, ø, å after z), served from an index; the expression must stay
    # identical to store.member_queries.DANISH_NAME_ORDER for SQLite to use it.
    # With kind in the index the filters by kind read the index alone.
    op.execute(f"CREATE INDEX ix_person_danish_name ON person ({DANISH_NAME_ORDER}, kind)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_person_danish_name")
    op.drop_index("ix_action_item_status", "action_item")
    op.drop_index("ix_membership_term_to", "membership")
    for table in SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER {table}_fts_{suffix}")
    op.execute("DROP TABLE search_fts")
