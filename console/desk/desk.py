"""The escalation desk as one object: what the window, the command line and the tests call.

Its use cases are written once, each in the module of its part (complaints,
instructions, confirmations, case actions), as methods of a small class the
desk is made of; here are the reads and the operators' outbox decisions. Every
method is one use case and one transaction; refusals raise
:class:`~console.desk.errors.DeskError` with a code. Versions are the
optimistic lock: pass the version the operator saw, or None when acting on the
latest (the scheduler, the incoming handlers). Thread-safe: each call opens its
own unit of work, and the roster snapshot is swapped whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from console.availability import ContactDecision
from console.clock import Clock
from console.desk.case_actions import CaseActions
from console.desk.complaints import ComplaintCases
from console.desk.confirmations import ConfirmationCases
from console.desk.context import DeskContext
from console.desk.errors import DeskError, DeskProblem
from console.desk.event_sources import TopicFeed
from console.desk.instructions import InstructionCases
from console.desk.records import case_of
from console.desk.roster_view import RosterView
from console.desk.settings import DeskSettings
from console.domain import BusinessHours
from console.events import EventBus
from console.lifecycle import Countdown, countdown, next_deadline
from db.database import Database, UnitOfWork
from db.errors import ConflictError, NotFoundError
from db.repositories.escalations import EscalationRecord, EventRecord
from db.repositories.outbox import AttemptRecord, OutboxRecord, UncertainDecision


class Desk(ComplaintCases, InstructionCases, ConfirmationCases, CaseActions):
    def __init__(self, database: Database, settings: DeskSettings, clock: Clock) -> None:
        self.context = DeskContext(database, settings, clock)

    @property
    def settings(self) -> DeskSettings:
        return self.context.settings

    @property
    def database(self) -> Database:
        return self.context.database

    @property
    def clock(self) -> Clock:
        return self.context.clock

    def replace_calendar(self, calendar: BusinessHours) -> None:
        """The district's calendar changed (a local holiday declared): every deadline follows at once."""
        self.context.settings = replace(self.context.settings, calendar=calendar)

    @property
    def events(self) -> EventBus:
        """The domain events of this desk's storage, published after each commit (:mod:`console.events`)."""
        return self.context.events

    def follow(self, feed: TopicFeed) -> None:
        """Other processes' changes, heard on ``feed``, published on :attr:`events` too."""
        self.context.follow(feed)

    # -- reading ------------------------------------------------------------------------------

    def roster(self) -> RosterView:
        return self.context.roster()

    def reload_roster(self) -> RosterView:
        return self.context.reload_roster()

    def case(self, case_id: int) -> EscalationRecord:
        with self.database.reading() as work:
            return self.context.load(work, case_id, lock=False)

    def timeline(self, case_id: int) -> list[EventRecord]:
        with self.database.reading() as work:
            return work.escalations.timeline(case_id)

    def open_cases(self) -> list[EscalationRecord]:
        with self.database.reading() as work:
            return work.escalations.open_cases()

    def outbox_of(self, case_id: int) -> list[OutboxRecord]:
        with self.database.reading() as work:
            return work.outbox.of_escalation(case_id)

    def attempts_of(self, outbox_id: int) -> list[AttemptRecord]:
        with self.database.reading() as work:
            return work.outbox.attempts_of(outbox_id)

    def countdown(self, record: EscalationRecord) -> Countdown | None:
        """The case's clock now: business minutes left (negative once lapsed), and when a pause ends."""
        settings = self.settings
        deadline = next_deadline(case_of(record), settings.calendar, settings.thresholds)
        return None if deadline is None else countdown(deadline, self.clock.now(), settings.calendar)

    def availability(self, officer_id: int, at: datetime | None = None) -> ContactDecision:
        return self.roster().who_to_contact(officer_id, at or self.clock.now())

    # -- the outbox, as operators decide -------------------------------------------------------

    def resolve_uncertain(self, outbox_id: int, decision: UncertainDecision, *, actor: str) -> OutboxRecord:
        """A row that may have gone out: resend it, mark it sent, or cancel it; the operator's call."""
        record = self._outbox_move(
            lambda work: work.outbox.resolve_uncertain(outbox_id, decision, actor=actor, at=self.clock.now())
        )
        if decision is UncertainDecision.RESEND:
            self.context.outbox_queued((record.id,))
        return record

    def retry_outbox(self, outbox_id: int, *, actor: str) -> OutboxRecord:
        record = self._outbox_move(lambda work: work.outbox.retry(outbox_id, actor=actor, at=self.clock.now()))
        self.context.outbox_queued((record.id,))
        return record

    def cancel_outbox(self, outbox_id: int, *, actor: str) -> OutboxRecord:
        return self._outbox_move(lambda work: work.outbox.cancel(outbox_id, actor=actor, at=self.clock.now()))

    def _outbox_move(self, change: Callable[[UnitOfWork], OutboxRecord]) -> OutboxRecord:
        try:
            with self.database.unit_of_work() as work:
                return change(work)
        except NotFoundError as error:
            raise DeskError(DeskProblem.NOT_FOUND, str(error)) from None
        except ConflictError as error:
            raise DeskError(DeskProblem.CONFLICT, str(error)) from None
