"""The pool over two pty modems: healthy choice, failover mid-send, roles, caps, configuration."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import pytest

from console.clock import FakeClock
from modem.config import ModemConfig
from modem.events import CallOutcome, ModemEvent, ModemStatusChanged, SmsErrorClass
from modem.pdu import encode_submit
from modem.pool import ModemPool, config_from_entry
from modem.state import Connection, Role
from tests.modem.harness import FAST, START, WAIT, FakeMonotonic, boot_steps, submit
from tests.modem.peer import Expect, Hangup, ScriptedPeer, Send, Step, exchange, ok

OFFICER = "+919876543210"
(PART,) = encode_submit(OFFICER, "नमस्ते", concat_reference=0)


@dataclass
class PoolRig:
    pool: ModemPool
    peers: dict[str, ScriptedPeer]
    events: queue.Queue[ModemEvent]

    def wait_all_settled(self) -> None:
        """Every modem has finished its start-up (online or not)."""
        for modem in self.pool.modems:
            assert modem.wait_started(WAIT)

    def wait_online(self, *names: str) -> None:
        waiting = set(names)
        while waiting:
            event = self.events.get(timeout=WAIT)
            if isinstance(event, ModemStatusChanged) and event.status.connection is Connection.ONLINE:
                waiting.discard(event.status.name)


Script = Sequence[Step | Sequence[Step]]
BuildRig = Callable[[Sequence[tuple[ModemConfig, Script]]], PoolRig]


@pytest.fixture
def rig() -> Iterator[BuildRig]:
    made: list[PoolRig] = []

    def build(modems: Sequence[tuple[ModemConfig, Script]]) -> PoolRig:
        peers = {}
        configs = []
        for config, steps in modems:
            peer = ScriptedPeer()
            peers[config.name] = peer
            configs.append(replace(config, url=peer.path))
            peer.play(steps)
        pool = ModemPool(configs, clock=FakeClock(START), monotonic=FakeMonotonic(), timing=FAST)
        events: queue.Queue[ModemEvent] = queue.Queue()
        pool.add_listener(events.put)
        made.append(PoolRig(pool, peers, events))
        pool.start()
        return made[-1]

    yield build
    for built in made:
        built.pool.stop()
        for peer in built.peers.values():
            peer.close()


def modem(name: str, *roles: Role, cap: int = 100) -> ModemConfig:
    return ModemConfig(name=name, url="unset", roles=frozenset(roles or (Role.SMS, Role.VOICE)), daily_cap=cap)


def no_sim() -> list[Step]:
    return boot_steps(sim=exchange("AT+CPIN?", "+CME ERROR: 10"), sms=[])


def test_sms_goes_to_a_ready_modem(rig: BuildRig) -> None:
    built = rig([(modem("a"), no_sim()), (modem("b"), [*boot_steps(), *submit(26, PART.pdu, "+CMGS: 3", "OK")])])
    built.wait_online("a", "b")

    result = built.pool.send_sms("9876543210", "नमस्ते", tag="outbox-1", timeout=WAIT)

    built.peers["b"].finish()
    assert (result.modem, result.message_references, result.tag) == ("b", (3,), "outbox-1")


def test_a_modem_lost_mid_send_fails_over_to_the_next(rig: BuildRig) -> None:
    first = [*boot_steps(), Expect(b"AT+CMGS=26\r"), Send(b"\r\n> "), Expect(PART.pdu.encode() + b"\x1a"), Hangup()]
    second = [*boot_steps(), *submit(26, PART.pdu, "+CMGS: 44", "OK")]
    built = rig([(modem("a"), first), (modem("b"), second)])
    built.wait_online("a", "b")

    result = built.pool.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    built.peers["a"].finish()
    built.peers["b"].finish()
    assert (result.modem, result.message_references) == ("b", (44,))


def test_a_message_the_network_rejects_is_not_sent_again_elsewhere(rig: BuildRig) -> None:
    built = rig(
        [
            (modem("a"), [*boot_steps(), *submit(26, PART.pdu, "+CMS ERROR: 21")]),
            (modem("b"), boot_steps()),
        ]
    )
    built.wait_online("a", "b")

    result = built.pool.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    built.peers["a"].finish()
    assert (result.modem, result.error_class) == ("a", SmsErrorClass.REJECTED)
    assert built.peers["b"].unread(timeout=0.2) == b""


def test_the_daily_cap_sends_work_to_the_modem_with_room(rig: BuildRig) -> None:
    built = rig(
        [(modem("a", cap=0), boot_steps()), (modem("b"), [*boot_steps(), *submit(26, PART.pdu, "+CMGS: 9", "OK")])]
    )
    built.wait_online("a", "b")
    assert built.pool.send_sms(OFFICER, "नमस्ते", timeout=WAIT).modem == "b"
    assert built.peers["a"].unread(timeout=0.2) == b""


def test_roles_pin_sms_and_voice_to_different_modems(rig: BuildRig) -> None:
    voice = [
        *boot_steps(),
        *ok(f"ATD{OFFICER};"),
        *exchange("AT+CLCC", "BUSY", "OK"),
    ]
    sms = [*boot_steps(), *submit(26, PART.pdu, "+CMGS: 1", "OK")]
    built = rig([(modem("voice-1", Role.VOICE), voice), (modem("sms-1", Role.SMS), sms)])
    built.wait_online("voice-1", "sms-1")

    sent = built.pool.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    called = built.pool.call(OFFICER, timeout=WAIT)

    built.peers["voice-1"].finish()
    built.peers["sms-1"].finish()
    assert sent.modem == "sms-1"
    assert (called.modem, called.outcome) == ("voice-1", CallOutcome.BUSY)


def test_a_call_fails_over_when_a_modem_has_no_network(rig: BuildRig) -> None:
    first = [*boot_steps(), *exchange(f"ATD{OFFICER};", "NO DIALTONE")]
    second = [*boot_steps(), *ok(f"ATD{OFFICER};"), *exchange("AT+CLCC", "NO ANSWER", "OK")]
    built = rig([(modem("a"), first), (modem("b"), second)])
    built.wait_online("a", "b")

    called = built.pool.call(OFFICER, timeout=WAIT)

    assert (called.modem, called.outcome) == ("b", CallOutcome.NO_ANSWER)


def test_without_a_fit_modem_the_result_says_so(rig: BuildRig) -> None:
    built = rig([(modem("a"), no_sim())])
    built.wait_all_settled()
    built.peers["a"].finish()

    sent = built.pool.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    called = built.pool.call(OFFICER, timeout=WAIT)

    assert (sent.error_class, sent.modem) == (SmsErrorClass.NO_MODEM, None)
    assert (called.outcome, called.modem, called.modem_fault) == (CallOutcome.FAILED, None, True)


def test_pool_entries_become_checked_configs() -> None:
    config = config_from_entry(("sms-1", "/dev/serial/by-id/usb-SimTech-if02", ["SMS"], 80, "1234"))
    assert (config.roles, config.daily_cap, config.pin) == (frozenset({Role.SMS}), 80, "1234")
    assert "1234" not in repr(config)
    with pytest.raises(ValueError, match="unknown role"):
        config_from_entry(("x", "COM3", ["fax"], 100, None))
    with pytest.raises(ValueError, match="PIN"):
        config_from_entry(("x", "COM3", ["sms"], 100, "12ab"))
    with pytest.raises(ValueError, match="unique"):
        ModemPool([modem("a"), modem("a")])

