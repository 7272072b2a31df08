"""Results and events of the modem layer: plain frozen values the console can persist as they are.

Events reach listeners as plain callbacks on a modem's worker thread (no Qt here);
the console bridges them to its own thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

from modem.call_audio import AudioReport, CallProgressed
from modem.state import ModemStatus


class SmsErrorClass(str, enum.Enum):
    """Why a message (or part) was not accepted, grouped by what to do about it."""

    RETRYABLE = "retryable"  # network congestion / no service (38, 41, 42, 331, 332): retried, then given up
    CONFIGURATION = "configuration"  # SIM or SMSC set-up (310–316, 322, 330): fix the modem, not the message
    INTERNAL = "internal"  # 304, a PDU we built wrong: never retried
    UNKNOWN = "unknown"  # 500 or a bare ERROR: retried a few times, then an alert
    VENDOR = "vendor"  # above 512: firmware-specific
    REJECTED = "rejected"  # any other +CMS ERROR: the network refused this message
    PROMPT_MISSING = "prompt_missing"  # no "> " after AT+CMGS: nothing was written
    TIMEOUT = "timeout"  # no answer after the body: it may or may not have gone
    PORT_LOST = "port_lost"
    OFFLINE = "offline"
    CAP_REACHED = "cap_reached"  # the SIM's daily cap would be exceeded: nothing was written
    INVALID_NUMBER = "invalid_number"
    INVALID_TEXT = "invalid_text"
    NO_MODEM = "no_modem"  # no modem fit for it (the dispatcher's word when it has none to give the work)


class DeliveryState(str, enum.Enum):
    DELIVERED = "delivered"  # TP-Status 0x00–0x1F
    PENDING = "pending"  # 0x20–0x3F: the service centre is still trying; not a failure
    FAILED = "failed"  # 0x40 and up: permanent error, or the service centre gave up


class CallOutcome(str, enum.Enum):
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    NO_NETWORK = "no_network"
    FAILED = "failed"


class AlertReason(str, enum.Enum):
    PIN_REJECTED = "pin_rejected"  # the configured PIN was refused once; it will not be tried again
    SIM_PROBLEM = "sim_problem"  # absent, failed, PUK needed, still busy after back-off
    SMS_CONFIGURATION = "sms_configuration"
    SMS_SERVICE_ERROR = "sms_service_error"  # +CMS ERROR 500 persisted through retries
    INITIALISATION_FAILED = "initialisation_failed"


@dataclass(frozen=True)
class PartResult:
    sequence: int  # 1-based
    total: int
    message_reference: int | None  # TP-MR from +CMGS; None when the part was not accepted
    error_class: SmsErrorClass | None = None
    cms_error: int | None = None
    attempts: int = 0

    @property
    def accepted(self) -> bool:
        return self.message_reference is not None


@dataclass(frozen=True)
class SmsResult:
    recipient: str
    modem: str | None
    concat_reference: int | None
    parts: tuple[PartResult, ...]
    error_class: SmsErrorClass | None  # None when every part was accepted
    submitted_at: datetime
    tag: str | None = None  # the caller's own id (an outbox row), echoed in delivery reports
    detail: str | None = None

    @property
    def accepted(self) -> bool:
        return self.error_class is None and bool(self.parts) and all(part.accepted for part in self.parts)

    @property
    def message_references(self) -> tuple[int | None, ...]:
        return tuple(part.message_reference for part in self.parts)


@dataclass(frozen=True)
class CallResult:
    number: str
    modem: str | None
    outcome: CallOutcome
    ring_seconds: float
    talk_seconds: float
    started_at: datetime
    cause: int | None = None  # call-control cause (AT+CEER / ^CEND), when the modem gave one
    tag: str | None = None
    detail: str | None = None
    modem_fault: bool = False  # our side failed (offline, no network, no answer to ATD): another modem may do
    audio: AudioReport | None = None  # what the officer heard; None for a call placed without an audio mode


@dataclass(frozen=True)
class PartAccepted:
    """One part of a message the modem accepted (``+CMGS: <mr>``), told before the next part is written.

    A sender that records it durably knows which parts went even if it dies half-way through a long message,
    and can later send only the missing ones under the same ``concat_reference``.
    """

    modem: str
    recipient: str
    concat_reference: int | None  # None for a one-part message
    part: PartResult
    tag: str | None
    accepted_at: datetime


@dataclass(frozen=True)
class SmsReceived:
    modem: str
    sender: str
    text: str
    sent_at: datetime  # the service centre's stamp
    received_at: datetime  # our clock
    parts: int
    complete: bool  # False: some parts never came within the reassembly window; the text has gaps


@dataclass(frozen=True)
class DeliveryReported:
    modem: str
    recipient: str
    message_reference: int
    status: int  # raw TP-Status
    state: DeliveryState
    sent_at: datetime  # the service centre's stamps
    discharged_at: datetime
    received_at: datetime
    tag: str | None  # of the matched message; None when no sent message matched
    part: int | None  # the matched part's sequence
    matched: bool


@dataclass(frozen=True)
class IncomingCallStarted:
    """Exactly one per incoming call, however many RING / +CLIP lines it produces."""

    modem: str
    number: str | None  # None: withheld or no +CLIP
    started_at: datetime
    rejected: bool  # auto-rejected with AT+CHUP


@dataclass(frozen=True)
class IncomingCallEnded:
    modem: str
    number: str | None
    started_at: datetime
    ended_at: datetime
    rings: int
    rejected: bool


@dataclass(frozen=True)
class ModemStatusChanged:
    status: ModemStatus
    previous: ModemStatus | None


@dataclass(frozen=True)
class ModemAlertRaised:
    modem: str
    reason: AlertReason
    detail: str
    raised_at: datetime


ModemEvent: TypeAlias = (
    SmsReceived
    | DeliveryReported
    | IncomingCallStarted
    | IncomingCallEnded
    | ModemStatusChanged
    | ModemAlertRaised
    | CallProgressed
)
