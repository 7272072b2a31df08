"""No database I/O on the GUI thread: with every statement made 300 ms slower, the window keeps ticking.

A SQLAlchemy hook on the storage engine (``before_cursor_execute``) records which
thread runs each statement and, when asked, holds it 300 ms, as a PostgreSQL
across a slow LAN would. Driving an operator's main flows by keyboard must run
no statement on the GUI thread; and while a complaint is being written, the
queue's countdowns repaint once a second (the real 1 s timer, over the fake
clock) as if the database were fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from sqlalchemy import event

from console.domain import EscalationState, OutboxKind, OutboxStatus
from console.lifecycle import Action
from console.window_interface import ServiceUnavailable
from console.views import CaseAction
from tests.desk.people import MLA, MP, SDM, TEHSILDAR
from tests.ui.desk_window import World
from tests.ui.keys import focused, type_text
from tests.ui.test_complaint_flow import open_complaint
from tests.ui.window_setup import open_case, settle
from ui.case_dialog import CaseDialog
from ui.case_step_dialog import CaseStepDialog
from ui.main_window import MainWindow
from ui.manual_call_dialog import ManualCallDialog
from ui.queue_table_model import COL_COUNTDOWN

DELAY_SECONDS = 0.3


@dataclass
class StorageProbe:
    """Every statement the engine runs: on which thread, and (when ``slow``) held for :data:`DELAY_SECONDS`."""

    counting: bool = False
    slow: bool = False
    on_gui_thread: list[str] = field(default_factory=list)
    elsewhere: int = 0

    def before_cursor_execute(self, _conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if self.counting:
            if threading.current_thread() is threading.main_thread():
                self.on_gui_thread.append(statement.split("\n", 1)[0][:80])
            else:
                self.elsewhere += 1
        if self.slow:
            time.sleep(DELAY_SECONDS)  # the storage layer's artificial slowness, not the test's waiting


@pytest.fixture
def probe(world: World) -> Iterator[StorageProbe]:
    probe = StorageProbe()
    event.listen(world.database.engine, "before_cursor_execute", probe.before_cursor_execute)
    yield probe
    probe.slow = False
    event.remove(world.database.engine, "before_cursor_execute", probe.before_cursor_execute)


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def log_by_keyboard(window: MainWindow, qtbot) -> CaseDialog:  # type: ignore[no-untyped-def]
    """Ctrl+N, the officer, the representative, Enter: the case window once the complaint is written."""
    open_complaint(window, qtbot)
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), MLA.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    with qtbot.waitSignal(window.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    case_dialog = opened.args[0]
    assert isinstance(case_dialog, CaseDialog)
    return case_dialog


def test_the_main_flows_run_no_statement_on_the_gui_thread(desk_window: MainWindow, world: World, probe: StorageProbe,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    other = world.log(MP.id, TEHSILDAR.id)  # a case whose SMS the operator will cancel in the outbox
    world.instruct(other)
    settle(qtbot, desk_window)
    probe.counting = True
    # a complaint, logged and instructed by keyboard, a note, a confirmation and the close
    case_dialog = log_by_keyboard(desk_window, qtbot)
    case_id = case_dialog.case_id
    qtbot.waitUntil(lambda: focused() is case_dialog.buttons[CaseAction.INSTRUCT], timeout=5000)
    with qtbot.waitSignal(case_dialog.action_performed, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_dialog.buttons[CaseAction.ADD_NOTE].isVisible(), timeout=5000)
    case_dialog.reason.setFocus()
    type_text(case_dialog.reason, "प्रतिनिधि को सूचित किया")
    with qtbot.waitSignal(case_dialog.action_performed, timeout=5000):
        case_dialog.buttons[CaseAction.ADD_NOTE].click()
    for action in (CaseAction.RECORD_CONFIRMATION, CaseAction.CLOSE):
        qtbot.waitUntil(lambda action=action: case_dialog.buttons[action].isVisible()  # type: ignore[misc]
                        and case_dialog.buttons[action].isEnabled(), timeout=5000)
        with qtbot.waitSignal(case_dialog.step_opened, timeout=5000) as stepped:
            case_dialog.buttons[action].click()
        step = stepped.args[0]
        assert isinstance(step, CaseStepDialog)
        qtbot.waitUntil(lambda step=step: step.painted, timeout=5000)  # type: ignore[misc]
        with qtbot.waitSignal(case_dialog.action_performed, timeout=5000):
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not case_dialog.isVisible(), timeout=5000)
    settle(qtbot, desk_window)
    # the outbox: cancel the other case's queued SMS
    panel = desk_window.modem_panel
    model = panel.outbox_model
    row = next(number for number in range(model.rowCount()) if model.row_at(number).case_id == other
               and model.row_at(number).kind is OutboxKind.SMS)
    panel.outbox_table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Space)
    settle(qtbot, desk_window)
    probe.counting = False
    assert world.desk.case(case_id).state is EscalationState.CLOSED
    assert {row.status for row in world.desk.outbox_of(other) if row.kind is OutboxKind.SMS} == {OutboxStatus.CANCELLED}
    assert probe.elsewhere > 0  # the flows did reach the database, off the GUI thread
    print(f"\nstatements on the GUI thread: {len(probe.on_gui_thread)}; on other threads: {probe.elsewhere}")
    assert probe.on_gui_thread == []


def test_countdowns_repaint_every_second_while_a_write_is_slow(desk_window: MainWindow, world: World,
                                                               probe: StorageProbe, qtbot) -> None:  # type: ignore[no-untyped-def]
    world.instruct(world.log(MP.id, TEHSILDAR.id))  # a running countdown in the queue
    settle(qtbot, desk_window)
    painted = PaintCounter()
    desk_window.queue_panel.table.viewport().installEventFilter(painted)
    shown_while_writing: list[tuple[str, int]] = []

    def after_tick() -> None:
        """After each 1 s tick of the window's own timer: what the queue shows, then the next second."""
        if probe.slow and desk_window.complaint_dialog is not None:  # the complaint is still being written
            model = desk_window.queue_panel.model
            shown_while_writing.append((str(model.index(0, COL_COUNTDOWN).data()), painted.paints))
        world.clock.advance(seconds=1)

    desk_window.timer.timeout.connect(after_tick)  # connected after the window's tick: runs after it
    desk_window.timer.start()
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), MLA.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    probe.slow = True
    probe.counting = True
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the complaint is being written: every statement 300 ms
    qtbot.waitUntil(lambda: len(shown_while_writing) >= 3, timeout=15000)
    assert dialog.writing and not dialog.log_button.isEnabled(), "the write ended before three ticks"
    probe.slow = False  # the rest of the write at full speed
    qtbot.waitUntil(lambda: desk_window.complaint_dialog is None, timeout=10000)  # it was written; the dialog closed
    texts = [text for text, _paints in shown_while_writing]
    paints = [count for _text, count in shown_while_writing]
    assert len(set(texts)) == len(texts), texts  # every tick showed the next second
    assert all(later > earlier for earlier, later in zip(paints, paints[1:])), paints  # and was painted
    assert probe.on_gui_thread == []
    print(f"\n{len(shown_while_writing)} ticks repainted while the complaint was written "
          f"({probe.elsewhere} statements at {DELAY_SECONDS:.1f} s each, off the GUI thread)")


