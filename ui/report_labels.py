"""Words of the reports screen for the metrics' codes (outcomes, standings), and its number formats."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.metrics import ResponseOutcome, Standing
from ui.i18n import locale

CONTEXT = "ReportLabels"
_TEXTS: tuple[tuple[Enum, str], ...] = (
    (ResponseOutcome.ON_TIME, QT_TRANSLATE_NOOP("ReportLabels", "On time")),
    (ResponseOutcome.LATE, QT_TRANSLATE_NOOP("ReportLabels", "Late")),
    (ResponseOutcome.UNCONFIRMED, QT_TRANSLATE_NOOP("ReportLabels", "Unconfirmed")),
    (ResponseOutcome.PENDING, QT_TRANSLATE_NOOP("ReportLabels", "Pending")),
    (ResponseOutcome.CANCELLED, QT_TRANSLATE_NOOP("ReportLabels", "Cancelled")),
    (ResponseOutcome.REDIRECTED, QT_TRANSLATE_NOOP("ReportLabels", "Redirected to the alternate")),
    (ResponseOutcome.OUTSIDE_HOURS, QT_TRANSLATE_NOOP("ReportLabels", "Instructed outside office hours")),
    (Standing.COMMENDABLE, QT_TRANSLATE_NOOP("ReportLabels", "Commendable")),
    (Standing.SATISFACTORY, QT_TRANSLATE_NOOP("ReportLabels", "Satisfactory")),
    (Standing.NEGLIGENT, QT_TRANSLATE_NOOP("ReportLabels", "Negligent")),
    (Standing.INSUFFICIENT_DATA, QT_TRANSLATE_NOOP("ReportLabels", "Insufficient data")),
)
_LABELS: dict[tuple[type[Enum], str], str] = {(type(code), code.value): text for code, text in _TEXTS}
# (background, foreground), like the queue's colours
STANDING_COLOURS: dict[Standing, tuple[str, str] | None] = {
    Standing.COMMENDABLE: ("#dff0d8", "#1e4620"),
    Standing.SATISFACTORY: None,
    Standing.NEGLIGENT: ("#f8d0d4", "#7a1020"),
    Standing.INSUFFICIENT_DATA: None,
}
OUTCOME_COLOURS: dict[ResponseOutcome, tuple[str, str] | None] = {
    ResponseOutcome.ON_TIME: None,
    ResponseOutcome.LATE: ("#f8d0d4", "#7a1020"),
    ResponseOutcome.UNCONFIRMED: ("#fff3cd", "#5c4500"),
    ResponseOutcome.PENDING: ("#e4e6ea", "#3a3f45"),
    ResponseOutcome.CANCELLED: ("#e4e6ea", "#3a3f45"),
    ResponseOutcome.REDIRECTED: ("#e4e6ea", "#3a3f45"),
    ResponseOutcome.OUTSIDE_HOURS: ("#e4e6ea", "#3a3f45"),
}


def report_label(code: ResponseOutcome | Standing) -> str:
    return QCoreApplication.translate(CONTEXT, _LABELS[(type(code), code.value)])


def format_minutes(minutes: float | None) -> str:
    return "—" if minutes is None else locale().toString(minutes, "f", 1)


def format_share(share: float | None) -> str:
    return "—" if share is None else f"{locale().toString(round(share * 100))} %"
