"""The ladder executed: a time-driven loop that applies what :mod:`console.desk.ladder` says is due.

Each tick reads the open cases and climbs each one rung at a time, every rung
its own transaction and event, with the system as the actor. Two schedulers
(a console and the headless dispatcher) may run against one database: the
case's version makes the second one's write stale, and it simply reads again.
The thread sleeps until the earliest deadline (or a short poll, since a clock
may be a test's) and is woken when someone changes a case.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from console.desk.engine_events import LadderStepTaken, StepTaken
from console.desk.instructions import InstructionCases
from console.desk.errors import DeskError, DeskProblem
from console.desk.ladder import LadderCommand, next_step, next_wake
from console.desk.records import case_of
from console.desk.settings import SYSTEM_ACTOR
from console.lifecycle import Action
from console.lifecycle_commands import Escalate, Reinstruct
from db.errors import DatabaseFileChangedError, StorageError
from db.repositories.escalations import EscalationRecord
from db.repositories.outbox import OutboxRecord

log = logging.getLogger(__name__)

LADDER_STATES_CHECKED = 8  # rungs climbed per case per tick at most: a broken case cannot spin the loop
DEFAULT_POLL_SECONDS = 15.0


class LadderScheduler:
    def __init__(
        self,
        desk: InstructionCases,
        *,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
    ) -> None:
        self._desk = desk  # the ladder re-instructs and escalates as an operator would
        self._context = desk.context
        self._poll = poll_seconds
        self._refused: dict[tuple[int, int, Action], str] = {}  # (case, version, rung) → problem: not retried
        self._wakes: dict[int, datetime] = {}  # case → the next instant the ladder may move it
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._tick_lock = threading.Lock()

    # -- one tick ------------------------------------------------------------------------------

    def tick(self) -> list[StepTaken]:
        """Apply every rung now due on every open case; return what was done, in order (each published too)."""
        with self._tick_lock:
            with self._context.database.reading() as work:
                records = work.escalations.open_cases()
            taken: list[StepTaken] = []
            self._wakes = {}
            for record in records:
                self.note(self._climb(record, taken))
        self._context.events.publish_all([LadderStepTaken(step) for step in taken])
        return taken

    def next_wake(self) -> datetime | None:
        """The earliest instant a rung falls due, as of the last tick and the cases noted since."""
        wakes = self._wakes
        return min(wakes.values()) if wakes else None

    def note(self, record: EscalationRecord) -> None:
        """A case changed (an operator acted): its next rung, without reading every open case again."""
        settings = self._context.settings
        wake = next_wake(case_of(record), settings.calendar, settings.policy) if record.state.is_open else None
        if wake is None:
            self._wakes.pop(record.id, None)
        else:
            self._wakes[record.id] = wake

    def _climb(self, record: EscalationRecord, taken: list[StepTaken]) -> EscalationRecord:
        context = self._context
        settings = context.settings
        for _ in range(LADDER_STATES_CHECKED):
            officer = context.roster().officers.get(record.officer_id)
            command = next_step(
                case_of(record),
                context.clock.now(),
                settings.calendar,
                settings.policy,
                superior_id=None if officer is None else officer.superior_id,
            )
            if command is None or (record.id, record.version, command.action) in self._refused:
                return record
            try:
                record, messages = self._apply(record, command)
            except DeskError as error:
                if error.problem is DeskProblem.STALE:
                    with context.database.reading() as work:
                        record = work.escalations.get(record.id)
                    continue
                problem = f"{error.problem.value}:{error.code}" if error.code else error.problem.value
                self._refused[(record.id, record.version, command.action)] = problem
                log.error("case %s: %s refused: %s", record.case_code, command.action.value, error.detail)
                taken.append(StepTaken(record.id, record.case_code, command.action, context.clock.now(), None, (),
                                       problem))
                return record
            taken.append(
                StepTaken(record.id, record.case_code, command.action, record.last_event_at, record, messages)
            )
        log.warning("case %s: still climbing after %d rungs; left for the next tick", record.case_code,
                    LADDER_STATES_CHECKED)
        return record

    def _apply(
        self, record: EscalationRecord, command: LadderCommand
    ) -> tuple[EscalationRecord, tuple[OutboxRecord, ...]]:
        context = self._context
        if isinstance(command, Reinstruct):
            done = self._desk.reinstruct(record.id, record.version, actor=SYSTEM_ACTOR, channels=command.channels)
            return done.record, done.messages
        if isinstance(command, Escalate):
            channels = context.settings.policy.escalation_channels
            done = self._desk.escalate(record.id, record.version, actor=SYSTEM_ACTOR, channels=channels)
            return done.record, done.messages
        with context.database.unit_of_work() as work:
            current = context.load(work, record.id, record.version)
            return context.move(work, current, command, actor=SYSTEM_ACTOR).record, ()

    # -- the thread ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ladder-scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def wake(self) -> None:
        """Something changed (a case logged or instructed): look again now."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except DatabaseFileChangedError as error:
                log.error("ladder stopped: %s", error)
                return
            except StorageError as error:
                log.warning("ladder tick failed (%s); trying again", error)
            except Exception:
                log.exception("ladder tick failed; trying again")
            self._wake.wait(self._seconds_to_next_wake())
            self._wake.clear()

    def _seconds_to_next_wake(self) -> float:
        wake = self.next_wake()
        if wake is None:
            return self._poll
        seconds = (wake - self._context.clock.now()).total_seconds()
        return max(0.05, min(self._poll, seconds))
