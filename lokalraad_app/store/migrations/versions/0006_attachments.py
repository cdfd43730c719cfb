"""attachments (bilag): files copied into the council file and listed on their agenda item

Revision ID: 0006
Revises: 0005

Kept inside the file, so the next secretary inherits them with everything else; locked with the
minutes like the items they belong to.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LOCKED = ("SELECT RAISE(ABORT, 'approved minutes cannot be changed') WHERE EXISTS (SELECT 1 FROM minutes m "
          "JOIN agenda_item i ON i.meeting_id = m.meeting_id WHERE i.id = {item} AND m.status = 'approved')")


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachment_agenda_item_id", "attachment", ["agenda_item_id"])
    op.execute(f"CREATE TRIGGER attachment_locked_ins BEFORE INSERT ON attachment BEGIN "
               f"{LOCKED.format(item='new.agenda_item_id')}; END")
    op.execute(f"CREATE TRIGGER attachment_locked_del BEFORE DELETE ON attachment BEGIN "
               f"{LOCKED.format(item='old.agenda_item_id')}; END")


def downgrade() -> None:
    op.execute("DROP TRIGGER attachment_locked_del")
    op.execute("DROP TRIGGER attachment_locked_ins")
    op.drop_index("ix_attachment_agenda_item_id", "attachment")
    op.drop_table("attachment")
