"""Response times in business and wall minutes, officer aggregates, standings and rankings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from console.clock import IST
from console.domain import EscalationState, Thresholds
from console.metrics import (
    ResponseOutcome,
    ResponseRecord,
    ResponseThresholds,
    Standing,
    StandingRules,
    classify,
    officer_statistics,
    percentile,
    rank_officers,
    response_time,
)
from tests.console.calendars import AlwaysOpen, WeekdayOfficeHours
from tests.console.lifecycle_helpers import case_in

UTC = timezone.utc
OFFICE = WeekdayOfficeHours()
OPEN = AlwaysOpen()
T0 = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # Monday 10:30 IST
FAR = T0 + timedelta(days=30)


def ist(*args: int) -> datetime:
    return datetime(*args, tzinfo=IST)  # type: ignore[misc]


def record(case_id: int, officer_id: int, minutes: float | None, instructed_after: float | None = 10.0, **kw: object) -> ResponseRecord:
    called = T0 + timedelta(hours=case_id)
    return ResponseRecord(
        case_id,
        officer_id,
        called,
        None if instructed_after is None else called + timedelta(minutes=instructed_after),
        None if minutes is None else called + timedelta(minutes=minutes),
        **kw,  # type: ignore[arg-type]
    )


def test_a_callback_across_the_night_counts_business_and_wall_minutes() -> None:
    # Called Friday 16:50 IST, instructed Monday 10:00, callback Monday 10:12.
    timed = response_time(
        ResponseRecord(1, 7, ist(2026, 3, 6, 16, 50), ist(2026, 3, 9, 10, 0), ist(2026, 3, 9, 10, 12)),
        OFFICE,
        as_of=FAR,
    )
    assert timed.business_minutes == pytest.approx(22.0)
    assert timed.wall_minutes == pytest.approx(3 * 24 * 60 - 16 * 60 - 50 + 10 * 60 + 12)
    assert timed.instruction_business_minutes == pytest.approx(12.0) and timed.instruction_wall_minutes == pytest.approx(12.0)
    assert (timed.outcome, timed.within_response, timed.within_callback) == (ResponseOutcome.ON_TIME, True, True)


def test_thresholds_are_inclusive_and_derive_from_the_district_minutes() -> None:
    thresholds = ResponseThresholds.from_thresholds(Thresholds(act_after_minutes=10, confirm_within_minutes=20))
    assert thresholds == ResponseThresholds(30.0, 20.0)
    on_the_minute = response_time(record(1, 7, 30.0), OPEN, thresholds, as_of=FAR)
    assert on_the_minute.outcome is ResponseOutcome.ON_TIME and on_the_minute.within_callback is True
    late = response_time(record(1, 7, 30.5), OPEN, thresholds, as_of=FAR)
    assert (late.outcome, late.within_response, late.within_callback) == (ResponseOutcome.LATE, False, False)


def test_a_callback_before_any_instruction_has_no_instruction_time() -> None:
    timed = response_time(record(1, 7, 8.0, instructed_after=None), OPEN, as_of=FAR)
    assert timed.instruction_business_minutes is None and timed.within_callback is None
    assert timed.outcome is ResponseOutcome.ON_TIME


def test_unconfirmed_cases_are_pending_until_the_threshold_passes() -> None:
    unconfirmed = record(1, 7, None)
    assert response_time(unconfirmed, OPEN, as_of=unconfirmed.representative_called_at + timedelta(minutes=24)).outcome is ResponseOutcome.PENDING
    assert response_time(unconfirmed, OPEN, as_of=unconfirmed.representative_called_at + timedelta(minutes=25)).outcome is ResponseOutcome.UNCONFIRMED
    assert response_time(record(2, 7, None, cancelled=True), OPEN, as_of=FAR).outcome is ResponseOutcome.CANCELLED


def test_a_record_from_a_lifecycle_case() -> None:
    confirmed = case_in(EscalationState.CONFIRMED)
    made = ResponseRecord.from_case(5, confirmed)
    assert (made.instructed_at, made.callback_at, made.cancelled) == (confirmed.first_instructed_at, confirmed.callback_at, False)
    assert ResponseRecord.from_case(6, case_in(EscalationState.CANCELLED)).cancelled


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 0.9) == 9.0 and percentile(values, 0.5) == 5.0 and percentile([4.0], 0.9) == 4.0
    with pytest.raises(ValueError):
        percentile([], 0.9)


def test_officer_aggregates_over_a_period() -> None:
    records = [
        record(1, 7, 12.0),
        record(2, 7, 20.0),
        record(3, 7, 40.0),
        record(4, 7, None),  # past threshold by FAR: unconfirmed
        record(5, 7, None, cancelled=True),
        record(6, 8, 5.0),
        record(400, 7, 1.0),  # outside the period
    ]
    stats = officer_statistics(records, OPEN, starts_at=T0, ends_at=T0 + timedelta(days=10), as_of=FAR)
    assert [item.officer_id for item in stats] == [7, 8]
    seven = stats[0]
    assert (seven.cases, seven.on_time, seven.late, seven.unconfirmed, seven.pending, seven.assessed) == (4, 2, 1, 1, 0, 4)
    assert seven.median_business_minutes == 20.0 and seven.p90_business_minutes == 40.0
    assert seven.on_time_share == 0.5 and seven.standing is Standing.SATISFACTORY
    assert seven.median_instruction_business_minutes == 10.0


@pytest.mark.parametrize(
    ("assessed", "share", "unconfirmed", "standing"),
    [
        (2, 1.0, 0, Standing.INSUFFICIENT_DATA),
        (3, 1.0, 0, Standing.COMMENDABLE),
        (10, 0.9, 0, Standing.COMMENDABLE),
        (10, 0.9, 1, Standing.SATISFACTORY),
        (10, 0.5, 0, Standing.SATISFACTORY),
        (10, 0.4, 0, Standing.NEGLIGENT),
        (2, 0.0, 2, Standing.NEGLIGENT),  # twice never called back: no sample size needed
        (0, None, 0, Standing.INSUFFICIENT_DATA),
    ],
)
def test_standing_rules(assessed: int, share: float | None, unconfirmed: int, standing: Standing) -> None:
    assert classify(assessed, share, unconfirmed, StandingRules()) is standing


def test_rankings_best_first_with_shared_ranks_and_unranked_last() -> None:
    records = (
        [record(i, 1, 10.0) for i in range(1, 4)]  # all on time, median 10
        + [record(i, 2, 10.0) for i in range(4, 7)]  # same as officer 1: shares the rank
        + [record(i, 3, 15.0) for i in range(7, 10)]  # on time, slower
        + [record(i, 4, 60.0) for i in range(10, 13)]  # all late
        + [record(13, 5, 5.0)]  # one case: not ranked
    )
    stats = officer_statistics(records, OPEN, starts_at=T0, ends_at=FAR, as_of=FAR)
    ranking = [(item.rank, item.stats.officer_id, item.stats.standing) for item in rank_officers(stats)]
    assert ranking == [
        (1, 1, Standing.COMMENDABLE),
        (1, 2, Standing.COMMENDABLE),
        (3, 3, Standing.COMMENDABLE),
        (4, 4, Standing.NEGLIGENT),
        (None, 5, Standing.INSUFFICIENT_DATA),
    ]


def test_a_case_instructed_outside_office_hours_is_never_held_against_the_officer() -> None:
    late_at_night = record(1, 7, None, instructed_outside_hours=True)  # never confirmed
    assert response_time(late_at_night, OPEN, as_of=FAR).outcome is ResponseOutcome.OUTSIDE_HOURS
    prompt = record(2, 7, 12.0, instructed_outside_hours=True)
    assert response_time(prompt, OPEN, as_of=FAR).outcome is ResponseOutcome.OUTSIDE_HOURS  # nor counted for them
    others = [record(case_id, 7, 12.0) for case_id in range(3, 6)]
    (stats,) = officer_statistics([late_at_night, prompt, *others], OPEN, starts_at=T0, ends_at=FAR, as_of=FAR)
    assert (stats.cases, stats.on_time, stats.unconfirmed, stats.outside_hours) == (3, 3, 0, 2)
    assert stats.standing is Standing.COMMENDABLE


def test_the_outside_hours_flag_comes_from_the_case() -> None:
    assert not ResponseRecord.from_case(1, case_in(EscalationState.INSTRUCTED)).instructed_outside_hours


def test_a_case_redirected_to_the_alternate_is_not_held_against_the_officer() -> None:
    redirected = record(1, 7, None, instructed_after=None, redirected=True)  # away: never instructed
    assert response_time(redirected, OPEN, as_of=FAR).outcome is ResponseOutcome.REDIRECTED
    stats = officer_statistics([redirected, record(2, 7, 10.0)], OPEN, starts_at=T0, ends_at=FAR, as_of=FAR)
    assert (stats[0].cases, stats[0].assessed, stats[0].unconfirmed, stats[0].on_time_share) == (1, 1, 0, 1.0)


def test_a_case_handed_on_after_the_instruction_stays_unconfirmed() -> None:
    handed_on = record(1, 7, None, instructed_after=10.0, redirected=True)
    assert response_time(handed_on, OPEN, as_of=FAR).outcome is ResponseOutcome.UNCONFIRMED
