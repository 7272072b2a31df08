"""The simulated modem's command interpreter: bytes in, bytes out.

It knows nothing of pseudo-terminals: the port feeds it what the client wrote and
gives it a function to write back with. Everything runs under the simulator's
lock, from the port's reader thread or from the scheduler.
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from modem.simulator.dialects import Dialect
from modem.simulator.scheduler import Scheduler
from modem.simulator.officers import Officer
from modem.simulator.state import CallRecord, ModemState, SentMessage, Settings

log = logging.getLogger(__name__)

CTRL_Z = 0x1A
ESCAPE = 0x1B
MAX_LINE = 560
MAX_BODY = 1200

CME_TEXT = {
    3: "operation not allowed",
    4: "operation not supported",
    10: "SIM not inserted",
    11: "SIM PIN required",
    12: "SIM PUK required",
    13: "SIM failure",
    14: "SIM busy",
    16: "incorrect password",
    30: "no network service",
    100: "unknown",
}
CMS_TEXT = {
    38: "network out of order",
    41: "temporary failure",
    42: "congestion",
    302: "operation not allowed",
    304: "invalid PDU mode parameter",
    310: "SIM not inserted",
    311: "SIM PIN required",
    313: "SIM failure",
    314: "SIM busy",
    316: "SIM PUK required",
    321: "invalid memory index",
    330: "SMSC address unknown",
    331: "no network service",
    332: "network timeout",
    500: "unknown error",
}


class Kind(enum.Enum):
    EXECUTE = "execute"
    READ = "read"  # AT+X?
    TEST = "test"  # AT+X=?
    SET = "set"  # AT+X=args


@dataclass(frozen=True)
class Command:
    name: str  # "+CPIN", "^CURC", or a basic letter: "E", "D", "H", "" for a bare AT
    kind: Kind
    argument: str
    line: str


Handler = Callable[["Engine", Command], None]
BodyHandler = Callable[["Engine", bytes], None]


@dataclass
class Faults:
    """Failures switched on by tests and training: each is consumed or cleared explicitly."""

    response_delay: float = 0.0
    cms_burst_code: int = 0
    cms_burst_left: int = 0
    prompt_delay: float = 0.0
    urc_in_next_response: list[str] = field(default_factory=list)
    urc_before_prompt: list[str] = field(default_factory=list)
    vanish_on: str | None = None
    silent_on: str | None = None  # a command prefix that gets no answer at all
    disabled: set[str] = field(default_factory=set)  # command names this firmware does not have


def parse_command(line: str) -> Command | None:
    """One AT command line; None when it does not start with AT (modems ignore such noise)."""
    if len(line) < 2 or line[:2].upper() != "AT":
        return None
    rest = line[2:]
    if not rest:
        return Command("", Kind.EXECUTE, "", line)
    if rest[0] in "+^$":
        match = re.match(r"[+^$][A-Za-z0-9]+", rest)
        name = match.group(0).upper() if match else rest[0]
        tail = rest[len(name) :]
        if tail == "?":
            return Command(name, Kind.READ, "", line)
        if tail == "=?":
            return Command(name, Kind.TEST, "", line)
        if tail.startswith("="):
            return Command(name, Kind.SET, tail[1:], line)
        return Command(name, Kind.EXECUTE, tail, line)
    if rest[0] == "&" and len(rest) > 1:
        return Command("&" + rest[1].upper(), Kind.EXECUTE, rest[2:], line)
    return Command(rest[0].upper(), Kind.EXECUTE, rest[1:], line)


def _block(lines: list[str]) -> bytes:
    return b"\r\n" + "\r\n".join(lines).encode("utf-8") + b"\r\n"


def _without_secrets(line: str) -> str:
    """The command as recorded: PINs and PUKs never reach events or logs."""
    return re.sub(r"(?i)^(AT\+CPIN=).*", r"\1<hidden>", line)


class Engine:
    def __init__(
        self,
        dialect: Dialect,
        scheduler: Scheduler,
        handlers: dict[str, Handler],
        on_event: Callable[[str, dict[str, object]], None],
    ) -> None:
        self.dialect = dialect
        self.scheduler = scheduler
        self.state = ModemState()
        self.state.settings.cmee = dialect.default_cmee
        self.state.next_reference = dialect.first_message_reference
        self.faults = Faults()
        self.handlers = handlers
        self.on_event = on_event
        self.officers: dict[str, Officer] = {}
        self.sent_messages: list[SentMessage] = []
        self.call_records: list[CallRecord] = []
        self.write: Callable[[bytes], None] = lambda data: None
        self.vanish: Callable[[], None] = lambda: None
        self._line = bytearray()
        self._body: bytearray | None = None
        self._body_handler: BodyHandler | None = None
        self._prompt_open = False
        self._queued: list[str] = []
        self._busy = False
        self._data: bytearray | None = None  # the raw bytes of a file upload, in data mode
        self._data_size = 0
        self._data_handler: BodyHandler | None = None

    # ---- input -------------------------------------------------------------------------------

    def receive(self, data: bytes) -> None:
        for byte in data:
            if self._data is not None:
                self._receive_data(byte)
            elif self._body is not None:
                self._receive_body(byte)
            else:
                self._receive_command_byte(byte)

    def _receive_command_byte(self, byte: int) -> None:
        if self.state.settings.echo:
            self.write(bytes([byte]))
        if byte == 0x0D:
            line = self._line.decode("ascii", errors="replace").strip()
            self._line.clear()
            if line:
                self._queued.append(line)
                self._run_queue()
        elif byte == 0x0A:
            return
        elif byte == 0x08 and self._line:
            self._line.pop()
        elif len(self._line) < MAX_LINE:
            self._line.append(byte)
        else:
            self._line.clear()
            self.on_event("overlong-line", {})

    def _receive_body(self, byte: int) -> None:
        assert self._body is not None
        if not self._prompt_open:
            self.on_event("body-before-prompt", {"byte": byte})  # lost, as on a real modem
            return
        if byte == ESCAPE:
            self._body = None
            self._body_handler = None
            self.on_event("body-cancelled", {})
            self.finish([], "OK")
            return
        if byte == CTRL_Z:
            body, handler = bytes(self._body), self._body_handler
            self._body = None
            self._body_handler = None
            assert handler is not None
            handler(self, body)
            return
        if self.state.settings.echo:
            self.write(bytes([byte]))
        if len(self._body) >= MAX_BODY:
            self._body = None
            self._body_handler = None
            self.cms(304)
            return
        self._body.append(byte)

    def _receive_data(self, byte: int) -> None:
        assert self._data is not None
        self._data.append(byte)
        if len(self._data) >= self._data_size:
            self.end_data()

    def _run_queue(self) -> None:
        while self._queued and not self._busy and self._body is None:
            self._execute(self._queued.pop(0))

    def _execute(self, line: str) -> None:
        command = parse_command(line)
        if command is None:
            self.on_event("noise-line", {"line": line})
            return
        self.on_event("command", {"line": _without_secrets(line)})
        self._busy = True
        if self.faults.vanish_on and line.upper().startswith(self.faults.vanish_on.upper()):
            self.faults.vanish_on = None
            self._busy = False
            self.vanish()
            return
        if self.faults.silent_on and line.upper().startswith(self.faults.silent_on.upper()):
            self.faults.silent_on = None
            self._busy = False  # the modem swallowed it; the client must time out
            return
        handler = self.handlers.get(command.name)
        if handler is None or command.name in self.dialect.unsupported or command.name in self.faults.disabled:
            self.not_supported()
            return
        handler(self, command)

    # ---- output ------------------------------------------------------------------------------

    def urc(self, *lines: str) -> None:
        """Unsolicited result codes, each its own block, written now (between or inside responses)."""
        self.write(b"".join(_block([line]) for line in lines))
        self.on_event("urc", {"lines": list(lines)})

    def urc_with_pdu(self, header: str, pdu: str) -> None:
        """A two-line URC (+CDS, +CMT): header and PDU in one block, as modems send them."""
        self.write(_block([header, pdu]))
        self.on_event("urc", {"lines": [header, pdu]})

    def finish(self, lines: list[str], final: str) -> None:
        """Information lines then the final result; delayed when the slow-answer fault is on."""
        data = _block(lines) if lines else b""
        data += b"".join(_block([line]) for line in self.faults.urc_in_next_response)
        self.faults.urc_in_next_response.clear()
        data += _block([final])
        if self.faults.response_delay > 0:
            self.scheduler.call_later(self.faults.response_delay, lambda: self._complete(data))
        else:
            self._complete(data)

    def _complete(self, data: bytes) -> None:
        self.write(data)
        self._busy = False
        self._run_queue()

    def ok(self, *lines: str) -> None:
        self.finish(list(lines), "OK")

    def error(self) -> None:
        self.finish([], "ERROR")

    def not_supported(self) -> None:
        self.finish([], self.dialect.unsupported_reply)

    def cme(self, code: int) -> None:
        mode = self.state.settings.cmee
        if mode == 0:
            self.finish([], "ERROR")
        elif mode == 2:
            self.finish([], f"+CME ERROR: {CME_TEXT.get(code, 'unknown')}")
        else:
            self.finish([], f"+CME ERROR: {code}")

    def cms(self, code: int) -> None:
        if self.state.settings.cmee == 2:
            self.finish([], f"+CMS ERROR: {CMS_TEXT.get(code, 'unknown error')}")
        else:
            self.finish([], f"+CMS ERROR: {code}")

    def prompt(self, handler: BodyHandler) -> None:
        """Show "> " and collect a body up to Ctrl-Z (sent) or ESC (cancelled)."""
        self._body = bytearray()
        self._body_handler = handler
        self._prompt_open = False

        def open_prompt() -> None:
            if self._body is None:
                return
            for line in self.faults.urc_before_prompt:
                self.urc(line)
            self.faults.urc_before_prompt.clear()
            self._prompt_open = True
            self.write(b"\r\n> ")

        if self.faults.prompt_delay > 0:
            self.scheduler.call_later(self.faults.prompt_delay, open_prompt)
        else:
            open_prompt()

    def collect_data(
        self, size: int, handler: BodyHandler, ready: bytes, *, timeout_seconds: float | None = None
    ) -> None:
        """Data mode for a file upload: say ``ready``, then take exactly ``size`` raw bytes (no echo, no
        command parsing); with ``timeout_seconds`` the module gives up and keeps what it got by then."""
        self._data = bytearray()
        self._data_size = size
        self._data_handler = handler
        self.write(ready)
        if timeout_seconds is not None:
            collecting = self._data

            def give_up() -> None:
                if self._data is collecting:
                    self.end_data()

            self.scheduler.call_later(timeout_seconds, give_up)

    def end_data(self) -> None:
        data, handler = bytes(self._data or b""), self._data_handler
        self._data = None
        self._data_handler = None
        if handler is not None:
            handler(self, data)

    def reset_settings(self) -> None:
        """ATZ / AT&F: back to the profile the modem powers up with."""
        self.state.settings = Settings(cmee=self.dialect.default_cmee)

    def reset_input(self) -> None:
        """A fresh port after the device returned: half-typed lines and bodies are gone."""
        self._line.clear()
        self._body = None
        self._body_handler = None
        self._data = None
        self._data_handler = None
        self._queued.clear()
        self._busy = False
