"""Sending: a claimed row handed to its modem's worker, each accepted part of a long SMS recorded as it goes, and
the modem's answer turned into a :class:`SendOutcome` (see :mod:`console.desk.dispatch_outcomes`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from console.desk.dispatch_jobs import Job, missing_parts
from console.desk.dispatch_outcomes import SendOutcome, call_outcome, sms_outcome
from console.domain import OutboxKind
from db.database import Database
from db.repositories.outbox_parts import SentPart
from modem.events import CallResult, PartAccepted, SmsResult

log = logging.getLogger(__name__)


def submit(
    job: Job,
    *,
    ring_seconds: float,
    talk_seconds: float,
    on_part: Callable[[Job, PartAccepted], None],
    on_done: Callable[[Job, SendOutcome], None],
) -> None:
    """Hand the job to its modem; ``on_part`` and ``on_done`` are called on the modem's worker."""
    claim, modem = job.claim, job.modem
    tag = str(claim.id)
    future: Future[Any]
    if claim.kind is OutboxKind.SMS:
        missing = missing_parts(claim)
        future = modem.submit_sms(claim.to_number, claim.body, tag=tag,
                                  concat_reference=claim.concat_reference if missing else None,
                                  only_parts=missing, on_part=lambda accepted: on_part(job, accepted))
    else:
        future = modem.submit_call(claim.to_number, ring_limit=ring_seconds, talk_limit=talk_seconds, tag=tag)
    log.debug("outbox %d (%s) attempt %d on %s", claim.id, claim.kind.value, claim.attempt_number, modem.name)
    future.add_done_callback(lambda done: on_done(job, outcome_of(job, done)))


def record_part(database: Database, job: Job, accepted: PartAccepted) -> None:
    """On the modem's worker, before it writes the next part: the part that went is recorded now (if the database
    fails, it is recorded with the try's outcome instead)."""
    part = accepted.part
    assert part.message_reference is not None
    sent = SentPart(part.sequence, part.total, accepted.concat_reference, accepted.modem, accepted.recipient,
                    part.message_reference, accepted.accepted_at)
    job.accepted.append(sent)
    try:
        with database.unit_of_work() as work:
            work.outbox.record_part(job.claim.id, sent)
    except Exception as error:
        log.warning("outbox %d: part %d of %d went, not recorded yet (%s)", job.claim.id, part.sequence,
                    part.total, error)


def outcome_of(job: Job, future: Future[Any]) -> SendOutcome:
    try:
        result = future.result()
    except Exception as error:  # the modem layer refused the input outright
        log.error("outbox %d: %s refused it: %s", job.claim.id, job.modem.name, error)
        return SendOutcome(job.modem.name, None, "invalid_text" if job.claim.kind is OutboxKind.SMS
                           else "invalid_number", str(error))
    return sms_outcome(result) if isinstance(result, SmsResult) else call_outcome(_as_call(result))


def _as_call(result: object) -> CallResult:
    assert isinstance(result, CallResult), f"a modem answered a call with {type(result).__name__}"
    return result
