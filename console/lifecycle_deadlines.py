"""Deadlines of an escalation on the business calendar, and what time has made due.

Every deadline is recomputed from the case's instants, the calendar and the
thresholds, so a countdown is always ``deadline − now`` on the calendar and never
a counter; the desk asks :func:`due_transitions` and applies what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.clock import ensure_utc
from console.domain import BusinessHours, EscalationState, Thresholds
from console.lifecycle_case import EscalationCase
from console.lifecycle_commands import Action


class DeadlineKind(str, Enum):
    """Which clock a case is running against (the queue shows all but INSTRUCTION, which is "act now")."""

    BECOME_DUE = "become_due"  # waiting: the center may act from then
    INSTRUCTION = "instruction"  # due: the center owes the instruction since then
    CONFIRMATION = "confirmation"  # instructed: the callback must be confirmed by then
    REINSTRUCT = "reinstruct"  # the ladder's, after an alarm: re-instruct before escalation (never from next_deadline)
    ESCALATION = "escalation"  # the superior must be told by then

    @property
    def lapse_rings_alarm(self) -> bool:
        """A lapsed BECOME_DUE deadline only makes the case due; the others are the alarm bell."""
        return self is not DeadlineKind.BECOME_DUE


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    at: datetime

    def lapsed(self, now: datetime) -> bool:
        return ensure_utc(now) >= self.at


@dataclass(frozen=True)
class Countdown:
    """What the queue shows: business minutes left (negative once lapsed) and any pause."""

    business_minutes_left: float
    open_now: bool
    resumes_at: datetime | None  # the next opening when the office is closed now


def due_at(case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds) -> datetime:
    return ensure_utc(calendar.add_business_minutes(case.representative_called_at, thresholds.act_after_minutes))


def confirm_by(case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds) -> datetime | None:
    if case.last_instructed_at is None:
        return None
    return ensure_utc(calendar.add_business_minutes(case.last_instructed_at, thresholds.confirm_within_minutes))


def escalate_by(case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds) -> datetime | None:
    if case.round_instructed_at is None:
        return None
    return ensure_utc(calendar.add_business_minutes(case.round_instructed_at, thresholds.escalate_after_minutes))


def reinstructions_exhausted(case: EscalationCase, thresholds: Thresholds) -> bool:
    return case.reinstruction_count >= thresholds.max_reinstructions


def can_reinstruct(case: EscalationCase, thresholds: Thresholds) -> bool:
    return case.state is EscalationState.ALARM and not reinstructions_exhausted(case, thresholds)


def next_deadline(case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds) -> Deadline | None:
    """The next instant time changes what the case needs; None when only people can move it."""
    state = case.state
    if state is EscalationState.WAITING:
        return Deadline(DeadlineKind.BECOME_DUE, due_at(case, calendar, thresholds))
    if state is EscalationState.DUE:
        return Deadline(DeadlineKind.INSTRUCTION, due_at(case, calendar, thresholds))
    if state is EscalationState.INSTRUCTED:
        confirmation = confirm_by(case, calendar, thresholds)
        escalation = escalate_by(case, calendar, thresholds)
        assert confirmation is not None and escalation is not None, "an instructed case has instructions"
        if escalation < confirmation:
            return Deadline(DeadlineKind.ESCALATION, escalation)
        return Deadline(DeadlineKind.CONFIRMATION, confirmation)
    if state is EscalationState.ALARM:
        if reinstructions_exhausted(case, thresholds):
            return Deadline(DeadlineKind.ESCALATION, case.alarm_at or case.last_event_at)
        escalation = escalate_by(case, calendar, thresholds)
        assert escalation is not None, "an alarmed case has instructions"
        return Deadline(DeadlineKind.ESCALATION, escalation)
    return None


def escalation_required(
    case: EscalationCase, now: datetime, calendar: BusinessHours, thresholds: Thresholds
) -> bool:
    """The superior must be told: re-instructions used up, or the round ran too long."""
    if case.state not in (EscalationState.INSTRUCTED, EscalationState.ALARM):
        return False
    if case.state is EscalationState.ALARM and reinstructions_exhausted(case, thresholds):
        return True
    escalation = escalate_by(case, calendar, thresholds)
    return escalation is not None and ensure_utc(now) >= escalation


def due_transitions(
    case: EscalationCase, now: datetime, calendar: BusinessHours, thresholds: Thresholds
) -> list[Action]:
    """The time-driven actions now due, in the order to apply them."""
    now = ensure_utc(now)
    if case.state is EscalationState.WAITING:
        return [Action.BECOME_DUE] if now >= due_at(case, calendar, thresholds) else []
    if case.state is EscalationState.INSTRUCTED:
        confirmation = confirm_by(case, calendar, thresholds)
        assert confirmation is not None, "an instructed case has instructions"
        if now < confirmation:
            return [Action.ESCALATE] if escalation_required(case, now, calendar, thresholds) else []
        escalation = escalate_by(case, calendar, thresholds)
        late = reinstructions_exhausted(case, thresholds) or (escalation is not None and now >= escalation)
        return [Action.RAISE_ALARM, Action.ESCALATE] if late else [Action.RAISE_ALARM]
    if case.state is EscalationState.ALARM:
        return [Action.ESCALATE] if escalation_required(case, now, calendar, thresholds) else []
    return []


def countdown(deadline: Deadline, now: datetime, calendar: BusinessHours) -> Countdown:
    now = ensure_utc(now)
    if now < deadline.at:
        left = calendar.business_minutes_between(now, deadline.at)
    else:
        left = -calendar.business_minutes_between(deadline.at, now)
    open_now = calendar.is_open(now)
    resumes_at = None if open_now else ensure_utc(calendar.next_opening(now))
    return Countdown(left, open_now, resumes_at)
