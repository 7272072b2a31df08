"""The window over the real center: the demo district's database, the desk, simulated modems and officers.

What a newcomer does after ``make run``: log a complaint by keyboard, watch the
officer's (simulated) phone ring and the SMS go, and the case confirmed by the
officer's SMS reply; and a complaint logged at another workstation (another
process on the same database) appears in the queue.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from console.clock import FakeClock
from console.desk.center import Center, write_demo_settings
from console.domain import EscalationState, OutboxKind, OutboxStatus, UserRole
from console.views import CaseAction, ContactReason, OfficerRow, OperatorSession, TimelineEventKind
from tests.desk.conftest import T0
from tests.ui.conftest import CountingSound
from tests.ui.keys import focused, type_text
from tests.ui.test_complaint_flow import open_complaint
from tests.ui.window_setup import open_case, shown
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.modem_table_models import M_COL_SMS

SESSION = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)


@pytest.fixture
def center(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Center]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    settings = write_demo_settings(tmp_path / "demo")
    opened = Center.open("hardoi", session=SESSION, database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}",
                         override_path=settings, simulate=True, speed=200, clock=FakeClock(T0))
    opened.start()
    yield opened
    opened.stop()


@pytest.fixture
def real_window(qtbot, center: Center, translations: Translations, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(center.service, translations, settings=settings, alarm=Alarm(sound=CountingSound()))
    return shown(qtbot, window, ticking=True)


def prompt_officer_on_duty(window: MainWindow, center: Center) -> OfficerRow:
    """An officer the demo's simulation makes reply by SMS within minutes, on duty, with a name of their own."""
    state = window.state
    assert state is not None
    names = [row.name_hi for row in state.officers]
    return next(row for row in state.officers
                if row.officer_id % 10 == 0 and names.count(row.name_hi) == 1
                and (decision := center.service.availability_now(row.officer_id)) is not None
                and decision.reason is ContactReason.ON_DUTY)


def test_a_newcomer_logs_by_keyboard_and_the_officer_confirms_by_sms(real_window: MainWindow, center: Center, qtbot) -> None:  # type: ignore[no-untyped-def]
    officer = prompt_officer_on_duty(real_window, center)
    dialog = open_complaint(real_window, qtbot)
    type_text(focused(), officer.name_hi)
    assert dialog.officer.current_row().officer_id == officer.officer_id
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    type_text(focused(), "विधायक")  # any MLA
    with qtbot.waitSignal(real_window.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # log and instruct
    case_id = opened.args[0].case_id
    model = real_window.queue_panel.model

    def state_of_case() -> EscalationState | None:
        return next((model.row_at(row).state for row in range(model.rowCount())
                     if model.row_at(row).case_id == case_id), None)

    qtbot.waitUntil(lambda: state_of_case() is EscalationState.INSTRUCTED, timeout=5000)
    modems = real_window.modem_panel.modem_model
    sms_column = {row.name: modems.data(modems.index(position, M_COL_SMS))
                  for position, row in enumerate(modems.rows)}
    assert sms_column["demo-voice"] == "—" and sms_column["demo-sms"].endswith("/ 1,000")  # calls only: no SMS cap
    outbox = real_window.modem_panel.outbox_model
    qtbot.waitUntil(lambda: {(row.kind, row.status) for row in outbox.rows if row.case_id == case_id}
                    >= {(OutboxKind.SMS, OutboxStatus.DELIVERED), (OutboxKind.CALL, OutboxStatus.SENT)},
                    timeout=30000)
    qtbot.waitUntil(lambda: state_of_case() is EscalationState.CONFIRMED, timeout=30000)
    detail = center.service.case_detail(case_id)
    assert detail is not None and detail.row.officer_id == officer.officer_id
    sms = [entry for entry in detail.timeline if entry.kind is TimelineEventKind.SMS]
    assert sms and sms[0].delivery is OutboxStatus.DELIVERED and sms[0].number == officer.official_number
    case_dialog = open_case(qtbot, real_window, case_id)
    assert not case_dialog.buttons[CaseAction.CLOSE].isDefault()  # closing is deliberate: its own step
    qtbot.waitUntil(lambda: QApplication.focusWidget() is case_dialog.timeline, timeout=3000)
    with qtbot.waitSignal(case_dialog.step_opened, timeout=3000) as opened:
        qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # C&lose case
    qtbot.waitUntil(lambda: opened.args[0].painted, timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the step says what it records; Enter does it
    qtbot.waitUntil(lambda: state_of_case() is None, timeout=5000)
    closed = center.service.case_detail(case_id)
    assert closed is not None and closed.row.state is EscalationState.CLOSED


def test_a_complaint_logged_by_another_process_appears_in_the_queue(real_window: MainWindow, center: Center, qtbot) -> None:  # type: ignore[no-untyped-def]
    officer = prompt_officer_on_duty(real_window, center)
    model = real_window.queue_panel.model
    before = model.rowCount()
    url = center.database.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-m", "tests.ui.second_workstation", url, str(officer.officer_id)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    case_code = done.stdout.strip()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    assert any(model.row_at(row).case_code == case_code and model.row_at(row).officer_id == officer.officer_id
               for row in range(model.rowCount()))
