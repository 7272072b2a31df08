"""The durable outbox: every SMS and call is a row before it is sent.

The dispatcher claims rows atomically, records one attempt row per try, and a
row left ``sending`` by a crashed process becomes ``uncertain`` for an operator
to decide, never silently resent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from console.domain import OutboxKind, OutboxStatus, Topic
from db.base import Base
from db.types import code_type


class OutboxMessage(Base):
    __tablename__ = "outbox"
    __feed_topic__ = Topic.OUTBOX
    __table_args__ = (Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OutboxKind] = mapped_column(code_type(OutboxKind, "kind"))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))  # the recipient, when an officer
    to_number: Mapped[str]  # E.164
    body: Mapped[str] = mapped_column(default="")  # the SMS text; for a call, what is spoken (if anything)
    idempotency_key: Mapped[str] = mapped_column(unique=True)
    status: Mapped[OutboxStatus] = mapped_column(code_type(OutboxStatus, "status"))
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    created_by: Mapped[str]
    updated_at: Mapped[datetime]
    updated_by: Mapped[str | None]  # the operator who last retried, resent or cancelled it
    next_attempt_at: Mapped[datetime]
    claimed_by: Mapped[str | None]
    claimed_at: Mapped[datetime | None]
    modem_name: Mapped[str | None]
    message_references: Mapped[list[int]] = mapped_column(default=list)  # one per SMS part
    sent_at: Mapped[datetime | None]
    delivery_status: Mapped[str | None]  # the status report's code, e.g. "delivered", "expired"
    delivered_at: Mapped[datetime | None]
    ring_seconds: Mapped[float | None]
    talk_seconds: Mapped[float | None]
    last_error: Mapped[str | None]  # e.g. "+CMS ERROR: 500"; never a message body
    last_error_class: Mapped[str | None]  # the retry class, e.g. "transient", "permanent"
    # An answered call: what the officer heard (console.domain.CallHeard), in which mode, how many plays ended, why
    # a recorded call became an alert; in operator mode, who spoke and what they recorded (SpokenOutcome), when.
    audio_mode: Mapped[str | None]
    audio_heard: Mapped[str | None]
    audio_plays: Mapped[int | None]
    audio_fallback: Mapped[str | None]
    spoken_by: Mapped[str | None]
    spoken_outcome: Mapped[str | None]
    spoken_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)


class OutboxAttempt(Base):
    """One try of one outbox row: which modem, when, and how it ended."""

    __tablename__ = "outbox_attempts"
    __feed_topic__ = Topic.OUTBOX
    __table_args__ = (Index("ix_outbox_attempts_outbox_id_number", "outbox_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id"))
    number: Mapped[int]  # 1 for the first try
    worker: Mapped[str]  # who claimed it (host:pid or a dispatcher name)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    modem_name: Mapped[str | None]
    outcome: Mapped[str | None]  # None while in flight; then an OutboxStatus value or a call outcome
    error: Mapped[str | None]
    error_class: Mapped[str | None]
    message_references: Mapped[list[int]] = mapped_column(default=list)
    ring_seconds: Mapped[float | None]
    talk_seconds: Mapped[float | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutboxPart(Base):
    """One part of a (long) SMS as the modem reported it: accepted under a reference, then delivered or not.

    Written as each part is accepted, before the next one goes, so a dispatcher that dies half-way through a
    message leaves the record of which parts went; a resend then sends only the others under the same
    concatenation reference, and a delivery report is kept against its part even before the send is recorded.
    """

    __tablename__ = "outbox_parts"
    __feed_topic__ = Topic.OUTBOX
    __table_args__ = (
        Index("ix_outbox_parts_outbox_id_sequence", "outbox_id", "sequence", unique=True),
        Index("ix_outbox_parts_modem_name_message_reference", "modem_name", "message_reference"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id"))
    sequence: Mapped[int]  # 1-based
    total: Mapped[int]
    concat_reference: Mapped[int | None]  # the UDH reference the parts share; None for a one-part SMS
    modem_name: Mapped[str]
    recipient: Mapped[str]  # E.164, as the modem sent it
    message_reference: Mapped[int]  # TP-MR from +CMGS
    accepted_at: Mapped[datetime]
    delivery_status: Mapped[str | None]  # "delivered" or "failed:<TP-Status>", from the status report
    reported_at: Mapped[datetime | None]
