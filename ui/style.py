"""Colours and small generated icons, chosen to stay readable on a bright office screen."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from console.domain import AvailabilityStatus, OutboxStatus
from console.lifecycle_commands import AttemptOutcome
from console.views import Urgency

# (background, foreground) — pale fills with dark text keep contrast above 7:1
URGENCY_COLOURS: dict[Urgency, tuple[str, str] | None] = {
    Urgency.CALM: None,
    Urgency.SOON: ("#fff3cd", "#5c4500"),
    Urgency.CRITICAL: ("#ffd8b0", "#7a3100"),
    Urgency.LAPSED: ("#f8d0d4", "#7a1020"),
    Urgency.PAUSED: ("#e4e6ea", "#3a3f45"),
}
URGENCY_DOTS: dict[Urgency, str] = {
    Urgency.CALM: "#2e7d32",
    Urgency.SOON: "#c99400",
    Urgency.CRITICAL: "#e06000",
    Urgency.LAPSED: "#c62828",
    Urgency.PAUSED: "#7a828c",
}
AVAILABILITY_COLOURS: dict[AvailabilityStatus, tuple[str, str]] = {
    AvailabilityStatus.ON_DUTY: ("#dff0d8", "#1e4620"),
    AvailabilityStatus.LEAVE: ("#fde2c4", "#6b3500"),
    AvailabilityStatus.TRAINING: ("#d6e6fa", "#123c6b"),
    AvailabilityStatus.OTHER: ("#e4e6ea", "#3a3f45"),
}
OUTBOX_COLOURS: dict[OutboxStatus, tuple[str, str] | None] = {
    OutboxStatus.QUEUED: None,
    OutboxStatus.SENDING: ("#d6e6fa", "#123c6b"),
    OutboxStatus.SENT: None,
    OutboxStatus.DELIVERED: ("#dff0d8", "#1e4620"),
    OutboxStatus.FAILED: ("#f8d0d4", "#7a1020"),
    OutboxStatus.UNCERTAIN: ("#fff3cd", "#5c4500"),
    OutboxStatus.CANCELLED: ("#e4e6ea", "#3a3f45"),
}
CALL_OUTCOME_COLOURS: dict[AttemptOutcome, tuple[str, str] | None] = {
    AttemptOutcome.ANSWERED: ("#dff0d8", "#1e4620"),
    AttemptOutcome.NO_ANSWER: ("#fff3cd", "#5c4500"),
    AttemptOutcome.BUSY: ("#fff3cd", "#5c4500"),
    AttemptOutcome.UNREACHABLE: ("#f8d0d4", "#7a1020"),
    AttemptOutcome.REJECTED: ("#fff3cd", "#5c4500"),
}
ALARM_FLASH = ("#c62828", "#ffffff")
ALARM_DIM = ("#f8d0d4", "#7a1020")


@cache
def brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@cache
def dot_icon(colour: str, size: int = 12) -> QPixmap:
    """A coloured dot; a pixmap of its final size, so painting a cell never scales an icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap
