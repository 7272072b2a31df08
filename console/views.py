"""What the operator window displays: plain, frozen rows built by the service.

The window never computes a business rule; it shows these rows and asks the
service (:mod:`console.window_interface`) to act. Everything here is a code or a plain
value, so ``ui/`` alone turns it into words. Datetimes are aware UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from console.domain import (
    AvailabilityStatus,
    CallHeard,
    EscalationState,
    OutboxKind,
    OutboxStatus,
    RepresentativeKind,
    SpokenOutcome,
    UserRole,
)
from console.lifecycle_commands import AttemptOutcome, AttemptParty
from console.lifecycle_deadlines import DeadlineKind


class CaseAction(str, Enum):
    INSTRUCT = "instruct"
    RECORD_CONFIRMATION = "record_confirmation"
    REDIRECT = "redirect"
    REINSTRUCT = "reinstruct"
    ESCALATE = "escalate"
    CLOSE = "close"
    CANCEL = "cancel"
    REOPEN = "reopen"
    ADD_NOTE = "add_note"
    RECORD_MANUAL_CALL = "record_manual_call"


class TimelineEventKind(str, Enum):
    LOGGED = "logged"
    JOINED = "joined"  # a second complaint for the same pair joined the open case
    BECAME_DUE = "became_due"
    INSTRUCTED = "instructed"
    SMS = "sms"  # an SMS of the outbox; its delivery status rides along
    CALL = "call"  # a modem call of the outbox; its outcome rides along
    MANUAL_CALL = "manual_call"
    CONFIRMED = "confirmed"
    REDIRECTED = "redirected"
    ALARM = "alarm"
    REINSTRUCTED = "reinstructed"
    ESCALATED = "escalated"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    REOPENED = "reopened"
    NOTE = "note"


class ConfirmationSource(str, Enum):
    """Who told the center the callback happened (and so what the evidence is)."""

    REPRESENTATIVE = "representative"  # recorded by the operator after a call
    OFFICER = "officer"  # recorded by the operator after a call
    SMS_REPLY = "sms_reply"  # the officer replied with the case code
    MISSED_CALL = "missed_call"  # a missed call from the officer's registered number


class ContactReason(str, Enum):
    """Why :class:`AvailabilityDecision` names the officer it names."""

    ON_DUTY = "on_duty"
    ALTERNATE_FOR_LEAVE = "alternate_for_leave"
    ALTERNATE_FOR_TRAINING = "alternate_for_training"
    ALTERNATE_FOR_OTHER = "alternate_for_other"
    NO_ALTERNATE = "no_alternate"  # away and nobody named: tell the representative
    ALTERNATE_CYCLE = "alternate_cycle"  # the alternates lead back round: nobody to contact


class RegistrationState(str, Enum):
    HOME = "home"
    ROAMING = "roaming"
    SEARCHING = "searching"
    DENIED = "denied"
    NOT_REGISTERED = "not_registered"
    UNKNOWN = "unknown"


class SimState(str, Enum):
    READY = "ready"
    PIN_REQUIRED = "pin_required"
    PUK_REQUIRED = "puk_required"
    ABSENT = "absent"
    ERROR = "error"


class IncomingKind(str, Enum):
    SMS = "sms"
    MISSED_CALL = "missed_call"
    CALL = "call"  # a representative calling the center (caller ID)


class CalendarDayKind(str, Enum):
    GAZETTED_HOLIDAY = "gazetted_holiday"  # the state's list
    LOCAL_HOLIDAY = "local_holiday"  # declared by the district
    COMPENSATORY_WORKING_DAY = "compensatory_working_day"  # a day off made a working day


class Urgency(str, Enum):
    """How a queue row is coloured; ordered from calm to loud."""

    CALM = "calm"
    SOON = "soon"
    CRITICAL = "critical"
    LAPSED = "lapsed"
    PAUSED = "paused"


SOON_MINUTES = 5.0
CRITICAL_MINUTES = 2.0


def urgency_of(state: EscalationState, remaining_minutes: float | None, *, office_open: bool) -> Urgency:
    """The colour band of a queue row: remaining business minutes, None when no deadline runs."""
    if state is EscalationState.ALARM:
        return Urgency.LAPSED
    if state is EscalationState.DUE and remaining_minutes is None:
        return Urgency.CRITICAL  # the center must act now
    if remaining_minutes is None:
        return Urgency.CALM
    if remaining_minutes <= 0:
        return Urgency.LAPSED
    if not office_open:
        return Urgency.PAUSED
    if remaining_minutes <= CRITICAL_MINUTES:
        return Urgency.CRITICAL
    if remaining_minutes <= SOON_MINUTES:
        return Urgency.SOON
    return Urgency.CALM


@dataclass(frozen=True)
class QueueRow:
    """One open case in the escalation queue."""

    case_id: int
    case_code: str  # what the officer quotes back, e.g. "HRD-0412"
    representative_id: int
    representative_name_en: str
    representative_name_hi: str
    representative_kind: RepresentativeKind
    officer_id: int
    officer_name_en: str
    officer_name_hi: str
    officer_designation_en: str
    officer_designation_hi: str
    department: str
    state: EscalationState
    representative_called_at: datetime
    deadline_kind: DeadlineKind | None
    deadline_at: datetime | None
    operator: str
    version: int  # optimistic lock: actions send it back
    open_by: tuple[str, ...] = ()  # people who have the case open at other workstations now


@dataclass(frozen=True)
class OfficerRow:
    """An officer with today's availability, as the grid and the searches show it."""

    officer_id: int
    name_en: str
    name_hi: str
    designation_en: str
    designation_hi: str
    department: str
    office: str
    official_number: str  # E.164
    status: AvailabilityStatus = AvailabilityStatus.ON_DUTY
    office_hi: str = ""  # the office in Hindi when the district's place names make it; else the window shows office
    period_id: int | None = None
    period_starts_at: datetime | None = None
    period_ends_at: datetime | None = None
    alternate_id: int | None = None
    alternate_name_en: str = ""
    alternate_name_hi: str = ""
    alternate_designation_en: str = ""
    alternate_designation_hi: str = ""
    alternate_number: str = ""


