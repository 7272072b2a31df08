"""The demo district's database: created once, consistent with the lifecycle, on SQLite and PostgreSQL."""

from __future__ import annotations

import statistics
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url

from console.calendar import BusinessCalendar
from console.clock import FakeClock
from console.demo import DEMO_OPERATORS, DEMO_SUPERVISOR
from console.demo.seed import (
    DemoSeedError,
    DemoSeedResult,
    demo_database_target,
    demo_source,
    ensure_demo_database,
)
from console.demo.seed_replay import UNCONFIRMED_HANDED_TO_SUPERIOR
from console.domain import EscalationState, UserRole
from db.database import Database
from db.engine import create_database_engine, default_sqlite_path
from db.models import Escalation, EscalationEvent
from tests.console.roster_command_support import dump
from tests.db.fixtures import BACKENDS
from tests.db.factories import seed_roster

UTC = timezone.utc
NOW = datetime(2026, 3, 18, 6, 30, tzinfo=UTC)  # a Wednesday, noon in Hardoi
CALENDAR = BusinessCalendar.for_district("hardoi")


def seed(database: Database) -> DemoSeedResult:
    return ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR)


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSeedResult]]:
    """One demo per backend for the read-only checks (seeding per test would be slow)."""
    if request.param == "sqlite":
        url = make_url(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo-hardoi.sqlite3'}")
    else:
        factory: Callable[[], URL] = request.getfixturevalue("postgres_database_factory")
        url = factory()
    database = Database.open(url.render_as_string(hide_password=False), create=True)
    yield database, seed(database)
    database.dispose()


def test_the_demo_is_a_hardoi_sized_district(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, result = seeded
    assert result.created and result.seeded_at == NOW and result.counts is not None
    counts = result.counts
    assert 180 <= counts.officers <= 240 and counts.representatives == 12
    assert 650 <= counts.cases <= 740 and counts.events >= 4 * counts.cases and counts.open_cases >= 3
    with database.reading() as work:
        assert len(work.roster.officer_codes()) == counts.officers
        assert len(work.escalations.open_cases()) == counts.open_cases
        state = work.live_records.load(NOW)
    assert len(state.open_cases) == counts.open_cases


def test_a_second_call_finds_it_and_writes_nothing(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, first = seeded
    before = dump(database)
    again = seed(database)
    assert not again.created and again.counts is None and again.seeded_at == first.seeded_at
    assert dump(database) == before


def test_every_timeline_leads_to_its_case(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, _ = seeded
    with database.reading() as work:
        cases = {row.id: row for row in work.session.execute(select(Escalation)).scalars()}
        events = work.session.execute(
            select(EscalationEvent).order_by(EscalationEvent.escalation_id, EscalationEvent.id)
        ).scalars().all()
    timelines: dict[int, list[EscalationEvent]] = {}
    for event in events:
        timelines.setdefault(event.escalation_id, []).append(event)
    assert set(timelines) == set(cases)
    for case_id, timeline in timelines.items():
        case = cases[case_id]
        assert timeline[0].from_state is None and timeline[0].action == "log"
        assert timeline[0].at == case.logged_at and timeline[0].actor == case.operator
        assert all(later.from_state is earlier.to_state for earlier, later in zip(timeline, timeline[1:]))
        assert all(earlier.at <= later.at for earlier, later in zip(timeline, timeline[1:]))
        assert all(event.actor and event.at <= NOW for event in timeline)
        assert timeline[-1].to_state is case.state and timeline[-1].at == case.last_event_at
        assert case.representative_called_at < case.logged_at


def test_response_times_are_plausible(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, _ = seeded
    with database.reading() as work:
        answered = work.session.execute(
            select(Escalation.instructed_at, Escalation.callback_at).where(Escalation.callback_at.is_not(None))
        ).all()
    minutes = [CALENDAR.business_minutes_between(instructed, callback) for instructed, callback in answered]
    assert len(minutes) >= 250
    assert 5 <= statistics.median(minutes) <= 20
    assert all(0 <= value <= 8 * 60 for value in minutes)  # nobody needs more than a working day


def test_at_most_one_open_case_per_representative_and_officer(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, _ = seeded
    open_states = [state for state in EscalationState if state.is_open]
    with database.reading() as work:
        per_pair = work.session.execute(
            select(func.count()).where(Escalation.state.in_(open_states))
            .group_by(Escalation.representative_id, Escalation.officer_id)
        ).scalars().all()
    assert per_pair and max(per_pair) == 1


def test_officers_who_never_call_back_stay_unconfirmed_but_closed(seeded: tuple[Database, DemoSeedResult]) -> None:
    """The supervisor hands such a case to the superior (a redirect) and closes it; no callback is invented."""
    database, _ = seeded
    with database.reading() as work:
        handed = work.session.execute(
            select(Escalation).where(Escalation.state == EscalationState.CLOSED, Escalation.escalated_at.is_not(None),
                                     Escalation.callback_at.is_(None))
        ).scalars().all()
        assert handed
        for case in handed:
            actions = [event.action for event in work.escalations.timeline(case.id)]
            assert actions[-3:] == ["escalate", "redirect", "close"]
            close = work.escalations.timeline(case.id)[-1]
            assert close.details["note"] == UNCONFIRMED_HANDED_TO_SUPERIOR and close.actor == DEMO_SUPERVISOR
            superior = work.officers.get(case.officer_id).superior_id
            assert case.redirected_to_officer_id == superior is not None


def test_the_demo_operators_and_supervisor_can_sign_in(seeded: tuple[Database, DemoSeedResult]) -> None:
    database, _ = seeded
    with database.reading() as work:
        roles = {user.username: user.role for user in work.users.list()}
        marker = work.audit.first_from(demo_source("hardoi"))
    assert roles == {**{name: UserRole.OPERATOR for name in DEMO_OPERATORS}, DEMO_SUPERVISOR: UserRole.SUPERVISOR}
    assert marker is not None and marker.at == NOW


def test_two_processes_starting_together_create_it_once(database_url: URL) -> None:
    databases = [Database(create_database_engine(database_url)) for _ in range(2)]
    start = threading.Barrier(2, timeout=30)
    results: list[DemoSeedResult] = []
    errors: list[BaseException] = []

    def start_up(database: Database) -> None:
        start.wait()
        try:
            results.append(seed(database))
        except BaseException as error:  # reported below, with the thread's failure
            errors.append(error)

    threads = [threading.Thread(target=start_up, args=(database,)) for database in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors and len(results) == 2
    assert Counter(result.created for result in results) == Counter({True: 1, False: 1})
    with databases[0].reading() as work:
        assert len(work.roster.officer_codes()) == next(r.counts for r in results if r.counts).officers
    for database in databases:
        database.dispose()


def test_a_real_districts_database_is_refused_untouched(database: Database) -> None:
    seed_roster(database)
    before = dump(database)
    with pytest.raises(DemoSeedError, match="already holds a district's officers"):
        seed(database)
    assert dump(database) == before


def test_only_the_hardoi_demo_exists(database: Database) -> None:
    with pytest.raises(DemoSeedError, match="no demo of district 'kannauj'"):
        ensure_demo_database(database, clock=FakeClock(NOW), calendar=CALENDAR, district="kannauj")


def test_the_demo_lives_in_its_own_file(tmp_path: Path) -> None:
    target = demo_database_target(data_dir=tmp_path)
    assert target.is_sqlite and target.url.database == str(tmp_path / "demo-hardoi.sqlite3")
    assert target.url.database != str(default_sqlite_path("hardoi", tmp_path))
