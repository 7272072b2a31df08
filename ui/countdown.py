"""Live countdowns for many cases at the cost of one calendar call per tick.

Remaining business minutes of a case is ``B(anchor, deadline) − B(anchor, now)``
where ``B`` counts business minutes on the calendar. The first term is fixed per
case, computed once when the rows arrive; the second is one call per tick. So
the countdown is always ``deadline − now`` on the business calendar, never a
decremented counter, and pauses by itself outside office hours.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime

from console.domain import BusinessHours, EscalationState
from console.views import QueueRow


class CountdownBoard:
    def __init__(self, calendar: BusinessHours) -> None:
        self._calendar = calendar
        self._anchor: datetime | None = None
        self._deadline_minutes: list[float | None] = []
        self._alarm_minutes: list[float] = []  # sorted; deadlines whose lapse rings the alarm
        self._alarm_case_ids: list[int] = []  # in the same order
        self._alarm_state_ids: frozenset[int] = frozenset()
        self.now_minutes = 0.0
        self.now: datetime | None = None
        self.office_open = True
        self.resumes_at: datetime | None = None
        self.lapsed_count = 0
        self._alarming: frozenset[int] = frozenset()

    def use_calendar(self, calendar: BusinessHours) -> None:
        """The district's calendar as the service has it now (a local holiday declared since the last load)."""
        self._calendar = calendar

    def reset(self, rows: Sequence[QueueRow], now: datetime) -> None:
        anchor = now
        self._anchor = anchor
        minutes: list[float | None] = []
        alarms: list[tuple[float, int]] = []
        for row in rows:
            if row.deadline_at is None or row.deadline_kind is None:
                minutes.append(None)
                continue
            if row.deadline_at <= anchor:
                value = -self._calendar.business_minutes_between(row.deadline_at, anchor)
            else:
                value = self._calendar.business_minutes_between(anchor, row.deadline_at)
            minutes.append(value)
            if row.deadline_kind.lapse_rings_alarm:
                alarms.append((value, row.case_id))
        alarms.sort()
        self._deadline_minutes = minutes
        self._alarm_minutes = [value for value, _case in alarms]
        self._alarm_case_ids = [case for _value, case in alarms]
        self._alarm_state_ids = frozenset(r.case_id for r in rows if r.state is EscalationState.ALARM)
        self.lapsed_count = -1
        self.tick(now)

    def tick(self, now: datetime) -> bool:
        """Move to ``now``; True when the set of lapsed alarm deadlines changed."""
        assert self._anchor is not None, "reset() first"
        self.now = now
        self.now_minutes = self._calendar.business_minutes_between(self._anchor, now)
        self.office_open = self._calendar.is_open(now)
        self.resumes_at = None if self.office_open else self._calendar.next_opening(now)
        lapsed = bisect_right(self._alarm_minutes, self.now_minutes)
        changed = lapsed != self.lapsed_count
        if changed:
            self.lapsed_count = lapsed
            self._alarming = self._alarm_state_ids | frozenset(self._alarm_case_ids[:lapsed])
        return changed

    def remaining(self, row: int) -> float | None:
        value = self._deadline_minutes[row]
        return None if value is None else value - self.now_minutes

    def deadline_minutes(self, row: int) -> float | None:
        """Fixed between resets, so sorting on it never needs redoing as time passes."""
        return self._deadline_minutes[row]

    def alarming_case_ids(self) -> frozenset[int]:
        """Cases in the alarm state or past a deadline whose lapse rings the alarm."""
        return self._alarming