@dataclass(frozen=True)
class RepresentativeRow:
    representative_id: int
    kind: RepresentativeKind
    name_en: str
    name_hi: str
    constituency: str
    number: str  # E.164, the first registered number
    constituency_hi: str = ""

class ModemAudio(str, Enum):
    """A voice modem's audio mode as the panel shows it."""

    OPERATOR = "operator"  # the operator speaks on a headset
    RECORDED = "recorded"  # the module plays the district's clip
    RECORDED_CANNOT_PLAY = "recorded_cannot_play"  # set to recorded, but this module has no playback: alerts
    ALERT = "alert"


@dataclass(frozen=True)
class ModemRow:
    name: str
    online: bool
    signal_dbm: int | None
    registration: RegistrationState
    sim_state: SimState
    operator_name: str  # the mobile network, e.g. "BSNL"
    sms_today: int
    sms_cap: int
    current_call: str = ""  # the number on a call now, empty when idle
    sends_sms: bool = True  # False for a modem kept for calls only
    call_audio: ModemAudio | None = None  # what an officer hears on its calls; None for a modem that makes none


@dataclass(frozen=True)
class CallAudioRecord:
    """What the officer heard on an answered instruction call: the record says it, not "answered"."""

    heard: CallHeard
    plays: int = 0  # recorded: the plays that reached the clip's end
    fell_back: bool = False  # recorded, but the module could not play: an alert only
    spoken_by: str = ""  # operator mode: who spoke, once they recorded the outcome
    spoken_outcome: SpokenOutcome | None = None


@dataclass(frozen=True)
class SpeakingCall:
    """An instruction call answered on a modem in operator mode: the operator speaks now.

    Read again from the outbox as the call goes on; ``ended`` once the row is no longer being sent."""

    outbox_id: int
    case_id: int | None
    case_code: str
    officer_name_en: str
    officer_name_hi: str
    number: str  # the officer's, E.164
    representative_name_en: str
    representative_name_hi: str
    representative_number: str  # whom the officer must call back
    answered_at: datetime
    ended: bool = False
    talk_seconds: float | None = None
    audio: CallAudioRecord | None = None


