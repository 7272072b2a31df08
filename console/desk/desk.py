"""The escalation desk as one object: what the window, the command line and the tests call.

Every method is one use case and one transaction; refusals raise
:class:`~console.desk.errors.DeskError` with a code. Versions are the
optimistic lock: pass the version the operator saw, or None when acting on the
latest (the scheduler, the incoming handlers). Thread-safe: each call opens its
own unit of work, and the roster snapshot is swapped whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from console.availability import ContactDecision
from console.clock import Clock
from console.config_templates import Language
from console.desk import case_actions, complaints, confirmations, instructions
from console.desk.complaints import Complaint, Logged, Redirected
from console.desk.confirmations import IncomingHandled
from console.desk.context import DeskContext, Listener
from console.desk.errors import DeskError, DeskProblem
from console.desk.event_sources import TopicFeed
from console.desk.instructions import Instructed
from console.desk.records import case_of
from console.desk.roster_view import RosterView
from console.desk.settings import SYSTEM_ACTOR, DeskSettings
from console.domain import BusinessHours, OutboxKind
from console.events import EventBus
from console.lifecycle import Countdown, countdown, next_deadline
from console.lifecycle_commands import BOTH_CHANNELS, AttemptOutcome, AttemptParty, ConfirmationMethod
from db.database import Database, UnitOfWork
from db.errors import ConflictError, NotFoundError
from db.repositories.escalations import EscalationRecord, EventRecord
from db.repositories.outbox import AttemptRecord, OutboxRecord, UncertainDecision


class Desk:
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

    def on_outbox_queued(self, listener: Listener) -> None:
        self.context.on_outbox_queued(listener)

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

    # -- the complaint --------------------------------------------------------------------------

    def log_complaint(self, complaint: Complaint, *, actor: str) -> Logged:
        return complaints.log_complaint(self.context, complaint, actor=actor)

    def redirect(
        self, case_id: int, version: int | None, *, actor: str, open_for_alternate: bool = True
    ) -> Redirected:
        return complaints.redirect(self.context, case_id, version, actor=actor, open_for_alternate=open_for_alternate)

    def instruct(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        channels: Iterable[OutboxKind] = BOTH_CHANNELS,
        language: Language | None = None,
        even_if_away: bool = False,
    ) -> Instructed:
        return instructions.instruct(self.context, case_id, version, actor=actor, channels=channels,
                                     language=language, even_if_away=even_if_away)

    def reinstruct(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        channels: Iterable[OutboxKind] = BOTH_CHANNELS,
        language: Language | None = None,
    ) -> Instructed:
        return instructions.reinstruct(
            self.context, case_id, version, actor=actor, channels=channels, language=language
        )

    def escalate(self, case_id: int, version: int | None, *, actor: str, language: Language | None = None) -> Instructed:
        return instructions.escalate(self.context, case_id, version, actor=actor, language=language)

    def confirm(
        self,
        case_id: int,
        version: int | None,
        *,
        actor: str,
        method: ConfirmationMethod = ConfirmationMethod.OPERATOR,
        evidence: str = "",
        callback_at: datetime | None = None,
        party: AttemptParty | None = None,
    ) -> EscalationRecord:
        return confirmations.confirm(self.context, case_id, version, actor=actor, method=method, evidence=evidence,
                                     callback_at=callback_at, party=party)

    def close(self, case_id: int, version: int | None, *, actor: str, note: str = "") -> EscalationRecord:
        return case_actions.close(self.context, case_id, version, actor=actor, note=note)

    def cancel(self, case_id: int, version: int | None, *, actor: str, reason: str) -> EscalationRecord:
        return case_actions.cancel(self.context, case_id, version, actor=actor, reason=reason)

    def reopen(self, case_id: int, version: int | None, *, actor: str, reason: str) -> EscalationRecord:
        return case_actions.reopen(self.context, case_id, version, actor=actor, reason=reason)

    def add_note(self, case_id: int, *, actor: str, text: str) -> EscalationRecord:
        return case_actions.add_note(self.context, case_id, actor=actor, text=text)

    def record_manual_call(
        self,
        case_id: int,
        *,
        actor: str,
        party: AttemptParty,
        number: str,
        outcome: AttemptOutcome,
        at: datetime,
        note: str = "",
    ) -> EscalationRecord:
        return case_actions.record_manual_call(
            self.context, case_id, actor=actor, party=party, number=number, outcome=outcome, at=at, note=note
        )

    # -- what reaches the center ----------------------------------------------------------------

    def receive_sms(self, *, sender: str, text: str, received_at: datetime, modem_name: str = "") -> IncomingHandled:
        return confirmations.receive_sms(
            self.context, sender=sender, text=text, received_at=received_at, modem_name=modem_name, actor=SYSTEM_ACTOR
        )

    def receive_missed_call(self, *, number: str, rang_at: datetime, modem_name: str = "") -> IncomingHandled:
        return confirmations.receive_missed_call(
            self.context, number=number, rang_at=rang_at, modem_name=modem_name, actor=SYSTEM_ACTOR
        )

    # -- the outbox, as operators decide -------------------------------------------------------

    def resolve_uncertain(self, outbox_id: int, decision: UncertainDecision, *, actor: str) -> OutboxRecord:
        """A row that may have gone out: resend it, mark it sent, or cancel it; the operator's call."""
        record = self._outbox_move(
            lambda work: work.outbox.resolve_uncertain(outbox_id, decision, actor=actor, at=self.clock.now())
        )
        if decision is UncertainDecision.RESEND:
            self.context.outbox_queued()
        return record

    def retry_outbox(self, outbox_id: int, *, actor: str) -> OutboxRecord:
        record = self._outbox_move(lambda work: work.outbox.retry(outbox_id, actor=actor, at=self.clock.now()))
        self.context.outbox_queued()
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
