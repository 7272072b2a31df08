"""The demo district's database: created once, in a file of its own, from the demo generator.

``ensure_demo_database`` is what ``samvad-setu --demo`` (and ``make run``) call at
start-up. The first call stores the Hardoi roster (through the roster's own
bulk path, with its audit rows), the demo's operators and supervisor, and sixty
days of past cases replayed through the lifecycle; later calls find the set-up's
audit rows and return at once. Everything goes in one transaction, so a demo
database is either complete or empty, and two processes starting together
create it once: the first holds the writer's lock, the second then finds it done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from console.clock import Clock, ensure_utc
from console.config import load_district_config
from console.demo.district import DemoSettings, generate_district
from console.demo.hardoi import DISTRICT_CODE
from console.demo.seed_replay import ReplayedCase, Replayer
from console.demo.timeline import DEMO_OPERATORS, DEMO_SUPERVISOR, DemoEscalation
from console.domain import BusinessHours, Thresholds, UserRole
from console.lifecycle import EscalationCase, confirm_by, due_at
from console.roster.storage import store_roster
from db.database import Database, UnitOfWork
from db.engine import DatabaseTarget, default_sqlite_path
from db.repositories.escalation_history import PastCase, PastEvent

log = logging.getLogger(__name__)

DEMO_DISTRICT = "hardoi"  # the only district the generator knows
SETUP_ACTOR = "demo.setup"
SEED_LOCK = "samvad-setu demo seed"

DEMO_USERS: tuple[tuple[str, UserRole], ...] = (
    *((username, UserRole.OPERATOR) for username in DEMO_OPERATORS),
    (DEMO_SUPERVISOR, UserRole.SUPERVISOR),
)
_SAME_NAMES = tuple(sorted(
    ({f.name for f in fields(PastCase)} & {f.name for f in fields(EscalationCase)}) - {"confirmation_method"}
))
"""What a stored case takes from the lifecycle's case as it is (the method goes in as its code)."""

Progress = Callable[[int, int], None]
"""(cases stored, cases expected)."""


class DemoSeedError(RuntimeError):
    """The database cannot take the demo (it holds a real district's data, or the district has no demo)."""


@dataclass(frozen=True)
class DemoCounts:
    officers: int
    representatives: int
    periods: int
    users: int
    cases: int
    events: int
    open_cases: int

    @property
    def rows(self) -> int:
        return self.officers + self.representatives + self.periods + self.users + self.cases + self.events


@dataclass(frozen=True)
class DemoSeedResult:
    created: bool  # False: the demo was already there and nothing was written
    seeded_at: datetime  # when the demo was created, by this call or an earlier one
    counts: DemoCounts | None = None  # what this call stored; None when it stored nothing


def demo_database_target(district: str = DEMO_DISTRICT, *, data_dir: Path | None = None) -> DatabaseTarget:
    """``<user data folder>/demo-<district>.sqlite3``: never the file of a real district."""
    path = default_sqlite_path(f"demo-{district}", data_dir)
    return DatabaseTarget(URL.create("sqlite", database=str(path)), "demo")


def demo_source(district: str) -> str:
    """The audit source of the demo's set-up; its first row is the marker that the demo exists."""
    return f"demo district {district}"


def ensure_demo_database(
    database: Database,
    *,
    clock: Clock,
    calendar: BusinessHours,
    district: str = DEMO_DISTRICT,
    settings: DemoSettings | None = None,
    progress: Progress | None = None,
) -> DemoSeedResult:
    """Create the demo district in ``database`` unless it is there already; see the module's note."""
    if district != DEMO_DISTRICT:
        raise DemoSeedError(f"there is no demo of district {district!r}; the demo is {DEMO_DISTRICT!r}")
    source = demo_source(district)
    with database.reading() as work:
        marker = work.audit.first_from(source)
    if marker is not None:
        return DemoSeedResult(False, marker.at)
    now = ensure_utc(clock.now())
    settings = settings or DemoSettings(now=now, thresholds=load_district_config(district).thresholds)
    with database.unit_of_work() as work:
        work.hold_lock(SEED_LOCK)
        marker = work.audit.first_from(source)
        if marker is not None:
            log.info("another process created the demo meanwhile")
            return DemoSeedResult(False, marker.at)
        if work.roster.officer_codes():
            raise DemoSeedError("this database already holds a district's officers: the demo goes in a database "
                                "of its own (demo_database_target())")
        counts = _seed(work, settings, calendar, source, now, progress)
    log.info("demo district %s created: %s", district, counts)
    return DemoSeedResult(True, now, counts)


