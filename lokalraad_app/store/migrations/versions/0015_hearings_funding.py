"""hearings: issuer, link, the committee's decision date and the board decision the response rests on;
funding applications to municipal pools and foundations

Revision ID: 0015
Revises: 0012

The hearing table is copied (SQLite cannot add a foreign key in place that SQLAlchemy reads back with its
ON DELETE); the copy drops the table's search index triggers of 0002, so they are made again, the same.
The index rows stay: the ids do not change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hearing", recreate="always") as batch:
        batch.add_column(sa.Column("issuer", sa.String(), nullable=False, server_default=sa.text("''")))
        batch.add_column(sa.Column("link", sa.String(), nullable=False, server_default=sa.text("''")))
        batch.add_column(sa.Column("committee_decides_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("agenda_item_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_hearing_agenda_item_id_agenda_item", "agenda_item", ["agenda_item_id"], ["id"],
                                 ondelete="SET NULL")
    _search_triggers()
    op.create_table(
        "funding_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("fund", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=True),
        sa.Column("amount_applied", sa.Integer(), nullable=False),
        sa.Column("amount_granted", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("report_deadline", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["initiative_id"], ["initiative.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    op.create_index("ix_funding_application_status", "funding_application", ["status"])


def _search_triggers() -> None:
    """As 0002 made them for the hearing (kind code 5)."""
    insert_new = ("INSERT INTO search_fts(rowid, title, body) SELECT new.id * 8 + 5, new.title, "
                  "new.reference || ' ' || new.description || ' ' || new.response WHERE 1;")
    delete_old = "DELETE FROM search_fts WHERE rowid = old.id * 8 + 5;"
    op.execute(f"CREATE TRIGGER hearing_fts_ai AFTER INSERT ON hearing BEGIN {insert_new} END")
    op.execute(f"CREATE TRIGGER hearing_fts_ad AFTER DELETE ON hearing BEGIN {delete_old} END")
    op.execute(f"CREATE TRIGGER hearing_fts_au AFTER UPDATE ON hearing BEGIN {delete_old} {insert_new} END")


def downgrade() -> None:
    op.drop_index("ix_funding_application_status", "funding_application")
    op.drop_table("funding_application")
    with op.batch_alter_table("hearing", recreate="always") as batch:
        batch.drop_constraint("fk_hearing_agenda_item_id_agenda_item", type_="foreignkey")
        batch.drop_column("agenda_item_id")
        batch.drop_column("committee_decides_on")
        batch.drop_column("link")
        batch.drop_column("issuer")
    _search_triggers()
