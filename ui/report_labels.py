"""Words of the reports screen for the metrics' codes (outcomes, standings), and its number formats."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.metrics import Outcome, Standing
from ui.i18n import locale

CONTEXT = "ReportLabels"
_TEXTS: tuple[tuple[Enum, str], ...] = (
    (Outcome.ON_TIME, QT_TRANSLATE_NOOP("ReportLabels", "On time")),
    (Outcome.LATE, QT_TRANSLATE_NOOP("ReportLabels", "Late")),
    (Outcome.UNCONFIRMED, QT_TRANSLATE_NOOP("ReportLabels", "Unconfirmed")),
    (Outcome.PENDING, QT_TRANSLATE_NOOP("ReportLabels", "Pending")),
    (Outcome.CANCELLED, QT_TRANSLATE_NOOP("ReportLabels", "Cancelled")),
    (Outcome.REDIRECTED, QT_TRANSLATE_NOOP("ReportLabels", "Redirected to the alternate")),
    (Outcome.OUTSIDE_HOURS, QT_TRANSLATE_NOOP("ReportLabels", "Instructed outside office hours")),
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
OUTCOME_COLOURS: dict[Outcome, tuple[str, str] | None] = {
    Outcome.ON_TIME: None,
    Outcome.LATE: ("#f8d0d4", "#7a1020"),
    Outcome.UNCONFIRMED: ("#fff3cd", "#5c4500"),
    Outcome.PENDING: ("#e4e6ea", "#3a3f45"),
    Outcome.CANCELLED: ("#e4e6ea", "#3a3f45"),
    Outcome.REDIRECTED: ("#e4e6ea", "#3a3f45"),
    Outcome.OUTSIDE_HOURS: ("#e4e6ea", "#3a3f45"),
}


def report_label(code: Outcome | Standing) -> str:
    return QCoreApplication.translate(CONTEXT, _LABELS[(type(code), code.value)])


def format_minutes(minutes: float | None) -> str:
    return "—" if minutes is None else locale().toString(minutes, "f", 1)


def format_share(share: float | None) -> str:
    return "—" if share is None else f"{locale().toString(round(share * 100))} %"
