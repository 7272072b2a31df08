"""Changes published on other threads reach the window through the Qt bridge."""

from __future__ import annotations

import threading

from console.domain import ComplaintDraft, EscalationState

from tests.ui.support import InMemoryService
from tests.ui.test_countdown import instructed_case
from ui.main_window import MainWindow


def run_in_thread(work) -> None:  # type: ignore[no-untyped-def]
    done = threading.Event()

    def target() -> None:
        work()
        done.set()

    threading.Thread(target=target, name="another-workstation").start()
    assert done.wait(5)


def test_a_complaint_logged_elsewhere_appears_in_the_queue(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.queue_panel.model.rowCount() == 0
    run_in_thread(lambda: service.log_complaint(ComplaintDraft(representative_id=6, officer_id=11)))
    qtbot.waitUntil(lambda: window.queue_panel.model.rowCount() == 1, timeout=3000)
    row = window.queue_panel.model.row_at(0)
    assert row.officer_id == 11 and row.state is EscalationState.DUE
    assert window.status.feed.text() == "data as of 11:00:00"  # when the data was read, not a counter


def test_an_sms_reply_confirms_the_case_on_screen(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = instructed_case(service)
    window.load_now()
    code = service.cases[case_id].code
    number = service.officers[service.cases[case_id].officer_id].official_number
    run_in_thread(lambda: service.receive_sms(number, f"ok {code.lower()} baat ho gayi"))
    model = window.queue_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).state is EscalationState.CONFIRMED, timeout=3000)
    incoming = window.modem_panel.incoming_model
    qtbot.waitUntil(lambda: incoming.rowCount() == 1, timeout=3000)
    assert incoming.row_at(0).case_code == code


def test_many_changes_coalesce_into_few_loads(window: MainWindow, service: InMemoryService, qtbot) -> None:  # type: ignore[no-untyped-def]
    loads: list[int] = []
    window.state_shown.connect(loads.append)

    def burst() -> None:
        for officer in range(1, 21):
            service.log_complaint(ComplaintDraft(representative_id=officer % 12 + 1, officer_id=officer))

    run_in_thread(burst)
    qtbot.waitUntil(lambda: window.queue_panel.model.rowCount() == 20, timeout=5000)
    assert len(loads) < 20
