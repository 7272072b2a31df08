"""The alarm banner follows the live set of lapsed cases: a case confirmed before anyone acknowledged it leaves it,
and when none is left the banner goes (no "0 cases" flashing that F9 cannot clear)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.domain import EscalationState
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from ui.main_window import MainWindow


def test_a_lapsed_case_confirmed_before_acknowledgement_leaves_the_alarm(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = world.log(MLA.id, SDM.id), world.log(MP.id, TEHSILDAR.id)
    world.instruct(first)
    world.instruct(second)
    codes = {case_id: world.service.case_detail(case_id).row.case_code for case_id in (first, second)}  # type: ignore[union-attr]
    model = desk_window.queue_panel.model
    # Both rows as instructed (the window's reload after each action may still be on its way).
    qtbot.waitUntil(lambda: [row.state for row in model._rows] == [EscalationState.INSTRUCTED] * 2, timeout=5000)
    world.clock.advance(minutes=16)  # both callbacks are overdue
    desk_window.tick()
    banner = desk_window.queue_panel.banner
    assert desk_window.alarm.ringing and banner.isVisible()
    assert "2 case(s)" in banner.message.text()

    world.desk.receive_sms(sender=SDM.official_number, text=f"{codes[first]} OK", received_at=world.clock.now())
    qtbot.waitUntil(lambda: "1 case(s)" in banner.message.text(), timeout=5000)
    assert codes[second] in banner.message.text() and codes[first] not in banner.message.text()

    world.desk.receive_sms(sender=TEHSILDAR.official_number, text=f"{codes[second]} OK",
                           received_at=world.clock.now())
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    assert not desk_window.alarm.ringing
    qtbot.keyClick(desk_window.queue_panel.table, Qt.Key.Key_F9)  # nothing left to acknowledge, nothing stuck
    assert not banner.isVisible()
