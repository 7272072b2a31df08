"""The demo district is a true Hardoi-shaped roster and its cases tell consistent stories."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import datetime, time, timedelta, timezone
from itertools import islice
from pathlib import Path

import pytest

from console.demo import DemoDistrict, DemoEscalation, DemoSettings, EventAction, generate_district
from console.demo.escalations import Absences
from console.demo.hardoi import BLOCKS, TEHSILS
from console.demo.office_hours import IST, DemoOfficeHours
from console.domain import EscalationState, RepresentativeKind, Thresholds
from console.roster.designations import BY_KEY, find_designation
from console.roster.reader import read_roster
from console.roster.writer import write_roster

UTC = timezone.utc
NOW = datetime(2026, 3, 18, 12, 0, tzinfo=IST)  # a Wednesday, noon
HOURS = DemoOfficeHours()
State = EscalationState
Action = EventAction

# Which step may follow which: the lifecycle of DESIGN.md, as the demo uses it.
ALLOWED = {
    None: {Action.LOGGED},
    Action.LOGGED: {Action.BECAME_DUE, Action.REDIRECTED, Action.INSTRUCTED, Action.CANCELLED},
    Action.BECAME_DUE: {Action.INSTRUCTED, Action.CANCELLED},
    Action.REDIRECTED: {Action.CLOSED},
    Action.INSTRUCTED: {Action.ALARM_RAISED, Action.CONFIRMED},
    Action.REINSTRUCTED: {Action.ALARM_RAISED, Action.CONFIRMED},
    Action.ALARM_RAISED: {Action.REINSTRUCTED, Action.ESCALATED, Action.CONFIRMED},
    Action.ESCALATED: {Action.CONFIRMED, Action.CLOSED},
    Action.CONFIRMED: {Action.CLOSED},
}


def _designation_key(title: str) -> str:
    designation = find_designation(title)
    assert designation is not None, f"{title!r} is not a known UP designation"
    return designation.key


@pytest.fixture(scope="module")
def district() -> DemoDistrict:
    return generate_district(DemoSettings(now=NOW))


@pytest.fixture(scope="module")
def cases(district: DemoDistrict) -> list[DemoEscalation]:
    return list(district.escalations())


def test_the_same_seed_gives_the_same_district_and_another_seed_does_not(district: DemoDistrict) -> None:
    again = generate_district(DemoSettings(now=NOW))
    assert again.roster == district.roster
    assert list(islice(again.escalations(), 50)) == list(islice(district.escalations(), 50))
    other = generate_district(DemoSettings(now=NOW, seed=7))
    assert other.roster.officers != district.roster.officers


def test_the_roster_passes_every_import_check_and_round_trips(district: DemoDistrict, tmp_path: Path) -> None:
    path = tmp_path / "hardoi-demo.xlsx"
    write_roster(path, district.roster)
    assert read_roster(path) == district.roster


def test_a_hardoi_sized_establishment_with_real_posts(district: DemoDistrict) -> None:
    officers = district.roster.officers
    assert 190 <= len(officers) <= 210
    posts = Counter(_designation_key(officer.designation_en) for officer in officers)
    assert (posts["dm"], posts["cdo"], posts["sp"], posts["cmo"], posts["bsa"], posts["dios"]) == (1, 1, 1, 1, 1, 1)
    assert (posts["sdm"], posts["tehsildar"], posts["bdo"]) == (len(TEHSILS), len(TEHSILS), len(BLOCKS))
    assert posts["adm_finance_revenue"] == 1 and posts["co"] >= 2 and posts["executive_engineer_pwd"] >= 1
    offices = {officer.office for officer in officers}
    assert {f"Tehsil {tehsil}" for tehsil in TEHSILS} | {f"Block {block}" for block in BLOCKS} <= offices
    assert officers[0].code == "HRD-0001" and officers[0].designation_hi == "जिलाधिकारी"


def test_superiors_follow_the_designation_table(district: DemoDistrict) -> None:
    by_code = {officer.code: officer for officer in district.roster.officers}
    key_of = {officer.code: _designation_key(officer.designation_en) for officer in district.roster.officers}
    present = set(key_of.values())
    for officer in district.roster.officers:
        usual = BY_KEY[key_of[officer.code]].superiors
        if officer.superior_code is None:
            assert not present & set(usual), officer  # none of the usual superiors serves in the district
        else:
            assert key_of[officer.superior_code] in usual, officer
    tehsildars = [o for o in by_code.values() if o.designation_en == "Tehsildar"]
    assert all(by_code[o.superior_code or ""].office == o.office for o in tehsildars)  # the SDM of the same tehsil


def test_names_in_both_scripts_and_numbers_in_the_fictional_range(district: DemoDistrict) -> None:
    for officer in district.roster.officers:
        assert officer.name_en.isascii() and not officer.name_hi.isascii()
        assert officer.official_number.startswith("+9190000")
        assert all(number.startswith("+9190001") for number in officer.other_numbers)
    for representative in district.roster.representatives:
        assert all(number.startswith("+9190009") for number in representative.registered_numbers)
    assert len({o.name_en for o in district.roster.officers}) >= 0.95 * len(district.roster.officers)


def test_a_dozen_representatives_for_the_real_seats(district: DemoDistrict) -> None:
    representatives = district.roster.representatives
    kinds = Counter(representative.kind for representative in representatives)
    assert kinds == {RepresentativeKind.MP: 2, RepresentativeKind.MLA: 8, RepresentativeKind.MLC: 1,
                     RepresentativeKind.OTHER: 1}
    seats = {representative.constituency for representative in representatives}
    assert {"Hardoi (SC)", "Misrikh (SC)", "Sawaijpur", "Shahabad", "Hardoi", "Gopamau (SC)", "Sandi (SC)",
            "Bilgram-Mallanwan", "Balamau (SC)", "Sandila"} <= seats


def test_five_to_eight_percent_away_now_each_with_an_alternate_who_is_there(district: DemoDistrict) -> None:
    active = [officer for officer in district.roster.officers if officer.active]
    now = NOW.astimezone(UTC)
    away = [period for period in district.roster.periods if period.starts_at <= now < period.ends_at]
    assert 0.05 <= len(away) / len(active) <= 0.08
    absences = Absences(district.roster.periods)
    active_codes = {officer.code for officer in active}
    with_alternate = [period for period in away if period.alternate_code]
    assert len(with_alternate) >= 0.9 * len(away)
    for period in with_alternate:
        assert period.alternate_code in active_codes and period.alternate_code != period.officer_code
        assert absences.at(period.alternate_code or "", now) is None


def test_every_event_is_in_office_hours_in_order_and_not_in_the_future(cases: list[DemoEscalation]) -> None:
    now = NOW.astimezone(UTC)
    for case in cases:
        assert case.called_at <= case.logged_at and HOURS.is_open(case.called_at)
        times = [event.at for event in case.events]
        assert times == sorted(times) and times[-1] <= now
        assert all(HOURS.is_open(at) for at in times), case


def test_every_case_follows_the_lifecycle(cases: list[DemoEscalation]) -> None:
    for case in cases:
        previous = None
        for event in case.events:
            assert event.action in ALLOWED.get(previous, set()), case
            previous = event.action
        first = case.events[0]
        waited = HOURS.business_minutes_between(case.called_at, first.at)
        assert first.state is (State.WAITING if waited < 10 else State.DUE)


def test_the_ladder_keeps_the_thresholds(cases: list[DemoEscalation]) -> None:
    thresholds = Thresholds()
    for case in cases:
        last_instruction = first_instruction = None
        for event in case.events:
            if event.action in (Action.INSTRUCTED, Action.REINSTRUCTED):
                last_instruction = event.at
                first_instruction = first_instruction or event.at
            elif event.action is Action.ALARM_RAISED:
                assert last_instruction is not None
                window = HOURS.business_minutes_between(last_instruction, event.at)
                assert thresholds.confirm_within_minutes <= window < thresholds.confirm_within_minutes + 1 / 60
            elif event.action is Action.ESCALATED:
                assert first_instruction is not None
                assert HOURS.business_minutes_between(first_instruction, event.at) >= 60 - 1 / 60
                assert event.detail("superior_code")
        assert sum(event.action is Action.REINSTRUCTED for event in case.events) <= thresholds.max_reinstructions


def test_response_times_look_like_a_real_district(cases: list[DemoEscalation]) -> None:
    minutes = []
    for case in cases:
        instructed, confirmed = case.first(Action.INSTRUCTED), case.first(Action.CONFIRMED)
        if instructed is not None and confirmed is not None:
            minutes.append(HOURS.business_minutes_between(instructed.at, confirmed.at))
    instructed_cases = [case for case in cases if case.first(Action.INSTRUCTED)]
    assert 5 <= statistics.median(minutes) <= 20
    assert sum(5 <= value <= 20 for value in minutes) >= 0.6 * len(instructed_cases)  # most
    assert sum(value > 20 for value in minutes) >= 0.05 * len(instructed_cases)  # some slow
    never = [case for case in instructed_cases if case.first(Action.CONFIRMED) is None and not case.state.is_open]
    assert 0.02 * len(instructed_cases) <= len(never) <= 0.15 * len(instructed_cases)  # a few never
    actions = Counter(event.action for case in cases for event in case.events)
    assert actions[Action.REDIRECTED] >= 5 and actions[Action.CANCELLED] >= 3 and actions[Action.ESCALATED] >= 3
    days = {case.called_at.astimezone(IST).date() for case in cases}
    assert len(days) >= 45  # sixty calendar days hold about fifty working days


def test_redirects_happen_exactly_when_the_officer_is_away(district: DemoDistrict, cases: list[DemoEscalation]) -> None:
    absences = Absences(district.roster.periods)
    superiors = {officer.code: officer.superior_code for officer in district.roster.officers}
    for case in cases:
        away = absences.at(case.officer_code, case.logged_at)
        redirected = case.first(Action.REDIRECTED)
        assert (away is not None) == (redirected is not None), case
        if away is not None and redirected is not None:
            assert redirected.detail("alternate_code") == (away.alternate_code or superiors[case.officer_code])


def test_one_open_case_per_representative_and_officer(cases: list[DemoEscalation]) -> None:
    spans: dict[tuple[str, str], list[tuple[datetime, datetime]]] = {}
    far = datetime.max.replace(tzinfo=UTC)
    for case in cases:
        end = case.events[-1].at if not case.state.is_open else far
        spans.setdefault((case.representative_code, case.officer_code), []).append((case.called_at, end))
    for pair_spans in spans.values():
        pair_spans.sort()
        assert all(later[0] > earlier[1] for earlier, later in zip(pair_spans, pair_spans[1:]))


def test_the_console_opens_on_a_living_queue(cases: list[DemoEscalation]) -> None:
    open_cases = [case for case in cases if case.state.is_open]
    assert len(open_cases) >= 3
    assert {case.state for case in open_cases} <= {State.WAITING, State.DUE, State.INSTRUCTED, State.ALARM,
                                                   State.ESCALATED, State.CONFIRMED, State.REDIRECTED}
    assert [case.number for case in cases] == list(range(1, len(cases) + 1))


class FiveDayWeek:
    """Another calendar: Saturdays closed, 09:30–18:00; the generator must keep to it."""

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(IST)
        return local.weekday() < 5 and time(9, 30) <= local.time() < time(18)

    def next_opening(self, at: datetime) -> datetime:
        local = at.astimezone(IST)
        if self.is_open(at):
            return at.astimezone(UTC)
        day = local.date() + timedelta(days=1 if local.time() >= time(18) else 0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(day, time(9, 30), IST).astimezone(UTC)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        current, remaining = self.next_opening(start), timedelta(minutes=minutes)
        while True:
            closing = datetime.combine(current.astimezone(IST).date(), time(18), IST)
            if current + remaining <= closing:
                return (current + remaining).astimezone(UTC)
            remaining -= closing - current
            current = self.next_opening(closing)

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        total, current = 0.0, self.next_opening(start)
        while current < end:
            closing = datetime.combine(current.astimezone(IST).date(), time(18), IST)
            total += (min(closing, end) - current).total_seconds() / 60
            current = self.next_opening(closing)
        return total


def test_any_business_calendar_can_drive_the_generator() -> None:
    hours = FiveDayWeek()
    district = generate_district(DemoSettings(now=NOW, history_days=20, case_count=150), hours)
    cases = list(district.escalations())
    assert len(cases) >= 100
    assert all(hours.is_open(event.at) for case in cases for event in case.events)
    assert not any(event.at.astimezone(IST).weekday() == 5 for case in cases for event in case.events)


def test_it_scales_lazily() -> None:
    big = generate_district(DemoSettings(now=NOW, officer_count=1_500, history_days=365, case_count=30_000))
    assert len(big.roster.officers) == 1_500
    assert len({officer.official_number for officer in big.roster.officers}) == 1_500
    first = list(islice(big.escalations(), 100))  # a year is never built in memory to read its start
    assert first[0].called_at.astimezone(IST).date() <= (NOW - timedelta(days=360)).date()
