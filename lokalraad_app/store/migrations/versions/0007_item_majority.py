"""the majority a decision item needs: simple, or two thirds (statute changes)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The minutes lock forbids updates of approved items, but adding a column with a default is no update.
    with op.batch_alter_table("agenda_item", recreate="never") as batch:
        batch.add_column(sa.Column("majority", sa.String(), nullable=False, server_default="simple"))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("majority")
