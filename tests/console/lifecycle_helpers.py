"""Builders shared by the lifecycle tests: a case in any state, a sample command per action."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from console.domain import AvailabilityStatus, BusinessHours, EscalationState, OutboxKind, Thresholds
from console.lifecycle import EscalationCase, Transition, apply, open_case
from console.lifecycle_commands import (
    Action,
    AddNote,
    AttemptOutcome,
    AttemptParty,
    AttemptRoute,
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
from tests.console.calendars import AlwaysOpen

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # Monday 10:30 IST
THRESHOLDS = Thresholds()
OFFICER = 7
ALTERNATE = 8
REPRESENTATIVE = 3


def sample_command(action: Action, at: datetime) -> Command:
    """A valid command for ``action``; times are ``at`` so they are never in the future."""
    samples: dict[Action, Command] = {
        Action.LOG: Log(REPRESENTATIVE, OFFICER, at),
        Action.BECOME_DUE: BecomeDue(),
        Action.INSTRUCT: Instruct(),
        Action.REDIRECT: Redirect(ALTERNATE, AvailabilityStatus.LEAVE, at + timedelta(days=3)),
        Action.CONFIRM: Confirm(ConfirmationMethod.OPERATOR, "representative says he called"),
        Action.RAISE_ALARM: RaiseAlarm(),
        Action.REINSTRUCT: Reinstruct(),
        Action.ESCALATE: Escalate(superior_officer_id=1),
        Action.CLOSE: Close(),
        Action.CANCEL: Cancel("representative withdrew"),
        Action.REOPEN: Reopen("the callback did not happen"),
        Action.JOIN: Join(at),
        Action.ADD_NOTE: AddNote("officer in a meeting"),
        Action.RECORD_ATTEMPT: RecordAttempt(
            AttemptParty.OFFICER,
            OutboxKind.CALL,
            AttemptRoute.SMARTPHONE,
            AttemptOutcome.NO_ANSWER,
            at,
            "+919876543210",
        ),
    }
    return samples[action]


_PATHS: dict[EscalationState, tuple[Action, ...]] = {
    EscalationState.WAITING: (),
    EscalationState.DUE: (Action.BECOME_DUE,),
    EscalationState.INSTRUCTED: (Action.BECOME_DUE, Action.INSTRUCT),
    EscalationState.ALARM: (Action.BECOME_DUE, Action.INSTRUCT, Action.RAISE_ALARM),
    EscalationState.ESCALATED: (Action.BECOME_DUE, Action.INSTRUCT, Action.RAISE_ALARM, Action.ESCALATE),
    EscalationState.CONFIRMED: (Action.BECOME_DUE, Action.INSTRUCT, Action.CONFIRM),
    EscalationState.REDIRECTED: (Action.REDIRECT,),
    EscalationState.CLOSED: (Action.BECOME_DUE, Action.INSTRUCT, Action.CONFIRM, Action.CLOSE),
    EscalationState.CANCELLED: (Action.BECOME_DUE, Action.CANCEL),
}


def case_in(state: EscalationState, calendar: BusinessHours | None = None) -> EscalationCase:
    """A case brought to ``state`` through the lifecycle itself, a day between steps."""
    calendar = calendar or AlwaysOpen()
    transition = logged(T0, T0, calendar)
    at = T0
    for action in _PATHS[state]:
        at += timedelta(days=1)
        transition = step(transition.case, action, at, calendar)
    assert transition.case.state is state
    return transition.case


def logged(called_at: datetime, at: datetime, calendar: BusinessHours | None = None) -> Transition:
    return open_case(
        Log(REPRESENTATIVE, OFFICER, called_at),
        actor="operator1",
        at=at,
        calendar=calendar or AlwaysOpen(),
        thresholds=THRESHOLDS,
    )


def step(
    case: EscalationCase,
    action: Action,
    at: datetime,
    calendar: BusinessHours | None = None,
    thresholds: Thresholds = THRESHOLDS,
) -> Transition:
    return apply(
        case,
        sample_command(action, at),
        actor="operator1",
        at=at,
        calendar=calendar or AlwaysOpen(),
        thresholds=thresholds,
    )
