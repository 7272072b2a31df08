"""The lifecycle's rules beyond the table: time, evidence, limits and the one-open-case rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from console.clock import IST
from console.domain import AvailabilityStatus, EscalationState, Thresholds
from console.lifecycle import (
    CommandProblem,
    DeadlineKind,
    DeadlineNotReached,
    DuplicateOpenCase,
    EventOutOfOrder,
    InvalidCommand,
    ReinstructionLimitReached,
    apply,
    countdown,
    due_transitions,
    escalation_required,
    find_open_case,
    next_deadline,
)
from console.lifecycle_commands import (
    Action,
    Cancel,
    Confirm,
    ConfirmationMethod,
    Join,
    Redirect,
    Reopen,
)
from tests.console.calendars import AlwaysOpen, WeekdayOfficeHours
from tests.console.lifecycle_helpers import OFFICER, REPRESENTATIVE, T0, THRESHOLDS, case_in, logged, step

UTC = timezone.utc
OFFICE = WeekdayOfficeHours()


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


def test_a_complaint_logged_early_waits_and_a_late_one_is_due_at_once() -> None:
    early = logged(T0 - timedelta(minutes=4), T0)
    assert early.case.state is EscalationState.WAITING
    assert early.event.from_state is None and early.event.action is Action.LOG
    assert early.event.details["due_at"] == (T0 + timedelta(minutes=6)).isoformat()
    late = logged(T0 - timedelta(minutes=10), T0)
    assert late.case.state is EscalationState.DUE


def test_the_wait_pauses_overnight_and_resumes_at_the_next_opening() -> None:
    # Friday 16:55 IST: five business minutes pass before closing, five more on Monday.
    transition = logged(ist(2026, 3, 6, 16, 55), ist(2026, 3, 6, 16, 58), OFFICE)
    assert transition.case.state is EscalationState.WAITING
    deadline = next_deadline(transition.case, OFFICE, THRESHOLDS)
    assert deadline is not None and deadline.kind is DeadlineKind.BECOME_DUE
    assert deadline.at == ist(2026, 3, 9, 10, 5)
    saturday_noon = ist(2026, 3, 7, 12, 0)
    shown = countdown(deadline, saturday_noon, OFFICE)
    assert shown.business_minutes_left == pytest.approx(5.0)
    assert not shown.open_now and shown.resumes_at == ist(2026, 3, 9, 10, 0)
    assert due_transitions(transition.case, saturday_noon, OFFICE, THRESHOLDS) == []
    assert due_transitions(transition.case, ist(2026, 3, 9, 10, 5), OFFICE, THRESHOLDS) == [Action.BECOME_DUE]


def test_becoming_due_early_is_refused_with_the_deadline() -> None:
    case = logged(T0, T0).case
    with pytest.raises(DeadlineNotReached) as raised:
        step(case, Action.BECOME_DUE, T0 + timedelta(minutes=9))
    assert raised.value.deadline == T0 + timedelta(minutes=10)
    assert step(case, Action.BECOME_DUE, T0 + timedelta(minutes=10)).case.state is EscalationState.DUE


def test_the_alarm_waits_for_the_confirmation_window() -> None:
    due = logged(T0 - timedelta(minutes=10), T0).case
    instructed = step(due, Action.INSTRUCT, T0).case
    assert instructed.first_instructed_at == T0
    with pytest.raises(DeadlineNotReached):
        step(instructed, Action.RAISE_ALARM, T0 + timedelta(minutes=14))
    alarm = step(instructed, Action.RAISE_ALARM, T0 + timedelta(minutes=15))
    assert alarm.case.state is EscalationState.ALARM and alarm.case.alarm_at == T0 + timedelta(minutes=15)
    assert alarm.event.details["reinstructions_left"] == 2


def test_reinstructions_stop_at_the_limit_and_escalation_becomes_required() -> None:
    case = step(logged(T0 - timedelta(minutes=10), T0).case, Action.INSTRUCT, T0).case
    at = T0
    for made in range(THRESHOLDS.max_reinstructions):
        at += timedelta(minutes=15)
        case = step(case, Action.RAISE_ALARM, at).case
        assert not escalation_required(case, at, AlwaysOpen(), THRESHOLDS)
        case = step(case, Action.REINSTRUCT, at).case
        assert case.reinstruction_count == made + 1
    at += timedelta(minutes=15)
    case = step(case, Action.RAISE_ALARM, at).case
    assert due_transitions(case, at, AlwaysOpen(), THRESHOLDS) == [Action.ESCALATE]
    with pytest.raises(ReinstructionLimitReached) as raised:
        step(case, Action.REINSTRUCT, at)
    assert (raised.value.made, raised.value.allowed) == (2, 2)
    escalated = step(case, Action.ESCALATE, at)
    assert escalated.case.state is EscalationState.ESCALATED and escalated.event.details["required"] is True


def test_a_long_round_escalates_even_inside_a_confirmation_window() -> None:
    thresholds = Thresholds(confirm_within_minutes=30, escalate_after_minutes=20)
    case = step(logged(T0 - timedelta(minutes=10), T0).case, Action.INSTRUCT, T0, thresholds=thresholds).case
    deadline = next_deadline(case, AlwaysOpen(), thresholds)
    assert deadline is not None and (deadline.kind, deadline.at) == (DeadlineKind.ESCALATION, T0 + timedelta(minutes=20))
    assert due_transitions(case, T0 + timedelta(minutes=20), AlwaysOpen(), thresholds) == [Action.ESCALATE]
    assert due_transitions(case, T0 + timedelta(minutes=30), AlwaysOpen(), thresholds) == [
        Action.RAISE_ALARM,
        Action.ESCALATE,
    ]


def test_deadlines_per_state() -> None:
    calendar = AlwaysOpen()
    for state, kind in (
        (EscalationState.WAITING, DeadlineKind.BECOME_DUE),
        (EscalationState.DUE, DeadlineKind.INSTRUCTION),
        (EscalationState.INSTRUCTED, DeadlineKind.CONFIRMATION),
        (EscalationState.ALARM, DeadlineKind.ESCALATION),
    ):
        deadline = next_deadline(case_in(state), calendar, THRESHOLDS)
        assert deadline is not None and deadline.kind is kind, state
    for state in (
        EscalationState.CONFIRMED,
        EscalationState.CLOSED,
        EscalationState.REDIRECTED,
        EscalationState.ESCALATED,
        EscalationState.CANCELLED,
    ):
        assert next_deadline(case_in(state), calendar, THRESHOLDS) is None, state


def test_a_lapsed_countdown_is_negative_in_business_minutes() -> None:
    case = logged(ist(2026, 3, 6, 16, 0), ist(2026, 3, 6, 16, 30), OFFICE).case
    deadline = next_deadline(case, OFFICE, THRESHOLDS)
    assert deadline is not None and deadline.kind is DeadlineKind.INSTRUCTION
    shown = countdown(deadline, ist(2026, 3, 9, 10, 20), OFFICE)
    assert shown.business_minutes_left == pytest.approx(-(50 + 20))
    assert shown.open_now and shown.resumes_at is None


def test_an_event_cannot_come_before_the_last_one() -> None:
    case = logged(T0, T0 + timedelta(minutes=5)).case
    with pytest.raises(EventOutOfOrder):
        step(case, Action.ADD_NOTE, T0 + timedelta(minutes=4))


def test_naive_times_are_refused() -> None:
    case = logged(T0, T0).case
    with pytest.raises(ValueError):
        step(case, Action.ADD_NOTE, datetime(2026, 3, 2, 11, 0))
    with pytest.raises(InvalidCommand) as raised:
        apply(case, Join(datetime(2026, 3, 2, 10, 0)), actor="op", at=T0, calendar=AlwaysOpen(), thresholds=THRESHOLDS)
    assert (raised.value.field_name, raised.value.problem) == ("representative_called_at", CommandProblem.NAIVE_TIME)


@pytest.mark.parametrize(
    ("command", "field_name", "problem"),
    [
        (Cancel("   "), "reason", CommandProblem.REQUIRED),
        (Redirect(OFFICER, AvailabilityStatus.LEAVE), "alternate_officer_id", CommandProblem.SAME_OFFICER),
        (Confirm(ConfirmationMethod.SMS_REPLY, callback_at=T0 + timedelta(hours=2)), "callback_at", CommandProblem.IN_FUTURE),
        (
            Confirm(ConfirmationMethod.MISSED_CALL, callback_at=T0 - timedelta(hours=2)),
            "callback_at",
            CommandProblem.BEFORE_REPRESENTATIVE_CALL,
        ),
        (Join(T0 + timedelta(hours=2)), "representative_called_at", CommandProblem.IN_FUTURE),
    ],
)
def test_bad_commands_name_the_field(command: object, field_name: str, problem: CommandProblem) -> None:
    case = logged(T0, T0).case
    with pytest.raises(InvalidCommand) as raised:
        apply(case, command, actor="op", at=T0 + timedelta(hours=1), calendar=AlwaysOpen(), thresholds=THRESHOLDS)  # type: ignore[arg-type]
    assert (raised.value.field_name, raised.value.problem) == (field_name, problem)


def test_a_confirmation_keeps_the_callback_time_and_evidence() -> None:
    case = step(logged(T0 - timedelta(minutes=10), T0).case, Action.INSTRUCT, T0).case
    callback = T0 + timedelta(minutes=7)
    confirmed = apply(
        case,
        Confirm(ConfirmationMethod.MISSED_CALL, "+919876543210", callback_at=callback),
        actor="system",
        at=T0 + timedelta(minutes=9),
        calendar=AlwaysOpen(),
        thresholds=THRESHOLDS,
    )
    assert confirmed.case.callback_at == callback and confirmed.case.confirmed_at == T0 + timedelta(minutes=9)
    assert confirmed.case.confirmation_method is ConfirmationMethod.MISSED_CALL
    assert confirmed.event.details == {
        "method": "missed_call",
        "evidence": "+919876543210",
        "callback_at": callback.isoformat(),
    }


def test_a_second_complaint_joins_without_changing_state() -> None:
    case = logged(T0, T0).case
    joined = step(case, Action.JOIN, T0 + timedelta(minutes=3))
    assert joined.case.state is EscalationState.WAITING and joined.case.complaint_count == 2
    assert joined.event.details["complaint_count"] == 2


def test_reopening_a_never_instructed_case_waits_if_still_early() -> None:
    case = logged(T0, T0).case
    cancelled = apply(case, Cancel("duplicate"), actor="op", at=T0, calendar=AlwaysOpen(), thresholds=THRESHOLDS).case
    reopened = apply(
        cancelled, Reopen("not a duplicate"), actor="op", at=T0 + timedelta(minutes=2), calendar=AlwaysOpen(), thresholds=THRESHOLDS
    ).case
    assert reopened.state is EscalationState.WAITING and reopened.cancel_reason == "" and reopened.closed_at is None


def test_a_reopened_case_starts_a_new_round_but_keeps_the_first_instruction() -> None:
    closed = case_in(EscalationState.CLOSED)
    first = closed.first_instructed_at
    reopened = step(closed, Action.REOPEN, closed.last_event_at + timedelta(minutes=1)).case
    assert reopened.state is EscalationState.DUE and reopened.callback_at is None and reopened.reopen_count == 1
    at = reopened.last_event_at + timedelta(minutes=1)
    again = step(reopened, Action.INSTRUCT, at).case
    assert again.first_instructed_at == first and again.round_instructed_at == at and again.reinstruction_count == 0


def test_one_open_case_per_pair() -> None:
    open_one = logged(T0, T0).case
    closed = case_in(EscalationState.CLOSED)
    other_officer = replace(open_one, officer_id=OFFICER + 1)
    assert find_open_case([closed, other_officer], REPRESENTATIVE, OFFICER) is None
    assert find_open_case([closed, open_one, other_officer], REPRESENTATIVE, OFFICER) is open_one
    with pytest.raises(DuplicateOpenCase) as raised:
        find_open_case([open_one, replace(open_one)], REPRESENTATIVE, OFFICER)
    assert raised.value.count == 2


def test_a_holiday_declared_today_pauses_a_running_countdown() -> None:
    # The same case read with a calendar that is closed on Monday: its deadline moves on.
    case = logged(ist(2026, 3, 9, 10, 0), ist(2026, 3, 9, 10, 1), OFFICE).case

    class MondayHoliday(WeekdayOfficeHours):
        def _window(self, day):  # type: ignore[no-untyped-def]
            return None if day.weekday() == 0 else super()._window(day)

    plain = next_deadline(case, OFFICE, THRESHOLDS)
    holiday = next_deadline(case, MondayHoliday(), THRESHOLDS)
    assert plain is not None and holiday is not None
    assert plain.at == ist(2026, 3, 9, 10, 10) and holiday.at == ist(2026, 3, 10, 10, 10)


def test_a_waiting_case_is_instructed_in_office_hours_only_once_its_ten_minutes_passed() -> None:
    office = WeekdayOfficeHours()
    waiting = logged(T0 - timedelta(minutes=2), T0, office).case
    with pytest.raises(DeadlineNotReached) as early:
        step(waiting, Action.INSTRUCT, T0 + timedelta(minutes=1), office)
    assert early.value.deadline == T0 + timedelta(minutes=8)


def test_outside_office_hours_the_center_may_instruct_and_the_case_says_so() -> None:
    office = WeekdayOfficeHours()
    sunday_evening = datetime(2026, 3, 8, 20, 0, tzinfo=IST)
    waiting = logged(sunday_evening - timedelta(minutes=5), sunday_evening, office).case
    assert waiting.state is EscalationState.WAITING  # the rule waits for Monday 10:00
    instructed = step(waiting, Action.INSTRUCT, sunday_evening + timedelta(minutes=1), office)
    assert instructed.case.state is EscalationState.INSTRUCTED and instructed.case.instructed_outside_hours
    assert instructed.event.details["outside_hours"] is True
    # the confirmation window is business minutes: it runs from the opening, not from the evening
    assert next_deadline(instructed.case, office, THRESHOLDS).at == datetime(2026, 3, 9, 10, 15, tzinfo=IST)
    again = step(instructed.case, Action.CONFIRM, datetime(2026, 3, 9, 10, 30, tzinfo=IST), office)
    assert again.case.instructed_outside_hours  # kept for the metrics


def test_an_instruction_in_office_hours_is_not_outside_hours() -> None:
    office = WeekdayOfficeHours()
    due = logged(T0 - timedelta(minutes=12), T0, office).case
    instructed = step(due, Action.INSTRUCT, T0 + timedelta(minutes=1), office)
    assert not instructed.case.instructed_outside_hours and instructed.event.details["outside_hours"] is False
