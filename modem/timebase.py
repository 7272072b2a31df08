"""Time sources the modem layer is handed, so tests drive time and nothing reads the wall clock in logic.

``modem/`` may not import the console, so the clock protocol is restated here; the console's
``Clock`` implementations satisfy it as they are.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Protocol

INDIA = timezone(timedelta(hours=5, minutes=30), "IST")  # no daylight saving in India

Monotonic = Callable[[], float]


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant as an aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


def system_monotonic() -> float:
    return time.monotonic()
