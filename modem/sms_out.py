"""Sending SMS-SUBMIT parts with ``AT+CMGS`` and retrying each part by its error class."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from types import MappingProxyType

from modem.channel import AtChannel, Response
from modem.config import Timing
from modem.errors import CommandTimeout, PortLost, PromptTimeout
from modem.events import PartResult, SmsErrorClass
from modem.lines import Final
from modem.pdu import SubmitPart
from modem.replies import parse_message_reference

log = logging.getLogger(__name__)

RETRY_CODES = frozenset({38, 41, 42, 331, 332})
CONFIGURATION_CODES = frozenset({310, 311, 312, 313, 314, 315, 316, 322, 330})
INTERNAL_CODES = frozenset({304})
UNKNOWN_CODE = 500
VENDOR_FLOOR = 512

# Attempts on the same modem per class; classes not listed get one.
ATTEMPTS = MappingProxyType(
    {
        SmsErrorClass.RETRYABLE: 3,
        SmsErrorClass.UNKNOWN: 3,
        SmsErrorClass.PROMPT_MISSING: 2,
    }
)
# Classes that say something about the modem's health rather than the message.
MODEM_FAULT_CLASSES = frozenset(
    {
        SmsErrorClass.UNKNOWN,
        SmsErrorClass.VENDOR,
        SmsErrorClass.CONFIGURATION,
        SmsErrorClass.PROMPT_MISSING,
        SmsErrorClass.TIMEOUT,
    }
)

Pause = Callable[[float], bool]  # waits, returns False when the modem is stopping


def classify_cms_error(code: int | None) -> SmsErrorClass:
    """MODEM.md's classes of ``+CMS ERROR: <n>``."""
    if code is None or code == UNKNOWN_CODE:
        return SmsErrorClass.UNKNOWN
    if code in RETRY_CODES:
        return SmsErrorClass.RETRYABLE
    if code in CONFIGURATION_CODES:
        return SmsErrorClass.CONFIGURATION
    if code in INTERNAL_CODES:
        return SmsErrorClass.INTERNAL
    if code > VENDOR_FLOOR:
        return SmsErrorClass.VENDOR
    return SmsErrorClass.REJECTED


def _classify_reply(response: Response) -> SmsErrorClass:
    final = response.final.final
    if final is Final.CMS_ERROR:
        return classify_cms_error(response.final.code)
    if final is Final.CME_ERROR and response.final.code in (10, 11, 12, 13, 14, 15, 16):
        return SmsErrorClass.CONFIGURATION  # the SIM, reported in 27.007 terms
    if final is Final.CME_ERROR and response.final.code == 30:
        return SmsErrorClass.RETRYABLE  # no network service
    return SmsErrorClass.UNKNOWN


def send_part(channel: AtChannel, part: SubmitPart, timing: Timing, pause: Pause) -> PartResult:
    """One part, retried on this modem as its error class allows; :class:`PortLost` propagates."""
    attempts = 0
    while True:
        attempts += 1
        code: int | None = None
        try:
            response = channel.command_with_prompt(
                f"AT+CMGS={part.tpdu_length}",
                part.pdu,
                prompt_timeout=timing.prompt_timeout,
                timeout=timing.send_timeout,
                escape_grace=timing.escape_grace,
            )
        except PromptTimeout:
            error = SmsErrorClass.PROMPT_MISSING
        except CommandTimeout:
            # The body went out; retrying here could send it twice, so the caller decides.
            return PartResult(part.sequence, part.total, None, SmsErrorClass.TIMEOUT, None, attempts)
        else:
            reference = _reference(response)
            if response.ok and reference is not None:
                return PartResult(part.sequence, part.total, reference, None, None, attempts)
            error = _classify_reply(response)
            code = response.final.code
        allowed = ATTEMPTS.get(error, 1)
        log.warning(
            "%s: part %d/%d refused (%s, code %s), attempt %d of %d",
            channel.name, part.sequence, part.total, error.value, code, attempts, allowed,
        )
        if attempts >= allowed or not pause(timing.retry_backoff * attempts):
            return PartResult(part.sequence, part.total, None, error, code, attempts)


def send_parts(
    channel: AtChannel,
    parts: Sequence[SubmitPart],
    timing: Timing,
    pause: Pause,
    on_accepted: Callable[[PartResult], None],
) -> list[PartResult]:
    """Every part in order; after a part fails for good the rest are not attempted (same error class)."""
    results: list[PartResult] = []
    for part in parts:
        try:
            result = send_part(channel, part, timing, pause)
        except PortLost:
            result = PartResult(part.sequence, part.total, None, SmsErrorClass.PORT_LOST, None, 1)
        results.append(result)
        if result.accepted:
            on_accepted(result)
            continue
        for rest in parts[len(results) :]:
            results.append(PartResult(rest.sequence, rest.total, None, result.error_class, None, 0))
        break
    return results


def _reference(response: Response) -> int | None:
    values = response.values("+CMGS:")
    return parse_message_reference(values[0]) if values else None
