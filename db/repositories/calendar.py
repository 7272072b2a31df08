"""The district's calendar overrides (local holidays, compensatory working days); changes audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from db.codes import CalendarOverrideKind, RosterAction, RosterEntity
from db.errors import ConflictError, NotFoundError
from db.models import CalendarOverride
from db.repositories.common import record_change

AUDIT_SOURCE = "calendar"


@dataclass(frozen=True)
class CalendarOverrideRecord:
    id: int
    day: date
    kind: CalendarOverrideKind
    name_en: str
    name_hi: str
    created_by: str
    created_at: datetime


class CalendarRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, *, year: int | None = None) -> list[CalendarOverrideRecord]:
        query = select(CalendarOverride).order_by(CalendarOverride.day)
        if year is not None:
            query = query.where(CalendarOverride.day >= date(year, 1, 1), CalendarOverride.day <= date(year, 12, 31))
        return [_record(model) for model in self._session.scalars(query)]

    def add(
        self, day: date, kind: CalendarOverrideKind, *, name_en: str, name_hi: str, actor: str, at: datetime
    ) -> CalendarOverrideRecord:
        model = CalendarOverride(
            day=day, kind=kind, name_en=name_en, name_hi=name_hi, created_by=actor, created_at=ensure_utc(at)
        )
        try:
            with self._session.begin_nested():
                self._session.add(model)
        except IntegrityError as error:
            raise ConflictError(f"{day.isoformat()} already has a calendar override") from error
        self._audit(actor, at, model.id, RosterAction.CREATED, None, _snapshot(model))
        return _record(model)

    def update(
        self, override_id: int, *, kind: CalendarOverrideKind, name_en: str, name_hi: str, actor: str, at: datetime
    ) -> CalendarOverrideRecord:
        model = self._get(override_id)
        before = _snapshot(model)
        model.kind, model.name_en, model.name_hi = kind, name_en, name_hi
        self._session.flush()
        self._audit(actor, at, override_id, RosterAction.UPDATED, before, _snapshot(model))
        return _record(model)

    def delete(self, override_id: int, *, actor: str, at: datetime) -> None:
        model = self._get(override_id)
        before = _snapshot(model)
        self._session.delete(model)
        self._session.flush()
        self._audit(actor, at, override_id, RosterAction.DELETED, before, None)

    def _get(self, override_id: int) -> CalendarOverride:
        model = self._session.get(CalendarOverride, override_id)
        if model is None:
            raise NotFoundError("calendar override", override_id)
        return model

    def _audit(
        self, actor: str, at: datetime, entity_id: int, action: RosterAction,
        before: dict[str, Any] | None, after: dict[str, Any] | None,
    ) -> None:
        record_change(self._session, actor=actor, at=at, entity=RosterEntity.CALENDAR, source=AUDIT_SOURCE,
                      entity_id=entity_id, action=action, before=before, after=after)


def _snapshot(model: CalendarOverride) -> dict[str, Any]:
    return {"day": model.day, "kind": model.kind, "name_en": model.name_en, "name_hi": model.name_hi}


def _record(model: CalendarOverride) -> CalendarOverrideRecord:
    return CalendarOverrideRecord(
        model.id, model.day, model.kind, model.name_en, model.name_hi, model.created_by, model.created_at
    )
