"""Column types shared by the models: aware-UTC instants and domain codes.

Response times decide commendations and negligence reports, so an instant whose
zone is a guess must never reach the database: :class:`UtcDateTime` refuses
naive values instead of assuming a zone. Domain codes are stored as their
lower-case string values with a CHECK constraint, the same on SQLite and
PostgreSQL, so a migration never has to alter a native enum type.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import DateTime, Dialect, Enum
from sqlalchemy.types import TypeDecorator

from db.stored_instants import sqlite_utc

UTC = timezone.utc

E = TypeVar("E", bound=enum.Enum)

CODE_LENGTH = 32
"""Room for any code, so a new enum value changes only a CHECK, never a column."""


class NaiveDatetimeError(ValueError):
    """A datetime without a time zone was about to be stored."""


class UtcDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC and read back aware (UTC) on every backend.

    SQLite has no time zone type: the value is stored as UTC wall time and the
    zone is attached again on the way out. PostgreSQL stores ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}: {value!r}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime {value!r}: give it a time zone (store UTC)")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return _aware_utc(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], datetime | None]:
        """One plain function per value instead of the decorator's two-step chain.

        Reading 1,000 open cases parses 13,000 instants, so this is most of the
        live state's cost on SQLite, which returns SQLAlchemy's own
        ``YYYY-MM-DD HH:MM:SS.ffffff`` text.
        """
        return sqlite_utc if dialect.name == "sqlite" else _aware_utc


def _aware_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def code_type(enum_class: type[E], name: str) -> Enum:
    """A domain code column: the enum's string values, checked by a named CHECK constraint.

    ``name`` becomes the constraint's name (``ck_<table>_<name>``) and must be
    unique within its table.
    """

    def values(members: Any) -> list[str]:
        return [str(member.value) for member in members]

    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=values,
        length=CODE_LENGTH,
    )
