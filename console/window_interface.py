"""The one interface the operator window talks to.

The window reads :class:`console.views.LiveState`, asks for details and
searches, and performs actions; it never touches the database or the modems.
The production implementation sits over ``db`` and the escalation desk; tests
use an in-memory one. Every answer is a code or a view row, never a sentence:
the window words it. Calls may block (database round trips); the window runs
the slow ones off the GUI thread, so implementations must be thread-safe. What
changed is published on :attr:`ConsoleService.events` (handlers run on any
thread; the window bridges them once, :mod:`ui.qt_bridge`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Protocol

from console.availability import PeriodProblem
from console.clock import Clock
from console.domain import AvailabilityStatus, BusinessHours, ComplaintDraft, EscalationState, SpokenOutcome
from console.events import EventBus
from console.sign_in import SignInResult
from console.lifecycle_commands import AttemptOutcome, AttemptParty
from console.reports.screen_interface import ReportsService
from console.views import (
    AvailabilityDecision,
    SpeakingCall,
    CalendarDayKind,
    CalendarEntry,
    CaseDetail,
    ConfirmationSource,
    LiveState,
    OfficerRow,
    OperatorSession,
    OutboxRow,
    QueueRow,
    IncomingCaller,
    IncomingRow,
    RepresentativeRow,
)


class ActionOutcome(str, Enum):
    OK = "ok"
    JOINED_OPEN_CASE = "joined_open_case"  # one open case per pair: the complaint joined it
    STALE = "stale"  # someone changed the row since it was read (optimistic lock)
    NOT_ALLOWED = "not_allowed"  # the action is not offered in the current state
    NOT_FOUND = "not_found"
    NOT_REGISTERED_NUMBER = "not_registered_number"  # only government numbers are dialled
    NO_ALTERNATE = "no_alternate"
    INVALID = "invalid"  # a draft failed validation; see ``problems``
    PERMISSION_DENIED = "permission_denied"
    UNAVAILABLE = "unavailable"  # the database cannot be reached: nothing was saved; try again
    FAILED = "failed"  # storage or I/O failure; the log says why


class ServiceUnavailable(Exception):
    """A read could not reach the database (a server restart, the network); the caller tries again later."""


class CalendarProblem(str, Enum):
    DUPLICATE_DAY = "duplicate_day"
    NAME_REQUIRED = "name_required"
    WORKING_DAY_NOT_OFF = "working_day_not_off"  # a compensatory working day must be a day off
    NOT_EDITABLE = "not_editable"


@dataclass(frozen=True)
class Conflict:
    """Why an action on a case lost a race: the latest change someone else made (the timeline's last entry)."""

    actor: str
    action: str  # the lifecycle's action code, e.g. "confirm"
    at: datetime
    state: EscalationState


@dataclass(frozen=True)
class ActionResult:
    outcome: ActionOutcome
    case_id: int | None = None
    case_code: str = ""
    problems: tuple[str, ...] = ()  # codes of PeriodProblem / CalendarProblem values
    conflict: Conflict | None = None  # for STALE and NOT_ALLOWED on a case: what changed it meanwhile

    @property
    def succeeded(self) -> bool:
        return self.outcome in (ActionOutcome.OK, ActionOutcome.JOINED_OPEN_CASE)


@dataclass(frozen=True)
class ManualCall:
    """A call an operator made from a center smartphone, recorded as an attempt."""

    party: AttemptParty
    number: str
    outcome: AttemptOutcome
    at: datetime
    note: str = ""


@dataclass(frozen=True)
class PeriodDraft:
    officer_id: int
    status: AvailabilityStatus
    starts_on: date  # whole days, in IST; the service turns them into instants
    ends_on: date  # inclusive
    alternate_id: int | None
    note: str = ""
    period_id: int | None = None  # None: a new period


@dataclass(frozen=True)
class CalendarDraft:
    day: date
    kind: CalendarDayKind
    name_en: str
    name_hi: str
    entry_id: int | None = None


@dataclass(frozen=True)
class RosterProblem:
    sheet: str
    row: int
    column: str
    code: str  # e.g. "bad_number", "unknown_alternate", "duplicate"
    value: str = ""


@dataclass(frozen=True)
class RosterResult:
    outcome: ActionOutcome
    rows: int = 0
    problems: tuple[RosterProblem, ...] = ()


Progress = Callable[[int, int], None]  # (done, total); total 0 when unknown
Unsubscribe = Callable[[], None]


class ConsoleService(Protocol):
    """What the window asks for and does. Version numbers are the optimistic lock."""

    @property
    def clock(self) -> Clock: ...

    @property
    def calendar(self) -> BusinessHours: ...

    @property
    def session(self) -> OperatorSession | None:
        """Who is signed in at this workstation; None between two people (every action is then refused)."""
        ...

    # signing in
    def sign_in(self, login: str, password: str) -> SignInResult: ...

    def sign_out(self) -> None: ...

    def demo_sessions(self) -> tuple[OperatorSession, ...]:
        """The demo's people, whom the demo signs in without a password; empty for a real district."""
        ...

    def sign_in_as(self, login: str) -> SignInResult:
        """The demo only: sign in as one of :meth:`demo_sessions`."""
        ...

    # who has a case open
    def case_opened(self, case_id: int) -> None:
        """This workstation has the case window open (call again every minute or so while it stays open)."""
        ...

    def case_left(self, case_id: int) -> None: ...

    @property
    def reports(self) -> ReportsService:
        """The supervisors' response-time reports and workbook."""
        ...

    # reading
    def load_live_state(self, *, first_screen: bool = False) -> LiveState:
        """Everything the window shows; ``first_screen``: only what the queue tab shows at start (no officer grid,
        no roster read), marked incomplete, for the window to paint before it loads the rest."""
        ...

    def queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        """The queue's rows of these cases as they stand; a case no longer open has none (one case changed)."""
        ...

    def outbox_rows(self, outbox_ids: tuple[int, ...]) -> tuple[OutboxRow, ...]:
        """The outbox list's rows of these ids as they stand, in the list's order (the latest change first); an id
        with no row has none. The list keeps the latest :attr:`LiveState.list_limit` rows: the window drops the
        rest."""
        ...

    def incoming_rows(self, incoming_ids: tuple[int, ...]) -> tuple[IncomingRow, ...]:
        """The incoming list's rows of these ids as they stand, the latest received first; an id with no row has
        none."""
        ...

    def case_detail(self, case_id: int) -> CaseDetail | None: ...

    def search_officers(self, text: str, limit: int) -> tuple[OfficerRow, ...]: ...

    def search_representatives(self, text: str, limit: int) -> tuple[RepresentativeRow, ...]: ...

    def availability_now(self, officer_id: int) -> AvailabilityDecision | None: ...

    # the escalation desk
    def log_complaint(self, draft: ComplaintDraft) -> ActionResult: ...

    def instruct(self, case_id: int, version: int) -> ActionResult: ...

    def record_confirmation(
        self, case_id: int, version: int, source: ConfirmationSource, note: str = "",
        callback_at: datetime | None = None,
    ) -> ActionResult:
        """``callback_at``: when the callback happened (None: now); never later than now."""
        ...

    def redirect(self, case_id: int, version: int) -> ActionResult:
        """Redirect to the alternate; the result names the new case against the alternate."""
        ...

    def reinstruct(self, case_id: int, version: int) -> ActionResult: ...

    def escalate(self, case_id: int, version: int) -> ActionResult: ...

    def close(self, case_id: int, version: int, reason: str = "") -> ActionResult: ...

    def cancel(self, case_id: int, version: int, reason: str) -> ActionResult: ...

    def reopen(self, case_id: int, version: int, reason: str) -> ActionResult: ...

    def add_note(self, case_id: int, text: str) -> ActionResult: ...

    def record_manual_call(self, case_id: int, call: ManualCall) -> ActionResult: ...

    # availability and roster
    def validate_period(self, draft: PeriodDraft) -> tuple[PeriodProblem, ...]: ...

    def save_period(self, draft: PeriodDraft) -> ActionResult: ...

    def import_roster(self, path: Path, progress: Progress, replace_all: bool = False) -> RosterResult:
        """``replace_all``: the operator confirmed that the file is the whole new list (see
        :data:`console.roster.model.REPLACE_ALL_PROBLEMS`)."""
        ...

    def export_roster(self, path: Path, progress: Progress) -> RosterResult: ...

    # calendar
    def calendar_entries(self, year: int) -> tuple[CalendarEntry, ...]: ...

    def holiday_on(self, day: date) -> CalendarEntry | None: ...

    def validate_calendar_entry(self, draft: CalendarDraft) -> tuple[CalendarProblem, ...]: ...

    def save_calendar_entry(self, draft: CalendarDraft) -> ActionResult: ...

    def delete_calendar_entry(self, entry_id: int) -> ActionResult: ...

    # the outbox
    def retry_outbox(self, outbox_id: int) -> ActionResult: ...

    def cancel_outbox(self, outbox_id: int) -> ActionResult: ...

    def resolve_uncertain(self, outbox_id: int, was_sent: bool) -> ActionResult: ...

    def resend_missing_parts(self, outbox_id: int) -> ActionResult:
        """An uncertain long SMS some of whose parts the modem reported sent: send only the others."""
        ...

    # the instruction call the operator speaks on (a modem in operator mode)
    def speaking_call(self, outbox_id: int) -> SpeakingCall | None:
        """The answered call as it stands: whom, which case, whom to call back, ended or not."""
        ...

    def end_call(self, outbox_id: int) -> bool:
        """Hang the call up (Ctrl+H); False when it is not up on this center's modems."""
        ...

    def record_call_outcome(self, outbox_id: int, outcome: SpokenOutcome) -> ActionResult:
        """After the call: the operator's one deliberate step (instructed, wrong person, call back later)."""
        ...

    # what changed
    @property
    def events(self) -> EventBus:
        """Domain events after each commit (this process's and, through the feed, others'); ``CallAnswered``
        when the operator speaks now; ``CallerLookedUp`` for who rings the center's lines (nothing is written)."""
        ...
