"""Walking the record's hash chain (:mod:`db.chain`) and the cases' timelines, for ``audit verify``.

The walk recomputes every link from the entry as stored now and stops at the
first that does not hold: the entry changed, the entry is gone, or the link
itself was altered. Entries that no link names (inserted behind the program's
back) are found by an anti-join afterwards. Cases are read a chunk at a time
with their events, so a year of history stays in bounded memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Connection, select

from db.chain import (
    CHAINED_TABLES,
    GENESIS,
    ChainHead,
    entry_hash,
    links,
    rows_by_id,
    unlinked_ids,
)
from db.models import Base, Escalation, EscalationEvent


class BreakKind(str, Enum):
    CHANGED = "changed"  # the entry no longer hashes to its link
    MISSING = "missing"  # the link names an entry that is gone
    LINK_ALTERED = "link_altered"  # the link's previous hash is not the link before it
    UNLINKED = "unlinked"  # an entry no link names


@dataclass(frozen=True)
class ChainBreak:
    kind: BreakKind
    table: str
    entry_id: int
    position: int | None  # None for an unlinked entry
    case_code: str | None  # for case events (a deleted one too: its link remembers the case)


@dataclass(frozen=True)
class ChainWalk:
    links: int
    head: ChainHead | None
    first_break: ChainBreak | None
    expected_found: bool | None  # None when no head was expected


def walk_chain(connection: Connection, *, expect: str | None = None) -> ChainWalk:
    previous, count, head = GENESIS, 0, None
    expected_found = None if expect is None else False
    for chunk in links(connection):
        ids: dict[str, list[int]] = defaultdict(list)
        for link in chunk:
            ids[link.entry_table].append(int(link.entry_id))
        rows = {table: rows_by_id(connection, table, wanted) for table, wanted in ids.items() if table in CHAINED_TABLES}
        for link in chunk:
            broken = _check(connection, link, previous, rows.get(link.entry_table, {}))
            if broken is not None:
                return ChainWalk(count, head, broken, expected_found)
            previous, count = str(link.hash), count + 1
            head = ChainHead(int(link.position), previous)
            if expect is not None and _matches(head, expect):
                expected_found = True
    for table in CHAINED_TABLES:
        for entry_id in unlinked_ids(connection, table):
            return ChainWalk(count, head, _break(connection, BreakKind.UNLINKED, table, entry_id, None, None),
                             expected_found)
    return ChainWalk(count, head, None, expected_found)


def _check(connection: Connection, link: Any, previous: str, rows: dict[int, dict[str, Any]]) -> ChainBreak | None:
    table, entry_id, position = str(link.entry_table), int(link.entry_id), int(link.position)
    escalation_id = None if link.escalation_id is None else int(link.escalation_id)
    if link.previous_hash != previous:
        return _break(connection, BreakKind.LINK_ALTERED, table, entry_id, position, escalation_id)
    row = rows.get(entry_id)
    if row is None:
        return _break(connection, BreakKind.MISSING, table, entry_id, position, escalation_id)
    if entry_hash(previous, table, row) != link.hash:
        return _break(connection, BreakKind.CHANGED, table, entry_id, position, row.get("escalation_id", escalation_id))
    return None


def _break(connection: Connection, kind: BreakKind, table: str, entry_id: int, position: int | None,
           escalation_id: int | None) -> ChainBreak:
    if table == EscalationEvent.__tablename__ and escalation_id is None:
        escalation_id = connection.scalar(select(EscalationEvent.escalation_id).where(EscalationEvent.id == entry_id))
    code = None
    if escalation_id is not None:
        code = connection.scalar(select(Escalation.case_code).where(Escalation.id == escalation_id))
    return ChainBreak(kind, table, entry_id, position, code)


def _matches(head: ChainHead, expect: str) -> bool:
    """``position:hash`` as printed, or the hash (or a prefix of 12 or more of its hex digits) alone."""
    position, _, digest = expect.strip().lower().rpartition(":")
    if position and (not position.isdigit() or int(position) != head.position):
        return False
    return len(digest) >= 12 and head.hash.startswith(digest)


# -- cases with their events -------------------------------------------------------------------------

@dataclass(frozen=True)
class StoredCase:
    id: int
    case_code: str
    fields: dict[str, Any]
    events: list[dict[str, Any]]


def cases_with_events(connection: Connection, *, chunk: int = 2_000) -> Iterator[StoredCase]:
    cases = Base.metadata.tables[Escalation.__tablename__]
    events = Base.metadata.tables[EscalationEvent.__tablename__]
    after = 0
    while True:
        rows = connection.execute(select(cases).where(cases.c.id > after).order_by(cases.c.id).limit(chunk)).all()
        if not rows:
            return
        first, last = int(rows[0].id), int(rows[-1].id)
        timeline: dict[int, list[dict[str, Any]]] = defaultdict(list)
        query = (select(events).where(events.c.escalation_id >= first, events.c.escalation_id <= last)
                 .order_by(events.c.escalation_id, events.c.id))
        for event in connection.execute(query):
            timeline[int(event.escalation_id)].append(dict(event._mapping))
        for row in rows:
            mapping = dict(row._mapping)
            yield StoredCase(int(row.id), str(row.case_code), mapping, timeline.get(int(row.id), []))
        after = last
