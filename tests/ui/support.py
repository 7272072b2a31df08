"""An in-memory :class:`console.window_interface.ConsoleService` for the window's tests and benchmarks.

Its rules are a deliberately small stand-in for the escalation desk: enough for
the window to be driven end to end. The production service is built over
``db`` and the desk by the lead; the window sees no difference.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from console.clock import IST, Clock
from console.desk.event_sources import events_of_topic
from console.events import EventBus
from console.domain import (
    AvailabilityStatus,
    EscalationState,
    Officer,
    OutboxKind,
    OutboxStatus,
    Representative,
    SpokenOutcome,
    Topic,
    UserRole,
)
from console.availability import PeriodProblem
from console.window_interface import (
    ActionResult,
    CalendarDraft,
    CalendarProblem,
    ComplaintDraft,
    ManualCall,
    ActionOutcome,
    PeriodDraft,
    Progress,
    RosterResult,
)
from console.window_interface import Conflict
from console.sign_in import SignInProblem, SignInResult
from console.views import (
    AvailabilityDecision,
    CalendarDayKind,
    CalendarEntry,
    CaseAction,
    CaseDetail,
    ConfirmationSource,
    ContactReason,
    DeadlineKind,
    IncomingKind,
    IncomingRow,
    LiveState,
    ModemRow,
    OfficerRow,
    OperatorSession,
    OutboxRow,
    QueueRow,
    RepresentativeRow,
    SpeakingCall,
    TimelineEntry,
    TimelineEventKind,
)
from tests.ui.weekday_hours import WeekdayHours

ACT_MINUTES = 10.0
CONFIRM_MINUTES = 15.0
OPEN_ACTIONS = frozenset({CaseAction.ADD_NOTE, CaseAction.RECORD_MANUAL_CALL, CaseAction.CANCEL})


@dataclass
class Period:
    period_id: int
    officer_id: int
    status: AvailabilityStatus
    starts_at: datetime
    ends_at: datetime
    alternate_id: int | None
    note: str = ""


@dataclass
class Case:
    case_id: int
    code: str
    representative_id: int
    officer_id: int
    called_at: datetime
    state: EscalationState
    operator: str
    deadline_kind: DeadlineKind | None = None
    deadline_at: datetime | None = None
    version: int = 1
    reinstructions: int = 0
    timeline: list[TimelineEntry] = field(default_factory=list)


class InMemoryService:
    def __init__(
        self,
        clock: Clock,
        officers: Iterable[Officer] = (),
        representatives: Iterable[Representative] = (),
        calendar: WeekdayHours | None = None,
        session: OperatorSession | None = None,
        gazetted: dict[date, tuple[str, str]] | None = None,
    ) -> None:
        self._clock = clock
        self._calendar = calendar or WeekdayHours()
        self.gazetted = dict(gazetted or {})
        self._calendar.holidays |= set(self.gazetted)
        self._session: OperatorSession | None = session or OperatorSession("asha", "Asha Verma", UserRole.SUPERVISOR)
        self.people: dict[str, tuple[str, OperatorSession]] = {
            "asha": ("Chai-at-eleven", OperatorSession("asha", "Asha Verma", UserRole.SUPERVISOR)),
            "ravi": ("Ravi-password-1", OperatorSession("ravi", "Ravi Kumar", UserRole.OPERATOR)),
        }
        self.open_cases_here: set[int] = set()
        self._lock = threading.RLock()
        self.officers: dict[int, Officer] = {o.id: o for o in officers}
        self.representatives: dict[int, Representative] = {r.id: r for r in representatives}
        self.periods: dict[int, Period] = {}
        self.cases: dict[int, Case] = {}
        self.outbox: dict[int, OutboxRow] = {}
        self.incoming: list[IncomingRow] = []
        self.modems: list[ModemRow] = []
        self.calendar_extra: dict[int, CalendarEntry] = {}
        self.revision = 1
        self._ids = 1000
        self.events = EventBus()
        self._haystacks: dict[int, str] = {}
        self.reindex()

    # -- the protocol's properties
    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def calendar(self) -> WeekdayHours:
        return self._calendar

    @property
    def session(self) -> OperatorSession | None:
        return self._session

    # -- signing in (two people with fixed passwords) and who has a case open
    def sign_in(self, login: str, password: str) -> SignInResult:
        known = self.people.get(login.strip().lower())
        if known is None or known[0] != password:
            return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
        self._session = known[1]
        return SignInResult(known[1])

    def sign_out(self) -> None:
        self._session = None
        self.open_cases_here.clear()

    def demo_sessions(self) -> tuple[OperatorSession, ...]:
        return ()

    def sign_in_as(self, login: str) -> SignInResult:
        return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)

    def case_opened(self, case_id: int) -> None:
        self.open_cases_here.add(case_id)

    def case_left(self, case_id: int) -> None:
        self.open_cases_here.discard(case_id)

    # -- helpers
    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    def reindex(self) -> None:
        self._haystacks = {
            o.id: " ".join(
                (o.name_en, o.name_hi, o.designation_en, o.designation_hi, o.department, o.office, o.official_number)
            ).lower()
            for o in self.officers.values()
        }

    def publish(self, topic: Topic) -> None:
        with self._lock:
            self.revision += 1
        self.events.publish_all(events_of_topic(topic))

    # The in-memory center has no modems: nobody rings, no call is ever answered in operator mode here.
    def speaking_call(self, outbox_id: int) -> SpeakingCall | None:
        return None

    def end_call(self, outbox_id: int) -> bool:
        return False

    def record_call_outcome(self, outbox_id: int, outcome: SpokenOutcome) -> ActionResult:
        return ActionResult(ActionOutcome.NOT_FOUND)

    def _period_now(self, officer_id: int, at: datetime) -> Period | None:
        for period in self.periods.values():
            if period.officer_id == officer_id and period.starts_at <= at < period.ends_at:
                return period
        return None

    def officer_row(self, officer_id: int, at: datetime | None = None) -> OfficerRow:
        at = at or self._clock.now()
        officer = self.officers[officer_id]
        row = OfficerRow(
            officer.id, officer.name_en, officer.name_hi, officer.designation_en, officer.designation_hi,
            officer.department, officer.office, officer.official_number,
        )
        period = self._period_now(officer_id, at)
        if period is None:
            return row
        alternate = self.officers.get(period.alternate_id) if period.alternate_id else None
        return replace(
            row,
            status=period.status,
            period_id=period.period_id,
            period_starts_at=period.starts_at,
            period_ends_at=period.ends_at,
            alternate_id=alternate.id if alternate else None,
            alternate_name_en=alternate.name_en if alternate else "",
            alternate_name_hi=alternate.name_hi if alternate else "",
            alternate_designation_en=alternate.designation_en if alternate else "",
            alternate_designation_hi=alternate.designation_hi if alternate else "",
            alternate_number=alternate.official_number if alternate else "",
        )

    def _representative_row(self, representative: Representative) -> RepresentativeRow:
        return RepresentativeRow(
            representative.id, representative.kind, representative.name_en, representative.name_hi,
            representative.constituency, representative.registered_numbers[0],
        )

    def _effective(self, case: Case, now: datetime) -> Case:
        """Apply the passage of time the desk would have applied (waiting → due, instructed → alarm)."""
        lapsed = case.deadline_at is not None and self._calendar.business_minutes_between(now, case.deadline_at) <= 0
        if lapsed and case.state is EscalationState.WAITING:
            case.state, case.deadline_kind, case.deadline_at = EscalationState.DUE, None, None
            case.timeline.append(TimelineEntry(now, "system", TimelineEventKind.BECAME_DUE))
        return case

    def _queue_row(self, case: Case) -> QueueRow:
        officer = self.officers[case.officer_id]
        representative = self.representatives[case.representative_id]
        return QueueRow(
            case.case_id, case.code, representative.id, representative.name_en, representative.name_hi,
            representative.kind, officer.id, officer.name_en, officer.name_hi, officer.designation_en,
            officer.designation_hi, officer.department, case.state, case.called_at, case.deadline_kind,
            case.deadline_at, case.operator, case.version,
        )

    # -- reading
    def queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        return tuple(row for row in self.load_live_state().queue if row.case_id in case_ids)

    def load_live_state(self) -> LiveState:
        with self._lock:
            now = self._clock.now()
            open_cases = [self._effective(c, now) for c in self.cases.values() if c.state.is_open]
            officers = tuple(self.officer_row(officer_id, now) for officer_id in self.officers)
            return LiveState(
                revision=self.revision,
                generated_at=now,
                queue=tuple(self._queue_row(c) for c in open_cases),
                officers=officers,
                modems=tuple(self.modems),
                outbox=tuple(sorted(self.outbox.values(), key=lambda r: r.updated_at, reverse=True)),
                incoming=tuple(self.incoming[-200:][::-1]),
                departments=tuple(sorted({o.department for o in self.officers.values()})),
                operators=tuple(sorted({c.operator for c in open_cases})),
            )

    def availability_now(self, officer_id: int) -> AvailabilityDecision | None:
        with self._lock:
            if officer_id not in self.officers:
                return None
            now = self._clock.now()
            first = self.officer_row(officer_id, now)
            chain = [officer_id]
            row = first
            while row.status is not AvailabilityStatus.ON_DUTY:
                if row.alternate_id is None:
                    return AvailabilityDecision(first, ContactReason.NO_ALTERNATE, None, tuple(chain))
                if row.alternate_id in chain:
                    return AvailabilityDecision(first, ContactReason.ALTERNATE_CYCLE, None, tuple(chain))
                chain.append(row.alternate_id)
                row = self.officer_row(row.alternate_id, now)
            if len(chain) == 1:
                return AvailabilityDecision(first, ContactReason.ON_DUTY, first, tuple(chain))
            reason = {
                AvailabilityStatus.LEAVE: ContactReason.ALTERNATE_FOR_LEAVE,
                AvailabilityStatus.TRAINING: ContactReason.ALTERNATE_FOR_TRAINING,
            }.get(first.status, ContactReason.ALTERNATE_FOR_OTHER)
            return AvailabilityDecision(first, reason, row, tuple(chain))

    def _allowed(self, case: Case) -> frozenset[CaseAction]:
        state = case.state
        if not state.is_open:
            return frozenset({CaseAction.REOPEN, CaseAction.ADD_NOTE})
        decision = self.availability_now(case.officer_id)
        away = decision is not None and decision.reason is not ContactReason.ON_DUTY
        if state in (EscalationState.WAITING, EscalationState.DUE):
            if not away:
                return OPEN_ACTIONS | {CaseAction.INSTRUCT}
            can_redirect = decision is not None and decision.contact is not None
            return OPEN_ACTIONS | ({CaseAction.REDIRECT} if can_redirect else set())
        if state is EscalationState.INSTRUCTED:
            return OPEN_ACTIONS | {CaseAction.RECORD_CONFIRMATION, CaseAction.ESCALATE}
        if state is EscalationState.ALARM:
            return OPEN_ACTIONS | {CaseAction.RECORD_CONFIRMATION, CaseAction.REINSTRUCT, CaseAction.ESCALATE}
        if state is EscalationState.ESCALATED:
            return OPEN_ACTIONS | {CaseAction.RECORD_CONFIRMATION}
        if state is EscalationState.CONFIRMED:
            return frozenset({CaseAction.CLOSE, CaseAction.ADD_NOTE, CaseAction.REOPEN})
        return frozenset({CaseAction.CLOSE, CaseAction.ADD_NOTE})  # redirected

    def case_detail(self, case_id: int) -> CaseDetail | None:
        with self._lock:
            case = self.cases.get(case_id)
            if case is None:
                return None
            now = self._clock.now()
            self._effective(case, now)
            decision = self.availability_now(case.officer_id)
            assert decision is not None
            return CaseDetail(
                row=self._queue_row(case),
                representative_number=self.representatives[case.representative_id].registered_numbers[0],
                officer=self.officer_row(case.officer_id, now),
                availability=decision,
                timeline=tuple(sorted(case.timeline, key=lambda entry: entry.at)),
                allowed_actions=self._allowed(case),
                reinstructions=case.reinstructions,
            )

    def search_officers(self, text: str, limit: int) -> tuple[OfficerRow, ...]:
        tokens = text.lower().split()
        if not tokens:
            return ()
        found: list[OfficerRow] = []
        with self._lock:
            now = self._clock.now()
            for officer_id, haystack in self._haystacks.items():
                if all(token in haystack for token in tokens):
                    found.append(self.officer_row(officer_id, now))
                    if len(found) >= limit:
                        break
        return tuple(found)

    def search_representatives(self, text: str, limit: int) -> tuple[RepresentativeRow, ...]:
        tokens = text.lower().split()
        rows = []
        with self._lock:
            for representative in self.representatives.values():
                haystack = " ".join(
                    (representative.name_en, representative.name_hi, representative.constituency,
                     representative.kind.value, *representative.registered_numbers)
                ).lower()
                if all(token in haystack for token in tokens):
                    rows.append(self._representative_row(representative))
        return tuple(rows[:limit])

    # -- the desk
    def _event(self, case: Case, kind: TimelineEventKind, **values: object) -> None:
        case.timeline.append(TimelineEntry(self._clock.now(), self._session.login, kind, **values))  # type: ignore[arg-type]
        case.version += 1

    def _checked(self, case_id: int, version: int, action: CaseAction) -> Case | ActionResult:
        case = self.cases.get(case_id)
        if case is None:
            return ActionResult(ActionOutcome.NOT_FOUND, case_id)
        self._effective(case, self._clock.now())
        if case.version != version:
            last = case.timeline[-1]
            return ActionResult(ActionOutcome.STALE, case_id, case.code,
                                conflict=Conflict(last.actor, last.kind.value, last.at, case.state))
        if action not in self._allowed(case):
            return ActionResult(ActionOutcome.NOT_ALLOWED, case_id, case.code)
        return case

    def _open_case(self, representative_id: int, officer_id: int, called_at: datetime) -> Case:
        now = self._clock.now()
        case_id = self._next_id()
        deadline = self._calendar.add_business_minutes(called_at, ACT_MINUTES)
        waiting = self._calendar.business_minutes_between(now, deadline) > 0
        case = Case(
            case_id, f"HRD-{case_id:04d}", representative_id, officer_id, called_at,
            EscalationState.WAITING if waiting else EscalationState.DUE, self._session.login,
            DeadlineKind.BECOME_DUE if waiting else None, deadline if waiting else None,
        )
        case.timeline.append(TimelineEntry(now, self._session.login, TimelineEventKind.LOGGED))
        self.cases[case_id] = case
        return case

    def log_complaint(self, draft: ComplaintDraft) -> ActionResult:
        with self._lock:
            if draft.officer_id not in self.officers or draft.representative_id not in self.representatives:
                return ActionResult(ActionOutcome.NOT_FOUND)
            for case in self.cases.values():
                if case.state.is_open and (case.representative_id, case.officer_id) == (
                    draft.representative_id, draft.officer_id
                ):
                    self._event(case, TimelineEventKind.JOINED, detail=draft.note)
                    result = ActionResult(ActionOutcome.JOINED_OPEN_CASE, case.case_id, case.code)
                    break
            else:
                called_at = draft.representative_called_at or self._clock.now() - timedelta(minutes=ACT_MINUTES)
                case = self._open_case(draft.representative_id, draft.officer_id, called_at)
                if draft.note:
                    self._event(case, TimelineEventKind.NOTE, detail=draft.note)
                result = ActionResult(ActionOutcome.OK, case.case_id, case.code)
        self.publish(Topic.ESCALATIONS)
        return result

    def _queue_outbox(self, case: Case, kind: OutboxKind, officer: Officer) -> None:
        outbox_id = self._next_id()
        self.outbox[outbox_id] = OutboxRow(
            outbox_id, kind, OutboxStatus.QUEUED, case.case_id, case.code, officer.name_en, officer.name_hi,
            officer.official_number, "", 0, self._clock.now(),
        )
        event = TimelineEventKind.SMS if kind is OutboxKind.SMS else TimelineEventKind.CALL
        self._event(case, event, delivery=OutboxStatus.QUEUED, evidence=officer.official_number)

    def _instruct(self, case: Case, event: TimelineEventKind) -> None:
        now = self._clock.now()
        case.state = EscalationState.INSTRUCTED
        case.deadline_kind = DeadlineKind.CONFIRMATION
        case.deadline_at = self._calendar.add_business_minutes(now, CONFIRM_MINUTES)
        self._event(case, event)
        officer = self.officers[case.officer_id]
        self._queue_outbox(case, OutboxKind.CALL, officer)
        self._queue_outbox(case, OutboxKind.SMS, officer)

    def _act(self, case_id: int, version: int, action: CaseAction, apply: Callable[[Case], None]) -> ActionResult:
        with self._lock:
            checked = self._checked(case_id, version, action)
            if isinstance(checked, ActionResult):
                return checked
            apply(checked)
            result = ActionResult(ActionOutcome.OK, checked.case_id, checked.code)
        self.publish(Topic.ESCALATIONS)
        return result

    def instruct(self, case_id: int, version: int) -> ActionResult:
        result = self._act(case_id, version, CaseAction.INSTRUCT, lambda c: self._instruct(c, TimelineEventKind.INSTRUCTED))
        if result.succeeded:
            self.publish(Topic.OUTBOX)
        return result

    def reinstruct(self, case_id: int, version: int) -> ActionResult:
        def apply(case: Case) -> None:
            case.reinstructions += 1
            self._instruct(case, TimelineEventKind.REINSTRUCTED)

        return self._act(case_id, version, CaseAction.REINSTRUCT, apply)

    def set_state(self, case_id: int, state: EscalationState) -> None:
        """What the desk does on its own (e.g. the alarm when a countdown lapses)."""
        with self._lock:
            case = self.cases[case_id]
            case.state = state
            if state is EscalationState.ALARM:
                case.timeline.append(TimelineEntry(self._clock.now(), "system", TimelineEventKind.ALARM))
                case.version += 1
            else:
                self._event(case, TimelineEventKind.NOTE, detail=state.value)
        self.publish(Topic.ESCALATIONS)

    def record_confirmation(
        self, case_id: int, version: int, source: ConfirmationSource, note: str = "",
        callback_at: datetime | None = None,
    ) -> ActionResult:
        def apply(case: Case) -> None:
            case.state, case.deadline_kind, case.deadline_at = EscalationState.CONFIRMED, None, None
            self._event(case, TimelineEventKind.CONFIRMED, evidence=note, confirmed_by=source)

        return self._act(case_id, version, CaseAction.RECORD_CONFIRMATION, apply)

    def redirect(self, case_id: int, version: int) -> ActionResult:
        with self._lock:
            checked = self._checked(case_id, version, CaseAction.REDIRECT)
            if isinstance(checked, ActionResult):
                return checked
            decision = self.availability_now(checked.officer_id)
            if decision is None or decision.contact is None:
                return ActionResult(ActionOutcome.NO_ALTERNATE, case_id, checked.code)
            alternate = decision.contact
            checked.state, checked.deadline_kind, checked.deadline_at = EscalationState.REDIRECTED, None, None
            self._event(checked, TimelineEventKind.REDIRECTED, detail=alternate.name_en, evidence=alternate.official_number)
            new_case = self._open_case(checked.representative_id, alternate.officer_id, checked.called_at)
            result = ActionResult(ActionOutcome.OK, new_case.case_id, new_case.code)
        self.publish(Topic.ESCALATIONS)
        return result

    def escalate(self, case_id: int, version: int) -> ActionResult:
        def apply(case: Case) -> None:
            case.state = EscalationState.ESCALATED
            case.deadline_kind = DeadlineKind.CONFIRMATION
            case.deadline_at = self._calendar.add_business_minutes(self._clock.now(), CONFIRM_MINUTES)
            self._event(case, TimelineEventKind.ESCALATED)

        return self._act(case_id, version, CaseAction.ESCALATE, apply)

    def _finish(self, state: EscalationState, kind: TimelineEventKind, reason: str) -> Callable[[Case], None]:
        def apply(case: Case) -> None:
            case.state, case.deadline_kind, case.deadline_at = state, None, None
            self._event(case, kind, detail=reason)

        return apply

    def close(self, case_id: int, version: int, reason: str = "") -> ActionResult:
        return self._act(case_id, version, CaseAction.CLOSE, self._finish(EscalationState.CLOSED, TimelineEventKind.CLOSED, reason))

    def cancel(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._act(
            case_id, version, CaseAction.CANCEL, self._finish(EscalationState.CANCELLED, TimelineEventKind.CANCELLED, reason)
        )

    def reopen(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._act(
            case_id, version, CaseAction.REOPEN, self._finish(EscalationState.DUE, TimelineEventKind.REOPENED, reason)
        )

    def add_note(self, case_id: int, text: str) -> ActionResult:
        with self._lock:
            case = self.cases.get(case_id)
            if case is None:
                return ActionResult(ActionOutcome.NOT_FOUND, case_id)
            self._event(case, TimelineEventKind.NOTE, detail=text)
        self.publish(Topic.ESCALATIONS)
        return ActionResult(ActionOutcome.OK, case_id, case.code)

    def record_manual_call(self, case_id: int, call: ManualCall) -> ActionResult:
        with self._lock:
            case = self.cases.get(case_id)
            if case is None:
                return ActionResult(ActionOutcome.NOT_FOUND, case_id)
            self._event(
                case, TimelineEventKind.MANUAL_CALL, detail=call.note, evidence=call.number,
                call_outcome=call.outcome, party=call.party,
            )
        self.publish(Topic.ESCALATIONS)
        return ActionResult(ActionOutcome.OK, case_id, case.code)

    # -- the change feed's other side: what modems would report
    def receive_sms(self, number: str, text: str, modem: str = "modem-1") -> None:
        """An SMS arrives; a reply quoting an instructed case's code confirms it."""
        with self._lock:
            officer = next((o for o in self.officers.values() if o.official_number == number), None)
            matched = ""
            if officer is not None:
                for case in self.cases.values():
                    waiting_for_callback = case.state in (
                        EscalationState.INSTRUCTED, EscalationState.ALARM, EscalationState.ESCALATED
                    )
                    if case.officer_id == officer.id and waiting_for_callback and case.code.lower() in text.lower():
                        case.state, case.deadline_kind, case.deadline_at = EscalationState.CONFIRMED, None, None
                        case.timeline.append(
                            TimelineEntry(self._clock.now(), modem, TimelineEventKind.CONFIRMED, evidence=text)
                        )
                        case.version += 1
                        matched = case.code
            self.incoming.append(
                IncomingRow(
                    self._next_id(), IncomingKind.SMS, number, self._clock.now(), modem,
                    officer.id if officer else None, officer.name_en if officer else "",
                    officer.name_hi if officer else "", matched, text,
                )
            )
        self.publish(Topic.INCOMING)
        if matched:
            self.publish(Topic.ESCALATIONS)

    def set_outbox_status(
        self, outbox_id: int, status: OutboxStatus, error_code: str = "", modem: str = "", attempts: int | None = None
    ) -> None:
        """What the dispatcher reports: a row's new status, and the timeline's delivery follows."""
        with self._lock:
            row = self.outbox[outbox_id]
            self.outbox[outbox_id] = replace(
                row, status=status, error_code=error_code, updated_at=self._clock.now(),
                modem=modem or row.modem, attempts=row.attempts + 1 if attempts is None else attempts,
            )
            case = self.cases.get(row.case_id) if row.case_id is not None else None
            if case is not None:
                event = TimelineEventKind.SMS if row.kind is OutboxKind.SMS else TimelineEventKind.CALL
                case.timeline.append(
                    TimelineEntry(self._clock.now(), modem or row.modem or "dispatcher", event, evidence=row.number,
                                  delivery=status, detail=error_code)
                )
        self.publish(Topic.OUTBOX)

    def set_deadline(self, case_id: int, kind: DeadlineKind | None, at: datetime | None) -> None:
        """Move a case's deadline, as the desk would after its own rules."""
        with self._lock:
            case = self.cases[case_id]
            case.deadline_kind, case.deadline_at = kind, at
            case.version += 1
        self.publish(Topic.ESCALATIONS)

    # -- availability
    def validate_period(self, draft: PeriodDraft) -> tuple[PeriodProblem, ...]:
        problems: list[PeriodProblem] = []
        with self._lock:
            if draft.officer_id not in self.officers:
                return (PeriodProblem.UNKNOWN_OFFICER,)
            if draft.ends_on < draft.starts_on:
                problems.append(PeriodProblem.ENDS_BEFORE_START)
            if draft.ends_on < self._clock.now().astimezone(IST).date():
                problems.append(PeriodProblem.ENDS_IN_PAST)
            if draft.status is AvailabilityStatus.OTHER and not draft.note.strip():
                problems.append(PeriodProblem.NOTE_REQUIRED)
            if draft.alternate_id == draft.officer_id:
                problems.append(PeriodProblem.ALTERNATE_IS_OFFICER)
            elif draft.alternate_id is not None and self._leads_back(draft.alternate_id, draft.officer_id):
                problems.append(PeriodProblem.ALTERNATE_CYCLE)
            starts, ends = self._instants(draft)
            for period in self.periods.values():
                if period.period_id == draft.period_id or period.officer_id != draft.officer_id:
                    continue
                if period.starts_at < ends and starts < period.ends_at:
                    problems.append(PeriodProblem.OVERLAPS_PERIOD)
                    break
        return tuple(problems)

    def _leads_back(self, start_id: int, officer_id: int) -> bool:
        seen: set[int] = set()
        current: int | None = start_id
        while current is not None and current not in seen:
            if current == officer_id:
                return True
            seen.add(current)
            current = next((p.alternate_id for p in self.periods.values() if p.officer_id == current), None)
        return False

    @staticmethod
    def _instants(draft: PeriodDraft) -> tuple[datetime, datetime]:
        starts = datetime.combine(draft.starts_on, time(0), IST)
        ends = datetime.combine(draft.ends_on + timedelta(days=1), time(0), IST)
        return starts, ends

    def save_period(self, draft: PeriodDraft) -> ActionResult:
        problems = self.validate_period(draft)
        if problems:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(p.value for p in problems))
        with self._lock:
            starts, ends = self._instants(draft)
            period_id = draft.period_id or self._next_id()
            self.periods[period_id] = Period(
                period_id, draft.officer_id, draft.status, starts, ends, draft.alternate_id, draft.note
            )
        self.publish(Topic.AVAILABILITY)
        return ActionResult(ActionOutcome.OK)

    def import_roster(self, path: Path, progress: Progress, replace_all: bool = False) -> RosterResult:
        lines = path.read_text(encoding="utf-8").splitlines()
        for done, _line in enumerate(lines, start=1):
            progress(done, len(lines))
        self.publish(Topic.AVAILABILITY)
        return RosterResult(ActionOutcome.OK, rows=len(lines))

    def export_roster(self, path: Path, progress: Progress) -> RosterResult:
        with self._lock:
            officers = list(self.officers.values())
        lines = []
        for done, officer in enumerate(officers, start=1):
            lines.append(f"{officer.id}\t{officer.name_en}\t{officer.name_hi}\t{officer.official_number}")
            progress(done, len(officers))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return RosterResult(ActionOutcome.OK, rows=len(lines))

    # -- calendar
    def calendar_entries(self, year: int) -> tuple[CalendarEntry, ...]:
        with self._lock:
            fixed = [
                CalendarEntry(day, CalendarDayKind.GAZETTED_HOLIDAY, *self.gazetted.get(day, ("Holiday", "अवकाश")))
                for day in sorted(self._calendar.holidays)
                if day.year == year and all(e.day != day for e in self.calendar_extra.values())
            ]
            extra = [e for e in self.calendar_extra.values() if e.day.year == year]
        return tuple(sorted(fixed + extra, key=lambda e: e.day))

    def holiday_on(self, day: date) -> CalendarEntry | None:
        for entry in self.calendar_entries(day.year):
            if entry.day == day and entry.kind is not CalendarDayKind.COMPENSATORY_WORKING_DAY:
                return entry
        return None

    def validate_calendar_entry(self, draft: CalendarDraft) -> tuple[CalendarProblem, ...]:
        problems = []
        if not draft.name_en.strip() and not draft.name_hi.strip():
            problems.append(CalendarProblem.NAME_REQUIRED)
        with self._lock:
            if any(e.day == draft.day and e.entry_id != draft.entry_id for e in self.calendar_extra.values()):
                problems.append(CalendarProblem.DUPLICATE_DAY)
        if draft.kind is CalendarDayKind.COMPENSATORY_WORKING_DAY and draft.day.weekday() < 5:
            problems.append(CalendarProblem.WORKING_DAY_NOT_OFF)
        return tuple(problems)

    def save_calendar_entry(self, draft: CalendarDraft) -> ActionResult:
        if self._session.role is UserRole.OPERATOR:
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        problems = self.validate_calendar_entry(draft)
        if problems:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(p.value for p in problems))
        with self._lock:
            entry_id = draft.entry_id or self._next_id()
            self.calendar_extra[entry_id] = CalendarEntry(
                draft.day, draft.kind, draft.name_en, draft.name_hi, entry_id, editable=True
            )
            if draft.kind is CalendarDayKind.LOCAL_HOLIDAY:
                self._calendar.holidays.add(draft.day)
        self.publish(Topic.CALENDAR)
        return ActionResult(ActionOutcome.OK)

    def delete_calendar_entry(self, entry_id: int) -> ActionResult:
        with self._lock:
            entry = self.calendar_extra.pop(entry_id, None)
            if entry is None:
                return ActionResult(ActionOutcome.NOT_FOUND)
            self._calendar.holidays.discard(entry.day)
        self.publish(Topic.CALENDAR)
        return ActionResult(ActionOutcome.OK)

    # -- outbox
    def _outbox_change(self, outbox_id: int, allowed: set[OutboxStatus], status: OutboxStatus) -> ActionResult:
        with self._lock:
            row = self.outbox.get(outbox_id)
            if row is None:
                return ActionResult(ActionOutcome.NOT_FOUND)
            if row.status not in allowed:
                return ActionResult(ActionOutcome.NOT_ALLOWED)
            self.outbox[outbox_id] = replace(row, status=status, updated_at=self._clock.now())
        self.publish(Topic.OUTBOX)
        return ActionResult(ActionOutcome.OK)

    def retry_outbox(self, outbox_id: int) -> ActionResult:
        return self._outbox_change(outbox_id, {OutboxStatus.FAILED, OutboxStatus.UNCERTAIN}, OutboxStatus.QUEUED)

    def cancel_outbox(self, outbox_id: int) -> ActionResult:
        allowed = {OutboxStatus.QUEUED, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN}
        return self._outbox_change(outbox_id, allowed, OutboxStatus.CANCELLED)

    def resolve_uncertain(self, outbox_id: int, was_sent: bool) -> ActionResult:
        status = OutboxStatus.SENT if was_sent else OutboxStatus.FAILED
        return self._outbox_change(outbox_id, {OutboxStatus.UNCERTAIN}, status)

    def resend_missing_parts(self, outbox_id: int) -> ActionResult:
        return self._outbox_change(outbox_id, {OutboxStatus.UNCERTAIN}, OutboxStatus.QUEUED)
