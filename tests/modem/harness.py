"""A real :class:`Modem` on a pseudo-terminal with a scripted peer, fast timings and driven time."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from typing import TypeVar

from console.clock import FakeClock
from modem.config import ModemConfig, Timing
from modem.events import ModemEvent, ModemStatusChanged
from modem.modem import Modem
from modem.state import Connection, Registration
from tests.modem.peer import Expect, ScriptedPeer, Send, Step, crlf, exchange, ok

# 10:00 IST on a working Monday.
START = datetime(2025, 3, 3, 4, 30, tzinfo=timezone.utc)
WAIT = 10.0

FAST = Timing(
    command_timeout=3.0,
    sync_timeout=0.3,
    sync_attempts=3,
    prompt_timeout=0.5,
    escape_grace=1.0,
    send_timeout=3.0,
    retry_backoff=0.0,
    sim_busy_backoff=0.0,
    sim_busy_attempts=3,
    sms_ready_timeout=3.0,
    dial_timeout=3.0,
    call_poll_interval=0.02,
    ring_gap=8.0,
    call_cooldown=3.0,
    concat_timeout=600.0,
    reconnect_interval=0.05,
    refresh_interval=1e9,
    tick_interval=0.02,
)

E = TypeVar("E")


class FakeMonotonic:
    """Seconds that move only when the test (or the peer's script) says so."""

    def __init__(self) -> None:
        self._now = 1000.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


def identity_steps(
    manufacturer: str = "SIMCOM_Ltd",
    model: str = "SIMCOM_SIM800C",
    revision: str = "Revision:1418B04SIM800C24",
    imei: str = "865067020123456",
) -> list[Step]:
    return [*ok("AT+CGMI", manufacturer), *ok("AT+CGMM", model), *ok("AT+CGMR", revision), *ok("AT+CGSN", imei)]


def network_steps(creg: str = "+CREG: 0,1", cereg: str | None = None, csq: str = "+CSQ: 20,99") -> list[Step]:
    cereg_steps = ok("AT+CEREG?", cereg) if cereg else exchange("AT+CEREG?", "ERROR")
    return [*ok("AT+CREG?", creg), *cereg_steps, *ok("AT+CSQ", csq)]


def sms_setup_steps(stored: Sequence[str] = ()) -> list[Step]:
    return [*ok("AT+CMGF=0"), *ok("AT+CNMI=2,1,0,2,0"), *ok("AT+CLIP=1"), *ok("AT+CMGL=4", *stored)]


def boot_steps(
    *,
    sim: Sequence[Step] | None = None,
    identity: Sequence[Step] | None = None,
    network: Sequence[Step] | None = None,
    sms: Sequence[Step] | None = None,
) -> list[Step]:
    """The whole initialisation of a SIM800 with a ready SIM, parts replaceable."""
    return [
        *ok("AT"),
        *ok("ATE0"),
        *ok("AT+CMEE=1"),
        *ok("AT+CHUP"),  # a call an earlier owner left up is hung up
        *(sim if sim is not None else ok("AT+CPIN?", "+CPIN: READY")),
        *(identity if identity is not None else identity_steps()),
        *(network if network is not None else network_steps()),
        *(sms if sms is not None else sms_setup_steps()),
    ]


class ModemHarness:
    def __init__(
        self,
        *,
        url: str | None = None,
        peer: ScriptedPeer | None = None,
        timing: Timing = FAST,
        config: dict[str, object] | None = None,
        clock: FakeClock | None = None,
        first_concat_reference: int = 7,
    ) -> None:
        self.peer = peer or ScriptedPeer()
        self.clock = clock or FakeClock(START)
        self.monotonic = FakeMonotonic()
        base = ModemConfig(name="sms-1", url=url or self.peer.path)
        self.config = replace(base, **(config or {}))  # type: ignore[arg-type]
        self.modem = Modem(
            self.config,
            clock=self.clock,
            monotonic=self.monotonic,
            timing=timing,
            first_concat_reference=first_concat_reference,
        )
        self.events: queue.Queue[ModemEvent] = queue.Queue()
        self.seen: list[ModemEvent] = []
        self.modem.add_listener(self.events.put)

    def start(self, steps: Iterable[Step | Sequence[Step]]) -> ModemHarness:
        self.peer.play(steps)
        self.modem.start()
        return self

    def next_event(self, kind: type[E], timeout: float = WAIT) -> E:
        """The next event of ``kind``; others are kept in :attr:`seen`."""
        while True:
            event = self.events.get(timeout=timeout)
            self.seen.append(event)
            if isinstance(event, kind):
                return event

    def wait_connection(self, connection: Connection, timeout: float = WAIT) -> ModemStatusChanged:
        while True:
            event = self.next_event(ModemStatusChanged, timeout)
            if event.status.connection is connection:
                return event

    def settled(self) -> None:
        """Wait until the worker has handled everything the peer sent so far.

        URCs are served in order, so a registration URC sent now comes out as a status
        event only after all before it.
        """
        self.peer.send(b"\r\n+CREG: 5\r\n")
        while self.next_event(ModemStatusChanged).status.registration is not Registration.ROAMING:
            pass

    def online(self) -> ModemHarness:
        self.wait_connection(Connection.ONLINE)
        return self

    def close(self) -> None:
        self.modem.stop()
        self.peer.close()


def urc(*lines: str) -> Send:
    return Send(crlf(*lines))


def submit(length: int, pdu: str, *reply: str) -> list[Step]:
    """AT+CMGS=<length> → "> " → the exact PDU + Ctrl-Z → the reply lines."""
    return [Expect(f"AT+CMGS={length}\r".encode()), Send(b"\r\n> "), Expect(pdu.encode() + b"\x1a"), Send(crlf(*reply))]
