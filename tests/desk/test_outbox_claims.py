"""What the dispatcher relies on in the outbox: a claim takes what it asks for, a try may end uncertain."""

from __future__ import annotations

from datetime import datetime, timezone

from console.domain import OutboxKind, OutboxStatus
from db.database import Database
from db.repositories.outbox import AttemptResult, NewOutboxMessage

AT = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)


def queue(database: Database, *kinds: OutboxKind) -> None:
    with database.unit_of_work() as work:
        for number, kind in enumerate(kinds):
            work.outbox.enqueue(NewOutboxMessage(kind, "+919454417502", "x", f"key-{number}", "op"), at=AT)


def test_a_claim_takes_no_more_rows_than_asked(database: Database) -> None:
    queue(database, OutboxKind.SMS, OutboxKind.CALL, OutboxKind.SMS)
    with database.unit_of_work() as work:
        first = work.outbox.claim("w", at=AT, limit=1)
    with database.unit_of_work() as work:
        calls = work.outbox.claim("w", at=AT, limit=1, kinds=[OutboxKind.CALL])
    with database.unit_of_work() as work:
        rest = work.outbox.claim("w", at=AT, limit=5)
    assert [(c.idempotency_key, c.kind) for c in first] == [("key-0", OutboxKind.SMS)]
    assert [(c.idempotency_key, c.kind) for c in calls] == [("key-1", OutboxKind.CALL)]
    assert [c.idempotency_key for c in rest] == ["key-2"]


def test_a_try_that_may_have_gone_out_ends_uncertain(database: Database) -> None:
    queue(database, OutboxKind.SMS)
    with database.unit_of_work() as work:
        (claim,) = work.outbox.claim("w", at=AT)
        record = work.outbox.finish_attempt(
            claim, AttemptResult(OutboxStatus.UNCERTAIN, modem_name="modem-1", outcome="timeout",
                                 error="no answer after the body", error_class="timeout"), at=AT)
    assert record.status is OutboxStatus.UNCERTAIN and record.last_error_class == "timeout"
    with database.reading() as work:
        (attempt,) = work.outbox.attempts_of(record.id)
    assert attempt.outcome == "timeout" and attempt.finished_at == AT
