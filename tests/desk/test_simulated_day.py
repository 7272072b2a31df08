"""A simulated day: 100 complaints, officers prompt, slow, never answering or on leave, on one fake clock.

At the end every case's state, its whole timeline (each action at its instant)
and the officers' response times are exactly what the script implies, worked
out by :func:`tests.desk.day.expected_cases` from the business calendar alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest

from console.calendar import BusinessCalendar
from console.clock import FakeClock
from console.config import DistrictConfig
from console.desk.desk import Desk
from console.desk.runtime import DeskRuntime
from console.desk.settings import DeskSettings
from console.desk.simulation import OfficerResponder
from console.domain import EscalationState, OutboxKind, OutboxStatus
from console.metrics import ResponseRecord, ResponseThresholds, response_time
from db.database import Database
from db.repositories.roster import RosterBatch
from modem.state import Role
from tests.desk import day
from tests.desk.rig import Line, Rig


@pytest.fixture
def world(database: Database, config: DistrictConfig) -> Iterator[tuple[Desk, DeskRuntime, Rig, OfficerResponder]]:
    clock = FakeClock(day.DAY_START)
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(day.officers(), day.representatives(), day.periods()), actor="admin",
                          at=clock.now(), source="simulated day")
    desk = Desk(database, DeskSettings.for_district(config, ring_seconds=10, talk_seconds=30), clock)
    rig = Rig(clock, (Line(roles=frozenset({Role.SMS}), daily_cap=1000), Line(roles=frozenset({Role.VOICE}))))
    responder = OfficerResponder(rig.simulators, day.simulated_officers(), desk.settings.case_prefix)
    rig.start()
    runtime = DeskRuntime(desk, rig.modems, worker="day", dispatch_poll_seconds=0.05)
    runtime.start(start_modems=False, run_ladder=False)
    yield desk, runtime, rig, responder
    runtime.stop(stop_modems=False)
    rig.close()


def test_a_day_of_complaints_ends_exactly_as_the_script_implies(
    world: tuple[Desk, DeskRuntime, Rig, OfficerResponder]
) -> None:
    desk, runtime, rig, responder = world
    day.DayDriver(desk, runtime, rig, responder).run(day.DAY_END)

    calendar = desk.settings.calendar
    assert isinstance(calendar, BusinessCalendar)
    with desk.database.reading() as work:
        cases = sorted(work.escalations.logged_between(day.DAY_START, day.DAY_END + timedelta(days=1)),
                       key=lambda record: record.id)
        timelines = {record.id: work.escalations.timeline(record.id) for record in cases}
        outbox = work.outbox.recent(limit=10_000)
    expected = list(day.expected_cases(calendar))
    on_leave = sum(1 for item in day.script() if day.kind_of(item.officer_id) is day.Kind.ON_LEAVE)
    assert len(cases) == len(expected) == day.COMPLAINTS + on_leave  # and a case for the alternate of each
    for record, (item, wanted) in zip(cases, expected):
        where = f"case {record.case_code} (complaint #{item.index}, officer {record.officer_id})"
        assert record.officer_id == wanted.officer_id, where
        assert record.state is wanted.state, where
        actual = tuple((event.action, event.at) for event in timelines[record.id])
        assert actual == wanted.timeline, where
        assert record.callback_at == wanted.callback_at, where

    # the response times, as the reports will compute them, against the script's
    thresholds = ResponseThresholds.from_thresholds(desk.settings.thresholds)
    measured, wanted_minutes = [], []
    for record, (item, wanted) in zip(cases, expected):
        if record.state is EscalationState.REDIRECTED:
            continue
        timed = response_time(ResponseRecord(record.id, record.officer_id, record.representative_called_at,
                                             record.instructed_at, record.callback_at),
                              calendar, thresholds, as_of=day.DAY_END)
        measured.append((record.id, timed.outcome.value, timed.business_minutes))
        redirected = bool(timelines[record.id][0].details.get("redirected_from"))  # the alternate's case
        called_at = wanted.timeline[0][1] - timedelta(minutes=0 if redirected else 10)
        minutes = None if wanted.callback_at is None else calendar.business_minutes_between(called_at,
                                                                                            wanted.callback_at)
        outcome = ("unconfirmed" if minutes is None
                   else "on_time" if minutes <= thresholds.response_within_minutes else "late")
        wanted_minutes.append((record.id, outcome, minutes))
    assert measured == wanted_minutes
    by_kind = Counter((day.kind_of(record.officer_id), outcome) for record, (_, outcome, _) in
                      zip([r for r in cases if r.state is not EscalationState.REDIRECTED], measured))
    assert by_kind[(day.Kind.PROMPT, "on_time")] > 50 and by_kind[(day.Kind.NEVER, "unconfirmed")] > 10
    assert by_kind[(day.Kind.SLOW, "late")] > 10 and by_kind[(day.Kind.PROMPT, "late")] == 0

    # every message and call the outbox holds went out once, and the simulators saw exactly those; the rows
    # not sent were withdrawn because their case was confirmed (or redirected) before their turn came
    withdrawn = [row for row in outbox if row.status is OutboxStatus.CANCELLED]
    assert all(row.last_error_class == "withdrawn" for row in withdrawn)
    outbox = [row for row in outbox if row.status is not OutboxStatus.CANCELLED]
    assert {row.status for row in outbox} <= {OutboxStatus.SENT, OutboxStatus.DELIVERED}
    sms = [row for row in outbox if row.kind is OutboxKind.SMS]
    calls = [row for row in outbox if row.kind is OutboxKind.CALL]
    assert sorted((row.to_number, row.body) for row in sms) == sorted(rig.sent_sms())
    assert sorted(row.to_number for row in calls) == sorted(number for number, _ in rig.calls())
    assert all(row.attempts == 1 for row in outbox)
    answered = [row for row in calls if row.status is OutboxStatus.DELIVERED]  # a call the officer picked up
    assert len(answered) == sum(1 for _, outcome in rig.calls() if outcome == "answered") > 50
