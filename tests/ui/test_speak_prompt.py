"""Operator mode in the real window: the officer answers, the window says "speak now", Ctrl+H hangs up, and the
operator records the outcome in one deliberate key — over the real desk service (SQLite, fake clock) and the
simulated modems in lockstep."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from console.clock import FakeClock
from console.config import CallAudioMode
from console.desk.center import Center
from console.domain import CallHeard, OutboxKind, OutboxStatus, SpokenOutcome
from console.views import ModemAudio
from tests.ui.window_setup import shown
from ui.alarm import Alarm
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screenshots import MORNING, PROMPT, SESSION, Scene, end_story, play_story, run_until
from ui.speak_prompt import SpeakPrompt


@pytest.fixture
def center(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[Center]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SAMVAD_SETU_CONFIG", raising=False)
    center, _cases = play_story(MORNING, tmp_path / "story", (Scene(1, PROMPT, instructed=0),), minutes=2,
                                audio=CallAudioMode.OPERATOR)
    yield center
    end_story(center)


def call_row(center: Center, case_id: int | None):  # type: ignore[no-untyped-def]
    assert case_id is not None
    (case,) = [row for row in center.service.load_live_state().queue if row.case_id == case_id]
    (call,) = [row for row in center.desk.outbox_of(case_id) if row.kind is OutboxKind.CALL]
    return case, call


def open_window(qtbot, center: Center, translations: Translations, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import CountingSound

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    return shown(qtbot, MainWindow(center.service, translations, settings=settings, alarm=Alarm(sound=CountingSound())))


def answered(qtbot, center: Center, window: MainWindow) -> SpeakPrompt:  # type: ignore[no-untyped-def]
    clock = center.service.clock
    assert isinstance(clock, FakeClock)
    with qtbot.waitSignal(window.dialog_opened, timeout=20000, check_params_cb=lambda d: isinstance(d, SpeakPrompt)):
        run_until(center, clock, clock.now() + timedelta(seconds=12))  # the officer answers after 5 s
    (prompt,) = window.speak_prompts.prompts.values()
    return prompt


def test_the_operator_speaks_hangs_up_with_ctrl_h_and_records_the_outcome(
        qtbot, center: Center, translations: Translations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, center, translations, tmp_path)
    clock = center.service.clock
    assert isinstance(clock, FakeClock)
    modems = {row.name: row.call_audio for row in center.service.load_live_state().modems}
    assert modems == {"demo-sms": None, "demo-voice": ModemAudio.OPERATOR}  # the panel says how calls sound
    prompt = answered(qtbot, center, window)
    case, call = call_row(center, prompt.call.case_id)
    assert prompt.call.outbox_id == call.id and call.status is OutboxStatus.SENDING
    assert prompt.heading.text() == "Answered — speak now"
    assert case.case_code in prompt.who.text() and case.officer_name_en in prompt.who.text()
    assert case.representative_name_en in prompt.script.text() and case.case_code in prompt.script.text()
    assert prompt.end_button.isVisible() and not any(b.isVisible() for b in prompt.outcome_buttons.values())

    talked = (clock.now() - prompt.call.answered_at).total_seconds()
    assert 0 < talked < 12
    clock.advance(30)  # the talk time runs on the clock (the simulated officer listens 40 s)
    window.tick()
    assert prompt.talk.text() == f"Talk time 0:{round(talked) + 30}"
    prompt.activateWindow()
    qtbot.keyClick(prompt, Qt.Key.Key_1)  # no outcome while the call is up
    qtbot.keyClick(prompt, Qt.Key.Key_Return)  # nor does Enter hang up
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)  # nor does Escape hide the call
    assert prompt.isVisible() and center.runtime.dispatcher.in_flight == 1

    qtbot.keyClick(prompt, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: prompt.ended, timeout=20000)
    qtbot.waitUntil(lambda: prompt.painted_ended, timeout=5000)
    assert prompt.heading.text() == "Call ended — what came of it?"
    _case, call = call_row(center, prompt.call.case_id)
    assert (call.status, call.audio_heard, call.spoken_outcome) == (OutboxStatus.SENT, CallHeard.OPERATOR.value, None)
    with center.database.reading() as work:
        (attempt,) = work.outbox.attempts_of(call.id)
    assert attempt.outcome == "answered"
    assert center.simulated is not None
    assert any(command == "AT+CHUP" for simulator in center.simulated.simulators for command in simulator.commands)

    qtbot.keyClick(prompt, Qt.Key.Key_Return)  # a default Enter on the fresh question records nothing
    assert prompt.isVisible() and call_row(center, prompt.call.case_id)[1].spoken_outcome is None
    with qtbot.waitSignal(prompt.outcome_recorded, timeout=5000):
        qtbot.keyClick(prompt, Qt.Key.Key_1)
    _case, call = call_row(center, prompt.call.case_id)
    assert (call.status, call.spoken_outcome, call.spoken_by) == (
        OutboxStatus.DELIVERED, SpokenOutcome.INSTRUCTED.value, SESSION.login)
    detail = center.service.case_detail(case.case_id)
    assert detail is not None
    (entry,) = [entry for entry in detail.timeline if entry.audio is not None]
    assert entry.audio.spoken_by == SESSION.login and entry.audio.spoken_outcome is SpokenOutcome.INSTRUCTED
    qtbot.waitUntil(lambda: not window.speak_prompts.prompts)


def test_an_outcome_left_unrecorded_is_recorded_later_from_the_outbox(
        qtbot, center: Center, translations: Translations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, center, translations, tmp_path)
    prompt = answered(qtbot, center, window)
    outbox_id, case_id = prompt.call.outbox_id, prompt.call.case_id
    qtbot.keyClick(prompt, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: prompt.ended and prompt.painted_ended, timeout=20000)
    with qtbot.waitSignal(prompt.finished, timeout=5000):
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)  # the call is over: Escape closes, recording nothing
    assert call_row(center, case_id)[1].spoken_outcome is None
    panel = window.modem_panel
    qtbot.waitUntil(lambda: any(row.outbox_id == outbox_id and row.audio is not None
                                for row in panel.outbox_model.rows), timeout=10000)
    position = next(n for n, row in enumerate(panel.outbox_model.rows) if row.outbox_id == outbox_id)
    assert "outcome not recorded" in panel.outbox_model.cell_texts(panel.outbox_model.rows[position])[1]
    panel.show_tab(0)
    panel.outbox_table.selectRow(position)
    assert panel.outcome_button.isVisible() and panel.outcome_button.isEnabled()
    buttons = (panel.retry_button, panel.cancel_button, panel.sent_button, panel.not_sent_button, panel.outcome_button)
    qtbot.waitUntil(lambda: all(button.width() >= button.sizeHint().width() for button in buttons))  # fits 1366 px
    assert window.width() == 1366
    panel.outcome_button.setFocus()
    with qtbot.waitSignal(window.dialog_opened, timeout=10000) as opened:
        qtbot.keyClick(panel.outcome_button, Qt.Key.Key_Space)
    again = opened.args[0]
    assert isinstance(again, SpeakPrompt) and again.ended and again.call.outbox_id == outbox_id
    qtbot.waitUntil(lambda: again.painted_ended, timeout=5000)
    with qtbot.waitSignal(again.outcome_recorded, timeout=5000):
        qtbot.keyClick(again, Qt.Key.Key_3)
    _case, call = call_row(center, case_id)
    assert (call.status, call.spoken_outcome) == (OutboxStatus.DELIVERED, SpokenOutcome.CALL_BACK_LATER.value)
