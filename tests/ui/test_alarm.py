"""A lapsed callback rings the alarm and flashes until an operator acknowledges it (over the real desk service)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from console.desk.engine_events import StepTaken
from console.desk.scheduler import LadderScheduler
from console.lifecycle import Action
from console.domain import EscalationState
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.test_countdown import instructed_case, shown_now
from ui.main_window import MainWindow


def test_lapse_rings_rises_to_the_top_and_stops_on_acknowledge(desk_window: MainWindow, world: World, sound, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = instructed_case(world)
    world.clock.advance(minutes=5)
    second = world.instructed(MP.id, TEHSILDAR.id)  # instructed five minutes later
    shown_now(desk_window)
    panel = desk_window.queue_panel
    assert not desk_window.alarm.ringing and not panel.banner.isVisible()

    world.clock.advance(minutes=11)  # the first case's 15 minutes are over, the second's are not
    desk_window.tick()
    assert desk_window.alarm.ringing and sound.count == 1
    assert panel.banner.isVisible()
    assert "HRD-" in panel.banner.message.text() and world.code(first) in panel.banner.message.text()
    top = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert top.case_id == first

    desk_window.tick()  # the same lapse does not ring twice
    assert sound.count == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_F9)
    assert not desk_window.alarm.ringing and not panel.banner.isVisible()

    world.clock.advance(minutes=5)  # now the second case lapses too: a fresh alarm
    desk_window.tick()
    assert sound.count == 2 and panel.banner.isVisible()
    assert world.code(second) in panel.banner.message.text()


def test_a_case_put_in_alarm_by_the_desk_rings(desk_window: MainWindow, world: World, sound, qtbot) -> None:  # type: ignore[no-untyped-def]
    context = world.desk.context  # a district whose operators re-instruct after an alarm (else the ladder does at once)
    context.settings = replace(context.settings, policy=replace(context.settings.policy, auto_reinstruct=False))
    case_id = instructed_case(world)
    shown_now(desk_window)
    assert sound.count == 0
    world.clock.advance(minutes=16)  # the window does not tick: the desk's ladder raises the alarm
    ladder = LadderScheduler(world.desk)
    taken: list[StepTaken] = []
    climbed = threading.Thread(target=lambda: taken.extend(ladder.tick()), name="ladder")  # its own thread
    climbed.start()
    climbed.join(10)
    assert [step.action for step in taken] == [Action.RAISE_ALARM]
    assert world.desk.case(case_id).state is EscalationState.ALARM
    qtbot.waitUntil(lambda: desk_window.alarm.ringing, timeout=5000)  # the change feed brought the alarm
    assert sound.count == 1
    qtbot.mouseClick(desk_window.queue_panel.banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not desk_window.alarm.ringing


def test_the_banner_flashes_while_unacknowledged(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    instructed_case(world)
    shown_now(desk_window)
    world.clock.advance(timedelta(minutes=16))
    desk_window.tick()
    banner = desk_window.queue_panel.banner
    first = banner.styleSheet()
    qtbot.waitUntil(lambda: banner.styleSheet() != first, timeout=3000)
