"""a person can be erased even after attending meetings with approved minutes

Revision ID: 0008
Revises: 0007

Deleting a person makes SQLite clear the links to them (attendance.person_id, agenda_item.responsible_id),
which is an UPDATE the minutes lock refused. The lock now lets through exactly that: links cleared,
the recorded e-mail cleared, an empty recorded name filled in — nothing else of approved minutes.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LOCKED = ("SELECT RAISE(ABORT, 'approved minutes cannot be changed') WHERE EXISTS (SELECT 1 FROM minutes "
          "WHERE meeting_id = old.meeting_id AND status = 'approved')")
ITEM_COLUMNS = ("meeting_id", "position", "title", "kind", "minutes_allowed", "background", "proposal",
                "classification", "postponed", "discussion", "decision", "votes_for", "votes_against",
                "votes_blank", "majority")
ATTENDANCE_ALLOWED = (
    "new.meeting_id IS old.meeting_id AND new.answer IS old.answer AND new.presence IS old.presence "
    "AND new.is_guest IS old.is_guest "
    "AND (new.person_id IS old.person_id OR new.person_id IS NULL) "
    "AND (new.substitute_for_id IS old.substitute_for_id OR new.substitute_for_id IS NULL) "
    "AND (new.email IS old.email OR new.email = '') AND (new.name IS old.name OR old.name = '')"
)
ITEM_ALLOWED = " AND ".join(f"new.{c} IS old.{c}" for c in ITEM_COLUMNS) + \
    " AND (new.responsible_id IS old.responsible_id OR new.responsible_id IS NULL)"


def upgrade() -> None:
    op.execute("DROP TRIGGER attendance_locked_upd")
    op.execute("DROP TRIGGER agenda_item_locked_upd")
    op.execute(f"CREATE TRIGGER attendance_locked_upd BEFORE UPDATE ON attendance "
               f"WHEN NOT ({ATTENDANCE_ALLOWED}) BEGIN {LOCKED}; END")
    op.execute(f"CREATE TRIGGER agenda_item_locked_upd BEFORE UPDATE ON agenda_item "
               f"WHEN NOT ({ITEM_ALLOWED}) BEGIN {LOCKED}; END")


def downgrade() -> None:
    op.execute("DROP TRIGGER attendance_locked_upd")
    op.execute("DROP TRIGGER agenda_item_locked_upd")
    for table in ("attendance", "agenda_item"):
        op.execute(f"CREATE TRIGGER {table}_locked_upd BEFORE UPDATE ON {table} BEGIN {LOCKED}; END")
