"""Recording tries: the parts a modem accepted, how each claimed try ended, what an operator heard said on an
answered call, and the tries a stopped dispatcher left in flight.

A row is only finished by the worker that claimed it (the update names the
worker and the try). A part of :class:`~db.repositories.outbox.OutboxRepository`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import CallHeard, OutboxKind, OutboxStatus, SpokenOutcome, Topic
from db.feed import publish
from db.models import OutboxAttempt, OutboxMessage
from db.repositories import outbox_parts
from db.repositories.common import jsonable
from db.repositories.outbox_deliveries import settle_delivery
from db.repositories.outbox_parts import SentPart
from db.repositories.outbox_records import (
    FINISHING_STATUSES, AttemptResult, ClaimedMessage, OutboxRecord, load, published, update_if,
)


class OutboxAttempts:
    """How each try went, recorded as it happens."""

    _session: Session

    def record_part(self, outbox_id: int, part: SentPart) -> None:
        """As the modem accepts each part, before it writes the next: what went survives a crash half-way."""
        outbox_parts.record(self._session, outbox_id, part)
        published(self._session, load(self._session, outbox_id))

    def finish_attempt(self, claim: ClaimedMessage, result: AttemptResult, *, at: datetime) -> OutboxRecord:
        """Record how the claimed try ended; refuse if the row is no longer this worker's."""
        if result.status not in FINISHING_STATUSES:
            raise ValueError(f"outbox {claim.id}: an attempt cannot end as {result.status.value}")
        if result.status == OutboxStatus.QUEUED and result.retry_at is None:
            raise ValueError(f"outbox {claim.id}: a retry needs retry_at")
        at = ensure_utc(at)
        values: dict[str, Any] = {
            "status": result.status,
            "updated_at": at,
            "version": OutboxMessage.version + 1,
            "modem_name": result.modem_name,
            "last_error": result.error,
            "last_error_class": result.error_class,
        }
        if result.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED):
            values.update(sent_at=at, message_references=list(result.message_references),
                          ring_seconds=result.ring_seconds, talk_seconds=result.talk_seconds)
        if result.status == OutboxStatus.DELIVERED:
            values["delivered_at"] = at
        if result.audio is not None and result.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED):
            values.update(audio_mode=result.audio.mode, audio_heard=result.audio.heard.value,
                          audio_plays=result.audio.plays, audio_fallback=result.audio.fallback)
        if result.status == OutboxStatus.QUEUED:
            assert result.retry_at is not None
            values.update(next_attempt_at=ensure_utc(result.retry_at), claimed_by=None, claimed_at=None)
        update_if(self._session, claim.id, [OutboxMessage.status == OutboxStatus.SENDING,
                                             OutboxMessage.claimed_by == claim.worker,
                                             OutboxMessage.attempts == claim.attempt_number], values,
                  lambda row: f"outbox {claim.id}: attempt {claim.attempt_number} of {claim.worker} can no longer "
                              f"be recorded (row is {row.status.value}, claimed by {row.claimed_by}, "
                              f"attempt {row.attempts})")
        _finish_attempt_row(self._session, claim.id, claim.attempt_number, at, result)
        for part in result.parts:
            outbox_parts.record(self._session, claim.id, part)
        if claim.kind is OutboxKind.SMS and result.status is OutboxStatus.SENT:
            parts = outbox_parts.of(self._session, claim.id)
            if parts.records:  # every part, including those an earlier try sent
                self._session.execute(
                    update(OutboxMessage).where(OutboxMessage.id == claim.id)
                    .values(message_references=parts.references).execution_options(synchronize_session=False)
                )
            settle_delivery(self._session, claim.id, at=at)  # reports that came before the send was recorded
        return published(self._session, load(self._session, claim.id))

    def record_spoken_outcome(self, outbox_id: int, outcome: SpokenOutcome, *, actor: str,
                              at: datetime) -> OutboxRecord:
        """The operator who spoke on an answered call says, once, what came of it: the officer heard the instruction
        (``delivered``), or someone else answered (the row stays ``sent``: nobody was instructed by this call)."""
        at = ensure_utc(at)
        values: dict[str, Any] = {"spoken_by": actor, "spoken_outcome": outcome.value, "spoken_at": at,
                                  "updated_at": at, "updated_by": actor, "version": OutboxMessage.version + 1}
        if outcome is not SpokenOutcome.WRONG_PERSON:
            values.update(status=OutboxStatus.DELIVERED, delivered_at=at)
        update_if(self._session, outbox_id, [OutboxMessage.kind == OutboxKind.CALL,
                                              OutboxMessage.status == OutboxStatus.SENT,
                                              OutboxMessage.audio_heard == CallHeard.OPERATOR.value,
                                              OutboxMessage.spoken_outcome.is_(None)], values,
                  lambda row: f"outbox {outbox_id}: no spoken outcome can be recorded (a {row.kind.value} row, "
                              f"{row.status.value}, heard {row.audio_heard or 'nothing'}, "
                              f"outcome {row.spoken_outcome or 'none'} by {row.spoken_by or 'nobody'})")
        return published(self._session, load(self._session, outbox_id))

    def mark_in_flight_uncertain(self, *, at: datetime, worker: str | None = None) -> list[int]:
        """At start-up: rows left SENDING (by ``worker``, or by anyone) may have gone out; an operator decides."""
        at = ensure_utc(at)
        condition = OutboxMessage.status == OutboxStatus.SENDING
        if worker is not None:
            condition = and_(condition, OutboxMessage.claimed_by == worker)
        self._finish_fully_accepted(condition, at)
        rows = self._session.execute(
            update(OutboxMessage)
            .where(condition)
            .values(status=OutboxStatus.UNCERTAIN, updated_at=at, version=OutboxMessage.version + 1,
                    last_error="in flight when the dispatcher stopped", last_error_class="uncertain")
            .returning(OutboxMessage.id, OutboxMessage.attempts, OutboxMessage.escalation_id)
            .execution_options(synchronize_session=False)
        ).all()
        for outbox_id, number, case_id in rows:
            _finish_attempt_row(self._session, outbox_id, number, at, AttemptResult(
                OutboxStatus.FAILED, outcome=OutboxStatus.UNCERTAIN.value,
                error="in flight when the dispatcher stopped", error_class="uncertain",
            ))
            publish(self._session, Topic.OUTBOX, outbox_id=outbox_id, case_id=case_id)
        return sorted(outbox_id for outbox_id, _, _ in rows)

    def _finish_fully_accepted(self, in_flight: Any, at: datetime) -> None:
        """Rows in flight whose every part the modem had accepted went out: sent, not uncertain."""
        rows = self._session.execute(
            select(OutboxMessage.id, OutboxMessage.attempts).where(in_flight, OutboxMessage.kind == OutboxKind.SMS)
        ).all()
        known = outbox_parts.of_rows(self._session, [outbox_id for outbox_id, _ in rows])
        for outbox_id, number in rows:
            parts = known.get(outbox_id)
            if parts is None or not parts.complete:
                continue
            sent_at = max(part.accepted_at for part in parts.records)
            self._session.execute(
                update(OutboxMessage).where(OutboxMessage.id == outbox_id)
                .values(status=OutboxStatus.SENT, updated_at=at, version=OutboxMessage.version + 1, sent_at=sent_at,
                        modem_name=parts.modem_name, message_references=parts.references, last_error=None,
                        last_error_class=None)
                .execution_options(synchronize_session=False)
            )
            _finish_attempt_row(self._session, outbox_id, number, at, AttemptResult(
                OutboxStatus.SENT, modem_name=parts.modem_name, outcome=OutboxStatus.SENT.value,
                message_references=tuple(parts.references),
                details={"recovered": "every part was accepted before the dispatcher stopped"},
            ))
            settle_delivery(self._session, outbox_id, at=at)
            published(self._session, load(self._session, outbox_id))


def _finish_attempt_row(session: Session, outbox_id: int, number: int, at: datetime, result: AttemptResult) -> None:
    """The try's own row in ``outbox_attempts``, closed with how it ended."""
    session.execute(
        update(OutboxAttempt)
        .where(OutboxAttempt.outbox_id == outbox_id, OutboxAttempt.number == number)
        .values(
            finished_at=at,
            modem_name=result.modem_name,
            outcome=result.outcome or result.status.value,
            error=result.error,
            error_class=result.error_class,
            message_references=list(result.message_references),
            ring_seconds=result.ring_seconds,
            talk_seconds=result.talk_seconds,
            details=jsonable(dict(result.details)),
        )
        .execution_options(synchronize_session=False)
    )
