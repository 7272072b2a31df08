"""Escalations: case codes, one open case per pair, optimistic locking, and an append-only timeline."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from console.domain import EscalationState
from db.database import Database
from db.errors import AppendOnlyError, OpenCaseExistsError, StaleCaseError
from db.models import EscalationEvent
from db.repositories.escalations import NewEvent, normalize_case_code
from tests.db.factories import ACTOR, T0, log_case, seed_roster


@pytest.fixture
def seeded(database: Database) -> Database:
    seed_roster(database, officers=4, representatives=3)
    return database


def instruct(database: Database, case_id: int, version: int, *, actor: str = ACTOR, at: datetime = T0) -> None:
    with database.unit_of_work() as work:
        case = work.escalations.get(case_id)
        work.escalations.save(
            replace(case, state=EscalationState.INSTRUCTED, instructed_at=at, instruction_count=1, version=version),
            NewEvent(actor, at, "instruct", {"channels": ["call", "sms"]}),
        )


def test_logging_a_case_gives_a_readable_code_per_district_and_year(seeded: Database) -> None:
    first = log_case(seeded, 1, 2)
    second = log_case(seeded, 2, 2)
    new_year = datetime(2026, 12, 31, 19, 0, tzinfo=timezone.utc)  # 1 January 2027 00:30 in India
    third = log_case(seeded, 3, 2, at=new_year)
    assert (first.case_code, second.case_code, third.case_code) == (
        "HRD-2026-000001", "HRD-2026-000002", "HRD-2027-000001"
    )
    assert first.state == EscalationState.DUE and first.version == 1
    with seeded.reading() as work:
        assert work.escalations.get_by_code(" hrd-2026-2 ") == second
        (event,) = work.escalations.timeline(first.id)
    assert (event.actor, event.at, event.action, event.from_state, event.to_state) == (
        ACTOR, T0, "log", None, EscalationState.DUE
    )


def test_case_codes_are_normalized_from_what_an_officer_types() -> None:
    assert normalize_case_code("hrd 2026 123") == "HRD-2026-000123"
    assert normalize_case_code("HRD-2026-000123") == "HRD-2026-000123"


def test_a_second_open_case_for_the_same_pair_is_refused_with_the_open_one(seeded: Database) -> None:
    first = log_case(seeded, 1, 2)
    with pytest.raises(OpenCaseExistsError) as raised:
        log_case(seeded, 1, 2)
    assert raised.value.escalation_id == first.id
    with seeded.reading() as work:
        assert [case.id for case in work.escalations.open_cases()] == [first.id]


def test_the_partial_unique_index_holds_even_without_the_repository(seeded: Database) -> None:
    first = log_case(seeded, 1, 2)
    columns = ("case_code, representative_id, officer_id, state, channel, representative_called_at, logged_at, "
               "operator, note, complaint_count, instruction_count, reinstruction_count, cancel_reason, "
               "reopen_count, last_event_at, version")
    with pytest.raises(DBAPIError):
        with seeded.engine.begin() as connection:
            connection.execute(
                text(f"INSERT INTO escalations ({columns}) SELECT 'X-1', representative_id, officer_id, state, "
                     "channel, representative_called_at, logged_at, operator, note, 1, 0, 0, '', 0, last_event_at, 1 "
                     "FROM escalations WHERE id = :id"),
                {"id": first.id},
            )


def test_a_closed_case_lets_the_pair_open_a_new_one(seeded: Database) -> None:
    first = log_case(seeded, 1, 2)
    with seeded.unit_of_work() as work:
        work.escalations.save(replace(first, state=EscalationState.CLOSED, closed_at=T0), NewEvent(ACTOR, T0, "close"))
    second = log_case(seeded, 1, 2, at=T0 + timedelta(hours=1))
    assert second.id != first.id


def test_a_save_from_a_stale_read_is_refused_and_writes_nothing(seeded: Database) -> None:
    case = log_case(seeded)
    instruct(seeded, case.id, case.version, actor="operator1")
    with pytest.raises(StaleCaseError) as raised:
        instruct(seeded, case.id, case.version, actor="operator2")
    assert (raised.value.expected_version, raised.value.actual_version) == (1, 2)
    with seeded.reading() as work:
        assert [event.actor for event in work.escalations.timeline(case.id)] == [ACTOR, "operator1"]
        assert work.escalations.get(case.id).version == 2


def test_of_two_concurrent_saves_exactly_one_wins(seeded: Database) -> None:
    case = log_case(seeded)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def operator(name: str) -> None:
        barrier.wait(timeout=10)
        try:
            instruct(seeded, case.id, case.version, actor=name)
            outcomes.append("saved")
        except StaleCaseError:
            outcomes.append("stale")

    threads = [threading.Thread(target=operator, args=(name,)) for name in ("operator1", "operator2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["saved", "stale"]
    with seeded.reading() as work:
        assert len(work.escalations.timeline(case.id)) == 2


def test_identity_fields_cannot_change(seeded: Database) -> None:
    case = log_case(seeded)
    with pytest.raises(ValueError, match="officer_id cannot change"):
        with seeded.unit_of_work() as work:
            work.escalations.save(replace(case, officer_id=3), NewEvent(ACTOR, T0, "redirect"))


def test_an_appended_event_keeps_the_case_and_its_version(seeded: Database) -> None:
    case = log_case(seeded)
    with seeded.unit_of_work() as work:
        note = work.escalations.append_event(case.id, NewEvent("operator2", T0 + timedelta(minutes=1), "add_note",
                                                               {"text": "called twice", "at": T0}))
    assert (note.from_state, note.to_state) == (EscalationState.DUE, EscalationState.DUE)
    with seeded.reading() as work:
        assert work.escalations.get(case.id).version == case.version
        stored = work.escalations.timeline(case.id)[-1]
    assert dict(stored.details) == {"text": "called twice", "at": "2026-03-02T05:00:00+00:00"}


def test_every_event_needs_an_actor(seeded: Database) -> None:
    case = log_case(seeded)
    with pytest.raises(ValueError, match="actor"):
        with seeded.unit_of_work() as work:
            work.escalations.append_event(case.id, NewEvent("", T0, "add_note"))


class TestTheTimelineIsAppendOnly:
    def test_the_orm_refuses_to_update_an_event(self, seeded: Database) -> None:
        case = log_case(seeded)
        with pytest.raises(AppendOnlyError):
            with seeded.unit_of_work() as work:
                event = work.session.scalars(select(EscalationEvent).where(EscalationEvent.escalation_id == case.id)).one()
                event.actor = "someone else"
                work.session.flush()
        self.assert_untouched(seeded, case.id)

    def test_the_orm_refuses_to_delete_an_event(self, seeded: Database) -> None:
        case = log_case(seeded)
        with pytest.raises(AppendOnlyError):
            with seeded.unit_of_work() as work:
                work.session.delete(work.session.scalars(select(EscalationEvent)).one())
                work.session.flush()
        self.assert_untouched(seeded, case.id)

    @pytest.mark.parametrize("statement", [update(EscalationEvent).values(actor="x"), delete(EscalationEvent)])
    def test_bulk_statements_through_the_session_are_refused(self, seeded: Database, statement: object) -> None:
        case = log_case(seeded)
        with pytest.raises(AppendOnlyError):
            with seeded.unit_of_work() as work:
                work.session.execute(statement)  # type: ignore[call-overload]
        self.assert_untouched(seeded, case.id)

    @pytest.mark.parametrize("sql", ["UPDATE escalation_events SET actor = 'x'", "DELETE FROM escalation_events",
                                     "UPDATE roster_changes SET actor = 'x'", "DELETE FROM roster_changes"])
    def test_the_database_itself_refuses_raw_sql(self, seeded: Database, sql: str) -> None:
        case = log_case(seeded)
        with pytest.raises(DBAPIError, match="append-only"):
            with seeded.engine.begin() as connection:
                connection.execute(text(sql))
        self.assert_untouched(seeded, case.id)

    @staticmethod
    def assert_untouched(database: Database, case_id: int) -> None:
        with database.reading() as work:
            (event,) = work.escalations.timeline(case_id)
            assert event.actor == ACTOR
            assert work.audit.recent()  # the roster's audit rows are all still there

