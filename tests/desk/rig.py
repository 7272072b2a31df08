"""Simulated modems on pseudo-terminals, driven by the test's one fake clock.

The desk, the dispatcher and every Modem read the same :class:`FakeClock` (the
Modems' monotonic source is the seconds since the rig started), and each
simulator's own time is advanced in lockstep, so an officer's phone rings,
answers and reports delivery exactly when the test moves time. A move ends only
once every Modem has read what its simulator said meanwhile: a real modem's
RING is read as it is said, so a Modem must not see the clock run on past a
RING still in the pipe (it would end the call by the ring gap and take the rest
for a second call). Nothing sleeps: waits are on conditions with timeouts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from console.clock import FakeClock
from console.desk.engine_events import OutboxRowFinished
from db.repositories.outbox import OutboxRecord
from modem.call_audio import CallAudio
from modem.channel import AtChannel, SerialPort, open_serial
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import Officer, Simulator
from modem.state import Role

WAIT = 20.0
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
    call_poll_interval=0.01,
    reconnect_interval=0.05,
    refresh_interval=1e9,
    tick_interval=0.02,
    ring_gap=8.0,
    call_cooldown=3.0,
)


@dataclass(frozen=True)
class Line:
    """One simulated modem of the rig."""

    dialect: str = "sim800"
    roles: frozenset[Role] = frozenset({Role.SMS, Role.VOICE})
    daily_cap: int = 100
    audio: CallAudio | None = None  # how its answered calls sound (None: silent, as before issue 16)
    files: tuple[tuple[str, bytes], ...] = ()  # clips in the module's storage


class Rig:
    def __init__(self, clock: FakeClock, lines: Sequence[Line] = (Line(),), officers: Iterable[Officer] = ()) -> None:
        self.clock = clock
        self._start = clock.now()
        people = list(officers)
        self.simulators = [Simulator(line.dialect, people, epoch=self._start) for line in lines]
        self.modems: list[Modem] = []
        self._lines = tuple(lines)
        self._lock = threading.Lock()
        self._commands = [0] * len(self.simulators)  # AT commands each simulator has received
        # each Modem's channel and how much its simulator had said when the port was opened (and flushed)
        self._heard_from: list[tuple[AtChannel, int] | None] = [None] * len(self.simulators)
        for index, simulator in enumerate(self.simulators):
            simulator.add_listener(lambda event, index=index: self._count(index, event.kind))  # type: ignore[misc]

    def _count(self, index: int, kind: str) -> None:
        if kind == "command":
            self._commands[index] += 1

    def seconds(self) -> float:
        return (self.clock.now() - self._start).total_seconds()

    def start(self) -> Rig:
        for index, (simulator, line) in enumerate(zip(self.simulators, self._lines), start=1):
            for name, data in line.files:
                simulator.store_file(name, data)
            simulator.start()
            config = ModemConfig(name=f"modem-{index}", url=simulator.device_path, roles=line.roles,
                                 daily_cap=line.daily_cap, call_audio=line.audio)
            self.modems.append(Modem(config, clock=self.clock, monotonic=self.seconds, timing=TIMING,
                                     first_concat_reference=10 * index,
                                     channel_factory=lambda config, i=index - 1: self._channel(i, config)))
        for modem in self.modems:
            modem.start()
        for modem in self.modems:
            assert modem.wait_started(WAIT) and modem.status().ready, modem.status()
        return self

    def _channel(self, index: int, config: ModemConfig) -> AtChannel:
        simulator = self.simulators[index]

        def opener(url: str) -> SerialPort:
            port = open_serial(url, baudrate=config.baudrate, rtscts=config.rtscts)
            self._heard_from[index] = (channel, simulator.bytes_said)  # what was said before is flushed, not heard
            return port

        channel = AtChannel(config.url, name=config.name, opener=opener)
        return channel

    def wait_heard(self) -> None:
        """Until every Modem has read all its simulator has said (RINGs, reports, replies): as a real modem does."""
        for simulator, heard_from in zip(self.simulators, self._heard_from):
            if heard_from is not None:
                channel, said_before = heard_from
                said = simulator.bytes_said - said_before
                assert channel.wait_heard(said, WAIT), f"{channel.name} read {channel.bytes_heard} of {said} bytes"

    def close(self) -> None:
        for modem in self.modems:
            modem.stop()
        for simulator in self.simulators:
            simulator.close()

    def advance(self, seconds: float) -> None:
        """Move every clock of the rig by ``seconds``, together."""
        with self._lock:
            self.clock.advance(seconds)
            for simulator in self.simulators:
                simulator.advance(seconds)
        self.wait_heard()

    def run_calls(self, seconds: float, *, step: float = 1.0) -> None:
        """Let ``seconds`` pass in steps while calls are up, letting the Modems poll between steps."""
        passed = 0.0
        while passed < seconds:
            marks = list(self._commands)
            self.advance(step)
            passed += step
            for index, (simulator, mark) in enumerate(zip(self.simulators, marks)):
                # Our call is up: wait for the Modem's next look at it (AT+CLCC), or for the call's end.
                simulator.wait_for(lambda i=index, s=simulator, m=mark: self._commands[i] > m + 1
                                   or not any(not call.incoming for call in s.engine.state.calls), WAIT)

    def sent_sms(self) -> list[tuple[str, str]]:
        """(recipient, text) of every SMS the network accepted, multipart joined, over all modems."""
        messages: list[tuple[str, str]] = []
        for simulator in self.simulators:
            pending: dict[tuple[str, int], list[str]] = {}
            for message in simulator.sent_messages:
                if message.concat is None:
                    messages.append((message.recipient, message.text))
                    continue
                key = (message.recipient, message.concat.reference)
                pending.setdefault(key, []).append(message.text)
                if len(pending[key]) == message.concat.total:
                    messages.append((message.recipient, "".join(pending.pop(key))))
        return messages

    def calls(self) -> list[tuple[str, str]]:
        """(number, outcome) of every outgoing call the simulators saw end."""
        return [(record.number, record.outcome) for simulator in self.simulators
                for record in simulator.call_records if not record.incoming]


@dataclass
class Finished:
    """Collects the dispatcher's finished rows (subscribed to :class:`OutboxRowFinished`); tests wait on it."""

    records: list[OutboxRecord] = field(default_factory=list)
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def __call__(self, event: OutboxRowFinished) -> None:
        with self._changed:
            self.records.append(event.record)
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[list[OutboxRecord]], bool], timeout: float = WAIT) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self.records), timeout)

    def latest(self, outbox_id: int) -> OutboxRecord | None:
        with self._changed:
            found = [record for record in self.records if record.id == outbox_id]
        return found[-1] if found else None
