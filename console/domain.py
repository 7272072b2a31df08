"""The fixed words of the domain, as codes.

Domain code returns these codes; only ``ui/`` turns them into words through
``tr()``. Stored values are the lower-case strings, so they must never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from console.plain_text import plain_line, plain_note


class EscalationState(str, Enum):
    WAITING = "waiting"
    DUE = "due"
    INSTRUCTED = "instructed"
    CONFIRMED = "confirmed"
    CLOSED = "closed"
    REDIRECTED = "redirected"
    ALARM = "alarm"
    ESCALATED = "escalated"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in _TERMINAL_STATES

    @property
    def withdraws_messages(self) -> bool:
        """The case waits for no callback (confirmed, closed, cancelled, sent to the alternate): the calls and SMS
        still queued for it must not go out."""
        return self in _NOT_WAITING_STATES


_TERMINAL_STATES = frozenset({EscalationState.CLOSED, EscalationState.CANCELLED})
_NOT_WAITING_STATES = frozenset(
    {EscalationState.CONFIRMED, EscalationState.CLOSED, EscalationState.CANCELLED, EscalationState.REDIRECTED}
)


class AvailabilityStatus(str, Enum):
    ON_DUTY = "on_duty"
    LEAVE = "leave"
    TRAINING = "training"
    OTHER = "other"


class RepresentativeKind(str, Enum):
    MP = "mp"
    MLA = "mla"
    MLC = "mlc"
    OTHER = "other"


class ContactChannel(str, Enum):
    """How the representative reached the center."""

    PHONE = "phone"
    MOBILE = "mobile"
    IN_PERSON = "in_person"
    OTHER = "other"


class OutboxKind(str, Enum):
    SMS = "sms"
    CALL = "call"


class OutboxStatus(str, Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"


class CallHeard(str, Enum):
    """What the officer heard on an answered instruction call (the modem's own report, kept in the outbox)."""

    OPERATOR = "operator"  # the line was open to the operator's headset
    RECORDING = "recording"  # the recorded instruction played to its end at least once
    RECORDING_CUT = "recording_cut"  # playback began but never reached the end
    ALERT_ONLY = "alert_only"  # no audio: the call was an alert; the SMS carries the text


class SpokenOutcome(str, Enum):
    """What the operator who spoke on an answered call recorded, in one deliberate step."""

    INSTRUCTED = "instructed"  # the officer heard the instruction
    WRONG_PERSON = "wrong_person"  # someone else answered: the officer did not hear it
    CALL_BACK_LATER = "call_back_later"  # the officer heard it and asked to call back later


class UserRole(str, Enum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Topic(str, Enum):
    """What the change feed tells subscribers has changed: one topic per kind of record, across processes."""

    ESCALATIONS = "escalations"
    AVAILABILITY = "availability"  # officers, representatives and their periods
    OUTBOX = "outbox"
    INCOMING = "incoming"
    MODEMS = "modems"
    CALENDAR = "calendar"
    USERS = "users"
    PRESENCE = "presence"  # who has which case open at which workstation


class ContactNumberKind(str, Enum):
    """Which register a number is on; only registered numbers may be dialled."""

    OFFICIAL = "official"  # an officer's government (CUG) number
    REGISTERED = "registered"  # a representative's registered number
    OTHER = "other"  # kept for the record, never dialled


@dataclass(frozen=True)
class Thresholds:
    """The district's minutes, all counted on the business calendar."""

    act_after_minutes: float = 10.0  # representative's call → the center acts (waiting → due)
    confirm_within_minutes: float = 15.0  # instruction → confirmed callback, else alarm
    max_reinstructions: int = 2  # re-instructions after an alarm before the superior is told
    escalate_after_minutes: float = 60.0  # first instruction → escalation when still unconfirmed


@dataclass(frozen=True)
class Officer:
    id: int
    name_en: str
    name_hi: str
    designation_en: str
    designation_hi: str
    department: str
    office: str  # office, tehsil or block where the officer sits
    official_number: str  # E.164, the CUG number
    superior_id: int | None = None
    other_numbers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _clean(self, "name_en", "name_hi", "designation_en", "designation_hi", "department", "office")


@dataclass(frozen=True)
class Representative:
    id: int
    kind: RepresentativeKind
    name_en: str
    name_hi: str
    constituency: str
    registered_numbers: tuple[str, ...]  # E.164

    def __post_init__(self) -> None:
        _clean(self, "name_en", "name_hi", "constituency")


@dataclass(frozen=True)
class ComplaintDraft:
    """A representative's complaint as the operator typed it: the use case that logs it takes only this."""

    representative_id: int
    officer_id: int
    channel: ContactChannel = ContactChannel.PHONE
    representative_called_at: datetime | None = None  # None: now minus the act threshold
    note: str = ""


@dataclass(frozen=True)
class AvailabilityPeriod:
    """An officer away (or explicitly on duty) over ``[starts_at, ends_at)``, aware UTC."""

    officer_id: int
    status: AvailabilityStatus
    starts_at: datetime
    ends_at: datetime
    alternate_officer_id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.note:
            object.__setattr__(self, "note", plain_note(self.note))


def _clean(value: object, *fields: str) -> None:
    """Names are cleaned however they come in (workbook, window, API, an old row read back): see
    :mod:`console.plain_text`. Frozen values are set once, here, before anyone sees them."""
    for name in fields:
        text = getattr(value, name)
        cleaned = plain_line(text)
        if cleaned != text:
            object.__setattr__(value, name, cleaned)


class BusinessHours(Protocol):
    """What the lifecycle and the metrics need of :class:`console.calendar.BusinessCalendar`."""

    def is_open(self, at: datetime) -> bool: ...

    def next_opening(self, at: datetime) -> datetime: ...

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime: ...

    def business_minutes_between(self, start: datetime, end: datetime) -> float: ...
