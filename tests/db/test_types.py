"""Instants are aware UTC on the way in and out; codes outside the domain's are refused by the database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError, StatementError

from console.domain import UserRole
from db.database import Database
from db.models import User
from db.types import NaiveDatetimeError
from tests.db.factories import T0, log_case, seed_roster

IST = timezone(timedelta(hours=5, minutes=30))


def test_the_column_type_refuses_a_naive_datetime_and_nothing_is_written(database: Database) -> None:
    naive = datetime(2026, 3, 2, 10, 30)
    with pytest.raises(StatementError) as raised:
        with database.unit_of_work() as work:
            work.session.execute(
                insert(User).values(username="x", display_name="X", role=UserRole.ADMIN, active=True, created_at=naive)
            )
    assert isinstance(raised.value.orig, NaiveDatetimeError)
    with database.reading() as work:
        assert work.users.list() == []


def test_a_repository_refuses_a_naive_datetime(database: Database) -> None:
    seed_roster(database)
    with pytest.raises(ValueError, match="naive datetime"):
        log_case(database, at=datetime(2026, 3, 2, 10, 30))
    with database.reading() as work:
        assert work.escalations.open_cases() == []


def test_instants_come_back_aware_utc_whatever_zone_went_in(database: Database) -> None:
    seed_roster(database)
    logged = log_case(database, at=T0.astimezone(IST))
    with database.reading() as work:
        stored = work.escalations.get(logged.id)
    assert stored.logged_at == T0
    assert stored.logged_at.tzinfo == timezone.utc
    assert stored.representative_called_at.utcoffset() == timedelta(0)


def test_the_database_refuses_a_state_that_is_not_a_domain_code(database: Database) -> None:
    seed_roster(database)
    case = log_case(database)
    with pytest.raises(IntegrityError):
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE escalations SET state = 'lost' WHERE id = :id"), {"id": case.id})
