"""Confirmation of the callback, three ways, each an event with its evidence.

The operator records it after hearing from the representative or the officer;
the officer replies to the instruction SMS with the case code; or the officer
gives a missed call to a center modem from a registered number after being
instructed. Every SMS and call that reaches the center is logged in the
incoming table first, matched or not: an unknown sender, an unreadable reply or
a missed call that could mean two cases confirms nothing, and the operator sees
it in the incoming list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.clock import ensure_utc
from console.desk.context import DeskContext
from console.desk.errors import DeskError, DeskProblem
from console.desk.records import short_code
from console.desk.settings import SYSTEM_ACTOR
from console.domain import EscalationState
from console.lifecycle import Action, allowed_actions
from console.lifecycle_commands import AttemptParty, Confirm, ConfirmationMethod
from console.phone import InvalidNumber, parse_number
from db.codes import IncomingChannel
from db.database import UnitOfWork
from db.repositories.escalations import EscalationRecord

log = logging.getLogger(__name__)

AWAITING_CALLBACK = frozenset({EscalationState.INSTRUCTED, EscalationState.ALARM, EscalationState.ESCALATED})


class IncomingVerdict(str, Enum):
    CONFIRMED = "confirmed"
    UNKNOWN_SENDER = "unknown_sender"  # not on the register
    NOT_AN_OFFICER = "not_an_officer"  # a representative's number: caller ID, not a confirmation
    NOT_A_CONFIRMATION = "not_a_confirmation"  # the text is not "<code> OK"; ``detail`` says why
    NO_MATCHING_CASE = "no_matching_case"  # none of the sender's open cases has that code or awaits a callback
    AMBIGUOUS = "ambiguous"  # a missed call while several of the officer's cases await a callback


@dataclass(frozen=True)
class IncomingHandled:
    incoming_id: int
    verdict: IncomingVerdict
    officer_id: int | None = None
    case: EscalationRecord | None = None  # the case confirmed
    detail: str = ""


STALE_RETRIES = 3


class ConfirmationCases:
    """The desk's use cases that confirm a callback: the operator's word, and what reaches the center's modems."""

    context: DeskContext

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
        context = self.context
        with context.database.unit_of_work() as work:
            record = context.load(work, case_id, version)
            return context.move(work, record, Confirm(method, evidence, callback_at, party), actor=actor).record

    def receive_sms(self, *, sender: str, text: str, received_at: datetime, modem_name: str = "") -> IncomingHandled:
        """Log an SMS that reached the center and confirm the case it names, if it is a reply that can."""
        return _retrying(lambda: _receive_sms(self.context, sender, text, received_at, modem_name, SYSTEM_ACTOR))

    def receive_missed_call(self, *, number: str, rang_at: datetime, modem_name: str = "") -> IncomingHandled:
        """A call to a center modem that nobody answered: from an instructed officer it confirms the callback."""
        return _retrying(lambda: _receive_missed_call(self.context, number, rang_at, modem_name, SYSTEM_ACTOR))


def _retrying(handle: Callable[[], IncomingHandled]) -> IncomingHandled:
    """A case moved by someone else meanwhile: read again, so the incoming message is never lost."""
    for attempt in range(STALE_RETRIES):
        try:
            return handle()
        except DeskError as error:
            if error.problem is not DeskProblem.STALE or attempt == STALE_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _receive_sms(
    context: DeskContext, sender: str, text: str, received_at: datetime, modem_name: str, actor: str
) -> IncomingHandled:
    roster = context.roster()
    received_at = ensure_utc(received_at)
    officer = roster.officer_by_number(sender)
    with context.database.unit_of_work() as work:
        incoming = work.incoming.record(
            IncomingChannel.SMS, sender=sender, received_at=received_at, text=text, modem_name=modem_name
        )
        if officer is None:
            verdict = IncomingVerdict.NOT_AN_OFFICER if roster.register.identify(sender) else IncomingVerdict.UNKNOWN_SENDER
            return _ignored(work, context, incoming.id, verdict)
        reply = context.reply_reader.read(text)
        if not reply.confirms:
            return _ignored(work, context, incoming.id, IncomingVerdict.NOT_A_CONFIRMATION, officer.id, reply.verdict.value)
        matching = [
            record
            for record in work.escalations.open_cases_of_officer(officer.id)
            if short_code(record).number == reply.number and Action.CONFIRM in allowed_actions(record.state)
        ]
        if len(matching) != 1:
            verdict = IncomingVerdict.AMBIGUOUS if matching else IncomingVerdict.NO_MATCHING_CASE
            return _ignored(work, context, incoming.id, verdict, officer.id, f"case number {reply.number}")
        return _confirmed(work, context, incoming.id, matching[0], ConfirmationMethod.SMS_REPLY, text.strip(),
                          _e164(sender), received_at, actor)


