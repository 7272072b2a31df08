"""All tables; importing this package registers every model on :data:`Base.metadata`."""

from __future__ import annotations

from db.base import Base
from db.models.escalation import CaseSequence, Escalation, EscalationEvent
from db.models.outbox import OutboxAttempt, OutboxMessage, OutboxPart
from db.models.records import (
    CalendarOverride,
    CasePresence,
    ChangeCounter,
    IncomingMessage,
    RecordLink,
    RosterChange,
    SignInEvent,
    User,
)
from db.models.roster import AvailabilityPeriod, Officer, OfficerNumber, Representative, RepresentativeNumber

APPEND_ONLY_TABLES: tuple[str, ...] = (
    EscalationEvent.__tablename__, RosterChange.__tablename__, SignInEvent.__tablename__, RecordLink.__tablename__,
)
"""Tables whose rows are never updated or deleted (guarded in the ORM and by triggers)."""

__all__ = [
    "APPEND_ONLY_TABLES",
    "AvailabilityPeriod",
    "Base",
    "CalendarOverride",
    "CasePresence",
    "CaseSequence",
    "ChangeCounter",
    "Escalation",
    "EscalationEvent",
    "IncomingMessage",
    "Officer",
    "OfficerNumber",
    "OutboxAttempt",
    "OutboxMessage",
    "OutboxPart",
    "Representative",
    "RecordLink",
    "RepresentativeNumber",
    "RosterChange",
    "SignInEvent",
    "User",
]
