"""The roster in bulk: import a whole officer list and leave orders in one transaction, export it back.

The roster import (pure code) turns a workbook into domain values and hands
them here as a :class:`RosterBatch`; :meth:`RosterRepository.apply` writes all
of it or nothing, with one audit row per created, changed, deactivated or
deleted entry. Officers and representatives keep the roster's own codes
(:meth:`RosterRepository.officer_codes` maps them to ids), so exporting and
re-importing a roster changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, ContactNumberKind, Officer, Representative, Topic
from db.codes import RosterAction, RosterEntity
from db.errors import ConflictError
from db.feed import publish
from db.models import Officer as OfficerModel
from db.models import OfficerNumber, RepresentativeNumber
from db.models import Representative as RepresentativeModel
from db.repositories.availability import PeriodRecord
from db.repositories.common import audit_rows, record_changes, table_of
from db.repositories.officers import OfficerRepository, RepresentativeRepository, RosterOfficer, RosterRepresentative
from db.repositories.roster_periods import apply_periods, export_periods


@dataclass(frozen=True)
class RosterBatch:
    officers: Sequence[Officer | RosterOfficer] = ()
    representatives: Sequence[Representative | RosterRepresentative] = ()
    periods: Sequence[AvailabilityPeriod] = ()
    deactivate_missing_officers: bool = False  # a full officer list: who is not on it no longer serves
    deactivate_missing_representatives: bool = False
    replace_periods_ending_after: datetime | None = None  # periods ending later and not in the batch are deleted


@dataclass(frozen=True)
class RosterCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    deleted: int = 0
    deactivated_ids: tuple[int, ...] = field(default=(), compare=False)  # who, for the checks of a whole import


@dataclass(frozen=True)
class RosterApplyResult:
    officers: RosterCounts = field(default_factory=RosterCounts)
    representatives: RosterCounts = field(default_factory=RosterCounts)
    periods: RosterCounts = field(default_factory=RosterCounts)

    @property
    def changed(self) -> bool:
        return any(
            counts.created or counts.updated or counts.deactivated or counts.deleted
            for counts in (self.officers, self.representatives, self.periods)
        )


_OFFICER_COLUMNS = ("name_en", "name_hi", "designation_en", "designation_hi", "department", "office", "superior_id")


def officer_snapshot(entry: RosterOfficer) -> dict[str, Any]:
    """What the audit keeps of an officer (numbers included)."""
    officer = entry.officer
    return {
        "code": entry.code,
        **{name: getattr(officer, name) for name in _OFFICER_COLUMNS},
        "official_number": officer.official_number,
        "other_numbers": list(officer.other_numbers),
        "active": entry.active,
    }


def representative_snapshot(entry: RosterRepresentative) -> dict[str, Any]:
    representative = entry.representative
    return {
        "code": entry.code,
        "kind": representative.kind.value,
        "name_en": representative.name_en,
        "name_hi": representative.name_hi,
        "constituency": representative.constituency,
        "registered_numbers": list(representative.registered_numbers),
        "active": entry.active,
    }


_NUMBER_FIELDS = ("official_number", "other_numbers", "registered_numbers")


class RosterRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def apply(self, batch: RosterBatch, *, actor: str, at: datetime, source: str) -> RosterApplyResult:
        """Write the batch in the caller's transaction; raise (and write nothing) on the first bad entry."""
        at = ensure_utc(at)
        officers = [entry if isinstance(entry, RosterOfficer) else RosterOfficer(entry) for entry in batch.officers]
        representatives = [
            entry if isinstance(entry, RosterRepresentative) else RosterRepresentative(entry)
            for entry in batch.representatives
        ]
        officer_counts = self._apply_officers(officers, batch.deactivate_missing_officers, actor, at, source)
        representative_counts = self._apply_representatives(
            representatives, batch.deactivate_missing_representatives, actor, at, source
        )
        counted = apply_periods(self._session, batch.periods, batch.replace_periods_ending_after, actor=actor, at=at,
                                source=source)
        period_counts = RosterCounts(created=counted.get("created", 0), updated=counted.get("updated", 0),
                                     unchanged=counted.get("unchanged", 0), deleted=counted.get("deleted", 0))
        self._advance_id_sequences()
        result = RosterApplyResult(officer_counts, representative_counts, period_counts)
        if result.changed:  # a roster imported again unchanged wakes no window
            publish(self._session, Topic.AVAILABILITY)
        return result

    def export_officers(self) -> list[RosterOfficer]:
        return OfficerRepository(self._session).list_all()

    def export_representatives(self) -> list[RosterRepresentative]:
        return RepresentativeRepository(self._session).list_all()

    def export_periods(self, *, ending_after: datetime | None = None) -> list[PeriodRecord]:
        return export_periods(self._session, ending_after)

    def officer_numbers(self) -> dict[str, int]:
        """Every stored officer number (E.164) and whose it is: the import's duplicate check."""
        return {number: owner for number, owner in self._session.execute(select(OfficerNumber.number, OfficerNumber.officer_id))}

    def officer_ids(self) -> set[int]:
        return set(self._session.scalars(select(OfficerModel.id)))

    def officer_codes(self) -> dict[str, int]:
        """Every officer's roster code and id, serving or not: an import finds its rows by code."""
        return {code: officer_id for code, officer_id in self._session.execute(select(OfficerModel.code, OfficerModel.id))}

    def representative_codes(self) -> dict[str, int]:
        query = select(RepresentativeModel.code, RepresentativeModel.id)
        return {code: representative_id for code, representative_id in self._session.execute(query)}

    def next_ids(self) -> tuple[int, int]:
        """The next free officer and representative ids, for the new codes of an import."""
        officer = self._session.scalar(select(func.coalesce(func.max(OfficerModel.id), 0)))
        representative = self._session.scalar(select(func.coalesce(func.max(RepresentativeModel.id), 0)))
        return int(officer or 0) + 1, int(representative or 0) + 1

    # -- officers ---------------------------------------------------------------------------------

    def _apply_officers(
        self, batch: list[RosterOfficer], deactivate_missing: bool, actor: str, at: datetime, source: str
    ) -> RosterCounts:
        existing = {entry.officer.id: entry for entry in OfficerRepository(self._session).list_all()}
        incoming = _with_codes(_unique_by_id(batch, lambda entry: entry.officer.id, "officer"), existing, "officer")
        _check_officers(incoming, existing, self.officer_numbers())
        if deactivate_missing:
            for officer_id, entry in existing.items():
                if officer_id not in incoming and entry.active:
                    incoming[officer_id] = replace(entry, active=False)
        plan = _Plan.of(incoming, existing, officer_snapshot)
        created = _superiors_first(plan.created, incoming)
        if created:  # one statement per batch of rows; superiors precede, so every reference resolves
            self._session.execute(insert(table_of(OfficerModel)), [_officer_row(incoming[i], at) for i in created])
        if plan.updated:
            self._session.execute(update(OfficerModel), [_officer_row(incoming[i], at) for i in plan.updated])
        renumbered = [i for i in (*plan.created, *plan.updated) if _numbers_differ(plan, i)]
        if renumbered:
            self._session.execute(delete(OfficerNumber).where(OfficerNumber.officer_id.in_(renumbered)))
            number_rows = [row for i in renumbered for row in _officer_number_rows(incoming[i].officer)]
            if number_rows:
                self._session.execute(insert(OfficerNumber), number_rows)
        self._audit(RosterEntity.OFFICER, plan, actor, at, source)
        return plan.counts()

    # -- representatives --------------------------------------------------------------------------

    def _apply_representatives(
        self, batch: list[RosterRepresentative], deactivate_missing: bool, actor: str, at: datetime, source: str
    ) -> RosterCounts:
        existing = {entry.representative.id: entry for entry in RepresentativeRepository(self._session).list_all()}
        incoming = _with_codes(
            _unique_by_id(batch, lambda entry: entry.representative.id, "representative"), existing, "representative"
        )
        if deactivate_missing:
            for representative_id, entry in existing.items():
                if representative_id not in incoming and entry.active:
                    incoming[representative_id] = replace(entry, active=False)
        plan = _Plan.of(incoming, existing, representative_snapshot)
        rows = [_representative_row(incoming[i], at) for i in plan.created]
        if rows:
            self._session.execute(insert(RepresentativeModel), rows)
        updated = [_representative_row(incoming[i], at) for i in plan.updated]
        if updated:
            self._session.execute(update(RepresentativeModel), updated)
        renumbered = [i for i in (*plan.created, *plan.updated) if _numbers_differ(plan, i)]
        if renumbered:
            self._session.execute(
                delete(RepresentativeNumber).where(RepresentativeNumber.representative_id.in_(renumbered))
            )
            number_rows = [
                {"representative_id": i, "number": number, "kind": ContactNumberKind.REGISTERED, "position": position}
                for i in renumbered
                for position, number in enumerate(dict.fromkeys(incoming[i].representative.registered_numbers))
            ]
            if number_rows:
                self._session.execute(insert(RepresentativeNumber), number_rows)
        self._audit(RosterEntity.REPRESENTATIVE, plan, actor, at, source)
        return plan.counts()

    def _audit(self, entity: RosterEntity, plan: _Plan, actor: str, at: datetime, source: str) -> None:
        changes: list[tuple[int, RosterAction, Mapping[str, Any] | None, Mapping[str, Any] | None]] = []
        changes += [(i, RosterAction.CREATED, None, plan.after[i]) for i in plan.created]
        for i in plan.updated:
            deactivated = plan.before[i]["active"] and not plan.after[i]["active"]
            changes.append((i, RosterAction.DEACTIVATED if deactivated else RosterAction.UPDATED,
                            plan.before[i], plan.after[i]))
        record_changes(self._session, audit_rows(actor=actor, at=at, entity=entity, source=source, changes=changes))

    def _advance_id_sequences(self) -> None:
        """Ids came from the roster: move PostgreSQL's sequences past them so later inserts do not collide."""
        if self._session.get_bind().dialect.name != "postgresql":
            return
        for table in ("officers", "representatives"):
            self._session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
                )
            )


