"""Queuing a message once per idempotency key, and reading the outbox: its rows, their tries, their parts.

A part of :class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import OutboxKind, OutboxStatus, Topic
from db.errors import NotFoundError
from db.feed import publish
from db.models import OutboxAttempt, OutboxMessage
from db.repositories import outbox_parts
from db.repositories.common import dialect_insert
from db.repositories.outbox_parts import Parts
from db.repositories.outbox_records import (
    RECORD_COLUMNS,
    AttemptRecord,
    NewOutboxMessage,
    OutboxRecord,
    load,
    record_of,
)


class OutboxQueue:
    """What goes into the outbox, and what is read out of it."""

    _session: Session

    def enqueue(self, message: NewOutboxMessage, *, at: datetime) -> tuple[OutboxRecord, bool]:
        """Queue a message once per idempotency key; return the row and whether it is new."""
        at = ensure_utc(at)
        values: dict[str, Any] = {
            "kind": message.kind,
            "escalation_id": message.escalation_id,
            "officer_id": message.officer_id,
            "to_number": message.to_number,
            "body": message.body,
            "idempotency_key": message.idempotency_key,
            "status": OutboxStatus.QUEUED,
            "attempts": 0,
            "created_at": at,
            "created_by": message.created_by,
            "updated_at": at,
            "next_attempt_at": ensure_utc(message.not_before) if message.not_before else at,
            "message_references": [],
            "version": 1,
        }
        statement = (
            dialect_insert(self._session, OutboxMessage)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
            .returning(OutboxMessage.id)
        )
        new_id = self._session.execute(statement).scalar_one_or_none()
        created = new_id is not None
        if created:
            publish(self._session, Topic.OUTBOX, outbox_id=new_id, case_id=message.escalation_id)
        record = self.get_by_key(message.idempotency_key)
        if record is None:  # pragma: no cover - the row exists by now
            raise NotFoundError("outbox message with key", message.idempotency_key)
        return record, created

    def get(self, outbox_id: int) -> OutboxRecord:
        return load(self._session, outbox_id)

    def get_by_key(self, idempotency_key: str) -> OutboxRecord | None:
        query = select(*RECORD_COLUMNS).where(OutboxMessage.idempotency_key == idempotency_key)
        row = self._session.execute(query).first()
        return None if row is None else record_of(row)

    def recent(self, *, limit: int = 200, statuses: Collection[OutboxStatus] | None = None) -> list[OutboxRecord]:
        query = select(*RECORD_COLUMNS).order_by(OutboxMessage.updated_at.desc(), OutboxMessage.id.desc()).limit(limit)
        if statuses is not None:
            query = query.where(OutboxMessage.status.in_(list(statuses)))
        return [record_of(row) for row in self._session.execute(query)]

    def of_ids(self, outbox_ids: Collection[int]) -> list[OutboxRecord]:
        """These rows, in the order of :meth:`recent`; an id with no row has none."""
        if not outbox_ids:
            return []
        query = (select(*RECORD_COLUMNS).where(OutboxMessage.id.in_(sorted(set(outbox_ids))))
                 .order_by(OutboxMessage.updated_at.desc(), OutboxMessage.id.desc()))
        return [record_of(row) for row in self._session.execute(query)]

    def of_escalation(self, escalation_id: int) -> list[OutboxRecord]:
        query = select(*RECORD_COLUMNS).where(OutboxMessage.escalation_id == escalation_id).order_by(OutboxMessage.id)
        return [record_of(row) for row in self._session.execute(query)]

    def attempts_of(self, outbox_id: int) -> list[AttemptRecord]:
        query = select(OutboxAttempt).where(OutboxAttempt.outbox_id == outbox_id).order_by(OutboxAttempt.number)
        return [
            AttemptRecord(a.outbox_id, a.number, a.worker, a.started_at, a.finished_at, a.modem_name, a.outcome,
                          a.error, a.error_class, tuple(a.message_references), a.ring_seconds, a.talk_seconds)
            for a in self._session.scalars(query)
        ]

    def last_outcomes(self, outbox_ids: Collection[int]) -> dict[int, str]:
        """How the latest finished try of each row ended ("answered", "busy", "no_answer", "sent", …)."""
        if not outbox_ids:
            return {}
        latest = (
            select(OutboxAttempt.outbox_id, func.max(OutboxAttempt.number).label("number"))
            .where(OutboxAttempt.outbox_id.in_(list(outbox_ids)), OutboxAttempt.finished_at.is_not(None))
            .group_by(OutboxAttempt.outbox_id)
            .subquery()
        )
        query = select(OutboxAttempt.outbox_id, OutboxAttempt.outcome).join(
            latest, and_(OutboxAttempt.outbox_id == latest.c.outbox_id, OutboxAttempt.number == latest.c.number)
        )
        return {int(outbox_id): str(outcome) for outbox_id, outcome in self._session.execute(query) if outcome}

    def sent_counts_by_modem(self, *, since: datetime, kind: OutboxKind = OutboxKind.SMS) -> dict[str, int]:
        """SMS parts each modem sent since ``since``: what a SIM's daily cap counts (a Hindi SMS is often two),
        the same unit as the modem's own count, which this seeds at start."""
        query = (
            select(OutboxAttempt.modem_name, OutboxAttempt.message_references)
            .join(OutboxMessage, OutboxMessage.id == OutboxAttempt.outbox_id)
            .where(
                OutboxMessage.kind == kind,
                OutboxAttempt.finished_at >= ensure_utc(since),
                OutboxAttempt.outcome.in_([OutboxStatus.SENT.value, OutboxStatus.DELIVERED.value]),
                OutboxAttempt.modem_name.is_not(None),
            )
        )
        counts: dict[str, int] = {}
        for name, references in self._session.execute(query):
            counts[str(name)] = counts.get(str(name), 0) + max(1, len(references or ()))
        return counts

    def parts_of(self, outbox_id: int) -> Parts:
        return outbox_parts.of(self._session, outbox_id)

    def parts_of_rows(self, outbox_ids: Sequence[int]) -> dict[int, Parts]:
        return outbox_parts.of_rows(self._session, outbox_ids)
