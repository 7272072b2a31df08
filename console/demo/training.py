"""Where the demo's training clock starts: inside the office hours of a working day.

The rule the center works by holds only on working days in office hours, so a
demo opened on a Sunday night on the real clock could instruct nothing. The
training clock starts now when the office is open with time left for a session,
else an hour after the next opening; never before what the demo database has
already recorded, so a case's timeline never runs backwards between sessions.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from console.clock import ensure_utc
from console.domain import BusinessHours

SESSION_MINUTES = 120.0  # business minutes left today from the start, at least
SAME_DAY = timedelta(hours=8)  # two business hours within this: no night in between
INTO_THE_DAY = timedelta(hours=1)  # after the opening: the morning's first complaints have come in
AFTER_THE_RECORD = timedelta(minutes=1)


def training_start(calendar: BusinessHours, now: datetime, recorded_until: datetime | None = None) -> datetime:
    base = ensure_utc(now)
    if recorded_until is not None and ensure_utc(recorded_until) >= base:
        base = ensure_utc(recorded_until) + AFTER_THE_RECORD
    if calendar.is_open(base):
        session_end = ensure_utc(calendar.add_business_minutes(base, SESSION_MINUTES))
        if session_end - base < SAME_DAY:
            return base
        base = session_end - timedelta(minutes=SESSION_MINUTES)  # too close to closing: the next working day
    return ensure_utc(calendar.next_opening(base)) + INTO_THE_DAY
