"""The modem end of a pseudo-terminal, driven by a transcript, for the client tests.

The client opens the pty's slave path with ``serial.serial_for_url`` exactly as it would
open ``/dev/ttyUSB0``; the peer holds the master side, checks that the client wrote
EXACTLY the expected bytes, in order, and answers. A mismatch stops the script and is
reported by :meth:`ScriptedPeer.finish`.
"""

from __future__ import annotations

import os
import select
import threading
import tty
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

STEP_TIMEOUT = 5.0  # seconds the peer waits for the client's next bytes


def crlf(*lines: str) -> bytes:
    """Lines framed as modems send them: ``\\r\\n<line>\\r\\n`` each."""
    return b"".join(b"\r\n" + line.encode() + b"\r\n" for line in lines)


@dataclass(frozen=True)
class Expect:
    data: bytes


@dataclass(frozen=True)
class Send:
    data: bytes


@dataclass(frozen=True)
class Call:
    """Run something on the peer thread at this point (set an event, advance a fake clock...)."""

    action: Callable[[], None]


@dataclass(frozen=True)
class WaitFor:
    event: threading.Event
    timeout: float = STEP_TIMEOUT


class Hangup:
    """Close the master side: to the client, the port vanishes."""


Step = Expect | Send | Call | WaitFor | Hangup


def exchange(command: str, *reply_lines: str) -> list[Step]:
    """The client writes ``command\\r``; the peer answers the lines (the last is usually the final)."""
    return [Expect(command.encode() + b"\r"), Send(crlf(*reply_lines))]


def ok(command: str, *info_lines: str) -> list[Step]:
    return exchange(command, *info_lines, "OK")


class ScriptedPeer:
    def __init__(self) -> None:
        self.master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no CR/LF games before pyserial sets the port up
        self.path = os.ttyname(self._slave)
        self._received = bytearray()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.errors: list[str] = []
        self.done = threading.Event()
        self.closed = False

    def play(self, steps: Iterable[Step | Sequence[Step]]) -> ScriptedPeer:
        flat: list[Step] = []
        for step in steps:
            if isinstance(step, (list, tuple)):
                flat.extend(step)
            else:
                flat.append(step)  # type: ignore[arg-type]
        self.done.clear()
        self._thread = threading.Thread(target=self._run, args=(flat,), daemon=True)
        self._thread.start()
        return self

    def finish(self, timeout: float = 10.0) -> None:
        """Wait for the script to end and fail the test on any mismatch."""
        assert self.done.wait(timeout), f"script did not finish; received so far {bytes(self._received)!r}"
        assert not self.errors, self.errors

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def unread(self, timeout: float = 0.0) -> bytes:
        """Bytes the client wrote beyond the script (waiting up to ``timeout`` for more)."""
        self._pull(timeout)
        with self._lock:
            data = bytes(self._received)
            self._received.clear()
        return data

    def hang_up(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.master)
            os.close(self._slave)

    def close(self) -> None:
        if self._thread is not None:
            self._thread.join(timeout=STEP_TIMEOUT)
        self.hang_up()

    # -- the peer thread ---------------------------------------------------------------------

    def _run(self, steps: list[Step]) -> None:
        try:
            for position, step in enumerate(steps):
                if not self._step(position, step):
                    return
        finally:
            self.done.set()

    def _step(self, position: int, step: Step) -> bool:
        if isinstance(step, Expect):
            got = self._take(len(step.data), STEP_TIMEOUT)
            if got != step.data:
                self.errors.append(f"step {position}: expected {step.data!r}, client wrote {got!r}")
                return False
        elif isinstance(step, Send):
            os.write(self.master, step.data)
        elif isinstance(step, Call):
            step.action()
        elif isinstance(step, WaitFor):
            if not step.event.wait(step.timeout):
                self.errors.append(f"step {position}: the test never set the event")
                return False
        elif isinstance(step, Hangup):
            self.hang_up()
        return True

    def _take(self, count: int, timeout: float) -> bytes:
        waited = 0.0
        while True:
            with self._lock:
                if len(self._received) >= count:
                    data = bytes(self._received[:count])
                    del self._received[:count]
                    return data
            if waited >= timeout:
                with self._lock:
                    return bytes(self._received)
            self._pull(0.05)
            waited += 0.05

    def _pull(self, timeout: float) -> None:
        if self.closed:
            return
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                data = os.read(self.master, 4096)
            except OSError:
                return
            with self._lock:
                self._received += data
