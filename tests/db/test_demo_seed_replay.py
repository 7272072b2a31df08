"""Replaying demo cases through the lifecycle: the states must agree, and the one translated step is exact."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from console.calendar import BusinessCalendar
from console.demo import DemoEscalation, DemoSettings, EventAction, generate_district
from console.demo.seed_replay import UNCONFIRMED_HANDED_TO_SUPERIOR, Replayer, ReplayError
from console.domain import EscalationState
from console.lifecycle import Action

NOW = datetime(2026, 3, 18, 6, 30, tzinfo=timezone.utc)
CALENDAR = BusinessCalendar.for_district("hardoi")
DISTRICT = generate_district(DemoSettings(now=NOW), CALENDAR)
CASES = list(DISTRICT.escalations())
REPLAYER = Replayer(
    {officer.code: index for index, officer in enumerate(DISTRICT.roster.officers, start=1)},
    {representative.code: index for index, representative in enumerate(DISTRICT.roster.representatives, start=1)},
    CALENDAR,
    DISTRICT.settings.thresholds,
)


def first_with(predicate: object) -> DemoEscalation:
    assert callable(predicate)
    return next(case for case in CASES if predicate(case))


def test_each_event_keeps_its_actor_and_time_and_ends_where_the_demo_ends() -> None:
    case = first_with(lambda c: c.first(EventAction.CONFIRMED) and c.first(EventAction.REINSTRUCTED))
    replayed = REPLAYER.replay(case)
    assert [(event.actor, event.at) for event in replayed.events] == [(e.actor, e.at) for e in case.events]
    assert replayed.case.state is case.state is EscalationState.CLOSED
    assert replayed.case.reinstruction_count >= 1 and replayed.case.callback_at == case.first(EventAction.CONFIRMED).at
    assert replayed.details(0)["officer_id"] == REPLAYER.officer_ids[case.officer_code]


def test_a_demo_state_the_lifecycle_does_not_reach_is_refused() -> None:
    case = first_with(lambda c: c.first(EventAction.BECAME_DUE))
    wrong = replace(case, events=(case.events[0], replace(case.events[1], state=EscalationState.INSTRUCTED),
                                  *case.events[2:]))
    with pytest.raises(ReplayError, match=rf"demo case {case.number} step 1 \(became_due\): the demo says instructed"):
        REPLAYER.replay(wrong)


def test_a_step_the_lifecycle_forbids_is_refused_with_the_case_named() -> None:
    case = first_with(lambda c: [e.action for e in c.events] == [EventAction.LOGGED, EventAction.CANCELLED])
    alarm = replace(case.events[1], action=EventAction.ALARM_RAISED, state=EscalationState.ALARM, details=())
    with pytest.raises(ReplayError, match=rf"demo case {case.number} step 1 \(alarm_raised .*not allowed"):
        REPLAYER.replay(replace(case, events=(case.events[0], alarm)))


def test_an_unconfirmed_case_is_handed_to_the_superior_before_it_closes() -> None:
    case = first_with(lambda c: c.first(EventAction.ESCALATED) and not c.first(EventAction.CONFIRMED)
                      and not c.state.is_open)
    replayed = REPLAYER.replay(case)
    assert [event.action for event in replayed.events[-3:]] == [Action.ESCALATE, Action.REDIRECT, Action.CLOSE]
    superior = REPLAYER.officer_ids[next(o.superior_code for o in DISTRICT.roster.officers
                                         if o.code == case.officer_code) or ""]
    assert replayed.case.redirected_to_officer_id == superior
    assert replayed.case.callback_at is None and replayed.case.state is EscalationState.CLOSED
    assert replayed.events[-1].details["note"] == UNCONFIRMED_HANDED_TO_SUPERIOR
    assert replayed.events[-1].at == replayed.events[-2].at == case.events[-1].at
