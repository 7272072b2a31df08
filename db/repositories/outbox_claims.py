"""Claiming: which rows a dispatcher takes, when the next one falls due, and the rows no claim may take any more.

Claiming is one statement: ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
LOCKED) AND status = 'queued' RETURNING`` on PostgreSQL, the same without the
lock clause on SQLite, where the writing transaction (BEGIN IMMEDIATE) already
excludes other writers. Each claim carries what its checks need: the case's
state as the claim found it, and the parts of an SMS that already went. A part
of :class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import EscalationState, OutboxKind, OutboxStatus, Topic
from db.feed import publish
from db.models import Escalation, OutboxAttempt, OutboxMessage
from db.repositories import outbox_parts
from db.repositories.outbox_parts import Parts
from db.repositories.outbox_records import WITHDRAWN, ClaimedMessage


class OutboxClaims:
    """A dispatcher's side of the queue: the rows it owns until it finishes them."""

    _session: Session

    def claim(
        self, worker: str, *, at: datetime, limit: int = 1, kinds: Collection[OutboxKind] | None = None
    ) -> list[ClaimedMessage]:
        """Take up to ``limit`` due rows for ``worker``: status becomes SENDING and an attempt row opens."""
        at = ensure_utc(at)
        due = (
            select(OutboxMessage.id)
            .where(OutboxMessage.status == OutboxStatus.QUEUED, OutboxMessage.next_attempt_at <= at)
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        if kinds is not None:
            due = due.where(OutboxMessage.kind.in_(list(kinds)))
        # A CTE, not ``IN (subquery)``: PostgreSQL may run a LIMIT … FOR UPDATE SKIP LOCKED subquery once per
        # row it updates, each run skipping the rows locked by the last, and so claim more rows than asked.
        due_rows = due.cte("due_rows")
        claimed = self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(select(due_rows.c.id)), OutboxMessage.status == OutboxStatus.QUEUED)
            .values(
                status=OutboxStatus.SENDING,
                claimed_by=worker,
                claimed_at=at,
                updated_at=at,
                attempts=OutboxMessage.attempts + 1,
                version=OutboxMessage.version + 1,
            )
            .returning(
                OutboxMessage.id,
                OutboxMessage.kind,
                OutboxMessage.to_number,
                OutboxMessage.body,
                OutboxMessage.idempotency_key,
                OutboxMessage.escalation_id,
                OutboxMessage.officer_id,
                OutboxMessage.attempts,
            )
            .execution_options(synchronize_session=False)
        ).all()
        result = sorted(
            (
                ClaimedMessage(
                    id=row[0], kind=row[1], to_number=row[2], body=row[3], idempotency_key=row[4],
                    escalation_id=row[5], officer_id=row[6], attempt_number=row[7], worker=worker,
                )
                for row in claimed
            ),
            key=lambda claim: claim.id,
        )
        if result:
            result = self._with_case_and_parts(result)
            self._session.execute(
                insert(OutboxAttempt),
                [
                    {"outbox_id": c.id, "number": c.attempt_number, "worker": worker, "started_at": at,
                     "message_references": [], "details": {}}
                    for c in result
                ],
            )
            for claim in result:
                publish(self._session, Topic.OUTBOX, outbox_id=claim.id, case_id=claim.escalation_id)
        return result

    def next_due(self, *, after: datetime) -> datetime | None:
        """When the earliest queued row not yet due at ``after`` falls due: a retry's schedule, or a message queued
        for later. The dispatcher reads its schedule here, so a restart (or another dispatcher's retry) keeps it."""
        return self._session.execute(
            select(func.min(OutboxMessage.next_attempt_at))
            .where(OutboxMessage.status == OutboxStatus.QUEUED, OutboxMessage.next_attempt_at > ensure_utc(after))
        ).scalar_one_or_none()

    def _with_case_and_parts(self, claims: list[ClaimedMessage]) -> list[ClaimedMessage]:
        case_ids = {claim.escalation_id for claim in claims if claim.escalation_id is not None}
        states: dict[int, EscalationState] = {}
        if case_ids:
            rows = self._session.execute(select(Escalation.id, Escalation.state).where(Escalation.id.in_(case_ids)))
            states = {case_id: state for case_id, state in rows}
        parts = outbox_parts.of_rows(self._session, [claim.id for claim in claims if claim.kind is OutboxKind.SMS])
        result = []
        for claim in claims:
            known = parts.get(claim.id, Parts(()))
            result.append(replace(
                claim,
                case_state=states.get(claim.escalation_id) if claim.escalation_id is not None else None,
                parts_went=known.went,
                concat_reference=known.concat_reference,
                parts_modem=known.modem_name,
            ))
        return result

    def withdraw_queued(self, escalation_id: int, *, reason: str, actor: str, at: datetime) -> list[int]:
        """The case no longer waits for a callback: its messages not yet sent are cancelled, in the same
        transaction as the change that ends the wait. Rows in flight or undecided are left as they are."""
        at = ensure_utc(at)
        rows = self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.escalation_id == escalation_id, OutboxMessage.status == OutboxStatus.QUEUED)
            .values(status=OutboxStatus.CANCELLED, updated_at=at, updated_by=actor, version=OutboxMessage.version + 1,
                    last_error=f"withdrawn: the case was {reason}", last_error_class=WITHDRAWN)
            .returning(OutboxMessage.id)
            .execution_options(synchronize_session=False)
        ).scalars().all()
        for outbox_id in rows:
            publish(self._session, Topic.OUTBOX, outbox_id=outbox_id, case_id=escalation_id)
        return sorted(rows)
