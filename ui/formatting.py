"""Numbers, dates and durations as an operator in India reads them (IST, dd MMM yyyy, 12,34,567)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from console.clock import IST
from ui.i18n import locale


def to_ist(instant: datetime) -> datetime:
    return instant.astimezone(IST)


def format_date(instant: datetime) -> str:
    local = to_ist(instant)
    return locale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy")


def format_last_day(ends_at: datetime) -> str:
    """The last day of a period that ends (exclusive) at ``ends_at``: midnight belongs to the day before."""
    return format_date(ends_at - timedelta(microseconds=1))


def format_day(day: QDate) -> str:
    return locale().toString(day, "ddd, dd MMM yyyy")


def format_time(instant: datetime) -> str:
    return to_ist(instant).strftime("%H:%M")


def format_datetime(instant: datetime) -> str:
    return f"{format_date(instant)} {format_time(instant)}"


def format_moment(instant: datetime, now: datetime) -> str:
    """Time alone when it is today (IST), else the date too."""
    if to_ist(instant).date() == to_ist(now).date():
        return format_time(instant)
    return format_datetime(instant)


def format_resume(instant: datetime, now: datetime) -> str:
    """When a paused clock resumes, short: "10:00" today, "Mon 10:00" within a week, else the date."""
    local, today = to_ist(instant), to_ist(now)
    days = (local.date() - today.date()).days
    if days == 0:
        return format_time(instant)
    if 0 < days < 7:
        return f"{locale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {format_time(instant)}"
    return format_datetime(instant)


def format_count(value: int) -> str:
    return locale().toString(value)


def format_countdown(minutes: float) -> str:
    """Business minutes left as [-]h:mm:ss or [-]mm:ss; negative when lapsed."""
    sign = "−" if minutes < 0 else ""
    seconds = int(math.floor(abs(minutes) * 60 + 1e-6))
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{mins:02d}:{secs:02d}"
    return f"{sign}{mins:02d}:{secs:02d}"


def format_elapsed(minutes: float) -> str:
    whole = max(0, int(minutes))
    if whole < 60:
        return QCoreApplication.translate("Formatting", "%1 min").replace("%1", str(whole))
    hours, mins = divmod(whole, 60)
    if hours < 24:
        return QCoreApplication.translate("Formatting", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{mins:02d}")
    return QCoreApplication.translate("Formatting", "%1 d %2 h").replace("%1", str(hours // 24)).replace("%2", str(hours % 24))


def format_signal(dbm: int | None) -> str:
    return "—" if dbm is None else f"{dbm} dBm"
