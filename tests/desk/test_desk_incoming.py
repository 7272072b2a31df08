"""Confirmations that reach the center by themselves, and the ladder that runs when none comes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.confirmations import IncomingVerdict
from console.desk.desk import Desk
from console.desk.scheduler import LadderScheduler
from console.desk.settings import DeskSettings
from console.domain import EscalationState, OutboxKind
from console.lifecycle import Action
from db.codes import IncomingChannel
from db.database import Database
from db.repositories.escalations import EscalationRecord
from tests.desk.conftest import T0, machine_config, seed
from tests.desk.people import DM, MLA, MP, SDM, TEHSILDAR

S = EscalationState


def instructed(desk: Desk, representative_id: int = MLA.id, officer_id: int = SDM.id) -> EscalationRecord:
    record = desk.log_complaint(Complaint(representative_id, officer_id), actor="op1").record
    return desk.instruct(record.id, record.version, actor="op1").record


def incoming_rows(desk: Desk) -> list[tuple[IncomingChannel, str, int | None, int | None, bool]]:
    from db.models import IncomingMessage
    from sqlalchemy import select

    with desk.database.reading() as work:
        rows = work.session.execute(
            select(IncomingMessage.kind, IncomingMessage.sender, IncomingMessage.officer_id,
                   IncomingMessage.escalation_id, IncomingMessage.handled).order_by(IncomingMessage.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


@pytest.mark.parametrize("text", ["0001 ok", "HRD-0001 हाँ", "hrd 0001 OK", "०००१ हां"])
def test_the_officers_sms_reply_confirms_with_its_evidence(desk: Desk, clock: FakeClock, text: str) -> None:
    record = instructed(desk)
    clock.advance(minutes=3)
    handled = desk.receive_sms(sender="+91 94544 17502", text=text, received_at=clock.now(), modem_name="sms-1")
    assert handled.verdict is IncomingVerdict.CONFIRMED
    assert handled.case is not None and handled.case.state is S.CONFIRMED
    assert handled.case.confirmation_method == "sms_reply"
    assert handled.case.callback_at == clock.now()
    event = desk.timeline(record.id)[-1]
    assert (event.action, event.actor) == ("confirm", "system")
    assert event.details["method"] == "sms_reply" and event.details["evidence"] == text.strip()
    assert event.details["number"] == SDM.official_number
    assert incoming_rows(desk) == [(IncomingChannel.SMS, "+91 94544 17502", SDM.id, record.id, True)]


@pytest.mark.parametrize(
    ("sender", "text", "verdict"),
    [
        ("+919000000001", "0001 ok", IncomingVerdict.UNKNOWN_SENDER),
        ("+919838012345", "0001 ok", IncomingVerdict.NOT_AN_OFFICER),  # the MLA's own number
        ("+919454417502", "0001 not ok", IncomingVerdict.NOT_A_CONFIRMATION),
        ("+919454417502", "0002 ok", IncomingVerdict.NO_MATCHING_CASE),
        ("+919454417503", "0001 ok", IncomingVerdict.NO_MATCHING_CASE),  # another officer quoting the code
    ],
)
def test_anything_else_is_logged_and_confirms_nothing(
    desk: Desk, clock: FakeClock, sender: str, text: str, verdict: IncomingVerdict
) -> None:
    record = instructed(desk)
    handled = desk.receive_sms(sender=sender, text=text, received_at=clock.now(), modem_name="sms-1")
    assert handled.verdict is verdict and handled.case is None
    assert desk.case(record.id).state is S.INSTRUCTED
    rows = incoming_rows(desk)
    assert len(rows) == 1 and rows[0][1] == sender and rows[0][3] is None and rows[0][4]


def test_a_missed_call_from_the_instructed_officer_confirms(desk: Desk, clock: FakeClock) -> None:
    record = instructed(desk)
    clock.advance(minutes=5)
    handled = desk.receive_missed_call(number="+919454417502", rang_at=clock.now(), modem_name="voice-1")
    assert handled.verdict is IncomingVerdict.CONFIRMED
    assert handled.case is not None and handled.case.confirmation_method == "missed_call"
    details = desk.timeline(record.id)[-1].details  # the number as a value; the window words it
    assert details["number"] == "+919454417502" and details["evidence"] == ""


def test_a_missed_call_before_any_instruction_or_for_two_cases_confirms_nothing(
    desk: Desk, clock: FakeClock
) -> None:
    waiting = desk.log_complaint(Complaint(MLA.id, TEHSILDAR.id), actor="op1").record
    handled = desk.receive_missed_call(number=TEHSILDAR.official_number, rang_at=clock.now())
    assert handled.verdict is IncomingVerdict.NO_MATCHING_CASE
    assert desk.case(waiting.id).state is S.DUE
    first, second = instructed(desk, MLA.id, SDM.id), instructed(desk, MP.id, SDM.id)
    clock.advance(minutes=1)
    handled = desk.receive_missed_call(number=SDM.official_number, rang_at=clock.now())
    assert handled.verdict is IncomingVerdict.AMBIGUOUS and handled.detail == "HRD-0002, HRD-0003"
    assert {desk.case(first.id).state, desk.case(second.id).state} == {S.INSTRUCTED}
    by_sms = desk.receive_sms(sender=SDM.official_number, text="HRD-0003 OK", received_at=clock.now())
    assert by_sms.verdict is IncomingVerdict.CONFIRMED and by_sms.case is not None and by_sms.case.id == second.id


def test_the_scheduler_climbs_the_ladder_and_tells_the_superior(desk: Desk, clock: FakeClock) -> None:
    record = instructed(desk)
    scheduler = LadderScheduler(desk)
    assert scheduler.tick() == []
    assert scheduler.next_wake() == clock.now() + timedelta(minutes=15)
    clock.advance(minutes=15)
    steps = scheduler.tick()
    assert [step.action for step in steps] == [Action.RAISE_ALARM, Action.REINSTRUCT]
    reinstruction = steps[1].messages
    assert [row.kind for row in reinstruction] == [OutboxKind.SMS, OutboxKind.CALL]
    assert reinstruction[0].body.startswith("HRD-0001 दोबारा:")
    clock.advance(minutes=40)  # a late tick: the re-instruction happens now, and its window starts now
    assert [step.action for step in scheduler.tick()] == [Action.RAISE_ALARM, Action.REINSTRUCT]
    assert scheduler.next_wake() == T0 + timedelta(minutes=60)  # the round's hour runs out before the window
    clock.set(T0 + timedelta(minutes=60))
    steps = scheduler.tick()
    assert [step.action for step in steps] == [Action.ESCALATE]
    escalation = steps[-1].messages
    assert {row.to_number for row in escalation} == {DM.official_number}
    assert "उप जिलाधिकारी" in escalation[0].body and "HRD-0001" in escalation[0].body
    case = desk.case(record.id)
    assert case.state is S.ESCALATED and case.instruction_count == 3
    assert scheduler.next_wake() is None
    assert len(desk.outbox_of(record.id)) == 8


def test_a_refused_rung_is_reported_once_not_every_tick(
    database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    seed(database, clock.now())
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path, "")), clock)  # no center number
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    desk.instruct(record.id, record.version, actor="op1", channels=[OutboxKind.CALL])  # a call needs no SMS text
    scheduler = LadderScheduler(desk)
    clock.advance(minutes=15)
    steps = scheduler.tick()
    assert [step.action for step in steps] == [Action.RAISE_ALARM, Action.REINSTRUCT]
    assert steps[-1].record is None and steps[-1].problem == "message_refused:center_number_unset"
    assert scheduler.tick() == []
    assert desk.case(record.id).state is S.ALARM
    clock.advance(minutes=45)  # the round's hour is up: the superior is told, which needs the SMS too
    assert [(step.action, step.problem) for step in scheduler.tick()] == [
        (Action.ESCALATE, "message_refused:center_number_unset")
    ]
