"""The record's hash chain: every case event, roster or account change and sign-in, linked in commit order.

Design
------
One chain for the whole center, kept in its own table ``record_chain``: link
number ``position`` names an entry (``entry_table``, ``entry_id``) and carries

    hash = sha256(previous_hash ‖ entry_table ‖ entry_id ‖ canonical(entry row))

where ``canonical`` is the row's chained columns (:data:`CHAINED_COLUMNS`, fixed
per table so a column added later leaves old links valid) as sorted, compact
JSON (instants in ISO 8601 UTC, codes as their values). The first link's previous hash is
:data:`GENESIS`. One chain rather than one per table, so that a deleted roster
change and a deleted case event break the same sequence, and so a single
value, the *chain head* (the last link's position and hash), stands for the
whole record: exports print it, and ``audit verify --expect`` later shows
whether that printed head is still in the chain.

The data tables keep their shape; the chain lives beside them. An entry is
linked by the transaction that wrote it, at its commit (:func:`link_pending`,
a ``before_commit`` hook of the database's sessions): the repositories note
the ids they insert (:func:`note_new_entries`), the hook reads those rows back
as stored and appends their links. Appends are serialised: on PostgreSQL the
hook takes a transaction-level advisory lock first (three workstations commit
into one chain; the lock is the last one a transaction takes, so it cannot be
part of a dead-lock), on SQLite the writing transaction already excludes every
other writer. The unique ``position`` would refuse a fork even without the lock.

What it proves, and what not: an entry edited, deleted or inserted behind the
program's back (plain SQL, the append-only triggers dropped) no longer matches
its link, leaves a link without its entry, or is an entry without a link. The
chain has no secret, so someone who rewrites an entry *and* recomputes every
later link can make the chain whole again; that is what the printed chain heads
are for: a head on a sheet that is no longer in the chain betrays the rewrite.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from db.jsonable import jsonable
from db.models import Base, EscalationEvent, RecordLink, RosterChange, SignInEvent

GENESIS = "0" * 64
CHAINED_MODELS = (EscalationEvent, RosterChange, SignInEvent)
CHAINED_TABLES: tuple[str, ...] = tuple(model.__tablename__ for model in CHAINED_MODELS)
CHAINED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "escalation_events": ("id", "escalation_id", "actor", "at", "action", "from_state", "to_state", "details"),
    "roster_changes": ("id", "actor", "at", "entity", "entity_id", "action", "source", "before", "after"),
    "sign_in_events": ("id", "username", "at", "workstation", "outcome", "detail"),
}
"""What a link covers, per table: never change a tuple (every link made with it would break)."""
CHAIN_LOCK_KEY = zlib.crc32(b"samvad-setu record chain") - 2**31
_PENDING_KEY = "samvad_setu_chain_pending"
_CHUNK = 2_000


@dataclass(frozen=True)
class ChainHead:
    position: int
    hash: str

    def __str__(self) -> str:
        """How the head is printed (export sheets, ``audit verify``): ``position:hash``."""
        return f"{self.position}:{self.hash}"


# -- writing -------------------------------------------------------------------------------------

def note_new_entries(session: Session, table: str, ids: Iterable[int]) -> None:
    """The transaction of ``session`` inserted these rows of a chained table: link them at its commit."""
    if table not in CHAINED_TABLES:
        raise ValueError(f"{table} is not part of the record chain")
    pending: dict[str, set[int]] = session.info.setdefault(_PENDING_KEY, {})
    pending.setdefault(table, set()).update(ids)


def link_pending(session: Session) -> None:
    """``before_commit``: append links for the rows this transaction noted (rolled-back savepoints skipped)."""
    pending: dict[str, set[int]] | None = session.info.pop(_PENDING_KEY, None)
    if pending:
        session.flush()
        link_entries(session.connection(), pending)


def forget_pending(session: Session) -> None:
    """When a transaction ends without commit, its notes go with it."""
    session.info.pop(_PENDING_KEY, None)


def link_entries(connection: Connection, entries: Mapping[str, Iterable[int]]) -> ChainHead | None:
    """Append links for the given rows, table by table in id order; return the new head."""
    _lock(connection)
    head = chain_head(connection)
    position, previous = (head.position, head.hash) if head else (0, GENESIS)
    links: list[dict[str, Any]] = []
    for table in CHAINED_TABLES:
        ids = sorted(set(entries.get(table, ())))
        for row in _rows(connection, table, ids):
            position += 1
            digest = entry_hash(previous, table, row)
            links.append({"position": position, "entry_table": table, "entry_id": row["id"],
                          "escalation_id": row.get("escalation_id"), "previous_hash": previous, "hash": digest})
            previous = digest
    for start in range(0, len(links), _CHUNK):
        connection.execute(insert(_table(RecordLink)), links[start:start + _CHUNK])
    return ChainHead(position, previous) if links else head


def link_everything_unlinked(connection: Connection) -> int:
    """Link every row not yet in the chain, oldest first (the migration that starts the chain uses it)."""
    unlinked = {table: list(unlinked_ids(connection, table)) for table in CHAINED_TABLES}
    link_entries(connection, unlinked)
    return sum(len(ids) for ids in unlinked.values())


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})


# -- reading -------------------------------------------------------------------------------------

def chain_head(connection: Connection) -> ChainHead | None:
    row = connection.execute(
        select(RecordLink.position, RecordLink.hash).order_by(RecordLink.position.desc()).limit(1)
    ).first()
    return None if row is None else ChainHead(int(row.position), str(row.hash))


def links(connection: Connection, *, chunk: int = _CHUNK) -> Iterator[Sequence[Any]]:
    """The links in order, a chunk at a time (a year of cases has some hundred thousand)."""
    after = 0
    table = _table(RecordLink)
    while True:
        rows = connection.execute(
            select(table).where(table.c.position > after).order_by(table.c.position).limit(chunk)
        ).all()
        if not rows:
            return
        yield rows
        after = int(rows[-1].position)


def rows_by_id(connection: Connection, table: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    return {row["id"]: row for row in _rows(connection, table, ids)}


def unlinked_ids(connection: Connection, table: str) -> Iterator[int]:
    data = Base.metadata.tables[table]
    link = _table(RecordLink)
    query = (
        select(data.c.id)
        .outerjoin(link, (link.c.entry_table == table) & (link.c.entry_id == data.c.id))
        .where(link.c.position.is_(None))
        .order_by(data.c.id)
    )
    for row in connection.execute(query):
        yield int(row.id)


def count_links(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(_table(RecordLink))).scalar_one())


def _rows(connection: Connection, table: str, ids: Sequence[int]) -> Iterator[dict[str, Any]]:
    data = Base.metadata.tables[table]
    columns = [data.c[name] for name in CHAINED_COLUMNS[table]]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in connection.execute(select(*columns).where(data.c.id.in_(chunk)).order_by(data.c.id)):
            yield dict(row._mapping)


# -- hashing -------------------------------------------------------------------------------------

def entry_hash(previous_hash: str, table: str, row: Mapping[str, Any]) -> str:
    payload = f"{previous_hash}\n{table}\n{row['id']}\n{canonical(row)}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def canonical(row: Mapping[str, Any]) -> str:
    """A row as one stable text: every column, sorted, instants in UTC, codes as values, JSON compact."""
    return json.dumps({str(key): jsonable(value) for key, value in row.items()}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]
