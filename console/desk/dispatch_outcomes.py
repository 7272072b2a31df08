"""How one modem's answer becomes the outbox's record of a try.

Kept apart from the dispatcher's loop so the rules are read in one place: an
accepted SMS is ``sent`` (delivery comes later, from the status report); an
answered call is ``delivered`` (the officer heard it), an unanswered or busy one
``sent`` with its outcome; everything else is an error class for
:mod:`console.desk.retry`, which says whether another modem may take it at once.
A long SMS cut after some parts went keeps its error class (the parts that went
are recorded, so a retry sends only the others, from the same SIM).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from console.desk.retry import NOTHING_WRITTEN, REFUSED_BY_NETWORK
from console.domain import EscalationState, OutboxStatus
from db.repositories.outbox import WITHDRAWN, AttemptResult
from modem.events import CallOutcome, CallResult, SmsResult

CALL_FAILED = "call_failed"
NOT_ON_REGISTER = "not_on_register"


@dataclass(frozen=True)
class SendOutcome:
    """A finished try: ``result`` when it settled the row, else the error class to decide on."""

    modem_name: str | None
    result: AttemptResult | None
    error_class: str = ""
    error: str = ""
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    accepted_parts: int = 0  # parts of a long SMS that went before the rest failed

    @property
    def may_fail_over(self) -> bool:
        """Nothing went on the air and another modem could do better: try the next one in the same attempt.

        Not once some parts went: the rest must come from the same SIM, or the phone cannot join them.
        """
        return self.result is None and self.accepted_parts == 0 and (
            self.error_class in NOTHING_WRITTEN or self.error_class in REFUSED_BY_NETWORK
            or self.error_class == CALL_FAILED)


def withdrawn(state: EscalationState) -> SendOutcome:
    """The claim found the case no longer waiting for a callback: nothing is sent, the row is cancelled."""
    return SendOutcome(None, AttemptResult(OutboxStatus.CANCELLED, outcome=WITHDRAWN, error=f"the case is {state.value}",
                                       error_class=WITHDRAWN))


def sms_outcome(result: SmsResult) -> SendOutcome:
    references = tuple(part.message_reference for part in result.parts if part.message_reference is not None)
    if result.accepted:
        return SendOutcome(
            result.modem,
            AttemptResult(OutboxStatus.SENT, modem_name=result.modem, outcome="sent", message_references=references),
        )
    error_class = result.error_class.value if result.error_class is not None else "unknown"
    codes = [part.cms_error for part in result.parts if part.cms_error is not None]
    error = f"+CMS ERROR: {codes[0]}" if codes else (result.detail or error_class)
    if references:  # some parts went out: they are recorded, and only the others are sent again
        error = f"{error} after {len(references)} of {len(result.parts)} parts"
    details = MappingProxyType({"parts": len(result.parts), "accepted_parts": len(references)})
    return SendOutcome(result.modem, None, error_class, error, details, accepted_parts=len(references))


def call_outcome(result: CallResult) -> SendOutcome:
    if result.outcome is CallOutcome.ANSWERED:
        status = OutboxStatus.DELIVERED
    elif result.outcome in (CallOutcome.NO_ANSWER, CallOutcome.BUSY) and not result.modem_fault:
        status = OutboxStatus.SENT
    else:
        error = result.detail or result.outcome.value
        if result.cause is not None:
            error = f"{error} (cause {result.cause})"
        return SendOutcome(result.modem, None, CALL_FAILED, error, MappingProxyType({"outcome": result.outcome.value}))
    return SendOutcome(
        result.modem,
        AttemptResult(
            status,
            modem_name=result.modem,
            outcome=result.outcome.value,
            ring_seconds=round(result.ring_seconds, 3),
            talk_seconds=round(result.talk_seconds, 3),
            details={"cause": result.cause} if result.cause is not None else {},
        ),
    )
