"""Changes made on other threads and at other workstations reach the window through the change feed and the Qt
bridge (over the real desk service on SQLite)."""

from __future__ import annotations

import threading

from console.domain import ComplaintDraft, EscalationState
from tests.desk.people import DM, MLA, MP, OFFICERS, REPRESENTATIVES, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.test_countdown import instructed_case, shown_now
from ui.main_window import MainWindow


def run_in_thread(work, name: str = "another-workstation") -> None:  # type: ignore[no-untyped-def]
    done = threading.Event()

    def target() -> None:
        work()
        done.set()

    threading.Thread(target=target, name=name).start()
    assert done.wait(10)


def test_a_complaint_logged_elsewhere_appears_in_the_queue(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert desk_window.queue_panel.model.rowCount() == 0
    elsewhere = world.another_workstation()  # its writes reach this window only through the database's feed
    run_in_thread(lambda: elsewhere.log_complaint(ComplaintDraft(representative_id=MP.id, officer_id=TEHSILDAR.id)))
    qtbot.waitUntil(lambda: desk_window.queue_panel.model.rowCount() == 1, timeout=5000)
    row = desk_window.queue_panel.model.row_at(0)
    assert row.officer_id == TEHSILDAR.id and row.state is EscalationState.DUE and row.operator == "ravi"
    assert desk_window.status.feed.text() == "data as of 11:00:00"  # when the data was read, not a counter


def test_an_sms_reply_confirms_the_case_on_screen(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = instructed_case(world)
    shown_now(desk_window)
    code = world.code(case_id)
    number = next(o.official_number for o in OFFICERS if o.id == world.desk.case(case_id).officer_id)
    run_in_thread(lambda: world.desk.receive_sms(sender=number, text=f"ok {code.lower()}",
                                                 received_at=world.clock.now(), modem_name="modem-1"),
                  name="modem-1 reader")
    model = desk_window.queue_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).state is EscalationState.CONFIRMED, timeout=5000)
    incoming = desk_window.modem_panel.incoming_model
    qtbot.waitUntil(lambda: incoming.rowCount() == 1, timeout=5000)
    assert incoming.row_at(0).case_code == code


def test_many_changes_coalesce_into_few_loads(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    loads: list[int] = []
    desk_window.state_shown.connect(loads.append)
    pairs = [(REPRESENTATIVES[i % 4].id, OFFICERS[i % 7].id) for i in range(20)]  # twenty different pairs
    assert len(set(pairs)) == 20 and (MLA.id, DM.id) in pairs

    def burst() -> None:
        for representative_id, officer_id in pairs:
            assert world.service.log_complaint(ComplaintDraft(representative_id, officer_id)).succeeded

    run_in_thread(burst)
    qtbot.waitUntil(lambda: desk_window.queue_panel.model.rowCount() == 20, timeout=10000)
    assert len(loads) < 20
