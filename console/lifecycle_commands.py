"""What can be done to an escalation: the actions, as codes, and their commands.

Each action that needs more than its name (a reason, a confirmation's evidence,
a manual call's outcome) has a small frozen command; the lifecycle checks the
command and records its fields in the event, so the timeline keeps the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import ClassVar

from console.domain import AvailabilityStatus, ContactChannel, OutboxKind


class Action(str, Enum):
    LOG = "log"
    BECOME_DUE = "become_due"  # time-driven: the representative's wait is over
    INSTRUCT = "instruct"
    REDIRECT = "redirect"
    CONFIRM = "confirm"
    RAISE_ALARM = "raise_alarm"  # time-driven: the confirmation window lapsed
    REINSTRUCT = "reinstruct"
    ESCALATE = "escalate"
    CLOSE = "close"
    CANCEL = "cancel"
    REOPEN = "reopen"
    JOIN = "join"  # a second complaint for the same pair joins the open case
    ADD_NOTE = "add_note"
    RECORD_ATTEMPT = "record_attempt"  # a call or SMS made outside or through the modems


class ConfirmationMethod(str, Enum):
    OPERATOR = "operator"  # the operator heard it from the representative or the officer
    SMS_REPLY = "sms_reply"  # the officer replied to the instruction with the case code
    MISSED_CALL = "missed_call"  # a missed call from the officer's registered number


class AttemptParty(str, Enum):
    OFFICER = "officer"
    REPRESENTATIVE = "representative"
    ALTERNATE = "alternate"
    SUPERIOR = "superior"


class AttemptRoute(str, Enum):
    SMARTPHONE = "smartphone"  # the center's own handset, outside the system
    MODEM = "modem"
    OTHER = "other"


class AttemptOutcome(str, Enum):
    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    UNREACHABLE = "unreachable"  # switched off or out of coverage
    REJECTED = "rejected"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"


CALL_OUTCOMES = (AttemptOutcome.ANSWERED, AttemptOutcome.NO_ANSWER, AttemptOutcome.BUSY, AttemptOutcome.UNREACHABLE,
                 AttemptOutcome.REJECTED)  # what a call can come to; the others are an SMS's
BOTH_CHANNELS: frozenset[OutboxKind] = frozenset({OutboxKind.CALL, OutboxKind.SMS})


@dataclass(frozen=True)
class Log:
    action: ClassVar[Action] = Action.LOG
    representative_id: int
    officer_id: int
    representative_called_at: datetime  # when the representative tried the officer
    channel: ContactChannel = ContactChannel.PHONE
    note: str = ""
    redirected_from: str = ""  # the case code of the away officer's case this one continues


@dataclass(frozen=True)
class BecomeDue:
    action: ClassVar[Action] = Action.BECOME_DUE


@dataclass(frozen=True)
class Instruct:
    action: ClassVar[Action] = Action.INSTRUCT
    channels: frozenset[OutboxKind] = BOTH_CHANNELS


@dataclass(frozen=True)
class Redirect:
    action: ClassVar[Action] = Action.REDIRECT
    alternate_officer_id: int
    status: AvailabilityStatus  # why the officer cannot be asked
    until: datetime | None = None


@dataclass(frozen=True)
class Confirm:
    action: ClassVar[Action] = Action.CONFIRM
    method: ConfirmationMethod
    evidence: str = ""  # the reply's text, or the operator's note: words of people, kept as they were
    callback_at: datetime | None = None  # when the callback happened, if earlier than now
    party: AttemptParty | None = None  # who told the operator (OPERATOR method)
    number: str = ""  # E.164 the reply or the missed call came from


@dataclass(frozen=True)
class RaiseAlarm:
    action: ClassVar[Action] = Action.RAISE_ALARM


@dataclass(frozen=True)
class Reinstruct:
    action: ClassVar[Action] = Action.REINSTRUCT
    channels: frozenset[OutboxKind] = BOTH_CHANNELS


@dataclass(frozen=True)
class Escalate:
    action: ClassVar[Action] = Action.ESCALATE
    superior_officer_id: int | None = None


@dataclass(frozen=True)
class Close:
    action: ClassVar[Action] = Action.CLOSE
    note: str = ""


@dataclass(frozen=True)
class Cancel:
    action: ClassVar[Action] = Action.CANCEL
    reason: str


@dataclass(frozen=True)
class Reopen:
    action: ClassVar[Action] = Action.REOPEN
    reason: str


@dataclass(frozen=True)
class Join:
    action: ClassVar[Action] = Action.JOIN
    representative_called_at: datetime
    channel: ContactChannel = ContactChannel.PHONE
    note: str = ""
    redirected_from: str = ""


@dataclass(frozen=True)
class AddNote:
    action: ClassVar[Action] = Action.ADD_NOTE
    text: str


@dataclass(frozen=True)
class RecordAttempt:
    action: ClassVar[Action] = Action.RECORD_ATTEMPT
    party: AttemptParty
    kind: OutboxKind
    route: AttemptRoute
    outcome: AttemptOutcome
    attempted_at: datetime
    number: str = ""  # E.164 of the number tried
    note: str = ""


Command = (
    Log
    | BecomeDue
    | Instruct
    | Redirect
    | Confirm
    | RaiseAlarm
    | Reinstruct
    | Escalate
    | Close
    | Cancel
    | Reopen
    | Join
    | AddNote
    | RecordAttempt
)
