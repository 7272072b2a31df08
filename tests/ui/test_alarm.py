"""A lapsed callback rings the alarm and flashes until an operator acknowledges it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from console.clock import FakeClock
from console.domain import ComplaintDraft, EscalationState

from tests.ui.support import InMemoryService
from tests.ui.test_countdown import instructed_case
from ui.main_window import MainWindow


def test_lapse_rings_rises_to_the_top_and_stops_on_acknowledge(window: MainWindow, service: InMemoryService, clock: FakeClock, sound, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = instructed_case(service)
    clock.advance(minutes=5)
    result = service.log_complaint(ComplaintDraft(representative_id=5, officer_id=9))  # instructed five minutes later
    assert result.case_id is not None
    service.instruct(result.case_id, service.case_detail(result.case_id).row.version)  # type: ignore[union-attr]
    window.load_now()
    window.timer.stop()
    panel = window.queue_panel
    assert not window.alarm.ringing and not panel.banner.isVisible()

    clock.advance(minutes=11)  # the first case's 15 minutes are over, the second's are not
    window.tick()
    assert window.alarm.ringing and sound.count == 1
    assert panel.banner.isVisible()
    assert "HRD-" in panel.banner.message.text() and service.cases[first].code in panel.banner.message.text()
    top = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert top.case_id == first

    window.tick()  # the same lapse does not ring twice
    assert sound.count == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_F9)
    assert not window.alarm.ringing and not panel.banner.isVisible()

    clock.advance(minutes=5)  # now the second case lapses too: a fresh alarm
    window.tick()
    assert sound.count == 2 and panel.banner.isVisible()
    assert service.cases[result.case_id].code in panel.banner.message.text()


def test_a_case_put_in_alarm_by_the_desk_rings(window: MainWindow, service: InMemoryService, sound, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = instructed_case(service)
    window.load_now()
    assert sound.count == 0
    service.set_state(case_id, EscalationState.ALARM)
    qtbot.waitUntil(lambda: window.alarm.ringing, timeout=3000)
    assert sound.count == 1
    qtbot.mouseClick(window.queue_panel.banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not window.alarm.ringing


def test_the_banner_flashes_while_unacknowledged(window: MainWindow, service: InMemoryService, clock: FakeClock, qtbot) -> None:  # type: ignore[no-untyped-def]
    instructed_case(service)
    window.load_now()
    clock.advance(timedelta(minutes=16))
    window.tick()
    banner = window.queue_panel.banner
    first = banner.styleSheet()
    qtbot.waitUntil(lambda: banner.styleSheet() != first, timeout=3000)
