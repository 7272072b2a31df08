"""One serial port, one owner reader thread, one AT command at a time.

The reader thread owns every byte that arrives: it cuts lines, hands the command in
flight its response and final result, and lifts unsolicited result codes out of the
stream wherever they land (inside a response, before the ``> `` prompt) to the
subscribers. Callers block in :meth:`AtChannel.command` on a threading event, never on
the port. Subscribers run on the reader thread and must only queue work.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import serial

from modem.errors import ChannelClosed, CommandTimeout, PortLost, PromptTimeout
from modem.lines import (
    MAX_LINE,
    Final,
    Line,
    LineKind,
    LineSplitter,
    Prompt,
    Urc,
    classify,
    clean,
    is_pdu_line,
)

log = logging.getLogger(__name__)

CTRL_Z = b"\x1a"
ESC = b"\x1b"
READ_CHUNK = 4096
READ_POLL = 0.2  # seconds the reader blocks before looking at the stop flag
WRITE_TIMEOUT = 10.0  # a write blocked this long (flow control stuck) counts as a lost port
ESCAPE_GRACE = 1.0  # seconds to let the modem answer the ESC that cancels a prompt


class SerialPort(Protocol):
    """The part of ``serial.Serial`` the channel uses."""

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes, /) -> int | None: ...

    def close(self) -> None: ...


class DataReady(enum.Enum):
    """What a module says when it is ready for the raw bytes of a file."""

    PROMPT = "prompt"  # "> " — SIMCom AT+CFTRANRX
    CONNECT = "connect"  # "CONNECT" — Quectel AT+QFUPL (data mode until the announced size has arrived)


PortOpener = Callable[[str], SerialPort]
UrcListener = Callable[[Urc], None]
LostListener = Callable[[str], None]


def open_serial(url: str, *, baudrate: int = 115200, rtscts: bool = False) -> SerialPort:
    """Open a device path, ``COMn``, a pty path or a pyserial URL; hardware flow control only when asked."""
    port = serial.serial_for_url(url, baudrate=baudrate, rtscts=rtscts, timeout=READ_POLL, write_timeout=WRITE_TIMEOUT)
    try:
        port.reset_input_buffer()  # replies a previous user of the port never read are not ours
    except (serial.SerialException, OSError, ValueError):
        pass
    opened: SerialPort = port
    return opened


@dataclass(frozen=True)
class Response:
    command: str
    lines: tuple[str, ...]
    final: Line

    @property
    def ok(self) -> bool:
        return self.final.final is Final.OK

    @property
    def error_code(self) -> int | None:
        return self.final.code

    def values(self, prefix: str) -> list[str]:
        """The bodies of the lines that start with ``prefix`` (``"+CSQ:"`` → ``["20,99"]``)."""
        return [line[len(prefix) :].strip() for line in self.lines if line.startswith(prefix)]


@dataclass
class _Pending:
    command: str
    dialling: bool
    require_response: bool
    body: str | None = None
    awaiting_prompt: bool = False
    lines: list[str] = field(default_factory=list)
    final: Line | None = None
    error: Exception | None = None
    done: threading.Event = field(default_factory=threading.Event)
    prompted: threading.Event = field(default_factory=threading.Event)

    def finish(self, final: Line | None = None, error: Exception | None = None) -> None:
        self.final = final
        self.error = error
        self.done.set()
        self.prompted.set()

    def response(self) -> Response:
        if self.error is not None:
            raise self.error
        assert self.final is not None
        return Response(self.command, tuple(self.lines), self.final)


class AtChannel:
    """An AT command channel on one port; open it, send commands, close it."""

    def __init__(
        self,
        url: str,
        *,
        name: str | None = None,
        opener: PortOpener | None = None,
        max_line: int = MAX_LINE,
    ) -> None:
        self.url = url
        self.name = name or url
        self._opener: PortOpener = opener or open_serial
        self._max_line = max_line
        self._port: SerialPort | None = None
        self._reader: threading.Thread | None = None
        self._stop = threading.Event()
        self._command_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._port_lock = threading.Lock()  # a port is never closed under a write in progress
        self._pending: _Pending | None = None
        self._continuation: Line | None = None  # a +CDS / +CMT header waiting for its PDU line
        self._urc_listeners: list[UrcListener] = []
        self._lost_listeners: list[LostListener] = []
        self._lost_reason: str | None = None
        self._out_of_step = False  # a command timed out: its late final may still come
        self._heard = 0  # bytes the reader has read and handed on (replies matched, URCs dispatched)
        self._heard_changed = threading.Condition()

    # -- life cycle -------------------------------------------------------------------------

    def open(self) -> None:
        """Open the port and start the reader; :class:`PortLost` when the port is not there."""
        try:
            port = self._opener(self.url)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PortLost(f"{self.name}: cannot open {self.url}: {exc}") from exc
        self._port = port
        self._stop.clear()
        self._lost_reason = None
        self._reader = threading.Thread(target=self._read_loop, name=f"modem-reader-{self.name}", daemon=True)
        self._reader.start()
        log.info("%s: opened %s", self.name, self.url)

    def close(self) -> None:
        """Stop the reader, close the port, fail the command in flight; safe to call twice."""
        self._stop.set()
        port = self._port
        if port is not None:
            cancel = getattr(port, "cancel_read", None)
            if callable(cancel):
                try:
                    cancel()
                except (serial.SerialException, OSError):  # pragma: no cover - a port already gone
                    pass
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=5)
        self._reader = None
        self._close_port()
        self._fail_pending(ChannelClosed(f"{self.name}: channel closed"))

    @property
    def is_open(self) -> bool:
        return self._port is not None and self._lost_reason is None and not self._stop.is_set()

    @property
    def lost_reason(self) -> str | None:
        return self._lost_reason

    def subscribe(self, listener: UrcListener) -> None:
        """Call ``listener`` on the reader thread with every URC; it must return quickly."""
        self._urc_listeners.append(listener)

    def on_lost(self, listener: LostListener) -> None:
        """Call ``listener`` (once, on the reader thread) with the reason when the port goes away."""
        self._lost_listeners.append(listener)

    # -- commands ---------------------------------------------------------------------------

    def command(
        self,
        command: str,
        *,
        timeout: float,
        dialling: bool = False,
        secret: bool = False,
        require_response: bool = False,
    ) -> Response:
        """Send one command and wait for its final result.

        ``require_response`` ignores an ``OK`` that arrives before any information line:
        the late ``OK`` of a timed-out command cannot then complete this one.
        ``secret`` keeps the command (a PIN) out of the log.
        """
        with self._command_lock:
            if self._out_of_step:
                self._resynchronise(timeout)
            pending = _Pending(command, dialling=dialling, require_response=require_response)
            self._begin(pending)
            try:
                log.debug("%s → %s", self.name, _loggable_command(command, secret))
                self._write(command.encode("ascii") + b"\r")
                return self._wait(pending, timeout)
            finally:
                self._end()

    def command_with_prompt(
        self,
        command: str,
        body: str,
        *,
        prompt_timeout: float,
        timeout: float,
        escape_grace: float = ESCAPE_GRACE,
    ) -> Response:
        """``AT+CMGS``-style: send ``command``, write ``body`` + Ctrl-Z only after ``> `` arrives.

        Without a prompt within ``prompt_timeout`` the body is never written: ESC cancels
        whatever the modem half-started and :class:`PromptTimeout` is raised.
        """
        if not body.isascii() or not body.isalnum():
            raise ValueError("a prompt body must be hex digits")
        with self._command_lock:
            if self._out_of_step:
                self._resynchronise(prompt_timeout)
            pending = _Pending(command, dialling=False, require_response=False, body=body, awaiting_prompt=True)
            self._begin(pending)
            try:
                log.debug("%s → %s", self.name, command)
                self._write(command.encode("ascii") + b"\r")
                if not pending.prompted.wait(prompt_timeout):
                    self._cancel_prompt(pending, escape_grace)
                    raise PromptTimeout(f"{self.name}: no '> ' prompt after {command} within {prompt_timeout:g} s")
                if pending.done.is_set():
                    return pending.response()  # refused before the prompt, e.g. +CMS ERROR
                log.debug("%s → <pdu %d hex digits> + Ctrl-Z", self.name, len(body))
                self._write(body.encode("ascii") + CTRL_Z)
                return self._wait(pending, timeout)
            finally:
                self._end()

    def command_with_data(
        self,
        command: str,
        data: bytes,
        *,
        ready: DataReady,
        ready_timeout: float,
        timeout: float,
        chunk_size: int = 1024,
        chunk_pause: float = 0.0,
    ) -> Response:
        """A file upload: send ``command``, and only once the module is ready write ``data`` in chunks.

        The module takes exactly the announced number of bytes and then answers with a final
        result. Writing stops at once if that final comes early (the module gave up), so the
        rest of the file is never read as commands. Without the ready signal nothing is written.
        """
        with self._command_lock:
            if self._out_of_step:
                self._resynchronise(ready_timeout)
            prompt = ready is DataReady.PROMPT
            pending = _Pending(command, dialling=False, require_response=False, awaiting_prompt=prompt)
            self._begin(pending)
            try:
                log.debug("%s → %s", self.name, command)
                self._write(command.encode("ascii") + b"\r")
                receiving = self._await_data_ready(pending, prompt, ready_timeout)
                if receiving is None:
                    return pending.response()  # refused before it was ready
                log.debug("%s → <%d bytes of file data>", self.name, len(data))
                step = max(1, chunk_size)
                for offset in range(0, len(data), step):
                    self._write(data[offset : offset + step])
                    if offset + step < len(data) and receiving.done.wait(chunk_pause):
                        break  # the module answered before the end (it gave up), or the channel closed
                return self._wait(receiving, timeout)
            finally:
                self._end()

    def _await_data_ready(self, pending: _Pending, prompt: bool, ready_timeout: float) -> _Pending | None:
        """The pending command that collects the upload's final result; None when the module refused."""
        if prompt:
            if not pending.prompted.wait(ready_timeout):
                self._cancel_prompt(pending, ESCAPE_GRACE)
                name = pending.command.split("=")[0]
                raise PromptTimeout(f"{self.name}: no '> ' after {name} in {ready_timeout:g} s")
            return None if pending.done.is_set() else pending
        first = self._wait(pending, ready_timeout)
        if first.final.final is not Final.CONNECT:
            return None
        receiving = _Pending(pending.command, dialling=False, require_response=False)
        self._begin(receiving)
        return receiving

    def synchronise(self, attempts: int, timeout: float) -> bool:
        """Send ``AT`` until a clean ``OK`` comes back; junk and stale answers before it are dropped."""
        with self._command_lock:
            for attempt in range(attempts):
                if attempt == 1:
                    self._escape(timeout)
                pending = _Pending("AT", dialling=False, require_response=False)
                self._begin(pending)
                try:
                    log.debug("%s → AT (synchronising)", self.name)
                    self._write(b"AT\r")
                    answered = pending.done.wait(timeout)
                finally:
                    self._end()
                if pending.error is not None:
                    raise pending.error
                if answered and pending.final is not None and pending.final.final is Final.OK:
                    self._out_of_step = False
                    return True
            self._out_of_step = True
            return False

    def _escape(self, timeout: float) -> None:
        """A modem left at the "> " prompt by a process that died takes ``AT`` as message text and stays
        silent; ESC cancels the half-written message (answered with a final), and is ignored otherwise."""
        pending = _Pending("ESC", dialling=False, require_response=False)
        self._begin(pending)
        try:
            log.debug("%s → ESC (no answer: perhaps left at a prompt)", self.name)
            self._write(ESC + b"\r")  # the CR ends the line for a modem that was not at a prompt after all
            pending.done.wait(timeout)
        finally:
            self._end()

    def _begin(self, pending: _Pending) -> None:
        if self._lost_reason is not None:
            raise PortLost(self._lost_reason)
        if self._port is None or self._stop.is_set():
            raise ChannelClosed(f"{self.name}: channel is not open")
        with self._state_lock:
            self._pending = pending

    def _end(self) -> None:
        with self._state_lock:
            self._pending = None

    def _wait(self, pending: _Pending, timeout: float) -> Response:
        if not pending.done.wait(timeout):
            self._out_of_step = True
            raise CommandTimeout(f"{self.name}: no final result for {pending.command.split('=')[0]} in {timeout:g} s")
        return pending.response()

    def _cancel_prompt(self, pending: _Pending, grace: float) -> None:
        with self._state_lock:
            pending.awaiting_prompt = False
        log.warning("%s: no prompt for %s; cancelling with ESC", self.name, pending.command)
        self._write(ESC)
        # The modem usually answers the ESC with a final; without one, realign before the next command.
        self._out_of_step = not pending.done.wait(grace)

    def _resynchronise(self, timeout: float) -> None:
        """After a timeout, realign replies with commands using one that must carry a response line."""
        self._escape(min(timeout, ESCAPE_GRACE))
        pending = _Pending("AT+CSQ", dialling=False, require_response=True)
        self._begin(pending)
        try:
            log.debug("%s → AT+CSQ (resynchronising)", self.name)
            self._write(b"AT+CSQ\r")
            self._wait(pending, timeout)
            self._out_of_step = False
        finally:
            self._end()

    def _write(self, data: bytes) -> None:
        with self._port_lock:
            port = self._port
            if self._lost_reason is not None:
                raise PortLost(self._lost_reason)
            if port is None:
                raise ChannelClosed(f"{self.name}: channel is not open")
            try:
                port.write(data)
                failure = None
            except (serial.SerialException, OSError, TypeError, ValueError) as exc:
                failure = exc
        if failure is not None:
            self._lose(f"{self.name}: write failed: {failure}")
            raise PortLost(self._lost_reason or str(failure)) from failure

    @property
    def bytes_heard(self) -> int:
        """Bytes the reader has read and handed on: replies matched to their command, URCs to subscribers."""
        with self._heard_changed:
            return self._heard

    def wait_heard(self, count: int, timeout: float) -> bool:
        """Block until the reader has handed on ``count`` bytes (a simulator's driver waits for the port to be read)."""
        with self._heard_changed:
            return self._heard_changed.wait_for(lambda: self._heard >= count, timeout)

    # -- the reader thread ------------------------------------------------------------------

    def _read_loop(self) -> None:
        splitter = LineSplitter(self._max_line)
        port = self._port
        assert port is not None
        while not self._stop.is_set():
            try:
                data = port.read(min(max(port.in_waiting, 1), READ_CHUNK))
                if data and (more := port.in_waiting):  # the rest of a reply that began with that byte
                    data += port.read(min(more, READ_CHUNK))
            except (serial.SerialException, OSError, TypeError, ValueError) as exc:
                if not self._stop.is_set():
                    self._lose(f"{self.name}: port lost: {exc}")
                return
            if not data:
                continue
            with self._state_lock:
                pending = self._pending
                prompt_expected = pending is not None and pending.awaiting_prompt
            for token in splitter.feed(data, prompt_expected=prompt_expected):
                self._handle(token, pending)
            with self._heard_changed:
                self._heard += len(data)
                self._heard_changed.notify_all()

    def _handle(self, token: str | Prompt, pending: _Pending | None) -> None:
        if isinstance(token, Prompt):
            if pending is not None and pending.awaiting_prompt:
                pending.awaiting_prompt = False
                pending.prompted.set()
            return
        if self._continuation is not None:
            header, self._continuation = self._continuation, None
            if is_pdu_line(token):
                self._dispatch(Urc(header.urc or "", header.text, pdu=token))
                return
            self._dispatch(Urc(header.urc or "", header.text))
        if pending is not None and pending.body is not None and token == pending.body:
            return  # the modem echoing the PDU we wrote
        line = classify(
            token,
            command=pending.command if pending is not None else None,
            dialling=pending.dialling if pending is not None else False,
        )
        if line.kind is LineKind.URC:
            if line.has_pdu:
                self._continuation = line
            else:
                self._dispatch(Urc(line.urc or "", line.text))
        elif line.kind is LineKind.FINAL:
            self._take_final(line, pending)
        elif line.kind is LineKind.RESPONSE:
            if pending is None or pending.done.is_set():
                log.debug("%s: stray line %s", self.name, _loggable_line(line.text))
            else:
                pending.lines.append(line.text)

    def _take_final(self, line: Line, pending: _Pending | None) -> None:
        if pending is None or pending.done.is_set():
            log.debug("%s: stray final %s", self.name, line.text)
            return
        if pending.require_response and not pending.lines and line.final is Final.OK:
            log.debug("%s: OK before any response line: taken as stale", self.name)
            return
        log.debug("%s ← %s (%d lines)", self.name, line.text, len(pending.lines))
        pending.finish(final=line)

    def _dispatch(self, urc: Urc) -> None:
        log.debug("%s ← URC %s", self.name, urc.name)
        for listener in list(self._urc_listeners):
            try:
                listener(urc)
            except Exception:  # a subscriber's bug must not kill the reader
                log.exception("%s: URC subscriber failed on %s", self.name, urc.name)

    def _lose(self, reason: str) -> None:
        with self._state_lock:
            if self._lost_reason is not None:
                return
            self._lost_reason = reason
        log.warning("%s", reason)
        self._fail_pending(PortLost(reason))
        self._close_port()
        for listener in list(self._lost_listeners):
            try:
                listener(reason)
            except Exception:
                log.exception("%s: port-lost subscriber failed", self.name)

    def _fail_pending(self, error: Exception) -> None:
        with self._state_lock:
            pending = self._pending
        if pending is not None and not pending.done.is_set():
            pending.finish(error=error)

    def _close_port(self) -> None:
        with self._port_lock:
            port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):  # pragma: no cover - closing a dead port
                pass


def _loggable_command(command: str, secret: bool) -> str:
    if secret:
        return command.split("=")[0] + "=<redacted>"
    return command


def _loggable_line(text: str) -> str:
    """Lines as the log may hold them: PDUs (message bodies) reduced to their length."""
    cleaned = clean(text)
    return f"<pdu {len(cleaned)} hex digits>" if is_pdu_line(cleaned) else cleaned[:120]
