"""Leave, training and other periods of officers, with their alternates; every change audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, Topic
from db.codes import RosterAction, RosterEntity
from db.errors import ConflictError, NotFoundError
from db.feed import publish
from db.models import AvailabilityPeriod as PeriodModel
from db.repositories.common import audit_rows, record_changes

AUDIT_SOURCE = "availability"


@dataclass(frozen=True)
class PeriodRecord:
    id: int
    period: AvailabilityPeriod
    created_by: str
    created_at: datetime


def period_snapshot(period: AvailabilityPeriod) -> dict[str, Any]:
    return {
        "officer_id": period.officer_id,
        "status": period.status,
        "starts_at": period.starts_at,
        "ends_at": period.ends_at,
        "alternate_officer_id": period.alternate_officer_id,
        "note": period.note,
    }


def period_from_model(model: PeriodModel) -> AvailabilityPeriod:
    return AvailabilityPeriod(
        officer_id=model.officer_id,
        status=model.status,
        starts_at=model.starts_at,
        ends_at=model.ends_at,
        alternate_officer_id=model.alternate_officer_id,
        note=model.note,
    )


def check_period(period: AvailabilityPeriod) -> None:
    """What storage insists on whatever the caller validated: aware instants, a forward span, no self-alternate."""
    starts_at, ends_at = ensure_utc(period.starts_at), ensure_utc(period.ends_at)
    if ends_at <= starts_at:
        raise ValueError(f"officer {period.officer_id}: period ends {ends_at.isoformat()} before it starts")
    if period.alternate_officer_id == period.officer_id:
        raise ValueError(f"officer {period.officer_id} cannot be their own alternate")


class AvailabilityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def current(self, officer_id: int, at: datetime) -> PeriodRecord | None:
        """The period covering ``at``, if any (the latest-starting one should periods overlap)."""
        at = ensure_utc(at)
        query = (
            select(PeriodModel)
            .where(PeriodModel.officer_id == officer_id, PeriodModel.starts_at <= at, PeriodModel.ends_at > at)
            .order_by(PeriodModel.starts_at.desc())
            .limit(1)
        )
        model = self._session.scalar(query)
        return None if model is None else _record(model)

    def periods_of(self, officer_id: int, *, ending_after: datetime | None = None) -> list[PeriodRecord]:
        query = select(PeriodModel).where(PeriodModel.officer_id == officer_id).order_by(PeriodModel.starts_at)
        if ending_after is not None:
            query = query.where(PeriodModel.ends_at > ensure_utc(ending_after))
        return [_record(model) for model in self._session.scalars(query)]

    def covering(self, at: datetime) -> list[PeriodRecord]:
        """Every period covering ``at``."""
        at = ensure_utc(at)
        query = select(PeriodModel).where(PeriodModel.starts_at <= at, PeriodModel.ends_at > at).order_by(PeriodModel.officer_id)
        return [_record(model) for model in self._session.scalars(query)]

    def add(self, period: AvailabilityPeriod, *, actor: str, at: datetime) -> PeriodRecord:
        check_period(period)
        self._refuse_overlap(period, None)
        model = PeriodModel(**period_snapshot(period), created_by=actor, created_at=ensure_utc(at))
        self._session.add(model)
        self._session.flush()
        self._audit(actor, at, [(model.id, RosterAction.CREATED, None, period_snapshot(period))])
        return _record(model)

    def update(self, period_id: int, period: AvailabilityPeriod, *, actor: str, at: datetime) -> PeriodRecord:
        check_period(period)
        model = self._get(period_id)
        before = period_snapshot(period_from_model(model))
        self._refuse_overlap(period, period_id)
        for name, value in period_snapshot(period).items():
            setattr(model, name, value)
        self._session.flush()
        self._audit(actor, at, [(period_id, RosterAction.UPDATED, before, period_snapshot(period))])
        return _record(model)

    def delete(self, period_id: int, *, actor: str, at: datetime) -> None:
        model = self._get(period_id)
        before = period_snapshot(period_from_model(model))
        self._session.delete(model)
        self._session.flush()
        self._audit(actor, at, [(period_id, RosterAction.DELETED, before, None)])

    def _get(self, period_id: int) -> PeriodModel:
        model = self._session.get(PeriodModel, period_id)
        if model is None:
            raise NotFoundError("availability period", period_id)
        return model

    def _refuse_overlap(self, period: AvailabilityPeriod, own_id: int | None) -> None:
        overlap = and_(
            PeriodModel.officer_id == period.officer_id,
            PeriodModel.starts_at < ensure_utc(period.ends_at),
            PeriodModel.ends_at > ensure_utc(period.starts_at),
        )
        if own_id is not None:
            overlap = and_(overlap, PeriodModel.id != own_id)
        clash = self._session.scalar(select(PeriodModel).where(overlap).limit(1))
        if clash is not None:
            raise ConflictError(
                f"officer {period.officer_id}: the period overlaps period {clash.id} "
                f"({clash.starts_at.isoformat()} to {clash.ends_at.isoformat()})"
            )

    def _audit(self, actor: str, at: datetime, changes: list[Any]) -> None:
        record_changes(
            self._session, audit_rows(actor=actor, at=at, entity=RosterEntity.AVAILABILITY, source=AUDIT_SOURCE, changes=changes)
        )
        publish(self._session, Topic.AVAILABILITY)


def _record(model: PeriodModel) -> PeriodRecord:
    return PeriodRecord(model.id, period_from_model(model), model.created_by, model.created_at)
