"""citizens who signed up for a borgermøde (name and e-mail, kept with the meeting)

Revision ID: 0017
Revises: 0012

The minutes of a borgermøde go to those who signed up as well as to those recorded present.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_signup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("signed_up_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "email"),
    )
    op.create_index("ix_meeting_signup_meeting_id", "meeting_signup", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_signup_meeting_id", "meeting_signup")
    op.drop_table("meeting_signup")
