"""recurring series of meetings ("first Tuesday of the month at 19.00") with single dates moved or cancelled

Revision ID: 0005
Revises: 0004

Each occurrence is a meeting row of its own (its agenda and minutes need one), linked to the series
by series_uid; recurrence_id keeps the occurrence's original start, so a moved date stays the same
occurrence for calendars (iCalendar RECURRENCE-ID).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("frequency", sa.String(), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("nth", sa.Integer(), nullable=True),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("recurrence_id", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("recurrence_id")
    op.drop_table("meeting_series")
