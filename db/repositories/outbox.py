"""The durable outbox: enqueue once, claim atomically, record every attempt, never send twice.

:class:`OutboxRepository` is made of one small class per part, each in its own
module and sharing only the session:

- :mod:`~db.repositories.outbox_queue` — queuing once per idempotency key, and reading rows, tries and parts;
- :mod:`~db.repositories.outbox_claims` — claiming due rows (and the claim's checks), the next due time,
  withdrawing a case's queued rows;
- :mod:`~db.repositories.outbox_attempts` — recording parts, tries and their outcomes, and the tries a stopped
  dispatcher left in flight;
- :mod:`~db.repositories.outbox_deliveries` — the network's delivery reports;
- :mod:`~db.repositories.outbox_decisions` — an operator's retry, cancel and resolving of an uncertain row.

The records it hands out live in :mod:`~db.repositories.outbox_records` and are
imported from here; the parts of a sent SMS in :mod:`~db.repositories.outbox_parts`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.repositories.outbox_attempts import OutboxAttempts
from db.repositories.outbox_claims import OutboxClaims
from db.repositories.outbox_decisions import OutboxDecisions
from db.repositories.outbox_deliveries import OutboxDeliveries
from db.repositories.outbox_queue import OutboxQueue
from db.repositories.outbox_records import (
    FINISHING_STATUSES,
    WITHDRAWN,
    AttemptRecord,
    AttemptResult,
    CallAudioOutcome,
    ClaimedMessage,
    NewOutboxMessage,
    OutboxRecord,
    UncertainDecision,
)

__all__ = [
    "FINISHING_STATUSES",
    "WITHDRAWN",
    "AttemptRecord",
    "AttemptResult",
    "CallAudioOutcome",
    "ClaimedMessage",
    "NewOutboxMessage",
    "OutboxRecord",
    "OutboxRepository",
    "UncertainDecision",
]


class OutboxRepository(OutboxQueue, OutboxClaims, OutboxAttempts, OutboxDeliveries, OutboxDecisions):
    def __init__(self, session: Session) -> None:
        self._session = session
