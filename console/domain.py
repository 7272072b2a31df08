"""The fixed words of the domain, as codes.

Domain code returns these codes; only ``ui/`` turns them into words through
``tr()``. Stored values are the lower-case strings, so they must never change.
"""

from __future__ import annotations

from enum import Enum


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


_TERMINAL_STATES = frozenset({EscalationState.CLOSED, EscalationState.CANCELLED})


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


class UserRole(str, Enum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
