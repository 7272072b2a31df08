"""Render every screen in Hindi and English at 1366×768 for ``docs/screenshots`` (``make screenshots``).

Offscreen, on a working Friday: the demo district on a fresh database, and an
hour of complaints played as the live demo would play them. The clock is a fake
one and the simulated modems move in lockstep with it (:class:`SimulatedCenter`
with ``realtime=False``): every SMS, call, reply and rung of the ladder happens
at the instant it would have happened, so each picture shows a state the live
demo reaches. Each widget is captured with ``grab()``; a case window per state.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QThread
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from console.clock import IST, FakeClock
from console.config import CallAudioMode
from console.desk.center import Center, write_demo_settings
from console.domain import ComplaintDraft, EscalationState, OutboxStatus, UserRole
from console.lifecycle_commands import AttemptParty
from console.window_interface import ConsoleService
from console.views import (
    CaseAction,
    ConfirmationSource,
    ContactReason,
    IncomingCaller,
    OfficerRow,
    OperatorSession,
)
from ui.app import create_application
from ui.i18n import LANGUAGES, Translations
from ui.main_window import MainWindow
from ui.manual_call_dialog import ManualCallDialog
from ui.screenshots_reports import render_reports
from ui.screenshots_speaking import render_speaking

log = logging.getLogger(__name__)
MORNING = datetime(2026, 11, 27, 11, 40, tzinfo=IST)  # a working Friday
BEFORE_CLOSING = datetime(2026, 11, 27, 16, 58, tzinfo=IST)
EVENING = datetime(2026, 11, 27, 17, 25, tzinfo=IST)  # after closing: the clocks wait for Saturday 10:00
SIZE = (1366, 768)
STORY_MINUTES = 75
IDLE_STEP = 15.0  # simulated seconds per step while nothing is on the air
CALL_STEP = 2.0  # while a call is up (the tests' simulated day steps alike)
SEARCHES = {"en": ("tehsildar", "mla"), "hi": ("तहसीलदार", "विधायक")}
SESSION = OperatorSession("operator.sunita", "सुनीता शर्मा", UserRole.OPERATOR)


@dataclass(frozen=True)
class Scene:
    """One complaint of the story: minutes before the picture it was logged (and acted on), and by whom."""

    logged: int
    slot: frozenset[int]  # which of the demo's simulated officers (roster id modulo 10) it concerns
    instructed: int | None = None
    waited: int = 10  # minutes between the representative's call to the officer and the complaint
    then: CaseAction | None = None  # done by the operator 5 minutes after the instruction (or the log)
    away: bool = False  # an officer on leave or in training: redirected to the alternate


PROMPT, MISSED_CALL, LATE, NEVER = frozenset(range(5)), frozenset({5, 6}), frozenset({7}), frozenset({8, 9})
STORY = (
    Scene(3, NEVER, waited=4),  # still within the officer's ten minutes: waiting
    Scene(8, NEVER),  # due: the center must act
    Scene(12, NEVER, instructed=11),  # instructed; the call rang out unanswered
    Scene(16, LATE, instructed=14),  # instructed; the officer's line was busy
    Scene(21, PROMPT, instructed=19),  # the officer replied by SMS: confirmed
    Scene(27, NEVER, instructed=25),  # the callback is overdue: the alarm, then the ladder instructs again
    Scene(34, MISSED_CALL, instructed=32),  # a missed call from the officer confirmed it
    Scene(44, PROMPT, instructed=42, then=CaseAction.CLOSE),  # confirmed by SMS and closed
    Scene(52, NEVER, away=True),  # the officer is on leave: redirected to the alternate
    Scene(58, NEVER, then=CaseAction.CANCEL),  # logged twice by mistake: cancelled
    Scene(72, NEVER, instructed=70),  # no callback within the hour: escalated to the superior
)


def settle(app: QApplication) -> None:
    """Let the windows finish what they asked the service off the GUI thread (a case being read), then paint."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
            isinstance(widget, MainWindow) and widget.tasks.pending for widget in app.topLevelWidgets()):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(5)
    for _ in range(3):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str, app: QApplication) -> Path:
    settle(app)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def type_into(line: QWidget, text: str, app: QApplication) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    settle(app)


