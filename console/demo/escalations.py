"""Past escalations with believable timelines, generated one working day at a time.

A quarter of the officers call back within a few minutes of the instruction,
most within 5–20 business minutes; some are slow and go through the alarm and
re-instruction; a few never call and are reported to their superior. Days
differ: Mondays are busy, Saturdays quiet, and now and then a storm or a power
failure brings a burst of complaints, so a month's charts have a shape. An officer away on the day is redirected to the
alternate; a few complaints are cancelled. Every step falls inside office hours
on the business calendar, and the ladder follows the district's Thresholds.
Each day has its own random stream, so a year is generated lazily and the same
seed always gives the same cases.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from itertools import accumulate

from console.demo.office_hours import IST
from console.demo.timeline import (
    DEMO_OPERATORS,
    DEMO_SUPERVISOR,
    SYSTEM_ACTOR,
    DemoEscalation,
    DemoEvent,
    EventAction,
)
from console.domain import AvailabilityStatus, BusinessHours, ContactChannel, EscalationState, Thresholds
from console.lifecycle_commands import ConfirmationMethod
from console.roster.designations import find_designation
from console.roster.model import AvailabilityRow, OfficerRow, RepresentativeRow

UTC = timezone.utc
State = EscalationState

# How often representatives complain about each post, relative to an ordinary district officer.
_COMPLAINT_WEIGHT = {
    "sdm": 4.0, "bdo": 4.0, "tehsildar": 3.0, "executive_engineer_electricity": 4.0, "sdo_electricity": 4.0,
    "sho": 3.0, "co": 2.0, "cmo": 2.0, "executive_engineer_pwd": 2.0, "executive_engineer_jal_nigam": 2.0,
    "district_supply_officer": 2.0, "executive_officer_urban": 2.0, "bsa": 2.0, "naib_tehsildar": 1.5,
    "dm": 0.3, "sp": 0.5,
}
_NOTES = (
    "बिजली आपूर्ति बाधित, ट्रांसफार्मर जला", "वृद्धावस्था पेंशन प्रकरण", "खाद वितरण में अनियमितता", "राशन कार्ड प्रकरण",
    "सड़क मरम्मत", "भूमि पैमाइश का प्रकरण", "हैंडपंप खराब", "प्रधानमंत्री आवास योजना", "ब्लॉक कार्यालय के पास सड़क पर जलभराव",
    "एक सप्ताह से ट्रांसफार्मर नहीं बदला", "दाखिल-खारिज लंबित", "विद्यालय भवन की मरम्मत", "",
)  # the demo's operators write in Hindi: notes are people's words, shown as written in either language
_CANCEL_REASONS = ("जनप्रतिनिधि की अधिकारी से बात हो गई", "त्रुटिवश दर्ज", "दोहरी प्रविष्टि")
_CLOSED_REDIRECTED = "जनप्रतिनिधि को प्रतिस्थानी का नंबर दिया"
_CLOSED_CONFIRMED = "वापसी कॉल की पुष्टि के बाद बंद"
_CLOSED_UNCONFIRMED = "पुष्टि नहीं हुई — पर्यवेक्षक ने बंद किया"
_CHANNELS, _CHANNEL_WEIGHTS = (ContactChannel.MOBILE, ContactChannel.PHONE, ContactChannel.IN_PERSON), (70, 95, 100)
_METHODS = (ConfirmationMethod.OPERATOR, ConfirmationMethod.SMS_REPLY, ConfirmationMethod.MISSED_CALL)
_METHOD_WEIGHTS = (55, 85, 100)  # cumulative: most by the operator, some by SMS reply, a few by missed call


class Behaviour(str, Enum):
    EXEMPLARY = "exemplary"
    PROMPT = "prompt"
    SLOW = "slow"
    NEGLIGENT = "negligent"


_OUTCOMES = {  # behaviour → chances that one case is answered promptly, slowly, never
    Behaviour.EXEMPLARY: (0.96, 0.03, 0.01),
    Behaviour.PROMPT: (0.90, 0.08, 0.02),
    Behaviour.SLOW: (0.45, 0.47, 0.08),
    Behaviour.NEGLIGENT: (0.25, 0.45, 0.30),
}
EXEMPLARY_MINUTES = (2.0, 9.0, 4.0)  # business minutes from instruction to callback: low, high, most likely
PROMPT_MINUTES = (3.0, 16.0, 6.0)
SLOW_MINUTES = (20.0, 55.0)
_HABITS = ((0.25, Behaviour.EXEMPLARY), (0.7, Behaviour.PROMPT), (0.9, Behaviour.SLOW), (1.0, Behaviour.NEGLIGENT))
REPRESENTATIVE_DELAY_MINUTES = 2.0  # mean minutes, after the officer's ten, before the representative rings the center
_WEEKDAY_LOAD = (1.4, 1.1, 1.0, 1.0, 0.9, 0.6, 0.5)  # Monday to Sunday
_BURST_CHANCE, _BURST_LOAD = 0.06, 2.5  # a storm, a power failure: a day with many complaints


def behaviour_of(seed: int, officer_code: str) -> Behaviour:
    """An officer's habit, fixed per seed, so rankings in the demo have a shape."""
    roll = random.Random(f"{seed}:behaviour:{officer_code}").random()
    return next(behaviour for limit, behaviour in _HABITS if roll < limit)


