"""Escalations, their append-only event timeline and the case-number sequence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, false, text
from sqlalchemy.orm import Mapped, mapped_column

from console.domain import ContactChannel, EscalationState, Topic
from db.base import Base
from db.types import code_type

CLOSED_STATES_SQL = "state NOT IN ('closed', 'cancelled')"
"""The open-case predicate of the partial unique index (must match ``EscalationState.is_open``)."""


class Escalation(Base):
    """One complaint of a representative about one officer, followed to its close.

    ``version`` is the optimistic lock: two operators acting on the same case
    cannot overwrite each other; the second gets a clear stale-case error.
    Deadline columns (``due_at``, ``confirm_by``) are kept current by the desk so
    the queue can be ordered and lapsed cases found by a query.
    """

    __tablename__ = "escalations"
    __feed_topic__ = Topic.ESCALATIONS
    __table_args__ = (
        Index(
            "uq_escalations_one_open_case",
            "representative_id",
            "officer_id",
            unique=True,
            sqlite_where=text(CLOSED_STATES_SQL),
            postgresql_where=text(CLOSED_STATES_SQL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_code: Mapped[str] = mapped_column(unique=True)  # e.g. HRD-2026-000123
    representative_id: Mapped[int] = mapped_column(ForeignKey("representatives.id"), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    state: Mapped[EscalationState] = mapped_column(code_type(EscalationState, "state"), index=True)
    channel: Mapped[ContactChannel] = mapped_column(code_type(ContactChannel, "channel"))
    representative_called_at: Mapped[datetime]
    logged_at: Mapped[datetime]
    operator: Mapped[str]  # who logged the case
    note: Mapped[str] = mapped_column(default="")
    complaint_count: Mapped[int] = mapped_column(default=1)
    due_at: Mapped[datetime | None]
    instructed_at: Mapped[datetime | None]  # the first instruction (response metrics)
    round_instructed_at: Mapped[datetime | None]  # the instruction that started this round
    last_instructed_at: Mapped[datetime | None]  # the latest instruction or re-instruction
    instruction_count: Mapped[int] = mapped_column(default=0)
    reinstruction_count: Mapped[int] = mapped_column(default=0)
    confirm_by: Mapped[datetime | None]
    alarm_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    callback_at: Mapped[datetime | None]
    confirmation_method: Mapped[str | None]
    redirected_to_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    closed_at: Mapped[datetime | None]  # closed or cancelled
    cancel_reason: Mapped[str] = mapped_column(default="")
    reopen_count: Mapped[int] = mapped_column(default=0)
    # first instructed while the office was closed: kept apart in the response-time metrics
    instructed_outside_hours: Mapped[bool] = mapped_column(default=False, server_default=false())
    last_event_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(nullable=False)

    __mapper_args__ = {"version_id_col": version}


class EscalationEvent(Base):
    """One entry of a case's timeline. Never updated, never deleted."""

    __tablename__ = "escalation_events"
    __feed_topic__ = Topic.ESCALATIONS
    __table_args__ = (Index("ix_escalation_events_escalation_id_id", "escalation_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    actor: Mapped[str]
    at: Mapped[datetime]
    action: Mapped[str]  # the lifecycle's action code
    from_state: Mapped[EscalationState | None] = mapped_column(code_type(EscalationState, "from_state"))
    to_state: Mapped[EscalationState] = mapped_column(code_type(EscalationState, "to_state"))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CaseSequence(Base):
    """The last case number given per district prefix and year (``HRD-2026-000123``)."""

    __tablename__ = "case_sequences"

    prefix: Mapped[str] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int]
