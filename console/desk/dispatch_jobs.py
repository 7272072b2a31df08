"""What the dispatcher's pieces hand each other: a try in hand (a job), one round's findings, a finished try.

Shared by :mod:`console.desk.dispatch_claims` (which makes jobs), :mod:`console.desk.dispatch_sending` (which runs
them on a modem) and :mod:`console.desk.dispatch_recording` (which records how they ended).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from console.desk.dispatch_outcomes import SendOutcome
from console.domain import OutboxKind
from db.repositories.outbox import ClaimedMessage, OutboxRecord
from db.repositories.outbox_parts import SentPart
from modem.modem import Modem
from modem.pdu import count_parts


@dataclass
class Job:
    """One claimed row on its way through one modem (and, when nothing went, the next ones of the same attempt)."""

    claim: ClaimedMessage
    parts: int  # the SMS parts this try sends (those that did not go before)
    modem: Modem
    tried: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    accepted: list[SentPart] = field(default_factory=list)  # parts the modem accepted during this try


@dataclass
class Round:
    """What one round of the loop found and decided."""

    free: list[Modem]
    jobs: list[Job] = field(default_factory=list)  # to start once the round's transaction has committed
    settled: list[OutboxRecord] = field(default_factory=list)  # rows finished, to announce
    claimed: int = 0
    again: bool = False  # rows were settled without a modem: look again at once
    released: bool = False  # rows were handed back unsent: claim again at once


@dataclass(frozen=True)
class Done:
    job: Job
    outcome: SendOutcome


def parts_to_send(claim: ClaimedMessage) -> int:
    """The SMS parts a try sends: those that did not go before."""
    if claim.kind is not OutboxKind.SMS or not claim.body:
        return 0
    return count_parts(claim.body)[1] - len(claim.parts_went)


def missing_parts(claim: ClaimedMessage) -> list[int] | None:
    """The parts still to send when some went before; None to send the whole message."""
    if not claim.parts_went:
        return None
    return [number for number in range(1, count_parts(claim.body)[1] + 1) if number not in claim.parts_went]
