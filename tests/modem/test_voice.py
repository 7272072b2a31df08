"""Outgoing calls over a pty: every outcome, ring and talk seconds from driven time, vendor call URCs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from modem.events import CallOutcome, CallResult
from tests.modem.conftest import MakeHarness
from tests.modem.harness import WAIT, ModemHarness, boot_steps
from tests.modem.peer import Call, Expect, Send, Step, crlf, exchange, ok

OFFICER = "+919876543210"
DIAL = f"ATD{OFFICER};"


def line(stat: int) -> str:
    return f'+CLCC: 1,0,{stat},0,0,"{OFFICER}",145,"",0,0'


class Script:
    """Builds a call transcript whose replies move the harness's monotonic clock first."""

    def __init__(self) -> None:
        self.harness: ModemHarness | None = None
        self.steps: list[Step] = [*boot_steps()]

    def _advance(self, seconds: float) -> Callable[[], None]:
        def advance() -> None:
            assert self.harness is not None
            self.harness.monotonic.advance(seconds)

        return advance

    def reply(self, command: str, after: float, *lines: str) -> Script:
        self.steps += [Expect(command.encode() + b"\r"), Call(self._advance(after)), Send(crlf(*lines))]
        return self

    def clcc(self, after: float, *lines: str) -> Script:
        return self.reply("AT+CLCC", after, *lines, "OK")

    def run(self, modem_harness: MakeHarness, **call: float) -> CallResult:
        self.harness = modem_harness(self.steps).online()
        result = self.harness.modem.call("098765 43210", timeout=WAIT * 2, **call)
        self.harness.peer.finish()
        assert self.harness.peer.unread(timeout=0.1) == b""
        return result


def test_an_answered_call_reports_ring_and_talk_seconds(modem_harness: MakeHarness) -> None:
    script = (
        Script()
        .reply(DIAL, 0, "OK")
        .clcc(1, line(2))
        .clcc(2, line(3))  # ringing from t+3
        .clcc(5, line(0))  # answered at t+8
        .clcc(30, line(0))
        .clcc(2, )  # gone at t+40: the officer hung up
    )
    result = script.run(modem_harness)
    assert result.outcome is CallOutcome.ANSWERED
    assert (result.ring_seconds, result.talk_seconds) == (5.0, 32.0)
    assert result.number == OFFICER
    assert not result.modem_fault


