"""English words for availability, for the command line and logs only (the window uses ``tr()``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from console.clock import IST
from console.domain import Officer

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def officer_label(officers: Mapping[int, Officer], officer_id: int) -> str:
    """"SDM Sadar (R. K. Singh)": how an operator names an officer; the id if unknown."""
    officer = officers.get(officer_id)
    if officer is None:
        return f"officer {officer_id}"
    label = " ".join(part for part in (officer.designation_en, officer.office) if part)
    if officer.name_en:
        label = f"{label} ({officer.name_en})" if label else officer.name_en
    return label or f"officer {officer_id}"


def until_words(ends_at: datetime, at: datetime) -> str:
    """"until 14 Mar" for a period ending at midnight IST (the last day counts), else with the time."""
    local_end = ends_at.astimezone(IST)
    year = at.astimezone(IST).year
    if (local_end.hour, local_end.minute, local_end.second, local_end.microsecond) == (0, 0, 0, 0):
        return "until " + day_words(local_end - timedelta(days=1), year)
    return f"until {day_words(local_end, year)} {local_end:%H:%M}"


def day_words(local: datetime, current_year: int) -> str:
    text = f"{local.day} {_MONTHS[local.month - 1]}"
    return text if local.year == current_year else f"{text} {local.year}"
