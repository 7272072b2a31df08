"""The simulated modem's serial port: a pseudo-terminal behind a stable symlink.

One I/O thread owns the master side: it reads what the client writes, writes what
the modem says, and is the only one to close the descriptors, so a vanish can
never race a read on a recycled descriptor. The symlink plays the part of
``/dev/serial/by-id/...``: it survives the port vanishing and returning as a new
``/dev/pts/N``.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import tty
from collections import deque
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


class PtyPort:
    def __init__(self, link: Path, on_data: Callable[[bytes], None]) -> None:
        self.link = link
        self._on_data = on_data
        self._pending: deque[bytes] = deque()
        self._pending_lock = threading.Lock()
        self._stop = threading.Event()
        self._closed = threading.Event()
        self._closed.set()
        self._thread: threading.Thread | None = None
        self._wake_read = -1
        self._wake_write = -1
        self.pty_path = ""
        self.bytes_received = 0
        self.bytes_sent = 0
        self.bytes_queued = 0  # all the modem has said, whether or not this port's thread has passed it on yet

    @property
    def is_open(self) -> bool:
        return not self._closed.is_set()

    def open(self) -> None:
        if self.is_open:
            return
        master, slave = os.openpty()
        tty.setraw(slave)  # no line discipline: the modem's echo is the only echo
        os.set_blocking(master, False)
        self._wake_read, self._wake_write = os.pipe()
        self.pty_path = os.ttyname(slave)
        temporary = self.link.with_name(self.link.name + ".new")
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(self.pty_path)
        os.replace(temporary, self.link)
        self._stop.clear()
        self._closed.clear()
        with self._pending_lock:
            self._pending.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(master, slave), name="modem-simulator-port", daemon=True
        )
        self._thread.start()
        log.info("simulated modem on %s (stable path %s)", self.pty_path, self.link)

    def write(self, data: bytes) -> None:
        if not data or not self.is_open:
            return
        with self._pending_lock:
            self._pending.append(data)
            self.bytes_queued += len(data)
        self._poke()

    def close(self, timeout: float = 5.0) -> None:
        """Close the master side: the client's next read or write fails with EIO, as when a USB modem is pulled."""
        if not self.is_open:
            return
        self._stop.set()
        self._poke()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._closed.wait(timeout)

    def wait_closed(self, timeout: float) -> bool:
        return self._closed.wait(timeout)

    def _poke(self) -> None:
        with self._pending_lock:  # the descriptor is retired under this lock, so it is never a recycled one
            if self._wake_write >= 0:
                try:
                    os.write(self._wake_write, b"x")
                except OSError:
                    pass

    def _serve(self, master: int, slave: int) -> None:
        wake = self._wake_read
        try:
            while not self._stop.is_set():
                with self._pending_lock:
                    has_output = bool(self._pending)
                writable = [master] if has_output else []
                readable, ready_to_write, _ = select.select([master, wake], writable, [], 0.5)
                if wake in readable:
                    os.read(wake, 4096)
                if master in readable:
                    data = self._read(master)
                    if data:
                        self.bytes_received += len(data)
                        self._on_data(data)
                if master in ready_to_write:
                    self._flush(master)
        except Exception:
            log.exception("simulated port failed")
        finally:
            self.link.unlink(missing_ok=True)
            with self._pending_lock:
                descriptors = (master, slave, self._wake_read, self._wake_write)
                self._wake_read = self._wake_write = -1
                self._pending.clear()
            for descriptor in descriptors:
                try:
                    os.close(descriptor)
                except OSError:
                    pass
            self._closed.set()

    @staticmethod
    def _read(master: int) -> bytes:
        try:
            return os.read(master, 4096)
        except (BlockingIOError, InterruptedError):
            return b""

    def _flush(self, master: int) -> None:
        with self._pending_lock:
            if not self._pending:
                return
            data = self._pending.popleft()
        try:
            written = os.write(master, data)
        except BlockingIOError:
            written = 0
        self.bytes_sent += written
        if written < len(data):
            with self._pending_lock:
                self._pending.appendleft(data[written:])