def render(folder: Path) -> list[Path]:
    app = create_application()
    settings_file = folder / ".screenshots-settings.ini"
    translations = Translations(app)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="samvad-screenshots-") as scratch:
        # the morning: the queue at work, a case in each state, then each dialog
        center, cases = play_story(MORNING, Path(scratch) / "morning", STORY)
        try:
            for language in LANGUAGES:
                translations.switch(language, remember=False)
                window = open_window(center.service, translations, settings_file)
                written.append(save(window, folder, f"main_{language}", app))
                written.extend(render_cases(window, cases, folder, language, app))
                written.extend(render_dialogs(window, folder, language, app))
                written.append(render_reports(window, folder, language, app))
                close(window, app)
        finally:
            end_story(center)
        # an officer answers a call of the voice modem in operator mode: the operator speaks
        written.extend(render_speaking(folder, Path(scratch) / "speaking", translations, settings_file, app))
        # the evening: complaints of the last minutes before closing wait for the next working day
        evening = (Scene(3, NEVER, waited=2), Scene(16, NEVER), Scene(8, NEVER, instructed=7))
        center, _ = play_story(BEFORE_CLOSING, Path(scratch) / "evening", evening, until=EVENING)
        try:
            for language in LANGUAGES:
                translations.switch(language, remember=False)
                window = open_window(center.service, translations, settings_file)
                window.alarm.acknowledge()
                written.append(save(window, folder, f"main_closed_{language}", app))
                close(window, app)
        finally:
            end_story(center)
    settings_file.unlink(missing_ok=True)
    return written


def play_story(end: datetime, folder: Path, scenes: tuple[Scene, ...], *, until: datetime | None = None,
               minutes: int = STORY_MINUTES, audio: CallAudioMode = CallAudioMode.RECORDED,
               ) -> tuple[Center, dict[int, int]]:
    """The demo district, and ``scenes`` played up to ``end`` (then on to ``until``) in lockstep with the modems,
    from ``minutes`` before ``end``; returns the center, still running, and the case of each scene."""
    clock = FakeClock(end - timedelta(minutes=minutes))
    settings = write_demo_settings(folder, audio)
    center = Center.open("hardoi", session=SESSION, database_url=f"sqlite:///{folder / 'demo.sqlite3'}",
                         override_path=settings, simulate=True, clock=clock, lockstep=True)
    center.start(run_ladder=False)
    for modem in center.runtime.modems:
        if not modem.wait_started(30):
            raise RuntimeError(f"the simulated modem {modem.config.name} did not start")
    service = center.service
    state = service.load_live_state()
    busy = {row.officer_id for row in state.queue}
    chosen: set[int] = set()
    people = sorted({row.representative_id for row in state.queue} | set(range(1, 13)))
    steps: list[tuple[datetime, int, str]] = []
    for index, scene in enumerate(scenes):
        steps.append((end - timedelta(minutes=scene.logged), index, "log"))
        if scene.instructed is not None:
            steps.append((end - timedelta(minutes=scene.instructed), index, "instruct"))
        if scene.then is not None:
            after = scene.instructed if scene.instructed is not None else scene.logged
            steps.append((end - timedelta(minutes=after - 5), index, "then"))
    cases: dict[int, int] = {}
    for at, index, what in sorted(steps):
        run_until(center, clock, at)
        scene = scenes[index]
        if what == "log":
            officer = story_officer(service, state.officers, scene, busy | chosen)
            chosen.add(officer.officer_id)
            draft = ComplaintDraft(people[index % len(people)], officer.officer_id,
                                   representative_called_at=at - timedelta(minutes=scene.waited))
            logged = service.log_complaint(draft)
            if logged.case_id is None:
                raise RuntimeError(f"scene {index}: the complaint was refused ({logged.outcome.value})")
            cases[index] = logged.case_id
            if scene.away:
                redirected = act(service, cases[index], CaseAction.REDIRECT)
                if redirected is not None and redirected.case_id is not None:
                    cases[len(scenes) + index] = redirected.case_id  # the new case against the alternate
        else:
            act(service, cases[index], CaseAction.INSTRUCT if what == "instruct" else scene.then)
    run_until(center, clock, end)
    if until is not None:
        run_until(center, clock, until)
    return center, cases


