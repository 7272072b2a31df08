"""The first screen's records read with the database's own driver alone, before SQLAlchemy is imported.

A console's start shows its queue first; the ORM, the models and the engines (two thirds of the start) load after
that screen is painted (:mod:`console.desk.opening`). So the queue's open cases, who has them open and the names the
window needs are read here in one snapshot, with the standard library's ``sqlite3`` or psycopg, as the plain
records the desk's own reads give (:class:`~db.escalation_record.OpenCase`); ``tests/db/test_first_screen.py``
holds both reads to the same answer on both backends. Only a database already at the code's schema head is read
so; anything else (no file yet, a migration due, a server that does not answer, a SQLite URL with options) answers
None and the console starts the ordinary way, which creates, migrates or refuses it and says why.
"""

from __future__ import annotations

import sqlite3
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.escalation_record import OPEN_STATES, RECORD_FIELDS, EscalationRecord, OpenCase, Presence
from db.revision import declared_head
from db.stored_instants import sqlite_utc

CONNECT_TIMEOUT_S = 10

_NAMES = ("r.kind", "r.name_en", "r.name_hi", "o.name_en", "o.name_hi", "o.designation_en", "o.designation_hi",
          "o.department")
_OPEN_CASES = (
    f"SELECT {', '.join('e.' + name for name in RECORD_FIELDS)}, {', '.join(_NAMES)} FROM escalations e"
    " JOIN representatives r ON r.id = e.representative_id JOIN officers o ON o.id = e.officer_id"
    f" WHERE e.state IN ({', '.join('?' * len(OPEN_STATES))}) ORDER BY e.id"
)
_PRESENT = ("SELECT escalation_id, login, display_name, workstation FROM case_presence WHERE seen_at >= ?"
            " ORDER BY escalation_id, seen_at")
_PEOPLE = "SELECT username, display_name FROM users ORDER BY username"
_DEPARTMENTS = "SELECT DISTINCT department FROM officers WHERE active = ?"
_REVISION = "SELECT version_num FROM alembic_version"

Execute = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]


@dataclass(frozen=True)
class FirstScreenRecords:
    open_cases: tuple[OpenCase, ...]
    present: dict[int, list[Presence]]  # case id → who has it open, as PresenceRepository.current
    people: tuple[tuple[str, str], ...]  # (login, display name) of the accounts with a display name
    departments: tuple[str, ...]  # of the serving officers, sorted


def read_first_screen(source: Path | str, *, seen_since: datetime) -> FirstScreenRecords | None:
    """The first screen's records of the SQLite file at ``source`` (a path) or the PostgreSQL database it names
    (a libpq URI, :func:`db.location.first_screen_source`); None when it is not there or not at the code's schema
    head (the ordinary start then creates, migrates or refuses it and says why)."""
    head = declared_head()
    if head is None:
        return None
    if isinstance(source, Path):
        return _from_sqlite(source, head, seen_since)
    return _from_postgresql(source, head, seen_since)


def _from_sqlite(path: Path, head: str, seen_since: datetime) -> FirstScreenRecords | None:
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                     isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every read below
        since = seen_since.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        return _records(connection.execute, head, since)
    except sqlite3.Error:
        return None  # whatever it is, the ordinary start meets it again and explains it
    finally:
        connection.close()


def _from_postgresql(uri: str, head: str, seen_since: datetime) -> FirstScreenRecords | None:
    import psycopg  # its driver, which the center's engine loads anyway

    try:
        with psycopg.connect(uri, connect_timeout=CONNECT_TIMEOUT_S) as connection:
            connection.read_only = True
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # one snapshot for every read

            def execute(sql: str, parameters: Sequence[Any]) -> Iterable[Sequence[Any]]:
                return connection.execute(sql.replace("?", "%s"), parameters).fetchall()

            return _records(execute, head, seen_since)
    except psycopg.Error:
        return None  # the ordinary start meets it again and explains it


def _records(execute: Execute, head: str, since: object) -> FirstScreenRecords | None:
    revisions = list(execute(_REVISION, ()))
    if len(revisions) != 1 or revisions[0][0] != head:
        return None
    escalation = record_reader(EscalationRecord)
    width = len(RECORD_FIELDS)
    names = record_reader(OpenCase, skip=1)
    open_cases = tuple(OpenCase(EscalationRecord(*escalation(row[:width])), *names(row[width:]))
                       for row in execute(_OPEN_CASES, [state.value for state in OPEN_STATES]))
    present: dict[int, list[Presence]] = defaultdict(list)
    for case_id, login, display_name, workstation in execute(_PRESENT, (since,)):
        present[case_id].append(Presence(login, display_name, workstation))
    people = tuple((str(login), str(name)) for login, name in execute(_PEOPLE, ()) if name)
    departments = tuple(sorted(str(name) for (name,) in execute(_DEPARTMENTS, (True,))))
    return FirstScreenRecords(open_cases, dict(present), people, departments)


@lru_cache(maxsize=None)
def record_reader(record: type[Any], skip: int = 0) -> Callable[[Sequence[Any]], list[Any]]:
    """The values of one row, in the order of ``record``'s fields (after the first ``skip``), each made the type its
    field declares: an instant from SQLite's stored text, a code into its enum, 0/1 into a bool."""
    hints = typing.get_type_hints(record)
    convert = [_converter(hints[field.name]) for field in fields(record)[skip:]]

    def read(row: Sequence[Any]) -> list[Any]:
        return [value if value is None or make is None else make(value) for make, value in zip(convert, row)]

    return read


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    if isinstance(hint, types.UnionType):  # X | None: the column may be NULL
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    if hint is datetime:
        return sqlite_utc
    if hint is bool:
        return bool
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    return None
