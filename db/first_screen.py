"""The first screen's records read with the standard library's ``sqlite3`` alone, before SQLAlchemy is imported.

A console's start shows its queue first; the ORM, the models and the engines (two thirds of the start) load after
that screen is painted (:mod:`console.desk.opening`). So the queue's open cases, who has them open and the names the
window needs are read here in one snapshot of the district's SQLite file, as plain records the desk's own reads
also give (:class:`~db.escalation_record.OpenCase`); ``tests/db/test_first_screen.py`` holds both reads to the same
answer. Only a file already at the code's schema head is read so; anything else (no file yet, a migration due,
PostgreSQL, a URL with options) answers None and the console starts the ordinary way, which creates, migrates or
refuses it.
"""

from __future__ import annotations

import sqlite3
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.escalation_record import OPEN_STATES, RECORD_FIELDS, EscalationRecord, OpenCase, Presence
from db.revision import declared_head
from db.stored_instants import sqlite_utc

_NAMES = ("r.kind", "r.name_en", "r.name_hi", "o.name_en", "o.name_hi", "o.designation_en", "o.designation_hi",
          "o.department")
_OPEN_CASES = (
    f"SELECT {', '.join('e.' + name for name in RECORD_FIELDS)}, {', '.join(_NAMES)} FROM escalations e"
    " JOIN representatives r ON r.id = e.representative_id JOIN officers o ON o.id = e.officer_id"
    f" WHERE e.state IN ({', '.join('?' * len(OPEN_STATES))}) ORDER BY e.id"
)


@dataclass(frozen=True)
class FirstScreenRecords:
    open_cases: tuple[OpenCase, ...]
    present: dict[int, list[Presence]]  # case id → who has it open, as PresenceRepository.current
    people: tuple[tuple[str, str], ...]  # (login, display name) of the accounts with a display name
    departments: tuple[str, ...]  # of the serving officers, sorted


def read_first_screen(path: Path, *, seen_since: datetime) -> FirstScreenRecords | None:
    """The first screen's records of the SQLite file at ``path``; None when it is not there or not at the code's
    schema head (the ordinary start then creates, migrates or refuses it and says why)."""
    head = declared_head()
    if head is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                                     isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every read below
        if _stored_revision(connection) != head:
            return None
        return _records(connection, seen_since)
    except sqlite3.Error:
        return None  # whatever it is, the ordinary start meets it again and explains it
    finally:
        connection.close()


def _stored_revision(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _records(connection: sqlite3.Connection, seen_since: datetime) -> FirstScreenRecords:
    escalation = record_reader(EscalationRecord)
    width = len(RECORD_FIELDS)
    names = record_reader(OpenCase, skip=1)
    open_cases = tuple(OpenCase(EscalationRecord(*escalation(row[:width])), *names(row[width:]))
                       for row in connection.execute(_OPEN_CASES, [state.value for state in OPEN_STATES]))
    present: dict[int, list[Presence]] = defaultdict(list)
    since = seen_since.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    for case_id, login, display_name, workstation in connection.execute(
            "SELECT escalation_id, login, display_name, workstation FROM case_presence WHERE seen_at >= ?"
            " ORDER BY escalation_id, seen_at", (since,)):
        present[case_id].append(Presence(login, display_name, workstation))
    people = tuple((str(login), str(name)) for login, name in connection.execute(
        "SELECT username, display_name FROM users ORDER BY username") if name)
    departments = tuple(sorted(str(name) for (name,) in connection.execute(
        "SELECT DISTINCT department FROM officers WHERE active = 1")))
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
