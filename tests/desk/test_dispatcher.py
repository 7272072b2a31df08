"""The outbox dispatcher against simulated modems on pseudo-terminals, and real storage."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import OutboxRowFinished
from console.domain import OutboxKind, OutboxStatus
from console.events import OutboxQueued
from db.repositories.outbox import NewOutboxMessage, OutboxRecord, UncertainDecision
from modem.simulator import CallBehaviour, Officer
from modem.modem import Modem
from modem.state import Role
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.desk.rig import WAIT, Finished, Line, Rig

OFFICERS = [
    Officer(SDM.official_number, answer_after_seconds=4, talk_seconds=6, delivery_after_seconds=3),
    Officer(TEHSILDAR.official_number, call=CallBehaviour.NO_ANSWER, delivery_after_seconds=3),
]
SMS_ONLY = frozenset({Role.SMS})
VOICE_ONLY = frozenset({Role.VOICE})


def make_rig(clock: FakeClock, *lines: Line) -> Rig:
    return Rig(clock, lines or (Line(),), OFFICERS).start()


@pytest.fixture
def rig_for(desk: Desk, clock: FakeClock) -> Iterator[Callable[..., tuple[Rig, Finished, Dispatcher]]]:
    """``rig_for(*lines)``: simulated modems and a dispatcher over them, not started; stopped after the test."""
    made: list[tuple[Rig, Dispatcher]] = []

    def make(*lines: Line) -> tuple[Rig, Finished, Dispatcher]:
        rig = make_rig(clock, *lines)
        finished = Finished()
        dispatcher = dispatcher_for(desk, rig, finished)
        made.append((rig, dispatcher))
        return rig, finished, dispatcher

    yield make
    for rig, dispatcher in made:
        dispatcher.stop()
        rig.close()


def dispatcher_for(desk: Desk, rig: Rig, finished: Finished) -> Dispatcher:
    dispatcher = Dispatcher(desk.database, rig.modems, desk.clock, worker="test-dispatcher",
                            events=desk.events, register=lambda: desk.roster().register, ring_seconds=20,
                            talk_seconds=30, poll_seconds=0.05)
    desk.events.subscribe(OutboxRowFinished, finished)
    desk.events.subscribe(OutboxQueued, lambda _event: dispatcher.wake())
    return dispatcher


def instruct_by_sms(desk: Desk, representative_id: int = MLA.id, officer_id: int = SDM.id) -> OutboxRecord:
    record = desk.log_complaint(Complaint(representative_id, officer_id), actor="op1").record
    (sms,) = desk.instruct(record.id, record.version, actor="op1", channels=[OutboxKind.SMS]).messages
    return sms


def instruct(desk: Desk, representative_id: int = MLA.id, officer_id: int = SDM.id) -> tuple[OutboxRecord, ...]:
    record = desk.log_complaint(Complaint(representative_id, officer_id), actor="op1").record
    return desk.instruct(record.id, record.version, actor="op1").messages


def status_of(finished: Finished, row: OutboxRecord, *statuses: OutboxStatus) -> bool:
    return finished.wait_for(lambda _: (latest := finished.latest(row.id)) is not None and latest.status in statuses)


def test_an_instruction_goes_out_as_sms_and_call_and_every_outcome_is_recorded(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY), Line(roles=VOICE_ONLY))
    dispatcher.start()
    sms, call = instruct(desk)
    assert status_of(finished, sms, OutboxStatus.SENT)
    assert rig.simulators[1].wait_for_event("dial")
    rig.run_calls(12)
    assert status_of(finished, call, OutboxStatus.DELIVERED)  # the officer answered
    assert status_of(finished, sms, OutboxStatus.DELIVERED)  # the status report came in the meantime
    assert rig.sent_sms() == [(SDM.official_number, sms.body)]
    assert rig.calls() == [(SDM.official_number, "answered")]
    sent = desk.outbox_of(sms.escalation_id or 0)
    assert [(row.kind, row.status, row.modem_name, row.attempts) for row in sent] == [
        (OutboxKind.SMS, OutboxStatus.DELIVERED, "modem-1", 1),
        (OutboxKind.CALL, OutboxStatus.DELIVERED, "modem-2", 1),
    ]
    assert len(sent[0].message_references) == 2  # a Hindi instruction of two parts
    (attempt,) = desk.attempts_of(call.id)
    assert attempt.outcome == "answered" and attempt.modem_name == "modem-2"
    assert attempt.ring_seconds == pytest.approx(4, abs=1.5) and attempt.talk_seconds == pytest.approx(6, abs=1.5)


def test_an_unanswered_call_is_sent_not_failed_and_never_rung_again(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for()
    dispatcher.start()
    record = desk.log_complaint(Complaint(MLA.id, TEHSILDAR.id), actor="op1").record
    (call,) = desk.instruct(record.id, record.version, actor="op1", channels=[OutboxKind.CALL]).messages
    assert rig.simulators[0].wait_for_event("dial")
    rig.run_calls(25)
    assert status_of(finished, call, OutboxStatus.SENT)
    (attempt,) = desk.attempts_of(call.id)
    assert attempt.outcome == "no_answer"
    assert len(rig.simulators[0].dial_strings) == 1


def test_a_cms_error_burst_moves_the_message_to_the_other_modem(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY), Line(roles=SMS_ONLY))
    rig.simulators[0].fail_sms(38, count=10)  # modem-1's network is congested
    dispatcher.start()
    sms = instruct_by_sms(desk, MLA.id, SDM.id)
    assert status_of(finished, sms, OutboxStatus.SENT)
    row = finished.latest(sms.id)
    assert row is not None and row.modem_name == "modem-2" and row.attempts == 1
    assert [text for _, text in rig.sent_sms()] == [sms.body]
    assert rig.simulators[0].sent_messages == []


def test_with_one_modem_a_cms_error_burst_is_retried_after_the_backoff(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY))
    rig.simulators[0].fail_sms(500, count=3)  # three answers of +CMS ERROR: 500, then it works
    dispatcher.start()
    sms = instruct_by_sms(desk, MLA.id, SDM.id)
    assert status_of(finished, sms, OutboxStatus.QUEUED)
    queued = finished.latest(sms.id)
    assert queued is not None and queued.last_error_class == "unknown" and queued.last_error == "+CMS ERROR: 500"
    assert (queued.next_attempt_at - clock.now()).total_seconds() == pytest.approx(120)
    rig.advance(119)
    dispatcher.wake()
    assert dispatcher.wait_idle(WAIT) and finished.latest(sms.id) == queued  # not before its time
    rig.advance(1)
    dispatcher.wake()
    assert status_of(finished, sms, OutboxStatus.SENT)
    attempts = desk.attempts_of(sms.id)
    assert [(a.number, a.outcome, a.error_class) for a in attempts] == [(1, "unknown", "unknown"), (2, "sent", None)]
    assert len(rig.sent_sms()) == 1


def test_a_modem_vanishing_mid_send_leaves_that_row_uncertain_and_the_rest_move_on(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY), Line(roles=SMS_ONLY))
    rig.simulators[0].vanish_on("AT+CMGS")
    dispatcher.start()
    first = instruct_by_sms(desk, MLA.id, SDM.id)
    assert status_of(finished, first, OutboxStatus.UNCERTAIN)
    second = instruct_by_sms(desk, MP.id, SDM.id)
    assert status_of(finished, second, OutboxStatus.SENT)
    uncertain = finished.latest(first.id)
    assert uncertain is not None and uncertain.last_error_class == "port_lost"
    moved = finished.latest(second.id)
    assert moved is not None and moved.modem_name == "modem-2"
    resent = desk.resolve_uncertain(first.id, UncertainDecision.RESEND, actor="op1")
    assert resent.status is OutboxStatus.QUEUED and resent.updated_by == "op1"


def test_a_sim_at_its_daily_cap_hands_over_and_with_none_left_the_message_waits_for_tomorrow(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    rig, finished, dispatcher = rig_for(Line(roles=SMS_ONLY, daily_cap=2), Line(roles=SMS_ONLY, daily_cap=2))
    dispatcher.start()
    rows: list[OutboxRecord] = []
    for representative in (MLA, MP):  # two Hindi instructions of two parts each fill both SIMs
        rows.append(instruct_by_sms(desk, representative.id, SDM.id))
        assert status_of(finished, rows[-1], OutboxStatus.SENT)
    waiting = instruct_by_sms(desk, MLA.id, TEHSILDAR.id)
    assert status_of(finished, waiting, OutboxStatus.QUEUED)
    assert {finished.latest(row.id).modem_name for row in rows} == {"modem-1", "modem-2"}  # type: ignore[union-attr]
    queued = finished.latest(waiting.id)
    assert queued is not None and queued.last_error_class == "cap_reached"
    assert queued.next_attempt_at.isoformat() == "2026-03-09T18:30:00+00:00"  # midnight in India
    assert len(rig.sent_sms()) == 2


def test_a_row_in_flight_when_the_dispatcher_died_is_uncertain_not_resent(
    desk: Desk, clock: FakeClock, rig_for: Callable[..., tuple[Rig, Finished, Dispatcher]]
) -> None:
    with desk.database.unit_of_work() as work:
        row, _ = work.outbox.enqueue(
            NewOutboxMessage(OutboxKind.SMS, SDM.official_number, "test", "k-1", "op1"), at=clock.now()
        )
        work.outbox.claim("test-dispatcher", at=clock.now())  # then the process was killed
    rig, finished, dispatcher = rig_for()
    assert dispatcher.start() == [row.id]
    assert dispatcher.wait_idle(WAIT)
    assert rig.sent_sms() == []
    with desk.database.reading() as work:
        stored = work.outbox.get(row.id)
    assert stored.status is OutboxStatus.UNCERTAIN and stored.last_error_class == "uncertain"


class SlowLook(Dispatcher):
    """A round whose look at the free modems is slow: the try in hand ends right after the look (when armed)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.ended = threading.Event()
        self.armed = False

    def _on_done(self, job: object, future: object) -> None:
        super()._on_done(job, future)  # type: ignore[arg-type]
        self.ended.set()

    def _free_modems(self) -> list[Modem]:
        free = super()._free_modems()
        if self.armed:
            self.armed = False
            assert self.ended.wait(WAIT)
        return free


