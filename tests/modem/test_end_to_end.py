"""The client layer (Modem) against the simulated modem, for every dialect.

Simulated time drives both sides: the Officer's phone and the delivery reports move
when the test advances the simulator, and the Modem's clock and monotonic source
read the same simulated time, so ring and talk seconds are exact. Nothing sleeps:
the test waits on the simulator's events and the Modem's listeners.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TypeVar

import pytest

from modem.config import ModemConfig, Timing
from modem.events import (
    CallOutcome,
    DeliveryReported,
    DeliveryState,
    IncomingCallEnded,
    IncomingCallStarted,
    ModemEvent,
    ModemStatusChanged,
    SmsErrorClass,
    SmsReceived,
)
from modem.modem import Modem
from modem.simulator import DIALECTS, CallBehaviour, Officer, Simulator
from modem.state import Connection, Registration, SimState

OFFICER = "+919876543210"
BUSY = "+919876500001"
SILENT = "+919876500002"
ABSENT = "+919876500003"
WAIT = 15.0
TIMING = Timing(
    command_timeout=3.0,
    sync_timeout=0.3,
    sync_attempts=3,
    prompt_timeout=1.0,
    send_timeout=3.0,
    retry_backoff=0.0,
    sim_busy_backoff=0.0,
    sms_ready_timeout=5.0,
    dial_timeout=3.0,
    call_poll_interval=0.02,
    reconnect_interval=0.05,
    refresh_interval=1e9,
    tick_interval=0.02,
)
E = TypeVar("E")


class SimulatedClock:
    """The Modem's clock, reading the simulator's time (UTC, as the Clock protocol asks)."""

    def __init__(self, simulator: Simulator) -> None:
        self._simulator = simulator

    def now(self) -> datetime:
        return self._simulator.scheduler.wall().astimezone(timezone.utc)


@dataclass
class Rig:
    simulator: Simulator
    modem: Modem
    events: queue.Queue[ModemEvent] = field(default_factory=queue.Queue)
    seen: list[ModemEvent] = field(default_factory=list)

    def next_event(self, kind: type[E], timeout: float = WAIT) -> E:
        while True:
            event = self.events.get(timeout=timeout)
            self.seen.append(event)
            if isinstance(event, kind):
                return event

    def client_acted_after(self, kind: str) -> Callable[[], bool]:
        """True once the client has seen the modem's answer to a command sent after the latest ``kind``.

        One command at a time: a second command proves the reply to the first was read.
        """

        def check() -> bool:
            events = self.simulator.events
            marks = [index for index, event in enumerate(events) if event.kind == kind]
            return bool(marks) and sum(event.kind == "command" for event in events[marks[-1] + 1 :]) >= 2

        return check


def make_rig(simulator: Simulator, config: ModemConfig | None = None) -> Rig:
    modem = Modem(
        config or ModemConfig(name="sms-1", url=simulator.device_path),
        clock=SimulatedClock(simulator),
        monotonic=lambda: simulator.scheduler.seconds,
        timing=TIMING,
        first_concat_reference=40,
    )
    rig = Rig(simulator, modem)
    modem.add_listener(rig.events.put)
    return rig


OFFICERS = [
    Officer(OFFICER, answer_after_seconds=6, talk_seconds=20),
    Officer(BUSY, call=CallBehaviour.BUSY),
    Officer(SILENT, call=CallBehaviour.NO_ANSWER),
    Officer(ABSENT, call=CallBehaviour.UNREACHABLE),
]


@pytest.fixture(params=sorted(DIALECTS))
def rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    with Simulator(str(request.param), OFFICERS) as simulator:
        rig = make_rig(simulator)
        rig.modem.start()
        assert rig.modem.wait_started(WAIT)
        yield rig
        rig.modem.stop()


def test_probe_sees_identity_sim_network_and_signal(rig: Rig) -> None:
    status = rig.modem.status()
    dialect = rig.simulator.dialect
    assert status.connection is Connection.ONLINE and status.ready
    assert status.identity.model == dialect.model
    assert status.identity.imei == dialect.imei.strip()  # Huawei's padding trimmed
    assert status.sim is SimState.READY
    assert status.registration is Registration.HOME
    assert (status.lte_registration is Registration.HOME) == dialect.lte
    assert status.signal_dbm == -113 + 2 * 18
    if dialect.name == "huawei":
        assert "AT^CURC=0" in rig.simulator.commands  # its chatter switched off


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Please call the MLA's office back within 10 minutes [ref 42].", 1),
        ("कृपया माननीय विधायक जी को दस मिनट में वापस कॉल करें।", 1),
        ("Please call back: " + "the Representative is waiting on the line. " * 5, 2),
        ("माननीय विधायक जी ने आपसे तुरंत संपर्क करने का अनुरोध किया है। " * 3, 3),
    ],
)
def test_sms_single_and_multipart_with_delivery_reports(rig: Rig, text: str, parts: int) -> None:
    result = rig.modem.send_sms(OFFICER, text, tag="outbox-1", timeout=WAIT)
    assert result.accepted and len(result.parts) == parts
    sent = rig.simulator.sent_messages
    assert "".join(message.text for message in sent) == text
    assert {message.recipient for message in sent} == {OFFICER}
    assert all(message.status_report_requested for message in sent)
    assert [message.reference for message in sent] == list(result.message_references)
    rig.simulator.advance(3)
    reports = [rig.next_event(DeliveryReported) for _ in range(parts)]
    assert all(report.matched and report.tag == "outbox-1" for report in reports)
    assert all(report.state is DeliveryState.DELIVERED for report in reports)
    assert sorted(report.part or 0 for report in reports) == list(range(1, parts + 1))
    assert rig.simulator.wait_for(lambda: not rig.simulator.engine.state.storage)  # stored reports deleted


def wait_seen(rig: Rig, kind: str) -> None:
    """The simulator did ``kind`` (alerting, answered) and the client has had the chance to notice."""
    assert rig.simulator.wait_for_event(kind)
    assert rig.simulator.wait_for(rig.client_acted_after(kind))


def dial_and_ring(rig: Rig) -> None:
    assert rig.simulator.wait_for_event("dial")
    rig.simulator.advance(1)
    wait_seen(rig, "call-alerting")


def test_answered_call_reports_ring_and_talk_seconds(rig: Rig) -> None:
    future = rig.modem.submit_call(OFFICER, ring_limit=45, talk_limit=300)
    dial_and_ring(rig)
    rig.simulator.advance(6)
    wait_seen(rig, "call-answered")
    rig.simulator.advance(20)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.ANSWERED
    assert 6 <= result.ring_seconds <= 7  # from alerting (or dialling) to the answer
    assert result.talk_seconds == pytest.approx(20, abs=0.5)
    assert rig.simulator.call_records[-1].outcome == "answered"


def test_talk_limit_hangs_up_our_side(rig: Rig) -> None:
    future = rig.modem.submit_call(OFFICER, ring_limit=45, talk_limit=5)
    dial_and_ring(rig)
    rig.simulator.advance(6)
    wait_seen(rig, "call-answered")
    rig.simulator.advance(6)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.ANSWERED
    assert rig.simulator.wait_for(lambda: bool(rig.simulator.call_records))
    assert rig.simulator.call_records[-1].talk_seconds == pytest.approx(6, abs=0.5)


def test_busy_officer(rig: Rig) -> None:
    future = rig.modem.submit_call(BUSY, ring_limit=45)
    dial_and_ring(rig)
    rig.simulator.advance(2)
    assert future.result(WAIT).outcome is CallOutcome.BUSY


def test_officer_who_never_picks_up_is_hung_up_on_at_the_ring_limit(rig: Rig) -> None:
    future = rig.modem.submit_call(SILENT, ring_limit=30)
    dial_and_ring(rig)
    rig.simulator.advance(30)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.NO_ANSWER
    assert 29 <= result.ring_seconds <= 31
    assert rig.simulator.wait_for(lambda: bool(rig.simulator.call_records))
    assert rig.simulator.call_records[-1].outcome == "hung-up"  # we hung up (CHUP, or ATH on SIM800)
    if "+CHUP" in rig.simulator.dialect.unsupported:
        assert "ATH" in rig.simulator.commands


def test_unreachable_officer_is_not_answered(rig: Rig) -> None:
    future = rig.modem.submit_call(ABSENT, ring_limit=30)
    assert rig.simulator.wait_for_event("dial")
    rig.simulator.advance(1)
    result = future.result(WAIT)
    assert result.outcome in (CallOutcome.NO_ANSWER, CallOutcome.FAILED)
    assert result.talk_seconds == 0


def test_no_network_call(rig: Rig) -> None:
    rig.simulator.set_registration(0)
    result = rig.modem.call(OFFICER, ring_limit=30, timeout=WAIT)
    if rig.simulator.dialect.lte:  # +CME ERROR: 30
        assert result.outcome is CallOutcome.NO_NETWORK and result.modem_fault
    else:  # a bare NO CARRIER says nothing about why
        assert result.outcome in (CallOutcome.FAILED, CallOutcome.NO_NETWORK)


def test_hostile_numbers_never_reach_the_wire(rig: Rig) -> None:
    before = rig.simulator.bytes_from_client
    for number in ("*21*9876543210#", "9876543210;\rAT+CFUN=0", "+91987654321\x1a"):
        with pytest.raises(ValueError):
            rig.modem.submit_call(number)
        with pytest.raises(ValueError):
            rig.modem.submit_sms(number, "x")
    assert rig.simulator.dial_strings == []
    assert rig.simulator.bytes_from_client == before


def test_incoming_multipart_sms_is_reassembled_and_deleted(rig: Rig) -> None:
    text = "ठीक है, मैं अभी विधायक जी को कॉल करता हूँ। " * 4
    rig.simulator.inject_incoming_sms(OFFICER, text)
    received = rig.next_event(SmsReceived)
    assert (received.sender, received.text, received.complete) == (OFFICER, text, True)
    assert received.parts == 3
    assert rig.simulator.wait_for(lambda: not rig.simulator.engine.state.storage)


def test_missed_call_is_one_event_with_the_number(rig: Rig) -> None:
    rig.simulator.give_missed_call(OFFICER, ring_seconds=10)
    started = rig.next_event(IncomingCallStarted)
    for _ in range(4):
        rig.simulator.advance(2.5)
    ended = rig.next_event(IncomingCallEnded)
    assert started.number == OFFICER and ended.number == OFFICER
    assert ended.rings >= 2
    assert not any(isinstance(event, IncomingCallStarted) for event in rig.seen[rig.seen.index(started) + 1 :])


def test_officer_replies_after_an_instruction(rig: Rig) -> None:
    rig.simulator.add_officer(Officer(OFFICER, reply_text="आ रहा हूँ", reply_after_seconds=30))
    assert rig.modem.send_sms(OFFICER, "कृपया कॉल करें", timeout=WAIT).accepted
    rig.simulator.advance(30)
    assert rig.next_event(SmsReceived).text == "आ रहा हूँ"


def test_cms_error_burst_is_retried_only_for_retryable_codes(rig: Rig) -> None:
    rig.simulator.fail_sms(42, count=2)
    result = rig.modem.send_sms(OFFICER, "congestion test", timeout=WAIT)
    assert result.accepted and result.parts[0].attempts == 3
    rig.simulator.fail_sms(304, count=1)
    refused = rig.modem.send_sms(OFFICER, "our own bug", timeout=WAIT)
    assert not refused.accepted and refused.error_class is SmsErrorClass.INTERNAL
    assert rig.simulator.count("sms-refused") == 3


def wait_connection(rig: Rig, connection: Connection) -> None:
    while rig.next_event(ModemStatusChanged).status.connection is not connection:
        pass


def drive_until_online(rig: Rig, step: float = 1.0, limit: int = 60) -> None:
    """Let simulated time run (the modem boots, the client waits for it) until the client is online."""
    for _ in range(limit):
        rig.simulator.advance(step)
        try:
            if rig.next_event(ModemStatusChanged, timeout=0.2).status.online:
                return
        except queue.Empty:
            continue
    raise AssertionError(f"not online after {limit * step:g} simulated seconds: {rig.modem.status()}")


def test_modem_that_rebooted_behind_a_returning_port_is_initialised_again(rig: Rig) -> None:
    rig.simulator.vanish()
    wait_connection(rig, Connection.OFFLINE)
    rig.simulator.restore()  # power was lost too: echo back on, boot URCs, SIM800 refuses SMS until ready
    drive_until_online(rig)
    assert rig.simulator.commands.count("ATE0") >= 2
    rig.simulator.give_missed_call(OFFICER, ring_seconds=3)
    assert rig.next_event(IncomingCallStarted).number == OFFICER


def test_garbage_on_the_line_does_not_stop_the_modem(rig: Rig) -> None:
    rig.simulator.inject_garbage()
    rig.simulator.inject_garbage(b"\r\n\x00\xff+CMTI: \"SM\r\nAT\x1b\r\n")
    assert rig.modem.send_sms(OFFICER, "still here", timeout=WAIT).accepted


def test_port_vanishing_mid_send_then_returning(rig: Rig) -> None:
    rig.simulator.vanish_on("AT+CMGS")
    result = rig.modem.send_sms(OFFICER, "lost in transit", timeout=WAIT)
    assert not result.accepted
    assert result.error_class in (SmsErrorClass.PORT_LOST, SmsErrorClass.OFFLINE)
    assert rig.simulator.sent_messages == []
    wait_connection(rig, Connection.OFFLINE)
    rig.simulator.restore(reboot=False)  # the USB link came back; the modem kept power
    wait_connection(rig, Connection.ONLINE)
    retried = rig.modem.send_sms(OFFICER, "after the port came back", timeout=WAIT)
    assert retried.accepted
    assert [message.text for message in rig.simulator.sent_messages] == ["after the port came back"]