@dataclass(frozen=True)
class OutboxRow:
    outbox_id: int
    kind: OutboxKind
    status: OutboxStatus
    case_id: int | None
    case_code: str
    recipient_name_en: str
    recipient_name_hi: str
    number: str
    modem: str  # the modem that took it, empty until claimed
    attempts: int
    updated_at: datetime
    error_code: str = ""  # e.g. "CMS 500", for the record; never a message body
    call_outcome: AttemptOutcome | None = None  # a call's latest try: answered, busy, no answer…
    talk_seconds: float | None = None  # an answered call's talk time
    audio: CallAudioRecord | None = None  # an answered call: what the officer heard
    parts_went: int = 0  # of a long SMS left uncertain or failed: the parts the modem reported sent...
    parts_total: int = 0  # ...of how many (0: nothing known); the rest may be sent alone

    @property
    def missing_parts_known(self) -> bool:
        """Some parts are known to have gone and some not: an operator may send only the missing ones."""
        return 0 < self.parts_went < self.parts_total


@dataclass(frozen=True)
class IncomingRow:
    incoming_id: int
    kind: IncomingKind
    number: str
    received_at: datetime
    modem: str
    officer_id: int | None = None  # matched sender, when known
    sender_name_en: str = ""
    sender_name_hi: str = ""
    case_code: str = ""  # the case the message or call confirmed, if any
    text: str = ""  # an SMS as received (shown to the operator, never logged)


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str  # operator login, or "system" / a modem name
    kind: TimelineEventKind
    detail: str = ""  # a note or a reason as a person wrote it: data, not UI words
    evidence: str = ""  # what came in as it came (an SMS reply's text); old records: their stored words
    delivery: OutboxStatus | None = None
    call_outcome: AttemptOutcome | None = None
    party: AttemptParty | None = None  # whom a manual call reached; who told the operator of a callback
    confirmed_by: ConfirmationSource | None = None
    number: str = ""  # E.164: an SMS or call's recipient, a reply's or missed call's sender
    talk_seconds: float | None = None  # an answered call's talk time
    audio: CallAudioRecord | None = None  # an answered call: what the officer heard
    case_code: str = ""  # LOGGED: the away officer's case this one continues
    counterpart_en: str = ""  # REDIRECTED: the alternate; ESCALATED: the superior
    counterpart_hi: str = ""
    outside_hours: bool = False  # INSTRUCTED: the office was closed (not held against the officer)


@dataclass(frozen=True)
class AvailabilityDecision:
    """Whom to contact for an officer now, and why (the lifecycle's ``who_to_contact``)."""

    officer: OfficerRow
    reason: ContactReason
    contact: OfficerRow | None  # None when nobody can be contacted
    chain: tuple[int, ...] = ()  # officer ids followed, the officer first


@dataclass(frozen=True)
class CaseDetail:
    row: QueueRow
    representative_number: str
    officer: OfficerRow
    availability: AvailabilityDecision
    timeline: tuple[TimelineEntry, ...]
    allowed_actions: frozenset[CaseAction]
    reinstructions: int = 0


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: CalendarDayKind
    name_en: str
    name_hi: str
    entry_id: int | None = None  # None for the state's list, which the window cannot edit
    editable: bool = False


@dataclass(frozen=True)
class IncomingCaller:
    """Someone rings a center line a modem watches: who, as the roster knows the number (DESIGN's caller ID)."""

    number: str  # empty when withheld
    at: datetime
    representative: RepresentativeRow | None = None
    officer: OfficerRow | None = None
    callback_case_id: int | None = None  # the officer's open case awaiting their callback (the longest waiting)
    callback_case_code: str = ""


@dataclass(frozen=True)
class OperatorSession:
    login: str
    display_name: str
    role: UserRole


@dataclass(frozen=True)
class LiveState:
    """Everything the main window shows at once; ``revision`` rises with every change."""

    revision: int
    generated_at: datetime
    queue: tuple[QueueRow, ...] = ()
    officers: tuple[OfficerRow, ...] = ()
    modems: tuple[ModemRow, ...] = ()
    outbox: tuple[OutboxRow, ...] = ()
    incoming: tuple[IncomingRow, ...] = ()
    departments: tuple[str, ...] = field(default=())
    people: tuple[tuple[str, str], ...] = field(default=())  # (login, display name) of the center's accounts
    complete: bool = True  # False: the first screen only, the officers' grid still to come
    list_limit: int | None = None  # the outbox and incoming lists hold at most this many of the latest rows

    @property
    def operators(self) -> tuple[str, ...]:
        """Who logged the queue's cases, sorted (the queue's operator filter)."""
        return tuple(sorted({row.operator for row in self.queue}))
