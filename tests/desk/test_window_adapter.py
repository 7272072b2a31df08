"""The window's service over the desk and storage: what the operator window sees and does."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from console.events import CaseChanged
from console.availability import PeriodProblem
from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.roster_view import RosterView
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import AvailabilityStatus, ComplaintDraft, EscalationState, OutboxKind, OutboxStatus, UserRole
from console.window_interface import CalendarDraft, CalendarProblem, ManualCall, ActionOutcome, PeriodDraft
from console.lifecycle_commands import AttemptOutcome, AttemptParty
from console.lifecycle_deadlines import DeadlineKind
from console.views import (
    CalendarDayKind,
    CaseAction,
    ConfirmationSource,
    ContactReason,
    OperatorSession,
    TimelineEventKind,
)
from db.database import Database
from db.repositories.outbox import AttemptResult
from db.repositories.outbox_parts import SentPart
from tests.desk.conftest import T0, machine_config, seed
from tests.desk.people import ADO, BDO, MLA, MP, SDM, TEHSILDAR

SESSION = OperatorSession("asha", "Asha Verma", UserRole.SUPERVISOR)  # periods, the roster, the calendar too


@pytest.fixture
def service(desk: Desk) -> DeskService:
    return DeskService(desk, SESSION)


def test_a_logged_complaint_is_in_the_queue_with_its_short_code(service: DeskService) -> None:
    result = service.log_complaint(ComplaintDraft(MLA.id, SDM.id, note="urgent"))
    assert result.outcome is ActionOutcome.OK and result.case_code == "HRD-0001"
    (row,) = service.load_live_state().queue
    assert (row.case_id, row.case_code, row.state, row.operator) == (result.case_id, "HRD-0001",
                                                                     EscalationState.DUE, "asha")
    assert row.deadline_kind is None  # due: the center must act now
    again = service.log_complaint(ComplaintDraft(MLA.id, SDM.id))
    assert again.outcome is ActionOutcome.JOINED_OPEN_CASE and again.case_id == result.case_id


def test_instruct_then_the_case_detail_shows_its_timeline_and_buttons(service: DeskService) -> None:
    case_id = service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    version = service.load_live_state().queue[0].version
    assert service.instruct(case_id, version + 1).outcome is ActionOutcome.STALE
    assert service.instruct(case_id, version).outcome is ActionOutcome.OK
    detail = service.case_detail(case_id)
    assert detail is not None
    kinds = [entry.kind for entry in detail.timeline]
    assert kinds[:2] == [TimelineEventKind.LOGGED, TimelineEventKind.INSTRUCTED]
    assert sorted(kinds[2:]) == sorted([TimelineEventKind.SMS, TimelineEventKind.CALL])
    assert CaseAction.RECORD_CONFIRMATION in detail.allowed_actions
    assert CaseAction.INSTRUCT not in detail.allowed_actions
    assert detail.row.deadline_kind is not None and detail.row.deadline_kind is DeadlineKind.CONFIRMATION
    assert detail.representative_number == MLA.registered_numbers[0]
    outbox = service.load_live_state().outbox
    assert {row.case_code for row in outbox} == {"HRD-0001"} and len(outbox) == 2


def test_an_officer_on_leave_offers_redirect_not_instruct(service: DeskService) -> None:
    case_id = service.log_complaint(ComplaintDraft(MLA.id, BDO.id)).case_id
    assert case_id is not None
    decision = service.availability_now(BDO.id)
    assert decision is not None and decision.reason is ContactReason.ALTERNATE_FOR_LEAVE
    assert decision.contact is not None and decision.contact.officer_id == ADO.id
    detail = service.case_detail(case_id)
    assert detail is not None
    assert CaseAction.REDIRECT in detail.allowed_actions and CaseAction.INSTRUCT not in detail.allowed_actions
    assert service.instruct(case_id, detail.row.version).outcome is ActionOutcome.NOT_ALLOWED
    redirected = service.redirect(case_id, detail.row.version)
    assert redirected.outcome is ActionOutcome.OK and redirected.case_id != case_id and redirected.case_code == "HRD-0002"


def test_confirmation_notes_calls_and_closing(service: DeskService, clock: FakeClock) -> None:
    case_id = service.log_complaint(ComplaintDraft(MP.id, TEHSILDAR.id)).case_id
    assert case_id is not None
    call = ManualCall(AttemptParty.OFFICER, TEHSILDAR.official_number, AttemptOutcome.NO_ANSWER,
                      clock.now() - timedelta(minutes=1))
    assert service.record_manual_call(case_id, call).outcome is ActionOutcome.OK
    assert service.add_note(case_id, "in a meeting").outcome is ActionOutcome.OK
    detail = service.case_detail(case_id)
    assert detail is not None
    result = service.record_confirmation(case_id, detail.row.version, ConfirmationSource.REPRESENTATIVE, "called back")
    assert result.outcome is ActionOutcome.OK
    detail = service.case_detail(case_id)
    assert detail is not None and detail.row.state is EscalationState.CONFIRMED
    manual = [entry for entry in detail.timeline if entry.kind is TimelineEventKind.MANUAL_CALL]
    assert manual[0].call_outcome is AttemptOutcome.NO_ANSWER and manual[0].party is AttemptParty.OFFICER
    assert service.close(case_id, detail.row.version, "done").outcome is ActionOutcome.OK
    assert service.load_live_state().queue == ()


def test_subscribers_hear_of_every_action_with_its_case(service: DeskService) -> None:
    heard: list[CaseChanged] = []
    unsubscribe = service.events.subscribe(CaseChanged, heard.append)
    revision = service.load_live_state().revision
    result = service.log_complaint(ComplaintDraft(MLA.id, SDM.id))
    assert heard == [CaseChanged(result.case_id)] and service.load_live_state().revision > revision
    unsubscribe()
    service.log_complaint(ComplaintDraft(MP.id, SDM.id))
    assert heard == [CaseChanged(result.case_id)]


def test_searches_find_officers_and_representatives_in_hindi(service: DeskService) -> None:
    assert service.search_officers("रमेश", 5)[0].officer_id == SDM.id
    assert service.search_representatives("विधायक", 5)[0].representative_id == MLA.id


def test_periods_are_checked_then_saved_and_the_roster_follows(service: DeskService) -> None:
    today = date(2026, 3, 9)
    bad = PeriodDraft(SDM.id, AvailabilityStatus.LEAVE, today + timedelta(days=3), today, ADO.id)
    assert service.validate_period(bad) == (PeriodProblem.ENDS_BEFORE_START,)
    overlap = PeriodDraft(BDO.id, AvailabilityStatus.TRAINING, today, today + timedelta(days=1), ADO.id)
    assert PeriodProblem.OVERLAPS_PERIOD in service.validate_period(overlap)
    good = PeriodDraft(SDM.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=2), ADO.id, "earned")
    assert service.save_period(good).outcome is ActionOutcome.OK
    decision = service.availability_now(SDM.id)
    assert decision is not None and decision.reason is ContactReason.ALTERNATE_FOR_LEAVE
    assert service.save_period(bad).outcome is ActionOutcome.INVALID


def test_each_period_problem_is_told_as_itself(service: DeskService) -> None:
    today = date(2026, 3, 9)
    other = PeriodDraft(SDM.id, AvailabilityStatus.OTHER, today, today, ADO.id, " ")
    assert service.validate_period(other) == (PeriodProblem.NOTE_REQUIRED,)
    unknown = PeriodDraft(SDM.id, AvailabilityStatus.LEAVE, today, today, 999)
    assert PeriodProblem.UNKNOWN_ALTERNATE in service.validate_period(unknown)
    assert PeriodProblem.UNKNOWN_OFFICER not in service.validate_period(unknown)
    past = PeriodDraft(SDM.id, AvailabilityStatus.LEAVE, today - timedelta(days=2), today - timedelta(days=1), None)
    assert service.validate_period(past) == (PeriodProblem.ENDS_IN_PAST,)


def test_a_local_holiday_saved_in_the_window_closes_the_desks_calendar(service: DeskService) -> None:
    day = date(2026, 3, 10)
    assert service.calendar.is_open(T0 + timedelta(days=1))
    draft = CalendarDraft(day, CalendarDayKind.LOCAL_HOLIDAY, "District fair", "ज़िला मेला")
    assert service.validate_calendar_entry(draft) == ()
    assert service.save_calendar_entry(draft).outcome is ActionOutcome.OK
    assert not service.calendar.is_open(T0 + timedelta(days=1))
    entry = service.holiday_on(day)
    assert entry is not None and entry.editable and entry.name_en == "District fair"
    assert any(e.kind is CalendarDayKind.GAZETTED_HOLIDAY for e in service.calendar_entries(2026))
    assert service.validate_calendar_entry(draft) == (CalendarProblem.DUPLICATE_DAY,)
    assert entry.entry_id is not None and service.delete_calendar_entry(entry.entry_id).outcome is ActionOutcome.OK
    assert service.calendar.is_open(T0 + timedelta(days=1))


def test_without_the_center_number_instruct_fails_with_its_reason(
    database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    seed(database, clock.now())
    service = DeskService(Desk(database, DeskSettings.for_district(machine_config(tmp_path, "")), clock), SESSION)
    case_id = service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    assert case_id is not None
    result = service.instruct(case_id, service.load_live_state().queue[0].version)
    assert result.outcome is ActionOutcome.FAILED and result.problems == ("center_number_unset",)


def test_the_roster_goes_out_to_a_workbook_and_back(service: DeskService, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    exported = service.export_roster(tmp_path / "roster.xlsx", lambda done, total: seen.append((done, total)))
    assert exported.outcome is ActionOutcome.OK and exported.rows > 0 and seen
    imported = service.import_roster(tmp_path / "roster.xlsx", lambda done, total: None)
    # The fixture's gram pradhan has no registered number: the workbook refuses what storage let in.
    assert imported.outcome is ActionOutcome.INVALID
    assert [(p.sheet, p.column, p.code) for p in imported.problems] == [("Representatives", "F", "missing_value")]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    assert service.import_roster(broken, lambda done, total: None).outcome in (ActionOutcome.INVALID, ActionOutcome.FAILED)


def test_the_first_screen_is_the_whole_state_but_the_officers_grid_and_reads_no_roster(
        service: DeskService, desk: Desk, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    first = service.log_complaint(ComplaintDraft(MLA.id, SDM.id, note="urgent")).case_id
    service.log_complaint(ComplaintDraft(MP.id, TEHSILDAR.id))
    assert first is not None
    assert service.instruct(first, service.load_live_state().queue[0].version).outcome is ActionOutcome.OK
    whole = service.load_live_state()
    assert whole.complete and whole.officers and whole.outbox
    starting = DeskService(Desk(desk.database, desk.settings, clock), SESSION)  # a window starting: nothing read yet
    reads: list[object] = []
    real_load = RosterView.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(RosterView, "load", classmethod(lambda cls, *a: reads.append(a) or real_load(cls, *a)))
    screen = starting.load_live_state(first_screen=True)
    assert reads == [] and not screen.complete and screen.officers == ()
    assert (screen.queue, screen.outbox, screen.incoming) == (whole.queue, whole.outbox, whole.incoming)
    assert screen.departments == whole.departments and screen.operators == whole.operators
    assert starting.load_live_state().officers == whole.officers and len(reads) == 1  # the rest, read once


def test_outbox_and_incoming_rows_read_alone_are_the_rows_the_whole_state_shows(
        service: DeskService, desk: Desk, clock: FakeClock) -> None:
    confirmed = service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_id
    other = service.log_complaint(ComplaintDraft(MP.id, TEHSILDAR.id)).case_id
    assert confirmed is not None and other is not None
    for case_id in (confirmed, other):
        version = next(row.version for row in service.load_live_state().queue if row.case_id == case_id)
        assert service.instruct(case_id, version).outcome is ActionOutcome.OK
    with desk.database.unit_of_work() as work:  # a call answered; then an SMS left uncertain with one part of two gone
        (call,) = work.outbox.claim("test", at=clock.now(), kinds=[OutboxKind.CALL])
        work.outbox.finish_attempt(call, AttemptResult(OutboxStatus.DELIVERED, modem_name="modem-2",
                                                       outcome="answered", talk_seconds=12.0), at=clock.now())
    clock.advance(seconds=30)
    now = clock.now()
    with desk.database.unit_of_work() as work:
        (sms,) = work.outbox.claim("test", at=now, kinds=[OutboxKind.SMS])
        work.outbox.record_part(sms.id, SentPart(1, 2, 201, "modem-1", sms.to_number, 17, now))
        work.outbox.mark_in_flight_uncertain(at=now, worker="test")
    clock.advance(minutes=3)
    code = service.log_complaint(ComplaintDraft(MLA.id, SDM.id)).case_code  # joins the open case: its code
    desk.receive_sms(sender=SDM.official_number, text=f"{code} OK", received_at=clock.now(), modem_name="modem-1")
    desk.receive_missed_call(number="+919812345678", rang_at=clock.now(), modem_name="modem-1")
    detail = service.case_detail(confirmed)
    assert detail is not None and service.close(confirmed, detail.row.version).outcome is ActionOutcome.OK

    whole = service.load_live_state()
    assert whole.list_limit == 200 and len(whole.outbox) == 4 and len(whole.incoming) == 2
    ids = (sms.id, call.id, 999)  # 999: no such row
    rows = service.outbox_rows(ids)
    assert rows == tuple(row for row in whole.outbox if row.outbox_id in ids)
    assert [(row.call_outcome, row.parts_went, row.case_code) for row in rows] == [
        (None, 1, code), (AttemptOutcome.ANSWERED, 0, code)]  # the latest change first, the closed case named
    incoming = service.incoming_rows(tuple(row.incoming_id for row in whole.incoming) + (999,))
    assert incoming == whole.incoming
    assert [(row.case_code, row.sender_name_en) for row in incoming] == [("", ""), (code, SDM.name_en)]
    assert service.outbox_rows(()) == () and service.incoming_rows((999,)) == ()
