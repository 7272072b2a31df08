"""Claiming: one round takes, kind by kind, as many due rows as its free modems can take, and settles at once
those that must not go (the case no longer waits, the number left the register, every part already went).

A claimed row is ``sending`` in the database before a byte goes to a modem: that is the crash safety (a dispatcher
that dies leaves it so, and the next start turns it ``uncertain`` instead of sending it again).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from console.desk.dispatch_jobs import Job, Round, parts_to_send
from console.desk.dispatch_modems import no_modem, pick, takers
from console.desk.dispatch_outcomes import NOT_ON_REGISTER, SendOutcome, withdrawn
from console.desk.dispatch_recording import finish
from console.domain import OutboxKind, OutboxStatus
from console.phone import InvalidNumber, NumberRegister
from db.database import UnitOfWork
from db.repositories.outbox import AttemptResult, ClaimedMessage
from modem.modem import Modem

log = logging.getLogger(__name__)


def claim_round(
    work: UnitOfWork,
    round_: Round,
    *,
    worker: str,
    modems: Sequence[Modem],
    at: datetime,
    register: Callable[[], NumberRegister] | None,
) -> None:
    """Claim, kind by kind, as many rows as the round's free modems can take; the jobs go to ``round_.jobs``."""
    for kind in OutboxKind:
        free = takers(kind, round_.free, modems)
        if not free:
            continue
        asked = len(free)
        claims = work.outbox.claim(worker, at=at, limit=asked, kinds=[kind])
        for number, claim in enumerate(claims):
            if number >= asked:  # more than asked for: storage's mistake, handed straight back
                release(work, claim, at=at)
                round_.released = True
                continue
            refused = refusal(claim, register)
            job = None if refused else pick(claim, free, ())
            if job is None:
                outcome = refused or no_modem(claim, modems)
                round_.settled.append(finish(work, Job(claim, parts_to_send(claim), free[0]), outcome, at=at))
                round_.again = True  # the modem is still free for the next row
                continue
            round_.jobs.append(job)
            round_.claimed += 1
            free.remove(job.modem)
            round_.free.remove(job.modem)


def release(work: UnitOfWork, claim: ClaimedMessage, *, at: datetime) -> None:
    log.warning("outbox %d claimed beyond the one asked for; queued again at once", claim.id)
    work.outbox.finish_attempt(
        claim,
        AttemptResult(OutboxStatus.QUEUED, outcome="released", error="claimed beyond the free modems",
                      error_class="released", retry_at=at),
        at=at,
    )


def refusal(claim: ClaimedMessage, register: Callable[[], NumberRegister] | None) -> SendOutcome | None:
    """What settles a claim without a modem: the case no longer waits for a callback, or the number left the
    register since the row was queued (never send it); or every part went in a try that died (sent)."""
    if claim.case_state is not None and claim.case_state.withdraws_messages:
        log.info("outbox %d: case is %s; withdrawn, not sent", claim.id, claim.case_state.value)
        return withdrawn(claim.case_state)
    if claim.kind is OutboxKind.SMS and claim.parts_went and parts_to_send(claim) <= 0:
        return SendOutcome(claim.parts_modem, AttemptResult(
            OutboxStatus.SENT, modem_name=claim.parts_modem, outcome=OutboxStatus.SENT.value,
            details={"parts_sent_before": list(claim.parts_went)}))
    if register is None:
        return None
    try:
        register().check_dialable(claim.to_number)
    except InvalidNumber as error:
        return SendOutcome(None, None, NOT_ON_REGISTER, f"{claim.to_number}: {error.problem.value}")
    return None
