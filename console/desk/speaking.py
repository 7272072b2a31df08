"""The operator's side of an instruction call answered on a modem in ``operator`` mode.

The modem tells the runtime the call was answered; the window asks here what to show (the officer, the case, whom
to call back) and, as the call goes on, reads the row again: ``ended`` once the dispatcher recorded the call.
"""

from __future__ import annotations

from datetime import datetime

from console.desk.desk import Desk
from console.desk.errors import DeskError, DeskProblem
from console.desk.records import short_code
from console.desk.window_rows import call_audio
from console.domain import OutboxKind, OutboxStatus, SpokenOutcome
from console.views import SpeakingCall
from db.errors import NotFoundError


def speaking_call(desk: Desk, outbox_id: int, answered_at: datetime | None) -> SpeakingCall | None:
    """None for a row that is no call, or is gone."""
    try:
        with desk.database.reading() as work:
            row = work.outbox.get(outbox_id)
    except NotFoundError:
        return None
    if row.kind is not OutboxKind.CALL:
        return None
    roster = desk.roster()
    officer = roster.officers.get(row.officer_id) if row.officer_id is not None else None
    code, person = "", None
    if row.escalation_id is not None:
        try:
            record = desk.case(row.escalation_id)
        except DeskError:
            record = None
        if record is not None:
            code = str(short_code(record))
            person = roster.representatives.get(record.representative_id)
    ended = row.status is not OutboxStatus.SENDING
    return SpeakingCall(
        outbox_id, row.escalation_id, code, officer.name_en if officer else "", officer.name_hi if officer else "",
        row.to_number, person.name_en if person else "", person.name_hi if person else "",
        person.registered_numbers[0] if person and person.registered_numbers else "",
        answered_at or row.updated_at, ended, row.talk_seconds if ended else None, call_audio(row),
    )


def record_spoken_outcome(desk: Desk, outbox_id: int, outcome: SpokenOutcome, *, actor: str) -> None:
    """The operator's one deliberate step after speaking; refused for a call still up or already recorded."""
    try:
        with desk.database.unit_of_work() as work:
            work.outbox.record_spoken_outcome(outbox_id, outcome, actor=actor, at=desk.clock.now())
    except NotFoundError as error:
        raise DeskError(DeskProblem.NOT_FOUND, str(error)) from None
