"""administrative questions from dialogue meetings, tracked until the municipality answers

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "municipal_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_municipal_request_status", "municipal_request", ["status"])


def downgrade() -> None:
    op.drop_index("ix_municipal_request_status", "municipal_request")
    op.drop_table("municipal_request")
