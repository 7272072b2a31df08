"""The operator window: queue, availability grid and modem panel side by side.

It holds no rules: it shows :class:`console.views.LiveState`, ticks the
countdowns from the injected clock, reloads when the change feed says so, and
hands every action to the service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from console.clock import TrainingClock
from console.domain import OutboxStatus
from console.events import (
    CalendarChanged,
    CallAnswered,
    CallerIdentified,
    CallerLookedUp,
    DomainEvent,
    EnginesFailed,
    OutboxChanged,
    UsersChanged,
)
from console.window_interface import ActionOutcome, ActionResult, ConsoleService, ServiceUnavailable
from console.views import (
    CalendarEntry,
    CaseDetail,
    IncomingCaller,
    LiveState,
    OfficerRow,
    QueueRow,
    RepresentativeRow,
)
from ui.alarm import Alarm
from ui.availability_panel import AvailabilityPanel
from ui.calendar_dialog import CalendarDialog
from ui.caller_bar import CallerBar
from ui.case_dialog import CaseDialog
from ui.complaint_dialog import ComplaintDialog
from ui.formatting import to_ist
from ui.i18n import Translations, current_language
from ui.labels import label
from ui.menus import ConsoleMenus
from ui.modem_panel import ModemPanel
from ui.operation import op
from ui.period_dialog import PeriodDialog
from ui.live_updates import LiveUpdates, with_rows
from ui.qt_bridge import EventBridge
from ui.queue_panel import QueuePanel
from ui.roster_transfer import RosterTransfer
from ui.session_control import SessionControl
from ui.speak_prompt import SpeakPrompts
from ui.status_bar import ConsoleStatusBar
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.reports_window import ReportsWindow  # pyqtgraph loads when the reports screen first opens

log = logging.getLogger(__name__)

TICK_MS = 1000
# What changes nothing the window's panels show (the caller and the answered call have their own handlers).
_NOT_SHOWN = (UsersChanged, CallerIdentified, CallerLookedUp, CallAnswered, EnginesFailed)
UNSENT = frozenset({OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.UNCERTAIN})
RECONNECT_MS = 3000  # while the database is out of reach, the live state is asked for again this often
LAYOUT_KEYS = ("window/geometry", "window/state", "splitters/main", "splitters/left")
TABLE_KEYS = {
    "queue_table": "tables/queue",
    "officer_table": "tables/officers",
    "modem_table": "tables/modems",
    "outbox_table": "tables/outbox",
    "incoming_table": "tables/incoming",
}


class MainWindow(QMainWindow):
    state_shown = Signal(int)  # the revision now on screen
    cases_shown = Signal(object)  # the case ids whose queue rows alone were read again and shown
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
        self.queue_panel = QueuePanel(service.calendar, self.alarm, self)
        self.availability_panel = AvailabilityPanel(self)
        self.modem_panel = ModemPanel(self)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("left_splitter")
        self.left_splitter.addWidget(self.queue_panel)
        self.left_splitter.addWidget(self.availability_panel)
        self.left_splitter.setSizes([430, 300])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.modem_panel)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([900, 466])
        self.caller_bar = CallerBar(self)
        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.caller_bar)
        column.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.status = ConsoleStatusBar(service.session, self, training_clock=self.training_clock)
        self.setStatusBar(self.status)
        self.roster = RosterTransfer(service, self.tasks, self)
        self.menus = ConsoleMenus(self)
        self.roster.finished.connect(self._on_roster_finished)
        self.complaint_dialog: ComplaintDialog | None = None
        self.case_dialogs: dict[int, CaseDialog] = {}
        self.reports_window: ReportsWindow | None = None
        self._holiday_cache: tuple[date, CalendarEntry | None] | None = None
        self._holiday_asked: date | None = None  # the day whose holiday is being read
        self._loading = False
        self._reload_again = False
        self._close_confirmed = False
        self.closed_by_signal: int | None = None
        self.updates = LiveUpdates(self.reload, self.reload_cases, self)
        self.events = EventBridge(self)  # the one bridge of the domain's events into the window
        self.events.subscribe(DomainEvent, self._on_event)
        self.events.subscribe(CallerLookedUp, lambda event: self.on_caller(event.caller))
        self.speak_prompts = SpeakPrompts(service, self.tasks, self, self.events)
        self.speak_prompts.opened.connect(self.dialog_opened.emit)
        self.events.attach(service.events)
        self.caller_bar.complaint_requested.connect(lambda _caller: self.complaint_for_caller())
        self.caller_bar.callback_requested.connect(lambda _caller: self.callback_for_caller())
        self.queue_panel.case_activated.connect(self.open_case)
        self.availability_panel.period_edit_requested.connect(self.edit_period)
        self.availability_panel.import_requested.connect(self.roster.import_roster)
        self.availability_panel.export_requested.connect(self.roster.export_roster)
        self.modem_panel.retry_requested.connect(lambda i: self._outbox(lambda: self.service.retry_outbox(i)))
        self.modem_panel.cancel_requested.connect(lambda i: self._outbox(lambda: self.service.cancel_outbox(i)))
        self.modem_panel.resolve_requested.connect(
            lambda i, sent: self._outbox(lambda: self.service.resolve_uncertain(i, sent)))
        self.modem_panel.resend_missing_requested.connect(
            lambda i: self._outbox(lambda: self.service.resend_missing_parts(i)))
        self.modem_panel.outcome_requested.connect(self.speak_prompts.open_for)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setSingleShot(True)
        self.reconnect_timer.setInterval(RECONNECT_MS)
        self.reconnect_timer.timeout.connect(self.reload)
        self.lost_since: datetime | None = None
        self.accounts = SessionControl(self)
        self.resize(1366, 768)
        self.restore_layout()
        self.retranslate()

    # -- live state
    def load_now(self, *, first_screen: bool = False) -> None:
        """Load synchronously (start-up), then keep the countdowns ticking. ``first_screen``: the queue only, the
        rest (the officers' grid) loaded off the GUI thread as soon as the window is painted."""
        try:
            self.show_state(self.service.load_live_state(first_screen=first_screen))
        except ServiceUnavailable as error:
            self._on_state_failed(error)
        else:
            if first_screen:
                QTimer.singleShot(0, self.reload)
        self.timer.start()

    def reload(self) -> None:
        """Load off the GUI thread; changes arriving meanwhile cause one more load, not many."""
        if self.tasks.closed:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.tasks.run(self.service.load_live_state, self._on_state_loaded, self._on_state_failed)

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
        self.status.show_time(now, board.office_open, board.resumes_at, self._holiday(now))

    def _holiday(self, now: datetime) -> CalendarEntry | None:
        """Today's holiday as last read; a new day (or a changed calendar) is read off the GUI thread."""
        today = to_ist(now).date()
        cached = self._holiday_cache
        if (cached is None or cached[0] != today) and self._holiday_asked != today and not self.tasks.closed:
            self._holiday_asked = today
            service = self.service
            op(self, lambda: service.holiday_on(today)).success(
                lambda entry: self._on_holiday_read(today, entry)).failure(lambda _text, _error: None).run()
        return cached[1] if cached is not None and cached[0] == today else None

    def _on_holiday_read(self, day: date, entry: CalendarEntry | None) -> None:
        self._holiday_asked = None
        self._holiday_cache = (day, entry)
        if self.state is not None:
            self.tick()

    def _on_state_loaded(self, state: LiveState) -> None:
        self._loading = False
        if self.lost_since is not None:
            self.lost_since = None
            self.status.show_connection(None)
            self.status.showMessage(self.tr("The database is back; the window shows the latest."), 8000)
        self.show_state(state)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _on_state_failed(self, error: BaseException) -> None:
        self._loading = False
        if isinstance(error, ServiceUnavailable):
            self.database_lost()
            return
        log.error("loading the live state failed", exc_info=error)
        self.status.showMessage(self.tr("Could not load the latest state; retrying on the next change."), 10000)

    def database_lost(self) -> None:
        """Say so, keep everything typed, and ask again every few seconds until the database answers."""
        if self.lost_since is None:
            self.lost_since = self.service.clock.now()
            log.warning("the database is out of reach; reconnecting")
            self.status.show_connection(self.lost_since)
        if not self.tasks.closed:
            self.reconnect_timer.start()

    def _on_event(self, event: DomainEvent) -> None:
        if isinstance(event, _NOT_SHOWN):
            return
        if isinstance(event, CalendarChanged):
            self._holiday_cache = None
        if isinstance(event, OutboxChanged):
            self.speak_prompts.outbox_changed()
        self.updates.add(event)

    def reload_cases(self, case_ids: tuple[int, ...]) -> None:
        """Only these cases changed: their queue rows are read, not the whole state (unless a reload runs)."""
        if self.tasks.closed:
            return
        if self._loading or self.state is None:  # the reload in flight may predate the change: one more, whole
            self.reload()
            return
        self.tasks.run(lambda: self.service.queue_rows(case_ids),
                       lambda rows: self._on_rows_loaded(case_ids, rows), self._on_state_failed)

    def _on_rows_loaded(self, case_ids: tuple[int, ...], rows: tuple[QueueRow, ...]) -> None:
        if self.state is None or self._loading:
            return  # a whole reload is on its way
        state = with_rows(self.state, case_ids, rows)
        self.state = state
        now = self.service.clock.now()
        self.queue_panel.show_state(state, now)
        self.status.show_refreshed(now)  # nothing else changed meanwhile, or its event would have reloaded it all
        self.tick()
        self._refresh_case_dialogs(case_ids)
        self.cases_shown.emit(case_ids)

    # -- caller ID
    def on_caller(self, caller: IncomingCaller) -> None:
        """Someone rings the center. A representative gets the complaint opened for them when the operator is free;
        otherwise, and for an officer's callback, the bar above the queue offers it (F6, F7): nothing is written."""
        opened = caller.representative is not None and self._operator_free()
        if opened:
            self.new_complaint(caller.representative)
        self.caller_bar.offer(caller, self.service.clock.now(), complaint_opened=opened)

    def _operator_free(self) -> bool:
        """Nothing would be interrupted: someone is signed in, the window is in front and no dialog is open."""
        return (self.service.session is not None and QApplication.activeModalWidget() is None
                and QApplication.activeWindow() is self and self.complaint_dialog is None and not self.case_dialogs
                and self.reports_window is None)

    def complaint_for_caller(self) -> None:
        """F6: the new complaint, the calling representative filled in (one complaint dialog at a time)."""
        caller = self.caller_bar.caller
        if not self.caller_bar.offers_complaint or caller is None or caller.representative is None:
            return
        if self.complaint_dialog is not None:
            self.complaint_dialog.raise_()
            self.complaint_dialog.activateWindow()
            return
        self.new_complaint(caller.representative)
        self.caller_bar.offer(caller, self.service.clock.now(), complaint_opened=True)

    def callback_for_caller(self) -> None:
        """F7: the calling officer's case, its confirmation step filled in; Enter there records it."""
        caller = self.caller_bar.caller
        if not self.caller_bar.offers_callback or caller is None or caller.callback_case_id is None:
            return
        self.caller_bar.clear()
        self.open_case(caller.callback_case_id).record_callback(caller.at)

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

    def _outbox(self, write: Callable[[], ActionResult]) -> None:
        """An outbox button's decision, written off the GUI thread; the buttons wait for it."""
        panel = self.modem_panel
        op(panel, write).busy(*panel.outbox_buttons()).success(self._report).failure(self._on_outbox_failed).run()

    def _on_outbox_failed(self, text: str, _error: BaseException) -> None:
        self.status.showMessage(text, 10000)
        self.modem_panel.refresh_buttons()

    def _report(self, result: ActionResult) -> None:
        self.status.showMessage(label(result.outcome), 6000)
        self.modem_panel.refresh_buttons()
        if result.outcome is ActionOutcome.UNAVAILABLE:
            self.database_lost()

    def _on_roster_finished(self, text: str, succeeded: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if succeeded else QMessageBox.Icon.Warning, self.windowTitle(), text, parent=self)
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

    def _tables(self) -> dict[str, QWidget]:
        return {
            "queue_table": self.queue_panel.table,
            "officer_table": self.availability_panel.table,
            "modem_table": self.modem_panel.modem_table,
            "outbox_table": self.modem_panel.outbox_table,
            "incoming_table": self.modem_panel.incoming_table,
        }

    def restore_layout(self) -> None:
        values = {key: self.settings.value(key) for key in LAYOUT_KEYS}
        self.first_start = not isinstance(values["window/geometry"], QByteArray)
        if isinstance(values["window/geometry"], QByteArray):
            self.restoreGeometry(values["window/geometry"])
        if isinstance(values["window/state"], QByteArray):
            self.restoreState(values["window/state"])
        if isinstance(values["splitters/main"], QByteArray):
            self.main_splitter.restoreState(values["splitters/main"])
        if isinstance(values["splitters/left"], QByteArray):
            self.left_splitter.restoreState(values["splitters/left"])
        for name, table in self._tables().items():
            state = self.settings.value(TABLE_KEYS[name])
            if isinstance(state, QByteArray):
                table.horizontalHeader().restoreState(state)  # type: ignore[attr-defined]

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("splitters/main", self.main_splitter.saveState())
        self.settings.setValue("splitters/left", self.left_splitter.saveState())
        for name, table in self._tables().items():
            self.settings.setValue(TABLE_KEYS[name], table.horizontalHeader().saveState())  # type: ignore[attr-defined]
        self.settings.sync()

    def work_left(self) -> tuple[int, int]:
        """Open cases, and SMS and calls not yet out (this workstation's dispatcher stops with the window)."""
        if self.state is None:
            return 0, 0
        unsent = sum(1 for row in self.state.outbox if row.status in UNSENT)
        return len(self.state.queue), unsent

    def close_now(self, signum: int | None = None) -> None:
        """Close without asking (Ctrl+C or SIGTERM in the terminal: the person there decided)."""
        self.closed_by_signal = signum
        self._close_confirmed = True
        self.close()

    def _ask_before_closing(self, cases: int, unsent: int) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setObjectName("close_question_box")
        box.setText(self.tr("%1 case(s) are open and %2 SMS or call(s) are not yet sent.")
                    .replace("%1", str(cases)).replace("%2", str(unsent)))
        box.setInformativeText(self.tr("While this window is closed, this workstation sends nothing and does not "
                                       "climb the ladder. Close it anyway?"))
        close_button = box.addButton(self.tr("&Close the window"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: box.clickedButton() is close_button and self.close_now())
        box.open()
        self.dialog_opened.emit(box)
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        cases, unsent = self.work_left()
        if not self._close_confirmed and (cases or unsent):
            event.ignore()
            self._ask_before_closing(cases, unsent)
            return
        self.save_layout()
        self.timer.stop()
        self.reconnect_timer.stop()
        self.alarm.acknowledge()
        self.events.detach()
        for dialog in list(self.case_dialogs.values()):
            dialog.done(QDialog.DialogCode.Rejected)  # a write in flight finishes before the task runner stops
        if self.reports_window is not None:
            self.reports_window.reject()
        self.tasks.shutdown()
        super().closeEvent(event)

