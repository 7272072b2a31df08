"""Simulated officers and a simulated modem bank, for the demo, operator training and the tests.

The modem simulator's own officers answer, ignore or refuse calls; what they
cannot do is read an instruction. :class:`OfficerResponder` watches what the
center's modems send and, like a real officer, picks the case code out of the
SMS and answers a while later — ``"HRD-0421 OK"`` by SMS, or a missed call to
the center — on the simulator's own clock, so tests can drive it exactly.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.clock import Clock
from console.config import CallAudioMode, ModemPort
from console.desk.modems import call_audio
from console.domain import Officer
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import CallBehaviour, Simulator
from modem.simulator import Officer as SimulatorOfficer
from modem.simulator.simulator import Event
from modem.state import Role

log = logging.getLogger(__name__)

MISSED_CALL_RING_SECONDS = 8.0
RECORDED_DIALECT = "sim7600"  # a simulated module that plays clips into a call (AT+CCMXPLAY)


class Response(str, Enum):
    SMS_REPLY = "sms_reply"  # replies "<code> OK"
    MISSED_CALL = "missed_call"  # rings the center and hangs up
    NONE = "none"  # never confirms


@dataclass(frozen=True)
class SimulatedOfficer:
    number: str  # E.164, the officer's official number
    response: Response = Response.SMS_REPLY
    respond_after_seconds: float = 120.0  # after the center's SMS reached the phone
    call: CallBehaviour = CallBehaviour.ANSWER
    answer_after_seconds: float = 5.0
    talk_seconds: float = 40.0  # listens to the recorded instruction twice (about 30 s) before hanging up
    reply_word: str = "OK"

    def on_simulator(self) -> SimulatorOfficer:
        return SimulatorOfficer(self.number, call=self.call, answer_after_seconds=self.answer_after_seconds,
                                talk_seconds=self.talk_seconds, delivery_after_seconds=3.0)


class OfficerResponder:
    """Answers the center's instructions on behalf of simulated officers, once per case and officer."""

    def __init__(self, simulators: Sequence[Simulator], officers: Iterable[SimulatedOfficer], prefix: str) -> None:
        self._officers = {officer.number: officer for officer in officers}
        self._code = re.compile(rf"\b{re.escape(prefix)}-[0-9]{{4,6}}\b")
        self._answered: set[tuple[str, str]] = set()
        self._pending: dict[int, list[float]] = {}  # simulator index → simulated seconds of answers to come
        self._lock = threading.Lock()
        self.answers = 0  # SMS replies and missed calls given so far
        self.missed_calls = 0
        self._simulators = tuple(simulators)
        for index, simulator in enumerate(self._simulators):
            for officer in self._officers.values():
                simulator.add_officer(officer.on_simulator())
            simulator.add_listener(lambda event, index=index: self._on_event(index, event))  # type: ignore[misc]

    def next_answer_seconds(self, simulator_index: int = 0) -> float | None:
        """When (simulated seconds on that simulator) the next answer is due, if any."""
        with self._lock:
            pending = self._pending.get(simulator_index, [])
            return min(pending) if pending else None

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(len(times) for times in self._pending.values())

    def _on_event(self, index: int, event: Event) -> None:
        """Under the simulator's lock: note the SMS and schedule the answer on the simulator's clock."""
        if event.kind != "sms-sent":
            return
        simulator = self._simulators[index]
        recipient = str(event.details.get("recipient", ""))
        officer = self._officers.get(recipient)
        if officer is None or officer.response is Response.NONE:
            return
        text = _whole_text(simulator, recipient, event.details.get("reference"))
        found = self._code.search(text or "")
        if found is None:
            return
        code = found.group(0)
        with self._lock:
            if (recipient, code) in self._answered:
                return
            self._answered.add((recipient, code))
            due = simulator.scheduler.seconds + officer.respond_after_seconds
            self._pending.setdefault(index, []).append(due)
        simulator.scheduler.call_later(officer.respond_after_seconds,
                                       lambda: self._answer(index, simulator, officer, code, due))

    def _answer(self, index: int, simulator: Simulator, officer: SimulatedOfficer, code: str, due: float) -> None:
        with self._lock:
            self._pending[index].remove(due)
            self.answers += 1
            self.missed_calls += officer.response is Response.MISSED_CALL
        if officer.response is Response.SMS_REPLY:
            log.debug("simulated officer %s replies to %s", officer.number[-4:], code)
            simulator.inject_incoming_sms(officer.number, f"{code} {officer.reply_word}")
        else:
            simulator.give_missed_call(officer.number, ring_seconds=MISSED_CALL_RING_SECONDS)


def _whole_text(simulator: Simulator, recipient: str, reference: object) -> str | None:
    """The whole message once its last part is in; None while parts are missing."""
    sent = simulator.engine.sent_messages
    part = next((m for m in reversed(sent) if m.reference == reference and m.recipient == recipient), None)
    if part is None:
        return None
    if part.concat is None:
        return part.text
    concat = part.concat
    pieces: dict[int, str] = {}
    for message in reversed(sent):
        other = message.concat
        if message.recipient == recipient and other is not None and (other.reference, other.total) == (
            concat.reference, concat.total
        ):
            pieces.setdefault(other.sequence, message.text)
        if len(pieces) == concat.total:
            return "".join(pieces[sequence] for sequence in sorted(pieces))
    return None


