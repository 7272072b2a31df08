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
instead of sending it again. Each part of a long SMS is recorded as the modem
accepts it, before the next is written, so what went survives a crash half-way
and a resend sends only the rest (:mod:`db.repositories.outbox_parts`).

Nothing the modems report is forgotten: a finished try, and a delivery report,
stay in hand until the transaction that records them has committed; a failed
write is tried again at the next round. The claim re-checks the case: a message
for a case no longer waiting for a callback is cancelled, not sent. A database
file deleted or replaced under the dispatcher stops it (see :meth:`Dispatcher.on_failed`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from console.clock import Clock
from console.desk.dispatch_outcomes import NOT_ON_REGISTER, SendOutcome, call_outcome, sms_outcome, withdrawn
from console.desk.retry import Verdict, decide
from console.domain import OutboxKind, OutboxStatus
from console.phone import InvalidNumber, NumberRegister
from db.database import Database, UnitOfWork
from db.errors import ConflictError, DatabaseFileChangedError, NotFoundError, StorageError
from db.repositories.outbox import AttemptResult, ClaimedMessage, OutboxRecord
from db.repositories.outbox_parts import SentPart
from modem.events import (
    CallResult,
    DeliveryReported,
    DeliveryState,
    ModemEvent,
    ModemStatusChanged,
    PartAccepted,
    SmsResult,
)
from modem.modem import Modem
from modem.pdu import count_parts
from modem.state import Health, Role

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 1.0
DEFAULT_RECHECK_SECONDS = 10.0  # claim even without news this often, for rows queued where no news reaches us
DEFAULT_REPORT_WINDOW = timedelta(days=3)  # a status report matches a part sent this long before it
STOP_LOOK_SECONDS = 0.25  # while stopping: how often calls in hand are told again to hang up
_ROLE_OF = {OutboxKind.SMS: Role.SMS, OutboxKind.CALL: Role.VOICE}
_STATUS_OF = {Verdict.RETRY: OutboxStatus.QUEUED, Verdict.FAILED: OutboxStatus.FAILED,
              Verdict.UNCERTAIN: OutboxStatus.UNCERTAIN}

FinishedListener = Callable[[OutboxRecord], None]
FailedListener = Callable[[StorageError], None]


@dataclass
class _Job:
    claim: ClaimedMessage
    parts: int  # the SMS parts this try sends (those that did not go before)
    modem: Modem
    tried: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    accepted: list[SentPart] = field(default_factory=list)  # parts the modem accepted during this try


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
    outcome: SendOutcome


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
        self._busy: dict[str, _Job] = {}  # modem name → the job it is doing for us
        self._done: deque[_Done] = deque()
        self._reports: deque[DeliveryReported] = deque()
        self._report_window = report_window
        self._listeners: list[FinishedListener] = []
        self._failed_listeners: list[FailedListener] = []
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

    def add_listener(self, listener: FinishedListener) -> None:
        """Called on the loop thread after each try is recorded (and after delivery reports)."""
        self._listeners.append(listener)

    def on_failed(self, listener: FailedListener) -> None:
        """Called once if the loop stops for good: the database file was deleted or replaced under it."""
        self._failed_listeners.append(listener)

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
            for listener in list(self._failed_listeners):
                listener(error)
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
        round_ = _Round(free=self._free_modems())
        recorded = False
        try:
            self._database.check_file()  # a round may run no transaction: notice a deleted file all the same
            with self._lock:
                finished = list(self._done)  # kept in hand until the transaction recording them commits
            claiming = claim and self._worth_claiming()
            if finished or claiming:
                try:
                    with self._database.unit_of_work() as work:
                        for done in finished:
                            self._record(work, done, round_)
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
            for record in round_.settled:
                self._announce(record)
            for job in round_.jobs:
                self._submit(job)
            self._record_reports()
            started = round_.claimed
            if round_.again:
                self._news = True
                self._wake.set()
            recorded = True
        finally:
            with self._idle:
                self._quiet = recorded and started == 0 and not round_.again  # a failed round is never quiet
                self._in_round = False
                self._round_finished = number
                self._idle.notify_all()
        return started

    def _worth_claiming(self) -> bool:
        """Skip the claim's transaction when nothing can have become claimable since the last empty one."""
        due = self._next_due is not None and self._next_due <= self._clock.now()
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

    def _refusal(self, claim: ClaimedMessage) -> SendOutcome | None:
        """What settles a claim without a modem: the case no longer waits for a callback, or the number left the
        register since the row was queued (never send it); or every part went in a try that died (sent)."""
        if claim.case_state is not None and claim.case_state.withdraws_messages:
            log.info("outbox %d: case is %s; withdrawn, not sent", claim.id, claim.case_state.value)
            return withdrawn(claim.case_state)
        if claim.kind is OutboxKind.SMS and claim.parts_went and _parts(claim) <= 0:
            return SendOutcome(claim.parts_modem, AttemptResult(
                OutboxStatus.SENT, modem_name=claim.parts_modem, outcome=OutboxStatus.SENT.value,
                details={"parts_sent_before": list(claim.parts_went)}))
        if self._register is None:
            return None
        try:
            self._register().check_dialable(claim.to_number)
        except InvalidNumber as error:
            return SendOutcome(None, None, NOT_ON_REGISTER, f"{claim.to_number}: {error.problem.value}")
        return None

    @staticmethod
    def _sms_takers(modems: Sequence[Modem]) -> list[Modem]:
        return [modem for modem in modems if Role.SMS in modem.status().roles and modem.quota.remaining() > 0]

    def _no_modem(self, claim: ClaimedMessage) -> SendOutcome:
        if claim.parts_went and claim.parts_modem is not None:
            return SendOutcome(None, None, "no_modem", f"the rest of the message must come from {claim.parts_modem}, "
                           "which sent its first parts and is busy or not ready")
        capped = claim.kind is OutboxKind.SMS and all(
            modem.quota.remaining() < _parts(claim) for modem in self._modems if Role.SMS in modem.status().roles
        )
        if capped:
            return SendOutcome(None, None, "cap_reached", "every SIM is at its daily cap")
        return SendOutcome(None, None, "no_modem", f"no modem ready for {claim.kind.value}")

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
            if claim.parts_went and modem.name != claim.parts_modem:
                continue  # the phone joins the parts of one sender only
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
            missing = _missing_parts(claim)
            future = modem.submit_sms(claim.to_number, claim.body, tag=tag,
                                      concat_reference=claim.concat_reference if missing else None,
                                      only_parts=missing, on_part=lambda accepted: self._on_part(job, accepted))
        else:
            future = modem.submit_call(claim.to_number, ring_limit=self._ring_seconds, talk_limit=self._talk_seconds,
                                       tag=tag)
        log.debug("outbox %d (%s) attempt %d on %s", claim.id, claim.kind.value, claim.attempt_number, modem.name)
        future.add_done_callback(lambda done: self._on_done(job, done))

    def _on_part(self, job: _Job, accepted: PartAccepted) -> None:
        """On the modem's worker, before it writes the next part: the part that went is recorded now."""
        part = accepted.part
        assert part.message_reference is not None
        sent = SentPart(part.sequence, part.total, accepted.concat_reference, accepted.modem, accepted.recipient,
                        part.message_reference, accepted.accepted_at)
        job.accepted.append(sent)
        try:
            with self._database.unit_of_work() as work:
                work.outbox.record_part(job.claim.id, sent)
        except Exception as error:  # recorded with the try's outcome instead
            log.warning("outbox %d: part %d of %d went, not recorded yet (%s)", job.claim.id, part.sequence,
                        part.total, error)

    def _on_done(self, job: _Job, future: Future[Any]) -> None:
        try:
            result = future.result()
        except Exception as error:  # the modem layer refused the input outright
            log.error("outbox %d: %s refused it: %s", job.claim.id, job.modem.name, error)
            outcome = SendOutcome(job.modem.name, None, "invalid_text" if job.claim.kind is OutboxKind.SMS
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
        """Record one finished try in its own savepoint: a row no longer ours is logged, the others still commit."""
        try:
            with work.session.begin_nested():
                self._record_one(work, done, round_)
        except ConflictError as error:
            log.error("outbox %d: the outcome of attempt %d cannot be recorded: %s", done.job.claim.id,
                      done.job.claim.attempt_number, error)

    def _record_one(self, work: UnitOfWork, done: _Done, round_: _Round) -> None:
        job, outcome = done.job, done.outcome
        if outcome.may_fail_over:
            failures = [*job.failures, f"{outcome.modem_name}: {outcome.error_class} {outcome.error}".strip()]
            successor = self._pick(job.claim, round_.free, job.tried)
            if successor is not None:
                log.warning("outbox %d: %s failed (%s); moving to %s", job.claim.id, outcome.modem_name,
                            outcome.error_class, successor.modem.name)
                successor.tried, successor.failures = list(job.tried), failures
                round_.free.remove(successor.modem)
                round_.jobs.append(successor)
                return
            job = replace(job, failures=failures)
        round_.settled.append(self._finish(work, job, outcome))

    def _finish(self, work: UnitOfWork, job: _Job, outcome: SendOutcome) -> OutboxRecord:
        claim = job.claim
        at = self._clock.now()
        details = dict(outcome.details)
        if job.failures:
            details["failed_over_from"] = list(job.failures)
        parts = tuple(job.accepted)
        if outcome.result is not None:
            result = replace(outcome.result, details={**dict(outcome.result.details), **details}, parts=parts)
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
            parts=parts,
        )
        record = work.outbox.finish_attempt(claim, result, at=at)
        log.log(logging.INFO if status is OutboxStatus.QUEUED else logging.WARNING,
                "outbox %d attempt %d: %s (%s) → %s", claim.id, claim.attempt_number, outcome.error_class,
                outcome.error, record.status.value)
        return record

    def _on_modem_event(self, event: ModemEvent) -> None:
        if isinstance(event, ModemStatusChanged):
            self._news = True  # back online, or rested no longer: rows may be claimable now
            self._wake.set()
        elif isinstance(event, DeliveryReported) and event.state is not DeliveryState.PENDING and (
            event.tag is None or event.tag.isdigit()
        ):
            with self._lock:
                self._reports.append(event)
            self._wake.set()

    def _record_reports(self) -> None:
        """Each report stays in hand until it is stored against its part (or can never be: no such row)."""
        with self._lock:
            waiting = len(self._reports)
        for _ in range(waiting):
            with self._lock:
                report = self._reports.popleft()
            try:
                with self._database.unit_of_work() as work:
                    record = self._delivery(work, report)
            except ConflictError as error:  # its part is not recorded yet: the try's outcome will bring it
                log.info("delivery report from %s (reference %d) kept for later: %s", report.modem,
                         report.message_reference, error)
                with self._lock:
                    self._reports.append(report)
                continue
            except NotFoundError as error:
                log.warning("delivery report from %s (reference %d) matches no outbox row: %s", report.modem,
                            report.message_reference, error)
                continue
            except BaseException:
                with self._lock:
                    self._reports.appendleft(report)  # the database failed: tried again next round
                raise
            if record is not None:
                self._announce(record)

    def _delivery(self, work: UnitOfWork, report: DeliveryReported) -> OutboxRecord | None:
        at = self._clock.now()
        if report.tag is not None and report.part is not None:
            found: tuple[int, int] | None = (int(report.tag), report.part)
        else:  # sent before this process started: the modem no longer knows it, the outbox does
            found = work.outbox.find_part(report.modem, report.recipient, report.message_reference,
                                          since=report.received_at - self._report_window)
        if found is None:
            log.info("delivery report from %s (reference %d) matches no part this center sent", report.modem,
                     report.message_reference)
            return None
        outbox_id, sequence = found
        return work.outbox.record_part_report(outbox_id, sequence, delivered=report.state is DeliveryState.DELIVERED,
                                              status=report.status, at=at)

    def _announce(self, record: OutboxRecord) -> None:
        for listener in list(self._listeners):
            try:
                listener(record)
            except Exception:
                log.exception("dispatcher listener failed")


def _parts(claim: ClaimedMessage) -> int:
    """The SMS parts a try sends: those that did not go before."""
    if claim.kind is not OutboxKind.SMS or not claim.body:
        return 0
    return count_parts(claim.body)[1] - len(claim.parts_went)


def _missing_parts(claim: ClaimedMessage) -> list[int] | None:
    """The parts still to send when some went before; None to send the whole message."""
    if not claim.parts_went:
        return None
    return [number for number in range(1, count_parts(claim.body)[1] + 1) if number not in claim.parts_went]


def _rank(modem: Modem) -> tuple[int, int, int]:
    status = modem.status()
    return (0 if status.health is Health.GOOD else 1, status.sms_sent_today, len(status.roles))


def _as_call(result: object) -> CallResult:
    assert isinstance(result, CallResult), f"a modem answered a call with {type(result).__name__}"
    return result