def test_a_modem_freed_while_a_round_looks_takes_the_next_row_at_the_next_round(desk: Desk, clock: FakeClock) -> None:
    """The news that a modem is free again is not spent by a round that saw the modem still busy: the next round
    claims (here no timer would: the claim's periodic recheck never comes on this monotonic clock)."""
    rig = make_rig(clock, Line(roles=SMS_ONLY))
    finished = Finished()
    dispatcher = SlowLook(desk.database, rig.modems, desk.clock, worker="test-dispatcher", events=desk.events,
                          register=lambda: desk.roster().register, monotonic=lambda: 0.0)
    desk.events.subscribe(OutboxRowFinished, finished)
    desk.events.subscribe(OutboxQueued, lambda _event: dispatcher.wake())
    try:
        first = instruct_by_sms(desk, MLA.id, SDM.id)
        second = instruct_by_sms(desk, MP.id, SDM.id)
        assert dispatcher.step() == 1  # the first SMS on the only SMS modem
        dispatcher.armed = True
        assert dispatcher.step() == 0  # while it looks, the first SMS goes and its try ends
        assert dispatcher.step() == 1  # the second is claimed at once
        dispatcher.ended.clear()
        assert dispatcher.ended.wait(WAIT)
        dispatcher.step()
        assert [finished.latest(row.id).status for row in (first, second)] == [OutboxStatus.SENT, OutboxStatus.SENT]  # type: ignore[union-attr]
    finally:
        dispatcher.stop()
        rig.close()
