"""The replay of a case from its events equals the lifecycle's own case, on generated histories."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.case_replay import HistoryBroken, ReplayEvent, disagreements, replay
from console.domain import EscalationState
from console.lifecycle import EscalationCase, Event, LifecycleError
from console.lifecycle_commands import Action
from tests.console.calendars import AlwaysOpen, WeekdayOfficeHours
from tests.console.lifecycle_helpers import T0, logged, step

steps = st.lists(st.tuples(st.sampled_from([a for a in Action if a is not Action.LOG]), st.integers(0, 24 * 60)),
                 max_size=25)


def stored(case: EscalationCase) -> dict[str, object]:
    """The case as the escalations table holds it (the column names of the stored row)."""
    return {
        "state": case.state, "representative_called_at": case.representative_called_at, "logged_at": case.logged_at,
        "instructed_at": case.first_instructed_at, "last_instructed_at": case.last_instructed_at,
        "instruction_count": case.instruction_count, "alarm_at": case.alarm_at, "escalated_at": case.escalated_at,
        "confirmed_at": case.confirmed_at, "callback_at": case.callback_at,
        "confirmation_method": None if case.confirmation_method is None else case.confirmation_method.value,
        "closed_at": case.closed_at, "cancel_reason": case.cancel_reason, "complaint_count": case.complaint_count,
        "reopen_count": case.reopen_count, "last_event_at": case.last_event_at,
    }


def as_replayed(events: list[Event]) -> list[ReplayEvent]:
    return [ReplayEvent(e.at, e.action.value, e.from_state, e.to_state, dict(e.details)) for e in events]


def history(sequence: list[tuple[Action, int]], calendar: object, waited: int) -> tuple[EscalationCase, list[Event]]:
    transition = logged(T0 - timedelta(minutes=waited), T0, calendar)  # type: ignore[arg-type]
    case, events, at = transition.case, [transition.event], T0
    for action, minutes in sequence:
        at += timedelta(minutes=minutes)
        try:
            transition = step(case, action, at, calendar)  # type: ignore[arg-type]
        except LifecycleError:
            continue
        case = transition.case
        events.append(transition.event)
    return case, events


@settings(max_examples=300, deadline=None)
@given(steps, st.sampled_from([AlwaysOpen(), WeekdayOfficeHours()]), st.integers(0, 60))
def test_the_replay_of_any_history_is_the_lifecycles_case(sequence: list[tuple[Action, int]], calendar: object,
                                                         waited: int) -> None:
    case, events = history(sequence, calendar, waited)
    assert disagreements(stored(case), replay(as_replayed(events))) == ()


def test_an_edited_callback_time_is_named() -> None:
    case, events = history([(Action.BECOME_DUE, 20), (Action.INSTRUCT, 1), (Action.CONFIRM, 5)], AlwaysOpen(), 0)
    assert case.state is EscalationState.CONFIRMED and case.callback_at is not None
    edited = stored(replace(case, callback_at=case.callback_at - timedelta(minutes=30)))
    assert disagreements(edited, replay(as_replayed(events))) == ("callback_at",)


def test_a_deleted_event_breaks_the_history() -> None:
    _case, events = history([(Action.BECOME_DUE, 20), (Action.INSTRUCT, 1), (Action.CONFIRM, 5), (Action.CLOSE, 1)],
                            AlwaysOpen(), 0)
    without_confirmation = [event for event in events if event.action is not Action.CONFIRM]
    with pytest.raises(HistoryBroken, match="starts from confirmed"):
        replay(as_replayed(without_confirmation))
    with pytest.raises(HistoryBroken, match="first event"):
        replay(as_replayed(events[1:]))
