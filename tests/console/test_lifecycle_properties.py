"""Random action sequences keep the lifecycle's invariants."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import BusinessHours, EscalationState, Thresholds
from console.lifecycle import (
    DeadlineKind,
    DeadlineNotReached,
    EscalationCase,
    Event,
    LifecycleError,
    ReinstructionLimitReached,
    TransitionNotAllowed,
    allowed_actions,
    due_at,
    due_transitions,
    next_deadline,
)
from console.lifecycle_commands import Action
from tests.console.calendars import AlwaysOpen, WeekdayOfficeHours
from tests.console.lifecycle_helpers import T0, logged, step

CALENDARS: list[BusinessHours] = [AlwaysOpen(), WeekdayOfficeHours()]
steps = st.lists(
    st.tuples(st.sampled_from([a for a in Action if a is not Action.LOG]), st.integers(0, 24 * 60)),
    max_size=25,
)
thresholds_strategy = st.builds(
    Thresholds,
    act_after_minutes=st.sampled_from([0.0, 10.0, 30.0]),
    confirm_within_minutes=st.sampled_from([5.0, 15.0]),
    max_reinstructions=st.integers(0, 3),
    escalate_after_minutes=st.sampled_from([10.0, 60.0, 600.0]),
)


def check_case(case: EscalationCase, thresholds: Thresholds) -> None:
    if case.state is EscalationState.ALARM:
        assert case.alarm_at is not None
    if case.state in (EscalationState.INSTRUCTED, EscalationState.ALARM):
        assert case.last_instructed_at is not None and case.round_instructed_at is not None
    if case.state is EscalationState.CONFIRMED:
        assert case.callback_at is not None and case.confirmed_at is not None
        assert case.representative_called_at <= case.callback_at <= case.confirmed_at
    if case.state is EscalationState.REDIRECTED:
        assert case.redirected_to_officer_id not in (None, case.officer_id)
    if case.state is EscalationState.CANCELLED:
        assert case.cancel_reason
    assert case.reinstruction_count <= thresholds.max_reinstructions
    assert case.complaint_count >= 1


@settings(max_examples=300, deadline=None)
@given(steps, st.sampled_from(CALENDARS), thresholds_strategy, st.integers(0, 60))
def test_random_sequences_keep_the_invariants(
    sequence: list[tuple[Action, int]], calendar: BusinessHours, thresholds: Thresholds, waited: int
) -> None:
    transition = logged(T0 - timedelta(minutes=waited), T0, calendar)
    case = transition.case
    timeline: list[Event] = [transition.event]
    at = T0
    for action, minutes in sequence:
        at += timedelta(minutes=minutes)
        before = case
        try:
            transition = step(case, action, at, calendar, thresholds)
        except TransitionNotAllowed:
            assert action not in allowed_actions(before.state)
            continue
        except DeadlineNotReached:
            assert action in (Action.BECOME_DUE, Action.RAISE_ALARM) or (
                action is Action.INSTRUCT and before.state is EscalationState.WAITING and calendar.is_open(at)
                and at < due_at(before, calendar, thresholds))
            continue
        except ReinstructionLimitReached:
            assert action is Action.REINSTRUCT
            continue
        assert action in allowed_actions(before.state)
        case, event = transition.case, transition.event
        timeline.append(event)
        assert (event.action, event.from_state, event.to_state, event.at) == (action, before.state, case.state, at)
        if before.state in (EscalationState.CLOSED, EscalationState.CANCELLED) and case.state is not before.state:
            assert action is Action.REOPEN
        if action in (Action.JOIN, Action.ADD_NOTE, Action.RECORD_ATTEMPT):
            assert case.state is before.state
        check_case(case, thresholds)
    times = [event.at for event in timeline]
    assert times == sorted(times)
    assert timeline[0].action is Action.LOG and all(event.action is not Action.LOG for event in timeline[1:])
    for earlier, later in zip(timeline, timeline[1:]):
        assert earlier.to_state == later.from_state


@settings(max_examples=200, deadline=None)
@given(steps, st.sampled_from(CALENDARS), thresholds_strategy, st.integers(0, 3 * 24 * 60))
def test_due_transitions_apply_cleanly_and_agree_with_the_next_deadline(
    sequence: list[tuple[Action, int]], calendar: BusinessHours, thresholds: Thresholds, later: int
) -> None:
    case = logged(T0, T0, calendar).case
    at = T0
    for action, minutes in sequence:
        at += timedelta(minutes=minutes)
        try:
            case = step(case, action, at, calendar, thresholds).case
        except LifecycleError:
            continue
    now = at + timedelta(minutes=later)
    deadline = next_deadline(case, calendar, thresholds)
    due = due_transitions(case, now, calendar, thresholds)
    if case.state in (EscalationState.WAITING, EscalationState.INSTRUCTED, EscalationState.ALARM):
        assert deadline is not None
        assert bool(due) == (now >= deadline.at)
        if deadline.kind is not DeadlineKind.INSTRUCTION:
            assert due_transitions(case, max(deadline.at, case.last_event_at), calendar, thresholds)
    else:
        assert due == []
    for action in due:
        case = step(case, action, now, calendar, thresholds).case
    assert due_transitions(case, now, calendar, thresholds) == []
