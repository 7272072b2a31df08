"""The modem panel: modems' health, the outbox with its decisions, and what came in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from console.domain import CallHeard, OutboxKind, OutboxStatus
from console.views import LiveState, OutboxRow
from ui.modem_table_models import (
    I_COL_TEXT,
    M_COL_CALL,
    O_COL_RECIPIENT,
    IncomingTableModel,
    ModemTableModel,
    OutboxTableModel,
)
from ui.row_table_model import ROW_ROLE
from ui.table_view import make_table
from ui.widgets import Retranslating

# Fitted to 1366×768 (the panel gets about 466 px): the last column stretches, and names in it elide with a tooltip.
MODEM_WIDTHS = (106, 62, 88, 84)
OUTBOX_WIDTHS = (58, 116, 72, 44, 46)  # "To" keeps 100 px beside a vertical scrollbar
INCOMING_WIDTHS = (96, 44, 124, 72)


class ModemPanel(Retranslating, QWidget):
    retry_requested = Signal(int)
    cancel_requested = Signal(int)
    resolve_requested = Signal(int, bool)  # outbox id, was it sent
    resend_missing_requested = Signal(int)  # outbox id: send only the parts the modem did not report sent
    outcome_requested = Signal(int)  # outbox id: an operator's call whose outcome was left unrecorded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modem_panel")
        self.modem_model = ModemTableModel(self)
        self.outbox_model = OutboxTableModel(self)
        self.incoming_model = IncomingTableModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("modem_title")
        self.modem_table = make_table("modem_table", self.modem_model, MODEM_WIDTHS, self)
        self.modem_table.setMaximumHeight(150)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("modem_tabs")
        outbox_page = QWidget(self.tabs)
        self.outbox_table = make_table("outbox_table", self.outbox_model, OUTBOX_WIDTHS, outbox_page)
        self.outbox_table.selectionModel().selectionChanged.connect(self._on_outbox_selection_changed)
        self.retry_button = QPushButton(outbox_page)
        self.retry_button.setObjectName("outbox_retry_button")
        self.cancel_button = QPushButton(outbox_page)
        self.cancel_button.setObjectName("outbox_cancel_button")
        self.sent_button = QPushButton(outbox_page)
        self.sent_button.setObjectName("outbox_resolve_sent_button")
        self.not_sent_button = QPushButton(outbox_page)
        self.not_sent_button.setObjectName("outbox_resolve_not_sent_button")
        self.missing_button = QPushButton(outbox_page)
        self.missing_button.setObjectName("outbox_resend_missing_button")
        self.missing_button.hide()
        self.outcome_button = QPushButton(outbox_page)
        self.outcome_button.setObjectName("outbox_call_outcome_button")
        self.outcome_button.hide()
        self.outcome_button.clicked.connect(lambda: self._emit_for_selected(self.outcome_requested.emit))
        self.retry_button.clicked.connect(lambda: self._emit_for_selected(self.retry_requested.emit))
        self.cancel_button.clicked.connect(lambda: self._emit_for_selected(self.cancel_requested.emit))
        self.sent_button.clicked.connect(lambda: self._emit_for_selected(lambda i: self.resolve_requested.emit(i, True)))
        self.not_sent_button.clicked.connect(
            lambda: self._emit_for_selected(lambda i: self.resolve_requested.emit(i, False))
        )
        self.missing_button.clicked.connect(lambda: self._emit_for_selected(self.resend_missing_requested.emit))
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button, self.sent_button, self.not_sent_button,
                       self.missing_button, self.outcome_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outbox_layout = QVBoxLayout(outbox_page)
        outbox_layout.setContentsMargins(0, 4, 0, 0)
        outbox_layout.addWidget(self.outbox_table, 1)
        outbox_layout.addLayout(buttons)
        self.incoming_table = make_table("incoming_table", self.incoming_model, INCOMING_WIDTHS, self.tabs)
        for table, column in ((self.modem_table, M_COL_CALL), (self.outbox_table, O_COL_RECIPIENT),
                              (self.incoming_table, I_COL_TEXT)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # never a scrollbar
        self.tabs.addTab(outbox_page, "")
        self.tabs.addTab(self.incoming_table, "")
        # the tables take Ctrl+Tab and Ctrl+PgDn for themselves; the tabs must be reachable from inside them
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self.tabs)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.switch_tab(step))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.modem_table)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._on_outbox_selection_changed()

    def show_state(self, state: LiveState, now: datetime) -> None:
        self.outbox_model.now = now
        self.incoming_model.now = now
        self.modem_model.set_rows(state.modems)
        self.outbox_model.set_rows(state.outbox)
        self.incoming_model.set_rows(state.incoming)
        self._retitle_tabs()
        self._on_outbox_selection_changed()

    def switch_tab(self, step: int) -> None:
        """The next (or previous) tab, with the keyboard in its table."""
        self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.outbox_table if index == 0 else self.incoming_table).setFocus()

    def selected_outbox(self) -> OutboxRow | None:
        indexes = self.outbox_table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Modems</b>"))
        self.retry_button.setText(self.tr("Retry"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.sent_button.setText(self.tr("Was sent"))
        self.sent_button.setToolTip(self.tr("The message or call did go out: record it as sent, do not send again"))
        self.not_sent_button.setText(self.tr("Not sent"))
        self.not_sent_button.setToolTip(self.tr("It did not go out: record it as failed, so it can be retried"))
        self.missing_button.setText(self.tr("Send missing parts"))
        self.outcome_button.setText(self.tr("Outcome"))
        self.outcome_button.setToolTip(self.tr("Record what came of this call: the operator spoke on it and its "
                                               "outcome was not recorded"))
        self._tip_missing_parts(self.selected_outbox())
        self._retitle_tabs()
        for model in (self.modem_model, self.outbox_model, self.incoming_model):
            model.retranslate()

    def _retitle_tabs(self) -> None:
        attention = self.outbox_model.needs_attention()
        outbox = self.tr("Outbox")
        self.tabs.setTabText(0, f"{outbox} ({attention}!)" if attention else outbox)
        self.tabs.setTabText(1, self.tr("Incoming"))

    def outbox_buttons(self) -> tuple[QPushButton, ...]:
        return (self.retry_button, self.cancel_button, self.sent_button, self.not_sent_button, self.missing_button)

    def refresh_buttons(self) -> None:
        """Offer what the selected row allows (after a decision, before the reload shows it)."""
        self._on_outbox_selection_changed()

    def _emit_for_selected(self, emit: object) -> None:
        row = self.selected_outbox()
        if row is not None and callable(emit):
            emit(row.outbox_id)

    def _on_outbox_selection_changed(self, *_args: object) -> None:
        row = self.selected_outbox()
        status = row.status if row else None
        self.retry_button.setEnabled(status in (OutboxStatus.FAILED, OutboxStatus.UNCERTAIN))
        self.cancel_button.setEnabled(status in (OutboxStatus.QUEUED, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN))
        self.sent_button.setEnabled(status is OutboxStatus.UNCERTAIN)
        self.not_sent_button.setEnabled(status is OutboxStatus.UNCERTAIN)
        missing = status is OutboxStatus.UNCERTAIN and row is not None and row.missing_parts_known
        self.missing_button.setEnabled(missing)
        self.missing_button.setVisible(missing)  # rare: shown only where it applies, so the row fits 1366 px
        unrecorded = row is not None and row.kind is OutboxKind.CALL and status is OutboxStatus.SENT \
            and row.audio is not None and row.audio.heard is CallHeard.OPERATOR and row.audio.spoken_outcome is None
        self.outcome_button.setEnabled(unrecorded)
        self.outcome_button.setVisible(unrecorded)
        self._tip_missing_parts(row)

    def _tip_missing_parts(self, row: OutboxRow | None) -> None:
        if row is not None and row.missing_parts_known:
            tip = self.tr("The modem reported %1 of %2 parts sent: send only the others, which the phone joins to "
                          "them").replace("%1", str(row.parts_went)).replace("%2", str(row.parts_total))
        else:
            tip = self.tr("For a long SMS of which the modem reported some parts sent: send only the others")
        self.missing_button.setToolTip(tip)
