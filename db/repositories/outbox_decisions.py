"""An operator's decisions on a row the dispatcher will not settle alone: try a failed row again, cancel one,
or resolve one that may or may not have gone out.

Each is one guarded update: the row moves only from the statuses the decision
allows, so two operators deciding at once cannot both win. A part of
:class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import OutboxStatus
from db.errors import ConflictError
from db.models import OutboxMessage
from db.repositories import outbox_parts
from db.repositories.outbox_records import OutboxRecord, UncertainDecision, load, published, update_if


class OutboxDecisions:
    """Moves an operator makes, each refused when the row is no longer where the operator saw it."""

    _session: Session

    def resolve_uncertain(
        self, outbox_id: int, decision: UncertainDecision, *, actor: str, at: datetime
    ) -> OutboxRecord:
        status = {
            UncertainDecision.RESEND: OutboxStatus.QUEUED,
            UncertainDecision.RESEND_MISSING: OutboxStatus.QUEUED,
            UncertainDecision.MARK_SENT: OutboxStatus.SENT,
            UncertainDecision.CANCEL: OutboxStatus.CANCELLED,
        }[decision]
        if decision is UncertainDecision.RESEND_MISSING:
            parts = outbox_parts.of(self._session, outbox_id)
            if not parts.went or not parts.missing:
                raise ConflictError(
                    f"outbox {outbox_id}: the modem reported {len(parts.went)} part(s) of it sent and {parts.missing} "
                    "missing: there are no missing parts to send alone; resend all of it or mark it sent"
                )
        elif decision is UncertainDecision.RESEND:
            outbox_parts.forget(self._session, outbox_id)
        return self._operator_move(outbox_id, (OutboxStatus.UNCERTAIN,), status, actor=actor, at=at)

    def retry(self, outbox_id: int, *, actor: str, at: datetime) -> OutboxRecord:
        return self._operator_move(outbox_id, (OutboxStatus.FAILED,), OutboxStatus.QUEUED, actor=actor, at=at)

    def cancel(self, outbox_id: int, *, actor: str, at: datetime) -> OutboxRecord:
        return self._operator_move(
            outbox_id, (OutboxStatus.QUEUED, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN), OutboxStatus.CANCELLED,
            actor=actor, at=at,
        )

    def _operator_move(
        self, outbox_id: int, allowed: Sequence[OutboxStatus], status: OutboxStatus, *, actor: str, at: datetime
    ) -> OutboxRecord:
        at = ensure_utc(at)
        values: dict[str, Any] = {
            "status": status, "updated_at": at, "updated_by": actor, "version": OutboxMessage.version + 1
        }
        if status == OutboxStatus.QUEUED:
            values.update(next_attempt_at=at, claimed_by=None, claimed_at=None)
        update_if(self._session, outbox_id, [OutboxMessage.status.in_(list(allowed))], values,
                  lambda row: f"outbox {outbox_id} is {row.status.value}; {actor} cannot make it {status.value}")
        return published(self._session, load(self._session, outbox_id))