class Absences:
    """Who is away when, with the alternate named for the period."""

    def __init__(self, periods: Sequence[AvailabilityRow]) -> None:
        self._periods: dict[str, list[AvailabilityRow]] = {}
        for period in sorted(periods, key=lambda item: item.starts_at):
            if period.status is not AvailabilityStatus.ON_DUTY:
                self._periods.setdefault(period.officer_code, []).append(period)
        self._starts = {code: [period.starts_at for period in own] for code, own in self._periods.items()}

    def at(self, officer_code: str, instant: datetime) -> AvailabilityRow | None:
        starts = self._starts.get(officer_code)
        if not starts:
            return None
        index = bisect.bisect_right(starts, instant) - 1
        period = self._periods[officer_code][index] if index >= 0 else None
        return period if period is not None and instant < period.ends_at else None


@dataclass(frozen=True)
class CaseSpan:
    """The days and how many cases each gets."""

    days: tuple[date, ...]
    counts: tuple[int, ...]


def spread_cases(rng: random.Random, days: Sequence[date], total: int) -> CaseSpan:
    """``total`` cases over ``days``: more on Mondays, fewer on Saturdays, a burst now and then."""
    if not days:
        return CaseSpan((), ())
    loads = [_WEEKDAY_LOAD[day.weekday()] * rng.uniform(0.7, 1.3) * (_BURST_LOAD if rng.random() < _BURST_CHANCE
                                                                        else 1.0) for day in days]
    scale = total / sum(loads)
    shares = [load * scale for load in loads]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(len(days)), key=lambda index: counts[index] - shares[index])
    for index in by_remainder[: total - sum(counts)]:  # largest remainders first: the total is exact
        counts[index] += 1
    return CaseSpan(tuple(days), tuple(counts))


def business_time_after(hours: BusinessHours, start: datetime, minutes: float) -> datetime:
    """``minutes`` business minutes after ``start``, moved to the next opening if that lands on closing time."""
    at = hours.add_business_minutes(start, minutes)
    return at if hours.is_open(at) else hours.next_opening(at)


class _Timeline:
    """Builds one case's events, each at least the given business minutes after the last."""

    def __init__(self, hours: BusinessHours, start: datetime) -> None:
        self.hours = hours
        self.last = start
        self.events: list[DemoEvent] = []

    def after(self, minutes: float, base: datetime | None = None) -> datetime:
        return business_time_after(self.hours, base or self.last, minutes)

    def add(self, action: EventAction, at: datetime, actor: str, state: State, **details: str) -> datetime:
        at = max(at.replace(microsecond=0), self.last)  # whole seconds, never before the previous step
        self.events.append(DemoEvent(action, at, actor, state, tuple(details.items())))
        self.last = at
        return at


