"""Reading the roster audit: who changed which register entry, when, from what to what."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import RosterAction, RosterEntity
from db.models import RosterChange


@dataclass(frozen=True)
class RosterChangeRecord:
    id: int
    actor: str
    at: datetime
    entity: RosterEntity
    entity_id: int
    action: RosterAction
    source: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def history(self, entity: RosterEntity, entity_id: int) -> list[RosterChangeRecord]:
        query = (
            select(RosterChange)
            .where(RosterChange.entity == entity, RosterChange.entity_id == entity_id)
            .order_by(RosterChange.id)
        )
        return [_record(model) for model in self._session.scalars(query)]

    def first_from(self, source: str) -> RosterChangeRecord | None:
        """The oldest change a source made (e.g. the demo's set-up), if it made any."""
        query = select(RosterChange).where(RosterChange.source == source).order_by(RosterChange.id).limit(1)
        model = self._session.scalar(query)
        return None if model is None else _record(model)

    def recent(self, *, limit: int = 200) -> list[RosterChangeRecord]:
        query = select(RosterChange).order_by(RosterChange.id.desc()).limit(limit)
        return [_record(model) for model in self._session.scalars(query)]


def _record(model: RosterChange) -> RosterChangeRecord:
    return RosterChangeRecord(
        model.id, model.actor, model.at, model.entity, model.entity_id, model.action, model.source,
        model.before, model.after,
    )
