"""The durable outbox: enqueue once, claim atomically, record every attempt, never send twice.

Claiming is one statement: ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
LOCKED) AND status = 'queued' RETURNING`` on PostgreSQL, the same without the
lock clause on SQLite, where the writing transaction (BEGIN IMMEDIATE) already
excludes other writers. A row is only finished by the worker that claimed it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import Enum
from types import MappingProxyType
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import CallHeard, EscalationState, OutboxKind, OutboxStatus, SpokenOutcome, Topic
from db.errors import ConflictError, NotFoundError
from db.feed import publish
from db.models import Escalation, OutboxAttempt, OutboxMessage
from db.repositories import outbox_parts
from db.repositories.common import dialect_insert, jsonable
from db.repositories.outbox_parts import DELIVERED, Parts, SentPart

FINISHING_STATUSES = frozenset(
    {OutboxStatus.QUEUED, OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN,
     OutboxStatus.CANCELLED}
)
"""How a try may end; UNCERTAIN when it may have gone out (no answer after the body was written), CANCELLED when
the claim found its case no longer waiting for the callback (nothing was sent)."""
WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class NewOutboxMessage:
    kind: OutboxKind
    to_number: str  # E.164, already checked against the register
    body: str
    idempotency_key: str  # e.g. "HRD-2026-000123:instruct:1:sms"
    created_by: str
    escalation_id: int | None = None
    officer_id: int | None = None
    not_before: datetime | None = None  # None: as soon as possible


@dataclass(frozen=True)
class OutboxRecord:
    id: int
    kind: OutboxKind
    escalation_id: int | None
    officer_id: int | None
    to_number: str
    body: str
    idempotency_key: str
    status: OutboxStatus
    attempts: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str | None
    next_attempt_at: datetime
    claimed_by: str | None
    claimed_at: datetime | None
    modem_name: str | None
    message_references: tuple[int, ...]
    sent_at: datetime | None
    delivery_status: str | None
    delivered_at: datetime | None
    ring_seconds: float | None
    talk_seconds: float | None
    last_error: str | None
    last_error_class: str | None
    audio_mode: str | None  # an answered call's: the mode used ("operator", "recorded", "alert")
    audio_heard: str | None  # console.domain.CallHeard
    audio_plays: int | None  # recorded: the plays that reached the clip's end
    audio_fallback: str | None  # why a recorded call became an alert ("no_player", "refused")
    spoken_by: str | None  # operator mode: who spoke, as they recorded the outcome
    spoken_outcome: str | None  # console.domain.SpokenOutcome
    spoken_at: datetime | None
    version: int


RECORD_FIELDS = tuple(f.name for f in fields(OutboxRecord))
RECORD_COLUMNS = tuple(getattr(OutboxMessage, name) for name in RECORD_FIELDS)


@dataclass(frozen=True)
class ClaimedMessage:
    """A row this worker now owns; hand it back to :meth:`OutboxRepository.finish_attempt`."""

    id: int
    kind: OutboxKind
    to_number: str
    body: str
    idempotency_key: str
    escalation_id: int | None
    officer_id: int | None
    attempt_number: int
    worker: str
    case_state: EscalationState | None = None  # the case's state as the claim found it
    parts_went: tuple[int, ...] = ()  # parts of this SMS that already went: only the others are sent
    concat_reference: int | None = None  # the reference they went under, for the rest to join them
    parts_modem: str | None = None  # the SIM they went from: the rest must come from the same sender


@dataclass(frozen=True)
class AttemptResult:
    """How one try ended. ``status`` QUEUED means "try again at ``retry_at``"."""

    status: OutboxStatus
    modem_name: str | None = None
    outcome: str = ""  # e.g. "sent", "answered", "no_answer", "cms_error"
    message_references: tuple[int, ...] = ()
    ring_seconds: float | None = None
    talk_seconds: float | None = None
    error: str | None = None
    error_class: str | None = None
    retry_at: datetime | None = None
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    parts: tuple[SentPart, ...] = ()  # the SMS parts this try got accepted
    audio: CallAudioOutcome | None = None  # an answered call: what the officer heard


@dataclass(frozen=True)
class CallAudioOutcome:
    """What the officer heard on an answered call, as the outbox row keeps it."""

    mode: str
    heard: CallHeard
    plays: int = 0
    fallback: str | None = None


@dataclass(frozen=True)
class AttemptRecord:
    outbox_id: int
    number: int
    worker: str
    started_at: datetime
    finished_at: datetime | None
    modem_name: str | None
    outcome: str | None
    error: str | None
    error_class: str | None
    message_references: tuple[int, ...]
    ring_seconds: float | None
    talk_seconds: float | None


class UncertainDecision(str, Enum):
    """What an operator decides about a row that may or may not have gone out."""

    RESEND = "resend"  # all of it: the operator holds that none of it went
    RESEND_MISSING = "resend_missing"  # only the parts the modem did not report accepted
    MARK_SENT = "mark_sent"
    CANCEL = "cancel"


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

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
        created = self._session.execute(statement).scalar_one_or_none() is not None
        if created:
            publish(self._session, Topic.OUTBOX)
        record = self.get_by_key(message.idempotency_key)
        if record is None:  # pragma: no cover - the row exists by now
            raise NotFoundError("outbox message with key", message.idempotency_key)
        return record, created

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
            publish(self._session, Topic.OUTBOX)
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

    def record_part(self, outbox_id: int, part: SentPart) -> None:
        """As the modem accepts each part, before it writes the next: what went survives a crash half-way."""
        outbox_parts.record(self._session, outbox_id, part)
        publish(self._session, Topic.OUTBOX)

    def parts_of(self, outbox_id: int) -> Parts:
        return outbox_parts.of(self._session, outbox_id)

    def parts_of_rows(self, outbox_ids: Sequence[int]) -> dict[int, Parts]:
        return outbox_parts.of_rows(self._session, outbox_ids)

    def find_part(
        self, modem_name: str, recipient: str, message_reference: int, *, since: datetime
    ) -> tuple[int, int] | None:
        return outbox_parts.find(self._session, modem_name, recipient, message_reference, since=since)

    def record_part_report(
        self, outbox_id: int, sequence: int, *, delivered: bool, status: int, at: datetime
    ) -> OutboxRecord | None:
        """A status report for one part, kept whatever the row's state; the row if the report changed it.

        Raises :class:`NotFoundError` when the row does not exist, :class:`ConflictError` when its part is not
        recorded yet (the caller keeps the report and tries again).
        """
        self.get(outbox_id)
        if not outbox_parts.report(self._session, outbox_id, sequence, DELIVERED if delivered else f"failed:{status}",
                                   at):
            raise ConflictError(f"outbox {outbox_id}: part {sequence} is not recorded yet")
        publish(self._session, Topic.OUTBOX)
        return self._settle_delivery(outbox_id, at=ensure_utc(at))

    def _settle_delivery(self, outbox_id: int, *, at: datetime) -> OutboxRecord | None:
        """Turn the parts' reports into the row's state: one failed part fails it, every part delivered delivers
        it (a row left uncertain too: the network has said it arrived)."""
        row = self.get(outbox_id)
        parts = outbox_parts.of(self._session, outbox_id)
        failure = parts.first_failure
        values: dict[str, Any]
        if failure is not None and row.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.UNCERTAIN):
            status = failure.delivery_status or "failed"
            values = {"status": OutboxStatus.FAILED, "delivery_status": status, "last_error_class": "delivery",
                      "last_error": f"delivery {status} (part {failure.sequence} of {failure.total})"}
        elif parts.all_delivered and row.status in (OutboxStatus.SENT, OutboxStatus.UNCERTAIN):
            values = {"status": OutboxStatus.DELIVERED, "delivery_status": DELIVERED, "delivered_at": at,
                      "message_references": parts.references, "modem_name": parts.modem_name,
                      "sent_at": row.sent_at or max(part.accepted_at for part in parts.records)}
            if row.status is OutboxStatus.UNCERTAIN:
                values.update(last_error=None, last_error_class=None)
        else:
            return None
        values.update(updated_at=at, version=OutboxMessage.version + 1)
        self._session.execute(
            update(OutboxMessage).where(OutboxMessage.id == outbox_id).values(**values)
            .execution_options(synchronize_session=False)
        )
        publish(self._session, Topic.OUTBOX)
        return self.get(outbox_id)

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
        if rows:
            publish(self._session, Topic.OUTBOX)
        return sorted(rows)

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
        changed = self._session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == claim.id,
                OutboxMessage.status == OutboxStatus.SENDING,
                OutboxMessage.claimed_by == claim.worker,
                OutboxMessage.attempts == claim.attempt_number,
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if getattr(changed, "rowcount", 0) != 1:
            current = self.get(claim.id)
            raise ConflictError(
                f"outbox {claim.id}: attempt {claim.attempt_number} of {claim.worker} can no longer be recorded "
                f"(row is {current.status.value}, claimed by {current.claimed_by}, attempt {current.attempts})"
            )
        self._finish_attempt_row(claim.id, claim.attempt_number, at, result)
        for part in result.parts:
            outbox_parts.record(self._session, claim.id, part)
        if claim.kind is OutboxKind.SMS and result.status is OutboxStatus.SENT:
            parts = outbox_parts.of(self._session, claim.id)
            if parts.records:  # every part, including those an earlier try sent
                self._session.execute(
                    update(OutboxMessage).where(OutboxMessage.id == claim.id)
                    .values(message_references=parts.references).execution_options(synchronize_session=False)
                )
            self._settle_delivery(claim.id, at=at)  # reports that came before the send was recorded
        publish(self._session, Topic.OUTBOX)
        return self.get(claim.id)

    def record_spoken_outcome(self, outbox_id: int, outcome: SpokenOutcome, *, actor: str,
                              at: datetime) -> OutboxRecord:
        """The operator who spoke on an answered call says, once, what came of it: the officer heard the instruction
        (``delivered``), or someone else answered (the row stays ``sent``: nobody was instructed by this call)."""
        at = ensure_utc(at)
        values: dict[str, Any] = {"spoken_by": actor, "spoken_outcome": outcome.value, "spoken_at": at,
                                  "updated_at": at, "updated_by": actor, "version": OutboxMessage.version + 1}
        if outcome is not SpokenOutcome.WRONG_PERSON:
            values.update(status=OutboxStatus.DELIVERED, delivered_at=at)
        changed = self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.kind == OutboxKind.CALL,
                   OutboxMessage.status == OutboxStatus.SENT, OutboxMessage.audio_heard == CallHeard.OPERATOR.value,
                   OutboxMessage.spoken_outcome.is_(None))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if getattr(changed, "rowcount", 0) != 1:
            current = self.get(outbox_id)
            raise ConflictError(
                f"outbox {outbox_id}: no spoken outcome can be recorded (a {current.kind.value} row, "
                f"{current.status.value}, heard {current.audio_heard or 'nothing'}, "
                f"outcome {current.spoken_outcome or 'none'} by {current.spoken_by or 'nobody'})"
            )
        publish(self._session, Topic.OUTBOX)
        return self.get(outbox_id)

    def record_delivery(self, outbox_id: int, *, delivered: bool, delivery_status: str, at: datetime) -> OutboxRecord:
        """A status report for a sent SMS: DELIVERED, or FAILED when the network gave up."""
        at = ensure_utc(at)
        values: dict[str, Any] = {"delivery_status": delivery_status, "updated_at": at, "version": OutboxMessage.version + 1}
        if delivered:
            values.update(status=OutboxStatus.DELIVERED, delivered_at=at)
        else:
            values.update(status=OutboxStatus.FAILED, last_error=f"delivery {delivery_status}", last_error_class="delivery")
        changed = self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.status.in_([OutboxStatus.SENT, OutboxStatus.DELIVERED]))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if getattr(changed, "rowcount", 0) != 1:
            raise ConflictError(f"outbox {outbox_id}: a delivery report needs a sent message ({self.get(outbox_id).status.value})")
        publish(self._session, Topic.OUTBOX)
        return self.get(outbox_id)

    def find_sent_by_reference(self, modem_name: str, reference: int, *, since: datetime) -> OutboxRecord | None:
        """The latest SMS a modem sent since ``since`` under a message reference (references wrap at 256)."""
        query = (
            select(*RECORD_COLUMNS)
            .where(
                OutboxMessage.modem_name == modem_name,
                OutboxMessage.kind == OutboxKind.SMS,
                OutboxMessage.sent_at >= ensure_utc(since),
            )
            .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())
        )
        for row in self._session.execute(query):
            record = _record(row)
            if reference in record.message_references:
                return record
        return None

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
            .returning(OutboxMessage.id, OutboxMessage.attempts)
            .execution_options(synchronize_session=False)
        ).all()
        for outbox_id, number in rows:
            self._finish_attempt_row(
                outbox_id, number, at, AttemptResult(OutboxStatus.FAILED, outcome=OutboxStatus.UNCERTAIN.value,
                                                     error="in flight when the dispatcher stopped", error_class="uncertain")
            )
        if rows:
            publish(self._session, Topic.OUTBOX)
        return sorted(outbox_id for outbox_id, _ in rows)

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
            self._finish_attempt_row(outbox_id, number, at, AttemptResult(
                OutboxStatus.SENT, modem_name=parts.modem_name, outcome=OutboxStatus.SENT.value,
                message_references=tuple(parts.references),
                details={"recovered": "every part was accepted before the dispatcher stopped"},
            ))
            self._settle_delivery(outbox_id, at=at)
            publish(self._session, Topic.OUTBOX)

    def resolve_uncertain(self, outbox_id: int, decision: UncertainDecision, *, actor: str, at: datetime) -> OutboxRecord:
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

    def get(self, outbox_id: int) -> OutboxRecord:
        row = self._session.execute(select(*RECORD_COLUMNS).where(OutboxMessage.id == outbox_id)).first()
        if row is None:
            raise NotFoundError("outbox message", outbox_id)
        return _record(row)

    def get_by_key(self, idempotency_key: str) -> OutboxRecord | None:
        row = self._session.execute(select(*RECORD_COLUMNS).where(OutboxMessage.idempotency_key == idempotency_key)).first()
        return None if row is None else _record(row)

    def recent(self, *, limit: int = 200, statuses: Collection[OutboxStatus] | None = None) -> list[OutboxRecord]:
        query = select(*RECORD_COLUMNS).order_by(OutboxMessage.updated_at.desc(), OutboxMessage.id.desc()).limit(limit)
        if statuses is not None:
            query = query.where(OutboxMessage.status.in_(list(statuses)))
        return [_record(row) for row in self._session.execute(query)]

    def of_escalation(self, escalation_id: int) -> list[OutboxRecord]:
        query = select(*RECORD_COLUMNS).where(OutboxMessage.escalation_id == escalation_id).order_by(OutboxMessage.id)
        return [_record(row) for row in self._session.execute(query)]

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

    def _operator_move(
        self, outbox_id: int, allowed: Sequence[OutboxStatus], status: OutboxStatus, *, actor: str, at: datetime
    ) -> OutboxRecord:
        at = ensure_utc(at)
        values: dict[str, Any] = {
            "status": status, "updated_at": at, "updated_by": actor, "version": OutboxMessage.version + 1
        }
        if status == OutboxStatus.QUEUED:
            values.update(next_attempt_at=at, claimed_by=None, claimed_at=None)
        changed = self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == outbox_id, OutboxMessage.status.in_(list(allowed)))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if getattr(changed, "rowcount", 0) != 1:
            current = self.get(outbox_id)
            raise ConflictError(f"outbox {outbox_id} is {current.status.value}; {actor} cannot make it {status.value}")
        publish(self._session, Topic.OUTBOX)
        return self.get(outbox_id)

    def _finish_attempt_row(self, outbox_id: int, number: int, at: datetime, result: AttemptResult) -> None:
        self._session.execute(
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


def _record(row: Sequence[Any]) -> OutboxRecord:
    values = dict(zip(RECORD_FIELDS, row))
    values["message_references"] = tuple(values["message_references"] or ())
    return OutboxRecord(**values)
