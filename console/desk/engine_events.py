"""What the desk's engines did, as events on the desk's bus (:class:`console.events.EventBus`).

They carry the desk's own records (the outbox row as it now stands, the ladder's step, the incoming
message's verdict), so they live here and not in the pure :mod:`console.events`. Each is published on
the engine's own thread after its change committed: :class:`OutboxRowFinished` on the dispatcher's,
:class:`LadderStepTaken` on the ladder's, :class:`IncomingDecided` on the modem's that heard it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.desk.confirmations import IncomingHandled
from console.events import EngineReport
from console.lifecycle import Action
from db.repositories.escalations import EscalationRecord
from db.repositories.outbox import OutboxRecord


@dataclass(frozen=True)
class StepTaken:
    case_id: int
    case_code: str
    action: Action
    at: datetime
    record: EscalationRecord | None  # the case after the step; None when the step was refused
    messages: tuple[OutboxRecord, ...] = ()
    problem: str = ""  # why the step was refused, e.g. "message_refused:center_number_unset"


@dataclass(frozen=True)
class OutboxRowFinished(EngineReport):
    """The dispatcher recorded how a try of a row ended, or its delivery report: the row as it now stands."""

    record: OutboxRecord


@dataclass(frozen=True)
class LadderStepTaken(EngineReport):
    """The ladder moved a case one rung (or was refused: ``step.problem``), in the order of its tick."""

    step: StepTaken


@dataclass(frozen=True)
class IncomingDecided(EngineReport):
    """An incoming SMS or missed call was recorded and judged: what it confirmed, or why not."""

    handled: IncomingHandled
