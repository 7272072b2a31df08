"""The escalation ladder: what time alone does to a case, one rung at a time.

The lifecycle says which time-driven actions are due (:func:`due_transitions`);
the ladder adds the district's policy on top: after the alarm the officer is
re-instructed (call and SMS again) up to ``max_reinstructions`` times, then the
superior is told by SMS and call. The scheduler asks :func:`next_step`, applies
it, and asks again until nothing is due, so one tick can carry a case that slept
through a closed weekend up every rung it has earned, each an event of its own.
All times are on the business calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.clock import ensure_utc
from console.domain import BusinessHours, EscalationState, OutboxKind, Thresholds
from console.lifecycle import (
    Action,
    EscalationCase,
    can_reinstruct,
    due_transitions,
    escalation_required,
    next_deadline,
)
from console.lifecycle_commands import BOTH_CHANNELS, BecomeDue, Escalate, RaiseAlarm, Reinstruct

LadderCommand = BecomeDue | RaiseAlarm | Reinstruct | Escalate


@dataclass(frozen=True)
class LadderPolicy:
    thresholds: Thresholds
    auto_reinstruct: bool = True  # the scheduler re-instructs after an alarm; else an operator does
    reinstruct_after_minutes: float = 0.0  # business minutes the alarm rings before the automatic re-instruction
    reinstruction_channels: frozenset[OutboxKind] = BOTH_CHANNELS
    escalation_channels: frozenset[OutboxKind] = BOTH_CHANNELS


def reinstruct_at(case: EscalationCase, calendar: BusinessHours, policy: LadderPolicy) -> datetime | None:
    """When the scheduler re-instructs an alarmed case; None when it will not (limit reached, or manual)."""
    if not policy.auto_reinstruct or not can_reinstruct(case, policy.thresholds) or case.alarm_at is None:
        return None
    return ensure_utc(calendar.add_business_minutes(case.alarm_at, policy.reinstruct_after_minutes))


def next_step(
    case: EscalationCase,
    now: datetime,
    calendar: BusinessHours,
    policy: LadderPolicy,
    *,
    superior_id: int | None,
) -> LadderCommand | None:
    """The one command time makes due now, or None; apply it and ask again."""
    thresholds = policy.thresholds
    due = due_transitions(case, now, calendar, thresholds)
    if Action.BECOME_DUE in due:
        return BecomeDue()
    if Action.RAISE_ALARM in due:
        return RaiseAlarm()
    if Action.ESCALATE in due or escalation_required(case, now, calendar, thresholds):
        return Escalate(superior_officer_id=superior_id)
    if case.state is EscalationState.ALARM:
        when = reinstruct_at(case, calendar, policy)
        if when is not None and ensure_utc(now) >= when:
            return Reinstruct(channels=policy.reinstruction_channels)
    return None


def next_wake(case: EscalationCase, calendar: BusinessHours, policy: LadderPolicy) -> datetime | None:
    """The next instant the ladder may move this case by itself; None when only people can."""
    if case.state not in (EscalationState.WAITING, EscalationState.INSTRUCTED, EscalationState.ALARM):
        return None
    deadline = next_deadline(case, calendar, policy.thresholds)
    candidates = [] if deadline is None else [deadline.at]
    if case.state is EscalationState.ALARM:
        when = reinstruct_at(case, calendar, policy)
        if when is not None:
            candidates.append(when)
    return min(candidates) if candidates else None
