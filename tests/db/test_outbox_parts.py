"""The parts of a long SMS in the outbox: what went, what was delivered, what a resend sends (issue 11, 6 and 9)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.domain import OutboxStatus
from db.database import Database
from db.errors import ConflictError
from db.repositories.outbox import AttemptResult, ClaimedMessage, UncertainDecision
from db.repositories.outbox_parts import SentPart
from tests.db.factories import T0
from tests.db.test_outbox import claim, enqueue, message

NUMBER = "+919415000002"


def part(sequence: int, reference: int, *, modem: str = "modem-1", seconds: float = 1) -> SentPart:
    return SentPart(sequence, 2, 77, modem, NUMBER, reference, T0 + timedelta(seconds=seconds))


def record(database: Database, outbox_id: int, *parts: SentPart) -> None:
    with database.unit_of_work() as work:
        for each in parts:
            work.outbox.record_part(outbox_id, each)


def report(database: Database, outbox_id: int, sequence: int, *, delivered: bool = True) -> OutboxStatus:
    with database.unit_of_work() as work:
        work.outbox.record_part_report(outbox_id, sequence, delivered=delivered, status=0 if delivered else 0x45,
                                       at=T0 + timedelta(seconds=9))
        return work.outbox.get(outbox_id).status


def sent(database: Database, claimed: ClaimedMessage, *parts: SentPart) -> OutboxStatus:
    with database.unit_of_work() as work:
        result = AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent", parts=parts)
        return work.outbox.finish_attempt(claimed, result, at=T0 + timedelta(seconds=5)).status


def test_reports_that_come_before_the_send_is_recorded_are_kept_and_counted(database: Database) -> None:
    (row,) = enqueue(database, message("k"))
    (claimed,) = claim(database)
    record(database, row, part(1, 41))
    assert report(database, row, 1) is OutboxStatus.SENDING  # kept against part 1
    record(database, row, part(2, 42))
    assert report(database, row, 2) is OutboxStatus.SENDING
    assert sent(database, claimed, part(1, 41), part(2, 42)) is OutboxStatus.DELIVERED  # the same parts, told again
    with database.reading() as work:
        assert work.outbox.get(row).message_references == (41, 42)


def test_one_part_reported_failed_fails_the_message_and_a_retry_sends_that_part_alone(database: Database) -> None:
    (row,) = enqueue(database, message("k"))
    (claimed,) = claim(database)
    assert sent(database, claimed, part(1, 41), part(2, 42)) is OutboxStatus.SENT
    assert report(database, row, 1) is OutboxStatus.SENT
    assert report(database, row, 2, delivered=False) is OutboxStatus.FAILED
    with database.unit_of_work() as work:
        failed = work.outbox.get(row)
        assert failed.last_error == "delivery failed:69 (part 2 of 2)"
        work.outbox.retry(row, actor="op1", at=T0 + timedelta(minutes=1))
    (again,) = claim(database, at_offset=120)
    assert (again.parts_went, again.concat_reference, again.parts_modem) == ((1,), 77, "modem-1")


def test_an_uncertain_row_may_resend_only_its_missing_parts_and_a_full_resend_forgets_them(database: Database) -> None:
    first, second = enqueue(database, message("a"), message("b"))
    claim(database, limit=2)
    record(database, first, part(1, 41))
    record(database, second, part(1, 51))
    with database.unit_of_work() as work:
        assert work.outbox.mark_in_flight_uncertain(at=T0 + timedelta(minutes=1)) == [first, second]
        work.outbox.resolve_uncertain(first, UncertainDecision.RESEND_MISSING, actor="op1", at=T0)
        work.outbox.resolve_uncertain(second, UncertainDecision.RESEND, actor="op1", at=T0)
        assert work.outbox.parts_of(first).went == (1,) and work.outbox.parts_of(second).records == ()


def test_resending_missing_parts_needs_parts_known_to_have_gone(database: Database) -> None:
    (row,) = enqueue(database, message("k"))
    claim(database)
    with database.unit_of_work() as work:
        work.outbox.mark_in_flight_uncertain(at=T0)
    with pytest.raises(ConflictError, match="no missing parts to send alone"):
        with database.unit_of_work() as work:
            work.outbox.resolve_uncertain(row, UncertainDecision.RESEND_MISSING, actor="op1", at=T0)


def test_a_report_reaching_a_later_process_finds_its_part_by_modem_reference_and_recipient(
    database: Database,
) -> None:
    (row,) = enqueue(database, message("k"))
    (claimed,) = claim(database)
    sent(database, claimed, part(1, 41), part(2, 42, modem="modem-1"))
    with database.reading() as work:
        found = work.outbox.find_part("modem-1", "9415000002", 42, since=T0)  # quoted nationally
        assert found == (row, 2)
        assert work.outbox.find_part("modem-2", NUMBER, 42, since=T0) is None
        assert work.outbox.find_part("modem-1", NUMBER, 42, since=T0 + timedelta(hours=1)) is None


def test_an_uncertain_row_whose_every_part_the_network_delivered_is_delivered(database: Database) -> None:
    (row,) = enqueue(database, message("k"))
    claim(database)
    record(database, row, part(1, 41))
    with database.unit_of_work() as work:
        work.outbox.mark_in_flight_uncertain(at=T0)
    record(database, row, part(2, 42))  # the modem process said so before it died
    assert report(database, row, 1) is OutboxStatus.UNCERTAIN
    assert report(database, row, 2) is OutboxStatus.DELIVERED
