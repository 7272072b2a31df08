"""The outbox does not forget what happened, and does not message a case that no longer waits (issue 11, 6, 7, 9).

Simulated modems on pseudo-terminals and real storage; the database failures
are real ones: PostgreSQL connections killed at the moment the dispatcher
records (a trigger terminates its own backend while a switch is on).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from console.clock import FakeClock
from console.config import DistrictConfig
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.settings import DeskSettings
from console.domain import OutboxKind, OutboxStatus
from db.database import Database
from db.engine import create_database_engine
from db.migrate import upgrade_to_head
from db.repositories.outbox import NewOutboxMessage, UncertainDecision
from db.repositories.outbox_parts import SentPart
from modem.simulator.simulator import Event as SimulatorEvent
from modem.state import Role
from tests.desk.conftest import seed
from tests.desk.people import MLA, SDM
from tests.desk.rig import WAIT, Finished, Line, Rig
from tests.desk.test_dispatcher import (  # noqa: F401  (rig_for: the dispatcher tests' fixture)
    OFFICERS,
    dispatcher_for,
    instruct,
    instruct_by_sms,
    rig_for,
    status_of,
)

SMS_ONLY = frozenset({Role.SMS})
VOICE_ONLY = frozenset({Role.VOICE})

KILL_RECORDING = """
CREATE SEQUENCE test_kills;
CREATE TABLE test_kill_switch (armed boolean NOT NULL);
INSERT INTO test_kill_switch VALUES (false);
CREATE FUNCTION test_kill_recording() RETURNS trigger AS $$
BEGIN
    IF (SELECT armed FROM test_kill_switch) THEN
        PERFORM nextval('test_kills');  -- outside the transaction: counts the kills
        PERFORM pg_terminate_backend(pg_backend_pid());
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER test_kill_attempts BEFORE UPDATE ON outbox_attempts FOR EACH ROW EXECUTE FUNCTION test_kill_recording();
CREATE TRIGGER test_kill_parts BEFORE UPDATE ON outbox_parts FOR EACH ROW EXECUTE FUNCTION test_kill_recording();
"""


# -- 7: a case that no longer waits is not messaged ---------------------------------------------


@pytest.mark.parametrize("ending", ["cancel", "confirm", "close"])
def test_ending_a_case_withdraws_its_queued_sms_and_call_in_the_same_transaction(
    desk: Desk, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]], ending: str
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY), Line(roles=VOICE_ONLY))
    sms, call = instruct(desk)  # then the representative rings again: the officer has called back
    case = desk.case(sms.escalation_id or 0)
    if ending == "cancel":
        desk.cancel(case.id, case.version, actor="op2", reason="the representative withdrew")
    else:
        case = desk.confirm(case.id, case.version, actor="op2")
        if ending == "close":
            desk.close(case.id, case.version, actor="op2")
    rows = desk.outbox_of(case.id)
    assert [(row.status, row.last_error_class, row.updated_by) for row in rows] == [
        (OutboxStatus.CANCELLED, "withdrawn", "op2")
    ] * 2
    dispatcher.start()
    assert dispatcher.wait_idle(WAIT)
    assert rig.sent_sms() == [] and rig.simulators[1].dial_strings == []


def test_a_row_queued_again_after_the_case_was_confirmed_is_withdrawn_when_claimed(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY))
    sms = instruct_by_sms(desk)
    with desk.database.unit_of_work() as work:  # a dispatcher died with it in flight
        work.outbox.claim("dead-dispatcher", at=clock.now())
        work.outbox.mark_in_flight_uncertain(at=clock.now(), worker="dead-dispatcher")
    case = desk.case(sms.escalation_id or 0)
    desk.confirm(case.id, case.version, actor="op1")  # an undecided row is left to the operator
    desk.resolve_uncertain(sms.id, UncertainDecision.RESEND, actor="op2")  # who sends it again anyway
    dispatcher.start()
    assert status_of(finished, sms, OutboxStatus.CANCELLED)
    withdrawn = finished.latest(sms.id)
    assert withdrawn is not None and withdrawn.last_error_class == "withdrawn"
    assert rig.sent_sms() == []


# -- 6: an outcome or a report is kept until it is stored ----------------------------------------


@pytest.fixture
def killable(postgres_database_factory: Callable[[], URL], config: DistrictConfig, clock: FakeClock) -> Iterator[Desk]:
    """A PostgreSQL district whose outbox recording can be made to lose its connection, as a server restart does."""
    engine = create_database_engine(postgres_database_factory())
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text(KILL_RECORDING))
    database = Database(engine)
    seed(database, clock.now())
    yield Desk(database, DeskSettings.for_district(config), clock)
    database.dispose()


def arm(desk: Desk, armed: bool) -> None:
    with desk.database.engine.begin() as connection:
        connection.execute(text("UPDATE test_kill_switch SET armed = :armed"), {"armed": armed})


def kills(desk: Desk) -> int:
    with desk.database.engine.connect() as connection:
        return int(connection.execute(text("SELECT last_value FROM test_kills")).scalar_one())


@pytest.mark.postgres
def test_a_call_answered_and_a_report_received_while_the_database_drops_are_recorded_once_it_is_back(
    killable: Desk, clock: FakeClock
) -> None:
    desk = killable
    rig = Rig(clock, (Line(roles=SMS_ONLY), Line(roles=VOICE_ONLY)), OFFICERS).start()
    finished = Finished()
    dispatcher = dispatcher_for(desk, rig, finished)
    try:
        arm(desk, True)  # from now on, every recording of a try or a report loses its connection
        dispatcher.start()
        sms, call = instruct(desk)
        assert rig.simulators[0].wait_for_event("sms-sent", WAIT, count=2)
        assert rig.simulators[1].wait_for_event("dial", WAIT)
        rig.run_calls(12)  # the officer answers and hangs up; the SMS's status reports come meanwhile
        assert rig.simulators[0].wait_for_event("status-report", WAIT, count=2)
        assert rig.simulators[1].wait_for(lambda: kills(desk) >= 3, WAIT)
        with desk.database.reading() as work:
            assert {work.outbox.get(row.id).status for row in (sms, call)} == {OutboxStatus.SENDING}
        arm(desk, False)  # the server is back
        dispatcher.wake()
        assert status_of(finished, call, OutboxStatus.DELIVERED)  # answered, as it was
        assert status_of(finished, sms, OutboxStatus.DELIVERED)  # both parts' reports, kept until stored
    finally:
        dispatcher.stop()
        rig.close()
    (attempt,) = desk.attempts_of(call.id)
    assert attempt.outcome == "answered"
    assert rig.sent_sms() == [(SDM.official_number, sms.body)] and len(rig.calls()) == 1


# -- 9: a long SMS cut half-way is finished, not repeated ----------------------------------------


def test_a_part_refused_by_the_network_is_retried_alone_from_the_same_sim(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY), Line(roles=SMS_ONLY))
    first_sim = rig.simulators[0]

    def congested_after_part_1(event: SimulatorEvent) -> None:
        concat = first_sim.engine.sent_messages[-1].concat if event.kind == "sms-sent" else None
        if concat is not None and concat.sequence == 1:
            first_sim.fail_sms(38, count=3)  # the modem's own three tries of part 2 all meet congestion

    first_sim.add_listener(congested_after_part_1)
    dispatcher.start()
    sms = instruct_by_sms(desk, MLA.id, SDM.id)
    assert status_of(finished, sms, OutboxStatus.QUEUED)  # part 2 met congestion three times: later
    waiting = finished.latest(sms.id)
    assert waiting is not None and waiting.last_error_class == "retryable"
    with desk.database.reading() as work:
        assert work.outbox.parts_of(sms.id).went == (1,)
    rig.advance(60)
    dispatcher.wake()
    assert status_of(finished, sms, OutboxStatus.SENT, OutboxStatus.DELIVERED)
    parts = [(message.concat.sequence, message.concat.reference) for message in first_sim.sent_messages
             if message.concat is not None]
    (reference,) = {reference for _, reference in parts}
    assert sorted(parts) == [(1, reference), (2, reference)]  # part 2 alone, joined to part 1 by the phone
    assert rig.simulators[1].sent_messages == []  # never from the other SIM, whose parts no phone would join
    assert rig.sent_sms() == [(SDM.official_number, sms.body)]


def test_a_row_whose_every_part_went_before_its_dispatcher_died_is_sent_not_uncertain(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    with desk.database.unit_of_work() as work:
        row, _ = work.outbox.enqueue(
            NewOutboxMessage(OutboxKind.SMS, SDM.official_number, "दो भाग " * 20, "k-1", "op1"), at=clock.now()
        )
        work.outbox.claim("test-dispatcher", at=clock.now())
        for sequence in (1, 2):  # both parts accepted, then the process was killed before recording the try
            work.outbox.record_part(row.id, SentPart(sequence, 2, 77, "modem-1", SDM.official_number, 40 + sequence,
                                                     clock.now()))
    rig, finished, dispatcher = rig_for()
    assert dispatcher.start() == []  # nothing uncertain
    with desk.database.reading() as work:
        stored = work.outbox.get(row.id)
    assert stored.status is OutboxStatus.SENT and stored.message_references == (41, 42)
    assert rig.sent_sms() == []
