"""The per-SIM daily SMS cap: high identical volume from one SIM gets it flagged by the operator.

Counted per calendar day in India (IST), by message part, since each part is one SMS to
the network. The count can be seeded at start-up from the console's records, so a restart
does not reset it.
"""

from __future__ import annotations

import threading
from datetime import date

from modem.timebase import INDIA, Clock

DEFAULT_DAILY_CAP = 100


class DailyQuota:
    def __init__(self, cap: int, clock: Clock, *, sent_today: int = 0) -> None:
        if cap < 0:
            raise ValueError(f"daily cap must not be negative, got {cap}")
        self.cap = cap
        self._clock = clock
        self._lock = threading.Lock()
        self._day = self._today()
        self._sent = sent_today

    def _today(self) -> date:
        return self._clock.now().astimezone(INDIA).date()

    def _roll(self) -> None:
        today = self._today()
        if today != self._day:
            self._day = today
            self._sent = 0

    @property
    def sent_today(self) -> int:
        with self._lock:
            self._roll()
            return self._sent

    def remaining(self) -> int:
        with self._lock:
            self._roll()
            return max(0, self.cap - self._sent)

    def allows(self, parts: int) -> bool:
        return parts <= self.remaining()

    def record(self, parts: int = 1) -> None:
        with self._lock:
            self._roll()
            self._sent += parts
