"""what a shared development plan held when last exchanged with each neighbouring council (the merge base)

Revision ID: 0018
Revises: 0017

A plan shared by neighbouring councils is exported and imported as a file; to tell "changed on one side"
from "changed on both" the import compares with what was last exchanged (services/plan.py, export_plan).
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_share_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner", "uid"),
    )


def downgrade() -> None:
    op.drop_table("plan_share_base")
