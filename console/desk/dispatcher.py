"""The outbox dispatcher: claims rows, sends them through the modems, records every try.

This module is the loop and its life (start, stop, wake, the rounds); the jobs are in small modules:
claiming (:mod:`console.desk.dispatch_claims`), modem choice (:mod:`console.desk.dispatch_modems`), sending
(:mod:`console.desk.dispatch_sending`), recording and the failover policy (:mod:`console.desk.dispatch_recording`),
the retry policy (:mod:`console.desk.retry`), delivery reports (:mod:`console.desk.dispatch_reports`).

One loop thread owns the database side; each modem's own worker does the
talking. A row is claimed only when a fit modem is free for it (so nothing
waits, claimed, behind a busy modem), sent, and finished by the same loop with
the modem's answer. A try that wrote nothing (offline, no prompt, the cap, a
``+CMS ERROR`` refusal) moves at once to the next fit modem; what may have gone
out is left ``uncertain`` for an operator; what failed for a reason time can
mend is queued again with a backoff (:mod:`console.desk.retry`), its time written on the row: the dispatcher
reads when to look next from the outbox (``next_due``), so a restart keeps every retry's schedule.

Crash safety is the claim: a row in flight is ``sending`` in the database, so a
dispatcher that dies leaves it there, and the next start turns it ``uncertain``
instead of sending it again. Each part of a long SMS is recorded as the modem
accepts it, before the next is written, so what went survives a crash half-way
and a resend sends only the rest (:mod:`db.repositories.outbox_parts`).

Nothing the modems report is forgotten: a finished try, and a delivery report,
stay in hand until the transaction that records them has committed; a failed
write is tried again at the next round. The claim re-checks the case: a message
for a case no longer waiting for a callback is cancelled, not sent. A database
file deleted or replaced under the dispatcher stops it for good: it publishes
:class:`console.events.EnginesFailed` once. Each try recorded, and each delivery
report, is published as :class:`console.desk.engine_events.OutboxRowFinished` on
the loop thread after its commit; :class:`console.events.OutboxQueued` is the
news to :meth:`Dispatcher.wake` for.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from console.clock import Clock
from console.desk.dispatch_claims import claim_round
from console.desk.dispatch_jobs import Done, Job, Round
from console.desk.dispatch_modems import free_modems
from console.desk.dispatch_outcomes import SendOutcome
from console.desk.dispatch_recording import record_finished
from console.desk.dispatch_reports import DEFAULT_REPORT_WINDOW, DeliveryReports
from console.desk.dispatch_sending import record_part, submit
from console.desk.engine_events import OutboxRowFinished
from console.domain import OutboxKind
from console.events import EnginesFailed, EventBus
from console.phone import NumberRegister
from db.database import Database, UnitOfWork
from db.errors import DatabaseFileChangedError, StorageError
from db.repositories.outbox import OutboxRecord
from modem.events import DeliveryReported, ModemEvent, ModemStatusChanged, PartAccepted
from modem.modem import Modem

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 1.0
DEFAULT_RECHECK_SECONDS = 10.0  # claim even without news this often, for rows queued where no news reaches us
STOP_LOOK_SECONDS = 0.25  # while stopping: how often calls in hand are told again to hang up



class Dispatcher:
    def __init__(
        self,
        database: Database,
        modems: Sequence[Modem],
        clock: Clock,
        *,
        worker: str,
        events: EventBus,
        register: Callable[[], NumberRegister] | None = None,
        ring_seconds: float = 45.0,
        talk_seconds: float = 120.0,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        recheck_seconds: float = DEFAULT_RECHECK_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        report_window: timedelta = DEFAULT_REPORT_WINDOW,
    ) -> None:
        self._database = database
        self._monotonic = monotonic
        self._modems = tuple(modems)
        self._clock = clock
        self.worker = worker
        self._register = register
        self._ring_seconds = ring_seconds
        self._talk_seconds = talk_seconds
        self._poll = poll_seconds
        self._recheck = recheck_seconds
        self._news = True  # something may be claimable: rows queued, a modem free or back; cleared by a claim
        self._next_due: datetime | None = None  # when the next queued row falls due, as the outbox last said
        self._last_claim = 0.0  # the monotonic reading of the last claim
        self._busy: dict[str, Job] = {}  # modem name → the job it is doing for us
        self._done: deque[Done] = deque()
        self._reports = DeliveryReports(database, clock, report_window)
        self._events = events
        self.failure: StorageError | None = None  # what stopped the loop for good
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Condition(self._lock)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._quiet = False  # the last round found nothing to claim
        self._paused = False  # the database was out of reach at the last round
        self._rounds_begun = 0
        self._in_round = False
        self._round_finished = 0  # the number of the last round that finished
        for modem in self._modems:
            modem.add_listener(self._on_modem_event)

    # -- life ----------------------------------------------------------------------------------

    def recover(self) -> list[int]:
        """At start-up: rows this worker left ``sending`` may have gone out; they become ``uncertain``."""
        with self._database.unit_of_work() as work:
            uncertain = work.outbox.mark_in_flight_uncertain(at=self._clock.now(), worker=self.worker)
            self._next_due = work.outbox.next_due(after=self._clock.now())  # a retry scheduled before the stop
        if uncertain:
            log.warning("%d outbox rows were in flight when %s stopped: left for an operator (%s)",
                        len(uncertain), self.worker, ", ".join(map(str, uncertain)))
        return uncertain

    def start(self) -> list[int]:
        uncertain = self.recover()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-dispatcher", daemon=True)
        self._thread.start()
        return uncertain

    def stop(self, timeout: float = 30.0) -> None:
        """Stop claiming, hang up the calls in hand, and wait up to ``timeout`` for the tries in hand to end
        and be recorded (an SMS part being written takes a few seconds; a call ends at its next look)."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            deadline = time.monotonic() + timeout
            while thread.is_alive() and (left := deadline - time.monotonic()) > 0:
                self._end_calls()  # again each look: a call may only now have begun on its modem
                thread.join(min(left, STOP_LOOK_SECONDS))
        self._thread = None

    def _end_calls(self) -> None:
        with self._lock:
            calls = [job.modem for job in self._busy.values() if job.claim.kind is OutboxKind.CALL]
        for modem in calls:
            modem.end_call()

    def end_call(self, outbox_id: int) -> bool:
        """The operator ends the instruction call of row ``outbox_id`` (Ctrl+H); False when it is not up here."""
        with self._lock:
            job = next((job for job in self._busy.values()
                        if job.claim.id == outbox_id and job.claim.kind is OutboxKind.CALL), None)
        return job is not None and job.modem.end_call(str(outbox_id))

    def wake(self) -> None:
        """Rows were queued, or retried by an operator: claim now instead of at the next poll."""
        self._news = True
        self._wake.set()

    @property
    def paused(self) -> bool:
        """The last round could not reach the database (it resumes by itself when it answers again)."""
        return self._paused

    @property
    def in_flight(self) -> int:
        with self._lock:
            return len(self._busy)

    def wait_idle(self, timeout: float, *, calls_may_run: bool = False) -> bool:
        """True once a round begun after this call found nothing to claim and nothing is in flight.

        With ``calls_may_run`` a call still up does not count: a test driving time lets calls ring on while it
        checks that every SMS has gone (tests and the bench use this; the dispatcher itself never waits).
        """
        with self._idle:
            begun = self._rounds_begun
        self._wake.set()

        def idle() -> bool:
            busy = [job for job in self._busy.values() if not (calls_may_run and job.claim.kind is OutboxKind.CALL)]
            settled = self._round_finished > begun and not self._in_round and self._quiet
            return settled and not busy and not self._done

        with self._idle:
            return self._idle.wait_for(idle, timeout)

    def _run(self) -> None:
        while True:
            stopping = self._stop.is_set()
            if not self._round(claim=not stopping):
                return
            if stopping and not self.in_flight:
                self._round(claim=False)
                return
            self._wake.wait(self._poll)
            self._wake.clear()

    def _round(self, *, claim: bool) -> bool:
        """One round; False once the loop must end for good."""
        try:
            self.step(claim=claim)
        except DatabaseFileChangedError as error:
            log.error("dispatcher stopped: %s", error)
            self.failure = error
            self._stop.set()
            self._events.publish(EnginesFailed(str(error)))  # once: the loop ends here
            return False
        except StorageError as error:  # full disk, lost server: what the modems said is kept for the next round
            if not self._paused:
                self._paused = True  # rows in flight stay ``sending``: no other dispatcher takes them meanwhile
                log.warning("the database is out of reach (%s): %s pauses; what the modems said is kept to record "
                            "when it answers", error, self.worker)
        except Exception:
            log.exception("dispatcher round failed; trying again")
        return True

    # -- one round -----------------------------------------------------------------------------

    def step(self, *, claim: bool = True) -> int:
        """One round, one transaction: record the tries that ended, claim what free modems can take; after the
        commit, start the claimed rows (a row is ``sending`` for good before a byte goes to a modem)."""
        with self._idle:
            self._rounds_begun += 1
            self._in_round = True
            number = self._rounds_begun
        started = 0
        round_ = Round(free=[])
        recorded = False
        try:
            self._database.check_file()  # a round may run no transaction: notice a deleted file all the same
            with self._lock:
                finished = list(self._done)  # kept in hand until the transaction recording them commits
            claiming = claim and self._worth_claiming()
            # The free modems only after the news is taken: a try ending after this look brings news again, which
            # keeps the round from being quiet, instead of being spent on a round that saw its modem still busy.
            round_.free = self._free_modems()
            if finished or claiming:
                self._transact(finished, round_, claiming=claiming)
            for settled in round_.settled:
                self._announce(settled)
            for job in round_.jobs:
                self._submit(job)
            self._reports.record(self._announce)
            started = round_.claimed
            if round_.again:
                self._news = True
                self._wake.set()
            recorded = True
        finally:
            with self._idle:
                # A failed round is never quiet, nor one after which news came (a modem freed, rows queued).
                self._quiet = recorded and started == 0 and not round_.again and not self._news
                self._in_round = False
                self._round_finished = number
                self._idle.notify_all()
        return started

    def _free_modems(self) -> list[Modem]:
        with self._lock:
            busy = set(self._busy)
        return free_modems(self._modems, busy)

    def _transact(self, finished: list[Done], round_: Round, *, claiming: bool) -> None:
        """The round's one transaction; what it recorded leaves the hand only once it has committed."""
        try:
            with self._database.unit_of_work() as work:
                for done in finished:
                    record_finished(work, done, round_, at=self._clock.now())
                if claiming:
                    self._claim(work, round_)
                self._next_due = work.outbox.next_due(after=self._clock.now())
        except Exception:
            self._news = self._news or claiming  # the claim rolled back: look again next round
            raise
        with self._lock:
            for _ in finished:
                self._done.popleft()  # only this loop takes from the left
        if self._paused:
            self._paused = False
            log.warning("the database is back: %s resumes", self.worker)

    def _claim(self, work: UnitOfWork, round_: Round) -> None:
        claim_round(work, round_, worker=self.worker, modems=self._modems, at=self._clock.now(),
                    register=self._register)
        if round_.released:
            self._news = True

    def _worth_claiming(self) -> bool:
        """Skip the claim's transaction when nothing can have become claimable since the last empty one: no news,
        no row fallen due by the outbox's schedule, no recheck due."""
        due = self._next_due is not None and self._next_due <= self._clock.now()
        reading = self._monotonic()
        if self._news or due or reading - self._last_claim >= self._recheck:
            self._news = False  # news arriving during the claim sets it again
            self._last_claim = reading
            return True
        return False

    def _submit(self, job: Job) -> None:
        job.tried.append(job.modem.name)
        with self._lock:
            self._busy[job.modem.name] = job
        submit(job, ring_seconds=self._ring_seconds, talk_seconds=self._talk_seconds, on_part=self._on_part,
               on_done=self._on_done)

    def _on_part(self, job: Job, accepted: PartAccepted) -> None:
        record_part(self._database, job, accepted)

    def _on_done(self, job: Job, outcome: SendOutcome) -> None:
        with self._lock:
            self._busy.pop(job.modem.name, None)
            self._done.append(Done(job, outcome))
            self._quiet = False
        self._news = True  # a modem is free again
        self._wake.set()

    def _on_modem_event(self, event: ModemEvent) -> None:
        if isinstance(event, ModemStatusChanged):
            self._news = True  # back online, or rested no longer: rows may be claimable now
            self._wake.set()
        elif isinstance(event, DeliveryReported) and DeliveryReports.wanted(event):
            self._reports.add(event)
            self._wake.set()

    def _announce(self, record: OutboxRecord) -> None:
        self._events.publish(OutboxRowFinished(record))