@dataclass
class _Plan:
    before: dict[int, dict[str, Any]]
    after: dict[int, dict[str, Any]]
    created: list[int]
    updated: list[int]
    unchanged: int

    @classmethod
    def of(cls, incoming: Mapping[int, Any], existing: Mapping[int, Any], snapshot: Any) -> _Plan:
        before = {i: snapshot(existing[i]) for i in incoming if i in existing}
        after = {i: snapshot(entry) for i, entry in incoming.items()}
        created = sorted(i for i in incoming if i not in existing)
        updated = sorted(i for i in incoming if i in existing and before[i] != after[i])
        return cls(before, after, created, updated, len(incoming) - len(created) - len(updated))

    def counts(self) -> RosterCounts:
        deactivated = tuple(i for i in self.updated if self.before[i]["active"] and not self.after[i]["active"])
        return RosterCounts(
            created=len(self.created), updated=len(self.updated) - len(deactivated), unchanged=self.unchanged,
            deactivated=len(deactivated), deactivated_ids=deactivated,
        )


def _superiors_first(created: Sequence[int], incoming: Mapping[int, RosterOfficer]) -> list[int]:
    """Order new officers so each one's superior is stored before them; refuse a cycle of superiors."""
    pending = set(created)
    ordered: list[int] = []
    for start in created:
        path: list[int] = []
        current: int | None = start
        while current is not None and current in pending and current not in path:
            path.append(current)
            current = incoming[current].officer.superior_id
        if current is not None and current in path:
            cycle = path[path.index(current):] + [current]
            raise ValueError("superiors form a cycle: " + " → ".join(f"officer {i}" for i in cycle))
        for officer_id in reversed(path):
            pending.discard(officer_id)
            ordered.append(officer_id)
    return ordered


