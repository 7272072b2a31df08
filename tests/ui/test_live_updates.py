"""The window refreshes what changed: a case's change reads its queue row alone, an outbox or incoming change its
row alone, and what it shows is what a whole reload would show."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from console.desk.engine_events import OutboxRowFinished
from console.desk.window_adapter import DeskService
from console.domain import OutboxKind, OutboxStatus
from console.views import IncomingRow, LiveState, OutboxRow
from db.repositories.outbox import AttemptResult
from tests.desk.people import DM, MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import OPERATOR, World
from tests.ui.window_setup import settle, shown as shown_window
from ui.alarm import Alarm
from ui.i18n import Translations
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


def outbox_rows(window: MainWindow) -> list[OutboxRow]:
    return list(window.modem_panel.outbox_model.rows)


def incoming_rows(window: MainWindow) -> list[IncomingRow]:
    return list(window.modem_panel.incoming_model.rows)


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


def test_one_instruction_shows_its_case_and_its_outbox_rows_without_reloading_the_window(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: case_id in queue_states(desk_window), timeout=5000)
    loads = count_loads(world)
    with qtbot.waitSignal(desk_window.rows_shown, timeout=5000) as shown:
        world.instruct(case_id)  # the case and its SMS and call, in one commit
    queued = tuple(sorted(row.id for row in world.desk.outbox_of(case_id)))
    assert (shown.args[0].cases, shown.args[0].outbox) == ((case_id,), queued)
    assert queue_states(desk_window)[case_id] == "instructed"
    assert outbox_rows(desk_window) == list(world.service.load_live_state().outbox)
    with qtbot.waitSignal(desk_window.cases_shown, timeout=5000):  # whatever the instruction queued came before
        world.log(MP.id, TEHSILDAR.id)
    assert loads == [1]  # the comparison's own


def test_the_dispatchers_writes_and_a_reply_refresh_their_rows_as_a_whole_reload_would(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = world.instructed(MLA.id, SDM.id)
    world.instructed(MP.id, TEHSILDAR.id)
    qtbot.waitUntil(lambda: len(outbox_rows(desk_window)) == 4, timeout=5000)
    loads = count_loads(world)
    world.clock.advance(seconds=20)
    with qtbot.waitSignal(desk_window.rows_shown, timeout=5000) as shown:
        sms = world.finish_next(OutboxKind.SMS, AttemptResult(OutboxStatus.DELIVERED, modem_name="modem-1",
                                                               outcome="sent"))  # the first case's, moved up
    assert (shown.args[0].cases, shown.args[0].outbox, shown.args[0].case_windows) == ((), (sms,), (first,))
    assert outbox_rows(desk_window)[0].outbox_id == sms and outbox_rows(desk_window)[0].status is OutboxStatus.DELIVERED
    whole = world.service.load_live_state()
    assert outbox_rows(desk_window) == list(whole.outbox)
    world.clock.advance(seconds=20)
    with qtbot.waitSignal(desk_window.rows_shown, timeout=5000) as shown:
        world.desk.receive_sms(sender=SDM.official_number, text=f"{world.code(first)} OK",
                               received_at=world.clock.now(), modem_name="modem-1")
    assert shown.args[0].cases == (first,) and len(shown.args[0].incoming) == 1
    whole = world.service.load_live_state()
    assert desk_window.state is not None
    assert (desk_window.state.queue, desk_window.state.outbox, desk_window.state.incoming) == (
        whole.queue, whole.outbox, whole.incoming)
    assert incoming_rows(desk_window) == list(whole.incoming) and whole.incoming[0].case_code == world.code(first)
    assert loads == [1, 1]  # the comparisons' own


def test_the_outbox_list_keeps_the_latest_rows_as_a_whole_reload_would(
    world: World, translations: Translations, settings: QSettings, sound, qtbot
) -> None:  # type: ignore[no-untyped-def]
    service = DeskService(world.desk, OPERATOR, rows=3)  # the lists keep the latest three rows
    window = shown_window(qtbot, MainWindow(service, translations, settings=settings, alarm=Alarm(sound=sound)))
    first = world.instructed(MLA.id, SDM.id)
    world.clock.advance(seconds=20)
    world.instructed(MP.id, TEHSILDAR.id)
    qtbot.waitUntil(lambda: outbox_rows(window) == list(service.load_live_state().outbox), timeout=5000)
    (first_sms,) = [row.id for row in world.desk.outbox_of(first) if row.kind is OutboxKind.SMS]
    assert len(outbox_rows(window)) == 3 and first_sms not in {row.outbox_id for row in outbox_rows(window)}
    loads: list[int] = []
    load = service.load_live_state
    service.load_live_state = lambda **kwargs: loads.append(1) or load(**kwargs)  # type: ignore[method-assign]
    world.clock.advance(seconds=20)
    with qtbot.waitSignal(window.rows_shown, timeout=5000):  # the oldest row, sent: back in the list, first
        world.finish_next(OutboxKind.SMS, AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent"))
    assert outbox_rows(window) == list(load().outbox) and outbox_rows(window)[0].outbox_id == first_sms
    world.clock.advance(seconds=20)
    with qtbot.waitSignal(window.rows_shown, timeout=5000):  # two new rows push the two oldest out
        world.instructed(MLA.id, DM.id)
    assert outbox_rows(window) == list(load().outbox) and outbox_rows(window)[2].outbox_id == first_sms
    assert loads == []


def test_the_dispatchers_report_of_a_try_reloads_nothing_its_commit_named_the_row(
    desk_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    case_id = world.instructed(MLA.id, SDM.id)
    qtbot.waitUntil(lambda: len(outbox_rows(desk_window)) == 2, timeout=5000)
    loads = count_loads(world)
    with qtbot.waitSignal(desk_window.rows_shown, timeout=5000) as shown:
        sms = world.finish_next(OutboxKind.SMS, AttemptResult(OutboxStatus.SENT, modem_name="modem-1", outcome="sent"))
        world.desk.events.publish(OutboxRowFinished(world.desk.outbox_of(case_id)[0]))  # as the dispatcher does
    settle(qtbot, desk_window)
    assert shown.args[0].outbox == (sms,) and loads == []


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
