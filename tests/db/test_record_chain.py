"""The record's hash chain: everything written is linked; an edit with plain SQL is caught and named."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import text

from console.audit import current_chain_head, verify_record
from console.domain import EscalationState
from db.chain import chain_head, count_links
from db.chain_check import BreakKind
from db.codes import SignInOutcome
from db.database import Database
from db.errors import ConflictError
from db.repositories.escalations import NewEvent
from db.repositories.escalations import EscalationRecord
from tests.db.factories import ACTOR, T0, new_case, seed_roster


def log_case(database: Database, representative_id: int = 1, officer_id: int = 2) -> EscalationRecord:
    """A case logged the way the desk logs one: the logging event says when the representative called."""
    new = new_case(representative_id, officer_id)
    details = {"representative_called_at": new.representative_called_at.isoformat()}
    with database.unit_of_work() as work:
        return work.escalations.log(new, NewEvent(ACTOR, T0, "log", details))


def confirm(database: Database, case_id: int, minutes: int = 5) -> None:
    at = T0 + timedelta(minutes=minutes)
    with database.unit_of_work() as work:
        record = work.escalations.get(case_id)
        changed = replace(record, state=EscalationState.CONFIRMED, confirmed_at=at, callback_at=at,
                          confirmation_method="operator", last_event_at=at)
        work.escalations.save(changed, NewEvent(ACTOR, at, "confirm", {"callback_at": at.isoformat(),
                                                                      "method": "operator"}))


@pytest.fixture
def recorded(database: Database) -> Database:
    """A roster (audited), a confirmed case, a sign-in: every chained table has rows."""
    seed_roster(database, officers=3, representatives=2)
    case = log_case(database)
    confirm(database, case.id)
    with database.unit_of_work() as work:
        work.users.record_sign_in("asha", SignInOutcome.SIGNED_IN, at=T0, workstation="desk-1")
    return database


def the_case(database: Database) -> int:
    with database.reading() as work:
        return work.escalations.open_cases()[0].id if work.escalations.open_cases() else int(
            work.session.execute(text("SELECT MIN(id) FROM escalations")).scalar_one())


def sql(database: Database, *statements: str) -> None:
    with database.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


@pytest.fixture
def drop_triggers(recorded: Database) -> Iterator[Callable[[str], None]]:
    """Drop a table's append-only triggers, as someone with the database's password could; put back after."""
    dropped: list[str] = []

    def drop(table: str) -> None:
        dropped.append(table)
        if recorded.backend == "postgresql":
            sql(recorded, f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            sql(recorded, f"DROP TRIGGER {table}_no_update", f"DROP TRIGGER {table}_no_delete")

    yield drop
    if recorded.backend == "postgresql":
        for table in dropped:
            sql(recorded, f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()")


def test_everything_written_is_chained_and_verifies(recorded: Database) -> None:
    report = verify_record(recorded)
    with recorded.reading() as work:
        links = count_links(work.session.connection())
        head = chain_head(work.session.connection())
    assert report.intact and report.cases == 1 and report.entries == links > 4
    assert head is not None and report.head == current_chain_head(recorded) == f"{head.position}:{head.hash}"
    assert verify_record(recorded, expect=report.head).expected_found is True
    assert verify_record(recorded, expect=head.hash[:16]).expected_found is True
    assert verify_record(recorded, expect="1:" + "f" * 64).intact is False


def test_a_rolled_back_transaction_leaves_no_link(recorded: Database) -> None:
    before = verify_record(recorded).entries
    with pytest.raises(ConflictError):
        with recorded.unit_of_work() as work:
            work.escalations.append_event(the_case(recorded), NewEvent(ACTOR, T0, "add_note", {"text": "x"}))
            raise ConflictError("changed my mind")
    after = verify_record(recorded)
    assert after.intact and after.entries == before


def test_a_callback_time_edited_with_plain_sql_names_the_case(recorded: Database) -> None:
    sql(recorded, "UPDATE escalations SET callback_at = confirmed_at - INTERVAL '30 minutes'"
        if recorded.backend == "postgresql" else "UPDATE escalations SET callback_at = datetime(callback_at, '-30 minutes')")
    report = verify_record(recorded)
    assert not report.intact and report.first_break is None
    assert [(case.case_code, case.fields) for case in report.disagreeing] == [("HRD-2026-000001", ("callback_at",))]


def test_an_event_edited_behind_dropped_triggers_is_the_first_break(recorded: Database, drop_triggers) -> None:  # type: ignore[no-untyped-def]
    drop_triggers("escalation_events")
    sql(recorded, "UPDATE escalation_events SET actor = 'someone else' WHERE action = 'log'")
    broken = verify_record(recorded).first_break
    assert broken is not None and broken.kind is BreakKind.CHANGED
    assert (broken.table, broken.case_code) == ("escalation_events", "HRD-2026-000001")


def test_a_deleted_event_is_named_with_its_case(recorded: Database, drop_triggers) -> None:  # type: ignore[no-untyped-def]
    drop_triggers("escalation_events")
    sql(recorded, "DELETE FROM escalation_events WHERE action = 'confirm'")
    report = verify_record(recorded)
    assert report.first_break is not None and report.first_break.kind is BreakKind.MISSING
    assert report.first_break.case_code == "HRD-2026-000001"
    assert [case.case_code for case in report.disagreeing] == ["HRD-2026-000001"]


def test_an_event_inserted_with_plain_sql_is_unlinked(recorded: Database) -> None:
    details = "'{}'"
    sql(recorded, "INSERT INTO escalation_events (escalation_id, actor, at, action, from_state, to_state, details) "
        f"VALUES ({the_case(recorded)}, 'x', '2026-03-02 05:30:00+00', 'add_note', 'confirmed', 'confirmed', {details})")
    broken = verify_record(recorded).first_break
    assert broken is not None and broken.kind is BreakKind.UNLINKED and broken.case_code == "HRD-2026-000001"


def test_a_roster_change_rewritten_is_caught(recorded: Database, drop_triggers) -> None:  # type: ignore[no-untyped-def]
    drop_triggers("roster_changes")
    sql(recorded, "UPDATE roster_changes SET actor = 'nobody' WHERE id = (SELECT MIN(id) FROM roster_changes)")
    broken = verify_record(recorded).first_break
    assert broken is not None and (broken.kind, broken.table, broken.position) == (BreakKind.CHANGED, "roster_changes", 1)


@pytest.mark.postgres
def test_workstations_committing_together_make_one_unbroken_chain(postgres_database: Database) -> None:
    seed_roster(postgres_database, officers=9, representatives=1)
    cases = [log_case(postgres_database, 1, officer) for officer in range(2, 10)]
    start = threading.Barrier(len(cases))
    errors: list[BaseException] = []

    def notes(case_id: int) -> None:
        try:
            start.wait(10)
            for number in range(10):
                with postgres_database.unit_of_work() as work:
                    work.escalations.append_event(case_id, NewEvent(ACTOR, T0, "add_note", {"text": str(number)}))
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=notes, args=(case.id,)) for case in cases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    report = verify_record(postgres_database)
    assert report.intact, report
    with postgres_database.reading() as work:
        assert count_links(work.session.connection()) == report.entries
