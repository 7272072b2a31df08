"""Recording: how a finished try becomes the outbox's record, and the one failover policy.

A try that certainly wrote nothing (:attr:`SendOutcome.may_fail_over`: no prompt, offline, the cap, a ``+CMS ERROR``
refusal, a call the modem could not place) moves at once to the next fit free modem, within the same attempt. A try
that may have put the text on the air (TIMEOUT, PORT_LOST after the body was written) never does: it is recorded
``uncertain`` for an operator (:mod:`console.desk.retry`), so nothing reaches an officer twice by itself. Everything
else is recorded as it ended; a retry's time is written on the row (``next_attempt_at``), which is where the
dispatcher reads its schedule, so a restart keeps it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from console.desk.dispatch_jobs import Done, Job, Round
from console.desk.dispatch_modems import pick
from console.desk.dispatch_outcomes import SendOutcome
from console.desk.retry import Verdict, decide
from console.domain import OutboxStatus
from db.database import UnitOfWork
from db.errors import ConflictError
from db.repositories.outbox import AttemptResult, OutboxRecord

log = logging.getLogger(__name__)

_STATUS_OF = {Verdict.RETRY: OutboxStatus.QUEUED, Verdict.FAILED: OutboxStatus.FAILED,
              Verdict.UNCERTAIN: OutboxStatus.UNCERTAIN}


def record_finished(work: UnitOfWork, done: Done, round_: Round, *, at: datetime) -> None:
    """Record one finished try in its own savepoint: a row no longer ours is logged, the others still commit."""
    try:
        with work.session.begin_nested():
            _record_one(work, done, round_, at=at)
    except ConflictError as error:
        log.error("outbox %d: the outcome of attempt %d cannot be recorded: %s", done.job.claim.id,
                  done.job.claim.attempt_number, error)


def _record_one(work: UnitOfWork, done: Done, round_: Round, *, at: datetime) -> None:
    job, outcome = done.job, done.outcome
    if outcome.may_fail_over:
        failures = [*job.failures, f"{outcome.modem_name}: {outcome.error_class} {outcome.error}".strip()]
        successor = pick(job.claim, round_.free, job.tried)
        if successor is not None:
            log.warning("outbox %d: %s failed (%s); moving to %s", job.claim.id, outcome.modem_name,
                        outcome.error_class, successor.modem.name)
            successor.tried, successor.failures = list(job.tried), failures
            round_.free.remove(successor.modem)
            round_.jobs.append(successor)
            return
        job = replace(job, failures=failures)
    round_.settled.append(finish(work, job, outcome, at=at))


def finish(work: UnitOfWork, job: Job, outcome: SendOutcome, *, at: datetime) -> OutboxRecord:
    """Write how the try ended: its result as it stands, or what the retry policy decides for its error class."""
    claim = job.claim
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
    stored = work.outbox.finish_attempt(claim, result, at=at)
    log.log(logging.INFO if status is OutboxStatus.QUEUED else logging.WARNING,
            "outbox %d attempt %d: %s (%s) → %s", claim.id, claim.attempt_number, outcome.error_class,
            outcome.error, stored.status.value)
    return stored
