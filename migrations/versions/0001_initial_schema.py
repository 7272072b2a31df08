"""Initial schema: register, escalations and their timeline, outbox, incoming, calendar, users, audit.

The timeline (``escalation_events``) and the roster audit (``roster_changes``)
are append-only: triggers refuse UPDATE and DELETE on both backends, beneath
the ORM guard, so not even hand-written SQL can rewrite the record.

Revision ID: 0001
Revises:
Create Date: 2026-02-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_CASE = "state NOT IN ('closed', 'cancelled')"
APPEND_ONLY_TABLES = ("escalation_events", "roster_changes")


def upgrade() -> None:
    op.create_table("calendar_overrides",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.Column("kind", sa.Enum("local_holiday", "working_day", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("name_en", sa.String(), nullable=False),
    sa.Column("name_hi", sa.String(), nullable=False),
    sa.Column("created_by", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_overrides")),
    sa.UniqueConstraint("day", name=op.f("uq_calendar_overrides_day")),
    sqlite_autoincrement=True,
    )
    op.create_table("case_sequences",
    sa.Column("prefix", sa.String(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("last_number", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("prefix", "year", name=op.f("pk_case_sequences"))
    )
    op.create_table("change_counters",
    sa.Column("topic", sa.String(), nullable=False),
    sa.Column("counter", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_counters"))
    )
    op.create_table("officers",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name_en", sa.String(), nullable=False),
    sa.Column("name_hi", sa.String(), nullable=False),
    sa.Column("designation_en", sa.String(), nullable=False),
    sa.Column("designation_hi", sa.String(), nullable=False),
    sa.Column("department", sa.String(), nullable=False),
    sa.Column("office", sa.String(), nullable=False),
    sa.Column("superior_id", sa.Integer(), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["superior_id"], ["officers.id"], name=op.f("fk_officers_superior_id_officers")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_officers"))
    )
    op.create_index(op.f("ix_officers_department"), "officers", ["department"], unique=False)
    op.create_table("representatives",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.Enum("mp", "mla", "mlc", "other", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("name_en", sa.String(), nullable=False),
    sa.Column("name_hi", sa.String(), nullable=False),
    sa.Column("constituency", sa.String(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_representatives"))
    )
    op.create_table("roster_changes",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("actor", sa.String(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("entity", sa.Enum("officer", "representative", "availability", "calendar", "user", name="entity", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("entity_id", sa.Integer(), nullable=False),
    sa.Column("action", sa.Enum("created", "updated", "deactivated", "deleted", name="action", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("source", sa.String(), nullable=False),
    sa.Column("before", sa.JSON(), nullable=True),
    sa.Column("after", sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_changes"))
    )
    op.create_index(op.f("ix_roster_changes_at"), "roster_changes", ["at"], unique=False)
    op.create_index("ix_roster_changes_entity_entity_id", "roster_changes", ["entity", "entity_id"], unique=False)
    op.create_table("users",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("username", sa.String(), nullable=False),
    sa.Column("display_name", sa.String(), nullable=False),
    sa.Column("role", sa.Enum("operator", "supervisor", "admin", name="role", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("password_hash", sa.String(), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    sa.UniqueConstraint("username", name=op.f("uq_users_username"))
    )
    op.create_table("availability_periods",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("officer_id", sa.Integer(), nullable=False),
    sa.Column("status", sa.Enum("on_duty", "leave", "training", "other", name="status", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("alternate_officer_id", sa.Integer(), nullable=True),
    sa.Column("note", sa.String(), nullable=False),
    sa.Column("created_by", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_availability_periods_ends_after_start")),
    sa.ForeignKeyConstraint(["alternate_officer_id"], ["officers.id"], name=op.f("fk_availability_periods_alternate_officer_id_officers")),
    sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_availability_periods_officer_id_officers"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_availability_periods")),
    sa.UniqueConstraint("officer_id", "starts_at", name=op.f("uq_availability_periods_officer_id_starts_at")),
    sqlite_autoincrement=True,
    )
    op.create_index("ix_availability_periods_ends_at_starts_at", "availability_periods", ["ends_at", "starts_at"], unique=False)
    op.create_table("escalations",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_code", sa.String(), nullable=False),
    sa.Column("representative_id", sa.Integer(), nullable=False),
    sa.Column("officer_id", sa.Integer(), nullable=False),
    sa.Column("state", sa.Enum("waiting", "due", "instructed", "confirmed", "closed", "redirected", "alarm", "escalated", "cancelled", name="state", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("channel", sa.Enum("phone", "mobile", "in_person", "other", name="channel", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("representative_called_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("operator", sa.String(), nullable=False),
    sa.Column("note", sa.String(), nullable=False),
    sa.Column("complaint_count", sa.Integer(), nullable=False),
    sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("instructed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("round_instructed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_instructed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("instruction_count", sa.Integer(), nullable=False),
    sa.Column("reinstruction_count", sa.Integer(), nullable=False),
    sa.Column("confirm_by", sa.DateTime(timezone=True), nullable=True),
    sa.Column("alarm_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("callback_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("confirmation_method", sa.String(), nullable=True),
    sa.Column("redirected_to_officer_id", sa.Integer(), nullable=True),
    sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("cancel_reason", sa.String(), nullable=False),
    sa.Column("reopen_count", sa.Integer(), nullable=False),
    sa.Column("last_event_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_escalations_officer_id_officers")),
    sa.ForeignKeyConstraint(["redirected_to_officer_id"], ["officers.id"], name=op.f("fk_escalations_redirected_to_officer_id_officers")),
    sa.ForeignKeyConstraint(["representative_id"], ["representatives.id"], name=op.f("fk_escalations_representative_id_representatives")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_escalations")),
    sa.UniqueConstraint("case_code", name=op.f("uq_escalations_case_code"))
    )
    op.create_index(op.f("ix_escalations_officer_id"), "escalations", ["officer_id"], unique=False)
    op.create_index(op.f("ix_escalations_representative_id"), "escalations", ["representative_id"], unique=False)
    op.create_index(op.f("ix_escalations_state"), "escalations", ["state"], unique=False)
    op.create_index(
        "uq_escalations_one_open_case",
        "escalations",
        ["representative_id", "officer_id"],
        unique=True,
        sqlite_where=sa.text(OPEN_CASE),
        postgresql_where=sa.text(OPEN_CASE),
    )
    op.create_table("officer_numbers",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("officer_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.String(), nullable=False),
    sa.Column("kind", sa.Enum("official", "registered", "other", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_officer_numbers_officer_id_officers"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_officer_numbers")),
    sa.UniqueConstraint("number", name=op.f("uq_officer_numbers_number"))
    )
    op.create_index(op.f("ix_officer_numbers_officer_id"), "officer_numbers", ["officer_id"], unique=False)
    op.create_table("representative_numbers",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("representative_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.String(), nullable=False),
    sa.Column("kind", sa.Enum("official", "registered", "other", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["representative_id"], ["representatives.id"], name=op.f("fk_representative_numbers_representative_id_representatives"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_representative_numbers")),
    sa.UniqueConstraint("representative_id", "number", name=op.f("uq_representative_numbers_representative_id_number"))
    )
    op.create_index(op.f("ix_representative_numbers_number"), "representative_numbers", ["number"], unique=False)
    op.create_table("escalation_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("escalation_id", sa.Integer(), nullable=False),
    sa.Column("actor", sa.String(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("action", sa.String(), nullable=False),
    sa.Column("from_state", sa.Enum("waiting", "due", "instructed", "confirmed", "closed", "redirected", "alarm", "escalated", "cancelled", name="from_state", native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column("to_state", sa.Enum("waiting", "due", "instructed", "confirmed", "closed", "redirected", "alarm", "escalated", "cancelled", name="to_state", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("details", sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"], name=op.f("fk_escalation_events_escalation_id_escalations")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_events"))
    )
    op.create_index("ix_escalation_events_escalation_id_id", "escalation_events", ["escalation_id", "id"], unique=False)
    op.create_table("incoming",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.Enum("sms", "call", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("sender", sa.String(), nullable=False),
    sa.Column("text", sa.String(), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("modem_name", sa.String(), nullable=False),
    sa.Column("officer_id", sa.Integer(), nullable=True),
    sa.Column("escalation_id", sa.Integer(), nullable=True),
    sa.Column("handled", sa.Boolean(), nullable=False),
    sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"], name=op.f("fk_incoming_escalation_id_escalations")),
    sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_incoming_officer_id_officers")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming"))
    )
    op.create_index("ix_incoming_received_at", "incoming", ["received_at"], unique=False)
    op.create_table("outbox",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.Enum("sms", "call", name="kind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("escalation_id", sa.Integer(), nullable=True),
    sa.Column("officer_id", sa.Integer(), nullable=True),
    sa.Column("to_number", sa.String(), nullable=False),
    sa.Column("body", sa.String(), nullable=False),
    sa.Column("idempotency_key", sa.String(), nullable=False),
    sa.Column("status", sa.Enum("queued", "sending", "sent", "delivered", "failed", "uncertain", "cancelled", name="status", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("created_by", sa.String(), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.String(), nullable=True),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("claimed_by", sa.String(), nullable=True),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("modem_name", sa.String(), nullable=True),
    sa.Column("message_references", sa.JSON(), nullable=False),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("delivery_status", sa.String(), nullable=True),
    sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("ring_seconds", sa.Double(), nullable=True),
    sa.Column("talk_seconds", sa.Double(), nullable=True),
    sa.Column("last_error", sa.String(), nullable=True),
    sa.Column("last_error_class", sa.String(), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["escalation_id"], ["escalations.id"], name=op.f("fk_outbox_escalation_id_escalations")),
    sa.ForeignKeyConstraint(["officer_id"], ["officers.id"], name=op.f("fk_outbox_officer_id_officers")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key"))
    )
    op.create_index(op.f("ix_outbox_escalation_id"), "outbox", ["escalation_id"], unique=False)
    op.create_index("ix_outbox_status_next_attempt_at", "outbox", ["status", "next_attempt_at"], unique=False)
    op.create_table("outbox_attempts",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("outbox_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("worker", sa.String(), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("modem_name", sa.String(), nullable=True),
    sa.Column("outcome", sa.String(), nullable=True),
    sa.Column("error", sa.String(), nullable=True),
    sa.Column("error_class", sa.String(), nullable=True),
    sa.Column("message_references", sa.JSON(), nullable=False),
    sa.Column("ring_seconds", sa.Double(), nullable=True),
    sa.Column("talk_seconds", sa.Double(), nullable=True),
    sa.Column("details", sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"], name=op.f("fk_outbox_attempts_outbox_id_outbox")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_attempts"))
    )
    op.create_index("ix_outbox_attempts_outbox_id_number", "outbox_attempts", ["outbox_id", "number"], unique=True)
    _create_append_only_guards()


def downgrade() -> None:
    _drop_append_only_guards()
    op.drop_table("outbox_attempts")
    op.drop_table("outbox")
    op.drop_table("incoming")
    op.drop_table("escalation_events")
    op.drop_table("representative_numbers")
    op.drop_table("officer_numbers")
    op.drop_table("escalations")
    op.drop_table("availability_periods")
    op.drop_table("users")
    op.drop_table("roster_changes")
    op.drop_table("representatives")
    op.drop_table("officers")
    op.drop_table("change_counters")
    op.drop_table("case_sequences")
    op.drop_table("calendar_overrides")


def _create_append_only_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'restrict_violation';
            END
            $$
            """
        )
        for table in APPEND_ONLY_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()"
            )
        return
    for table in APPEND_ONLY_TABLES:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} refused'); END"
            )


def _drop_append_only_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute("DROP FUNCTION IF EXISTS refuse_append_only_change()")
        return
    for table in APPEND_ONLY_TABLES:
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{operation}")
