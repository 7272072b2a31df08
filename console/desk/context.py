"""What every use case of the desk shares: storage, settings, the clock, the roster, and one way to move a case.

Moving a case is always the same four steps: read it (at the version the
operator saw), ask the lifecycle, write the new row and its event together, and
turn any refusal into a :class:`DeskError` with a code. A move that ends the
wait for the callback (confirmed, closed, cancelled, redirected) withdraws the
case's queued calls and SMS in the same transaction. Keeping them here means
no use case can forget the version check or write a row without its event.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from console.clock import Clock
from console.desk.errors import DeskError, DeskProblem
from console.desk.event_sources import TopicFeed, follow_commits, follow_feed
from console.desk.messages import MessageComposer
from console.desk.records import case_of, new_event, record_with
from console.desk.replies import ReplyReader
from console.desk.roster_view import RosterView
from console.desk.settings import DeskSettings
from console.events import EventBus, OutboxQueued, RosterChanged
from console.lifecycle import (
    Event,
    EventOutOfOrder,
    InvalidCommand,
    LifecycleError,
    apply,
)
from console.lifecycle_commands import Command
from db.database import Database, UnitOfWork
from db.errors import NotFoundError, StaleCaseError
from db.repositories.escalations import EscalationRecord

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Moved:
    record: EscalationRecord
    event: Event  # as written to the timeline


class DeskContext:
    def __init__(self, database: Database, settings: DeskSettings, clock: Clock) -> None:
        self.database = database
        self.settings = settings
        self.clock = clock
        messages = settings.district.messages
        self.reply_reader = ReplyReader(settings.case_prefix, messages.reply_words)
        self._roster: RosterView | None = None
        self._composer: MessageComposer | None = None
        self._lock = threading.Lock()
        self._loading = threading.Lock()  # one roster read at a time: a change is read once, not by every caller
        self._roster_generation = 0
        self.events = EventBus()
        """What happened, after it was committed: this process's writes and (once followed) other processes'."""
        self._followed: dict[int, Callable[[], None]] = {}
        follow_commits(database, self.events)
        self.events.subscribe(RosterChanged, self._on_roster_changed)

    # -- the roster ---------------------------------------------------------------------------

    def follow(self, feed: TopicFeed) -> None:
        """Publish other processes' changes heard on ``feed`` as events too (once per feed, however often asked)."""
        with self._lock:
            if id(feed) in self._followed:
                return
            self._followed[id(feed)] = follow_feed(feed, self.events)

    def roster(self) -> RosterView:
        with self._lock:
            roster = self._roster
        if roster is not None:
            return roster
        with self._loading:
            with self._lock:
                roster = self._roster
            return roster if roster is not None else self.reload_roster()

    def _on_roster_changed(self, _event: RosterChanged) -> None:
        """The roster is read again when next needed: once per change, however many listeners want it."""
        with self._lock:
            self._roster_generation += 1
            self._roster = None

    def reload_roster(self) -> RosterView:
        """Read the roster afresh now (start-up, a demo seeded); changes are followed by themselves."""
        with self._lock:
            generation = self._roster_generation
        with self.database.reading() as work:
            roster = RosterView.load(work, self.clock.now())
        district = self.settings.district
        composer = MessageComposer(
            district.messages,
            roster.register,
            center_number=district.center_number,
            district_name_hi=district.name_hi,
            district_name_en=district.name_en,
            split_parts=self.settings.split_parts,
            zone=district.office.hours.zone,
        )
        with self._lock:
            if generation == self._roster_generation:  # else it changed while being read: read again when asked
                self._roster, self._composer = roster, composer
        log.info("roster loaded: %d officers, %d representatives", len(roster.officers), len(roster.representatives))
        return roster

    def composer(self) -> MessageComposer:
        while True:
            self.roster()
            with self._lock:
                if self._composer is not None and self._roster is not None:
                    return self._composer

    # -- the outbox ---------------------------------------------------------------------------

    def outbox_queued(self, outbox_ids: tuple[int, ...]) -> None:
        """Called after the commit that queued ``outbox_ids``: the in-process dispatcher wakes."""
        self.events.publish(OutboxQueued(outbox_ids))

    # -- moving a case ------------------------------------------------------------------------

    def load(self, work: UnitOfWork, case_id: int, version: int | None = None, *,
             lock: bool = True) -> EscalationRecord:
        """The case to move, its row locked until the move commits (two desks' moves of one case take turns)."""
        try:
            record = work.escalations.get(case_id, for_update=lock)
        except NotFoundError:
            raise DeskError(DeskProblem.NOT_FOUND, f"escalation {case_id} does not exist") from None
        if version is not None and record.version != version:
            raise DeskError(
                DeskProblem.STALE, f"escalation {case_id} changed (read version {version}, now {record.version})"
            )
        return record

    def move(self, work: UnitOfWork, record: EscalationRecord, command: Command, *, actor: str) -> Moved:
        settings = self.settings
        at = self.clock.now()
        try:
            transition = apply(
                case_of(record), command, actor=actor, at=at, calendar=settings.calendar,
                thresholds=settings.thresholds,
            )
        except InvalidCommand as error:
            raise DeskError(DeskProblem.INVALID, str(error), code=error.problem.value) from None
        except EventOutOfOrder as error:
            raise DeskError(DeskProblem.NOT_ALLOWED, str(error), code="event_out_of_order") from None
        except LifecycleError as error:
            raise DeskError(DeskProblem.NOT_ALLOWED, str(error), code=type(error).__name__) from None
        changed = record_with(record, transition.case, settings.calendar, settings.thresholds)
        try:
            saved = work.escalations.save(changed, new_event(transition.event))
        except StaleCaseError as error:
            raise DeskError(DeskProblem.STALE, str(error)) from None
        if saved.state.withdraws_messages and not record.state.withdraws_messages:
            # The callback is no longer awaited: what is still queued for the case goes nowhere, in this transaction.
            withdrawn = work.outbox.withdraw_queued(saved.id, reason=saved.state.value, actor=actor, at=at)
            if withdrawn:
                log.info("case %s %s: outbox rows %s withdrawn", saved.case_code, saved.state.value, withdrawn)
        return Moved(saved, transition.event)
