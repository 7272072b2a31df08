"""The top of the case window: the case's code and state, its live countdown, who is involved and why this officer.

The case dialog hands it the case as loaded and its countdown as it ticks; it
holds no case of its own.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.lifecycle_deadlines import DeadlineKind
from console.phone import display
from console.views import CaseDetail
from ui.countdown import CountdownBoard
from ui.formatting import format_countdown, format_elapsed, format_moment
from ui.i18n import pick
from ui.labels import label
from ui.people_text import decision_text, officer_short

COUNTDOWN_STYLE = "font-size: 15pt; font-weight: bold;"


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_header")
        self.heading = QLabel(self)
        self.heading.setObjectName("case_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("case_countdown")
        self.countdown.setStyleSheet(COUNTDOWN_STYLE)
        self.people = QLabel(self)
        self.people.setObjectName("case_people")
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.availability = QLabel(self)
        self.availability.setObjectName("case_availability")
        self.availability.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.countdown)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.people)
        column.addWidget(self.availability)

    def show_case(self, detail: CaseDetail, now: datetime) -> None:
        row = detail.row
        self.heading.setText(f"<span style='font-size:14pt'><b>{row.case_code}</b> · {label(row.state)}</span>")
        called = format_moment(row.representative_called_at, now)
        since = format_elapsed((now - row.representative_called_at).total_seconds() / 60)
        name = pick(row.representative_name_en, row.representative_name_hi)
        representative = f"{name} ({label(row.representative_kind)})"
        self.people.setText(
            self.tr("Representative: %1 · %2 — called the officer at %3 (%4 ago)")
            .replace("%1", representative)
            .replace("%2", display(detail.representative_number))
            .replace("%3", called)
            .replace("%4", since)
            + "\n"
            + self.tr("Officer: %1").replace("%1", officer_short(detail.officer))
            + ("\n" + self.tr("Also open at another desk: %1").replace("%1", ", ".join(row.open_by))
               if row.open_by else "")
        )
        self.availability.setText(decision_text(detail.availability))

    def show_countdown(self, board: CountdownBoard, kind: DeadlineKind | None) -> None:
        """The case's deadline as ``board`` last ticked it (red once it passed; paused while the office is shut)."""
        remaining = board.remaining(0)
        if remaining is None or kind is None:
            self.countdown.setText("")
            return
        text = f"{format_countdown(remaining)} · {label(kind)}"
        if remaining > 0 and not board.office_open and board.resumes_at and board.now:
            text += " · " + self.tr("paused, resumes %1").replace("%1", format_moment(board.resumes_at, board.now))
        self.countdown.setText(text)
        self.countdown.setStyleSheet(COUNTDOWN_STYLE + " color: %s;" % ("#c62828" if remaining <= 0 else "#1e3a5f"))
