"""Every table model of the window passes Qt's model tester, with rows and after a reset (rows read from the real
desk service on SQLite)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from console.domain import AvailabilityStatus, EscalationState, OutboxKind, OutboxStatus
from console.window_interface import PeriodDraft
from console.views import (
    CalendarDayKind,
    CalendarEntry,
    IncomingKind,
    IncomingRow,
    ModemRow,
    OutboxRow,
    RegistrationState,
    SimState,
)
from tests.desk.people import BDO, DM, OFFICERS, REPRESENTATIVES, SDM
from tests.ui.desk_window import World
from ui.calendar_dialog import CalendarTableModel
from ui.modem_table_models import IncomingTableModel, ModemTableModel, OutboxTableModel
from ui.officer_table_model import OfficerFilterProxy, OfficerTableModel
from ui.queue_table_model import COL_COUNTDOWN, QueueFilterProxy, QueueTableModel
from ui.row_table_model import ROW_ROLE, SORT_ROLE
from ui.timeline_table_model import TimelineTableModel


def logged(world: World, cases: int = 6) -> list[int]:
    """``cases`` complaints against the first officers, every second one (all on duty) instructed; their ids."""
    ids = []
    for index in range(cases):
        case_id = world.log(REPRESENTATIVES[index % 3].id, OFFICERS[index].id)  # the fourth has no number
        if index % 2:
            world.instruct(case_id)
        ids.append(case_id)
    return ids


def test_queue_model_and_proxy(qtmodeltester, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    logged(world)
    service = world.service
    state = service.load_live_state()
    model = QueueTableModel(service.calendar)
    model.set_queue(state.queue, service.clock.now())
    qtmodeltester.check(model)
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_COUNTDOWN)
    qtmodeltester.check(proxy)
    proxy.set_filters(EscalationState.INSTRUCTED, "", "")
    assert proxy.rowCount() == 3
    assert all(proxy.index(r, 0).data(ROW_ROLE).state is EscalationState.INSTRUCTED for r in range(3))
    model.set_queue((), service.clock.now())
    qtmodeltester.check(model)


def test_officer_model_and_proxy(qtmodeltester, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    world.sign_in_supervisor()  # the BDO is on leave already; a supervisor sends the DM on leave too
    today = world.clock.now().date()
    assert world.service.save_period(PeriodDraft(DM.id, AvailabilityStatus.LEAVE, today, today + timedelta(days=3),
                                                 SDM.id)).succeeded
    model = OfficerTableModel()
    model.set_rows(world.service.load_live_state().officers)
    qtmodeltester.check(model)
    proxy = OfficerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("", AvailabilityStatus.LEAVE)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    assert {proxy.index(row, 0).data(ROW_ROLE).officer_id for row in range(2)} == {DM.id, BDO.id}
    assert model.counts()[AvailabilityStatus.LEAVE] == 2


def test_modem_outbox_and_incoming_models(qtmodeltester, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    now = world.clock.now()
    modems = ModemTableModel()
    modems.set_rows([ModemRow("modem-1", True, -70, RegistrationState.HOME, SimState.READY, "BSNL", 3, 200)])
    qtmodeltester.check(modems)
    outbox = OutboxTableModel()
    outbox.set_rows(
        [OutboxRow(1, OutboxKind.SMS, OutboxStatus.FAILED, 9, "HRD-0009", "A", "अ", "+919454410001", "modem-1", 2, now, "CMS 500")]
    )
    qtmodeltester.check(outbox)
    assert outbox.needs_attention() == 1
    incoming = IncomingTableModel()
    incoming.set_rows([IncomingRow(1, IncomingKind.SMS, "+919454410001", now, "modem-1", None, text="OK")])
    qtmodeltester.check(incoming)


def test_timeline_and_calendar_models(qtmodeltester, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    _due, instructed = logged(world, 2)
    timeline = TimelineTableModel()
    timeline.set_rows(world.service.case_detail(instructed).timeline)  # type: ignore[union-attr]
    assert timeline.rowCount() >= 3  # logged, instructed, a call and an SMS queued
    qtmodeltester.check(timeline)
    calendar = CalendarTableModel()
    calendar.set_rows([CalendarEntry(date(2026, 12, 25), CalendarDayKind.GAZETTED_HOLIDAY, "Christmas Day", "क्रिसमस डे")])
    qtmodeltester.check(calendar)


@pytest.mark.parametrize("column", [COL_COUNTDOWN])
def test_queue_sort_keys_put_due_before_running(column: int, world: World, translations) -> None:  # type: ignore[no-untyped-def]
    logged(world)
    service = world.service
    model = QueueTableModel(service.calendar)
    model.set_queue(service.load_live_state().queue, service.clock.now())
    keys = {model.row_at(r).state: model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())}
    assert keys[EscalationState.DUE] < keys[EscalationState.INSTRUCTED]


def test_a_case_already_lapsed_when_loaded_sorts_above_due_cases(world: World, translations) -> None:  # type: ignore[no-untyped-def]
    instructed = set(logged(world)[1::2])
    world.clock.advance(minutes=17)  # the instructed cases' callbacks are two minutes overdue
    logged(world, 1)  # and a complaint is logged now
    service = world.service
    model = QueueTableModel(service.calendar)
    model.set_queue(service.load_live_state().queue, service.clock.now())
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_COUNTDOWN)
    order = [proxy.index(r, 0).data(ROW_ROLE).case_id for r in range(proxy.rowCount())]
    assert set(order[:3]) == instructed
    assert proxy.index(3, 0).data(ROW_ROLE).state is EscalationState.DUE


def test_a_reload_sorts_the_queue_and_the_officers_again_without_a_second_sort(world: World, translations) -> None:  # type: ignore[no-untyped-def]
    """The panels no longer call ``invalidate()`` after a reload (the model's reset has the proxy sort again): rows
    arriving in another order come out in the order of their sort keys."""
    logged(world)
    state = world.service.load_live_state()
    queue = QueueTableModel(world.service.calendar)
    queue_proxy = QueueFilterProxy()
    queue_proxy.setSourceModel(queue)
    queue_proxy.sort(COL_COUNTDOWN)
    officers = OfficerTableModel()
    officers_proxy = OfficerFilterProxy()
    officers_proxy.setSourceModel(officers)
    officers_proxy.sort(0)
    for rows, officer_rows in ((state.queue, state.officers), (state.queue[::-1], state.officers[::-1])):
        queue.set_queue(rows, world.service.clock.now())
        officers.set_rows(officer_rows)
        keys = [queue_proxy.index(r, COL_COUNTDOWN).data(SORT_ROLE) for r in range(queue_proxy.rowCount())]
        names = [str(officers_proxy.index(r, 0).data()) for r in range(officers_proxy.rowCount())]  # by name
        assert len(keys) == len(rows) and keys == sorted(keys)
        assert len(names) == len(officer_rows) and names == sorted(names)
