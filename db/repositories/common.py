"""Helpers the repositories share: the audit row, JSON-ready snapshots, the dialect's INSERT."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from db.chain import note_new_entries
from db.codes import RosterAction, RosterEntity
from db.jsonable import jsonable as jsonable  # the repositories take it from here
from db.models import Base, RosterChange


def audit_rows(
    *,
    actor: str,
    at: datetime,
    entity: RosterEntity,
    source: str,
    changes: Sequence[tuple[int, RosterAction, Mapping[str, Any] | None, Mapping[str, Any] | None]],
) -> list[dict[str, Any]]:
    """Parameter rows for ``roster_changes``: one per (entity id, action, before, after)."""
    if not actor:
        raise ValueError("a roster change needs the actor who made it")
    at = ensure_utc(at)
    return [
        {
            "actor": actor,
            "at": at,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "source": source,
            "before": None if before is None else jsonable(before),
            "after": None if after is None else jsonable(after),
        }
        for entity_id, action, before, after in changes
    ]


def record_change(
    session: Session,
    *,
    actor: str,
    at: datetime,
    entity: RosterEntity,
    source: str,
    entity_id: int,
    action: RosterAction,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> None:
    """One audit row: a single register entry changed by hand."""
    changes = [(entity_id, action, before, after)]
    record_changes(session, audit_rows(actor=actor, at=at, entity=entity, source=source, changes=changes))


def record_changes(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        table = table_of(RosterChange)
        ids = session.scalars(insert(table).returning(table.c.id), rows).all()
        note_new_entries(session, RosterChange.__tablename__, ids)


def table_of(model: type[Base]) -> Table:
    """A model's Core table: executemany through it skips the ORM's per-row bookkeeping."""
    return Base.metadata.tables[model.__tablename__]


def dialect_insert(session: Session, table: Table | Any) -> Any:
    """INSERT with ON CONFLICT support on either backend."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert  # not loaded by a SQLite start

        return postgresql_insert(table)
    return sqlite_insert(table)
