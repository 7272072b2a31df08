"""The operator window: queue, availability grid and modem panel side by side.

It holds no rules: it shows :class:`console.views.LiveState`, ticks the
countdowns from the injected clock, reloads when the change feed says so, and
hands every action to the service.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from console.clock import TrainingClock
from console.events import (
    CalendarChanged,
    CallAnswered,
    CallerIdentified,
    CallerLookedUp,
    DomainEvent,
    EngineReport,
    EnginesFailed,
    OutboxChanged,
    UsersChanged,
)
from console.window_interface import ActionOutcome, ActionResult, ConsoleService
from console.views import CaseDetail, IncomingCaller, LiveState, OfficerRow, RepresentativeRow
from ui.alarm import Alarm
from ui.availability_panel import AvailabilityPanel
from ui.calendar_dialog import CalendarDialog
from ui.caller_bar import CallerBar
from ui.caller_offers import CallerOffers
from ui.case_dialog import CaseDialog
from ui.close_question import CloseQuestion, work_left
from ui.complaint_dialog import ComplaintDialog
from ui.formatting import to_ist
from ui.i18n import Translations, current_language
from ui.labels import label
from ui.live_state_loader import LiveStateLoader
from ui.live_updates import LiveUpdates, RowsChanged
from ui.menus import ConsoleMenus
from ui.modem_panel import ModemPanel
from ui.outbox_actions import OutboxActions
from ui.period_dialog import PeriodDialog
from ui.qt_bridge import EventBridge
from ui.queue_panel import QueuePanel
from ui.roster_transfer import RosterTransfer
from ui.session_control import SessionControl
from ui.speak_prompt import SpeakPrompts
from ui.status_bar import ConsoleStatusBar
from ui.tasks import TaskRunner
from ui.window_layout import LAYOUT_KEYS, build_splitters, restore_layout, save_layout

if TYPE_CHECKING:
    from ui.reports_window import ReportsWindow  # pyqtgraph loads when the reports screen first opens

__all__ = ["LAYOUT_KEYS", "MainWindow"]

TICK_MS = 1000
# What changes nothing the window's panels show (the caller and the answered call have their own handlers; an
# engine's report follows the commit whose own events named its rows).
_NOT_SHOWN = (UsersChanged, CallerIdentified, CallerLookedUp, CallAnswered, EngineReport, EnginesFailed)


class MainWindow(QMainWindow):
    state_shown = Signal(int)  # the revision now on screen
    cases_shown = Signal(object)  # the case ids whose queue rows alone were read again and shown
    rows_shown = Signal(object)  # the RowsChanged whose rows alone were read again and shown
    dialog_opened = Signal(object)

    def __init__(
        self,
        service: ConsoleService,
        translations: Translations,
        *,
        settings: QSettings | None = None,
        alarm: Alarm | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.service = service
        self.demo = demo
        self.training_clock = isinstance(service.clock, TrainingClock)
        self.translations = translations
        self.settings = settings or QSettings()
        self.alarm = alarm or Alarm()
        self.alarm.setParent(self)  # dies with the window, timers and all
        self.state: LiveState | None = None
        self.tasks = TaskRunner(self)
        self.complaint_dialog: ComplaintDialog | None = None
        self.case_dialogs: dict[int, CaseDialog] = {}
        self.reports_window: ReportsWindow | None = None
        self._close_confirmed = False
        self.closed_by_signal: int | None = None
        self.loader = LiveStateLoader(self)
        self.reconnect_timer = self.loader.reconnect_timer
        self._build_panels()
        self._connect_events()
        self._connect_panels()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.accounts = SessionControl(self)
        self.resize(1366, 768)
        self.restore_layout()
        self.retranslate()

    def _build_panels(self) -> None:
        """The caller bar over the queue, the officers' grid and the modem panel; the status bar and the menus."""
        self.queue_panel = QueuePanel(self.service.calendar, self.alarm, self)
        self.availability_panel = AvailabilityPanel(self)
        self.modem_panel = ModemPanel(self)
        self.caller_bar = CallerBar(self)
        self.left_splitter, self.main_splitter = build_splitters(self)
        self.status = ConsoleStatusBar(self.service.session, self, training_clock=self.training_clock)
        self.setStatusBar(self.status)
        self.roster = RosterTransfer(self.service, self.tasks, self)
        self.menus = ConsoleMenus(self)

    def _connect_events(self) -> None:
        """The domain's events, through the one bridge into the window: what they change is shown."""
        self.updates = LiveUpdates(self.reload, self.reload_rows, self)
        self.events = EventBridge(self)
        self.events.subscribe(DomainEvent, self._on_event)
        self.events.subscribe(CallerLookedUp, lambda event: self.on_caller(event.caller))
        self.speak_prompts = SpeakPrompts(self.service, self.tasks, self, self.events)
        self.speak_prompts.opened.connect(self.dialog_opened.emit)
        self.events.attach(self.service.events)

    def _connect_panels(self) -> None:
        """What the panels ask for: a case opened, a period edited, the roster moved, an outbox row decided."""
        self.caller_offers = CallerOffers(self)
        self.queue_panel.case_activated.connect(self.open_case)
        self.availability_panel.period_edit_requested.connect(self.edit_period)
        self.availability_panel.import_requested.connect(self.roster.import_roster)
        self.availability_panel.export_requested.connect(self.roster.export_roster)
        self.roster.finished.connect(self._on_roster_finished)
        self.outbox_actions = OutboxActions(self)
        self.modem_panel.outcome_requested.connect(self.speak_prompts.open_for)

    # -- live state (read by :class:`ui.live_state_loader.LiveStateLoader`)
    def load_now(self, *, first_screen: bool = False) -> None:
        """Load synchronously (start-up), then keep the countdowns ticking. ``first_screen``: the queue only, the
        rest (the officers' grid) loaded off the GUI thread as soon as the window is painted."""
        self.loader.load_now(first_screen=first_screen)

    def reload(self) -> None:
        """Load off the GUI thread; changes arriving meanwhile cause one more load, not many."""
        self.loader.reload()

    def reload_rows(self, changed: RowsChanged) -> None:
        """Only these rows changed: they are read, not the whole state (unless a reload runs)."""
        self.loader.reload_rows(changed)

    def database_lost(self) -> None:
        """Say so, keep everything typed, and ask again every few seconds until the database answers."""
        self.loader.database_lost()

    @property
    def lost_since(self) -> datetime | None:
        """Since when the database is out of reach (None: it answers)."""
        return self.loader.lost_since

    def show_state(self, state: LiveState) -> None:
        now = self.service.clock.now()
        self.state = state
        self.queue_panel.model.board.use_calendar(self.service.calendar)  # a holiday declared since moves deadlines
        self.queue_panel.show_state(state, now)
        self.availability_panel.show_state(state)
        self.modem_panel.show_state(state, now)
        self.status.show_refreshed(state.generated_at)
        self.tick()
        self._refresh_case_dialogs()
        self.state_shown.emit(state.revision)

    def show_rows(self, changed: RowsChanged, state: LiveState) -> None:
        """Only these rows were read again; ``state`` is the one shown with them in place."""
        self.state = state
        now = self.service.clock.now()
        if changed.cases:
            self.queue_panel.show_state(state, now)
        if changed.outbox or changed.incoming:
            self.modem_panel.show_state(state, now)
        self.status.show_refreshed(now)  # nothing else changed meanwhile, or its event would have reloaded it all
        self.tick()
        self._refresh_case_dialogs(changed.case_windows)
        if changed.cases:
            self.cases_shown.emit(changed.cases)
        self.rows_shown.emit(changed)

    def _refresh_case_dialogs(self, case_ids: tuple[int, ...] | None = None) -> None:
        """Open case windows follow the change feed too (an SMS delivered, a reply confirming the case)."""
        if self.tasks.closed:
            return
        for key, dialog in self.case_dialogs.items():
            case_id = dialog.case_id
            if case_ids is not None and case_id not in case_ids:
                continue
            self.tasks.run(lambda case_id=case_id: self.service.case_detail(case_id),  # type: ignore[misc]
                           lambda detail, key=key: self._on_case_detail_loaded(key, detail))

    def _on_case_detail_loaded(self, key: int, detail: CaseDetail | None) -> None:
        dialog = self.case_dialogs.get(key)
        if dialog is not None:
            dialog.show_detail(detail)

    def tick(self) -> None:
        now = self.service.clock.now()
        self.queue_panel.tick(now)
        self.speak_prompts.tick()
        board = self.queue_panel.model.board
        self.status.show_time(now, board.office_open, board.resumes_at, self.loader.holiday(now))

    def _on_event(self, event: DomainEvent) -> None:
        if isinstance(event, _NOT_SHOWN):
            return
        if isinstance(event, CalendarChanged):
            self.loader.forget_holiday()
        if isinstance(event, OutboxChanged):
            self.speak_prompts.outbox_changed()
        self.updates.add(event)

    # -- caller ID (:class:`ui.caller_offers.CallerOffers`)
    def on_caller(self, caller: IncomingCaller) -> None:
        self.caller_offers.on_caller(caller)

    def complaint_for_caller(self) -> None:
        self.caller_offers.complaint_for_caller()

    def callback_for_caller(self) -> None:
        self.caller_offers.callback_for_caller()

    # -- dialogs
    def new_complaint(self, representative: RepresentativeRow | None = None) -> ComplaintDialog:
        dialog = ComplaintDialog(self.service, representative, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_complaint_dialog_accepted(dialog))
        dialog.rejected.connect(lambda: self._forget_complaint_dialog(dialog))
        self.complaint_dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _forget_complaint_dialog(self, dialog: ComplaintDialog) -> None:
        if self.complaint_dialog is dialog:
            self.complaint_dialog = None

    def _on_complaint_dialog_accepted(self, dialog: ComplaintDialog) -> None:
        result = dialog.result_of_log
        self.complaint_dialog = None
        if result is None or result.case_id is None:
            return
        if result.outcome is ActionOutcome.JOINED_OPEN_CASE:
            text = label(result.outcome) + f" ({result.case_code})"
        else:
            text = self.tr("Complaint logged: %1.").replace("%1", result.case_code)
        case_dialog = self.open_case(result.case_id)
        self.status.showMessage(text, 15000)
        if dialog.instruct_after_log:
            case_dialog.instruct_after_log(lambda told: self.status.showMessage(text + " " + told, 15000))
        self.reload()

    def open_case(self, case_id: int) -> CaseDialog:
        existing = self.case_dialogs.get(case_id)
        if existing is not None:
            existing.reload()
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = CaseDialog(self.service, case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.step_opened.connect(self.dialog_opened)
        dialog.finished.connect(lambda _code, key=case_id: self.case_dialogs.pop(key, None))
        dialog.action_performed.connect(self._on_case_action_performed)
        self.case_dialogs[case_id] = dialog
        dialog.show()
        dialog.activateWindow()

        def first_shown() -> None:  # opened, for whoever waits on it, once the case is on screen
            dialog.detail_shown.disconnect(first_shown)
            self.dialog_opened.emit(dialog)

        dialog.detail_shown.connect(first_shown)
        return dialog

    def _on_case_action_performed(self, _action: object, result: ActionResult) -> None:
        if result.outcome is ActionOutcome.UNAVAILABLE:
            self.database_lost()
        self.reload()

    def edit_period(self, officer: OfficerRow | None = None) -> PeriodDialog | None:
        """Ctrl+L: the officer selected in the grid, or the dialog asks for one."""
        officer = officer or self.availability_panel.selected_officer()
        dialog = PeriodDialog(self.service, officer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def show_calendar(self) -> CalendarDialog:
        dialog = CalendarDialog(self.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def show_reports(self) -> ReportsWindow:
        """The reports screen (one at a time); a case chosen there opens in the case dialog."""
        if self.reports_window is None:
            from ui.reports_window import ReportsWindow

            window = ReportsWindow(self.service.reports, to_ist(self.service.clock.now()).date(), self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.case_activated.connect(self.open_case)
            window.finished.connect(lambda _code: setattr(self, "reports_window", None))
            self.reports_window = window
            window.show()
            window.refresh()
            self.dialog_opened.emit(window)
        self.reports_window.raise_()
        self.reports_window.activateWindow()
        return self.reports_window

    def open_selected_case(self) -> None:
        case_id = self.queue_panel.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def _on_roster_finished(self, text: str, succeeded: bool) -> None:
        icon = QMessageBox.Icon.Information if succeeded else QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.windowTitle(), text, parent=self)
        box.setObjectName("roster_result_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- language and layout
    def switch_language(self, language: str) -> None:
        self.translations.switch(language)

    def toggle_language(self) -> None:
        self.switch_language("en" if current_language() == "hi" else "hi")

    def retranslate(self) -> None:
        product = self.tr("Samvad Setu")
        # the platform appends the display name to a title that lacks it: the product's name once, in one script
        QGuiApplication.setApplicationDisplayName(product)
        parts = [product, self.tr("District Contact and Command Center")]
        if self.training_clock:
            parts.append(self.tr("demo on a training clock"))
        elif self.demo:
            parts.append(self.tr("demo"))
        self.setWindowTitle(" — ".join(parts))
        self.menus.retranslate(current_language())
        accounts = getattr(self, "accounts", None)  # a QObject gets no LanguageChange of its own; absent while built
        if accounts is not None:
            accounts.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.state is not None:
                self.tick()
        super().changeEvent(event)

    def restore_layout(self) -> None:
        self.first_start = restore_layout(self)

    def save_layout(self) -> None:
        save_layout(self)

    def work_left(self) -> tuple[int, int]:
        """Open cases, and SMS and calls not yet out (this workstation's dispatcher stops with the window)."""
        return work_left(self.state)

    def close_now(self, signum: int | None = None) -> None:
        """Close without asking (Ctrl+C or SIGTERM in the terminal: the person there decided)."""
        self.closed_by_signal = signum
        self._close_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        cases, unsent = self.work_left()
        if not self._close_confirmed and (cases or unsent):
            event.ignore()
            box = CloseQuestion(self, cases, unsent)
            box.open()
            self.dialog_opened.emit(box)
            return
        self.save_layout()
        self.timer.stop()
        self.loader.reconnect_timer.stop()
        self.alarm.acknowledge()
        self.events.detach()
        for dialog in list(self.case_dialogs.values()):
            dialog.done(QDialog.DialogCode.Rejected)  # a write in flight finishes before the task runner stops
        if self.reports_window is not None:
            self.reports_window.reject()
        self.tasks.shutdown()
        super().closeEvent(event)

