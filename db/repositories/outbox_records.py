"""What the outbox hands out and takes in: its rows, claims, tries and an operator's decisions, as plain records.

The rest of the code imports these from :mod:`db.repositories.outbox`; the
repository's parts build them from rows here (:func:`record_of`, :func:`load`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from console.domain import CallHeard, EscalationState, OutboxKind, OutboxStatus, Topic
from db.errors import ConflictError, NotFoundError
from db.feed import publish
from db.models import OutboxMessage
from db.repositories.outbox_parts import SentPart

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



def record_of(row: Sequence[Any]) -> OutboxRecord:
    """A row selected as :data:`RECORD_COLUMNS`, as its record."""
    values = dict(zip(RECORD_FIELDS, row))
    values["message_references"] = tuple(values["message_references"] or ())
    return OutboxRecord(**values)


def load(session: Session, outbox_id: int) -> OutboxRecord:
    """The row as it stands now; :class:`NotFoundError` when there is none."""
    row = session.execute(select(*RECORD_COLUMNS).where(OutboxMessage.id == outbox_id)).first()
    if row is None:
        raise NotFoundError("outbox message", outbox_id)
    return record_of(row)


def published(session: Session, record: OutboxRecord) -> OutboxRecord:
    """``record`` was changed: the feed hears the outbox's topic, this process's listeners the row and its case."""
    publish(session, Topic.OUTBOX, outbox_id=record.id, case_id=record.escalation_id)
    return record


def update_if(session: Session, outbox_id: int, guard: Sequence[ColumnElement[bool]], values: Mapping[str, Any],
              refusal: Callable[[OutboxRecord], str]) -> None:
    """Change the row only if ``guard`` holds for it (its status, its claim...), else a ConflictError saying why, from
    the row as it stands: the one way every move of an outbox row is written."""
    changed = session.execute(
        update(OutboxMessage).where(OutboxMessage.id == outbox_id, *guard).values(**values)
        .execution_options(synchronize_session=False)
    )
    if getattr(changed, "rowcount", 0) != 1:
        raise ConflictError(refusal(load(session, outbox_id)))
