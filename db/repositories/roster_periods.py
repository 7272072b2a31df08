"""Leave and training orders in bulk: periods keyed by officer and start, checked for overlaps."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod
from db.codes import RosterAction, RosterEntity
from db.errors import ConflictError
from db.models import AvailabilityPeriod as PeriodModel
from db.models import Officer as OfficerModel
from db.repositories.availability import PeriodRecord, check_period, period_from_model, period_snapshot
from db.repositories.common import audit_rows, record_changes, table_of

PeriodKey = tuple[int, datetime]


_EXPORTED = (PeriodModel.id, PeriodModel.officer_id, PeriodModel.status, PeriodModel.starts_at, PeriodModel.ends_at,
             PeriodModel.alternate_officer_id, PeriodModel.note, PeriodModel.created_by, PeriodModel.created_at)


def export_periods(session: Session, ending_after: datetime | None) -> list[PeriodRecord]:
    """Core rows, no ORM objects: every start reads the current and coming leave of the district (thousands)."""
    query = select(*_EXPORTED).order_by(PeriodModel.officer_id, PeriodModel.starts_at)
    if ending_after is not None:
        query = query.where(PeriodModel.ends_at > ensure_utc(ending_after))
    return [
        PeriodRecord(row[0], AvailabilityPeriod(row[1], row[2], row[3], row[4], row[5], row[6]), row[7], row[8])
        for row in session.execute(query).all()  # through the session: what it holds unflushed is flushed first
    ]


def apply_periods(
    session: Session,
    periods: Sequence[AvailabilityPeriod],
    replace_ending_after: datetime | None,
    *,
    actor: str,
    at: datetime,
    source: str,
) -> dict[str, int]:
    """Upsert ``periods`` by (officer, start); delete the replaced ones; return the counts."""
    incoming: dict[PeriodKey, AvailabilityPeriod] = {}
    for period in periods:
        check_period(period)
        key = (period.officer_id, ensure_utc(period.starts_at))
        if key in incoming:
            raise ValueError(f"officer {period.officer_id}: two periods start at {key[1].isoformat()}")
        incoming[key] = period
    if not incoming and replace_ending_after is None:
        return {}
    _check_references(session, incoming.values())
    officers = {officer_id for officer_id, _ in incoming}
    scope: ColumnElement[bool] = PeriodModel.officer_id.in_(officers)
    if replace_ending_after is not None:
        scope = or_(scope, PeriodModel.ends_at > ensure_utc(replace_ending_after))
    existing = {(m.officer_id, m.starts_at): m for m in session.scalars(select(PeriodModel).where(scope))}
    removed = [
        key for key, model in existing.items()
        if key not in incoming and replace_ending_after is not None and model.ends_at > ensure_utc(replace_ending_after)
    ]
    _refuse_overlaps(incoming, {k: period_from_model(m) for k, m in existing.items() if k not in removed})

    before = {key: period_snapshot(period_from_model(model)) for key, model in existing.items()}
    created = [key for key in incoming if key not in existing]
    updated = [key for key in incoming if key in existing and before[key] != period_snapshot(incoming[key])]
    changes: list[tuple[int, RosterAction, Any, Any]] = []
    if removed:
        session.execute(delete(PeriodModel).where(PeriodModel.id.in_([existing[key].id for key in removed])))
        changes += [(existing[key].id, RosterAction.DELETED, before[key], None) for key in removed]
    if updated:
        session.execute(
            update(PeriodModel),
            [{"id": existing[key].id, **period_snapshot(incoming[key])} for key in updated],
        )
        changes += [(existing[key].id, RosterAction.UPDATED, before[key], period_snapshot(incoming[key]))
                    for key in updated]
    if created:
        rows = [{**period_snapshot(incoming[key]), "created_by": actor, "created_at": at} for key in created]
        # The Core table, not the ORM entity: the ORM splits rows into a batch per run of alike None-ness
        # (alternate or not) and splices every batch's ids into the last, quadratic in a year of leave.
        statement = insert(table_of(PeriodModel)).returning(PeriodModel.id, sort_by_parameter_order=True)
        ids = session.scalars(statement, rows).all()
        changes += [(new_id, RosterAction.CREATED, None, period_snapshot(incoming[key])) for new_id, key in zip(ids, created)]
    record_changes(session, audit_rows(actor=actor, at=at, entity=RosterEntity.AVAILABILITY, source=source, changes=changes))
    return {
        "created": len(created),
        "updated": len(updated),
        "unchanged": len(incoming) - len(created) - len(updated),
        "deleted": len(removed),
    }


def _check_references(session: Session, periods: Sequence[AvailabilityPeriod] | Any) -> None:
    known = set(session.scalars(select(OfficerModel.id)))
    for period in periods:
        if period.officer_id not in known:
            raise ConflictError(f"a period names officer {period.officer_id}, who is not on the roster")
        if period.alternate_officer_id is not None and period.alternate_officer_id not in known:
            raise ConflictError(
                f"officer {period.officer_id}: alternate {period.alternate_officer_id} is not on the roster"
            )


def _refuse_overlaps(incoming: dict[PeriodKey, AvailabilityPeriod], kept: dict[PeriodKey, AvailabilityPeriod]) -> None:
    by_officer: dict[int, list[AvailabilityPeriod]] = defaultdict(list)
    for key, period in {**kept, **incoming}.items():
        by_officer[key[0]].append(period)
    for officer_id, spans in by_officer.items():
        spans.sort(key=lambda p: ensure_utc(p.starts_at))
        for earlier, later in zip(spans, spans[1:]):
            if ensure_utc(later.starts_at) < ensure_utc(earlier.ends_at):
                raise ConflictError(
                    f"officer {officer_id}: period from {ensure_utc(later.starts_at).isoformat()} overlaps the one "
                    f"from {ensure_utc(earlier.starts_at).isoformat()} to {ensure_utc(earlier.ends_at).isoformat()}"
                )
