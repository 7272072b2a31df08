"""The instruction call's audio: what the officer heard on an answered call, and the operator's spoken outcome.

An answered call is no longer taken for "heard": the outbox keeps the audio mode used, what the officer heard
(the operator, the recording N times, or an alert only), why a recorded call fell back to an alert, and, in
operator mode, who spoke and the outcome they recorded.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("audio_mode", sa.String()),
    ("audio_heard", sa.String()),
    ("audio_plays", sa.Integer()),
    ("audio_fallback", sa.String()),
    ("spoken_by", sa.String()),
    ("spoken_outcome", sa.String()),
    ("spoken_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        for name, type_ in _COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        for name, _type in reversed(_COLUMNS):
            batch.drop_column(name)
