"""What the dispatcher keeps in the outbox, not in memory: a retry's schedule survives a restart; and its one
failover policy: a try that may have put the text on the air never moves to another modem."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import OutboxRowFinished
from console.desk.dispatch_outcomes import SendOutcome
from console.desk.retry import MAY_HAVE_GONE
from console.domain import OutboxStatus
from console.events import OutboxQueued
from db.repositories.outbox import OutboxRecord
from modem.state import Role
from tests.desk.people import MLA, SDM
from tests.desk.rig import WAIT, Finished, Line, Rig
from tests.desk.test_dispatcher import OFFICERS, instruct_by_sms, status_of

SMS_ONLY = frozenset({Role.SMS})


@pytest.fixture
def rigs(clock: FakeClock) -> Iterator[Callable[..., Rig]]:
    made: list[Rig] = []

    def make(*lines: Line) -> Rig:
        made.append(Rig(clock, lines or (Line(roles=SMS_ONLY),), OFFICERS).start())
        return made[-1]

    yield make
    for rig in made:
        rig.close()


def dispatcher_over(desk: Desk, rig: Rig, finished: Finished) -> Dispatcher:
    """A dispatcher whose only reason to claim is the outbox's schedule or news: its monotonic clock stands still,
    so the periodic recheck never fires and cannot hide a forgotten schedule."""
    dispatcher = Dispatcher(desk.database, rig.modems, desk.clock, worker="test-dispatcher", events=desk.events,
                            register=lambda: desk.roster().register, poll_seconds=0.05, monotonic=lambda: 0.0)
    desk.events.subscribe(OutboxRowFinished, finished)
    return dispatcher


def test_a_retry_scheduled_before_a_restart_happens_at_its_time_not_at_once_and_not_never(
    desk: Desk, clock: FakeClock, rigs: Callable[..., Rig]
) -> None:
    first_rig = rigs()
    first_rig.simulators[0].fail_sms(500, count=3)  # the modem's three tries refused: queued again in 2 minutes
    first_finished = Finished()
    first = dispatcher_over(desk, first_rig, first_finished)
    desk.events.subscribe(OutboxQueued, lambda _event: first.wake())
    first.start()
    sms = instruct_by_sms(desk, MLA.id, SDM.id)
    assert status_of(first_finished, sms, OutboxStatus.QUEUED)
    queued = first_finished.latest(sms.id)
    assert queued is not None and (queued.next_attempt_at - clock.now()).total_seconds() == pytest.approx(120)
    first.stop()  # the process ends with the row waiting for its retry
    assert first.in_flight == 0

    rig = rigs()  # the next start: new modems, a new dispatcher over the same database
    finished = Finished()
    dispatcher = dispatcher_over(desk, rig, finished)
    assert dispatcher.start() == []
    assert dispatcher.wait_idle(WAIT)
    assert stored(desk, sms).status is OutboxStatus.QUEUED and rig.sent_sms() == []  # not at once
    rig.advance(119)
    assert dispatcher.wait_idle(WAIT)  # a round at 1:59 finds it not yet due
    assert stored(desk, sms).status is OutboxStatus.QUEUED and rig.sent_sms() == []
    rig.advance(1)  # nobody wakes it: the schedule it read from the outbox does
    assert status_of(finished, sms, OutboxStatus.SENT)
    assert rig.sent_sms() == [(SDM.official_number, sms.body)] and first_rig.sent_sms() == []
    attempts = desk.attempts_of(sms.id)
    assert [(a.number, a.outcome, a.finished_at) for a in attempts] == [
        (1, "unknown", queued.updated_at), (2, "sent", queued.next_attempt_at)]


def stored(desk: Desk, row: OutboxRecord) -> OutboxRecord:
    with desk.database.reading() as work:
        return work.outbox.get(row.id)


@pytest.mark.parametrize("error_class", sorted(MAY_HAVE_GONE))
def test_a_try_that_may_have_gone_never_fails_over(error_class: str) -> None:
    assert not SendOutcome("modem-1", None, error_class, "after the body was written").may_fail_over


@pytest.mark.parametrize("fault", ["port_lost", "timeout"])
def test_an_sms_that_may_have_gone_stays_uncertain_and_the_other_modem_never_sends_it(
    desk: Desk, clock: FakeClock, rigs: Callable[..., Rig], fault: str
) -> None:
    rig = rigs(Line(roles=SMS_ONLY), Line(roles=SMS_ONLY))
    simulator = rig.simulators[0]
    if fault == "port_lost":
        simulator.vanish_on("AT+CMGS")  # the port goes as the message is being written
    else:
        simulator.set_response_delay(10_000)  # the body is written, the answer never comes in time
    finished = Finished()
    dispatcher = dispatcher_over(desk, rig, finished)
    desk.events.subscribe(OutboxQueued, lambda _event: dispatcher.wake())
    try:
        dispatcher.start()
        sms = instruct_by_sms(desk, MLA.id, SDM.id)

        def settled(_: list[OutboxRecord]) -> bool:
            latest = finished.latest(sms.id)
            return latest is not None and latest.status is not OutboxStatus.SENDING

        for _ in range(60):  # the modem's send timeout runs on the rig's clock: move it until the try ends
            if finished.wait_for(settled, 0.5):
                break
            rig.advance(1)
        row = finished.latest(sms.id)
        assert row is not None and row.status is OutboxStatus.UNCERTAIN and row.last_error_class == fault
        assert row.attempts == 1 and row.modem_name == "modem-1"
        assert rig.simulators[1].sent_messages == []  # never failed over to modem-2
        assert dispatcher.wait_idle(WAIT) and rig.simulators[1].sent_messages == []
        (attempt,) = desk.attempts_of(sms.id)
        assert attempt.outcome == fault and attempt.modem_name == "modem-1"
    finally:
        dispatcher.stop()
