"""The escalation lifecycle as a pure state machine.

``waiting → due → instructed → confirmed → closed``, with the side paths
``redirected``, ``alarm``, ``escalated`` and ``cancelled`` (DESIGN.md). Every
applied command returns a new case and exactly one :class:`Event` for the
append-only timeline; a command the state does not allow raises and changes
nothing. Only :data:`ALLOWED_ACTIONS` are possible, and the window offers only
:func:`operator_actions`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from types import MappingProxyType
from typing import Protocol, TypeVar

from console.clock import ensure_utc
from console.domain import BusinessHours, EscalationState, Thresholds
from console.lifecycle_case import (
    SYSTEM_ACTOR,
    CommandProblem,
    DeadlineNotReached,
    DetailValue,
    DuplicateOpenCase,
    EscalationCase,
    Event,
    EventOutOfOrder,
    InvalidCommand,
    LifecycleError,
    ReinstructionLimitReached,
    Transition,
    TransitionNotAllowed,
)
from console.lifecycle_commands import (
    Action,
    AddNote,
    BecomeDue,
    Cancel,
    Close,
    Command,
    Confirm,
    ConfirmationMethod,
    Escalate,
    Instruct,
    Join,
    Log,
    RaiseAlarm,
    RecordAttempt,
    Redirect,
    Reinstruct,
    Reopen,
)
from console.lifecycle_deadlines import (
    Countdown,
    Deadline,
    DeadlineKind,
    can_reinstruct,
    confirm_by,
    countdown,
    due_at,
    due_transitions,
    escalate_by,
    escalation_required,
    next_deadline,
)

__all__ = [
    "ALLOWED_ACTIONS",
    "SYSTEM_ACTOR",
    "TIME_DRIVEN_ACTIONS",
    "Action",
    "CommandProblem",
    "ConfirmationMethod",
    "Countdown",
    "Deadline",
    "DeadlineKind",
    "DeadlineNotReached",
    "DuplicateOpenCase",
    "EscalationCase",
    "Event",
    "EventOutOfOrder",
    "InvalidCommand",
    "LifecycleError",
    "ReinstructionLimitReached",
    "Transition",
    "TransitionNotAllowed",
    "allowed_actions",
    "apply",
    "can_reinstruct",
    "confirm_by",
    "countdown",
    "due_at",
    "due_transitions",
    "escalate_by",
    "escalation_required",
    "find_open_case",
    "next_deadline",
    "open_case",
    "operator_actions",
]

log = logging.getLogger(__name__)

S = EscalationState
A = Action

_KEEP_RECORD = frozenset({A.JOIN, A.ADD_NOTE, A.RECORD_ATTEMPT})
"""Actions that add to the record of an open case without moving it."""

ALLOWED_ACTIONS: Mapping[EscalationState, frozenset[Action]] = MappingProxyType(
    {
        # INSTRUCT while waiting only outside office hours (the center chose not to wait for the opening).
        S.WAITING: frozenset({A.BECOME_DUE, A.INSTRUCT, A.REDIRECT, A.CONFIRM, A.CANCEL}) | _KEEP_RECORD,
        S.DUE: frozenset({A.INSTRUCT, A.REDIRECT, A.CONFIRM, A.CANCEL}) | _KEEP_RECORD,
        S.INSTRUCTED: frozenset({A.CONFIRM, A.RAISE_ALARM, A.ESCALATE, A.REDIRECT, A.CANCEL}) | _KEEP_RECORD,
        S.ALARM: frozenset({A.REINSTRUCT, A.ESCALATE, A.CONFIRM, A.REDIRECT, A.CANCEL}) | _KEEP_RECORD,
        S.ESCALATED: frozenset({A.CONFIRM, A.REDIRECT, A.CANCEL}) | _KEEP_RECORD,
        S.CONFIRMED: frozenset({A.CLOSE, A.REOPEN}) | _KEEP_RECORD,
        S.REDIRECTED: frozenset({A.CLOSE, A.CANCEL, A.REOPEN}) | _KEEP_RECORD,
        # A closed case takes a late note (the officer's explanation) and can be reopened; nothing else.
        S.CLOSED: frozenset({A.REOPEN, A.ADD_NOTE}),
        S.CANCELLED: frozenset({A.REOPEN, A.ADD_NOTE}),
    }
)

TIME_DRIVEN_ACTIONS = frozenset({A.BECOME_DUE, A.RAISE_ALARM})
"""Applied by the desk when :func:`due_transitions` says so, never offered as buttons."""


def allowed_actions(state: EscalationState) -> frozenset[Action]:
    return ALLOWED_ACTIONS[state]


def operator_actions(state: EscalationState) -> frozenset[Action]:
    """The buttons the window offers in ``state``."""
    return ALLOWED_ACTIONS[state] - TIME_DRIVEN_ACTIONS


class PairedCase(Protocol):
    @property
    def representative_id(self) -> int: ...

    @property
    def officer_id(self) -> int: ...

    @property
    def state(self) -> EscalationState: ...


C = TypeVar("C", bound=PairedCase)


def find_open_case(cases: Iterable[C], representative_id: int, officer_id: int) -> C | None:
    """The one open case of the pair, which a new complaint must join; raise if the rule is broken."""
    found = [
        case
        for case in cases
        if case.representative_id == representative_id and case.officer_id == officer_id and case.state.is_open
    ]
    if len(found) > 1:
        raise DuplicateOpenCase(representative_id, officer_id, len(found))
    return found[0] if found else None


def open_case(
    command: Log, *, actor: str, at: datetime, calendar: BusinessHours, thresholds: Thresholds
) -> Transition:
    """Log a complaint: the case starts ``waiting``, or ``due`` when the wait is already over."""
    at = ensure_utc(at)
    called_at = _aware(command.representative_called_at, A.LOG, "representative_called_at")
    if called_at > at:
        raise InvalidCommand(A.LOG, "representative_called_at", CommandProblem.IN_FUTURE)
    case = EscalationCase(
        representative_id=command.representative_id,
        officer_id=command.officer_id,
        state=S.WAITING,
        representative_called_at=called_at,
        logged_at=at,
        last_event_at=at,
        channel=command.channel,
    )
    becomes_due = due_at(case, calendar, thresholds)
    state = S.DUE if at >= becomes_due else S.WAITING
    case = replace(case, state=state)
    details: dict[str, DetailValue] = {
        "representative_id": command.representative_id,
        "officer_id": command.officer_id,
        "representative_called_at": called_at.isoformat(),
        "channel": command.channel.value,
        "due_at": becomes_due.isoformat(),
        "note": command.note.strip(),
    }
    if command.redirected_from:
        details["redirected_from"] = command.redirected_from
    log.debug("case logged for officer %s in state %s", command.officer_id, state.value)
    return Transition(case, Event(actor, at, A.LOG, None, state, MappingProxyType(details)))


def apply(
    case: EscalationCase,
    command: Command,
    *,
    actor: str,
    at: datetime,
    calendar: BusinessHours,
    thresholds: Thresholds,
) -> Transition:
    """Apply ``command`` at ``at``; refuse what the state, the time or the command forbid."""
    at = ensure_utc(at)
    action = command.action
    if action not in ALLOWED_ACTIONS[case.state]:
        raise TransitionNotAllowed(case.state, action)
    if at < case.last_event_at:
        raise EventOutOfOrder(case.last_event_at, at)
    changed, details = _change(case, command, at, calendar, thresholds)
    changed = replace(changed, last_event_at=at)
    event = Event(actor, at, action, case.state, changed.state, MappingProxyType(details))
    log.debug("case of officer %s: %s %s → %s", case.officer_id, action.value, case.state.value, changed.state.value)
    return Transition(changed, event)


def _change(
    case: EscalationCase, command: Command, at: datetime, calendar: BusinessHours, thresholds: Thresholds
) -> tuple[EscalationCase, dict[str, DetailValue]]:
    if isinstance(command, Log):
        raise TransitionNotAllowed(case.state, command.action)  # unreachable: LOG is never allowed
    if isinstance(command, BecomeDue):
        deadline = due_at(case, calendar, thresholds)
        if at < deadline:
            raise DeadlineNotReached(command.action, deadline, at)
        return replace(case, state=S.DUE), {"due_at": deadline.isoformat()}
    if isinstance(command, (Instruct, Reinstruct)):
        return _instruct(case, command, at, calendar, thresholds)
    if isinstance(command, Redirect):
        if command.alternate_officer_id == case.officer_id:
            raise InvalidCommand(command.action, "alternate_officer_id", CommandProblem.SAME_OFFICER)
        until = None if command.until is None else _aware(command.until, command.action, "until")
        return replace(case, state=S.REDIRECTED, redirected_to_officer_id=command.alternate_officer_id), {
            "alternate_officer_id": command.alternate_officer_id,
            "status": command.status.value,
            "until": None if until is None else until.isoformat(),
        }
    if isinstance(command, Confirm):
        return _confirm(case, command, at)
    if isinstance(command, RaiseAlarm):
        window_end = confirm_by(case, calendar, thresholds)
        assert window_end is not None, "RAISE_ALARM is allowed only once instructed"
        if at < window_end:
            raise DeadlineNotReached(command.action, window_end, at)
        left = max(0, thresholds.max_reinstructions - case.reinstruction_count)
        return replace(case, state=S.ALARM, alarm_at=at), {
            "confirm_by": window_end.isoformat(),
            "reinstructions_left": left,
        }
    if isinstance(command, Escalate):
        return replace(case, state=S.ESCALATED, escalated_at=at), {
            "superior_officer_id": command.superior_officer_id,
            "required": escalation_required(case, at, calendar, thresholds),
        }
    if isinstance(command, Close):
        return replace(case, state=S.CLOSED, closed_at=at), {"note": command.note.strip()}
    if isinstance(command, Cancel):
        reason = _required(command.reason, command.action, "reason")
        return replace(case, state=S.CANCELLED, closed_at=at, cancel_reason=reason), {"reason": reason}
    if isinstance(command, Reopen):
        return _reopen(case, command, at, calendar, thresholds)
    if isinstance(command, Join):
        called_at = _aware(command.representative_called_at, command.action, "representative_called_at")
        if called_at > at:
            raise InvalidCommand(command.action, "representative_called_at", CommandProblem.IN_FUTURE)
        joined = replace(case, complaint_count=case.complaint_count + 1)
        details: dict[str, DetailValue] = {
            "representative_called_at": called_at.isoformat(),
            "channel": command.channel.value,
            "note": command.note.strip(),
            "complaint_count": joined.complaint_count,
        }
        if command.redirected_from:
            details["redirected_from"] = command.redirected_from
        return joined, details
    if isinstance(command, AddNote):
        return case, {"text": _required(command.text, command.action, "text")}
    return _record_attempt(case, command, at)


def _instruct(
    case: EscalationCase,
    command: Instruct | Reinstruct,
    at: datetime,
    calendar: BusinessHours,
    thresholds: Thresholds,
) -> tuple[EscalationCase, dict[str, DetailValue]]:
    if not command.channels:
        raise InvalidCommand(command.action, "channels", CommandProblem.NO_CHANNEL)
    outside_hours = not calendar.is_open(at)
    if case.state is S.WAITING and not outside_hours:  # in office hours the officer's ten minutes run first
        becomes_due = due_at(case, calendar, thresholds)
        if at < becomes_due:
            raise DeadlineNotReached(command.action, becomes_due, at)
    if isinstance(command, Reinstruct):
        if case.reinstruction_count >= thresholds.max_reinstructions:
            raise ReinstructionLimitReached(case.reinstruction_count, thresholds.max_reinstructions)
        changed = replace(case, reinstruction_count=case.reinstruction_count + 1)
    else:
        first_outside = case.first_instructed_at is None and outside_hours
        changed = replace(case, round_instructed_at=at, reinstruction_count=0,
                          instructed_outside_hours=case.instructed_outside_hours or first_outside)
    changed = replace(
        changed,
        state=S.INSTRUCTED,
        first_instructed_at=case.first_instructed_at or at,
        last_instructed_at=at,
        instruction_count=case.instruction_count + 1,
        alarm_at=None,
    )
    deadline = confirm_by(changed, calendar, thresholds)
    assert deadline is not None
    return changed, {
        "channels": ",".join(sorted(kind.value for kind in command.channels)),
        "confirm_by": deadline.isoformat(),
        "instruction_count": changed.instruction_count,
        "reinstruction_count": changed.reinstruction_count,
        "outside_hours": outside_hours,
    }


def _confirm(case: EscalationCase, command: Confirm, at: datetime) -> tuple[EscalationCase, dict[str, DetailValue]]:
    callback_at = at if command.callback_at is None else _aware(command.callback_at, command.action, "callback_at")
    if callback_at > at:
        raise InvalidCommand(command.action, "callback_at", CommandProblem.IN_FUTURE)
    if callback_at < case.representative_called_at:
        raise InvalidCommand(command.action, "callback_at", CommandProblem.BEFORE_REPRESENTATIVE_CALL)
    changed = replace(
        case, state=S.CONFIRMED, confirmed_at=at, callback_at=callback_at, confirmation_method=command.method
    )
    details: dict[str, DetailValue] = {
        "method": command.method.value,
        "evidence": command.evidence.strip(),
        "callback_at": callback_at.isoformat(),
    }
    if command.party is not None:
        details["party"] = command.party.value
    if command.number:
        details["number"] = command.number
    return changed, details


def _reopen(
    case: EscalationCase, command: Reopen, at: datetime, calendar: BusinessHours, thresholds: Thresholds
) -> tuple[EscalationCase, dict[str, DetailValue]]:
    """Back to work: ``due`` (the center must act again), or ``waiting`` if never instructed and still early."""
    reason = _required(command.reason, command.action, "reason")
    early = case.first_instructed_at is None and at < due_at(case, calendar, thresholds)
    changed = replace(
        case,
        state=S.WAITING if early else S.DUE,
        reopen_count=case.reopen_count + 1,
        alarm_at=None,
        confirmed_at=None,
        callback_at=None,
        confirmation_method=None,
        redirected_to_officer_id=None,
        closed_at=None,
        cancel_reason="",
    )
    return changed, {"reason": reason, "reopen_count": changed.reopen_count}


def _record_attempt(
    case: EscalationCase, command: RecordAttempt, at: datetime
) -> tuple[EscalationCase, dict[str, DetailValue]]:
    attempted_at = _aware(command.attempted_at, command.action, "attempted_at")
    if attempted_at > at:
        raise InvalidCommand(command.action, "attempted_at", CommandProblem.IN_FUTURE)
    return case, {
        "party": command.party.value,
        "kind": command.kind.value,
        "route": command.route.value,
        "outcome": command.outcome.value,
        "attempted_at": attempted_at.isoformat(),
        "number": command.number,
        "note": command.note.strip(),
    }


def _aware(value: datetime, action: Action, field_name: str) -> datetime:
    try:
        return ensure_utc(value)
    except ValueError:
        raise InvalidCommand(action, field_name, CommandProblem.NAIVE_TIME) from None


def _required(text: str, action: Action, field_name: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise InvalidCommand(action, field_name, CommandProblem.REQUIRED)
    return stripped
