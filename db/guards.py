"""The record is append-only: timeline events and roster audit rows are never changed.

The repositories only ever insert them; these ORM hooks refuse an update or
delete that slips through the session (and bulk UPDATE/DELETE statements), and
the migration's triggers refuse it in the database itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Delete, Update, event
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from db.errors import AppendOnlyError
from db.models import APPEND_ONLY_TABLES, EscalationEvent, RecordLink, RosterChange, SignInEvent


def _refuse(operation: str) -> Any:
    def refuse(_mapper: Mapper[Any], _connection: Any, target: Any) -> None:
        raise AppendOnlyError(f"{target.__tablename__} is append-only: {operation} of row {target.id} refused")

    return refuse


for _model in (EscalationEvent, RosterChange, SignInEvent, RecordLink):
    event.listen(_model, "before_update", _refuse("update"))
    event.listen(_model, "before_delete", _refuse("delete"))


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    statement = state.statement
    if isinstance(statement, (Update, Delete)):
        table = getattr(statement.table, "name", None)
        if table in APPEND_ONLY_TABLES:
            raise AppendOnlyError(f"{table} is append-only: bulk {type(statement).__name__.lower()} refused")
