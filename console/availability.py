"""Who is on duty, who is away, and whom to contact instead.

Periods are indexed per officer and sorted, so :meth:`AvailabilitySchedule.status_at`
is a binary search; :func:`who_to_contact` walks the alternates' chain and
stops on a loop. Decisions and problems are codes with parameters: the window
words them through ``tr()``; :meth:`ContactDecision.describe` is English for the
command line and the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from console.clock import ensure_utc
from console.domain import AvailabilityPeriod, AvailabilityStatus, Officer
from console.availability_schedule import AvailabilitySchedule
from console.availability_validation import PeriodFinding, PeriodProblem, validate_period
from console.availability_words import officer_label, until_words

__all__ = [
    "AvailabilitySchedule",
    "ChainEnd",
    "ContactDecision",
    "ContactStep",
    "PeriodFinding",
    "PeriodProblem",
    "validate_period",
    "who_to_contact",
]

log = logging.getLogger(__name__)


class ChainEnd(str, Enum):
    """Where the walk along the alternates ended (the window words it as a ContactReason of its own)."""

    AVAILABLE = "available"  # the officer asked for is on duty
    ALTERNATE = "alternate"  # away; the chain of alternates ends at an officer on duty
    NO_ALTERNATE = "no_alternate"  # someone on the chain is away and names no alternate
    UNKNOWN_ALTERNATE = "unknown_alternate"  # the alternate named is not on the roster
    CYCLE = "cycle"  # the alternates lead back to someone already asked
    UNKNOWN_OFFICER = "unknown_officer"


@dataclass(frozen=True)
class ContactStep:
    """One officer on the chain walked, and why the walk went on or stopped there."""

    officer_id: int
    status: AvailabilityStatus
    until: datetime | None = None  # end of the period, exclusive; None when on duty without a period
    alternate_officer_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ContactDecision:
    officer_id: int
    at: datetime
    reason: ChainEnd
    contact_officer_id: int | None  # None when nobody on the chain can be asked
    chain: tuple[ContactStep, ...]

    @property
    def redirected(self) -> bool:
        return self.contact_officer_id is not None and self.contact_officer_id != self.officer_id

    def describe(self, officers: Mapping[int, Officer]) -> str:
        """English for the command line and logs, e.g. "on leave until 14 Mar; alternate: SDM Sadar"."""
        if self.reason is ChainEnd.UNKNOWN_OFFICER:
            return f"officer {self.officer_id} is not on the roster"
        parts: list[str] = []
        for index, step in enumerate(self.chain):
            if step.status is AvailabilityStatus.ON_DUTY:
                if index == 0:
                    parts.append("on duty")
                break
            who = "" if index == 0 else officer_label(officers, step.officer_id) + " "
            phrase = who + _STATUS_WORDS[step.status]
            if step.note:
                phrase += f" ({step.note})"
            if step.until is not None:
                phrase += " " + until_words(step.until, self.at)
            if step.alternate_officer_id is None:
                parts.append(phrase + "; no alternate named")
            else:
                parts.append(phrase + "; alternate: " + officer_label(officers, step.alternate_officer_id))
        if self.reason is ChainEnd.UNKNOWN_ALTERNATE:
            parts.append("that alternate is not on the roster")
        elif self.reason is ChainEnd.CYCLE:
            loop = " → ".join(officer_label(officers, step.officer_id) for step in self.chain)
            parts.append(f"the alternates lead back round: {loop}")
        return "; ".join(parts)


_STATUS_WORDS = {
    AvailabilityStatus.ON_DUTY: "on duty",
    AvailabilityStatus.LEAVE: "on leave",
    AvailabilityStatus.TRAINING: "in training",
    AvailabilityStatus.OTHER: "away",
}


def who_to_contact(
    officer_id: int,
    at: datetime,
    periods: AvailabilitySchedule | Iterable[AvailabilityPeriod],
    officers: Container[int],
) -> ContactDecision:
    """Follow alternates from ``officer_id`` at ``at`` until someone is on duty.

    Pass a prebuilt :class:`AvailabilitySchedule` when asking often; ``officers``
    is anything that answers ``id in officers`` (a mapping by id will do).
    """
    at = ensure_utc(at)
    schedule = periods if isinstance(periods, AvailabilitySchedule) else AvailabilitySchedule(periods)
    if officer_id not in officers:
        return ContactDecision(officer_id, at, ChainEnd.UNKNOWN_OFFICER, None, ())
    chain: list[ContactStep] = []
    seen: set[int] = set()
    current = officer_id
    while True:
        seen.add(current)
        period = schedule.period_at(current, at)
        if period is None or period.status is AvailabilityStatus.ON_DUTY:
            chain.append(ContactStep(current, AvailabilityStatus.ON_DUTY))
            reason = ChainEnd.AVAILABLE if current == officer_id else ChainEnd.ALTERNATE
            return ContactDecision(officer_id, at, reason, current, tuple(chain))
        alternate = period.alternate_officer_id
        chain.append(ContactStep(current, period.status, period.ends_at, alternate, period.note))
        if alternate is None:
            return ContactDecision(officer_id, at, ChainEnd.NO_ALTERNATE, None, tuple(chain))
        if alternate not in officers:
            return ContactDecision(officer_id, at, ChainEnd.UNKNOWN_ALTERNATE, None, tuple(chain))
        if alternate in seen:
            log.warning("alternates of officer %s form a cycle at %s", officer_id, at.isoformat())
            return ContactDecision(officer_id, at, ChainEnd.CYCLE, None, tuple(chain))
        current = alternate
