from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from console.calendar import BusinessCalendar
from console.desk.ladder import LadderCommand, LadderPolicy, next_step, next_wake, reinstruct_at
from console.domain import EscalationState, Thresholds
from console.lifecycle import EscalationCase, apply, open_case
from console.lifecycle_commands import Action, Confirm, ConfirmationMethod, Escalate, Instruct, Log
from tests.console.calendars import AlwaysOpen

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # Monday 10:30 IST
POLICY = LadderPolicy(Thresholds())  # 10 / 15 / 2 re-instructions / 60
OPEN = AlwaysOpen()
SUPERIOR = 1


def instructed(at: datetime, calendar: AlwaysOpen | BusinessCalendar = OPEN) -> EscalationCase:
    case = open_case(Log(10, 2, at - timedelta(minutes=10)), actor="op", at=at, calendar=calendar,
                     thresholds=POLICY.thresholds).case
    return apply(case, Instruct(), actor="op", at=at, calendar=calendar, thresholds=POLICY.thresholds).case


def climb(
    case: EscalationCase, until: datetime, calendar: AlwaysOpen | BusinessCalendar = OPEN,
    policy: LadderPolicy = POLICY,
) -> tuple[EscalationCase, list[tuple[Action, datetime]]]:
    """What a scheduler would do waking at every instant ``next_wake`` names, up to ``until``."""
    steps: list[tuple[Action, datetime]] = []
    while True:
        wake = next_wake(case, calendar, policy)
        if wake is None or wake > until:
            return case, steps
        command: LadderCommand | None = next_step(case, wake, calendar, policy, superior_id=SUPERIOR)
        assert command is not None, f"woken at {wake} for nothing in {case.state}"
        case = apply(case, command, actor="system", at=wake, calendar=calendar, thresholds=policy.thresholds).case
        steps.append((command.action, wake))


def test_an_unanswered_instruction_climbs_alarm_reinstruct_twice_then_escalates() -> None:
    case, steps = climb(instructed(T0), T0 + timedelta(hours=3))
    minutes = [(action, (at - T0) / timedelta(minutes=1)) for action, at in steps]
    assert minutes == [
        (Action.RAISE_ALARM, 15),
        (Action.REINSTRUCT, 15),
        (Action.RAISE_ALARM, 30),
        (Action.REINSTRUCT, 30),
        (Action.RAISE_ALARM, 45),
        (Action.ESCALATE, 45),
    ]
    assert case.state is EscalationState.ESCALATED
    assert next_wake(case, OPEN, POLICY) is None


def test_the_escalation_names_the_superior() -> None:
    case, _ = climb(instructed(T0), T0 + timedelta(minutes=44))
    assert case.state is EscalationState.ALARM or case.state is EscalationState.INSTRUCTED
    command = next_step(case, T0 + timedelta(minutes=45), OPEN, POLICY, superior_id=SUPERIOR)
    assert command is not None and command.action is Action.RAISE_ALARM
    alarmed = apply(case, command, actor="system", at=T0 + timedelta(minutes=45), calendar=OPEN,
                    thresholds=POLICY.thresholds).case
    assert next_step(alarmed, T0 + timedelta(minutes=45), OPEN, POLICY, superior_id=SUPERIOR) == Escalate(SUPERIOR)


def test_a_delay_lets_the_alarm_ring_before_the_reinstruction() -> None:
    policy = LadderPolicy(Thresholds(), reinstruct_after_minutes=3)
    _, steps = climb(instructed(T0), T0 + timedelta(minutes=20), policy=policy)
    assert [(a, (at - T0) / timedelta(minutes=1)) for a, at in steps] == [
        (Action.RAISE_ALARM, 15), (Action.REINSTRUCT, 18)
    ]


def test_without_automatic_reinstruction_the_alarm_waits_for_people_until_escalation() -> None:
    policy = LadderPolicy(Thresholds(), auto_reinstruct=False)
    case, steps = climb(instructed(T0), T0 + timedelta(hours=2), policy=policy)
    assert [(a, (at - T0) / timedelta(minutes=1)) for a, at in steps] == [
        (Action.RAISE_ALARM, 15), (Action.ESCALATE, 60)
    ]
    assert case.state is EscalationState.ESCALATED


def test_a_waiting_case_becomes_due_after_the_threshold() -> None:
    case = open_case(Log(10, 2, T0), actor="op", at=T0, calendar=OPEN, thresholds=POLICY.thresholds).case
    assert case.state is EscalationState.WAITING
    assert next_step(case, T0 + timedelta(minutes=9), OPEN, POLICY, superior_id=None) is None
    assert next_wake(case, OPEN, POLICY) == T0 + timedelta(minutes=10)
    command = next_step(case, T0 + timedelta(minutes=10), OPEN, POLICY, superior_id=None)
    assert command is not None and command.action is Action.BECOME_DUE


@pytest.mark.parametrize("state", [EscalationState.DUE, EscalationState.CONFIRMED])
def test_time_alone_does_not_instruct_or_close(state: EscalationState) -> None:
    case = open_case(Log(10, 2, T0 - timedelta(hours=1)), actor="op", at=T0, calendar=OPEN,
                     thresholds=POLICY.thresholds).case
    assert case.state is EscalationState.DUE
    if state is EscalationState.CONFIRMED:
        case = apply(instructed(T0), Confirm(ConfirmationMethod.OPERATOR), actor="op", at=T0, calendar=OPEN,
                     thresholds=POLICY.thresholds).case
        assert case.state is EscalationState.CONFIRMED
    assert next_step(case, T0 + timedelta(days=3), OPEN, POLICY, superior_id=SUPERIOR) is None
    assert next_wake(case, OPEN, POLICY) is None


def test_the_ladder_pauses_overnight_on_the_business_calendar() -> None:
    calendar = BusinessCalendar.for_district("hardoi")
    saturday_late = datetime(2026, 3, 7, 11, 20, tzinfo=UTC)  # 16:50 IST on the first Saturday: open
    case, steps = climb(instructed(saturday_late, calendar), saturday_late + timedelta(days=4), calendar)
    local = [(action, at.astimezone(calendar.hours.zone)) for action, at in steps]
    # 15 business minutes from 16:50: ten to 17:00, Sunday closed, five more from 10:00 on Monday 9 March.
    assert [(action, at.day, at.hour, at.minute) for action, at in local] == [
        (Action.RAISE_ALARM, 9, 10, 5),
        (Action.REINSTRUCT, 9, 10, 5),
        (Action.RAISE_ALARM, 9, 10, 20),
        (Action.REINSTRUCT, 9, 10, 20),
        (Action.RAISE_ALARM, 9, 10, 35),
        (Action.ESCALATE, 9, 10, 35),
    ]
    assert case.state is EscalationState.ESCALATED


def test_a_reinstruct_time_needs_an_alarm_and_reinstructions_left() -> None:
    case = instructed(T0)
    assert reinstruct_at(case, OPEN, POLICY) is None
    case, _ = climb(case, T0 + timedelta(minutes=15))
    assert case.state is EscalationState.INSTRUCTED and case.reinstruction_count == 1
    assert next_step(case, T0 + timedelta(minutes=29), OPEN, POLICY, superior_id=None) is None
