"""How one modem's answer becomes the outbox's record of a try.

Kept apart from the dispatcher's loop so the rules are read in one place: an
accepted SMS is ``sent`` (delivery comes later, from the status report); an
answered call is ``delivered`` only when the officer heard the instruction (the
recording played to its end; a call placed without an audio mode, as before),
else ``sent`` with what was heard: an alert only, a recording cut short, or the
operator's open line until the operator records the outcome (then ``delivered``
unless someone else answered); an unanswered or busy one is ``sent`` with its outcome; everything else is an error class for
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
from console.domain import CallHeard, EscalationState, OutboxStatus
from db.repositories.outbox import WITHDRAWN, AttemptResult, CallAudioOutcome
from modem.call_audio import AudioReport, Heard
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
    audio = heard_on_call(result.audio) if result.outcome is CallOutcome.ANSWERED else None
    if result.outcome is CallOutcome.ANSWERED:
        heard = audio is None or audio.heard is CallHeard.RECORDING  # an operator's line waits for the operator
        status = OutboxStatus.DELIVERED if heard else OutboxStatus.SENT
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
            details=_call_details(result),
            audio=audio,
        ),
    )


_HEARD = {Heard.OPERATOR: CallHeard.OPERATOR, Heard.RECORDING: CallHeard.RECORDING,
          Heard.RECORDING_CUT: CallHeard.RECORDING_CUT, Heard.ALERT_ONLY: CallHeard.ALERT_ONLY}


def heard_on_call(report: AudioReport | None) -> CallAudioOutcome | None:
    """What the officer heard on an answered call; None for a call placed without an audio mode."""
    if report is None or report.heard not in _HEARD:
        return None
    fallback = report.fallback.value if report.fallback is not None else None
    return CallAudioOutcome(report.used.value, _HEARD[report.heard], report.plays_completed, fallback)


def _call_details(result: CallResult) -> dict[str, Any]:
    details: dict[str, Any] = {"cause": result.cause} if result.cause is not None else {}
    report = result.audio
    if report is not None:  # the modem's whole account, for the record: who ended it, the module's refusal
        details["audio"] = {
            "requested": report.requested.value, "used": report.used.value, "heard": report.heard.value,
            "plays_requested": report.plays_requested, "plays_completed": report.plays_completed,
            "ended_by": report.ended_by.value if report.ended_by is not None else None,
            "player": report.player, "fallback": report.fallback.value if report.fallback is not None else None,
            "detail": report.detail,
        }
    return details
