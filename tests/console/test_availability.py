"""Availability: statuses at an instant, alternates' chains, and period validation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from console.clock import IST
from console.availability import (
    AvailabilitySchedule,
    ChainEnd,
    PeriodProblem,
    validate_period,
    who_to_contact,
)
from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer

UTC = timezone.utc
LEAVE, TRAINING, OTHER, ON_DUTY = (
    AvailabilityStatus.LEAVE,
    AvailabilityStatus.TRAINING,
    AvailabilityStatus.OTHER,
    AvailabilityStatus.ON_DUTY,
)


def officer(officer_id: int, designation: str, office: str, name: str = "") -> Officer:
    return Officer(officer_id, name, "", designation, "", "Revenue", office, f"+9198765432{officer_id:02d}")


OFFICERS = {
    1: officer(1, "DM", "Hardoi"),
    2: officer(2, "SDM", "Sadar", "R. K. Singh"),
    3: officer(3, "Tehsildar", "Sadar"),
    4: officer(4, "Naib Tehsildar", "Sadar"),
    5: officer(5, "SDM", "Bilgram"),
}


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


def period(
    officer_id: int,
    start: datetime,
    end: datetime,
    alternate: int | None = None,
    status: AvailabilityStatus = LEAVE,
    note: str = "",
) -> AvailabilityPeriod:
    return AvailabilityPeriod(officer_id, status, start, end, alternate, note)


LEAVE_3 = period(3, ist(2026, 3, 10), ist(2026, 3, 15), alternate=2)  # 10–14 Mar inclusive
NOON_12 = ist(2026, 3, 12, 12, 0)


def test_an_officer_without_a_period_is_on_duty() -> None:
    decision = who_to_contact(3, NOON_12, [], OFFICERS)
    assert (decision.reason, decision.contact_officer_id, decision.redirected) == (ChainEnd.AVAILABLE, 3, False)
    assert decision.describe(OFFICERS) == "on duty"


def test_on_leave_the_alternate_is_named_with_the_last_day() -> None:
    decision = who_to_contact(3, NOON_12, [LEAVE_3], OFFICERS)
    assert decision.reason is ChainEnd.ALTERNATE and decision.contact_officer_id == 2 and decision.redirected
    assert [step.officer_id for step in decision.chain] == [3, 2]
    assert decision.chain[0].until == ist(2026, 3, 15)
    assert decision.describe(OFFICERS) == "on leave until 14 Mar; alternate: SDM Sadar (R. K. Singh)"


def test_period_bounds_are_start_inclusive_end_exclusive() -> None:
    schedule = AvailabilitySchedule.build([LEAVE_3])
    assert schedule.status_at(3, ist(2026, 3, 10)) is LEAVE
    assert schedule.status_at(3, ist(2026, 3, 15) - timedelta(microseconds=1)) is LEAVE
    assert schedule.status_at(3, ist(2026, 3, 15)) is ON_DUTY
    assert schedule.status_at(3, ist(2026, 3, 9, 23, 59)) is ON_DUTY


def test_an_alternate_on_training_hands_on_to_their_own_alternate() -> None:
    training_2 = period(2, ist(2026, 3, 11), ist(2026, 3, 12, 17, 30), alternate=5, status=TRAINING)
    decision = who_to_contact(3, NOON_12, [LEAVE_3, training_2], OFFICERS)
    assert decision.contact_officer_id == 5 and [step.officer_id for step in decision.chain] == [3, 2, 5]
    assert decision.describe(OFFICERS) == (
        "on leave until 14 Mar; alternate: SDM Sadar (R. K. Singh); "
        "SDM Sadar (R. K. Singh) in training until 12 Mar 17:30; alternate: SDM Bilgram"
    )


def test_no_alternate_named() -> None:
    decision = who_to_contact(3, NOON_12, [period(3, ist(2026, 3, 10), ist(2026, 3, 15))], OFFICERS)
    assert (decision.reason, decision.contact_officer_id) == (ChainEnd.NO_ALTERNATE, None)
    assert decision.describe(OFFICERS) == "on leave until 14 Mar; no alternate named"


def test_a_cycle_of_alternates_stops_the_walk() -> None:
    periods = [LEAVE_3, period(2, ist(2026, 3, 1), ist(2026, 4, 1), alternate=4), period(4, ist(2026, 3, 1), ist(2026, 4, 1), alternate=3)]
    decision = who_to_contact(3, NOON_12, periods, OFFICERS)
    assert (decision.reason, decision.contact_officer_id) == (ChainEnd.CYCLE, None)
    assert [step.officer_id for step in decision.chain] == [3, 2, 4]
    assert "lead back round" in decision.describe(OFFICERS)


def test_unknown_officers_and_alternates_are_codes_not_crashes() -> None:
    assert who_to_contact(99, NOON_12, [], OFFICERS).reason is ChainEnd.UNKNOWN_OFFICER
    decision = who_to_contact(3, NOON_12, [period(3, ist(2026, 3, 10), ist(2026, 3, 15), alternate=77)], OFFICERS)
    assert decision.reason is ChainEnd.UNKNOWN_ALTERNATE and decision.contact_officer_id is None


def test_other_status_carries_its_note_and_a_year_when_not_this_year() -> None:
    away = period(3, ist(2026, 12, 28), ist(2027, 1, 3), alternate=2, status=OTHER, note="election duty")
    decision = who_to_contact(3, ist(2026, 12, 30, 11, 0), [away], OFFICERS)
    assert decision.describe(OFFICERS).startswith("away (election duty) until 2 Jan 2027; alternate: SDM Sadar")


def test_overlapping_unvalidated_data_still_answers() -> None:
    long_leave = period(3, ist(2026, 3, 1), ist(2026, 3, 31), alternate=2)
    short_training = period(3, ist(2026, 3, 5), ist(2026, 3, 6), alternate=5, status=TRAINING)
    schedule = AvailabilitySchedule([long_leave, short_training])
    assert schedule.period_at(3, ist(2026, 3, 5, 12, 0)) == short_training
    assert schedule.period_at(3, ist(2026, 3, 20)) == long_leave


def test_counts_for_the_grid() -> None:
    schedule = AvailabilitySchedule([LEAVE_3, period(2, ist(2026, 3, 11), ist(2026, 3, 13), 5, TRAINING)])
    counts = schedule.counts_at(OFFICERS, NOON_12)
    assert counts == {ON_DUTY: 3, LEAVE: 1, TRAINING: 1, OTHER: 0}


# --- validation -----------------------------------------------------------------------------------


def codes(candidate: AvailabilityPeriod, periods: list[AvailabilityPeriod], **kwargs: object) -> list[PeriodProblem]:
    return [problem.code for problem in validate_period(candidate, periods, OFFICERS, **kwargs)]  # type: ignore[arg-type]


def test_a_good_period_has_no_problems() -> None:
    assert codes(LEAVE_3, []) == []


def test_end_must_come_after_start() -> None:
    problems = validate_period(period(3, ist(2026, 3, 15), ist(2026, 3, 15)), [], OFFICERS)
    assert [(p.code, p.field) for p in problems] == [(PeriodProblem.ENDS_BEFORE_START, "ends_at")]


def test_naive_times_are_named() -> None:
    naive = AvailabilityPeriod(3, LEAVE, datetime(2026, 3, 10), ist(2026, 3, 15), 2)
    assert [(p.code, p.field) for p in validate_period(naive, [], OFFICERS)] == [
        (PeriodProblem.NAIVE_TIME, "starts_at")
    ]


def test_overlap_with_the_officers_own_period_is_refused_but_touching_is_fine() -> None:
    overlapping = period(3, ist(2026, 3, 14), ist(2026, 3, 20), alternate=2)
    problems = validate_period(overlapping, [LEAVE_3], OFFICERS)
    assert [p.code for p in problems] == [PeriodProblem.OVERLAPS_PERIOD] and problems[0].conflicting == LEAVE_3
    assert codes(period(3, ist(2026, 3, 15), ist(2026, 3, 20), alternate=2), [LEAVE_3]) == []
    assert codes(period(2, ist(2026, 3, 14), ist(2026, 3, 20), alternate=5), [LEAVE_3]) == []


def test_editing_a_period_does_not_overlap_itself() -> None:
    extended = period(3, ist(2026, 3, 10), ist(2026, 3, 18), alternate=2)
    assert codes(extended, [LEAVE_3]) == [PeriodProblem.OVERLAPS_PERIOD]
    assert codes(extended, [LEAVE_3], replacing=LEAVE_3) == []


def test_alternate_rules_and_note_for_other() -> None:
    assert codes(period(3, ist(2026, 3, 10), ist(2026, 3, 15), alternate=3), []) == [
        PeriodProblem.ALTERNATE_IS_OFFICER
    ]
    assert codes(period(3, ist(2026, 3, 10), ist(2026, 3, 15), alternate=42), []) == [
        PeriodProblem.UNKNOWN_ALTERNATE
    ]
    assert codes(period(3, ist(2026, 3, 10), ist(2026, 3, 15), 2, OTHER, " "), []) == [PeriodProblem.NOTE_REQUIRED]
    assert codes(period(42, ist(2026, 3, 10), ist(2026, 3, 15), 2), []) == [PeriodProblem.UNKNOWN_OFFICER]


def test_a_cycle_on_any_day_of_the_period_is_refused_with_its_day_and_chain() -> None:
    # 2 names 4 only from 13 Mar, and 4 names 3 from 14 Mar: the loop 3 → 2 → 4 → 3 closes on 14 Mar.
    periods = [period(2, ist(2026, 3, 13), ist(2026, 3, 20), alternate=4), period(4, ist(2026, 3, 14), ist(2026, 3, 16), alternate=3)]
    problems = validate_period(LEAVE_3, periods, OFFICERS)
    assert [p.code for p in problems] == [PeriodProblem.ALTERNATE_CYCLE]
    assert problems[0].chain == (3, 2, 4, 3) and problems[0].at == ist(2026, 3, 14)
    assert "SDM Sadar" in problems[0].describe(OFFICERS)
    # The same chain outside the leave's days is no cycle.
    assert codes(period(3, ist(2026, 3, 1), ist(2026, 3, 13), alternate=2), periods) == []


def test_leading_into_an_older_loop_among_others_is_refused_too() -> None:
    periods = [period(2, ist(2026, 3, 1), ist(2026, 4, 1), alternate=4), period(4, ist(2026, 3, 1), ist(2026, 4, 1), alternate=2)]
    problems = validate_period(LEAVE_3, periods, OFFICERS)
    assert [p.code for p in problems] == [PeriodProblem.ALTERNATE_CYCLE] and problems[0].chain == (3, 2, 4, 2)


def test_a_saved_schedule_is_never_left_with_a_cycle() -> None:
    direct = period(2, ist(2026, 3, 12), ist(2026, 3, 13), alternate=3)
    assert codes(direct, [LEAVE_3]) == [PeriodProblem.ALTERNATE_CYCLE]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 5), st.integers(0, 20), st.integers(1, 6), st.one_of(st.none(), st.integers(1, 5))),
        max_size=15,
    ),
    st.integers(0, 30 * 24 - 1),
)
def test_periods_accepted_one_by_one_never_make_who_to_contact_loop(
    proposals: list[tuple[int, int, int, int | None]], hour: int
) -> None:
    base = ist(2026, 3, 1)
    accepted: list[AvailabilityPeriod] = []
    for officer_id, start_day, days, alternate in proposals:
        candidate = period(officer_id, base + timedelta(days=start_day), base + timedelta(days=start_day + days), alternate)
        if not validate_period(candidate, accepted, OFFICERS):
            accepted.append(candidate)
    schedule = AvailabilitySchedule(accepted)
    at = base + timedelta(hours=hour)
    for officer_id in OFFICERS:
        decision = who_to_contact(officer_id, at, schedule, OFFICERS)
        assert decision.reason is not ChainEnd.CYCLE
        ids = [step.officer_id for step in decision.chain]
        assert len(ids) == len(set(ids))
        if decision.contact_officer_id is not None:
            assert schedule.status_at(decision.contact_officer_id, at) is ON_DUTY


def test_five_thousand_officers_are_indexed_per_officer() -> None:
    count = 5000
    start = ist(2026, 1, 1)
    periods = [period(i, start + timedelta(days=i % 300), start + timedelta(days=i % 300 + 3), alternate=i + 1) for i in range(count)]
    schedule = AvailabilitySchedule(periods)
    assert all(len(schedule.periods_of(i)) == 1 for i in range(0, count, 97))
    assert schedule.status_at(10, start + timedelta(days=11)) is LEAVE
