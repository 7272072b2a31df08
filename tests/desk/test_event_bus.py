"""The desk's one event bus, wired as the console wires it: each change is told once, the roster read once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event

from console.clock import IST, FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.roster_view import RosterView
from console.desk.runtime import DeskRuntime
from console.desk.window_adapter import DeskService
from console.domain import AvailabilityStatus, ComplaintDraft, OutboxKind, OutboxStatus, UserRole
from console.events import (
    CaseChanged,
    DomainEvent,
    EnginesFailed,
    IncomingReceived,
    OutboxChanged,
    OutboxQueued,
    RosterChanged,
)
from console.views import OperatorSession
from console.window_interface import ActionOutcome, PeriodDraft
from db.database import Database
from db.engine import create_database_engine
from db.errors import DatabaseFileChangedError, StorageError
from db.feed import ChangeFeed
from db.repositories.outbox import AttemptResult, NewOutboxMessage
from db.repositories.outbox_parts import SentPart
from tests.desk.people import ADO, MLA, SDM, TEHSILDAR

SUPERVISOR = OperatorSession("meena", "Meena", UserRole.SUPERVISOR)


@pytest.fixture
def feed(database: Database) -> Iterator[ChangeFeed]:
    feed = database.change_feed(poll_interval=0.05, others_only=True)
    yield feed
    feed.close()


@pytest.fixture
def console(desk: Desk, feed: ChangeFeed) -> Iterator[DeskService]:
    """The window's service and the desk's engines over one feed, as ``Center`` builds them (no modems)."""
    service = DeskService(desk, SUPERVISOR, feed=feed)
    runtime = DeskRuntime(desk, [], worker="bus-test", feed=feed)
    feed.start()
    runtime.start(start_modems=False, run_ladder=False)
    yield service
    runtime.stop(stop_modems=False)


def another_process_writes_the_outbox(database: Database, desk: Desk) -> None:
    """Wait until the feed has delivered a later write of another process: our own write's echo would be before."""
    heard = threading.Event()
    unsubscribe = desk.events.subscribe(OutboxChanged, lambda _event: heard.set())
    other = Database(create_database_engine(database.engine.url))
    try:
        with other.unit_of_work() as work:
            work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919415000002", "x", "other", "ravi"),
                                at=desk.clock.now())
        assert heard.wait(10), "another process's write is heard through the feed"
    finally:
        unsubscribe()
        other.dispose()


def test_one_availability_save_reads_the_roster_once(
    console: DeskService, desk: Desk, database: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.roster()
    reads: list[int] = []
    load = RosterView.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(RosterView, "load", classmethod(lambda cls, *a, **k: reads.append(1) or load(cls, *a, **k)))
    told: list[DomainEvent] = []
    desk.events.subscribe(RosterChanged, told.append)
    today = clock.now().astimezone(IST).date()
    saved = console.save_period(PeriodDraft(TEHSILDAR.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=2),
                                            ADO.id))
    assert saved.outcome is ActionOutcome.OK
    another_process_writes_the_outbox(database, desk)
    for _ in range(3):  # the window, the search, a case: all read the same roster
        console.load_live_state()
        console.availability_now(TEHSILDAR.id)
    assert len(told) == 1  # this process's write, told once: not again by the feed
    assert len(reads) == 1
    decision = console.availability_now(TEHSILDAR.id)
    assert decision is not None and decision.contact is not None and decision.contact.officer_id == ADO.id  # on leave


