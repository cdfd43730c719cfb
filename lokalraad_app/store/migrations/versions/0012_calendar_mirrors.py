"""calendar replies (answers and counter-proposals read back) and read-only mirrors of others' calendars

Revision ID: 0012
Revises: 0011

calendar_reply keeps every iTIP REPLY or COUNTER read for an invitee, applied or not: the newest applied
one's (SEQUENCE, DTSTAMP) decides whether a later-read reply is older than the answer stored, and a
COUNTER (a proposed new time) waits there for the secretary, never applied by itself.

calendar_source / calendar_event mirror calendars of others (the municipality's meetings, hearing
deadlines, a published calendar): each import replaces all events of its source; UIDs are text (Exchange
UIDs are long).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("attendance_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("partstat", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("dtstamp", sa.DateTime(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("not_applied_reason", sa.String(), nullable=False),
        sa.Column("proposed_start", sa.DateTime(), nullable=True),
        sa.Column("proposed_end", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["attendance_id"], ["attendance.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_calendar_reply_meeting_id", "calendar_reply", ["meeting_id"])
    op.create_index("ix_calendar_reply_attendance_id", "calendar_reply", ["attendance_id"])
    op.create_table(
        "calendar_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("etag", sa.String(), nullable=False),
        sa.Column("colour", sa.String(), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "calendar_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("recurrence_id", sa.DateTime(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["calendar_source.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_calendar_event_source_id", "calendar_event", ["source_id"])
    op.create_index("ix_calendar_event_start", "calendar_event", ["start"])


def downgrade() -> None:
    op.drop_index("ix_calendar_event_start", "calendar_event")
    op.drop_index("ix_calendar_event_source_id", "calendar_event")
    op.drop_table("calendar_event")
    op.drop_table("calendar_source")
    op.drop_index("ix_calendar_reply_attendance_id", "calendar_reply")
    op.drop_index("ix_calendar_reply_meeting_id", "calendar_reply")
    op.drop_table("calendar_reply")
