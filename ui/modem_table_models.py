"""Models of the modem panel: the modems, the outbox and recent incoming messages and calls."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from console.domain import OutboxStatus
from console.phone import display
from console.views import IncomingRow, ModemAudio, ModemRow, OutboxRow, RegistrationState, SimState
from ui.formatting import format_count, format_moment, format_signal
from ui.i18n import pick
from ui.labels import label
from ui.outbox_text import outcome_colours, outcome_text
from ui.row_table_model import Index, RowTableModel
from ui.style import brush, dot_icon

M_COL_NAME, M_COL_SIGNAL, M_COL_NETWORK, M_COL_SMS, M_COL_CALL = range(5)
O_COL_KIND, O_COL_STATUS, O_COL_CASE, O_COL_UPDATED, O_COL_ATTEMPTS, O_COL_RECIPIENT = range(6)
I_COL_KIND, I_COL_AT, I_COL_FROM, I_COL_CASE, I_COL_TEXT = range(5)


SMS_PARTS_TIP = QT_TRANSLATE_NOOP(
    "ModemTableModel", "SMS parts sent today and the SIM's daily cap: a long or Hindi SMS goes as two or more parts, "
    "and the network counts each")
VIA_MODEM = QT_TRANSLATE_NOOP("OutboxTableModel", "via modem %1")
NETWORK_TIP = QT_TRANSLATE_NOOP("ModemTableModel", "The mobile network, or what keeps the modem off it (the SIM)")
CALLS_TIP = QT_TRANSLATE_NOOP("ModemTableModel", "The number on a call now; when idle, what an officer hears when "
                              "the modem's call is answered")
AUDIO_TIPS = {
    ModemAudio.OPERATOR: QT_TRANSLATE_NOOP("ModemTableModel", "An operator speaks on the headset wired to this modem"),
    ModemAudio.RECORDED: QT_TRANSLATE_NOOP("ModemTableModel", "The module plays the district's recorded instruction "
                                           "twice"),
    ModemAudio.RECORDED_CANNOT_PLAY: QT_TRANSLATE_NOOP("ModemTableModel", "Set to play the recording, but this "
                                                       "module cannot play clips: its calls are alerts only"),
    ModemAudio.ALERT: QT_TRANSLATE_NOOP("ModemTableModel", "Nothing: the call is hung up a few seconds after the "
                                        "answer; the SMS carries the instruction"),
}


class ModemTableModel(RowTableModel[ModemRow]):
    HEADER_CONTEXT = "ModemTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ModemTableModel", "Modem"),
        QT_TRANSLATE_NOOP("ModemTableModel", "Signal"),
        QT_TRANSLATE_NOOP("ModemTableModel", "Network"),
        QT_TRANSLATE_NOOP("ModemTableModel", "SMS parts"),
        QT_TRANSLATE_NOOP("ModemTableModel", "Calls"),
    )

    def cell_texts(self, row: ModemRow) -> tuple[str, ...]:
        if not row.online:
            network = QCoreApplication.translate("ModemTableModel", "offline")
        elif row.sim_state is not SimState.READY:
            network = label(row.sim_state)  # no SIM, PIN needed: what the IT person must fix first
        elif row.registration is RegistrationState.HOME and row.operator_name:
            network = row.operator_name
        else:
            network = label(row.registration) + (f" ({row.operator_name})" if row.operator_name else "")
        return (
            row.name,
            format_signal(row.signal_dbm),
            network,
            f"{format_count(row.sms_today)} / {format_count(row.sms_cap)}" if row.sends_sms else "—",
            display(row.current_call) if row.current_call else label(row.call_audio) if row.call_audio else "—",
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = {M_COL_SMS: SMS_PARTS_TIP, M_COL_NETWORK: NETWORK_TIP, M_COL_CALL: CALLS_TIP}.get(section)
            if tip is not None:
                return QCoreApplication.translate(self.HEADER_CONTEXT, tip)
        return super().headerData(section, orientation, role)

    def cell_data(self, row: ModemRow, column: int, role: int) -> Any:
        if column == M_COL_NAME and role == Qt.ItemDataRole.DecorationRole:
            healthy = row.online and row.sim_state is SimState.READY and row.registration in (
                RegistrationState.HOME, RegistrationState.ROAMING
            )
            return dot_icon("#2e7d32" if healthy else "#c62828")
        if column == M_COL_SMS and role == Qt.ItemDataRole.ForegroundRole and row.sends_sms \
                and row.sms_today >= row.sms_cap:
            return brush("#7a1020")
        if column == M_COL_CALL and not row.current_call and row.call_audio is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(self.HEADER_CONTEXT, AUDIO_TIPS[row.call_audio])
            if role == Qt.ItemDataRole.ForegroundRole and row.call_audio is ModemAudio.RECORDED_CANNOT_PLAY:
                return brush("#7a1020")
        return None


class OutboxTableModel(RowTableModel[OutboxRow]):
    HEADER_CONTEXT = "OutboxTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OutboxTableModel", "Kind"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Status"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Case"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Time"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Tries"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "To"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def cell_texts(self, row: OutboxRow) -> tuple[str, ...]:
        status = outcome_text(row.kind, row.status, row.call_outcome, row.talk_seconds, row.error_code, row.audio,
                              short=True)
        updated = format_moment(row.updated_at, self.now or row.updated_at)
        return (
            label(row.kind),
            status,
            row.case_code,
            updated,
            str(row.attempts),
            f"{pick(row.recipient_name_en, row.recipient_name_hi)} {display(row.number)}",
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == O_COL_STATUS \
                and 0 <= index.row() < len(self._rows) and self._rows[index.row()].modem:
            via = QCoreApplication.translate(self.HEADER_CONTEXT, VIA_MODEM)
            row = self._rows[index.row()]
            whole = outcome_text(row.kind, row.status, row.call_outcome, row.talk_seconds, row.error_code, row.audio)
            return f"{whole} — {via.replace('%1', row.modem)}"
        return super().data(index, role)

    def cell_data(self, row: OutboxRow, column: int, role: int) -> Any:
        colours = outcome_colours(row.status, row.call_outcome)
        if column == O_COL_STATUS and colours is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return brush(colours[0])
            if role == Qt.ItemDataRole.ForegroundRole:
                return brush(colours[1])
        return None

    def needs_attention(self) -> int:
        return sum(1 for row in self._rows if row.status in (OutboxStatus.FAILED, OutboxStatus.UNCERTAIN))


class IncomingTableModel(RowTableModel[IncomingRow]):
    HEADER_CONTEXT = "IncomingTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("IncomingTableModel", "Kind"),
        QT_TRANSLATE_NOOP("IncomingTableModel", "At"),
        QT_TRANSLATE_NOOP("IncomingTableModel", "From"),
        QT_TRANSLATE_NOOP("IncomingTableModel", "Case"),
        QT_TRANSLATE_NOOP("IncomingTableModel", "Message"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def cell_texts(self, row: IncomingRow) -> tuple[str, ...]:
        sender = pick(row.sender_name_en, row.sender_name_hi)
        unknown = QCoreApplication.translate("IncomingTableModel", "unknown sender")
        return (
            label(row.kind),
            format_moment(row.received_at, self.now or row.received_at),
            f"{sender or unknown} {row.number}",
            row.case_code or "—",
            row.text,
        )
