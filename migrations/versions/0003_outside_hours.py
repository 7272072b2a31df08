"""Cases instructed while the office was closed: kept apart in the officers' response-time metrics.

The center may instruct an officer outside office hours (a representative's
call on a Sunday); the rule holds only in office hours, so such a case is
flagged when its first instruction is made and never held against the officer.
The INSTRUCT event carries the same fact (``outside_hours``), so the flag can be
replayed from the timeline. Existing cases were all instructed under the rule.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.add_column(sa.Column("instructed_outside_hours", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_column("instructed_outside_hours")
