"""The console service (:class:`console.window_interface.ConsoleService`) over the escalation desk and storage.

Every action is one desk use case; a refusal comes back as an :class:`ActionOutcome`
code and nothing is half-done. Reads build the window's rows from one read of
storage and the desk's roster. What changed arrives on the desk's event bus
(:mod:`console.events`): this process's writes as they commit, other
workstations' through the change feed.

The service is made of one small class per part, each in the module of its part:
signing in and presence (:mod:`~console.desk.window_sessions`), the reads
(:mod:`~console.desk.window_reads`), the case writes and outbox decisions
(:mod:`~console.desk.window_writes`), the registers (:mod:`~console.desk.window_registers`),
the speaking call and caller ID (:mod:`~console.desk.window_calls`).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence

from console.accounts import Accounts
from console.audit import current_chain_head
from console.calendar import BusinessCalendar
from console.clock import Clock
from console.desk.desk import Desk
from console.desk.window_calls import Calls
from console.desk.window_reads import LiveReads
from console.desk.window_registers import Registers
from console.desk.window_sessions import Sessions
from console.desk.window_writes import CaseWrites
from console.domain import BusinessHours
from console.events import CalendarChanged, CallAnswered, CallerIdentified, DomainEvent, RosterChanged
from console.place_names import PlaceNames
from console.reports.desk_reports import DeskReports
from console.reports.screen_interface import ReportsService
from console.views import OperatorSession
from console.window_interface import ConsoleService
from db.feed import ChangeFeed
from modem.state import ModemStatus


class DeskService(Sessions, LiveReads, CaseWrites, Registers, Calls):
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
        self._answered = {}
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
        self._indexes = None
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

    @property
    def reports(self) -> ReportsService:
        return self._reports

    # -- what changed ----------------------------------------------------------------------------

    def _on_event(self, _event: DomainEvent) -> None:
        with self._lock:
            self._revision_now = next(self._revision)


def _conforms(service: DeskService) -> ConsoleService:
    """mypy checks here that the desk's service is the window's :class:`ConsoleService`."""
    return service
