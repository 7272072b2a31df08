"""Incoming calls: one event per call however often RING/+CLIP repeat, caller id, auto-reject, vendor URCs."""

from __future__ import annotations

from modem.events import IncomingCallEnded, IncomingCallStarted
from tests.modem.conftest import MakeHarness
from tests.modem.harness import ModemHarness, boot_steps, urc
from tests.modem.peer import ok

OFFICER = "+919876543210"
CLIP = f'+CLIP: "{OFFICER}",145,"",0,"",0'


def started_events(harness: ModemHarness) -> list[IncomingCallStarted]:
    return [event for event in harness.seen if isinstance(event, IncomingCallStarted)]


def test_repeated_ring_and_clip_make_one_call_that_ends_when_the_rings_stop(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("RING", CLIP, "RING", CLIP, "RING", CLIP)]).online()

    started = harness.next_event(IncomingCallStarted)
    harness.peer.finish()
    harness.settled()
    assert harness.modem.status().current_call == OFFICER
    harness.monotonic.advance(9)  # no RING for longer than the gap
    ended = harness.next_event(IncomingCallEnded)

    assert (started.number, started.rejected) == (OFFICER, False)
    assert (ended.number, ended.rings, ended.rejected) == (OFFICER, 3, False)
    assert len(started_events(harness)) == 1
    assert harness.modem.status().current_call is None


def test_auto_reject_hangs_up_once_and_swallows_the_tail_of_the_call(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps(), urc("RING", CLIP), *ok("AT+CHUP"), urc("RING", CLIP)]
    harness = modem_harness(steps, config={"auto_reject_calls": True}).online()

    started = harness.next_event(IncomingCallStarted)
    ended = harness.next_event(IncomingCallEnded)
    harness.peer.finish()
    harness.settled()

    assert started.rejected and ended.rejected
    assert len(started_events(harness)) == 1
    assert harness.peer.unread(timeout=0.1) == b""  # one AT+CHUP only


def test_the_same_officer_calling_again_later_is_a_new_call(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("RING", CLIP)]).online()
    harness.next_event(IncomingCallStarted)
    harness.peer.finish()
    harness.monotonic.advance(9)
    harness.next_event(IncomingCallEnded)
    harness.monotonic.advance(10)  # past the cool-down
    harness.peer.send(b"\r\nRING\r\n\r\n" + CLIP.encode() + b"\r\n")

    again = harness.next_event(IncomingCallStarted)
    assert again.number == OFFICER


def test_simcom_missed_call_ends_the_call_at_once(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("RING", CLIP, f"MISSED_CALL: 10:31AM {OFFICER}")]).online()
    started = harness.next_event(IncomingCallStarted)
    ended = harness.next_event(IncomingCallEnded)
    harness.peer.finish()
    assert started.number == ended.number == OFFICER
    assert ended.rings == 1


def test_a_missed_call_urc_alone_still_reports_the_caller(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc(f"MISSED_CALL: 10:31AM {OFFICER}")]).online()
    started = harness.next_event(IncomingCallStarted)
    ended = harness.next_event(IncomingCallEnded)
    harness.peer.finish()
    assert (started.number, ended.number, ended.rings) == (OFFICER, OFFICER, 0)


def test_no_carrier_and_huawei_cend_end_an_incoming_call(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("+CRING: VOICE", CLIP, "NO CARRIER")]).online()
    assert harness.next_event(IncomingCallEnded).number == OFFICER
    harness.peer.finish()
    harness.monotonic.advance(10)
    harness.peer.send(b"\r\nRING\r\n\r\n+CLIP: \"+919812345678\",145\r\n\r\n^CEND:1,0,29,16\r\n")
    assert harness.next_event(IncomingCallEnded).number == "+919812345678"


def test_simcom_voice_call_end_ends_an_incoming_call(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("RING", CLIP, "VOICE CALL: END: 000000")]).online()
    assert harness.next_event(IncomingCallEnded).number == OFFICER
    harness.peer.finish()


def test_a_withheld_number_is_reported_after_the_second_ring(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("RING", "RING")]).online()
    started = harness.next_event(IncomingCallStarted)
    harness.peer.finish()
    assert started.number is None


def test_a_data_call_ring_is_not_an_incoming_voice_call(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc("+CRING: REL ASYNC")]).online()
    harness.peer.finish()
    harness.settled()
    assert started_events(harness) == []


def test_a_missed_call_report_read_long_after_its_no_carrier_is_the_same_call(modem_harness: MakeHarness) -> None:
    """SIMCOM says NO CARRIER, then MISSED_CALL for the same call; the worker may reach the second line much later
    (a job in between, a test's clock moving on): it is the report of the call that ended, not a new call."""
    harness = modem_harness([*boot_steps(), urc("RING", CLIP, "NO CARRIER")]).online()
    harness.next_event(IncomingCallStarted)
    harness.next_event(IncomingCallEnded)
    harness.peer.finish()
    harness.monotonic.advance(200)  # far past the cool-down
    harness.peer.send(f"\r\nMISSED_CALL: 10:31AM {OFFICER}\r\n".encode())
    harness.peer.send(b"\r\nRING\r\n\r\n+CLIP: \"+919812345678\",145\r\n\r\nNO CARRIER\r\n")  # then another caller

    assert harness.next_event(IncomingCallStarted).number == "+919812345678"
    assert harness.next_event(IncomingCallEnded).number == "+919812345678"
    assert [event.number for event in started_events(harness)] == [OFFICER, "+919812345678"]
