"""The escalation case as an immutable value, its timeline events and its errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from types import MappingProxyType

from console.domain import ContactChannel, EscalationState
from console.lifecycle_commands import Action, ConfirmationMethod

DetailValue = str | int | float | bool | None
"""Event details stay JSON-ready: instants are ISO 8601 strings in UTC."""

SYSTEM_ACTOR = "system"
"""The actor of time-driven events (becoming due, the alarm, a required escalation)."""


@dataclass(frozen=True)
class EscalationCase:
    """One complaint of a representative about one officer, as the lifecycle sees it.

    Deadlines are not stored: they follow from these instants, the calendar and the
    thresholds, so a holiday declared today pauses every running countdown.
    """

    representative_id: int
    officer_id: int
    state: EscalationState
    representative_called_at: datetime
    logged_at: datetime
    last_event_at: datetime
    channel: ContactChannel = ContactChannel.PHONE
    complaint_count: int = 1
    first_instructed_at: datetime | None = None  # the first instruction ever (response metrics)
    round_instructed_at: datetime | None = None  # the instruction that started this round (escalation)
    last_instructed_at: datetime | None = None  # the latest instruction or re-instruction (confirmation)
    instruction_count: int = 0
    reinstruction_count: int = 0  # in this round
    alarm_at: datetime | None = None
    escalated_at: datetime | None = None
    confirmed_at: datetime | None = None
    callback_at: datetime | None = None
    confirmation_method: ConfirmationMethod | None = None
    redirected_to_officer_id: int | None = None
    closed_at: datetime | None = None  # closed or cancelled
    cancel_reason: str = ""
    reopen_count: int = 0
    instructed_outside_hours: bool = False  # first instructed while the office was closed: not held against the officer


@dataclass(frozen=True)
class Event:
    """One entry of the append-only timeline: who did what, when, and with what evidence."""

    actor: str
    at: datetime
    action: Action
    from_state: EscalationState | None  # None for the event that logs the case
    to_state: EscalationState
    details: Mapping[str, DetailValue] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Transition:
    case: EscalationCase
    event: Event


class CommandProblem(str, Enum):
    REQUIRED = "required"
    NAIVE_TIME = "naive_time"
    IN_FUTURE = "in_future"
    BEFORE_REPRESENTATIVE_CALL = "before_representative_call"
    SAME_OFFICER = "same_officer"
    NO_CHANNEL = "no_channel"


class LifecycleError(Exception):
    """A command the lifecycle refuses; the case is left as it was."""


class TransitionNotAllowed(LifecycleError):
    def __init__(self, state: EscalationState, action: Action) -> None:
        super().__init__(f"{action.value} is not allowed in state {state.value}")
        self.state = state
        self.action = action


class DeadlineNotReached(LifecycleError):
    def __init__(self, action: Action, deadline: datetime, at: datetime) -> None:
        super().__init__(f"{action.value} is due at {deadline.isoformat()}, not yet at {at.isoformat()}")
        self.action = action
        self.deadline = deadline
        self.at = at


class ReinstructionLimitReached(LifecycleError):
    def __init__(self, made: int, allowed: int) -> None:
        super().__init__(f"{made} re-instructions made, {allowed} allowed: escalate instead")
        self.made = made
        self.allowed = allowed


class EventOutOfOrder(LifecycleError):
    def __init__(self, last_event_at: datetime, at: datetime) -> None:
        super().__init__(f"an event at {at.isoformat()} would come before the last one at {last_event_at.isoformat()}")
        self.last_event_at = last_event_at
        self.at = at


class InvalidCommand(LifecycleError):
    def __init__(self, action: Action, field_name: str, problem: CommandProblem) -> None:
        super().__init__(f"{action.value}: {field_name} is {problem.value}")
        self.action = action
        self.field_name = field_name
        self.problem = problem


class DuplicateOpenCase(LifecycleError):
    def __init__(self, representative_id: int, officer_id: int, count: int) -> None:
        super().__init__(
            f"{count} open cases for representative {representative_id} and officer {officer_id}; one is allowed"
        )
        self.representative_id = representative_id
        self.officer_id = officer_id
        self.count = count
