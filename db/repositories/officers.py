"""Officers and representatives as the domain sees them, with their numbers.

An officer's first ``official`` number is the CUG number the center dials;
every further number (official or other) is carried in ``other_numbers``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, func, select, true
from sqlalchemy.orm import Session

from console.domain import ContactNumberKind, Officer, Representative, RepresentativeKind
from db.errors import NotFoundError
from db.models import Officer as OfficerModel
from db.models import OfficerNumber, RepresentativeNumber
from db.models import Representative as RepresentativeModel

OFFICER_COLUMNS = (
    OfficerModel.id,
    OfficerModel.name_en,
    OfficerModel.name_hi,
    OfficerModel.designation_en,
    OfficerModel.designation_hi,
    OfficerModel.department,
    OfficerModel.office,
    OfficerModel.superior_id,
    OfficerModel.active,
)


@dataclass(frozen=True)
class RosterOfficer:
    """An officer as the roster lists it: the domain value, whether they still serve, and their roster code.

    A ``code`` of None keeps the stored one (or, for a new officer, uses the id).
    """

    officer: Officer
    active: bool = True
    code: str | None = None


@dataclass(frozen=True)
class RosterRepresentative:
    representative: Representative
    active: bool = True
    code: str | None = None


def officer_rows_query(where: ColumnElement[bool] | None = None) -> Select[*tuple[Any, ...]]:
    """One row per officer: the officer's columns (:data:`OFFICER_COLUMNS`) and their numbers folded into
    one string ``position|kind|number,...`` (in no particular order; sorted in Python).

    A correlated subquery (one index lookup per officer) keeps the wide officer
    columns from repeating per number, which is most of the cost of loading 5,000 officers.
    """
    encoded = cast(OfficerNumber.position, String) + "|" + cast(OfficerNumber.kind, String) + "|" + OfficerNumber.number
    numbers = (
        select(func.aggregate_strings(encoded, ","))
        .where(OfficerNumber.officer_id == OfficerModel.id)
        .scalar_subquery()
    )
    query = select(*OFFICER_COLUMNS, numbers.label("numbers")).order_by(OfficerModel.id)
    return query if where is None else query.where(where)


def officer_from_row(row: Sequence[Any]) -> RosterOfficer:
    """An officer, whether they serve and their code, from :func:`officer_rows_query` with the code added."""
    return RosterOfficer(domain_officer(row), bool(row[8]), row[10])


# The officers last read, by their stored columns. An officer's every field comes from those columns, and making one
# cleans six names (console.plain_text): each start and each reload of the live state reads all 5,000 twice (the
# roster and the grid), so an officer whose row has not changed is made once. Officers are frozen values.
_MADE: dict[tuple[Any, ...], Officer] = {}
_MADE_AT_MOST = 50_000


def domain_officer(row: Sequence[Any]) -> Officer:
    """The domain officer from the first ten columns of :func:`officer_rows_query`."""
    key = tuple(row[:10])
    officer = _MADE.get(key)
    if officer is None:
        if len(_MADE) >= _MADE_AT_MOST:
            _MADE.clear()
        officer = _MADE[key] = _make_officer(row)
    return officer


def _make_officer(row: Sequence[Any]) -> Officer:
    official, others = _numbers(row[9])
    return Officer(
        id=row[0],
        name_en=row[1],
        name_hi=row[2],
        designation_en=row[3],
        designation_hi=row[4],
        department=row[5],
        office=row[6],
        official_number=official,
        superior_id=row[7],
        other_numbers=others,
    )


_OFFICIAL = ContactNumberKind.OFFICIAL.value


def _numbers(encoded: str | None) -> tuple[str, tuple[str, ...]]:
    """The official (CUG) number and the rest, from ``position|kind|number,...``."""
    if not encoded:
        return "", ()
    if "," not in encoded:  # the usual case: one number
        _position, kind, number = encoded.split("|", 2)
        return (number, ()) if kind == _OFFICIAL else ("", (number,))
    official = ""
    others: list[str] = []
    items = [item.split("|", 2) for item in encoded.split(",")]
    items.sort(key=lambda item: int(item[0]))
    for _order, kind, number in items:
        if not official and kind == _OFFICIAL:
            official = number
        else:
            others.append(number)
    return official, tuple(others)


class OfficerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, officer_id: int) -> Officer:
        found = self._load(OfficerModel.id == officer_id)
        if not found:
            raise NotFoundError("officer", officer_id)
        return found[0].officer

    def list_active(self) -> list[Officer]:
        """Every serving officer: the officer search index and the grid are built from this."""
        return [entry.officer for entry in self._load(OfficerModel.active == true())]

    def list_all(self) -> list[RosterOfficer]:
        return self._load(None)

    def by_id(self, officer_ids: Iterable[int]) -> dict[int, Officer]:
        """These officers (serving or not), without reading the whole register."""
        wanted = sorted(set(officer_ids))
        return {entry.officer.id: entry.officer for entry in self._load(OfficerModel.id.in_(wanted))} if wanted else {}

    def find_by_number(self, number: str) -> Officer | None:
        """The officer a number (E.164) belongs to, if any: matches incoming SMS and calls."""
        owner = select(OfficerNumber.officer_id).where(OfficerNumber.number == number).scalar_subquery()
        found = self._load(OfficerModel.id == owner)
        return found[0].officer if found else None

    def superiors_of(self, officer_id: int) -> list[Officer]:
        """The chain of superiors above an officer, nearest first (stops at a cycle)."""
        chain: list[Officer] = []
        seen = {officer_id}
        current = self.get(officer_id).superior_id
        while current is not None and current not in seen:
            seen.add(current)
            superior = self.get(current)
            chain.append(superior)
            current = superior.superior_id
        return chain

    def departments(self) -> list[str]:
        query = select(OfficerModel.department).where(OfficerModel.active == true()).distinct()
        return sorted(self._session.scalars(query))

    def next_id(self) -> int:
        """The next free officer id, for an officer added outside a roster file."""
        return int(self._session.scalar(select(func.coalesce(func.max(OfficerModel.id), 0))) or 0) + 1

    def _load(self, where: ColumnElement[bool] | None) -> list[RosterOfficer]:
        query = officer_rows_query(where).add_columns(OfficerModel.code)
        return [officer_from_row(row) for row in self._session.connection().execute(query).all()]


class RepresentativeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, representative_id: int) -> Representative:
        found = self._load(RepresentativeModel.id == representative_id)
        if not found:
            raise NotFoundError("representative", representative_id)
        return found[0].representative

    def list_active(self) -> list[Representative]:
        return [entry.representative for entry in self._load(RepresentativeModel.active == true())]

    def list_all(self) -> list[RosterRepresentative]:
        return self._load(None)

    def find_by_number(self, number: str) -> Representative | None:
        """The active representative a number (E.164) is registered to: caller ID on the center's line."""
        owners = select(RepresentativeNumber.representative_id).where(RepresentativeNumber.number == number)
        found = self._load(and_(RepresentativeModel.id.in_(owners), RepresentativeModel.active == true()))
        return found[0].representative if found else None

    def _load(self, where: ColumnElement[bool] | None) -> list[RosterRepresentative]:
        query = (
            select(
                RepresentativeModel.id,
                RepresentativeModel.kind,
                RepresentativeModel.name_en,
                RepresentativeModel.name_hi,
                RepresentativeModel.constituency,
                RepresentativeModel.active,
                RepresentativeNumber.number,
                RepresentativeModel.code,
            )
            .outerjoin(RepresentativeNumber, RepresentativeNumber.representative_id == RepresentativeModel.id)
            .order_by(RepresentativeModel.id, RepresentativeNumber.position, RepresentativeNumber.id)
        )
        if where is not None:
            query = query.where(where)
        grouped: dict[int, tuple[Sequence[Any], list[str]]] = {}
        for row in self._session.execute(query):
            entry = grouped.setdefault(row[0], (row, []))
            if row[6] is not None:
                entry[1].append(row[6])
        return [
            RosterRepresentative(
                Representative(
                    id=row[0],
                    kind=RepresentativeKind(row[1]),
                    name_en=row[2],
                    name_hi=row[3],
                    constituency=row[4],
                    registered_numbers=tuple(numbers),
                ),
                bool(row[5]),
                row[7],
            )
            for row, numbers in grouped.values()
        ]
