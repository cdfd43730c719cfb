"""sealed documents (the exact PDF of approved minutes, with its hashes) and the council's logo

Revision ID: 0009
Revises: 0008

Every PDF of approved minutes that leaves the app is kept, so that any copy can later be checked
against the council file (lokalraad verify FILE.pdf). A correction seals a new PDF; the old one stays.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sealed_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("content_sha256", sa.String(), nullable=False),
        sa.Column("pdf_sha256", sa.String(), nullable=False),
        sa.Column("amendments", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sealed_document_meeting_id", "sealed_document", ["meeting_id"])
    op.create_index("ix_sealed_document_pdf_sha256", "sealed_document", ["pdf_sha256"])
    with op.batch_alter_table("council", recreate="never") as batch:
        batch.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("council") as batch:
        batch.drop_column("logo")
    op.drop_index("ix_sealed_document_pdf_sha256", "sealed_document")
    op.drop_index("ix_sealed_document_meeting_id", "sealed_document")
    op.drop_table("sealed_document")
