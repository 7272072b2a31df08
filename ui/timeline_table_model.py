"""A case's timeline: who did what, when, with SMS delivery and call outcomes.

Every word comes from here (the desk stores codes, numbers and people's own
words), so the Hindi window shows a Hindi timeline: "told by the
representative", "SMS reply from …", "redirected from HRD-0406".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from console.domain import OutboxKind
from console.phone import display
from console.views import ConfirmationSource, TimelineEntry, TimelineEventKind
from ui.formatting import format_datetime
from ui.i18n import pick
from ui.labels import label
from ui.outbox_text import outcome_colours, outcome_text
from ui.people_text import actor_name
from ui.row_table_model import RowTableModel
from ui.style import brush

T_COL_AT, T_COL_ACTOR, T_COL_WHAT, T_COL_DETAIL, T_COL_OUTCOME = range(5)
CONTEXT = "TimelineTableModel"
_CONFIRMED_BY = {
    ConfirmationSource.REPRESENTATIVE: QT_TRANSLATE_NOOP("TimelineTableModel", "told by the representative"),
    ConfirmationSource.OFFICER: QT_TRANSLATE_NOOP("TimelineTableModel", "told by the officer"),
    ConfirmationSource.SMS_REPLY: QT_TRANSLATE_NOOP("TimelineTableModel", "SMS reply from %1"),
    ConfirmationSource.MISSED_CALL: QT_TRANSLATE_NOOP("TimelineTableModel", "missed call from %1"),
}
_REDIRECTED_FROM = QT_TRANSLATE_NOOP("TimelineTableModel", "redirected from %1")
_TO = QT_TRANSLATE_NOOP("TimelineTableModel", "to %1")
_OUTSIDE_HOURS = QT_TRANSLATE_NOOP("TimelineTableModel", "outside office hours: not counted against the officer")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TimelineTableModel(RowTableModel[TimelineEntry]):
    HEADER_CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineTableModel", "When (IST)"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Who"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "What"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Details"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Outcome"),
    )

    def cell_texts(self, row: TimelineEntry) -> tuple[str, ...]:
        what = label(row.kind)
        if row.party is not None and row.kind is TimelineEventKind.MANUAL_CALL:
            what += f" ({label(row.party)})"
        details = " · ".join(part for part in (*self._words(row), row.detail, self._quoted(row)) if part)
        return (format_datetime(row.at), actor_name(row.actor), what, details, self._outcome(row))

    @staticmethod
    def _words(row: TimelineEntry) -> tuple[str, ...]:
        """What the program itself says about the event, in the window's language."""
        number = display(row.number) if row.number else ""
        if row.kind is TimelineEventKind.CONFIRMED and row.confirmed_by is not None:
            return (_tr(_CONFIRMED_BY[row.confirmed_by]).replace("%1", number),)
        if row.kind is TimelineEventKind.LOGGED and row.case_code:
            return (_tr(_REDIRECTED_FROM).replace("%1", row.case_code),)
        if row.kind in (TimelineEventKind.REDIRECTED, TimelineEventKind.ESCALATED) and row.counterpart_en:
            return (_tr(_TO).replace("%1", pick(row.counterpart_en, row.counterpart_hi)),)
        if row.kind in (TimelineEventKind.INSTRUCTED, TimelineEventKind.REINSTRUCTED) and row.outside_hours:
            return (_tr(_OUTSIDE_HOURS),)
        if row.kind in (TimelineEventKind.SMS, TimelineEventKind.CALL, TimelineEventKind.MANUAL_CALL) and number:
            return (number,)
        return ()

    @staticmethod
    def _quoted(row: TimelineEntry) -> str:
        """People's own words (a reply's text, a note with the confirmation), as they were written."""
        if not row.evidence:
            return ""
        return f"“{row.evidence}”" if row.confirmed_by is ConfirmationSource.SMS_REPLY else row.evidence

    @staticmethod
    def _outcome(row: TimelineEntry) -> str:
        if row.delivery is None:
            return label(row.call_outcome) if row.call_outcome is not None else ""
        kind = OutboxKind.CALL if row.kind is TimelineEventKind.CALL else OutboxKind.SMS
        return outcome_text(kind, row.delivery, row.call_outcome, row.talk_seconds, audio=row.audio)

    def cell_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        if column == T_COL_OUTCOME and row.delivery is not None:
            colours = outcome_colours(row.delivery, row.call_outcome)
            if colours is not None and role == Qt.ItemDataRole.BackgroundRole:
                return brush(colours[0])
            if colours is not None and role == Qt.ItemDataRole.ForegroundRole:
                return brush(colours[1])
        return None