def test_ringing_past_the_limit_is_hung_up_as_no_answer(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(2, line(3)).clcc(29, line(3)).reply("AT+CHUP", 0, "OK")
    result = script.run(modem_harness, ring_limit=30)
    assert result.outcome is CallOutcome.NO_ANSWER
    assert result.ring_seconds == 29.0
    assert result.talk_seconds == 0.0


def test_hang_up_falls_back_to_ath_where_chup_is_unknown(modem_harness: MakeHarness) -> None:
    script = (
        Script()
        .reply(DIAL, 0, "OK")
        .clcc(31, line(3))
        .reply("AT+CHUP", 0, "COMMAND NOT SUPPORT")
        .reply("ATH", 0, "OK")
    )
    assert script.run(modem_harness, ring_limit=30).outcome is CallOutcome.NO_ANSWER


def test_a_call_answered_past_the_talk_limit_is_hung_up(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(3, line(0)).clcc(61, line(0)).reply("AT+CHUP", 0, "OK")
    result = script.run(modem_harness, talk_limit=60)
    assert result.outcome is CallOutcome.ANSWERED
    assert result.talk_seconds == 61.0


@pytest.mark.parametrize(
    ("final", "outcome", "fault"),
    [
        ("BUSY", CallOutcome.BUSY, False),
        ("NO ANSWER", CallOutcome.NO_ANSWER, False),
        ("NO DIALTONE", CallOutcome.NO_NETWORK, True),
        ("+CME ERROR: 30", CallOutcome.NO_NETWORK, True),
        ("+CME ERROR: 3", CallOutcome.FAILED, False),
    ],
)
def test_a_dial_refused_at_once(modem_harness: MakeHarness, final: str, outcome: CallOutcome, fault: bool) -> None:
    result = Script().reply(DIAL, 0, final).run(modem_harness)
    assert (result.outcome, result.modem_fault) == (outcome, fault)
    assert result.ring_seconds == 0.0


@pytest.mark.parametrize(
    ("ceer", "outcome"),
    [
        ("+CEER: User busy", CallOutcome.BUSY),
        ("+CEER: 21", CallOutcome.BUSY),
        ("+CEER: 34", CallOutcome.NO_NETWORK),
        ("+CEER: 1", CallOutcome.FAILED),
    ],
)
def test_no_carrier_for_the_dial_asks_the_cause(modem_harness: MakeHarness, ceer: str, outcome: CallOutcome) -> None:
    result = Script().reply(DIAL, 0, "NO CARRIER").reply("AT+CEER", 0, ceer, "OK").run(modem_harness)
    assert result.outcome is outcome


def test_an_error_to_the_dial_is_a_modem_fault_with_its_cause(modem_harness: MakeHarness) -> None:
    result = Script().reply(DIAL, 0, "ERROR").reply("AT+CEER", 0, "+CEER: No cause", "OK").run(modem_harness)
    assert (result.outcome, result.modem_fault, result.cause) == (CallOutcome.FAILED, True, None)


def test_busy_while_ringing_ends_the_call(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(2, line(3)).clcc(4, line(3), "BUSY")  # the URC inside a reply
    result = script.run(modem_harness)
    assert result.outcome is CallOutcome.BUSY
    assert result.ring_seconds == 4.0


def test_no_carrier_while_ringing_is_explained_by_the_cause(modem_harness: MakeHarness) -> None:
    script = (
        Script()
        .reply(DIAL, 0, "OK")
        .clcc(2, line(3), "NO CARRIER")
        .reply("AT+CEER", 0, '+CEER: "CC INFO","No answer from user"', "OK")
    )
    assert script.run(modem_harness).outcome is CallOutcome.NO_ANSWER


def test_a_ringing_call_that_vanishes_without_a_cause_counts_as_no_answer(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(2, line(3)).clcc(10).reply("AT+CEER", 0, "+CEER: Nothing", "OK")
    assert script.run(modem_harness).outcome is CallOutcome.NO_ANSWER


def test_a_call_never_listed_has_failed(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(1).clcc(1).reply("AT+CEER", 0, "+CEER: 0", "OK")
    result = script.run(modem_harness)
    assert (result.outcome, result.cause) == (CallOutcome.FAILED, 0)


def test_ok_while_still_ringing_is_not_an_answer(modem_harness: MakeHarness) -> None:
    """Some modems answer the dial with OK before anyone picks up: only stat 0 counts."""
    script = Script().reply(DIAL, 0, "OK").clcc(5, line(2)).clcc(5, line(3)).clcc(25, line(3)).reply("AT+CHUP", 0, "OK")
    result = script.run(modem_harness, ring_limit=35)
    assert result.outcome is CallOutcome.NO_ANSWER
    assert result.ring_seconds == 25.0


def test_huawei_call_urcs_are_followed(modem_harness: MakeHarness) -> None:
    script = (
        Script()
        .reply(DIAL, 0, "OK")
        .clcc(1, "^ORIG:1,0", line(2))
        .clcc(2, "^CONF:1", line(3))
        .clcc(6, "^CONN:1,0", line(0))
        .clcc(20, "^CEND:1,20,104,16")
    )
    result = script.run(modem_harness)
    assert result.outcome is CallOutcome.ANSWERED
    assert (result.ring_seconds, result.talk_seconds, result.cause) == (6.0, 20.0, 16)


def test_huawei_cend_before_an_answer_gives_the_cause(modem_harness: MakeHarness) -> None:
    script = Script().reply(DIAL, 0, "OK").clcc(2, "^CONF:1", line(3)).clcc(3, "^CEND:1,0,104,17")
    result = script.run(modem_harness)
    assert (result.outcome, result.cause) == (CallOutcome.BUSY, 17)


def test_simcom_voice_call_urcs_are_followed(modem_harness: MakeHarness) -> None:
    script = (
        Script()
        .reply(DIAL, 0, "OK")
        .clcc(3, line(3))
        .clcc(4, "VOICE CALL: BEGIN", line(0))
        .clcc(12, "VOICE CALL: END: 000012", "NO CARRIER")
    )
    result = script.run(modem_harness)
    assert result.outcome is CallOutcome.ANSWERED
    assert (result.ring_seconds, result.talk_seconds) == (4.0, 12.0)


def test_a_dial_that_gets_no_answer_from_the_modem_is_a_fault(modem_harness: MakeHarness) -> None:
    script = Script()
    script.steps += [Expect(DIAL.encode() + b"\r"), Expect(b"\x1b\r"), *ok("AT+CSQ", "+CSQ: 20,99"),
                     *ok("AT+CHUP")]
    harness = modem_harness(script.steps).online()
    result = harness.modem.call(OFFICER, timeout=WAIT * 2)
    harness.peer.finish()
    assert (result.outcome, result.modem_fault) == (CallOutcome.FAILED, True)


def test_the_current_call_shows_in_the_status(modem_harness: MakeHarness) -> None:
    seen: list[str | None] = []
    script = Script().reply(DIAL, 0, "OK")
    script.steps += [
        Expect(b"AT+CLCC\r"),
        Call(lambda: seen.append(harness.modem.status().current_call)),
        Send(crlf("OK")),
        *exchange("AT+CLCC", "OK"),
        *ok("AT+CEER"),
    ]
    harness = script.harness = modem_harness(script.steps).online()
    harness.modem.call(OFFICER, timeout=WAIT)
    harness.peer.finish()
    assert seen == [OFFICER]
    assert harness.modem.status().current_call is None
