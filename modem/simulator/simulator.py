"""A whole simulated GSM modem for tests, the demo and operator training.

    with Simulator(dialect="sim800", officers=[Officer("+919876543210", CallBehaviour.BUSY)]) as sim:
        client = open_modem(sim.device_path)
        ...
        sim.advance(5)  # simulated seconds: the officer's phone rings, answers, reports delivery
        assert sim.sent_messages[0].text == "नमस्ते"

Time only moves when told (``advance``), unless ``realtime=True``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType

from modem.simulator import commands_audio, commands_general, commands_sms, commands_voice, network
from modem.simulator.dialects import DIALECTS, Chatter
from modem.simulator.engine import Engine, Handler
from modem.simulator.officers import Officer
from modem.simulator.pty_port import PtyPort
from modem.simulator.scheduler import RealTimeDriver, Scheduler
from modem.simulator.state import CallRecord, SentMessage, SimState

log = logging.getLogger(__name__)

INDIA = timezone(timedelta(hours=5, minutes=30))
MAX_EVENTS = 100_000
DEFAULT_EPOCH = datetime(2026, 1, 5, 10, 0, 0, tzinfo=INDIA)  # a Monday, office hours


@dataclass(frozen=True)
class Event:
    seconds: float  # simulated
    kind: str  # command, urc, sms-sent, status-report, dial, call-ended, vanished, ...
    details: dict[str, object]


def _handlers() -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    for module in (commands_general, commands_sms, commands_voice, commands_audio):
        module.register(handlers)
    return handlers


class Simulator:
    def __init__(
        self,
        dialect: str = "sim800",
        officers: Iterable[Officer] = (),
        *,
        epoch: datetime = DEFAULT_EPOCH,
        realtime: bool = False,
        speed: float = 1.0,
        booted: bool = True,
        directory: Path | None = None,
    ) -> None:
        if dialect not in DIALECTS:
            raise ValueError(f"dialect {dialect!r} is not one of {', '.join(sorted(DIALECTS))}")
        self.dialect = DIALECTS[dialect]
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self.scheduler = Scheduler(epoch, self._lock)
        self.engine = Engine(self.dialect, self.scheduler, _handlers(), self._record)
        self.engine.officers = {officer.number: officer for officer in officers}
        self.events: list[Event] = []
        self._own_directory = directory is None
        self._directory = Path(tempfile.mkdtemp(prefix="samvad-modem-")) if directory is None else directory
        link_name = f"usb-{self.dialect.manufacturer.split()[0]}_{self.dialect.model}-if00-port0"
        self.port = PtyPort(self._directory / link_name.replace(" ", "_"), self._on_port_data)
        self.engine.write = self.port.write
        self.engine.vanish = self._vanish_from_engine
        self._realtime = RealTimeDriver(self.scheduler, speed=speed) if realtime else None
        self._listeners: list[Callable[[Event], None]] = []
        self._booted = booted
        self._chatter_generation = 0

    # ---- life cycle --------------------------------------------------------------------------

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:
        self.port.open()
        if self._booted:
            self._start_chatter()
        else:
            self.boot()
        if self._realtime is not None:
            self._realtime.start()

    def close(self) -> None:
        if self._realtime is not None:
            self._realtime.stop()
        self.port.close()
        if self._own_directory:
            shutil.rmtree(self._directory, ignore_errors=True)

    @property
    def device_path(self) -> str:
        """The stable path (a symlink like /dev/serial/by-id/...) that survives vanish/restore."""
        return str(self.port.link)

    @property
    def pty_path(self) -> str:
        return self.port.pty_path

    def boot(self) -> None:
        """Power the modem on: boot URCs on the simulated clock, SMS refused until ready (SIM800)."""
        with self._lock:
            self.engine.state.sms_ready = not self.dialect.sms_ready_gate
            for offset, line in self.dialect.boot_urcs:
                self.scheduler.call_later(offset, self._boot_urc(line))
            self._start_chatter()

    def _boot_urc(self, line: str) -> Callable[[], None]:
        def emit() -> None:
            if line == "SMS Ready":
                self.engine.state.sms_ready = True
            self.engine.urc(line)

        return emit

    def _start_chatter(self) -> None:
        self._chatter_generation += 1
        for chatter in self.dialect.chatter:
            self.scheduler.call_later(chatter.interval_seconds, self._chatter(chatter, self._chatter_generation))

    def _chatter(self, chatter: Chatter, generation: int) -> Callable[[], None]:
        def emit() -> None:
            if generation != self._chatter_generation or not self.port.is_open:
                return
            silenced = self.dialect.chatter_silenced_by_curc and not self.engine.state.settings.curc
            if not silenced:
                self.engine.urc(chatter.template.format(rssi=self.engine.state.rssi))
            self.scheduler.call_later(chatter.interval_seconds, emit)

        return emit

    # ---- time and observation ----------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move simulated time: Officers answer, reports arrive, RING repeats, chatter chatters."""
        self.scheduler.advance(seconds)

    def _on_port_data(self, data: bytes) -> None:
        with self._lock:
            self.engine.receive(data)

    def add_listener(self, listener: Callable[[Event], None]) -> None:
        """Called for every event, under the simulator's lock: keep it short (print, queue)."""
        self._listeners.append(listener)

    def _record(self, kind: str, details: dict[str, object]) -> None:
        with self._changed:
            event = Event(self.scheduler.seconds, kind, details)
            self.events.append(event)
            if len(self.events) > MAX_EVENTS:  # a simulator left running for days stays small
                del self.events[: MAX_EVENTS // 2]
            self._changed.notify_all()
            for listener in self._listeners:
                listener(event)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Block until ``predicate`` holds (checked whenever the modem does something) or timeout."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def wait_for_event(self, kind: str, timeout: float = 5.0, count: int = 1) -> bool:
        return self.wait_for(lambda: sum(1 for event in self.events if event.kind == kind) >= count, timeout)

    def count(self, kind: str) -> int:
        with self._lock:
            return sum(1 for event in self.events if event.kind == kind)

    @property
    def commands(self) -> list[str]:
        with self._lock:
            return [str(event.details["line"]) for event in self.events if event.kind == "command"]

    @property
    def sent_messages(self) -> list[SentMessage]:
        with self._lock:
            return list(self.engine.sent_messages)

    @property
    def call_records(self) -> list[CallRecord]:
        with self._lock:
            return list(self.engine.call_records)

    @property
    def dial_strings(self) -> list[str]:
        with self._lock:
            return [str(event.details["dial_string"]) for event in self.events if event.kind == "dial"]

    @property
    def bytes_from_client(self) -> int:
        return self.port.bytes_received

    @property
    def bytes_to_client(self) -> int:
        return self.port.bytes_sent

    @property
    def bytes_said(self) -> int:
        """Everything the simulated modem has written (replies, URCs), including what its port has yet to pass on."""
        return self.port.bytes_queued

    # ---- the outside world -------------------------------------------------------------------

    def add_officer(self, officer: Officer) -> None:
        with self._lock:
            self.engine.officers[officer.number] = officer

    def store_file(self, name: str, data: bytes) -> None:
        """Put a file into the module's own storage, as if uploaded earlier (a clip for a recorded call)."""
        with self._lock:
            self.engine.state.files[name] = data

    @property
    def files(self) -> dict[str, bytes]:
        """The module's storage: name → bytes exactly as uploaded."""
        with self._lock:
            return dict(self.engine.state.files)

    def disable_command(self, name: str) -> None:
        """Make the firmware answer ``name`` (e.g. "+QPSND") as unknown, as an older firmware would."""
        with self._lock:
            self.engine.faults.disabled.add(name.upper())

    def inject_incoming_sms(self, sender: str, text: str) -> None:
        with self._lock:
            network.incoming_sms(self.engine, sender, text)

    def give_missed_call(self, caller: str, ring_seconds: float = 8.0) -> None:
        """``caller`` rings for a while and hangs up: RING/+CLIP repeated, then the dialect's end URCs."""
        with self._lock:
            network.incoming_call(self.engine, caller, ring_seconds)
            self.scheduler.run_due()

    def inject_garbage(self, data: bytes = b"\xff\xfe\x00\x1b[?\x80junk\x00\r\n") -> None:
        self.port.write(data)

    def inject_urc(self, *lines: str) -> None:
        with self._lock:
            self.engine.urc(*lines)

    def urc_inside_next_response(self, line: str) -> None:
        """The next command's reply carries ``line`` between its information lines and OK."""
        with self._lock:
            self.engine.faults.urc_in_next_response.append(line)

    def urc_before_next_prompt(self, line: str) -> None:
        with self._lock:
            self.engine.faults.urc_before_prompt.append(line)

    # ---- faults ------------------------------------------------------------------------------

    def remove_sim(self) -> None:
        self._set_sim(SimState.ABSENT)

    def fail_sim(self) -> None:
        self._set_sim(SimState.FAILURE)

    def require_pin(self, pin: str = "1234") -> None:
        with self._lock:
            self.engine.state.sim.pin = pin
            self.engine.state.sim.pin_attempts_left = 3
        self._set_sim(SimState.PIN)

    def make_sim_busy(self, seconds: float) -> None:
        with self._lock:
            self.engine.state.sim.busy_until = self.scheduler.seconds + seconds
        self._set_sim(SimState.BUSY)

    def insert_sim(self) -> None:
        self._set_sim(SimState.READY)

    def _set_sim(self, state: SimState) -> None:
        with self._lock:
            self.engine.state.sim.state = state

    @property
    def sim_state(self) -> SimState:
        return self.engine.state.sim.state

    def set_registration(self, stat: int) -> None:
        """0 not registered, 1 home, 2 searching, 3 denied, 5 roaming; +CREG URC when enabled."""
        with self._lock:
            self.engine.state.registration = stat
            settings = self.engine.state.settings
            if settings.creg:
                self.engine.urc(f"+CREG: {stat}")
            if settings.cereg and self.dialect.lte:
                self.engine.urc(f"+CEREG: {stat}")

    def set_signal(self, rssi: int) -> None:
        with self._lock:
            self.engine.state.rssi = rssi

    def fail_sms(self, code: int, count: int = 1) -> None:
        """The next ``count`` AT+CMGS end in ``+CMS ERROR: code``."""
        with self._lock:
            self.engine.faults.cms_burst_code = code
            self.engine.faults.cms_burst_left = count

    def set_response_delay(self, seconds: float) -> None:
        """Final results come ``seconds`` of simulated time late (a slow or wedged modem)."""
        with self._lock:
            self.engine.faults.response_delay = seconds

    def set_prompt_delay(self, seconds: float) -> None:
        with self._lock:
            self.engine.faults.prompt_delay = seconds

    def ignore_next(self, command_prefix: str) -> None:
        """The next command starting with ``command_prefix`` gets no answer at all."""
        with self._lock:
            self.engine.faults.silent_on = command_prefix

    def vanish_on(self, command_prefix: str) -> None:
        """Vanish the moment the next command starting with ``command_prefix`` arrives (mid-send)."""
        with self._lock:
            self.engine.faults.vanish_on = command_prefix

    def vanish(self) -> None:
        """Unplug: the pty closes (the client sees EIO) and the stable path disappears."""
        self.port.close()
        self._record("vanished", {})

    def _vanish_from_engine(self) -> None:
        self.port.close()  # from the port's own thread: it closes once this input is handled
        self._record("vanished", {})

    def restore(self, timeout: float = 5.0, *, reboot: bool = True) -> None:
        """Plug back in: a new /dev/pts/N behind the same stable path.

        With ``reboot`` the modem lost power too: settings reset, calls dropped, boot URCs
        follow; without, it was only the USB link (a hub glitch) and the modem kept its state.
        """
        self.port.wait_closed(timeout)
        with self._lock:
            engine = self.engine
            engine.reset_input()
            engine.faults.vanish_on = None
            if reboot:
                engine.reset_settings()
                engine.state.calls.clear()
                engine.state.playback = None  # the files stay: they are in flash
        self.port.open()
        if reboot:
            self.boot()
        self._record("restored", {"pty": self.port.pty_path})
