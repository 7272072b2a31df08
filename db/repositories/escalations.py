"""Escalations and their timeline.

Every change of a case goes through :meth:`EscalationRepository.save` with the
version the caller read and the event that explains it, so the row and its
timeline never disagree and two operators never silently overwrite each other.
Events are only ever inserted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.clock import IST, ensure_utc
from console.domain import ContactChannel, EscalationState, Topic
from db.errors import ConflictError, NotFoundError, OpenCaseExistsError, StaleCaseError
from db.chain import note_new_entries
from db.feed import publish
from db.models import CaseSequence, Escalation, EscalationEvent
from db.repositories.common import dialect_insert, jsonable
from db.escalation_record import OPEN_STATES as OPEN_STATES
from db.escalation_record import RECORD_FIELDS as RECORD_FIELDS
from db.escalation_record import EscalationRecord as EscalationRecord
from db.escalation_record import NewEvent as NewEvent
from db.repositories.escalation_history import PastCase, PastImportCounts, import_past_cases

IMMUTABLE_FIELDS = frozenset({"id", "case_code", "representative_id", "officer_id", "logged_at", "operator", "version"})


RECORD_COLUMNS = tuple(getattr(Escalation, name) for name in RECORD_FIELDS)


@dataclass(frozen=True)
class NewEscalation:
    district_code: str  # the case code's prefix, e.g. "HRD"
    representative_id: int
    officer_id: int
    state: EscalationState
    channel: ContactChannel
    representative_called_at: datetime
    logged_at: datetime
    operator: str
    note: str = ""
    due_at: datetime | None = None


@dataclass(frozen=True)
class EventRecord:
    id: int
    escalation_id: int
    actor: str
    at: datetime
    action: str
    from_state: EscalationState | None
    to_state: EscalationState
    details: Mapping[str, Any]


def format_case_code(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year}-{number:06d}"


def normalize_case_code(text: str) -> str:
    """``" hrd-2026-123 "`` → ``"HRD-2026-000123"``: how an officer's reply is matched to a case."""
    parts = [part for part in text.strip().upper().replace(" ", "-").split("-") if part]
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return format_case_code(parts[0], int(parts[1]), int(parts[2]))
    return text.strip().upper()


class EscalationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def log(self, new: NewEscalation, event: NewEvent) -> EscalationRecord:
        """Open a case with its first event; refuse a second open case for the same pair."""
        existing = self.find_open(new.representative_id, new.officer_id)
        if existing is not None:
            raise OpenCaseExistsError(new.representative_id, new.officer_id, existing.id)
        logged_at = ensure_utc(new.logged_at)
        values = {
            "representative_id": new.representative_id,
            "officer_id": new.officer_id,
            "state": new.state,
            "channel": new.channel,
            "representative_called_at": ensure_utc(new.representative_called_at),
            "logged_at": logged_at,
            "operator": new.operator,
            "note": new.note,
            "due_at": new.due_at,
            "last_event_at": ensure_utc(event.at),
        }
        try:
            with self._session.begin_nested():
                code = self._next_case_code(new.district_code, logged_at.astimezone(IST).year)
                model = Escalation(case_code=code, **values)
                self._session.add(model)
                self._session.flush()
        except IntegrityError as error:
            existing = self.find_open(new.representative_id, new.officer_id)
            if existing is not None:
                raise OpenCaseExistsError(new.representative_id, new.officer_id, existing.id) from error
            raise ConflictError(
                f"escalation for representative {new.representative_id} and officer {new.officer_id} "
                f"refused: {str(error.orig).splitlines()[0]}"
            ) from error
        self._insert_event(model.id, None, new.state, event)
        return _record(model)

    def save(self, changed: EscalationRecord, event: NewEvent) -> EscalationRecord:
        """Write ``changed`` (read at ``changed.version``) and its event; raise StaleCaseError if the row moved on."""
        current = self._session.get(Escalation, changed.id, populate_existing=True)
        if current is None:
            raise NotFoundError("escalation", changed.id)
        if current.version != changed.version:
            raise StaleCaseError(changed.id, changed.version, current.version)
        for name in IMMUTABLE_FIELDS - {"version"}:
            if getattr(current, name) != getattr(changed, name):
                raise ValueError(f"escalation {changed.id}: {name} cannot change")
        from_state = current.state
        try:
            # The savepoint's flush is UPDATE ... WHERE id = :id AND version = :read_version.
            with self._session.begin_nested():
                for name in RECORD_FIELDS:
                    if name not in IMMUTABLE_FIELDS:
                        setattr(current, name, getattr(changed, name))
                current.last_event_at = max(ensure_utc(event.at), ensure_utc(current.last_event_at))
        except StaleDataError as error:
            raise StaleCaseError(changed.id, changed.version, self._version_of(changed.id)) from error
        self._insert_event(changed.id, from_state, changed.state, event)
        return _record(current)

    def import_past(self, cases: Iterable[PastCase]) -> PastImportCounts:
        """Whole past cases with their timelines, in bulk (the demo's history); checked, insert-only."""
        return import_past_cases(self._session, cases)

    def append_event(self, escalation_id: int, event: NewEvent) -> EventRecord:
        """A timeline entry that changes nothing on the case (a note, a delivery report, a manual call)."""
        # Locked: a change of state committing meanwhile would otherwise leave this entry with the old state.
        state = self._session.scalar(select(Escalation.state).where(Escalation.id == escalation_id).with_for_update())
        if state is None:
            raise NotFoundError("escalation", escalation_id)
        return self._insert_event(escalation_id, state, state, event)

    def get(self, escalation_id: int, *, for_update: bool = False) -> EscalationRecord:
        """The case as stored; ``for_update`` locks its row to the end of the transaction (PostgreSQL), so what
        the caller decides from it (an event's from-state) cannot be overtaken by another workstation's change."""
        query = select(*RECORD_COLUMNS).where(Escalation.id == escalation_id)
        row = self._session.execute(query.with_for_update() if for_update else query).first()
        if row is None:
            raise NotFoundError("escalation", escalation_id)
        return EscalationRecord(*row)

    def get_by_code(self, case_code: str) -> EscalationRecord | None:
        row = self._session.execute(
            select(*RECORD_COLUMNS).where(Escalation.case_code == normalize_case_code(case_code))
        ).first()
        return None if row is None else EscalationRecord(*row)

    def latest_event_at(self) -> datetime | None:
        """The last instant the record holds (the demo's training clock never starts before it)."""
        latest = self._session.scalar(select(func.max(EscalationEvent.at)))
        return None if latest is None else ensure_utc(latest)

    def codes_of(self, escalation_ids: Iterable[int]) -> dict[int, str]:
        """The case codes of these cases, open or closed (the outbox and incoming lists name their case)."""
        ids = sorted(set(escalation_ids))
        if not ids:
            return {}
        query = select(Escalation.id, Escalation.case_code).where(Escalation.id.in_(ids))
        return {int(escalation_id): str(code) for escalation_id, code in self._session.execute(query)}

    def find_open(self, representative_id: int, officer_id: int) -> EscalationRecord | None:
        row = self._session.execute(
            select(*RECORD_COLUMNS).where(
                Escalation.representative_id == representative_id,
                Escalation.officer_id == officer_id,
                Escalation.state.in_(OPEN_STATES),
            )
        ).first()
        return None if row is None else EscalationRecord(*row)

    def open_cases(self) -> list[EscalationRecord]:
        query = select(*RECORD_COLUMNS).where(Escalation.state.in_(OPEN_STATES)).order_by(Escalation.id)
        return [EscalationRecord(*row) for row in self._session.execute(query)]

    def open_cases_of_officer(self, officer_id: int) -> list[EscalationRecord]:
        query = (
            select(*RECORD_COLUMNS)
            .where(Escalation.officer_id == officer_id, Escalation.state.in_(OPEN_STATES))
            .order_by(Escalation.id)
        )
        return [EscalationRecord(*row) for row in self._session.execute(query)]

    def logged_between(self, start: datetime, end: datetime) -> list[EscalationRecord]:
        """Cases logged in ``[start, end)``, for reports."""
        query = (
            select(*RECORD_COLUMNS)
            .where(Escalation.logged_at >= ensure_utc(start), Escalation.logged_at < ensure_utc(end))
            .order_by(Escalation.logged_at, Escalation.id)
        )
        return [EscalationRecord(*row) for row in self._session.execute(query)]

    def timeline(self, escalation_id: int) -> list[EventRecord]:
        query = select(EscalationEvent).where(EscalationEvent.escalation_id == escalation_id).order_by(EscalationEvent.id)
        return [
            EventRecord(e.id, e.escalation_id, e.actor, e.at, e.action, e.from_state, e.to_state, MappingProxyType(e.details))
            for e in self._session.scalars(query)
        ]

    def _insert_event(
        self, escalation_id: int, from_state: EscalationState | None, to_state: EscalationState, event: NewEvent
    ) -> EventRecord:
        if not event.actor:
            raise ValueError(f"escalation {escalation_id}: an event needs its actor")
        at = ensure_utc(event.at)
        details = jsonable(dict(event.details))
        event_id = self._session.execute(
            insert(EscalationEvent)
            .values(
                escalation_id=escalation_id,
                actor=event.actor,
                at=at,
                action=event.action,
                from_state=from_state,
                to_state=to_state,
                details=details,
            )
            .returning(EscalationEvent.id)
        ).scalar_one()
        note_new_entries(self._session, EscalationEvent.__tablename__, (event_id,))
        publish(self._session, Topic.ESCALATIONS, case_id=escalation_id)
        return EventRecord(event_id, escalation_id, event.actor, at, event.action, from_state, to_state, MappingProxyType(details))

    def _next_case_code(self, prefix: str, year: int) -> str:
        if not prefix or not prefix.isalnum():
            raise ValueError(f"district code {prefix!r}: letters and digits only (e.g. HRD)")
        prefix = prefix.upper()
        statement = (
            dialect_insert(self._session, CaseSequence)
            .values(prefix=prefix, year=year, last_number=1)
        )
        statement = statement.on_conflict_do_update(
            index_elements=["prefix", "year"], set_={"last_number": CaseSequence.last_number + 1}
        ).returning(CaseSequence.last_number)
        number = self._session.execute(statement).scalar_one()
        return format_case_code(prefix, year, int(number))

    def _version_of(self, escalation_id: int) -> int | None:
        return self._session.scalar(select(Escalation.version).where(Escalation.id == escalation_id))

    def count_open(self) -> int:
        return int(self._session.scalar(select(func.count()).where(Escalation.state.in_(OPEN_STATES))) or 0)


def _record(model: Escalation) -> EscalationRecord:
    return EscalationRecord(**{name: getattr(model, name) for name in RECORD_FIELDS})
