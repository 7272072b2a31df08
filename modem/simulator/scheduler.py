"""Simulated time for the simulated modem.

Tests drive it with :meth:`Scheduler.advance` and never sleep; the command line
and the demo run it in real time with :class:`RealTimeDriver`. Actions run in
time order, each under the simulator's lock, and may schedule further actions.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

log = logging.getLogger(__name__)

Action = Callable[[], None]


class Scheduler:
    def __init__(self, epoch: datetime, lock: threading.RLock) -> None:
        if epoch.utcoffset() is None:
            raise ValueError("the simulator's epoch must be an aware datetime")
        self._epoch = epoch
        self._lock = lock
        self._now = 0.0
        self._queue: list[tuple[float, int, Action]] = []
        self._order = itertools.count()

    @property
    def seconds(self) -> float:
        """Simulated seconds since the simulator started."""
        return self._now

    def wall(self) -> datetime:
        """Simulated wall-clock time, for SCTS stamps and MISSED_CALL lines."""
        return self._epoch + timedelta(seconds=self._now)

    def call_later(self, delay: float, action: Action) -> None:
        with self._lock:
            heapq.heappush(self._queue, (self._now + max(0.0, delay), next(self._order), action))

    def run_due(self) -> None:
        """Run whatever is due now (delay 0 actions scheduled from a command)."""
        self.advance(0.0)

    def advance(self, seconds: float) -> None:
        """Move simulated time forward, running every action that falls due, in order."""
        with self._lock:
            target = self._now + max(0.0, seconds)
            while self._queue and self._queue[0][0] <= target:
                due, _, action = heapq.heappop(self._queue)
                self._now = max(self._now, due)
                try:
                    action()
                except Exception:  # one broken action must not stop the simulated modem
                    log.exception("simulator action failed")
            self._now = target

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)


class RealTimeDriver:
    """Advances a scheduler along the wall clock, for ``samvad-setu modem simulate`` and the demo."""

    def __init__(self, scheduler: Scheduler, step_seconds: float = 0.05, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError(f"simulated time must move forward: speed {speed} is not positive")
        self._scheduler = scheduler
        self._speed = speed
        self._step = step_seconds
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="modem-simulator-clock", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2)

    def _run(self) -> None:
        last = time.monotonic()
        while not self._stopped.wait(self._step):
            now = time.monotonic()
            self._scheduler.advance((now - last) * self._speed)
            last = now
