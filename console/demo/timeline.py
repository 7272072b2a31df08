"""Past escalations as plain data: who called about whom, and each step of the case in order.

Each event carries the state the case is in after it, so replaying the list
through the lifecycle (``console.lifecycle``) can check the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.domain import ContactChannel, EscalationState
from console.lifecycle_commands import ConfirmationMethod

SYSTEM_ACTOR = "system"  # timers: the case fell due, the confirmation window lapsed
DEMO_OPERATORS = ("operator.sunita", "operator.rakesh", "operator.farhan")
DEMO_SUPERVISOR = "supervisor.meena"


class EventAction(str, Enum):
    LOGGED = "logged"  # the operator recorded the representative's complaint
    BECAME_DUE = "became_due"  # ten business minutes since the representative's call passed
    REDIRECTED = "redirected"  # officer away: representative given the alternate
    INSTRUCTED = "instructed"  # call and SMS to the officer queued
    ALARM_RAISED = "alarm_raised"  # confirmation window lapsed
    REINSTRUCTED = "reinstructed"
    ESCALATED = "escalated"  # the superior was told
    CONFIRMED = "confirmed"  # the callback was confirmed
    CLOSED = "closed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class DemoEvent:
    action: EventAction
    at: datetime  # aware UTC, inside office hours
    actor: str  # an operator's login, DEMO_SUPERVISOR or SYSTEM_ACTOR
    state: EscalationState  # the case's state after this event
    details: tuple[tuple[str, str], ...] = ()  # e.g. ("alternate_code", "HRD-0042"), ("method", "sms_reply")

    def detail(self, key: str) -> str | None:
        return next((value for name, value in self.details if name == key), None)


@dataclass(frozen=True, slots=True)
class DemoEscalation:
    number: int  # 1, 2, 3 ... in the order the cases were logged
    representative_code: str
    officer_code: str
    called_at: datetime  # when the representative called the officer and got no answer
    channel: ContactChannel  # how the representative reached the center
    note: str
    events: tuple[DemoEvent, ...]

    @property
    def state(self) -> EscalationState:
        return self.events[-1].state

    @property
    def logged_at(self) -> datetime:
        return self.events[0].at

    def first(self, action: EventAction) -> DemoEvent | None:
        return next((event for event in self.events if event.action is action), None)
