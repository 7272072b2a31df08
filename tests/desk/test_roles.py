"""Roles in the use cases: what an operator's or nobody's session is refused, who is recorded, who lost a race."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from console.accounts import Accounts, it_session
from console.audit import verify_record
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.domain import AvailabilityStatus, ComplaintDraft, EscalationState, UserRole
from console.passwords import Passwords
from console.window_interface import CalendarDraft, ActionOutcome, PeriodDraft
from console.sign_in import SignInProblem
from console.views import CalendarDayKind, ConfirmationSource, OperatorSession
from db.database import Database
from tests.desk.people import ADO, MLA, SDM, TEHSILDAR

OPERATOR = OperatorSession("ravi", "Ravi Kumar", UserRole.OPERATOR)
SUPERVISOR = OperatorSession("meena", "Meena Gupta", UserRole.SUPERVISOR)


def test_an_operator_is_refused_periods_roster_and_calendar_even_through_the_service(desk: Desk,
                                                                                     tmp_path: Path) -> None:
    service = DeskService(desk, OPERATOR)
    today = desk.clock.now().date()
    period = PeriodDraft(TEHSILDAR.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=2), ADO.id)
    assert service.save_period(period).outcome is ActionOutcome.PERMISSION_DENIED
    day = CalendarDraft(today + timedelta(days=30), CalendarDayKind.LOCAL_HOLIDAY, "Fair", "मेला")
    assert service.save_calendar_entry(day).outcome is ActionOutcome.PERMISSION_DENIED
    assert service.export_roster(tmp_path / "out.xlsx", lambda *_: None).outcome is ActionOutcome.PERMISSION_DENIED
    assert not (tmp_path / "out.xlsx").exists()
    assert DeskService(desk, SUPERVISOR).export_roster(tmp_path / "out.xlsx", lambda *_: None).outcome is ActionOutcome.OK
    assert service.import_roster(tmp_path / "out.xlsx", lambda *_: None).outcome is ActionOutcome.PERMISSION_DENIED
    with desk.database.reading() as work:
        assert work.calendar.list() == [] and desk.reload_roster().schedule.period_at(TEHSILDAR.id, desk.clock.now()) is None


def test_nobody_signed_in_is_refused_everything(desk: Desk) -> None:
    service = DeskService(desk, None)
    assert service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).outcome is ActionOutcome.PERMISSION_DENIED
    assert service.load_live_state().queue == ()


def test_every_event_records_the_signed_in_person_and_sign_out_is_recorded(desk: Desk, database: Database) -> None:
    accounts = Accounts(database, desk.clock, passwords=Passwords.cheap(), workstation="desk-3")
    accounts.create_first_admin(it_session("root"), "it.sharma", display_name="IT", password="Admin-password-1")
    accounts.add(it_session("root"), "ravi", role=UserRole.OPERATOR, display_name="Ravi Kumar",
                 password="Ravi-password-1")
    service = DeskService(desk, None, accounts=accounts, workstation="desk-3")
    assert service.sign_in("ravi", "wrong-password-x").problem is SignInProblem.WRONG_NAME_OR_PASSWORD
    assert service.sign_in("ravi", "Ravi-password-1").session == OPERATOR
    case_id = service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    service.sign_out()
    assert service.session is None
    assert {event.actor for event in desk.timeline(case_id)} == {"ravi"}
    assert verify_record(database).intact


def test_the_demo_switch_works_only_for_the_demos_people(desk: Desk, database: Database) -> None:
    with database.unit_of_work() as work:
        work.users.add("supervisor.meena", display_name="Meena", role=UserRole.SUPERVISOR, actor="t",
                       at=desk.clock.now())
        work.users.add("it.sharma", display_name="IT", role=UserRole.ADMIN, actor="t", at=desk.clock.now())
    service = DeskService(desk, None, demo_logins=("supervisor.meena",))
    assert [person.login for person in service.demo_sessions()] == ["supervisor.meena"]
    assert service.sign_in_as("it.sharma").session is None
    assert service.sign_in_as("supervisor.meena").session is not None
    assert DeskService(desk, None).demo_sessions() == ()


def test_the_operator_who_lost_a_race_is_told_who_won_and_what_the_case_is_now(desk: Desk) -> None:
    asha, ravi = DeskService(desk, SUPERVISOR), DeskService(desk, OPERATOR)
    case_id = asha.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    version = asha.load_live_state().queue[0].version
    assert asha.instruct(case_id, version).outcome is ActionOutcome.OK
    seen = ravi.load_live_state().queue[0].version
    assert asha.record_confirmation(case_id, seen, ConfirmationSource.REPRESENTATIVE).outcome is ActionOutcome.OK
    lost = ravi.cancel(case_id, seen, "the MLA withdrew")
    assert lost.outcome is ActionOutcome.STALE and lost.conflict is not None
    assert (lost.conflict.actor, lost.conflict.action, lost.conflict.state) == ("meena", "confirm",
                                                                                EscalationState.CONFIRMED)
    assert ravi.add_note(case_id, "MLA says thanks").outcome is ActionOutcome.OK  # a note never loses


def test_a_case_open_elsewhere_shows_who_has_it(desk: Desk) -> None:
    asha = DeskService(desk, SUPERVISOR, workstation="desk-1")
    ravi = DeskService(desk, OPERATOR, workstation="desk-2")
    case_id = asha.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    ravi.case_opened(case_id)
    assert asha.load_live_state().queue[0].open_by == ("Ravi Kumar",)
    assert ravi.load_live_state().queue[0].open_by == ()  # not shown to the desk that has it open
    ravi.case_left(case_id)
    assert asha.load_live_state().queue[0].open_by == ()
    ravi.case_opened(case_id)
    ravi.sign_out()
    assert asha.load_live_state().queue[0].open_by == ()


@pytest.mark.parametrize("minutes", [6])
def test_a_window_that_died_stops_showing_after_a_few_minutes(desk: Desk, minutes: int) -> None:
    asha = DeskService(desk, SUPERVISOR, workstation="desk-1")
    ravi = DeskService(desk, OPERATOR, workstation="desk-2")
    case_id = asha.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    ravi.case_opened(case_id)
    desk.clock.advance(timedelta(minutes=minutes))  # type: ignore[attr-defined]
    assert asha.load_live_state().queue[0].open_by == ()
