"""Storage figures: the start-up migration check and loading the console's live state.

Targets (issue 3): the check on an up-to-date database under 100 ms; the live
state of 5,000 officers with today's availability and 1,000 open escalations
under 150 ms on SQLite, PostgreSQL printed beside it. Baselines measured in
the same run: Alembic's own ``upgrade head`` for the check, and the naive ORM
way (lazy relationships, one query per officer and per case) for the live state.

PostgreSQL comes from ``SAMVAD_BENCH_POSTGRES_URL`` (default: the local
server's ``test`` database); the bench creates a scratch database there and
drops it. Without a server the PostgreSQL figures are left out, with a note.
"""

from __future__ import annotations

import os
import random
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psycopg
from alembic import command
from sqlalchemy import insert, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from bench import Report, median, timings_ms
from console.domain import (
    AvailabilityPeriod,
    AvailabilityStatus,
    ContactChannel,
    EscalationState,
    Officer,
    Representative,
    RepresentativeKind,
)
from db import models
from db.database import Database
from db.engine import create_database_engine
from db.migrate import alembic_config, is_up_to_date, upgrade_to_head
from db.repositories.common import table_of
from db.repositories.escalations import format_case_code
from db.repositories.roster import RosterBatch

UTC = timezone.utc
NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # Monday 11:30 IST
OFFICERS = 5_000
OPEN_CASES = 1_000
CLOSED_CASES = 5_000
REPRESENTATIVES = 60
POSTGRES_URL_ENV = "SAMVAD_BENCH_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEPARTMENTS = ("Revenue", "Police", "Health", "Education", "Rural Development", "Public Works", "Electricity")
DESIGNATIONS = (("Tehsildar", "तहसीलदार"), ("SDM", "उप जिलाधिकारी"), ("BDO", "खंड विकास अधिकारी"),
                ("Executive Engineer", "अधिशासी अभियंता"), ("CMO", "मुख्य चिकित्सा अधिकारी"))


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sqlite_url = make_url(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        measure(report, "SQLite", sqlite_url)
    with scratch_postgres() as postgres_url:
        if postgres_url is None:
            report.add("PostgreSQL figures", 0, "-", note="PostgreSQL unreachable: left out")
            return
        measure(report, "PostgreSQL", postgres_url)


def measure(report: Report, label: str, url: URL) -> None:
    engine = create_database_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    generate(Database(create_database_engine(url)))

    def check_with_a_fresh_engine() -> None:
        fresh = create_database_engine(url)
        assert is_up_to_date(fresh)
        fresh.dispose()

    def alembic_upgrade_head() -> None:
        fresh = create_database_engine(url)
        with fresh.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        fresh.dispose()

    check = median(timings_ms(check_with_a_fresh_engine, 30))
    baseline = median(timings_ms(alembic_upgrade_head, 10))
    report.add(f"start-up migration check, up to date ({label})", check, "ms",
               baseline_name="alembic upgrade head", baseline_value=baseline, note="target < 100 ms; new engine each")

    database = Database(create_database_engine(url))

    def load_live_state() -> None:
        with database.reading() as work:
            state = work.live_records.load(NOW)
        assert len(state.officers) == OFFICERS and len(state.open_cases) == OPEN_CASES

    def naive_orm() -> None:
        with Session(database.engine) as session:
            naive_live_state(session)

    ours = median(timings_ms(load_live_state, 15))
    naive = median(timings_ms(naive_orm, 2, warmup=0))
    target = "target < 150 ms" if label == "SQLite" else "printed beside SQLite"
    report.add(f"live state: {OFFICERS} officers + {OPEN_CASES} open cases ({label})", ours, "ms",
               baseline_name="naive ORM, lazy N+1", baseline_value=naive,
               note=f"{target}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    def load_open_cases() -> None:
        with database.reading() as work:
            assert len(work.live_records.open_cases()) == OPEN_CASES

    report.add(f"  the {OPEN_CASES} open cases alone ({label})", median(timings_ms(load_open_cases, 15)), "ms",
               note="what an 'escalations' change reloads")
    database.dispose()


def naive_live_state(session: Session) -> int:
    """What the obvious ORM code does: one query per officer's numbers and period, one per case's names."""
    seen = 0
    for officer in session.scalars(select(models.Officer).where(models.Officer.active.is_(True))):
        seen += len(officer.numbers)
        period = session.scalar(
            select(models.AvailabilityPeriod).where(
                models.AvailabilityPeriod.officer_id == officer.id,
                models.AvailabilityPeriod.starts_at <= NOW,
                models.AvailabilityPeriod.ends_at > NOW,
            )
        )
        if period is not None and period.alternate_officer_id is not None:
            seen += session.get(models.Officer, period.alternate_officer_id) is not None
    open_states = [state for state in EscalationState if state.is_open]
    for case in session.scalars(select(models.Escalation).where(models.Escalation.state.in_(open_states))):
        representative = session.get(models.Representative, case.representative_id)
        officer = session.get(models.Officer, case.officer_id)
        seen += representative is not None and officer is not None
    return seen


def generate(database: Database) -> None:
    """A simple district: officers in departments, a tenth away now with alternates, open and closed cases."""
    rng = random.Random(2026)
    officers = []
    for i in range(1, OFFICERS + 1):
        designation_en, designation_hi = rng.choice(DESIGNATIONS)
        officers.append(Officer(
            id=i, name_en=f"Officer {i}", name_hi=f"अधिकारी {i}", designation_en=designation_en,
            designation_hi=designation_hi, department=rng.choice(DEPARTMENTS), office=f"Tehsil {i % 5}",
            official_number=f"+9194{i:08d}", superior_id=None if i <= 10 else rng.randint(1, 10),
            other_numbers=(f"+9170{i:08d}",) if i % 3 == 0 else (),
        ))
    periods = [
        AvailabilityPeriod(i, rng.choice([AvailabilityStatus.LEAVE, AvailabilityStatus.TRAINING]),
                           NOW - timedelta(days=rng.randint(0, 5), hours=1), NOW + timedelta(days=rng.randint(1, 10)),
                           i + 1, "order")
        for i in range(11, OFFICERS, 10)
    ]
    representatives = [
        Representative(i, RepresentativeKind.MLA, f"Representative {i}", f"जनप्रतिनिधि {i}", f"Seat {i}",
                       (f"+9195{i:08d}",))
        for i in range(1, REPRESENTATIVES + 1)
    ]
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(officers, representatives, periods), actor="bench", at=NOW, source="bench")
    pairs = rng.sample([(r, o) for r in range(1, REPRESENTATIVES + 1) for o in range(1, OFFICERS + 1)], OPEN_CASES)
    rows = []
    for number, (representative_id, officer_id) in enumerate(pairs + [(1, 1)] * CLOSED_CASES, start=1):
        closed = number > OPEN_CASES
        logged = NOW - timedelta(minutes=rng.randint(15, 60 * 24 * (60 if closed else 1)))
        state = EscalationState.CLOSED if closed else rng.choice([EscalationState.DUE, EscalationState.INSTRUCTED])
        instructed = logged + timedelta(minutes=2) if state is EscalationState.INSTRUCTED else None
        rows.append({
            "case_code": format_case_code("BEN", 2026, number), "representative_id": representative_id,
            "officer_id": officer_id, "channel": ContactChannel.PHONE, "operator": "bench", "note": "",
            "state": state, "instructed_at": instructed, "round_instructed_at": instructed,
            "last_instructed_at": instructed,
            "representative_called_at": logged - timedelta(minutes=12), "logged_at": logged, "last_event_at": logged,
            "complaint_count": 1, "instruction_count": int(instructed is not None), "reinstruction_count": 0, "cancel_reason": "",
            "reopen_count": 0, "version": 1, "closed_at": logged + timedelta(minutes=30) if closed else None,
        })
    with database.unit_of_work() as work:
        work.session.execute(insert(table_of(models.Escalation)), rows)
    database.dispose()


@contextmanager
def scratch_postgres() -> Iterator[URL | None]:
    server = make_url(os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL)).set(drivername="postgresql+psycopg")
    admin_url = server.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"samvad_bench_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        yield None
        return
    try:
        yield server.set(database=name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
