"""the development plan as a living tool: period, stable uids, initiative facts, adopted versions, decisions

Revision ID: 0013
Revises: 0012

- development_plan: the plan period (first and last year) and a uid.
- focus_area, initiative: a uid each (a uuid4, unique; given to existing rows here), so a version's
  snapshot, a comparison and an export name the same element over the years.
- initiative: progress in percent (0-100; the old free-text `progress` stays as a note), budget in øre
  (an integer: no rounding of kroner and øre), funding source (the old `funding` text), start and end.
- plan_version: the versions of a plan. The working draft is one row with status 'draft'; "Vedtag
  version" turns it into 'adopted' with the day, the adopting meeting and a JSON snapshot of the whole
  plan, and a new draft row follows. An adopted row can never be updated or deleted, nor be inserted
  as adopted: plain SQL is refused by the triggers below, as approved minutes are (0010).
- initiative_decision: links an initiative to the agenda items (decisions) about it.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REFUSE = "SELECT RAISE(ABORT, 'an adopted plan version cannot be changed')"
TRIGGERS = {
    "plan_version_locked_ins": f"BEFORE INSERT ON plan_version WHEN new.status <> 'draft' BEGIN {REFUSE}; END",
    # A draft becomes adopted once, with its day and whole snapshot; after that the row never changes.
    "plan_version_locked_upd": ("BEFORE UPDATE ON plan_version BEGIN "
                                f"{REFUSE} WHERE old.status <> 'draft' OR (new.status <> 'draft' AND ("
                                "new.status <> 'adopted' OR new.adopted_on IS NULL OR new.snapshot = '' "
                                "OR new.number IS NOT old.number OR new.plan_id IS NOT old.plan_id)); END"),
    "plan_version_locked_del": f"BEFORE DELETE ON plan_version WHEN old.status <> 'draft' BEGIN {REFUSE}; END",
}


def _uids(table: str) -> None:
    """A uuid4 for each existing row (SQLite has no uuid4 of its own)."""
    conn = op.get_bind()
    for (row_id,) in conn.execute(sa.text(f"SELECT id FROM {table} WHERE uid IS NULL")).all():
        conn.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"), {"uid": str(uuid.uuid4()), "id": row_id})


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the search triggers of 0002 on initiative stay as they are.
    op.add_column("development_plan", sa.Column("uid", sa.String(), nullable=True))
    op.add_column("development_plan", sa.Column("period_start", sa.Integer(), nullable=True))
    op.add_column("development_plan", sa.Column("period_end", sa.Integer(), nullable=True))
    op.add_column("focus_area", sa.Column("uid", sa.String(), nullable=True))
    op.add_column("initiative", sa.Column("uid", sa.String(), nullable=True))
    op.add_column("initiative", sa.Column("progress_percent", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("initiative", sa.Column("budget_ore", sa.Integer(), nullable=True))
    op.add_column("initiative", sa.Column("start_on", sa.Date(), nullable=True))
    op.add_column("initiative", sa.Column("end_on", sa.Date(), nullable=True))
    for table in ("development_plan", "focus_area", "initiative"):
        _uids(table)
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("adopting_meeting_id", sa.Integer(), nullable=True),
        sa.Column("snapshot", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["development_plan.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["adopting_meeting_id"], ["meeting.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "number"),
    )
    op.create_index("ix_plan_version_plan_id", "plan_version", ["plan_id"])
    op.create_table(
        "initiative_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiative.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("initiative_id", "agenda_item_id"),
    )
    op.create_index("ix_initiative_decision_initiative_id", "initiative_decision", ["initiative_id"])
    op.create_index("ix_initiative_decision_agenda_item_id", "initiative_decision", ["agenda_item_id"])
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_initiative_decision_agenda_item_id", "initiative_decision")
    op.drop_index("ix_initiative_decision_initiative_id", "initiative_decision")
    op.drop_table("initiative_decision")
    op.drop_index("ix_plan_version_plan_id", "plan_version")
    op.drop_table("plan_version")
    for table in ("initiative", "focus_area", "development_plan"):
        op.drop_index(f"ix_{table}_uid", table)
    for table, column in (("initiative", "end_on"), ("initiative", "start_on"), ("initiative", "budget_ore"),
                          ("initiative", "progress_percent"), ("initiative", "uid"), ("focus_area", "uid"),
                          ("development_plan", "period_end"), ("development_plan", "period_start"),
                          ("development_plan", "uid")):
        op.drop_column(table, column)