def reset_demo_database(
    target: DatabaseTarget, *, clock: Clock, calendar: BusinessHours, settings: DemoSettings | None = None
) -> DemoSeedResult:
    """Delete the demo's SQLite file and create the demo afresh (operator training starts from a known state).

    Only a SQLite file that holds the demo (or nothing) is deleted: a real
    district's database is refused, and a server database is never dropped.
    """
    if not target.is_sqlite:
        raise DemoSeedError(f"{target.describe()}: only the demo's own SQLite file can be reset")
    path = Path(str(target.url.database))
    if path.exists():
        _refuse_foreign(target)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = Database.open(target, create=True)
    try:
        return ensure_demo_database(database, clock=clock, calendar=calendar, settings=settings)
    finally:
        database.dispose()


def _refuse_foreign(target: DatabaseTarget) -> None:
    database = Database.open(target)
    try:
        with database.reading() as work:
            if work.audit.first_from(demo_source(DEMO_DISTRICT)) is None and work.roster.officer_codes():
                raise DemoSeedError("the file holds a district's officers but no demo: not deleted")
    finally:
        database.dispose()


def _seed(
    work: UnitOfWork, settings: DemoSettings, calendar: BusinessHours, source: str, now: datetime,
    progress: Progress | None,
) -> DemoCounts:
    district = generate_district(settings, calendar)
    roster = store_roster(work, district.roster, actor=SETUP_ACTOR, at=now, source=source, replace_from=None)
    for username, role in DEMO_USERS:
        work.users.add(username, display_name=_display_name(username), role=role, actor=SETUP_ACTOR, at=now)
    replayer = Replayer(work.roster.officer_codes(), work.roster.representative_codes(), calendar,
                        settings.thresholds)
    expected = settings.case_count + settings.open_case_count
    cases = (past_case(replayer.replay(demo), calendar, settings.thresholds)
             for demo in _counted(district.escalations(), expected, progress))
    stored = work.escalations.import_past(cases)
    return DemoCounts(
        officers=roster.officers.created,
        representatives=roster.representatives.created,
        periods=roster.periods.created,
        users=len(DEMO_USERS),
        cases=stored.cases,
        events=stored.events,
        open_cases=stored.open_cases,
    )


def past_case(replayed: ReplayedCase, calendar: BusinessHours, thresholds: Thresholds) -> PastCase:
    """The stored row of a replayed case: the lifecycle's case, its deadlines, and every event."""
    case = replayed.case
    method = case.confirmation_method
    return PastCase(
        district_code=DISTRICT_CODE,
        operator=replayed.events[0].actor,
        events=tuple(
            PastEvent(event.actor, event.at, event.action.value, event.from_state, event.to_state,
                      replayed.details(index))
            for index, event in enumerate(replayed.events)
        ),
        note=replayed.demo.note,
        due_at=due_at(case, calendar, thresholds),
        confirm_by=confirm_by(case, calendar, thresholds),
        instructed_at=case.first_instructed_at,
        confirmation_method=None if method is None else method.value,
        **{name: getattr(case, name) for name in _SAME_NAMES},
    )


def _counted(cases: Iterable[DemoEscalation], expected: int, progress: Progress | None) -> Iterator[DemoEscalation]:
    done = 0
    for case in cases:
        yield case
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, max(expected, done))
    if progress is not None:
        progress(done, done)


DEMO_USER_NAMES = {
    "operator.sunita": "सुनीता शर्मा",
    "operator.rakesh": "राकेश यादव",
    "operator.farhan": "फ़रहान अली",
    "supervisor.meena": "मीना श्रीवास्तव",
}
"""The demo district's staff sign their names in Hindi; the window shows these, never the logins."""


def _display_name(username: str) -> str:
    """A demo user's name as the window shows it: ``operator.sunita`` → ``सुनीता शर्मा``."""
    return DEMO_USER_NAMES.get(username) or username.rsplit(".", 1)[-1].title()
