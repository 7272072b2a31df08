"""Closing, cancelling, reopening, notes and the operators' own phone calls: each one event on the case."""

from __future__ import annotations

from datetime import datetime

from console.desk.context import DeskContext
from console.domain import OutboxKind
from console.lifecycle_commands import (
    AddNote,
    AttemptOutcome,
    AttemptParty,
    AttemptRoute,
    Cancel,
    Close,
    Command,
    RecordAttempt,
    Reopen,
)
from console.phone import InvalidNumber, parse_number
from console.desk.errors import DeskError, DeskProblem
from db.repositories.escalations import EscalationRecord


class CaseActions:
    """The desk's use cases that add one event to a case (:class:`~console.desk.desk.Desk`)."""

    context: DeskContext

    def close(self, case_id: int, version: int | None, *, actor: str, note: str = "") -> EscalationRecord:
        return _move(self.context, case_id, version, Close(note), actor)

    def cancel(self, case_id: int, version: int | None, *, actor: str, reason: str) -> EscalationRecord:
        return _move(self.context, case_id, version, Cancel(reason), actor)

    def reopen(self, case_id: int, version: int | None, *, actor: str, reason: str) -> EscalationRecord:
        return _move(self.context, case_id, version, Reopen(reason), actor)

    def add_note(self, case_id: int, *, actor: str, text: str) -> EscalationRecord:
        """A note never conflicts with another operator's change, so it takes no version."""
        return _move(self.context, case_id, None, AddNote(text), actor)

    def record_manual_call(
        self,
        case_id: int,
        *,
        actor: str,
        party: AttemptParty,
        number: str,
        outcome: AttemptOutcome,
        at: datetime,
        note: str = "",
    ) -> EscalationRecord:
        """A call an operator made from a center smartphone, kept as an attempt like the modems' own."""
        try:
            e164 = parse_number(number).e164
        except InvalidNumber as error:
            raise DeskError(DeskProblem.INVALID, f"number {number!r}: {error.problem.value}", code="number") from None
        command = RecordAttempt(party, OutboxKind.CALL, AttemptRoute.SMARTPHONE, outcome, at, e164, note)
        return _move(self.context, case_id, None, command, actor)


def _move(context: DeskContext, case_id: int, version: int | None, command: Command, actor: str) -> EscalationRecord:
    with context.database.unit_of_work() as work:
        record = context.load(work, case_id, version)
        return context.move(work, record, command, actor=actor).record