def end_story(center: Center) -> None:
    """Let the calls still ringing end (their ring limit runs on the story's clock), then stop the center."""
    clock, simulated = center.service.clock, center.simulated
    if isinstance(clock, FakeClock) and simulated is not None:
        ends = clock.now() + timedelta(minutes=5)
        while simulated.our_call_up() and clock.now() < ends:
            run_until(center, clock, clock.now() + timedelta(seconds=CALL_STEP))
    center.stop()


def story_officer(service: ConsoleService, officers: tuple[OfficerRow, ...], scene: Scene,
                  taken: set[int]) -> OfficerRow:
    for row in officers:
        if row.officer_id in taken or row.officer_id % 10 not in scene.slot:
            continue
        decision = service.availability_now(row.officer_id)
        if decision is None:
            continue
        on_duty = decision.reason is ContactReason.ON_DUTY
        if (scene.away and not on_duty and decision.contact is not None) or (not scene.away and on_duty):
            return row
    raise RuntimeError(f"the demo district has no officer for {scene}")


def act(service: ConsoleService, case_id: int, action: CaseAction | None):  # type: ignore[no-untyped-def]
    """What the operator did: the same service calls the case window makes."""
    detail = service.case_detail(case_id)
    if detail is None or action is None:
        return None
    version = detail.row.version
    if action not in detail.allowed_actions:
        log.warning("case %s: %s is not possible in state %s", detail.row.case_code, action.value,
                    detail.row.state.value)
        return None
    if action is CaseAction.INSTRUCT:
        result = service.instruct(case_id, version)
    elif action is CaseAction.REDIRECT:
        result = service.redirect(case_id, version)
    elif action is CaseAction.CLOSE:
        result = service.close(case_id, version, "")
    elif action is CaseAction.CANCEL:
        result = service.cancel(case_id, version, "logged twice by mistake")
    elif action is CaseAction.RECORD_CONFIRMATION:
        result = service.record_confirmation(case_id, version, ConfirmationSource.REPRESENTATIVE)
    else:
        raise ValueError(action)
    if not result.succeeded:
        log.warning("case %s: %s refused (%s)", detail.row.case_code, action.value, result.outcome.value)
    return result


def run_until(center: Center, clock: FakeClock, until: datetime) -> None:
    """Move the fake clock and the simulated modems together, letting the desk's engines act at each step."""
    simulated = center.simulated
    assert simulated is not None, "a story needs the simulated modems"
    runtime = center.runtime

    def step(seconds: float) -> None:
        clock.advance(seconds)
        simulated.advance(seconds)

    while clock.now() < until:
        left = (until - clock.now()).total_seconds()
        if simulated.our_call_up():  # the modem looks at the call after every step, as the Rig of the tests does
            mark = simulated.commands
            step(min(left, CALL_STEP))
            simulated.wait_look(mark, 10.0)
            continue
        simulated.wait_quiet(0.05, 10.0)
        runtime.scheduler.tick()
        runtime.dispatcher.wake()
        simulated.wait_quiet(0.05, 10.0)
        if simulated.our_call_up():
            continue
        seconds = min(left, CALL_STEP if simulated.calls_up() else IDLE_STEP)  # a missed call rings in: watch it
        wake = runtime.scheduler.next_wake()
        if wake is not None and clock.now() < wake:
            seconds = min(seconds, max(0.5, (wake - clock.now()).total_seconds()))
        step(seconds)
    simulated.wait_quiet(0.05, 10.0)
    runtime.scheduler.tick()
    simulated.wait_quiet(0.05, 10.0)


