"""The console service (:class:`console.window_interface.ConsoleService`) over the escalation desk and storage.

Every action is one desk use case; a refusal comes back as an :class:`ActionOutcome`
code and nothing is half-done. Reads build the window's rows from one read of
storage and the desk's roster. What changed arrives on the desk's event bus
(:mod:`console.events`): this process's writes as they commit, other
workstations' through the change feed.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from console.accounts import AccountError, Accounts
from console.audit import current_chain_head
from console.calendar import BusinessCalendar
from console.clock import IST, Clock
from console.desk import window_registers as registers
from console.desk import window_rows as views
from console.desk import speaking
from console.desk.case_code import CaseCode
from console.desk.desk import Desk
from console.desk.errors import DeskError, DeskProblem
from console.desk.records import short_code
from console.domain import BusinessHours, ComplaintDraft, Officer, OutboxKind, OutboxStatus, SpokenOutcome
from console.events import CalendarChanged, CallAnswered, CallerIdentified, CallerLookedUp, DomainEvent, RosterChanged
from console.lifecycle import Action, operator_actions
from console.permissions import Permission, PermissionDenied, require
from console.place_names import PlaceNames
from console.reports.desk_reports import DeskReports
from console.reports.screen_interface import ReportsService
from console.search import OfficerIndex, RepresentativeIndex
from console.sign_in import SignInProblem, SignInResult
from console.availability import PeriodProblem
from console.window_interface import (
    ActionResult,
    CalendarDraft,
    CalendarProblem,
    Conflict,
    ConsoleService,
    ManualCall,
    ActionOutcome,
    PeriodDraft,
    Progress,
    RosterResult,
    ServiceUnavailable,
)
from console.views import (
    AvailabilityDecision,
    CalendarDayKind,
    CalendarEntry,
    CaseDetail,
    ConfirmationSource,
    IncomingCaller,
    LiveState,
    OfficerRow,
    OperatorSession,
    QueueRow,
    RepresentativeRow,
    SpeakingCall,
)
from db.errors import ConflictError, DatabaseUnavailableError, NotFoundError, StorageError
from db.feed import ChangeFeed
from db.repositories.calendar import CalendarOverrideRecord
from db.repositories.escalations import EscalationRecord
from db.repositories.outbox import UncertainDecision

from db.repositories.presence import Presence
from modem.state import ModemStatus

log = logging.getLogger(__name__)

_PROBLEMS = {
    DeskProblem.NOT_FOUND: ActionOutcome.NOT_FOUND,
    DeskProblem.STALE: ActionOutcome.STALE,
    DeskProblem.NOT_ALLOWED: ActionOutcome.NOT_ALLOWED,
    DeskProblem.INVALID: ActionOutcome.INVALID,
    DeskProblem.NO_ALTERNATE: ActionOutcome.NO_ALTERNATE,
    DeskProblem.OFFICER_AVAILABLE: ActionOutcome.NOT_ALLOWED,
    DeskProblem.OFFICER_AWAY: ActionOutcome.NOT_ALLOWED,
    DeskProblem.CONFLICT: ActionOutcome.STALE,
}
_PARTS_SHOWN = (OutboxStatus.UNCERTAIN, OutboxStatus.FAILED)  # where an operator may send the missing parts alone
_UNREGISTERED = frozenset({"recipient_not_on_register", "representative_number_missing"})
PRESENCE_HORIZON = timedelta(minutes=5)
"""A case window refreshes its presence every minute; a row older than this is a window that died."""


class DeskService:
    def __init__(
        self,
        desk: Desk,
        session: OperatorSession | None = None,
        *,
        feed: ChangeFeed | None = None,
        modem_statuses: Callable[[], Sequence[ModemStatus]] = tuple,
        rows: int = 200,
        accounts: Accounts | None = None,
        demo_logins: Sequence[str] = (),
        workstation: str = "",
        end_call: Callable[[int], bool] = lambda _outbox_id: False,
    ) -> None:
        self.desk = desk
        self._end_call = end_call
        self._answered: dict[int, datetime] = {}  # operator-mode calls answered while this window ran
        self._session = session
        self.accounts = accounts or Accounts(desk.database, desk.clock, workstation=workstation)
        self._demo_logins = tuple(demo_logins)
        self.workstation = workstation or "this workstation"
        self._feed = feed
        self._modem_statuses = modem_statuses
        self._rows = rows
        self._revision = itertools.count(1)
        self._revision_now = next(self._revision)
        self._lock = threading.Lock()
        self._indexes: tuple[object, OfficerIndex, RepresentativeIndex] | None = None
        self._places = PlaceNames.for_district(desk.settings.district)
        self._reports = DeskReports(desk, lambda: self._session, chain_head=lambda: current_chain_head(desk.database))
        base = desk.settings.calendar
        self._base_calendar = base if isinstance(base, BusinessCalendar) else None
        self.events = desk.events
        if feed is not None:
            desk.follow(feed)
        self.events.subscribe(DomainEvent, self._on_event)
        self.events.subscribe(CalendarChanged, lambda _event: self._load_calendar_overrides())
        self.events.subscribe(CallAnswered, self._on_call_answered)
        self.events.subscribe(CallerIdentified, self._on_caller_identified)
        # The window searches the roster as it is typed, on its GUI thread: read a changed roster (and index it) here,
        # on the thread that heard the change, so a keystroke never waits on the database.
        self.events.subscribe(RosterChanged, self._index_changed_roster)
        self._load_calendar_overrides()

    # -- the protocol's properties ---------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self.desk.clock

    @property
    def calendar(self) -> BusinessHours:
        return self.desk.settings.calendar

    @property
    def session(self) -> OperatorSession | None:
        return self._session

    # -- signing in ------------------------------------------------------------------------------

    def sign_in(self, login: str, password: str) -> SignInResult:
        try:
            result = self.accounts.sign_in(login, password)
        except DatabaseUnavailableError as error:
            log.warning("sign-in: %s", error)
            return SignInResult(None, SignInProblem.UNAVAILABLE)
        if result.session is not None:
            self._switch_to(result.session)
        return result

    def sign_out(self) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.leave(None, workstation=self.workstation)
            self.accounts.sign_out(session)
        except StorageError as error:
            log.warning("sign-out of %s not recorded: %s", session.login, error)

    def demo_sessions(self) -> tuple[OperatorSession, ...]:
        if not self._demo_logins:
            return ()
        with self.desk.database.reading() as work:
            users = {user.username: user for user in work.users.list()}
        return tuple(OperatorSession(login, users[login].display_name, users[login].role)
                     for login in self._demo_logins if login in users and users[login].active)

    def sign_in_as(self, login: str) -> SignInResult:
        if login not in self._demo_logins:
            return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
        try:
            session = self.accounts.trusted_session(login)
        except (AccountError, StorageError) as error:
            log.warning("demo sign-in as %s: %s", login, error)
            return SignInResult(None, SignInProblem.WRONG_NAME_OR_PASSWORD)
        self._switch_to(session)
        return SignInResult(session)

    def _switch_to(self, session: OperatorSession) -> None:
        if self._session is not None and self._session != session:
            self.sign_out()
        self._session = session

    # -- who has a case open ---------------------------------------------------------------------

    def case_opened(self, case_id: int) -> None:
        session = self._session
        if session is None:
            return
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.touch(case_id, workstation=self.workstation, login=session.login,
                                    display_name=session.display_name, at=self.desk.clock.now())
        except StorageError as error:  # only a courtesy to the other desks: never in the way of the work
            log.info("presence of case %d not recorded: %s", case_id, error)

    def case_left(self, case_id: int) -> None:
        try:
            with self.desk.database.unit_of_work() as work:
                work.presence.leave(case_id, workstation=self.workstation)
        except StorageError as error:
            log.info("presence of case %d not cleared: %s", case_id, error)

    @property
    def reports(self) -> ReportsService:
        return self._reports

    # -- reading ---------------------------------------------------------------------------------

    def load_live_state(self, *, first_screen: bool = False) -> LiveState:
        try:
            return self._load_live_state(first_screen)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _load_live_state(self, first_screen: bool) -> LiveState:
        """The whole state, or (``first_screen``) all but the officers' grid: the queue's names come with its open
        cases and the outbox's and incoming's officers are read by id, so the start reads no roster."""
        desk, now = self.desk, self.desk.clock.now()
        with desk.database.reading() as work:
            live = work.live_records.load(now, officers=not first_screen)
            outbox = work.outbox.recent(limit=self._rows)
            parts = work.outbox.parts_of_rows([row.id for row in outbox if row.status in _PARTS_SHOWN])
            incoming = work.incoming.recent(limit=self._rows)
            people = tuple((user.username, user.display_name) for user in work.users.list() if user.display_name)
            outcomes = work.outbox.last_outcomes([row.id for row in outbox if row.kind is OutboxKind.CALL])
            codes = {case.escalation.id: str(short_code(case.escalation)) for case in live.open_cases}
            referred = {row.escalation_id for row in outbox if row.escalation_id is not None}
            referred |= {row.escalation_id for row in incoming if row.escalation_id is not None}
            codes.update((escalation_id, str(CaseCode.from_stored(code)))
                         for escalation_id, code in work.escalations.codes_of(referred - codes.keys()).items())
            present = work.presence.current(seen_since=now - PRESENCE_HORIZON)
            if first_screen:
                mentioned = [row.officer_id for row in outbox] + [row.officer_id for row in incoming]
                named: Mapping[int, Officer] = work.officers.by_id(o for o in mentioned if o is not None)
                departments = tuple(work.officers.departments())
        settings = desk.settings
        queue = tuple(self._with_presence(views.open_case_row(case, settings.calendar, settings.policy), present)
                      for case in live.open_cases)
        if not first_screen:
            roster = desk.roster()
            named = roster.officers
            departments = tuple(sorted({officer.department for officer in roster.officers.values()}))
        officers = tuple(views.officer_row(entry.officer, entry.period, entry.period_id, entry.alternate, self._places)
                         for entry in live.officers)
        return LiveState(
            revision=self._revision_now,
            generated_at=now,
            queue=queue,
            officers=officers,
            modems=tuple(views.modem_row(status) for status in self._modem_statuses()),
            outbox=tuple(views.outbox_row(row, codes, named, outcomes.get(row.id), parts.get(row.id))
                         for row in outbox),
            incoming=tuple(views.incoming_row(row, codes, named) for row in incoming),
            departments=departments,
            operators=tuple(sorted({row.operator for row in queue})),
            people=people,
            complete=not first_screen,
        )

    def queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        try:
            return self._queue_rows(case_ids)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        desk, now = self.desk, self.desk.clock.now()
        roster = desk.roster()
        records: list[EscalationRecord] = []
        with desk.database.reading() as work:
            for case_id in case_ids:
                try:
                    records.append(work.escalations.get(case_id))
                except NotFoundError:
                    continue
            present = work.presence.current(seen_since=now - PRESENCE_HORIZON)
        settings = desk.settings
        return tuple(self._with_presence(views.queue_row(record, roster.officers, roster.representatives,
                                                         settings.calendar, settings.policy), present)
                     for record in records if record.state.is_open)

    def case_detail(self, case_id: int) -> CaseDetail | None:
        try:
            return self._case_detail(case_id)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _case_detail(self, case_id: int) -> CaseDetail | None:
        desk = self.desk
        roster = desk.roster()
        try:
            record = desk.case(case_id)
        except DeskError:
            return None
        with desk.database.reading() as work:
            events = work.escalations.timeline(case_id)
            outbox = work.outbox.of_escalation(case_id)
            outcomes = work.outbox.last_outcomes([row.id for row in outbox if row.kind is OutboxKind.CALL])
        now = desk.clock.now()
        decision = roster.who_to_contact(record.officer_id, now)
        availability = self.availability_now(record.officer_id)
        officer_row = self._officer_rows([record.officer_id]).get(record.officer_id)
        if availability is None or officer_row is None:
            return None
        person = roster.representatives.get(record.representative_id)
        settings = desk.settings
        return CaseDetail(
            row=views.queue_row(record, roster.officers, roster.representatives, settings.calendar, settings.policy),
            representative_number=person.registered_numbers[0] if person and person.registered_numbers else "",
            officer=officer_row,
            availability=availability,
            timeline=views.timeline(events, outbox, outcomes, roster.officers),
            allowed_actions=views.allowed_actions(record, decision, now=now,
                                                  office_open=settings.calendar.is_open(now)),
            reinstructions=record.reinstruction_count,
        )

    def search_officers(self, text: str, limit: int) -> tuple[OfficerRow, ...]:
        ids = self._search_indexes()[1].search(text, limit)
        rows = self._officer_rows(ids)
        return tuple(rows[officer_id] for officer_id in ids if officer_id in rows)

    def search_representatives(self, text: str, limit: int) -> tuple[RepresentativeRow, ...]:
        roster = self.desk.roster()
        ids = self._search_indexes()[2].search(text, limit)
        return tuple(views.representative_row(roster.representatives[i], self._places)
                     for i in ids if i in roster.representatives)

    def availability_now(self, officer_id: int) -> AvailabilityDecision | None:
        roster = self.desk.roster()
        if officer_id not in roster.officers:
            return None
        decision = roster.who_to_contact(officer_id, self.desk.clock.now())
        ids = [officer_id] + [step.officer_id for step in decision.chain]
        if decision.contact_officer_id is not None:
            ids.append(decision.contact_officer_id)
        return views.availability_decision(decision, self._officer_rows(ids))

    # -- the escalation desk ---------------------------------------------------------------------

    def log_complaint(self, draft: ComplaintDraft) -> ActionResult:
        def act() -> ActionResult:
            logged = self.desk.log_complaint(draft, actor=self._login)
            outcome = ActionOutcome.JOINED_OPEN_CASE if logged.joined else ActionOutcome.OK
            return ActionResult(outcome, logged.record.id, str(logged.case_code))

        return self._act(act)

    def instruct(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.instruct(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def record_confirmation(self, case_id: int, version: int, source: ConfirmationSource, note: str = "",
                            callback_at: datetime | None = None) -> ActionResult:
        method, party = views.confirmation_of(source)
        return self._case(lambda: self.desk.confirm(case_id, version, actor=self._login, method=method,
                                                    evidence=note.strip(), callback_at=callback_at, party=party),
                          case_id=case_id)

    def redirect(self, case_id: int, version: int) -> ActionResult:
        def act() -> ActionResult:
            redirected = self.desk.redirect(case_id, version, actor=self._login)
            new = redirected.alternate_case
            if new is None:
                return ActionResult(ActionOutcome.OK, case_id, str(short_code(redirected.record)))
            return ActionResult(ActionOutcome.OK, new.record.id, str(new.case_code))

        result = self._act(act)
        if result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
            return replace(result, case_id=case_id, conflict=self._conflict(case_id))
        return result

    def reinstruct(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.reinstruct(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def escalate(self, case_id: int, version: int) -> ActionResult:
        return self._case(lambda: self.desk.escalate(case_id, version, actor=self._login).record,
                          case_id=case_id)

    def close(self, case_id: int, version: int, reason: str = "") -> ActionResult:
        return self._case(lambda: self.desk.close(case_id, version, actor=self._login, note=reason),
                          case_id=case_id)

    def cancel(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._case(lambda: self.desk.cancel(case_id, version, actor=self._login, reason=reason),
                          case_id=case_id)

    def reopen(self, case_id: int, version: int, reason: str) -> ActionResult:
        return self._case(lambda: self.desk.reopen(case_id, version, actor=self._login, reason=reason),
                          case_id=case_id)

    def add_note(self, case_id: int, text: str) -> ActionResult:
        return self._case(lambda: self.desk.add_note(case_id, actor=self._login, text=text), case_id=case_id)

    def record_manual_call(self, case_id: int, call: ManualCall) -> ActionResult:
        return self._case(lambda: self.desk.record_manual_call(
            case_id, actor=self._login, party=call.party, number=call.number,
            outcome=call.outcome, at=call.at, note=call.note))

    # -- availability and roster -----------------------------------------------------------------

    def validate_period(self, draft: PeriodDraft) -> tuple[PeriodProblem, ...]:
        today = self.desk.clock.now().astimezone(IST).date()
        return registers.period_problems(draft, self.desk.roster(), today)

    def save_period(self, draft: PeriodDraft) -> ActionResult:
        if not self._may(Permission.EDIT_AVAILABILITY):
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        problems = self.validate_period(draft)
        if problems:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(problem.value for problem in problems))
        period = registers.period_of(draft)

        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                at = self.desk.clock.now()
                if draft.period_id is None:
                    work.availability.add(period, actor=self._login, at=at)
                else:
                    work.availability.update(draft.period_id, period, actor=self._login, at=at)
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_AVAILABILITY)

    def import_roster(self, path: Path, progress: Progress, replace_all: bool = False) -> RosterResult:
        """The whole workbook checked first, then stored in one transaction or not at all."""
        from console.roster import import_export as roster_io  # openpyxl only when a roster is imported

        try:
            result = roster_io.import_roster(self.desk.database, path, clock=self.desk.clock,
                                             session=self._session, progress=progress, replace_all=replace_all)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return RosterResult(ActionOutcome.PERMISSION_DENIED)
        except (StorageError, OSError, ValueError) as error:
            log.exception("roster import from %s failed: %s", path.name, error)
            return RosterResult(ActionOutcome.FAILED)
        return roster_io.window_result(result)

    def export_roster(self, path: Path, progress: Progress) -> RosterResult:
        from console.roster import import_export as roster_io  # openpyxl only when a roster is exported

        try:
            result = roster_io.export_roster(self.desk.database, path, clock=self.desk.clock,
                                             session=self._session, progress=progress)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return RosterResult(ActionOutcome.PERMISSION_DENIED)
        except (StorageError, OSError) as error:
            log.exception("roster export to %s failed: %s", path.name, error)
            return RosterResult(ActionOutcome.FAILED)
        return roster_io.window_result(result)

    # -- calendar --------------------------------------------------------------------------------

    def calendar_entries(self, year: int) -> tuple[CalendarEntry, ...]:
        if self._base_calendar is None:
            return ()
        return registers.calendar_entries(self._base_calendar, self._overrides(), year)

    def holiday_on(self, day: date) -> CalendarEntry | None:
        return next((entry for entry in self.calendar_entries(day.year) if entry.day == day
                     and entry.kind is not CalendarDayKind.COMPENSATORY_WORKING_DAY), None)

    def validate_calendar_entry(self, draft: CalendarDraft) -> tuple[CalendarProblem, ...]:
        if self._base_calendar is None:
            return (CalendarProblem.NOT_EDITABLE,)
        return registers.calendar_problems(draft, self._base_calendar, self._overrides())

    def save_calendar_entry(self, draft: CalendarDraft) -> ActionResult:
        if not self._may(Permission.EDIT_CALENDAR):
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        problems = self.validate_calendar_entry(draft)
        kind = registers.override_kind(draft.kind)
        if problems or kind is None:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(problem.value for problem in problems))

        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                at = self.desk.clock.now()
                if draft.entry_id is None:
                    work.calendar.add(draft.day, kind, name_en=draft.name_en, name_hi=draft.name_hi,
                                      actor=self._login, at=at)
                else:
                    work.calendar.update(draft.entry_id, kind=kind, name_en=draft.name_en, name_hi=draft.name_hi,
                                         actor=self._login, at=at)
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_CALENDAR)

    def delete_calendar_entry(self, entry_id: int) -> ActionResult:
        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                work.calendar.delete(entry_id, actor=self._login, at=self.desk.clock.now())
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_CALENDAR)

    # -- the outbox ------------------------------------------------------------------------------

    def retry_outbox(self, outbox_id: int) -> ActionResult:
        return self._act(lambda: self._ok(self.desk.retry_outbox(outbox_id, actor=self._login)))

    def cancel_outbox(self, outbox_id: int) -> ActionResult:
        return self._act(lambda: self._ok(self.desk.cancel_outbox(outbox_id, actor=self._login)))

    def resolve_uncertain(self, outbox_id: int, was_sent: bool) -> ActionResult:
        decision = UncertainDecision.MARK_SENT if was_sent else UncertainDecision.RESEND
        return self._act(lambda: self._ok(self.desk.resolve_uncertain(outbox_id, decision, actor=self._login)))

    def resend_missing_parts(self, outbox_id: int) -> ActionResult:
        decision = UncertainDecision.RESEND_MISSING
        return self._act(lambda: self._ok(self.desk.resolve_uncertain(outbox_id, decision, actor=self._login)))

    # -- the instruction call the operator speaks on -------------------------------------------------

    def _on_call_answered(self, event: CallAnswered) -> None:
        """A call of a modem in operator mode was answered: remembered for the window's "speak now" prompt."""
        with self._lock:
            self._answered[event.outbox_id] = event.at

    def speaking_call(self, outbox_id: int) -> SpeakingCall | None:
        with self._lock:
            answered_at = self._answered.get(outbox_id)
        try:
            return speaking.speaking_call(self.desk, outbox_id, answered_at)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def end_call(self, outbox_id: int) -> bool:
        if not self._may(Permission.WORK_CASES):
            return False
        return self._end_call(outbox_id)

    def record_call_outcome(self, outbox_id: int, outcome: SpokenOutcome) -> ActionResult:
        def act() -> ActionResult:
            speaking.record_spoken_outcome(self.desk, outbox_id, outcome, actor=self._login)
            return ActionResult(ActionOutcome.OK)

        return self._act(act)

    # -- what changed ----------------------------------------------------------------------------

    def _on_event(self, _event: DomainEvent) -> None:
        with self._lock:
            self._revision_now = next(self._revision)

    def _on_caller_identified(self, caller: CallerIdentified) -> None:
        """On a modem's thread: the caller as the window shows it, published for it; nothing is written."""
        try:
            incoming = self._incoming_caller(caller)
        except StorageError as error:  # who the roster says it is still helps the operator
            log.warning("the open cases of a calling officer could not be read: %s", error)
            incoming = self._incoming_caller(caller, with_case=False)
        self.events.publish(CallerLookedUp(incoming))

    def _incoming_caller(self, caller: CallerIdentified, *, with_case: bool = True) -> IncomingCaller:
        roster = self.desk.roster()
        person = roster.representatives.get(caller.representative_id) if caller.representative_id else None
        officer = self._officer_rows([caller.officer_id]).get(caller.officer_id) if caller.officer_id else None
        case: EscalationRecord | None = None
        if officer is not None and with_case:
            with self.desk.database.reading() as work:
                awaiting = [record for record in work.escalations.open_cases_of_officer(officer.officer_id)
                            if Action.CONFIRM in operator_actions(record.state)]
            case = min(awaiting, key=lambda record: record.representative_called_at, default=None)
        return IncomingCaller(
            number=caller.number or "",
            at=caller.at,
            representative=views.representative_row(person, self._places) if person is not None else None,
            officer=officer,
            callback_case_id=case.id if case is not None else None,
            callback_case_code=str(short_code(case)) if case is not None else "",
        )

    # -- helpers ---------------------------------------------------------------------------------

    @property
    def _login(self) -> str:
        return require(self._session, Permission.WORK_CASES).login

    def _with_presence(self, row: QueueRow, present: dict[int, list[Presence]]) -> QueueRow:
        others = tuple(dict.fromkeys(p.display_name for p in present.get(row.case_id, ())
                                     if p.workstation != self.workstation))
        return replace(row, open_by=others) if others else row

    def _conflict(self, case_id: int) -> Conflict | None:
        try:
            with self.desk.database.reading() as work:
                timeline = work.escalations.timeline(case_id)
        except StorageError:
            return None
        if not timeline:
            return None
        last = timeline[-1]
        return Conflict(last.actor, last.action, last.at, last.to_state)

    def _may(self, permission: Permission) -> bool:
        try:
            require(self._session, permission)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return False
        return True

    @staticmethod
    def _ok(_record: object) -> ActionResult:
        return ActionResult(ActionOutcome.OK)

    def _case(self, act: Callable[[], EscalationRecord], *, case_id: int | None = None) -> ActionResult:
        def wrapped() -> ActionResult:
            record = act()
            return ActionResult(ActionOutcome.OK, record.id, str(short_code(record)))

        result = self._act(wrapped)
        if case_id is not None and result.outcome in (ActionOutcome.STALE, ActionOutcome.NOT_ALLOWED):
            return replace(result, case_id=case_id, conflict=self._conflict(case_id))
        return result

    def _act(self, act: Callable[[], ActionResult], permission: Permission = Permission.WORK_CASES) -> ActionResult:
        """``act`` under ``permission``, its refusals as outcomes; what it committed is on the bus already."""
        try:
            require(self._session, permission)
            result = act()
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        except DeskError as error:
            log.info("refused: %s", error)
            if error.problem is DeskProblem.MESSAGE_REFUSED:
                outcome = ActionOutcome.NOT_REGISTERED_NUMBER if error.code in _UNREGISTERED else ActionOutcome.FAILED
            else:
                outcome = _PROBLEMS.get(error.problem, ActionOutcome.FAILED)
            return ActionResult(outcome, problems=(error.code,) if error.code else ())
        except NotFoundError as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.NOT_FOUND)
        except ConflictError as error:
            log.info("refused: %s", error)
            return ActionResult(ActionOutcome.INVALID, problems=("conflict",))
        except DatabaseUnavailableError as error:
            log.warning("not saved, the database is unavailable: %s", error)
            return ActionResult(ActionOutcome.UNAVAILABLE)
        except (StorageError, ValueError) as error:
            log.exception("action failed: %s", error)
            return ActionResult(ActionOutcome.FAILED)
        return result

    def _officer_rows(self, ids: Sequence[int]) -> dict[int, OfficerRow]:
        roster = self.desk.roster()
        now = self.desk.clock.now()
        rows: dict[int, OfficerRow] = {}
        for officer_id in ids:
            officer = roster.officers.get(officer_id)
            if officer is None:
                continue
            period = roster.schedule.period_at(officer_id, now)
            period_id = next((pid for pid, p in roster.period_ids.items() if p == period), None) if period else None
            alternate = roster.officers.get(period.alternate_officer_id) if period and period.alternate_officer_id \
                else None
            rows[officer_id] = views.officer_row(officer, period, period_id, alternate, self._places)
        return rows

    def _index_changed_roster(self, _event: RosterChanged) -> None:
        self._search_indexes()

    def _search_indexes(self) -> tuple[object, OfficerIndex, RepresentativeIndex]:
        roster = self.desk.roster()
        with self._lock:
            indexes = self._indexes
        if indexes is None or indexes[0] is not roster:
            indexes = (roster, OfficerIndex.build(roster.officers.values()),
                       RepresentativeIndex.build(roster.representatives.values()))
            with self._lock:
                self._indexes = indexes
        return indexes

    def _overrides(self) -> list[CalendarOverrideRecord]:
        with self.desk.database.reading() as work:
            return work.calendar.list()

    def _load_calendar_overrides(self) -> None:
        """The district's own holidays and working days from storage, folded into the desk's calendar."""
        if self._base_calendar is None:
            return
        calendar = registers.calendar_with(self._base_calendar, self._overrides())
        self.desk.replace_calendar(calendar)


def _conforms(service: DeskService) -> ConsoleService:
    """mypy checks here that the desk's service is the window's :class:`ConsoleService`."""
    return service
