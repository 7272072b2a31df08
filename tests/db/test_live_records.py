"""The live records: every officer with today's availability and every open case, in two queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from console.domain import AvailabilityStatus, EscalationState, RepresentativeKind
from db.database import Database
from db.repositories.escalations import NewEvent
from db.repositories.roster import RosterBatch
from tests.db.factories import ACTOR, T0, leave, log_case, officer, representative


@contextmanager
def counting_statements(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def seed(database: Database) -> None:
    batch = RosterBatch(
        officers=[officer(i, other_numbers=(f"+91999990000{i}",) if i == 2 else ()) for i in range(1, 7)],
        representatives=[representative(1), representative(2)],
        periods=[
            leave(2, alternate=3),  # away now
            leave(4, alternate=None, start=T0 + timedelta(days=2)),  # away later
            leave(5, alternate=6, start=T0 - timedelta(days=9)),  # came back
            leave(6, alternate=None, start=T0, days=1, status=AvailabilityStatus.TRAINING),  # starts exactly now
        ],
    )
    with database.unit_of_work() as work:
        work.roster.apply(batch, actor="admin", at=T0, source="test")


def test_officers_carry_the_period_covering_now_and_their_alternate(database: Database) -> None:
    seed(database)
    with database.reading() as work:
        state = {entry.officer.id: entry for entry in work.live_records.officers(T0)}
    assert list(state) == [1, 2, 3, 4, 5, 6]
    assert state[2].status == AvailabilityStatus.LEAVE
    assert state[2].alternate == officer(3)
    assert state[2].officer.other_numbers == ("+919999900002",)
    assert state[6].status == AvailabilityStatus.TRAINING and state[6].alternate is None
    assert [state[i].status for i in (1, 3, 4, 5)] == [AvailabilityStatus.ON_DUTY] * 4
    with database.reading() as work:
        later = {entry.officer.id: entry.status for entry in work.live_records.officers(T0 + timedelta(days=2))}
    assert later[4] == AvailabilityStatus.LEAVE and later[2] == AvailabilityStatus.ON_DUTY  # [start, end)


def test_open_cases_come_with_names_and_closed_ones_do_not(database: Database) -> None:
    seed(database)
    open_case = log_case(database, 1, 2)
    closed = log_case(database, 2, 3)
    with database.unit_of_work() as work:
        work.escalations.save(replace(closed, state=EscalationState.CLOSED, closed_at=T0), NewEvent(ACTOR, T0, "close"))
    with database.reading() as work:
        (case,) = work.live_records.open_cases()
    assert case.escalation == open_case
    assert (case.representative_kind, case.representative_name_en, case.officer_name_hi, case.department) == (
        RepresentativeKind.MLA, "Representative 1", "अधिकारी 2", "Revenue"
    )


def test_the_whole_live_records_take_two_queries_however_many_rows(database: Database) -> None:
    seed(database)
    for officer_id in (2, 3, 4, 5):
        log_case(database, 1, officer_id)
    with database.reading() as work, counting_statements(database) as statements:
        state = work.live_records.load(T0)
    assert (len(state.officers), len(state.open_cases)) == (6, 4)
    assert len(statements) == 2


def test_inactive_officers_are_left_out(database: Database) -> None:
    seed(database)
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(officers=[officer(i) for i in (1, 2, 3)], deactivate_missing_officers=True),
                          actor="admin", at=T0, source="test")
    with database.reading() as work:
        assert [entry.officer.id for entry in work.live_records.officers(T0)] == [1, 2, 3]
