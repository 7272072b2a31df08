"""What a sender that can die needs of the modem (issue 11): parts told as they go, the rest sent alone, calls ended.

A real Modem over the pseudo-terminal simulator: each accepted part is told
before the next is written; the missing parts of a message go alone under the
reference the first ones used, and the phone joins them; an owner that stops
ends the call in hand; a start-up hangs up what an earlier owner left up.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import serial

from modem.config import ModemConfig
from modem.events import CallOutcome, PartAccepted
from modem.modem import Modem
from modem.simulator import CallBehaviour, Officer, Simulator
from tests.desk.rig import TIMING, WAIT

OFFICER = "+919876543210"
LONG_HINDI = "कृपया तुरंत कॉल बैक करें। " * 6  # three UCS2 parts


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    with Simulator("sim800", [Officer(OFFICER, CallBehaviour.NO_ANSWER)]) as simulator:
        yield simulator


@pytest.fixture
def modem(simulator: Simulator) -> Iterator[Modem]:
    modem = Modem(ModemConfig(name="sms-1", url=simulator.device_path), timing=TIMING, first_concat_reference=40)
    modem.start()
    assert modem.wait_started(WAIT) and modem.status().ready
    yield modem
    modem.stop()


def test_each_part_is_told_as_it_is_accepted_and_the_rest_goes_alone_under_the_same_reference(
    simulator: Simulator, modem: Modem
) -> None:
    told: list[PartAccepted] = []

    def record(accepted: PartAccepted) -> None:
        assert len(simulator.sent_messages) == accepted.part.sequence  # told before the next part is written
        told.append(accepted)

    first = modem.submit_sms(OFFICER, LONG_HINDI, tag="7", on_part=record).result(WAIT)
    assert first.accepted and [part.part.sequence for part in told] == [1, 2, 3]
    assert {part.concat_reference for part in told} == {first.concat_reference}
    again = modem.submit_sms(OFFICER, LONG_HINDI, concat_reference=first.concat_reference, only_parts=[2]).result(WAIT)
    assert again.accepted and [part.sequence for part in again.parts] == [2]
    resent = simulator.sent_messages[-1]
    assert resent.concat is not None
    assert (resent.concat.reference, resent.concat.sequence) == (first.concat_reference, 2)
    with pytest.raises(ValueError, match="cannot send parts"):
        modem.submit_sms(OFFICER, LONG_HINDI, only_parts=[4])


def test_an_owner_that_stops_ends_the_call_in_hand(simulator: Simulator, modem: Modem) -> None:
    call = modem.submit_call(OFFICER, ring_limit=3600, talk_limit=3600)
    assert simulator.wait_for_event("dial", WAIT)
    modem.end_call()  # the dispatcher is stopping: it does not wait an hour for the officer
    result = call.result(WAIT)
    assert result.outcome is CallOutcome.NO_ANSWER and result.detail == "hung up: the modem is stopping"
    assert [record.outcome for record in simulator.call_records] == ["hung-up"]


def test_a_start_hangs_up_a_call_an_earlier_owner_left_up(simulator: Simulator) -> None:
    port = serial.serial_for_url(simulator.device_path, timeout=1)
    port.write(f"ATD{OFFICER};\r".encode())  # then the process is killed while the phone rings
    assert simulator.wait_for_event("dial", WAIT)
    port.close()
    assert simulator.engine.state.calls  # the line is still up
    successor = Modem(ModemConfig(name="sms-1", url=simulator.device_path), timing=TIMING)
    successor.start()
    try:
        assert successor.wait_started(WAIT) and successor.status().ready
        assert simulator.wait_for(lambda: not simulator.engine.state.calls, WAIT), simulator.commands
        assert "AT+CHUP" in simulator.commands
    finally:
        successor.stop()
