"""Roster codes: officers and representatives keep the district's own code ("HRD-0001").

A roster workbook names people by code; ids are the database's. Rows stored
before this revision get their id as their code, which is what an export of
them wrote as the code anyway.

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("officers", "representatives")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("code", sa.String(), nullable=True))
        op.execute(f"UPDATE {table} SET code = CAST(id AS VARCHAR)")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("code", existing_type=sa.String(), nullable=False)
            batch.create_unique_constraint(op.f(f"uq_{table}_code"), ["code"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"uq_{table}_code"), type_="unique")
            batch.drop_column("code")
