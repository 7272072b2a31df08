"""The outbox dispatcher: claims rows, sends them through the modems, records every try.

One loop thread owns the database side; each modem's own worker does the
talking. A row is claimed only when a fit modem is free for it (so nothing
waits, claimed, behind a busy modem), sent, and finished by the same loop with
the modem's answer. A try that wrote nothing (offline, no prompt, the cap, a
``+CMS ERROR`` refusal) moves at once to the next fit modem; what may have gone
out is left ``uncertain`` for an operator; what failed for a reason time can
mend is queued again with a backoff (:mod:`console.desk.retry`).

Crash safety is the claim: a row in flight is ``sending`` in the database, so a
dispatcher that dies leaves it there, and the next start turns it ``uncertain``
instead of sending it again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from console.clock import Clock
from console.desk.dispatch_outcomes import NOT_ON_REGISTER, Outcome, call_outcome, sms_outcome
from console.desk.retry import Verdict, decide
from console.domain import OutboxKind, OutboxStatus
from console.phone import InvalidNumber, NumberRegister
from db.database import Database, UnitOfWork
from db.errors import ConflictError, DatabaseUnavailableError
from db.repositories.outbox import AttemptResult, ClaimedMessage, OutboxRecord
from modem.events import CallResult, DeliveryReported, DeliveryState, ModemEvent, ModemStatusChanged, SmsResult
from modem.modem import Modem
from modem.pdu import count_parts
from modem.state import Health, Role

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 1.0
DEFAULT_RECHECK_SECONDS = 10.0  # claim even without news this often, for rows queued where no news reaches us
_ROLE_OF = {OutboxKind.SMS: Role.SMS, OutboxKind.CALL: Role.VOICE}
_STATUS_OF = {Verdict.RETRY: OutboxStatus.QUEUED, Verdict.FAILED: OutboxStatus.FAILED,
              Verdict.UNCERTAIN: OutboxStatus.UNCERTAIN}

FinishedListener = Callable[[OutboxRecord], None]


@dataclass
class _Job:
    claim: ClaimedMessage
    parts: int
    modem: Modem
    tried: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


@dataclass
class _Round:
    """What one round of the loop found and decided."""

    free: list[Modem]
    jobs: list[_Job] = field(default_factory=list)  # to start once the round's transaction has committed
    settled: list[OutboxRecord] = field(default_factory=list)  # rows finished, to announce
    claimed: int = 0
    again: bool = False  # rows were settled without a modem: look again at once


@dataclass(frozen=True)
class _Done:
    job: _Job
    outcome: Outcome


class Dispatcher:
    def __init__(
        self,
        database: Database,
        modems: Sequence[Modem],
        clock: Clock,
        *,
        worker: str,
        register: Callable[[], NumberRegister] | None = None,
        ring_seconds: float = 45.0,
        talk_seconds: float = 120.0,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        recheck_seconds: float = DEFAULT_RECHECK_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
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
        self._retries: list[datetime] = []  # when rows this dispatcher queued again fall due
        self._last_claim = 0.0  # the monotonic reading of the last claim
        self._busy: dict[str, _Job] = {}  # modem name → the job it is doing for us
        self._done: deque[_Done] = deque()
        self._reports: deque[DeliveryReported] = deque()
        self._delivered_parts: dict[int, set[int]] = {}
        self._listeners: list[FinishedListener] = []
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

    def add_listener(self, listener: FinishedListener) -> None:
        """Called on the loop thread after each try is recorded (and after delivery reports)."""
        self._listeners.append(listener)

    # -- life ----------------------------------------------------------------------------------

    def recover(self) -> list[int]:
        """At start-up: rows this worker left ``sending`` may have gone out; they become ``uncertain``."""
        with self._database.unit_of_work() as work:
            uncertain = work.outbox.mark_in_flight_uncertain(at=self._clock.now(), worker=self.worker)
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
        """Stop claiming; wait up to ``timeout`` for the tries in hand to end and be recorded."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

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
            try:
                self.step(claim=not stopping)
            except Exception:
                log.exception("dispatcher round failed; trying again")
            if stopping and not self.in_flight:
                self.step(claim=False)
                return
            self._wake.wait(self._poll)
            self._wake.clear()

    # -- one round -----------------------------------------------------------------------------

    def step(self, *, claim: bool = True) -> int:
        """One round, one transaction: record the tries that ended, claim what free modems can take; after the
        commit, start the claimed rows (a row is ``sending`` for good before a byte goes to a modem)."""
        with self._idle:
            self._rounds_begun += 1
            self._in_round = True
            number = self._rounds_begun
        round_ = _Round(free=self._free_modems())
        with self._lock:
            finished = list(self._done)
            self._done.clear()
        claiming = claim and self._worth_claiming()
        if finished or claiming:
            try:
                with self._database.unit_of_work() as work:
                    for done in finished:
                        self._record(work, done, round_)
                    if claiming:
                        self._claim(work, round_)
            except DatabaseUnavailableError:
                self._pause(finished)
                round_ = _Round(free=[], again=False)  # its claims rolled back with it: start nothing
            else:
                if self._paused:
                    self._paused = False
                    log.warning("the database is back: %s resumes", self.worker)
        for record in round_.settled:
            self._announce(record)
        for job in round_.jobs:
            self._submit(job)
        self._record_reports()
        started = round_.claimed
        if round_.again:
            self._news = True
            self._wake.set()
        with self._idle:
            self._quiet = started == 0 and not round_.again and not self._paused
            self._in_round = False
            self._round_finished = number
            self._idle.notify_all()
        return started

    def _pause(self, finished: list[_Done]) -> None:
        """The round's transaction never committed: keep the tries that ended for the next round, claim nothing.

        Their rows stay ``sending`` in the database meanwhile, so no other dispatcher takes them; what the modems
        answered is recorded as soon as the database answers again, and nothing is sent twice.
        """
        with self._lock:
            self._done.extendleft(reversed(finished))
        self._news = True
        if not self._paused:
            self._paused = True
            log.warning("the database is out of reach: %s pauses (%d tries to record)", self.worker, len(finished))

    def _worth_claiming(self) -> bool:
        """Skip the claim's transaction when nothing can have become claimable since the last empty one."""
        now = self._clock.now()
        due = [at for at in self._retries if at <= now]
        if due:
            self._retries = [at for at in self._retries if at > now]
        reading = self._monotonic()
        if self._news or due or reading - self._last_claim >= self._recheck:
            self._news = False  # news arriving during the claim sets it again
            self._last_claim = reading
            return True
        return False

    def _claim(self, work: UnitOfWork, round_: _Round) -> None:
        """Claim, kind by kind, as many rows as the round's free modems can take."""
        for kind in OutboxKind:
            takers = [modem for modem in round_.free if _ROLE_OF[kind] in modem.status().roles]
            if kind is OutboxKind.SMS:
                with_quota = self._sms_takers(takers)
                # Every SIM capped: claim one all the same, so its wait is recorded with the reason.
                takers = with_quota or (takers[:1] if not self._sms_takers(self._modems) else [])
            if not takers:
                continue
            asked = len(takers)
            claims = work.outbox.claim(self.worker, at=self._clock.now(), limit=asked, kinds=[kind])
            for number, claim in enumerate(claims):
                if number >= asked:  # more than asked for: storage's mistake, handed straight back
                    self._release(work, claim)
                    continue
                refusal = self._refusal(claim)
                job = None if refusal else self._pick(claim, takers, ())
                if job is None:
                    outcome = refusal or self._no_modem(claim)
                    round_.settled.append(self._finish(work, _Job(claim, _parts(claim), takers[0]), outcome))
                    round_.again = True  # the modem is still free for the next row
                    continue
                round_.jobs.append(job)
                round_.claimed += 1
                takers.remove(job.modem)
                round_.free.remove(job.modem)

    def _release(self, work: UnitOfWork, claim: ClaimedMessage) -> None:
        log.warning("outbox %d claimed beyond the one asked for; queued again at once", claim.id)
        self._news = True
        at = self._clock.now()
        work.outbox.finish_attempt(
            claim,
            AttemptResult(OutboxStatus.QUEUED, outcome="released", error="claimed beyond the free modems",
                          error_class="released", retry_at=at),
            at=at,
        )

    def _refusal(self, claim: ClaimedMessage) -> Outcome | None:
        """The number left the register since the row was queued: never dial it."""
        if self._register is None:
            return None
        try:
            self._register().check_dialable(claim.to_number)
        except InvalidNumber as error:
            return Outcome(None, None, NOT_ON_REGISTER, f"{claim.to_number}: {error.problem.value}")
        return None

    @staticmethod
    def _sms_takers(modems: Sequence[Modem]) -> list[Modem]:
        return [modem for modem in modems if Role.SMS in modem.status().roles and modem.quota.remaining() > 0]

    def _no_modem(self, claim: ClaimedMessage) -> Outcome:
        capped = claim.kind is OutboxKind.SMS and all(
            modem.quota.remaining() < _parts(claim) for modem in self._modems if Role.SMS in modem.status().roles
        )
        if capped:
            return Outcome(None, None, "cap_reached", "every SIM is at its daily cap")
        return Outcome(None, None, "no_modem", f"no modem ready for {claim.kind.value}")

    def _free_modems(self) -> list[Modem]:
        with self._lock:
            busy = set(self._busy)
        free = [modem for modem in self._modems if modem.name not in busy and modem.status().ready]
        return sorted(free, key=_rank)

    def _pick(self, claim: ClaimedMessage, free: Sequence[Modem], tried: Sequence[str]) -> _Job | None:
        parts = _parts(claim)
        role = _ROLE_OF[claim.kind]
        for modem in free:
            status = modem.status()
            if modem.name in tried or role not in status.roles:
                continue
            if claim.kind is OutboxKind.SMS and not modem.quota.allows(parts):
                continue
            return _Job(claim, parts, modem)
        return None

    def _submit(self, job: _Job) -> None:
        claim, modem = job.claim, job.modem
        job.tried.append(modem.name)
        with self._lock:
            self._busy[modem.name] = job
        tag = str(claim.id)
        future: Future[Any]
        if claim.kind is OutboxKind.SMS:
            future = modem.submit_sms(claim.to_number, claim.body, tag=tag)
        else:
            future = modem.submit_call(claim.to_number, ring_limit=self._ring_seconds, talk_limit=self._talk_seconds,
                                       tag=tag)
        log.debug("outbox %d (%s) attempt %d on %s", claim.id, claim.kind.value, claim.attempt_number, modem.name)
        future.add_done_callback(lambda done: self._on_done(job, done))

    def _on_done(self, job: _Job, future: Future[Any]) -> None:
        try:
            result = future.result()
        except Exception as error:  # the modem layer refused the input outright
            log.error("outbox %d: %s refused it: %s", job.claim.id, job.modem.name, error)
            outcome = Outcome(job.modem.name, None, "invalid_text" if job.claim.kind is OutboxKind.SMS
                              else "invalid_number", str(error))
        else:
            outcome = sms_outcome(result) if isinstance(result, SmsResult) else call_outcome(_as_call(result))
        with self._lock:
            self._busy.pop(job.modem.name, None)
            self._done.append(_Done(job, outcome))
            self._quiet = False
        self._news = True  # a modem is free again
        self._wake.set()

    # -- recording -----------------------------------------------------------------------------

    def _record(self, work: UnitOfWork, done: _Done, round_: _Round) -> None:
        job, outcome = done.job, done.outcome
        if outcome.may_fail_over:
            job.failures.append(f"{outcome.modem_name}: {outcome.error_class} {outcome.error}".strip())
            successor = self._pick(job.claim, round_.free, job.tried)
            if successor is not None:
                log.warning("outbox %d: %s failed (%s); moving to %s", job.claim.id, outcome.modem_name,
                            outcome.error_class, successor.modem.name)
                successor.tried, successor.failures = job.tried, job.failures
                round_.free.remove(successor.modem)
                round_.jobs.append(successor)
                return
        round_.settled.append(self._finish(work, job, outcome))

    def _finish(self, work: UnitOfWork, job: _Job, outcome: Outcome) -> OutboxRecord:
        claim = job.claim
        at = self._clock.now()
        details = dict(outcome.details)
        if job.failures:
            details["failed_over_from"] = list(job.failures)
        if outcome.result is not None:
            result = replace(outcome.result, details={**dict(outcome.result.details), **details})
            return work.outbox.finish_attempt(claim, result, at=at)
        decision = decide(outcome.error_class, claim.attempt_number, at)
        status = _STATUS_OF[decision.verdict]
        result = AttemptResult(
            status,
            modem_name=outcome.modem_name,
            outcome=outcome.error_class,
            error=outcome.error or outcome.error_class,
            error_class=outcome.error_class,
            retry_at=decision.retry_at,
            details=details,
        )
        record = work.outbox.finish_attempt(claim, result, at=at)
        if decision.retry_at is not None:
            self._retries.append(decision.retry_at)
        log.log(logging.INFO if status is OutboxStatus.QUEUED else logging.WARNING,
                "outbox %d attempt %d: %s (%s) → %s", claim.id, claim.attempt_number, outcome.error_class,
                outcome.error, record.status.value)
        return record

    def _on_modem_event(self, event: ModemEvent) -> None:
        if isinstance(event, ModemStatusChanged):
            self._news = True  # back online, or rested no longer: rows may be claimable now
            self._wake.set()
        elif isinstance(event, DeliveryReported) and event.tag is not None and event.tag.isdigit():
            with self._lock:
                self._reports.append(event)
            self._wake.set()

    def _record_reports(self) -> None:
        while True:
            with self._lock:
                if not self._reports:
                    return
                report = self._reports.popleft()
            if report.state is DeliveryState.PENDING:
                continue
            outbox_id = int(str(report.tag))
            try:
                with self._database.unit_of_work() as work:
                    record = self._delivery(work, outbox_id, report)
            except DatabaseUnavailableError:
                with self._lock:
                    self._reports.appendleft(report)  # recorded when the database answers again
                return
            except ConflictError as error:
                log.info("outbox %d: delivery report not recorded: %s", outbox_id, error)
                continue
            if record is not None:
                self._announce(record)

    def _delivery(self, work: UnitOfWork, outbox_id: int, report: DeliveryReported) -> OutboxRecord | None:
        at = self._clock.now()
        if report.state is DeliveryState.FAILED:
            self._delivered_parts.pop(outbox_id, None)
            return work.outbox.record_delivery(outbox_id, delivered=False, delivery_status=f"failed:{report.status}",
                                               at=at)
        parts = self._delivered_parts.setdefault(outbox_id, set())
        parts.add(report.part or 1)
        row = work.outbox.get(outbox_id)
        if len(parts) < max(1, len(row.message_references)):
            return None
        del self._delivered_parts[outbox_id]
        return work.outbox.record_delivery(outbox_id, delivered=True, delivery_status="delivered", at=at)

    def _announce(self, record: OutboxRecord) -> None:
        for listener in list(self._listeners):
            try:
                listener(record)
            except Exception:
                log.exception("dispatcher listener failed")


def _parts(claim: ClaimedMessage) -> int:
    if claim.kind is not OutboxKind.SMS or not claim.body:
        return 0
    return count_parts(claim.body)[1]


def _rank(modem: Modem) -> tuple[int, int, int]:
    status = modem.status()
    return (0 if status.health is Health.GOOD else 1, status.sms_sent_today, len(status.roles))


def _as_call(result: object) -> CallResult:
    assert isinstance(result, CallResult), f"a modem answered a call with {type(result).__name__}"
    return result
