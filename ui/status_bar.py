"""The status bar: open now or closed until when, the time in IST, who is signed in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from console.views import CalendarEntry, OperatorSession
from ui.formatting import format_date, format_moment, to_ist
from ui.i18n import pick
from ui.labels import label


OPEN_STYLE = "color: #1e4620; font-weight: bold;"
CLOSED_STYLE = "color: #7a3100; font-weight: bold;"
TRAINING_STYLE = "background: #d6e6fa; color: #123c6b; font-weight: bold; padding: 0 6px; border-radius: 3px;"


class ConsoleStatusBar(QStatusBar):
    def __init__(self, session: OperatorSession | None, parent: QWidget | None = None, *,
                 training_clock: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self._session = session
        self._training = training_clock
        self.office = QLabel(self)
        self.office.setObjectName("office_status_label")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clock_label")
        self.feed = QLabel(self)
        self.feed.setObjectName("feed_label")
        self.user = QLabel(self)
        self.user.setObjectName("user_label")
        self.connection = QLabel(self)
        self.connection.setObjectName("connection_label")
        self.connection.setStyleSheet("color: #ffffff; background: #b71c1c; font-weight: bold; padding: 1px 6px;")
        self.connection.hide()
        self._lost_since: datetime | None = None
        self.addWidget(self.office, 1)
        self.addPermanentWidget(self.connection)
        self.addPermanentWidget(self.feed)
        self.addPermanentWidget(self.user)
        self.addPermanentWidget(self.clock_label)
        if training_clock:
            self.clock_label.setStyleSheet(TRAINING_STYLE)
        self._now: datetime | None = None
        self._open = True
        self._resumes: datetime | None = None
        self._holiday: CalendarEntry | None = None
        self._refreshed: datetime | None = None

    def show_time(self, now: datetime, office_open: bool, resumes_at: datetime | None, holiday: CalendarEntry | None) -> None:
        self._now, self._open, self._resumes, self._holiday = now, office_open, resumes_at, holiday
        self._render()

    def show_refreshed(self, at: datetime) -> None:
        """When the data on screen was read (the change feed reloads it whenever something changes)."""
        self._refreshed = at
        self._render()

    def show_session(self, session: OperatorSession | None) -> None:
        self._session = session
        self._render_user()

    def show_connection(self, lost_since: datetime | None) -> None:
        """The database is out of reach since ``lost_since`` (None: reachable again)."""
        self._lost_since = lost_since
        self.connection.setVisible(lost_since is not None)
        self._render_connection()

    def _render_user(self) -> None:
        session = self._session
        if session is None:
            self.user.setText(self.tr("Nobody signed in"))
        else:
            self.user.setText(f"{session.display_name} ({label(session.role)})")

    def _render_connection(self) -> None:
        if self._lost_since is None:
            return
        since = to_ist(self._lost_since)
        self.connection.setText(self.tr("Database unreachable since %1 — nothing typed is lost; reconnecting…")
                                .replace("%1", f"{since:%H:%M:%S}"))

    def _render(self) -> None:
        if self._now is None:
            return
        style = OPEN_STYLE if self._open else CLOSED_STYLE
        if self.office.styleSheet() != style:  # restyling costs a relayout: only when it changes
            self.office.setStyleSheet(style)
        if self._open:
            self.office.setText(self.tr("● Office open — the clock is running"))
        else:
            until = format_moment(self._resumes, self._now) if self._resumes else "—"
            text = self.tr("■ Office closed until %1 — countdowns paused").replace("%1", until)
            if self._holiday is not None:
                text += f" ({pick(self._holiday.name_en, self._holiday.name_hi)})"
            self.office.setText(text)
        local = to_ist(self._now)  # minutes are enough here; the countdowns carry the seconds
        shown = f"{format_date(self._now)} {local:%H:%M}"
        if self._training:
            self.clock_label.setText(self.tr("Training clock: %1 IST").replace("%1", shown))
            self.clock_label.setToolTip(self.tr("The demo runs on a training clock inside office hours, so the "
                                                "rule can be practised at any hour. Start it with --real-clock "
                                                "for the time of day."))
        else:
            self.clock_label.setText(self.tr("%1 IST").replace("%1", shown))
        if self._refreshed is not None:
            self.feed.setText(self.tr("data as of %1").replace("%1", to_ist(self._refreshed).strftime("%H:%M:%S")))
        self._render_user()
        self._render_connection()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