def _receive_missed_call(
    context: DeskContext, number: str, rang_at: datetime, modem_name: str, actor: str
) -> IncomingHandled:
    roster = context.roster()
    rang_at = ensure_utc(rang_at)
    officer = roster.officer_by_number(number) if number else None
    with context.database.unit_of_work() as work:
        incoming = work.incoming.record(IncomingChannel.CALL, sender=number, received_at=rang_at, modem_name=modem_name)
        if officer is None:
            verdict = IncomingVerdict.NOT_AN_OFFICER if roster.register.identify(number) else IncomingVerdict.UNKNOWN_SENDER
            return _ignored(work, context, incoming.id, verdict)
        awaiting = [
            record
            for record in work.escalations.open_cases_of_officer(officer.id)
            if record.state in AWAITING_CALLBACK
            and record.last_instructed_at is not None
            and record.last_instructed_at <= rang_at
        ]
        if len(awaiting) != 1:
            verdict = IncomingVerdict.AMBIGUOUS if awaiting else IncomingVerdict.NO_MATCHING_CASE
            codes = ", ".join(str(short_code(record)) for record in awaiting)
            return _ignored(work, context, incoming.id, verdict, officer.id, codes)
        return _confirmed(work, context, incoming.id, awaiting[0], ConfirmationMethod.MISSED_CALL, "",
                          _e164(number), rang_at, actor)


def _confirmed(
    work: UnitOfWork,
    context: DeskContext,
    incoming_id: int,
    record: EscalationRecord,
    method: ConfirmationMethod,
    evidence: str,
    number: str,
    at: datetime,
    actor: str,
) -> IncomingHandled:
    """``evidence`` is the reply as the officer wrote it; ``number`` whom it came from (the window words both)."""
    callback_at = min(at, context.clock.now())
    try:
        moved = context.move(work, record, Confirm(method, evidence, callback_at, number=number), actor=actor)
    except DeskError as error:
        if error.problem is not DeskProblem.INVALID:
            raise
        moved = context.move(work, record, Confirm(method, evidence, number=number), actor=actor)  # a stamp before the call itself
    work.incoming.resolve(incoming_id, at=context.clock.now(), officer_id=record.officer_id, escalation_id=record.id)
    log.info("case %s confirmed by %s", record.case_code, method.value)
    return IncomingHandled(incoming_id, IncomingVerdict.CONFIRMED, record.officer_id, moved.record)


def _e164(number: str) -> str:
    try:
        return parse_number(number, allow_foreign=True).e164
    except InvalidNumber:
        return number


def _ignored(
    work: UnitOfWork,
    context: DeskContext,
    incoming_id: int,
    verdict: IncomingVerdict,
    officer_id: int | None = None,
    detail: str = "",
) -> IncomingHandled:
    work.incoming.resolve(incoming_id, at=context.clock.now(), officer_id=officer_id)
    log.info("incoming %d ignored: %s %s", incoming_id, verdict.value, detail)
    return IncomingHandled(incoming_id, verdict, officer_id, None, detail)