def demo_officers(officers: Iterable[Officer]) -> list[SimulatedOfficer]:
    """A believable mix for the demo: most reply within minutes, some by missed call, some late, a few never."""
    mix: list[SimulatedOfficer] = []
    for officer in officers:
        slot = officer.id % 10
        if slot <= 4:
            mix.append(SimulatedOfficer(officer.official_number, Response.SMS_REPLY, 60.0 + 30 * slot))
        elif slot <= 6:
            mix.append(SimulatedOfficer(officer.official_number, Response.MISSED_CALL, 240.0,
                                        call=CallBehaviour.NO_ANSWER))
        elif slot == 7:
            mix.append(SimulatedOfficer(officer.official_number, Response.SMS_REPLY, 20 * 60.0,
                                        call=CallBehaviour.BUSY))
        else:
            mix.append(SimulatedOfficer(officer.official_number, Response.NONE, call=CallBehaviour.NO_ANSWER))
    return mix


# Lockstep: the modems' timeouts run on the simulated seconds, so they are short, and a call of ours is looked at
# (AT+CLCC) at every step the driver takes.
LOCKSTEP_TIMING = Timing(
    command_timeout=3.0, sync_timeout=0.3, sync_attempts=3, prompt_timeout=1.0, send_timeout=3.0, retry_backoff=0.0,
    sim_busy_backoff=0.0, sms_ready_timeout=5.0, dial_timeout=3.0, call_poll_interval=0.01,
    reconnect_interval=0.05, refresh_interval=1e9, tick_interval=0.02, ring_gap=8.0, call_cooldown=3.0,
)


class SimulatedCenter:
    """One simulated modem per configured port (same names and roles).

    In real time (the demo), or in lockstep with a fake clock (``realtime=False``): then nothing moves until
    :meth:`advance`, and the modems read the clock's seconds as their monotonic time, so rendering a story
    (the screenshots) shows every call and reply exactly when the live demo would have shown it.
    """

    def __init__(
        self,
        ports: Sequence[ModemPort],
        officers: Iterable[SimulatedOfficer],
        prefix: str,
        *,
        clock: Clock,
        epoch: datetime,
        speed: float = 1.0,
        timing: Timing | None = None,
        dialect: str = "sim800",
        sent: Mapping[str, int] | None = None,
        realtime: bool = True,
        clip: bytes | None = None,
    ) -> None:
        """``clip``: the district's recorded instruction, stored on each simulated module whose port plays it
        (a ``recorded`` port's module speaks SIMCom's dialect, whose playback the simulator knows)."""
        sent = sent or {}
        self.simulators = [
            Simulator(RECORDED_DIALECT if port.audio is CallAudioMode.RECORDED else dialect, epoch=epoch,
                      realtime=realtime, speed=speed)
            for port in ports
        ]
        for port, simulator in zip(ports, self.simulators):
            if port.audio is CallAudioMode.RECORDED and clip is not None:
                audio = call_audio(port)
                if audio is not None and audio.clip is not None:
                    simulator.store_file(audio.clip, clip)
        self.responder = OfficerResponder(self.simulators, officers, prefix)
        self.modems: list[Modem] = []
        self._commands = 0
        self._counted = threading.Condition()
        monotonic = None if realtime else (lambda: (clock.now() - epoch).total_seconds())
        if not realtime:
            timing = timing or LOCKSTEP_TIMING
        for port, simulator in zip(ports, self.simulators):
            roles = frozenset(Role(role.value) for role in port.roles)
            config = ModemConfig(name=port.name, url=simulator.device_path, roles=roles, daily_cap=port.daily_sms_cap,
                                 sms_sent_today=sent.get(port.name, 0), call_audio=call_audio(port))
            self.modems.append(Modem(config, clock=clock, timing=timing, monotonic=monotonic))
            simulator.add_listener(self._count)

    def _count(self, event: Event) -> None:
        if event.kind == "command":
            with self._counted:
                self._commands += 1
                self._counted.notify_all()

    @property
    def commands(self) -> int:
        """AT commands the simulated modems have received so far."""
        with self._counted:
            return self._commands

    def wait_quiet(self, quiet_seconds: float, timeout: float) -> bool:
        """Real time: wait until no AT command came for ``quiet_seconds`` (the modems did what the last step
        asked of them) or a call went up (its polls never stop); False when still talking after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            with self._counted:
                seen = self._commands
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                if not self._counted.wait_for(lambda: self._commands != seen, min(quiet_seconds, left)):
                    return True
            if self.our_call_up():
                return True

    def wait_look(self, mark: int, timeout: float) -> bool:
        """While a call is up: wait for the modem's next look at it (a second AT command after ``mark``) or the
        call's end, so no step of the call goes unseen."""
        deadline = time.monotonic() + timeout
        with self._counted:
            while self._commands <= mark + 1 and self.our_call_up():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._counted.wait(min(left, 0.01))  # a call also ends without a command: look again soon
        return True

    def advance(self, seconds: float) -> None:
        """Lockstep: move every simulator's time by ``seconds`` (the caller moves the clock alike)."""
        for simulator in self.simulators:
            simulator.advance(seconds)

    def calls_up(self) -> bool:
        """A call on any line: one of ours to an officer, or a missed call ringing in."""
        return any(simulator.engine.state.calls for simulator in self.simulators)

    def our_call_up(self) -> bool:
        """A call the center placed is up: the modem polls it (AT+CLCC) for as long as it lasts."""
        return any(not call.incoming for simulator in self.simulators for call in simulator.engine.state.calls)

    def start(self) -> None:
        for simulator in self.simulators:
            simulator.start()

    def close(self) -> None:
        for simulator in self.simulators:
            simulator.close()