class EscalationGenerator:
    def __init__(
        self,
        seed: int,
        hours: BusinessHours,
        thresholds: Thresholds,
        officers: Sequence[OfficerRow],
        representatives: Sequence[RepresentativeRow],
        representative_weights: Sequence[float],
        absences: Absences,
    ) -> None:
        self.seed, self.hours, self.thresholds, self.absences = seed, hours, thresholds, absences
        self.officers = [officer for officer in officers if officer.active]
        self.superiors = {officer.code: officer.superior_code for officer in officers}
        self.officer_weights = list(accumulate(_weight(officer) for officer in self.officers))
        self.representatives = list(representatives)
        self.representative_weights = list(accumulate(representative_weights))
        self.behaviours = {officer.code: behaviour_of(seed, officer.code) for officer in self.officers}
        self.busy_until: dict[tuple[str, str], datetime] = {}  # one open case per pair

    def cases(self, span: CaseSpan, now: datetime, open_count: int) -> Iterator[DemoEscalation]:
        """Each day's cases in the order the representatives called, then the cases still open at ``now``."""
        number = 0
        for rng, called_at in self._calls(span, now, open_count):
            case = self._case(rng, number + 1, called_at, now)
            if case is not None:
                number += 1
                yield case

    def _calls(self, span: CaseSpan, now: datetime, open_count: int) -> Iterator[tuple[random.Random, datetime]]:
        """Call times with the random stream that goes on to draw each case (one stream a day)."""
        for day, count in zip(span.days, span.counts):
            rng = random.Random(f"{self.seed}:cases:{day.isoformat()}")
            for called_at in sorted(self._call_times(rng, day, count)):
                yield rng, called_at
        rng = random.Random(f"{self.seed}:open")
        for called_at in sorted(self._recent_call_times(rng, now, open_count)):
            yield rng, called_at

    def _recent_call_times(self, rng: random.Random, now: datetime, count: int) -> Iterator[datetime]:
        """Calls 12–45 business minutes before ``now`` (or the last closing): logged, mostly still open."""
        week_ago = now - timedelta(days=7)
        elapsed = self.hours.business_minutes_between(week_ago, now)
        for _ in range(count):
            called_at = self.hours.add_business_minutes(week_ago, max(0.0, elapsed - rng.uniform(12, 45)))
            yield called_at.replace(microsecond=0)

    def _call_times(self, rng: random.Random, day: date, count: int) -> Iterator[datetime]:
        opening = self.hours.next_opening(datetime.combine(day, time(0), IST).astimezone(UTC))
        for _ in range(count):
            yield self.hours.add_business_minutes(opening, rng.uniform(0, 6.5 * 60)).replace(microsecond=0)

    def _case(self, rng: random.Random, number: int, called_at: datetime, now: datetime) -> DemoEscalation | None:
        representative = rng.choices(self.representatives, cum_weights=self.representative_weights)[0]
        officer = self._officer_for(rng, representative.code, called_at)
        if officer is None:
            return None
        early = rng.random() < 0.12  # the representative rang the center before ten minutes had passed
        delay = rng.uniform(4, 9.5) if early else self.thresholds.act_after_minutes + min(
            rng.expovariate(1 / REPRESENTATIVE_DELAY_MINUTES), 90)
        timeline = _Timeline(self.hours, called_at)
        logged_at = timeline.after(delay)
        if logged_at > now:
            return None
        operator = rng.choice(DEMO_OPERATORS)
        due_at = timeline.after(self.thresholds.act_after_minutes, called_at)
        waiting = due_at > logged_at
        timeline.add(EventAction.LOGGED, logged_at, operator, State.WAITING if waiting else State.DUE)
        away = self.absences.at(officer.code, logged_at)
        if away is not None:
            self._redirect(rng, timeline, officer, operator, away)
        else:
            if waiting:
                timeline.add(EventAction.BECAME_DUE, due_at, SYSTEM_ACTOR, State.DUE)
            self._follow(rng, timeline, officer, operator)
        events = tuple(event for event in timeline.events if event.at <= now)
        open_until = events[-1].at if not events[-1].state.is_open else datetime.max.replace(tzinfo=UTC)
        self.busy_until[(representative.code, officer.code)] = open_until
        channel = rng.choices(_CHANNELS, cum_weights=_CHANNEL_WEIGHTS)[0]
        return DemoEscalation(number, representative.code, officer.code, called_at, channel, rng.choice(_NOTES),
                              events)

    def _officer_for(self, rng: random.Random, representative_code: str, called_at: datetime) -> OfficerRow | None:
        for _ in range(5):
            officer = rng.choices(self.officers, cum_weights=self.officer_weights)[0]
            busy = self.busy_until.get((representative_code, officer.code))
            if busy is None or busy < called_at:
                return officer
        return None

    def _redirect(self, rng: random.Random, timeline: _Timeline, officer: OfficerRow, operator: str,
                  away: AvailabilityRow) -> None:
        """The officer is away: the representative is given the alternate (or, lacking one, the superior)."""
        stand_in = away.alternate_code or self.superiors.get(officer.code) or ""
        timeline.add(EventAction.REDIRECTED, timeline.after(rng.uniform(0.5, 3)), operator, State.REDIRECTED,
                     alternate_code=stand_in, status=away.status.value)
        timeline.add(EventAction.CLOSED, timeline.after(rng.uniform(3, 25)), operator, State.CLOSED,
                     reason=_CLOSED_REDIRECTED)

    def _follow(self, rng: random.Random, timeline: _Timeline, officer: OfficerRow, operator: str) -> None:
        if rng.random() < 0.04:
            timeline.add(EventAction.CANCELLED, timeline.after(rng.uniform(2, 30)), operator, State.CANCELLED,
                         reason=rng.choice(_CANCEL_REASONS))
            return
        instructed_at = timeline.add(EventAction.INSTRUCTED, timeline.after(rng.uniform(0.5, 4)), operator,
                                     State.INSTRUCTED, channels="call,sms", language="hi")
        confirm_at = self._confirmation_time(rng, officer.code, instructed_at)
        confirmed = self._ladder(rng, timeline, officer, operator, instructed_at, confirm_at)
        if confirm_at is not None and confirmed:
            method = rng.choices(_METHODS, cum_weights=_METHOD_WEIGHTS)[0]
            actor = operator if method is ConfirmationMethod.OPERATOR else SYSTEM_ACTOR
            timeline.add(EventAction.CONFIRMED, confirm_at, actor, State.CONFIRMED, method=method.value)
            timeline.add(EventAction.CLOSED, timeline.after(rng.uniform(1, 20)), operator, State.CLOSED,
                         reason=_CLOSED_CONFIRMED)
        else:
            timeline.add(EventAction.CLOSED, timeline.after(rng.uniform(60, 240)), DEMO_SUPERVISOR, State.CLOSED,
                         reason=_CLOSED_UNCONFIRMED)

    def _confirmation_time(self, rng: random.Random, officer_code: str, instructed_at: datetime) -> datetime | None:
        behaviour = self.behaviours[officer_code]
        prompt, slow, _ = _OUTCOMES[behaviour]
        roll = rng.random()
        if roll < prompt:
            minutes = rng.triangular(*(EXEMPLARY_MINUTES if behaviour is Behaviour.EXEMPLARY else PROMPT_MINUTES))
        elif roll < prompt + slow:
            minutes = rng.uniform(*SLOW_MINUTES)
        else:
            return None
        return business_time_after(self.hours, instructed_at, minutes)

    def _ladder(self, rng: random.Random, timeline: _Timeline, officer: OfficerRow, operator: str,
                instructed_at: datetime, confirm_at: datetime | None) -> bool:
        """Alarm, re-instruct, escalate, per the thresholds, until the callback; False if it never comes."""
        window = self.thresholds.confirm_within_minutes
        last_instruction, reinstructions = instructed_at, 0
        while True:
            deadline = timeline.after(window, last_instruction)
            if confirm_at is not None and confirm_at <= deadline:
                return True
            timeline.add(EventAction.ALARM_RAISED, deadline, SYSTEM_ACTOR, State.ALARM)
            if reinstructions < self.thresholds.max_reinstructions:
                again = timeline.after(rng.uniform(1, 3))
                if confirm_at is not None and confirm_at <= again:
                    return True
                last_instruction = timeline.add(EventAction.REINSTRUCTED, again, operator, State.INSTRUCTED,
                                                channels="call,sms", language="hi")
                reinstructions += 1
                continue
            escalate_at = max(deadline, timeline.after(self.thresholds.escalate_after_minutes, instructed_at))
            if confirm_at is not None and confirm_at <= escalate_at:
                return True
            timeline.add(EventAction.ESCALATED, escalate_at, SYSTEM_ACTOR, State.ESCALATED,
                         superior_code=self.superiors.get(officer.code) or "")
            return confirm_at is not None


def _weight(officer: OfficerRow) -> float:
    designation = find_designation(officer.designation_en)
    return _COMPLAINT_WEIGHT.get(designation.key, 1.0) if designation else 1.0
