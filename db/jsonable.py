"""Values as JSON holds them: one rule for the audit's snapshots, the timeline's details and the record's chain."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from console.clock import ensure_utc

_PLAIN = frozenset({str, int, float, bool})


def jsonable(value: Any) -> Any:
    """A value as JSON can hold it: instants as ISO 8601 UTC, codes as their values, tuples as lists."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return ensure_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    return value
