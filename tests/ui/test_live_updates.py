"""The window refreshes what changed: a case's change reads its queue row alone; one instruction, one reload."""

from __future__ import annotations

from console.views import LiveState
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from ui.main_window import MainWindow


def count_loads(world: World) -> list[int]:
    loads: list[int] = []
    load = world.service.load_live_state

    def counted() -> LiveState:
        loads.append(1)
        return load()

    world.service.load_live_state = counted  # type: ignore[method-assign]
    return loads


def queue_states(window: MainWindow) -> dict[int, str]:
    model = window.queue_panel.model
    return {model.row_at(row).case_id: model.row_at(row).state.value for row in range(model.rowCount())}


def test_a_case_logged_and_noted_shows_its_row_without_reloading_the_window(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    loads = count_loads(world)
    with qtbot.waitSignal(desk_window.cases_shown, timeout=5000) as shown:
        case_id = world.log(MLA.id, SDM.id)
    assert shown.args == [(case_id,)]
    assert queue_states(desk_window) == {case_id: "due"}
    with qtbot.waitSignal(desk_window.cases_shown, timeout=5000) as shown:
        assert world.service.add_note(case_id, "PA says he is in a meeting").succeeded
    assert shown.args == [(case_id,)]
    assert loads == []


def test_one_instruction_reloads_the_window_once(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: case_id in queue_states(desk_window), timeout=5000)
    loads = count_loads(world)
    with qtbot.waitSignal(desk_window.state_shown, timeout=5000):
        world.instruct(case_id)  # the case and its SMS and call, in one commit
    assert queue_states(desk_window)[case_id] == "instructed"
    with qtbot.waitSignal(desk_window.cases_shown, timeout=5000):  # whatever the instruction queued came before
        world.log(MP.id, TEHSILDAR.id)
    assert loads == [1]


def test_a_cancelled_case_leaves_the_queue_by_its_row_alone(desk_window: MainWindow, world: World, qtbot) -> None:  # type: ignore[no-untyped-def]
    kept = world.log(MP.id, TEHSILDAR.id)
    case_id = world.log(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: set(queue_states(desk_window)) == {kept, case_id}, timeout=5000)
    loads = count_loads(world)
    with qtbot.waitSignal(desk_window.cases_shown, timeout=5000) as shown:
        assert world.service.cancel(case_id, world.version(case_id), "logged twice by mistake").succeeded
    assert shown.args == [(case_id,)]
    assert queue_states(desk_window) == {kept: "due"}
    assert loads == []
