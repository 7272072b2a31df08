"""What a report reads of each case and of the people in it: plain values, built by ``db`` from the records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import NamedTuple

from console.domain import ContactChannel, EscalationState, Officer, Representative
from console.metrics import ResponseRecord


class CaseFacts(NamedTuple):
    """One case as stored: what the figures need first, then what only the Cases sheet shows.

    The reports screen reads the first twelve fields alone (a year is 50,000
    cases); the rest then keep their defaults. The workbook reads them all. A
    named tuple, built straight from the row.
    """

    case_id: int
    case_code: str  # the full stored code, e.g. HRD-2026-000123
    officer_id: int
    representative_id: int
    state: EscalationState
    representative_called_at: datetime
    instructed_at: datetime | None = None  # the first instruction
    callback_at: datetime | None = None
    reinstruction_count: int = 0
    escalated_at: datetime | None = None
    redirected_to_officer_id: int | None = None
    instructed_outside_hours: bool = False  # first instructed while the office was closed: not assessed
    # -- the Cases sheet's
    channel: ContactChannel | None = None
    logged_at: datetime | None = None
    operator: str = ""
    note: str = ""
    complaint_count: int = 1
    instruction_count: int = 0
    confirmed_at: datetime | None = None
    confirmation_method: str | None = None  # the lifecycle's code: operator, sms_reply, missed_call
    closed_at: datetime | None = None  # closed or cancelled
    cancel_reason: str = ""

    @property
    def record(self) -> ResponseRecord:
        return ResponseRecord(
            self.case_id,
            self.officer_id,
            self.representative_called_at,
            self.instructed_at,
            self.callback_at,
            self.state is EscalationState.CANCELLED,
            self.redirected_to_officer_id is not None,
            self.instructed_outside_hours,
        )


@dataclass(frozen=True)
class People:
    """The register as a report names it: every officer (serving or not) and representative, by id."""

    officers: Mapping[int, Officer] = field(default_factory=lambda: MappingProxyType({}))
    officer_codes: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))
    representatives: Mapping[int, Representative] = field(default_factory=lambda: MappingProxyType({}))

    def department_of(self, officer_id: int) -> str:
        officer = self.officers.get(officer_id)
        return officer.department if officer is not None else ""

    def departments(self) -> tuple[str, ...]:
        return tuple(sorted({officer.department for officer in self.officers.values() if officer.department}))
