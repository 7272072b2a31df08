"""Accounts sign in, the record is hash-chained, and a case shows who has it open.

* ``users`` gains the lock-out counters (``failed_sign_ins``, ``locked_until``);
* ``sign_in_events``: every sign-in, sign-out and refused attempt (append-only);
* ``record_chain``: the hash chain over case events, roster and account changes
  and sign-ins (append-only; design in :mod:`db.chain`). Rows stored before this
  revision are linked here, oldest first, so the chain starts complete;
* ``case_presence``: which workstation has which case open.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.chain import link_everything_unlinked

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_APPEND_ONLY = ("sign_in_events", "record_chain")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.alter_column("failed_sign_ins", existing_type=sa.Integer(), server_default=None)
    op.create_table("sign_in_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("username", sa.String(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("workstation", sa.String(), nullable=False),
    sa.Column("outcome", sa.Enum("signed_in", "signed_out", "refused", "locked_out", name="outcome", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("detail", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_events")),
    )
    op.create_index("ix_sign_in_events_username_id", "sign_in_events", ["username", "id"], unique=False)
    op.create_table("record_chain",
    sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
    sa.Column("entry_table", sa.String(), nullable=False),
    sa.Column("entry_id", sa.Integer(), nullable=False),
    sa.Column("escalation_id", sa.Integer(), nullable=True),
    sa.Column("previous_hash", sa.String(), nullable=False),
    sa.Column("hash", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("position", name=op.f("pk_record_chain")),
    )
    op.create_index("uq_record_chain_entry_table_entry_id", "record_chain", ["entry_table", "entry_id"], unique=True)
    op.create_table("case_presence",
    sa.Column("escalation_id", sa.Integer(), nullable=False),
    sa.Column("workstation", sa.String(), nullable=False),
    sa.Column("login", sa.String(), nullable=False),
    sa.Column("display_name", sa.String(), nullable=False),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"], name=op.f("fk_case_presence_escalation_id_escalations"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("escalation_id", "workstation", name=op.f("pk_case_presence")),
    )
    op.create_index(op.f("ix_case_presence_seen_at"), "case_presence", ["seen_at"], unique=False)
    _guard(NEW_APPEND_ONLY)
    link_everything_unlinked(op.get_bind())


def downgrade() -> None:
    _unguard(NEW_APPEND_ONLY)
    op.drop_index(op.f("ix_case_presence_seen_at"), table_name="case_presence")
    op.drop_table("case_presence")
    op.drop_index("uq_record_chain_entry_table_entry_id", table_name="record_chain")
    op.drop_table("record_chain")
    op.drop_index("ix_sign_in_events_username_id", table_name="sign_in_events")
    op.drop_table("sign_in_events")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_sign_ins")


def _guard(tables: Sequence[str]) -> None:
    """The append-only triggers of revision 0001, on the new tables (the PostgreSQL function exists already)."""
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in tables:
        if postgresql:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()")
            continue
        for operation in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} refused'); END")


def _unguard(tables: Sequence[str]) -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in tables:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            continue
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{operation}")
