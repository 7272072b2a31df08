"""A ModemPool over two simulated modems of different families: failover and roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from modem.config import ModemConfig
from modem.events import CallOutcome
from modem.pool import ModemPool
from modem.simulator import Officer, Simulator
from modem.state import Role
from tests.modem.test_end_to_end import OFFICER, TIMING, WAIT, SimulatedClock

Pair = tuple[Simulator, Simulator]


@pytest.fixture
def pair() -> Iterator[Pair]:
    officer = Officer(OFFICER, answer_after_seconds=2, talk_seconds=5)
    with Simulator("sim800", [officer]) as first, Simulator("huawei", [officer]) as second:
        yield first, second


def start_pool(pair: Pair, roles: tuple[frozenset[Role], frozenset[Role]]) -> ModemPool:
    first, second = pair
    configs = [
        ModemConfig(name="sim800", url=first.device_path, roles=roles[0]),
        ModemConfig(name="huawei", url=second.device_path, roles=roles[1]),
    ]
    pool = ModemPool(configs, clock=SimulatedClock(first), monotonic=lambda: first.scheduler.seconds, timing=TIMING)
    pool.start()
    for modem in pool.modems:
        assert modem.wait_started(WAIT)
    return pool


BOTH = frozenset({Role.SMS, Role.VOICE})


def test_a_modem_vanishing_mid_send_fails_over_to_the_other(pair: Pair) -> None:
    first, second = pair
    pool = start_pool(pair, (BOTH, BOTH))
    try:
        first.vanish_on("AT+CMGS")  # equally fit modems are tried in order: the SIM800 first
        result = pool.send_sms(OFFICER, "कृपया कॉल करें", timeout=WAIT)
        assert first.count("vanished") == 1
        assert result.accepted and result.modem == "huawei"
        assert first.sent_messages == []
        assert [message.text for message in second.sent_messages] == ["कृपया कॉल करें"]
    finally:
        pool.stop()


def test_voice_and_sms_pinned_to_different_modems(pair: Pair) -> None:
    first, second = pair
    pool = start_pool(pair, (frozenset({Role.SMS}), frozenset({Role.VOICE})))
    try:
        assert pool.send_sms(OFFICER, "instruction", timeout=WAIT).modem == "sim800"
        future = pool.submit_call(OFFICER, ring_limit=30, talk_limit=1)
        assert second.wait_for_event("dial")
        for _ in range(12):
            second.advance(1)
            first.advance(1)
            if future.done():
                break
            second.wait_for(lambda: future.done(), 0.2)
        result = future.result(WAIT)
        assert result.modem == "huawei" and result.outcome is CallOutcome.ANSWERED
        assert first.dial_strings == [] and len(first.sent_messages) == 1 and second.sent_messages == []
    finally:
        pool.stop()
