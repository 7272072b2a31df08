"""Whole past cases in bulk: a case row and its complete timeline, written at once.

The demo district stores sixty days (or, for benchmarks, a year) of cases that
were replayed through the lifecycle beforehand. Logging each one and saving
each step would cost a savepoint and several statements per event; here a few
thousand cases go in one multi-row INSERT for the cases and one for their
events. Nothing is updated or deleted: the timeline stays append-only, and the
one-open-case-per-pair index still refuses a second open case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from itertools import islice
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.clock import IST, ensure_utc
from console.domain import ContactChannel, EscalationState, Topic
from db.errors import ConflictError
from db.chain import note_new_entries
from db.feed import publish
from db.models import CaseSequence, Escalation, EscalationEvent
from db.repositories.common import dialect_insert, jsonable, table_of

CHUNK_CASES = 2_000  # cases per pair of INSERTs: bounded memory for a year of history


@dataclass(frozen=True)
class PastEvent:
    actor: str
    at: datetime
    action: str  # the lifecycle's action code
    from_state: EscalationState | None  # None only for the event that logged the case
    to_state: EscalationState
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class PastCase:
    """A case as it stands after its last event, with every event that led there, in order."""

    district_code: str  # the case code's prefix, e.g. "HRD"
    representative_id: int
    officer_id: int
    state: EscalationState
    channel: ContactChannel
    representative_called_at: datetime
    logged_at: datetime
    operator: str
    events: tuple[PastEvent, ...]
    note: str = ""
    complaint_count: int = 1
    due_at: datetime | None = None
    instructed_at: datetime | None = None
    round_instructed_at: datetime | None = None
    last_instructed_at: datetime | None = None
    instruction_count: int = 0
    reinstruction_count: int = 0
    confirm_by: datetime | None = None
    alarm_at: datetime | None = None
    escalated_at: datetime | None = None
    confirmed_at: datetime | None = None
    callback_at: datetime | None = None
    confirmation_method: str | None = None
    redirected_to_officer_id: int | None = None
    closed_at: datetime | None = None
    cancel_reason: str = ""
    reopen_count: int = 0


_COLUMN_FIELDS = tuple(f.name for f in fields(PastCase) if f.name not in ("district_code", "events"))
_INSTANT_FIELDS = frozenset(name for name in _COLUMN_FIELDS if name.endswith("_at") or name == "confirm_by")


@dataclass(frozen=True)
class PastImportCounts:
    cases: int = 0
    events: int = 0
    open_cases: int = 0


def import_past_cases(session: Session, cases: Iterable[PastCase]) -> PastImportCounts:
    """Write ``cases`` in the caller's transaction; refuse (raise) a case whose row and timeline disagree."""
    totals = Counter[str]()
    for chunk in _chunks(iter(cases), CHUNK_CASES):
        for case in chunk:
            check_past_case(case)
        codes = _case_codes(session, chunk)
        ids = _reserve_ids(session, len(chunk))
        rows = [_case_row(case, case_id, code) for case, case_id, code in zip(chunk, ids, codes)]
        try:
            with session.begin_nested():
                session.execute(insert(table_of(Escalation)), rows)
        except IntegrityError as error:
            raise ConflictError(f"past cases refused: {str(error.orig).splitlines()[0]}") from error
        events = [_event_row(case_id, event) for case_id, case in zip(ids, chunk) for event in case.events]
        events_table = table_of(EscalationEvent)
        event_ids = session.scalars(insert(events_table).returning(events_table.c.id), events).all()
        note_new_entries(session, EscalationEvent.__tablename__, event_ids)
        totals.update(cases=len(chunk), events=len(events), open_cases=sum(case.state.is_open for case in chunk))
    if totals:
        publish(session, Topic.ESCALATIONS)
    return PastImportCounts(totals["cases"], totals["events"], totals["open_cases"])


def check_past_case(case: PastCase) -> None:
    """The row must be where its timeline leads, every event by someone, in time order."""
    where = f"past case of representative {case.representative_id} and officer {case.officer_id}"
    if not case.events:
        raise ValueError(f"{where}: no events")
    if case.events[0].from_state is not None:
        raise ValueError(f"{where}: the first event must log the case (no state before it)")
    if ensure_utc(case.events[0].at) != ensure_utc(case.logged_at):
        raise ValueError(f"{where}: logged at {case.logged_at.isoformat()} but the first event is later or earlier")
    previous: PastEvent | None = None
    for event in case.events:
        if not event.actor:
            raise ValueError(f"{where}: event {event.action} needs its actor")
        if previous is not None:
            if event.from_state is not previous.to_state:
                start = "nothing" if event.from_state is None else event.from_state.value
                raise ValueError(f"{where}: {event.action} starts from {start}, "
                                 f"but the case was {previous.to_state.value}")
            if ensure_utc(event.at) < ensure_utc(previous.at):
                raise ValueError(f"{where}: {event.action} at {event.at.isoformat()} comes before {previous.action}")
        previous = event
    if case.events[-1].to_state is not case.state:
        raise ValueError(f"{where}: the case is {case.state.value} but its timeline ends "
                         f"{case.events[-1].to_state.value}")


def _chunks(items: Iterator[PastCase], size: int) -> Iterator[list[PastCase]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new cases, known before the INSERT so it needs no RETURNING.

    RETURNING in a stated order makes SQLite insert row by row; instead PostgreSQL
    hands out ids from the sequence (safe beside other writers), and SQLite,
    whose writing transaction shuts every other writer out, continues after the
    largest id.
    """
    if session.get_bind().dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence('escalations', 'id')) FROM generate_series(1, :count)")
        return [int(value) for value in session.scalars(query, {"count": count})]
    last = int(session.scalar(select(func.coalesce(func.max(Escalation.id), 0))) or 0)
    return list(range(last + 1, last + 1 + count))


def _case_codes(session: Session, chunk: list[PastCase]) -> list[str]:
    """Reserve a block of case numbers per prefix and year, then hand them out in the chunk's order."""
    keys = [(_prefix(case.district_code), ensure_utc(case.logged_at).astimezone(IST).year) for case in chunk]
    next_number: dict[tuple[str, int], int] = {}
    for (prefix, year), count in Counter(keys).items():
        statement = dialect_insert(session, CaseSequence).values(prefix=prefix, year=year, last_number=count)
        statement = statement.on_conflict_do_update(
            index_elements=["prefix", "year"], set_={"last_number": CaseSequence.last_number + count}
        ).returning(CaseSequence.last_number)
        last = int(session.execute(statement).scalar_one())
        next_number[(prefix, year)] = last - count + 1
    codes = []
    for key in keys:
        number = next_number[key]
        next_number[key] = number + 1
        codes.append(f"{key[0]}-{key[1]}-{number:06d}")
    return codes


def _prefix(district_code: str) -> str:
    if not district_code or not district_code.isalnum():
        raise ValueError(f"district code {district_code!r}: letters and digits only (e.g. HRD)")
    return district_code.upper()


def _case_row(case: PastCase, case_id: int, code: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": case_id, "case_code": code, "version": 1, "last_event_at": ensure_utc(case.events[-1].at),
    }
    for name in _COLUMN_FIELDS:
        value = getattr(case, name)
        row[name] = ensure_utc(value) if name in _INSTANT_FIELDS and value is not None else value
    return row


def _event_row(escalation_id: int, event: PastEvent) -> dict[str, Any]:
    return {
        "escalation_id": escalation_id,
        "actor": event.actor,
        "at": ensure_utc(event.at),
        "action": event.action,
        "from_state": event.from_state,
        "to_state": event.to_state,
        "details": jsonable(dict(event.details)),
    }
