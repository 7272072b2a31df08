"""A case's timeline: who did what, when, with SMS delivery and call outcomes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from console.views import TimelineEntry
from ui.formatting import format_datetime
from ui.labels import label
from ui.row_table_model import RowTableModel
from ui.style import OUTBOX_COLOURS, brush

T_COL_AT, T_COL_ACTOR, T_COL_WHAT, T_COL_DETAIL, T_COL_OUTCOME = range(5)


class TimelineTableModel(RowTableModel[TimelineEntry]):
    HEADER_CONTEXT = "TimelineTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineTableModel", "When (IST)"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Who"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "What"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Details"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Outcome"),
    )

    def cell_texts(self, row: TimelineEntry) -> tuple[str, ...]:
        what = label(row.kind)
        if row.party is not None:
            what += f" ({label(row.party)})"
        details = " · ".join(part for part in (row.detail, row.evidence) if part)
        outcomes = [label(code) for code in (row.delivery, row.call_outcome) if code is not None]
        return (format_datetime(row.at), row.actor, what, details, ", ".join(outcomes))

    def cell_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        if column == T_COL_OUTCOME and row.delivery is not None:
            colours = OUTBOX_COLOURS[row.delivery]
            if colours is not None and role == Qt.ItemDataRole.BackgroundRole:
                return brush(colours[0])
            if colours is not None and role == Qt.ItemDataRole.ForegroundRole:
                return brush(colours[1])
        return None
