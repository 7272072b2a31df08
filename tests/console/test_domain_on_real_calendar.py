"""The lifecycle and the metrics on Hardoi's real business calendar (holidays, second Saturdays)."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.calendar import BusinessCalendar
from console.clock import IST, UTC
from console.domain import EscalationState, Thresholds
from console.lifecycle import DeadlineKind, apply, countdown, due_transitions, next_deadline, open_case
from console.lifecycle_commands import Confirm, ConfirmationMethod, Instruct, Log
from console.metrics import ResponseOutcome, ResponseRecord, response_time

THRESHOLDS = Thresholds()


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


@pytest.fixture(scope="module")
def hardoi() -> BusinessCalendar:
    return BusinessCalendar.for_district("hardoi")


def test_friday_evening_complaint_waits_over_the_second_saturday(hardoi: BusinessCalendar) -> None:
    # 11 Dec 2026 is a Friday; 12 Dec is the second Saturday, 13 Dec a Sunday.
    transition = open_case(
        Log(3, 7, ist(2026, 12, 11, 16, 55)), actor="op1", at=ist(2026, 12, 11, 16, 58),
        calendar=hardoi, thresholds=THRESHOLDS,
    )
    case = transition.case
    assert case.state is EscalationState.WAITING
    deadline = next_deadline(case, hardoi, THRESHOLDS)
    assert deadline is not None and deadline.kind is DeadlineKind.BECOME_DUE
    assert deadline.at == ist(2026, 12, 14, 10, 5).astimezone(UTC)
    # Saturday night: nothing is due yet, and the countdown is paused until Monday's opening.
    saturday_night = ist(2026, 12, 12, 21, 0)
    assert due_transitions(case, saturday_night, hardoi, THRESHOLDS) == []
    paused = countdown(deadline, saturday_night, hardoi)
    assert paused.open_now is False
    assert paused.resumes_at == ist(2026, 12, 14, 10, 0).astimezone(UTC)
    assert paused.business_minutes_left == pytest.approx(5.0)


def test_the_holi_bridge_holds_a_saturday_complaint_until_thursday(hardoi: BusinessCalendar) -> None:
    # 28 Feb 2026 was an ordered working Saturday; 1 Mar Sunday; 2-4 Mar Holika Dahan and Holi.
    transition = open_case(
        Log(3, 7, ist(2026, 2, 28, 16, 55)), actor="op1", at=ist(2026, 2, 28, 16, 56),
        calendar=hardoi, thresholds=THRESHOLDS,
    )
    deadline = next_deadline(transition.case, hardoi, THRESHOLDS)
    assert deadline is not None
    assert deadline.at == ist(2026, 3, 5, 10, 5).astimezone(UTC)


def test_confirmation_window_runs_across_diwali(hardoi: BusinessCalendar) -> None:
    # Instructed Saturday 7 Nov 2026 16:50 (a first Saturday, working); 8 Nov Deepawali (Sunday),
    # 9 Nov Govardhan Puja: the 15 minutes end on Tuesday 10 Nov at 10:05.
    called = ist(2026, 11, 7, 16, 30)
    case = open_case(Log(3, 7, called), actor="op1", at=ist(2026, 11, 7, 16, 45),
                     calendar=hardoi, thresholds=THRESHOLDS).case
    assert case.state is EscalationState.DUE
    case = apply(case, Instruct(), actor="op1", at=ist(2026, 11, 7, 16, 50),
                 calendar=hardoi, thresholds=THRESHOLDS).case
    deadline = next_deadline(case, hardoi, THRESHOLDS)
    assert deadline is not None and deadline.kind is DeadlineKind.CONFIRMATION
    assert deadline.at == ist(2026, 11, 10, 10, 5).astimezone(UTC)
    case = apply(case, Confirm(ConfirmationMethod.OPERATOR, "officer called back", ist(2026, 11, 10, 10, 2)),
                 actor="op2", at=ist(2026, 11, 10, 10, 3), calendar=hardoi, thresholds=THRESHOLDS).case
    measured = response_time(ResponseRecord.from_case(1, case), hardoi, as_of=ist(2026, 11, 10, 12, 0))
    # 30 business minutes on Saturday plus 2 on Tuesday; the wall clock says almost three days.
    assert measured.business_minutes == pytest.approx(32.0)
    assert measured.wall_minutes == pytest.approx((ist(2026, 11, 10, 10, 2) - called).total_seconds() / 60)
    assert measured.instruction_business_minutes == pytest.approx(12.0)
    assert measured.outcome is ResponseOutcome.LATE
    assert measured.within_callback is True
