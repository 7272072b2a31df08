"""Every table model of the window passes Qt's model tester, with rows and after a reset."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from console.domain import ComplaintDraft, EscalationState, OutboxKind, OutboxStatus
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
from tests.ui.support import InMemoryService
from ui.calendar_dialog import CalendarTableModel
from ui.modem_table_models import IncomingTableModel, ModemTableModel, OutboxTableModel
from ui.officer_table_model import OfficerFilterProxy, OfficerTableModel
from ui.queue_table_model import COL_COUNTDOWN, QueueFilterProxy, QueueTableModel
from ui.row_table_model import ROW_ROLE, SORT_ROLE
from ui.timeline_table_model import TimelineTableModel


def logged_service(service: InMemoryService, cases: int = 6) -> InMemoryService:
    for index in range(cases):
        result = service.log_complaint(ComplaintDraft(index % 12 + 1, index + 1))
        if index % 2 and result.case_id is not None:
            service.instruct(result.case_id, service.case_detail(result.case_id).row.version)  # type: ignore[union-attr]
    return service


def test_queue_model_and_proxy(qtmodeltester, service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    logged_service(service)
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


def test_officer_model_and_proxy(qtmodeltester, service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    today = service.clock.now().date()
    from console.domain import AvailabilityStatus

    service.save_period(PeriodDraft(5, AvailabilityStatus.LEAVE, today, today + timedelta(days=3), 6))
    model = OfficerTableModel()
    model.set_rows(service.load_live_state().officers)
    qtmodeltester.check(model)
    proxy = OfficerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters("", AvailabilityStatus.LEAVE)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ROW_ROLE).officer_id == 5
    assert model.counts()[AvailabilityStatus.LEAVE] == 1


def test_modem_outbox_and_incoming_models(qtmodeltester, service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    now = service.clock.now()
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


def test_timeline_and_calendar_models(qtmodeltester, service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    logged_service(service, 2)
    case_id = next(iter(service.cases))
    timeline = TimelineTableModel()
    timeline.set_rows(service.case_detail(case_id).timeline)  # type: ignore[union-attr]
    qtmodeltester.check(timeline)
    calendar = CalendarTableModel()
    calendar.set_rows([CalendarEntry(date(2026, 12, 25), CalendarDayKind.GAZETTED_HOLIDAY, "Christmas Day", "क्रिसमस डे")])
    qtmodeltester.check(calendar)


@pytest.mark.parametrize("column", [COL_COUNTDOWN])
def test_queue_sort_keys_put_due_before_running(column: int, service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    logged_service(service)
    model = QueueTableModel(service.calendar)
    model.set_queue(service.load_live_state().queue, service.clock.now())
    keys = {model.row_at(r).state: model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())}
    assert keys[EscalationState.DUE] < keys[EscalationState.INSTRUCTED]


def test_a_case_already_lapsed_when_loaded_sorts_above_due_cases(service: InMemoryService, translations) -> None:  # type: ignore[no-untyped-def]
    from console.views import DeadlineKind

    logged_service(service)
    instructed = next(c for c in service.cases.values() if c.state is EscalationState.INSTRUCTED)
    service.set_deadline(instructed.case_id, DeadlineKind.CONFIRMATION, service.clock.now() - timedelta(minutes=2))
    model = QueueTableModel(service.calendar)
    model.set_queue(service.load_live_state().queue, service.clock.now())
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_COUNTDOWN)
    order = [proxy.index(r, 0).data(ROW_ROLE).case_id for r in range(proxy.rowCount())]
    assert order[0] == instructed.case_id
    assert proxy.index(1, 0).data(ROW_ROLE).state is EscalationState.DUE