def test_a_case_window_stays_open_while_its_write_is_in_flight(desk_window: MainWindow, world: World,
                                                             probe: StorageProbe, qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    dialog = open_case(qtbot, desk_window, case_id)
    dialog.reason.setFocus()
    type_text(dialog.reason, "प्रतिनिधि को सूचित किया")
    probe.slow = True
    dialog.buttons[CaseAction.ADD_NOTE].click()
    assert dialog.writing and not dialog.buttons[CaseAction.ADD_NOTE].isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the operator closes the window while the note is written
    dialog.close_button.click()
    assert dialog.isVisible() and dialog.reason.text() == "प्रतिनिधि को सूचित किया"
    with qtbot.waitSignal(dialog.action_performed, timeout=15000) as performed:
        probe.slow = False
    assert performed.args[1].succeeded and dialog.isVisible()
    assert dialog.message.text() == "Note added." and dialog.reason.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now it closes
    qtbot.waitUntil(lambda: case_id not in desk_window.case_dialogs, timeout=3000)


def test_a_manual_call_is_written_before_its_dialog_closes(desk_window: MainWindow, world: World, probe: StorageProbe,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    case_id = world.log(MLA.id, SDM.id)
    dialog = open_case(qtbot, desk_window, case_id)
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:  # the dialog runs its own loop (exec): the operator types in it meanwhile
        manual = dialog.findChild(ManualCallDialog)
        assert manual is not None and manual.isVisible()
        manual.note.setFocus()
        type_text(manual.note, "फ़ोन बंद था")
        probe.slow = True
        qtbot.keyClick(manual.note, Qt.Key.Key_Return)  # Record: the write starts, the dialog waits for it
        seen["open while writing"] = manual.isVisible() and manual.writing
        probe.slow = False

    QTimer.singleShot(0, in_the_dialog)
    with qtbot.waitSignal(dialog.action_performed, timeout=15000) as performed:
        dialog.perform(CaseAction.RECORD_MANUAL_CALL)  # returns when the dialog closed, after its write
    assert seen == {"open while writing": True}
    assert performed.args[1].succeeded and dialog.findChild(ManualCallDialog).isHidden()
    assert [event.action for event in world.desk.timeline(case_id)][-1] == Action.RECORD_ATTEMPT.value


@pytest.mark.parametrize(("error", "shown"), [
    (ServiceUnavailable("connection refused"), "The database cannot be reached: nothing was saved."),
    (RuntimeError("a bug deep in the desk"), "The action failed; nothing was changed."),
])
def test_a_failed_write_is_one_line_in_place_and_the_typing_stays(desk_window: MainWindow, world: World, qtbot,
                                                                  monkeypatch: pytest.MonkeyPatch, error: Exception,
                                                                  shown: str) -> None:  # type: ignore[no-untyped-def]
    def fail(_draft: object) -> None:
        raise error

    monkeypatch.setattr(world.service, "log_complaint", fail)
    dialog = open_complaint(desk_window, qtbot)
    type_text(focused(), SDM.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), MLA.name_hi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog.note.setText("बैठक में व्यस्त")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing, timeout=5000)
    assert dialog.isVisible() and dialog.message.text().startswith(shown)
    assert "\n" not in dialog.message.text() and "Traceback" not in dialog.message.text()
    assert str(error) not in dialog.message.text()
    assert dialog.note.text() == "बैठक में व्यस्त" and dialog.officer.chosen_row is not None
    assert dialog.log_button.isEnabled() and dialog.cancel_button.isEnabled()  # ready for another try
