"""Outbox parts: which parts of a long SMS the modem accepted, and their delivery reports.

Kept in the outbox rather than in the dispatcher's memory, so a dispatcher that
dies between the parts of a message leaves the record of what went, a resend
sends only the missing parts, and a delivery report is never dropped.

Revision ID: 0005
Revises: 0004
Create Date: 2026-03-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_parts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("concat_reference", sa.Integer(), nullable=True),
        sa.Column("modem_name", sa.String(), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("message_reference", sa.Integer(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivery_status", sa.String(), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"], name=op.f("fk_outbox_parts_outbox_id_outbox")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_parts")),
    )
    op.create_index("ix_outbox_parts_outbox_id_sequence", "outbox_parts", ["outbox_id", "sequence"], unique=True)
    op.create_index(
        "ix_outbox_parts_modem_name_message_reference", "outbox_parts", ["modem_name", "message_reference"]
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_parts_modem_name_message_reference", table_name="outbox_parts")
    op.drop_index("ix_outbox_parts_outbox_id_sequence", table_name="outbox_parts")
    op.drop_table("outbox_parts")
