"""Instants as SQLite returns them: the stored UTC wall time as text, read back aware (UTC).

Shared by the column type (:class:`db.types.UtcDateTime`) and the first screen's read with the standard library's
``sqlite3`` (:mod:`db.first_screen`), so both parse the same text the same way.
"""

from __future__ import annotations

from datetime import datetime, timezone

UTC = timezone.utc
_STORED_LENGTH = len("2026-01-01 00:00:00.000000")


def sqlite_utc(value: str | datetime | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == _STORED_LENGTH:  # the stored UTC wall time: parsed aware at once (5× a later replace())
            return datetime.fromisoformat(value + "+00:00")
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