def test_a_changed_roster_is_read_and_indexed_before_anyone_types(
    console: DeskService, desk: Desk, database: Database, clock: FakeClock
) -> None:
    """The window searches as the operator types, on its GUI thread: after a change, no keystroke reads storage."""
    today = clock.now().astimezone(IST).date()
    saved = console.save_period(PeriodDraft(TEHSILDAR.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=2),
                                            ADO.id))
    assert saved.outcome is ActionOutcome.OK
    statements: list[str] = []

    def count(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        found = console.search_officers(TEHSILDAR.name_en.split()[0], 5)
        decision = console.availability_now(TEHSILDAR.id)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert TEHSILDAR.id in [row.officer_id for row in found]
    assert decision is not None and decision.contact is not None and decision.contact.officer_id == ADO.id
    assert statements == []


def test_an_instruction_tells_its_case_and_its_outbox_rows_after_the_commit(
    console: DeskService, desk: Desk, database: Database
) -> None:
    logged = console.log_complaint(ComplaintDraft(MLA.id, SDM.id))
    assert logged.case_id is not None
    told: list[DomainEvent] = []
    committed: list[bool] = []

    def on_case(event: CaseChanged) -> None:
        told.append(event)
        detail = console.case_detail(logged.case_id or 0)  # another session sees the committed move
        committed.append(detail is not None and detail.row.state.value == "instructed")

    desk.events.subscribe(CaseChanged, on_case)
    desk.events.subscribe(OutboxChanged, told.append)
    detail = console.case_detail(logged.case_id)
    assert detail is not None
    assert console.instruct(logged.case_id, detail.row.version).outcome is ActionOutcome.OK
    assert CaseChanged(logged.case_id) in told and committed == [True]
    queued = [event for event in told if isinstance(event, OutboxChanged)]
    assert queued and all(event.outbox_id is not None and event.case_id == logged.case_id for event in queued)


def test_rows_queued_are_told_once_after_the_outbox_rows_of_their_commit(desk: Desk) -> None:
    """``OutboxQueued`` wakes the dispatcher: after the commit, after that commit's ``OutboxChanged``."""
    logged = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="operator")
    told: list[DomainEvent] = []
    desk.events.subscribe(OutboxChanged, told.append)
    desk.events.subscribe(OutboxQueued, told.append)
    instructed = desk.instruct(logged.record.id, None, actor="operator")
    ids = tuple(row.id for row in instructed.messages)
    assert ids and told[-1] == OutboxQueued(ids)
    assert [event for event in told if isinstance(event, OutboxQueued)] == [OutboxQueued(ids)]
    assert any(isinstance(event, OutboxChanged) for event in told[:-1])  # the commit's own, told first


def test_each_outbox_and_incoming_write_names_its_row_and_its_case(desk: Desk, clock: FakeClock) -> None:
    """The window reads again only the rows an event names: a write that named none would reload it all."""
    case = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="operator").record
    told: list[DomainEvent] = []
    desk.events.subscribe(OutboxChanged, told.append)
    desk.events.subscribe(IncomingReceived, told.append)
    now, database = clock.now(), desk.database
    message = NewOutboxMessage(OutboxKind.SMS, SDM.official_number, "x", "k1", "operator", escalation_id=case.id)
    with database.unit_of_work() as work:
        record, _ = work.outbox.enqueue(message, at=now)
    with database.unit_of_work() as work:
        (claim,) = work.outbox.claim("worker", at=now)
    with database.unit_of_work() as work:
        work.outbox.record_part(record.id, SentPart(1, 1, None, "modem-1", record.to_number, 7, now))
    with database.unit_of_work() as work:
        work.outbox.finish_attempt(claim, AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent",
                                                        message_references=(7,)), at=now)
    with database.unit_of_work() as work:
        work.outbox.record_delivery(record.id, delivered=False, delivery_status="expired", at=now)
    with database.unit_of_work() as work:
        work.outbox.retry(record.id, actor="operator", at=now)
    with database.unit_of_work() as work:
        work.outbox.withdraw_queued(case.id, reason="cancelled", actor="operator", at=now)
    assert told == [OutboxChanged(record.id, case.id)] * 7
    told.clear()
    handled = desk.receive_sms(sender=SDM.official_number, text="a reply naming no case", received_at=now)
    with database.unit_of_work() as work:
        work.incoming.resolve(handled.incoming_id, at=now, officer_id=SDM.id, escalation_id=case.id)
    assert told == [IncomingReceived(handled.incoming_id, None), IncomingReceived(handled.incoming_id, case.id)]


def test_a_dispatcher_stopped_for_good_is_told_once_and_its_runtime_knows_why_first(desk: Desk) -> None:
    """The database file replaced under the dispatcher: ``EnginesFailed`` once; its other handlers (the
    ``dispatch`` command's) already find the runtime's failure set."""
    runtime = DeskRuntime(desk, [], worker="bus-test")
    error = DatabaseFileChangedError("the district file was replaced")

    def replaced(*, claim: bool = True) -> int:
        raise error

    runtime.dispatcher.step = replaced  # type: ignore[method-assign]
    told: list[tuple[EnginesFailed, StorageError | None]] = []
    heard = threading.Event()

    def on_failed(event: EnginesFailed) -> None:
        told.append((event, runtime.failure))
        heard.set()

    desk.events.subscribe(EnginesFailed, on_failed)
    runtime.start(start_modems=False, run_ladder=False)
    try:
        assert heard.wait(10)
    finally:
        runtime.stop(stop_modems=False)
    assert told == [(EnginesFailed(str(error)), error)]
