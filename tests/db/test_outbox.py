"""The outbox: one row per key, atomic claims, every attempt recorded, uncertain rows left to an operator."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from console.domain import OutboxKind, OutboxStatus
from db.database import Database
from db.errors import ConflictError
from db.repositories.outbox import AttemptResult, ClaimedMessage, NewOutboxMessage, UncertainDecision
from tests.db.factories import T0, log_case, seed_roster


def message(key: str, kind: OutboxKind = OutboxKind.SMS, **changes: object) -> NewOutboxMessage:
    values: dict[str, object] = {
        "kind": kind, "to_number": "+919415000002", "body": "कृपया जनप्रतिनिधि को कॉल करें", "idempotency_key": key,
        "created_by": "operator1",
    }
    values.update(changes)
    return NewOutboxMessage(**values)  # type: ignore[arg-type]


def enqueue(database: Database, *messages: NewOutboxMessage) -> list[int]:
    with database.unit_of_work() as work:
        return [work.outbox.enqueue(m, at=T0)[0].id for m in messages]


def claim(database: Database, worker: str = "pc1:100", limit: int = 1, at_offset: float = 0) -> list[ClaimedMessage]:
    with database.unit_of_work() as work:
        return work.outbox.claim(worker, at=T0 + timedelta(seconds=at_offset), limit=limit)


def finish(database: Database, claimed: ClaimedMessage, result: AttemptResult, offset: float = 5) -> None:
    with database.unit_of_work() as work:
        work.outbox.finish_attempt(claimed, result, at=T0 + timedelta(seconds=offset))


def test_enqueueing_the_same_key_twice_keeps_one_row(database: Database) -> None:
    seed_roster(database)
    case = log_case(database)
    with database.unit_of_work() as work:
        first, created = work.outbox.enqueue(message("c1:instruct:sms", escalation_id=case.id, officer_id=2), at=T0)
        again, created_again = work.outbox.enqueue(message("c1:instruct:sms", body="different"), at=T0)
    assert (created, created_again) == (True, False)
    assert again == first
    assert first.status == OutboxStatus.QUEUED and first.body.startswith("कृपया")
    with database.reading() as work:
        assert [record.id for record in work.outbox.of_escalation(case.id)] == [first.id]


def test_a_claim_takes_due_rows_in_order_and_opens_an_attempt(database: Database) -> None:
    later = message("later", not_before=T0 + timedelta(minutes=5))
    first_id, second_id, _later_id = enqueue(database, message("a"), message("b", OutboxKind.CALL), later)
    claimed = claim(database, limit=5)
    assert [c.id for c in claimed] == [first_id, second_id]
    assert {c.attempt_number for c in claimed} == {1}
    assert claim(database, "pc2:200") == []  # nothing else is due
    with database.reading() as work:
        record = work.outbox.get(first_id)
        (attempt,) = work.outbox.attempts_of(first_id)
    assert (record.status, record.claimed_by, record.attempts) == (OutboxStatus.SENDING, "pc1:100", 1)
    assert (attempt.worker, attempt.started_at, attempt.outcome) == ("pc1:100", T0, None)


def test_a_sent_sms_records_its_references_and_its_delivery(database: Database) -> None:
    (outbox_id,) = enqueue(database, message("a"))
    (claimed,) = claim(database)
    finish(database, claimed, AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent",
                                            message_references=(17, 18)))
    with database.unit_of_work() as work:
        found = work.outbox.find_sent_by_reference("modem-1", 18, since=T0 - timedelta(days=1))
        assert found is not None and found.id == outbox_id
        assert work.outbox.find_sent_by_reference("modem-2", 18, since=T0 - timedelta(days=1)) is None
        delivered = work.outbox.record_delivery(outbox_id, delivered=True, delivery_status="delivered",
                                                at=T0 + timedelta(seconds=30))
        assert work.outbox.sent_counts_by_modem(since=T0 - timedelta(hours=1)) == {"modem-1": 2}  # two parts
    assert (delivered.status, delivered.message_references, delivered.modem_name) == (
        OutboxStatus.DELIVERED, (17, 18), "modem-1"
    )


def test_a_failed_attempt_is_retried_later_and_every_attempt_is_kept(database: Database) -> None:
    (outbox_id,) = enqueue(database, message("a", OutboxKind.CALL))
    (first,) = claim(database)
    finish(database, first, AttemptResult(OutboxStatus.QUEUED, modem_name="modem-1", outcome="no_carrier",
                                          error="NO CARRIER", error_class="transient",
                                          retry_at=T0 + timedelta(minutes=1)))
    assert claim(database, at_offset=30) == []  # not yet
    (second,) = claim(database, at_offset=60)
    finish(database, second, AttemptResult(OutboxStatus.SENT, modem_name="modem-2", outcome="answered",
                                           ring_seconds=6.5, talk_seconds=41.0), offset=120)
    with database.reading() as work:
        record = work.outbox.get(outbox_id)
        attempts = work.outbox.attempts_of(outbox_id)
    assert (record.status, record.attempts, record.talk_seconds) == (OutboxStatus.SENT, 2, 41.0)
    assert [(a.number, a.modem_name, a.outcome, a.error_class) for a in attempts] == [
        (1, "modem-1", "no_carrier", "transient"), (2, "modem-2", "answered", None)
    ]


def test_only_the_claiming_worker_can_finish_its_attempt(database: Database) -> None:
    enqueue(database, message("a"))
    (claimed,) = claim(database)
    impostor = ClaimedMessage(**{**claimed.__dict__, "worker": "pc2:200"})
    with pytest.raises(ConflictError, match="can no longer be recorded"):
        finish(database, impostor, AttemptResult(OutboxStatus.SENT))


def test_rows_in_flight_at_start_up_become_uncertain_and_are_not_resent(database: Database) -> None:
    queued_id, in_flight_id = enqueue(database, message("queued", not_before=T0 + timedelta(hours=1)), message("b"))
    (claimed,) = claim(database)
    assert claimed.id == in_flight_id
    with database.unit_of_work() as work:  # the process died; the next start says so
        assert work.outbox.mark_in_flight_uncertain(at=T0 + timedelta(minutes=2)) == [in_flight_id]
    assert claim(database, at_offset=7200, limit=5)[0].id == queued_id  # only the untouched row goes out
    with database.reading() as work:
        assert work.outbox.get(in_flight_id).status == OutboxStatus.UNCERTAIN
        assert work.outbox.attempts_of(in_flight_id)[0].outcome == "uncertain"
    with pytest.raises(ConflictError):
        finish(database, claimed, AttemptResult(OutboxStatus.SENT))  # the dead worker's late answer
    with database.unit_of_work() as work:
        resent = work.outbox.resolve_uncertain(in_flight_id, UncertainDecision.RESEND, actor="supervisor",
                                               at=T0 + timedelta(minutes=3))
    assert (resent.status, resent.updated_by) == (OutboxStatus.QUEUED, "supervisor")


def test_operators_retry_failed_rows_and_cancel_waiting_ones(database: Database) -> None:
    failed_id, waiting_id = enqueue(database, message("a"), message("b", not_before=T0 + timedelta(hours=1)))
    (claimed,) = claim(database)
    finish(database, claimed, AttemptResult(OutboxStatus.FAILED, error="+CMS ERROR: 500", error_class="permanent"))
    with database.unit_of_work() as work:
        assert work.outbox.retry(failed_id, actor="operator1", at=T0).status == OutboxStatus.QUEUED
        assert work.outbox.cancel(waiting_id, actor="operator1", at=T0).status == OutboxStatus.CANCELLED
        with pytest.raises(ConflictError, match="is cancelled"):
            work.outbox.retry(waiting_id, actor="operator1", at=T0)
        assert [r.id for r in work.outbox.recent(statuses=[OutboxStatus.QUEUED])] == [failed_id]


def test_concurrent_dispatchers_never_claim_the_same_row(database: Database) -> None:
    ids = enqueue(database, *(message(f"m{i}") for i in range(40)))
    claims: dict[str, list[int]] = {"w1": [], "w2": [], "w3": []}
    barrier = threading.Barrier(len(claims))

    def dispatcher(worker: str) -> None:
        barrier.wait(timeout=10)
        while batch := claim(database, worker, limit=3):
            claims[worker].extend(c.id for c in batch)

    threads = [threading.Thread(target=dispatcher, args=(worker,)) for worker in claims]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    taken = [outbox_id for batch in claims.values() for outbox_id in batch]
    assert sorted(taken) == ids  # every row once, none twice
