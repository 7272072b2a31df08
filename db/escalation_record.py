"""The records of a case as the desk and the window read them, without the storage's machinery.

Plain frozen dataclasses (no SQLAlchemy), so the first screen can be read before the ORM is imported
(:mod:`db.first_screen`); the repositories fill the same records from their queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from types import MappingProxyType
from typing import Any

from console.domain import ContactChannel, EscalationState, RepresentativeKind

OPEN_STATES = tuple(state for state in EscalationState if state.is_open)


@dataclass(frozen=True)
class EscalationRecord:
    """A case as stored. ``version`` goes back to :meth:`EscalationRepository.save` unchanged."""

    id: int
    case_code: str
    representative_id: int
    officer_id: int
    state: EscalationState
    channel: ContactChannel
    representative_called_at: datetime
    logged_at: datetime
    operator: str
    last_event_at: datetime
    version: int
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
    instructed_outside_hours: bool = False


RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EscalationRecord))


@dataclass(frozen=True)
class NewEvent:
    """What happened to a case, by whom and when; ``details`` must be JSON-ready (instants become ISO strings)."""

    actor: str
    at: datetime
    action: str  # the lifecycle's action code
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class OpenCase:
    escalation: EscalationRecord
    representative_kind: RepresentativeKind
    representative_name_en: str
    representative_name_hi: str
    officer_name_en: str
    officer_name_hi: str
    officer_designation_en: str
    officer_designation_hi: str
    department: str


@dataclass(frozen=True)
class Presence:
    """Someone with a case open at a workstation."""

    login: str
    display_name: str
    workstation: str
