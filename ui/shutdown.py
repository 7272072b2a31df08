"""Ctrl+C and SIGTERM close the window the way its Quit does: layout saved, engines stopped, no traceback.

Python runs a signal handler only when the interpreter gets control, and
Qt's event loop waits in C++; so the signal also writes a byte to a socket
(``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches, which wakes the
loop, lets the handler run, and then closes the window.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGINT, signal.SIGTERM)


def close_on_signals(window: QWidget, close: Callable[[int], None],
                     signals: Sequence[signal.Signals] = SIGNALS) -> Callable[[], None]:
    """Call ``close(signum)`` on the GUI thread when one of ``signals`` arrives; returns what undoes it."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    received: list[int] = []
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.signal(number, lambda signum, _frame: received.append(signum)) for number in signals}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def on_readable() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            pass
        while received:  # the Python handler has run by now: the interpreter had control to call us
            signum = received.pop(0)
            log.info("signal %d: closing the window", signum)
            close(signum)

    notifier.activated.connect(on_readable)

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()

    return restore
