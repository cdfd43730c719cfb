"""approved minutes are records: the store refuses changes to them; corrections are amendments

Revision ID: 0003
Revises: 0002

Triggers enforce the lock below every code path: once a meeting's minutes are approved, its agenda
items (with their discussion, decision and votes) and its attendance cannot be inserted, changed or
deleted, and the approval itself cannot be undone. Only the stored SHA-256 of the printed PDF may
still be filled in. Corrections go into minutes_amendment, dated.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LOCKED = "SELECT RAISE(ABORT, 'approved minutes cannot be changed') WHERE EXISTS (SELECT 1 FROM minutes WHERE meeting_id = {m} AND status = 'approved')"  # noqa: E501


def upgrade() -> None:
    op.create_table(
        "minutes_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["minutes_id"], ["minutes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_minutes_amendment_minutes_id", "minutes_amendment", ["minutes_id"])
    for table in ("agenda_item", "attendance"):
        op.execute(f"CREATE TRIGGER {table}_locked_ins BEFORE INSERT ON {table} BEGIN "
                   f"{LOCKED.format(m='new.meeting_id')}; END")
        op.execute(f"CREATE TRIGGER {table}_locked_upd BEFORE UPDATE ON {table} BEGIN "
                   f"{LOCKED.format(m='old.meeting_id')}; END")
        op.execute(f"CREATE TRIGGER {table}_locked_del BEFORE DELETE ON {table} BEGIN "
                   f"{LOCKED.format(m='old.meeting_id')}; END")
    op.execute(
        "CREATE TRIGGER minutes_locked_upd BEFORE UPDATE ON minutes WHEN old.status = 'approved' AND ("
        "new.status IS NOT old.status OR new.meeting_id IS NOT old.meeting_id "
        "OR new.approved_on IS NOT old.approved_on OR new.approved_at_meeting_id IS NOT old.approved_at_meeting_id "
        "OR new.content_sha256 IS NOT old.content_sha256) "
        "BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed'); END"
    )
    op.execute(
        "CREATE TRIGGER minutes_locked_del BEFORE DELETE ON minutes WHEN old.status = 'approved' "
        "BEGIN SELECT RAISE(ABORT, 'approved minutes cannot be changed'); END"
    )
    # Deleting a meeting would cascade into its approved minutes: refuse that too.
    op.execute(f"CREATE TRIGGER meeting_locked_del BEFORE DELETE ON meeting BEGIN {LOCKED.format(m='old.id')}; END")


def downgrade() -> None:
    for name in ("meeting_locked_del", "minutes_locked_del", "minutes_locked_upd"):
        op.execute(f"DROP TRIGGER {name}")
    for table in ("agenda_item", "attendance"):
        for suffix in ("ins", "upd", "del"):
            op.execute(f"DROP TRIGGER {table}_locked_{suffix}")
    op.drop_index("ix_minutes_amendment_minutes_id", "minutes_amendment")
    op.drop_table("minutes_amendment")