def _numbers_differ(plan: _Plan, entity_id: int) -> bool:
    before = plan.before.get(entity_id)
    after = plan.after[entity_id]
    return before is None or any(before.get(name) != after.get(name) for name in _NUMBER_FIELDS)


def _unique_by_id(entries: Sequence[Any], key: Any, what: str) -> dict[int, Any]:
    result: dict[int, Any] = {}
    for entry in entries:
        entity_id = key(entry)
        if entity_id in result:
            raise ValueError(f"{what} {entity_id} appears twice in the roster")
        if entity_id <= 0:
            raise ValueError(f"{what} id {entity_id}: ids are positive roster numbers")
        result[entity_id] = entry
    return result


def _with_codes(incoming: dict[int, Any], existing: Mapping[int, Any], what: str) -> dict[int, Any]:
    """Give every entry its code (the stored one when none is given, the id for a new row); refuse clashes."""
    owners = {entry.code: entity_id for entity_id, entry in existing.items()}
    coded: dict[int, Any] = {}
    claimed: dict[str, int] = {}
    for entity_id, entry in incoming.items():
        stored = existing.get(entity_id)
        code = entry.code or (stored.code if stored is not None else str(entity_id))
        if claimed.setdefault(code, entity_id) != entity_id:
            raise ValueError(f"{what} code {code} is given to {what}s {claimed[code]} and {entity_id}")
        owner = owners.get(code)
        if owner is not None and owner != entity_id:
            raise ConflictError(f"{what} {entity_id}: code {code} already belongs to {what} {owner}")
        coded[entity_id] = entry if entry.code == code else replace(entry, code=code)
    return coded