def open_window(service: ConsoleService, translations: Translations, settings_file: Path) -> MainWindow:
    window = MainWindow(service, translations, settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.load_now()
    window.timer.stop()
    window.show()
    window.resize(*SIZE)
    window.tick()
    return window


def close(window: MainWindow, app: QApplication) -> None:
    window.close_now()
    window.deleteLater()
    settle(app)


def render_cases(window: MainWindow, cases: dict[int, int], folder: Path, language: str,
                 app: QApplication) -> list[Path]:
    """A case window for each state the story reached, named after the state: case_instructed_hi.png …"""
    written, seen = [], set()
    for case_id in cases.values():
        detail = window.service.case_detail(case_id)
        if detail is None or detail.row.state in seen:
            continue
        seen.add(detail.row.state)
        dialog = window.open_case(case_id)
        dialog.resize(980, 640)
        written.append(save(dialog, folder, f"case_{detail.row.state.value}_{language}", app))
        dialog.reject()
        settle(app)
    missing = [state.value for state in EscalationState if state not in seen and state is not EscalationState.ALARM]
    if missing:
        log.warning("the story reached no case in state(s) %s", ", ".join(missing))
    # no alarm picture: the demo's ladder re-instructs the moment the alarm rings (reinstruct_after_minutes 0),
    # and after the last re-instruction escalates at once, so no case stays in alarm for a picture
    return written


def render_dialogs(window: MainWindow, folder: Path, language: str, app: QApplication) -> list[Path]:
    written = []
    officer_text, representative_text = SEARCHES[language]
    complaint = window.new_complaint()
    complaint.resize(820, 640)
    type_into(complaint.officer.line, officer_text, app)
    results = complaint.officer.results
    for position in range(results.count()):  # highlight an officer on leave: the alternate shows before commit
        if results.item(position).data(Qt.ItemDataRole.UserRole).status.value != "on_duty":
            results.setCurrentRow(position)
            break
    type_into(complaint.representative.line, representative_text, app)
    written.append(save(complaint, folder, f"complaint_{language}", app))
    complaint.reject()

    state = window.state
    assert state is not None
    calling = next((row for row in state.queue if row.state is EscalationState.INSTRUCTED), None)
    if calling is not None:  # caller ID: an instructed officer rings the center; the bar offers F7
        officer = next(row for row in state.officers if row.officer_id == calling.officer_id)
        now = window.service.clock.now()
        window.caller_bar.offer(IncomingCaller(officer.official_number, now, officer=officer,
                                               callback_case_id=calling.case_id,
                                               callback_case_code=calling.case_code), now)
        written.append(save(window, folder, f"caller_{language}", app))
        window.caller_bar.clear()
    shown = max(state.queue, key=lambda row: timeline_length(window.service, row.case_id))  # the most to show
    case_dialog = window.open_case(shown.case_id)
    case_dialog.resize(980, 640)
    written.append(save(case_dialog, folder, f"case_{language}", app))
    detail = case_dialog.detail
    assert detail is not None and CaseAction.RECORD_MANUAL_CALL in detail.allowed_actions
    numbers = {AttemptParty.OFFICER: detail.officer.official_number, AttemptParty.REPRESENTATIVE: detail.representative_number}
    manual = ManualCallDialog(window.service.clock, numbers, window)
    manual.resize(460, 220)
    written.append(save(manual, folder, f"manual_call_{language}", app))
    manual.deleteLater()
    if CaseAction.RECORD_CONFIRMATION in detail.allowed_actions:
        case_dialog.perform(CaseAction.RECORD_CONFIRMATION)
        step = case_dialog.step
        if step is not None:
            written.append(save(step, folder, f"confirmation_step_{language}", app))
            step.reject()
    case_dialog.accept()

    away = next(row for row in state.officers if row.status.value == "leave")
    period = window.edit_period(away)
    period.resize(680, 560)
    written.append(save(period, folder, f"period_{language}", app))
    period.reject()

    calendar = window.show_calendar()
    calendar.resize(780, 600)
    written.append(save(calendar, folder, f"calendar_{language}", app))
    calendar.reject()

    sign_in = window.accounts.dialog  # a shift change: the next operator types a name, the password is masked
    sign_in.prepare(sign_in.tr("Wrong user name or password."))
    sign_in.show()
    type_into(sign_in.login, "ravi.kumar", app)
    type_into(sign_in.password, "secret-password", app)
    written.append(save(sign_in, folder, f"sign_in_{language}", app))
    sign_in.hide()
    return written


def timeline_length(service: ConsoleService, case_id: int) -> int:
    detail = service.case_detail(case_id)
    return 0 if detail is None else len(detail.timeline)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("output", type=Path, help="folder for the PNG files, e.g. docs/screenshots")
    parser.add_argument("--only-speaking", action="store_true", help="only the operator's speaking prompt")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.output.mkdir(parents=True, exist_ok=True)
    if args.only_speaking:
        app = create_application()
        settings_file = args.output / ".screenshots-settings.ini"
        with tempfile.TemporaryDirectory(prefix="samvad-screenshots-") as scratch:
            render_speaking(args.output, Path(scratch), Translations(app), settings_file, app)
        settings_file.unlink(missing_ok=True)
        return 0
    render(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
