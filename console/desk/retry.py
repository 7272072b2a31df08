"""What the dispatcher does after a try: retry when, give up, or leave it to an operator.

The rule that shapes the table: a message must never reach an officer twice
without someone deciding so. A try that may have put the text on the air (no
answer after the body was written, the port lost during the send) is
``uncertain`` and waits for an operator; only tries that certainly wrote nothing
(no prompt, the modem offline, the SIM's cap, a ``+CMS ERROR`` refusal) are
retried by themselves, with a backoff that grows with the attempt number.
Error classes are the modem layer's codes as strings, so this module stays pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum
from types import MappingProxyType

from console.clock import IST, ensure_utc


class Verdict(str, Enum):
    RETRY = "retry"  # queue again at ``retry_at``
    FAILED = "failed"  # give up: the operator may retry by hand
    UNCERTAIN = "uncertain"  # it may have gone: an operator decides


@dataclass(frozen=True)
class RetryRule:
    max_attempts: int | None  # None: as often as it takes (nothing is ever written)
    first_delay: timedelta
    factor: float = 2.0
    max_delay: timedelta = timedelta(minutes=30)
    until_next_day: bool = False  # the daily cap: nothing until midnight in India

    def delay(self, attempt: int) -> timedelta:
        grown = self.first_delay.total_seconds() * self.factor ** min(max(0, attempt - 1), 32)
        return min(timedelta(seconds=grown), self.max_delay)


NOTHING_WRITTEN = frozenset({"prompt_missing", "offline", "cap_reached", "no_modem"})
"""Classes after which another modem may take the message at once: not a byte of it went out."""

REFUSED_BY_NETWORK = frozenset({"retryable", "unknown", "vendor", "configuration"})
"""``+CMS ERROR`` answers: the modem or network refused the message; another SIM may do better."""

MAY_HAVE_GONE = frozenset({"timeout", "port_lost"})

RULES = MappingProxyType(
    {
        "retryable": RetryRule(5, timedelta(minutes=1)),  # congestion, no service: 38, 41, 42, 331, 332
        "unknown": RetryRule(3, timedelta(minutes=2)),  # 500 or a bare ERROR
        "vendor": RetryRule(3, timedelta(minutes=2)),
        "configuration": RetryRule(3, timedelta(minutes=5)),  # SIM or SMSC set-up: someone must fix the modem
        "prompt_missing": RetryRule(10, timedelta(seconds=30)),
        "offline": RetryRule(None, timedelta(seconds=30), max_delay=timedelta(minutes=5)),
        "no_modem": RetryRule(None, timedelta(seconds=30), max_delay=timedelta(minutes=5)),
        "cap_reached": RetryRule(None, timedelta(0), until_next_day=True),
        # a call the modem could not place (no network, no answer to ATD): the officer's phone never rang
        "call_failed": RetryRule(3, timedelta(minutes=1)),
    }
)
NEVER_RETRIED = frozenset({"internal", "rejected", "invalid_number", "invalid_text", "partial"})
"""Our own bug (304), the network refusing this message, input the modem will never take,
or a long message cut after some parts went out (a resend would repeat them): an operator decides."""


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    retry_at: datetime | None = None


def decide(error_class: str, attempt: int, at: datetime) -> Decision:
    """After try number ``attempt`` (1-based) ended with ``error_class`` at ``at``."""
    at = ensure_utc(at)
    if error_class in MAY_HAVE_GONE:
        return Decision(Verdict.UNCERTAIN)
    rule = RULES.get(error_class)
    if rule is None or error_class in NEVER_RETRIED:
        return Decision(Verdict.FAILED)
    if rule.max_attempts is not None and attempt >= rule.max_attempts:
        return Decision(Verdict.FAILED)
    if rule.until_next_day:
        return Decision(Verdict.RETRY, next_day_in_india(at))
    return Decision(Verdict.RETRY, at + rule.delay(attempt))


def next_day_in_india(at: datetime) -> datetime:
    local = ensure_utc(at).astimezone(IST)
    midnight = datetime(local.year, local.month, local.day, tzinfo=IST) + timedelta(days=1)
    return midnight.astimezone(timezone.utc)