def _check_officers(incoming: Mapping[int, RosterOfficer], existing: Mapping[int, RosterOfficer],
                    stored_numbers: Mapping[str, int]) -> None:
    """Refuse what the database would refuse, naming the officer: missing CUG numbers, clashes, unknown superiors."""
    owners: dict[str, int] = {}
    for officer_id, entry in incoming.items():
        officer = entry.officer
        if not officer.official_number:
            raise ValueError(f"officer {officer_id} ({officer.name_en}) has no official number")
        for number in (officer.official_number, *officer.other_numbers):
            if owners.setdefault(number, officer_id) != officer_id:
                raise ValueError(f"number {number} is given to officers {owners[number]} and {officer_id}")
        if officer.superior_id is not None and officer.superior_id not in incoming and officer.superior_id not in existing:
            raise ConflictError(f"officer {officer_id}: superior {officer.superior_id} is not on the roster")
        if officer.superior_id == officer_id:
            raise ValueError(f"officer {officer_id} cannot be their own superior")
    for number, owner in owners.items():
        stored_owner = stored_numbers.get(number)
        if stored_owner is not None and stored_owner != owner and stored_owner not in incoming:
            raise ConflictError(f"number {number} of officer {owner} already belongs to officer {stored_owner}")


def _officer_row(entry: RosterOfficer, at: datetime) -> dict[str, Any]:
    officer = entry.officer
    return {
        "id": officer.id,
        "code": entry.code,
        **{name: getattr(officer, name) for name in _OFFICER_COLUMNS},
        "active": entry.active,
        "updated_at": at,
    }


def _officer_number_rows(officer: Officer) -> list[dict[str, Any]]:
    rows = [{"officer_id": officer.id, "number": officer.official_number, "kind": ContactNumberKind.OFFICIAL, "position": 0}]
    rows += [
        {"officer_id": officer.id, "number": number, "kind": ContactNumberKind.OTHER, "position": position}
        for position, number in enumerate(dict.fromkeys(officer.other_numbers), start=1)
        if number != officer.official_number
    ]
    return rows


def _representative_row(entry: RosterRepresentative, at: datetime) -> dict[str, Any]:
    representative = entry.representative
    return {
        "id": representative.id,
        "code": entry.code,
        "kind": representative.kind,
        "name_en": representative.name_en,
        "name_hi": representative.name_hi,
        "constituency": representative.constituency,
        "active": entry.active,
        "updated_at": at,
    }
