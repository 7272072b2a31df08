"""The desk's use cases against real storage (SQLite and PostgreSQL), driven by a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from console.availability import ChainEnd
from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.errors import DeskError, DeskProblem
from console.desk.settings import DeskSettings
from console.domain import AvailabilityStatus, ContactChannel, EscalationState, OutboxKind, OutboxStatus
from console.lifecycle_commands import AttemptOutcome, AttemptParty
from db.database import Database
from tests.desk.conftest import T0, machine_config
from tests.desk.people import ADO, BDO, MLA, MP, SDM, TRAINEE

S = EscalationState


def test_a_complaint_logged_with_the_default_call_time_is_due_at_once(desk: Desk) -> None:
    logged = desk.log_complaint(Complaint(MLA.id, SDM.id, ContactChannel.MOBILE, note="urgent"), actor="op1")
    record = logged.record
    assert record.state is S.DUE
    assert record.representative_called_at == T0 - timedelta(minutes=10)
    assert str(logged.case_code) == "HRD-0001" and not logged.joined
    assert record.operator == "op1" and record.channel is ContactChannel.MOBILE
    assert [event.action for event in desk.timeline(record.id)] == ["log"]


def test_a_recent_call_waits_and_its_countdown_runs(desk: Desk, clock: FakeClock) -> None:
    logged = desk.log_complaint(Complaint(MLA.id, SDM.id, representative_called_at=T0 - timedelta(minutes=4)),
                                actor="op1")
    assert logged.record.state is S.WAITING
    assert logged.countdown is not None and logged.countdown.business_minutes_left == pytest.approx(6)
    assert logged.countdown.open_now and logged.countdown.resumes_at is None


def test_after_hours_the_case_is_recorded_and_its_clock_shows_when_it_resumes(desk: Desk, clock: FakeClock) -> None:
    clock.set(datetime(2026, 3, 9, 13, 0, tzinfo=timezone.utc))  # 18:30 IST, the office is closed
    logged = desk.log_complaint(Complaint(MP.id, SDM.id, representative_called_at=clock.now() - timedelta(minutes=5)),
                                actor="op1")
    assert logged.record.state is S.WAITING
    assert logged.countdown is not None
    assert not logged.countdown.open_now
    assert logged.countdown.resumes_at == datetime(2026, 3, 10, 4, 30, tzinfo=timezone.utc)  # 10:00 IST Tuesday
    assert logged.countdown.business_minutes_left == pytest.approx(10)
    assert logged.record.due_at == datetime(2026, 3, 10, 4, 40, tzinfo=timezone.utc)


def test_a_second_complaint_for_the_pair_joins_the_open_case(desk: Desk, clock: FakeClock) -> None:
    first = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1")
    clock.advance(minutes=3)
    second = desk.log_complaint(Complaint(MLA.id, SDM.id, note="called again"), actor="op2")
    assert second.joined and second.record.id == first.record.id
    assert second.record.complaint_count == 2
    events = desk.timeline(first.record.id)
    assert [(e.action, e.actor) for e in events] == [("log", "op1"), ("join", "op2")]
    assert events[1].details["note"] == "called again"
    other = desk.log_complaint(Complaint(MP.id, SDM.id), actor="op1")
    assert not other.joined and str(other.case_code) == "HRD-0002"


def test_a_complaint_needs_people_on_the_roster_and_a_call_in_the_past(desk: Desk, clock: FakeClock) -> None:
    with pytest.raises(DeskError) as missing:
        desk.log_complaint(Complaint(MLA.id, 999), actor="op1")
    assert missing.value.problem is DeskProblem.NOT_FOUND
    with pytest.raises(DeskError) as future:
        desk.log_complaint(Complaint(MLA.id, SDM.id, representative_called_at=T0 + timedelta(hours=1)), actor="op1")
    assert future.value.problem is DeskProblem.INVALID and future.value.code == "in_future"
    assert desk.open_cases() == []


def test_an_officer_on_leave_is_redirected_to_the_alternate_in_one_step(desk: Desk) -> None:
    logged = desk.log_complaint(Complaint(MLA.id, BDO.id), actor="op1")
    decision = desk.availability(BDO.id)
    assert decision.reason is ChainEnd.ALTERNATE and decision.contact_officer_id == ADO.id
    redirected = desk.redirect(logged.record.id, logged.record.version, actor="op1")
    assert redirected.record.state is S.REDIRECTED
    assert redirected.record.redirected_to_officer_id == ADO.id
    assert (redirected.alternate.name_en, redirected.alternate.designation_en) == (ADO.name_en, ADO.designation_en)
    assert redirected.alternate.official_number == ADO.official_number
    event = desk.timeline(logged.record.id)[-1]
    assert event.details["status"] == AvailabilityStatus.LEAVE.value and event.details["alternate_officer_id"] == ADO.id
    alternate_case = redirected.alternate_case
    assert alternate_case is not None and alternate_case.record.officer_id == ADO.id
    assert alternate_case.record.state is S.WAITING  # the representative calls the alternate now
    first = desk.timeline(alternate_case.record.id)[0]  # a code, not English words: the window words it
    assert first.details["redirected_from"] == "HRD-0001" and alternate_case.record.note == ""


def test_redirect_refuses_an_officer_on_duty_and_an_absence_without_alternate(desk: Desk) -> None:
    on_duty = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    with pytest.raises(DeskError) as available:
        desk.redirect(on_duty.id, on_duty.version, actor="op1")
    assert available.value.problem is DeskProblem.OFFICER_AVAILABLE
    training = desk.log_complaint(Complaint(MLA.id, TRAINEE.id), actor="op1").record
    with pytest.raises(DeskError) as nobody:
        desk.redirect(training.id, training.version, actor="op1")
    assert nobody.value.problem is DeskProblem.NO_ALTERNATE and nobody.value.code == "no_alternate"
    assert desk.case(training.id).state is S.DUE


def test_instruct_queues_a_call_and_an_sms_with_the_instruction(desk: Desk) -> None:
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    done = desk.instruct(record.id, record.version, actor="op1")
    assert done.record.state is S.INSTRUCTED
    sms, call = done.messages
    assert (sms.kind, call.kind) == (OutboxKind.SMS, OutboxKind.CALL)
    assert sms.to_number == call.to_number == SDM.official_number
    assert "HRD-0001 हाँ" in sms.body and "9838012345" in sms.body
    assert call.body == ""
    assert {sms.status, call.status} == {OutboxStatus.QUEUED}
    assert sms.idempotency_key == f"{record.case_code}:v{done.record.version}:instruct:sms"
    assert desk.outbox_of(record.id) == list(done.messages)
    assert done.record.confirm_by == T0 + timedelta(minutes=15)


def test_a_stale_version_changes_nothing(desk: Desk) -> None:
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    desk.log_complaint(Complaint(MLA.id, SDM.id, note="called again"), actor="op2")  # joins: a new version
    with pytest.raises(DeskError) as stale:
        desk.instruct(record.id, record.version, actor="op1")
    assert stale.value.problem is DeskProblem.STALE
    assert desk.outbox_of(record.id) == []


def test_without_the_center_number_instruct_refuses_and_writes_nothing(
    database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.desk.conftest import seed

    seed(database, clock.now())
    desk = Desk(database, DeskSettings.for_district(machine_config(tmp_path, "")), clock)
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    with pytest.raises(DeskError) as refused:
        desk.instruct(record.id, record.version, actor="op1")
    assert refused.value.problem is DeskProblem.MESSAGE_REFUSED
    assert refused.value.code == "center_number_unset"
    assert "center.number" in refused.value.detail
    assert desk.case(record.id).state is S.DUE and desk.outbox_of(record.id) == []
    call_only = desk.instruct(record.id, record.version, actor="op1", channels=[OutboxKind.CALL])
    assert [row.kind for row in call_only.messages] == [OutboxKind.CALL]


def test_close_cancel_and_reopen_need_reasons_and_leave_events(desk: Desk, clock: FakeClock) -> None:
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    record = desk.instruct(record.id, record.version, actor="op1").record
    clock.advance(minutes=4)
    record = desk.confirm(record.id, record.version, actor="op1", evidence="the MLA says he was called")
    assert record.state is S.CONFIRMED and record.callback_at == clock.now()
    record = desk.close(record.id, record.version, actor="op1", note="done")
    with pytest.raises(DeskError) as no_reason:
        desk.reopen(record.id, record.version, actor="op1", reason="  ")
    assert no_reason.value.problem is DeskProblem.INVALID
    record = desk.reopen(record.id, record.version, actor="op1", reason="the MLA was not called after all")
    assert record.state is S.DUE and record.reopen_count == 1
    record = desk.cancel(record.id, record.version, actor="op2", reason="withdrawn")
    assert record.state is S.CANCELLED and record.cancel_reason == "withdrawn"
    actions = [(e.action, e.from_state, e.to_state) for e in desk.timeline(record.id)]
    assert actions == [
        ("log", None, S.DUE),
        ("instruct", S.DUE, S.INSTRUCTED),
        ("confirm", S.INSTRUCTED, S.CONFIRMED),
        ("close", S.CONFIRMED, S.CLOSED),
        ("reopen", S.CLOSED, S.DUE),
        ("cancel", S.DUE, S.CANCELLED),
    ]


def test_an_operators_smartphone_call_is_recorded_as_an_attempt(desk: Desk, clock: FakeClock) -> None:
    record = desk.log_complaint(Complaint(MLA.id, SDM.id), actor="op1").record
    desk.record_manual_call(record.id, actor="op1", party=AttemptParty.OFFICER, number="094544-17502",
                            outcome=AttemptOutcome.BUSY, at=clock.now() - timedelta(minutes=1), note="line busy")
    event = desk.timeline(record.id)[-1]
    assert event.action == "record_attempt" and event.to_state is S.DUE
    assert event.details["number"] == SDM.official_number and event.details["route"] == "smartphone"
    assert event.details["outcome"] == "busy"
    with pytest.raises(DeskError) as bad:
        desk.record_manual_call(record.id, actor="op1", party=AttemptParty.OFFICER, number="*21*99#",
                                outcome=AttemptOutcome.BUSY, at=clock.now())
    assert bad.value.problem is DeskProblem.INVALID


def test_an_officer_away_is_not_instructed_unless_the_operator_insists(desk: Desk) -> None:
    record = desk.log_complaint(Complaint(MLA.id, BDO.id), actor="op1").record
    with pytest.raises(DeskError) as away:
        desk.instruct(record.id, record.version, actor="op1")
    assert away.value.problem is DeskProblem.OFFICER_AWAY and away.value.code == "alternate"
    assert desk.outbox_of(record.id) == []
    done = desk.instruct(record.id, record.version, actor="op1", even_if_away=True)
    assert done.record.state is S.INSTRUCTED
