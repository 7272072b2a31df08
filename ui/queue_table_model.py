"""The escalation queue: one row per open case, with a live countdown column.

The 1 s tick emits one ``dataChanged`` over the countdown column only; every
other cell is formatted once per reload (or per minute for the elapsed time).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel, Qt

from console.domain import BusinessHours, EscalationState
from console.views import QueueRow, Urgency, urgency_of
from ui.countdown import CountdownBoard
from ui.formatting import format_countdown, format_elapsed, format_resume
from ui.i18n import department, pick
from ui.labels import label
from ui.people_text import actor_name
from ui.row_table_model import ROW_ROLE, SORT_ROLE, Index, RowTableModel, change_filter
from ui.style import URGENCY_COLOURS, URGENCY_DOTS, brush, dot_icon

COL_CODE, COL_REPRESENTATIVE, COL_OFFICER, COL_STATE, COL_SINCE_CALL, COL_COUNTDOWN, COL_DEPARTMENT, COL_OPERATOR = range(8)
TICK_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
]
QUEUE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        ROW_ROLE,
    }
)
# Rows that need a hand now sort first; within a band, the earliest deadline first.
BAND_ALARM, BAND_DUE, BAND_RUNNING, BAND_IDLE = range(4)
BAND_WIDTH = 1e9


class QueueTableModel(RowTableModel[QueueRow]):
    HEADER_CONTEXT = "QueueTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("QueueTableModel", "Case"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Representative"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Officer"),
        QT_TRANSLATE_NOOP("QueueTableModel", "State"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Since call"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Time left"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Department"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Operator"),
    )

    def __init__(self, calendar: BusinessHours, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = CountdownBoard(calendar)
        self._elapsed_minute = -1
        self._elapsed: list[str] = []
        self._countdown_cache: dict[int, tuple[tuple[float, bool, bool], str]] = {}
        self._sort_keys: list[float] = []

    def set_queue(self, rows: tuple[QueueRow, ...], now: datetime) -> None:
        self.beginResetModel()
        self.board.reset(rows, now)
        self._rows = rows
        self._texts = [self.cell_texts(row) for row in rows]
        self._elapsed_minute = -1
        self._refresh_elapsed(now)
        self._countdown_cache.clear()
        self._sort_keys = [self.sort_key(row) for row in range(len(rows))]
        self.endResetModel()

    def tick(self, now: datetime) -> bool:
        """One second passed: True when the set of alarming cases changed."""
        changed = self.board.tick(now)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, COL_COUNTDOWN), self.index(last, COL_COUNTDOWN), TICK_ROLES)
            if self._refresh_elapsed(now):
                self.dataChanged.emit(
                    self.index(0, COL_SINCE_CALL), self.index(last, COL_SINCE_CALL), [Qt.ItemDataRole.DisplayRole]
                )
        return changed

    def _refresh_elapsed(self, now: datetime) -> bool:
        minute = int(now.timestamp() // 60)
        if minute == self._elapsed_minute:
            return False
        self._elapsed_minute = minute
        self._elapsed = [format_elapsed((now - r.representative_called_at).total_seconds() / 60) for r in self._rows]
        return True

    def retranslate(self) -> None:
        self._countdown_cache.clear()
        self._elapsed_minute = -1
        if self.board.now is not None:
            self._refresh_elapsed(self.board.now)
        super().retranslate()

    def cell_texts(self, row: QueueRow) -> tuple[str, ...]:
        representative = f"{pick(row.representative_name_en, row.representative_name_hi)} ({label(row.representative_kind)})"
        officer = f"{pick(row.officer_name_en, row.officer_name_hi)}, {pick(row.officer_designation_en, row.officer_designation_hi)}"
        operator = actor_name(row.operator)
        if row.open_by:  # another desk has the case open right now: say who, before two people phone one officer
            operator += " · " + self.tr("open: %1").replace("%1", ", ".join(actor_name(name) for name in row.open_by))
        return (row.case_code, representative, officer, label(row.state), "", "", department(row.department), operator)

    # -- cells that move with the clock
    def urgency(self, row: int) -> Urgency:
        return urgency_of(self._rows[row].state, self.board.remaining(row), office_open=self.board.office_open)

    def countdown_text(self, row: int, *, full: bool = False) -> str:
        remaining = self.board.remaining(row)
        queue_row = self._rows[row]
        if remaining is None:
            if queue_row.state is EscalationState.DUE:
                return QCoreApplication.translate("QueueTableModel", "act now")
            return "—"
        key = (remaining, self.board.office_open, full)
        cached = self._countdown_cache.get(row)
        if cached is not None and cached[0] == key:
            return cached[1]
        assert queue_row.deadline_kind is not None
        text = f"{format_countdown(remaining)} · {label(queue_row.deadline_kind)}"
        if remaining > 0 and not self.board.office_open and self.board.resumes_at and self.board.now:
            resumes = format_resume(self.board.resumes_at, self.board.now)
            if full:
                paused = QCoreApplication.translate("QueueTableModel", "paused, resumes %1").replace("%1", resumes)
                text = f"{text} · {paused}"
            else:
                text = f"‖ {format_countdown(remaining)} → {resumes}"
        self._countdown_cache[row] = (key, text)
        return text

    def sort_key(self, row: int) -> float:
        """A key that does not move with time, so the 1 s tick never re-sorts.

        Cases in alarm or lapsed when the rows arrived first, then those due for
        action, then running deadlines soonest first. A deadline that lapses
        between reloads is already the first of its band; the next reload (the
        desk's alarm) lifts it to the top.
        """
        queue_row = self._rows[row]
        minutes = self.board.deadline_minutes(row)
        lapsed_at_load = minutes is not None and minutes <= 0 and bool(queue_row.deadline_kind and queue_row.deadline_kind.lapse_rings_alarm)
        if queue_row.state is EscalationState.ALARM or lapsed_at_load:
            return BAND_ALARM * BAND_WIDTH + (minutes or 0.0)
        if queue_row.state is EscalationState.DUE and minutes is None:
            return BAND_DUE * BAND_WIDTH + queue_row.representative_called_at.timestamp() / 60
        if minutes is None:
            return BAND_IDLE * BAND_WIDTH
        return BAND_RUNNING * BAND_WIDTH + minutes

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in QUEUE_ROLES or not index.isValid():
            return None  # alignment, font, size hints… asked for every painted cell: answer fast
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows)) or not (0 <= column < len(self.HEADERS)):
            return None
        if column == COL_COUNTDOWN:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.countdown_text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.countdown_text(row, full=True)
            if role == Qt.ItemDataRole.DecorationRole:
                return dot_icon(URGENCY_DOTS[self.urgency(row)])
        if column == COL_SINCE_CALL and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._elapsed[row]
        if column == COL_OFFICER and role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._texts[row][COL_OFFICER]} — {self._texts[row][COL_DEPARTMENT]}"
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = URGENCY_COLOURS[self.urgency(row)]
            if colours is None:
                return None
            return brush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == SORT_ROLE:
            if column == COL_COUNTDOWN:
                return self._sort_keys[row]
            if column == COL_SINCE_CALL:
                return self._rows[row].representative_called_at.timestamp()
            return self._texts[row][column]
        return super().data(index, role)


class QueueFilterProxy(QSortFilterProxyModel):
    """Filters by state, department and operator; sorts on stable keys only.

    Dynamic re-sorting is off: the countdown sort key does not move with time,
    so the 1 s tick never re-sorts; a reload (the model's reset) sorts again, a new lapse calls ``invalidate``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self._state: EscalationState | None = None
        self._department = ""
        self._operator = ""

    def set_filters(self, state: EscalationState | None, department: str, operator: str) -> None:
        def change() -> None:
            self._state, self._department, self._operator = state, department, operator

        change_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QueueTableModel)
        row = model.row_at(source_row)
        if self._state is not None and row.state is not self._state:
            return False
        if self._department and row.department != self._department:
            return False
        return not self._operator or row.operator == self._operator
