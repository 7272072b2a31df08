"""One cell's value, checked and made canonical: codes, numbers, dates, choices.

Each parser returns the canonical value or raises :class:`CellError` with the
reason code and an English sentence; the row reader adds the sheet, row and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from console.clock import IST
from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.model import ProblemCode
from console.roster.text import ascii_digits, clean, match_key

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


class CellError(Exception):
    def __init__(self, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def as_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", everything cleaned."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date, time)):
        raise CellError(ProblemCode.INVALID_VALUE, f"expected text, found the date/time {value}")
    return clean(str(value))


_CODE = re.compile(r"[A-Z0-9][A-Z0-9/_.\-]{0,31}")


def parse_code(value: object) -> str:
    """An officer or representative code: upper-case letters, digits and - _ / . (up to 32)."""
    code = ascii_digits(as_text(value)).upper()
    if not _CODE.fullmatch(code):
        raise CellError(
            ProblemCode.INVALID_CODE,
            f"{code!r} is not a code: use letters, digits and - _ / . only, no spaces (e.g. HRD-0001)",
        )
    return code


INDIA = 91


@dataclass(frozen=True)
class PhoneNumber:
    e164: str
    mobile: bool


_NUMBER_SEPARATORS = re.compile(r"[,;\n|]+|\s/\s|/")
_DIALLABLE_TYPES = {
    PhoneNumberType.MOBILE: True,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: True,
    PhoneNumberType.FIXED_LINE: False,
}


def parse_phone(value: object) -> PhoneNumber:
    """An Indian mobile (10 digits from 6–9) or a landline with its STD code, as E.164."""
    text = ascii_digits(as_text(value))
    try:
        number = phonenumbers.parse(text, "IN")
    except NumberParseException:
        raise CellError(ProblemCode.INVALID_NUMBER, f"{text!r} is not a phone number") from None
    kind = phonenumbers.number_type(number) if number.country_code == INDIA else PhoneNumberType.UNKNOWN
    if kind is PhoneNumberType.UNKNOWN:  # the same test is_valid_number makes, done once
        raise CellError(
            ProblemCode.INVALID_NUMBER,
            f"{text!r} is not a valid Indian number (a mobile has 10 digits starting 6–9; "
            "a landline needs its STD code, e.g. 05852-234567)",
        )
    if kind not in _DIALLABLE_TYPES:
        raise CellError(ProblemCode.INVALID_NUMBER, f"{text!r} is not a mobile or landline number")
    return PhoneNumber(phonenumbers.format_number(number, PhoneNumberFormat.E164), _DIALLABLE_TYPES[kind])


def parse_phones(value: object) -> tuple[PhoneNumber, ...]:
    """Several numbers in one cell, separated by commas, semicolons, slashes or new lines."""
    if isinstance(value, (int, float)):
        return (parse_phone(value),)
    parts = [part for part in _NUMBER_SEPARATORS.split(str(value)) if part.strip()]
    numbers: dict[str, PhoneNumber] = {}
    for part in parts:
        number = parse_phone(part)
        numbers.setdefault(number.e164, number)
    return tuple(numbers.values())


def display_number(e164: str) -> str:
    """How a number is written back to a sheet: "+91 94150 12345"."""
    return phonenumbers.format_number(phonenumbers.parse(e164), PhoneNumberFormat.INTERNATIONAL)


_YES = frozenset(map(match_key, ("yes", "y", "true", "1", "active", "हाँ", "हां", "सक्रिय", "हा")))
_NO = frozenset(map(match_key, ("no", "n", "false", "0", "inactive", "नहीं", "निष्क्रिय", "ना")))


def parse_active(value: object) -> bool:
    """Blank means active: an officer listed on the roster is serving unless marked otherwise."""
    if isinstance(value, bool):
        return value
    key = match_key(ascii_digits(as_text(value)))
    if not key or key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(ProblemCode.INVALID_VALUE, f"{as_text(value)!r} is not yes or no (हाँ / नहीं)")


def _choices(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {match_key(spelling): code for code, spellings in table.items() for spelling in spellings}


_KINDS = _choices({
    RepresentativeKind.MP.value: ("MP", "M.P.", "Member of Parliament", "सांसद", "संसद सदस्य", "एमपी"),
    RepresentativeKind.MLA.value: ("MLA", "M.L.A.", "Member of Legislative Assembly", "विधायक",
                                   "विधान सभा सदस्य", "एमएलए"),
    RepresentativeKind.MLC.value: ("MLC", "M.L.C.", "Member of Legislative Council", "विधान परिषद सदस्य",
                                   "एमएलसी"),
    RepresentativeKind.OTHER.value: ("other", "others", "अन्य"),
})

_STATUSES = _choices({
    AvailabilityStatus.LEAVE.value: ("leave", "on leave", "casual leave", "earned leave", "medical leave", "CL",
                                     "EL", "अवकाश", "छुट्टी", "आकस्मिक अवकाश", "अर्जित अवकाश", "चिकित्सा अवकाश"),
    AvailabilityStatus.TRAINING.value: ("training", "in training", "प्रशिक्षण"),
    AvailabilityStatus.OTHER.value: ("other", "अन्य"),
    AvailabilityStatus.ON_DUTY.value: ("on duty", "on_duty", "duty", "present", "ड्यूटी पर", "कार्यरत", "उपस्थित"),
})


def parse_kind(value: object) -> RepresentativeKind:
    found = _KINDS.get(match_key(as_text(value)))
    if found is None:
        raise CellError(ProblemCode.INVALID_VALUE, f"{as_text(value)!r} is not MP, MLA, MLC or other")
    return RepresentativeKind(found)


def parse_status(value: object) -> AvailabilityStatus:
    found = _STATUSES.get(match_key(as_text(value)))
    if found is None:
        raise CellError(
            ProblemCode.INVALID_VALUE, f"{as_text(value)!r} is not leave, training, other or on duty"
        )
    return AvailabilityStatus(found)


_MONTHS = {
    match_key(name): number
    for number, names in enumerate(
        (
            ("jan", "january", "जनवरी"), ("feb", "february", "फरवरी", "फ़रवरी"), ("mar", "march", "मार्च"),
            ("apr", "april", "अप्रैल", "अप्रेल"), ("may", "मई"), ("jun", "june", "जून"),
            ("jul", "july", "जुलाई"), ("aug", "august", "अगस्त"), ("sep", "sept", "september", "सितंबर", "सितम्बर"),
            ("oct", "october", "अक्टूबर"), ("nov", "november", "नवंबर", "नवम्बर"),
            ("dec", "december", "दिसंबर", "दिसम्बर"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?:[ ,T]+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?)?"
_DATE_PATTERNS = (
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})" + _TIME, re.IGNORECASE),
    re.compile(r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4}|\d{2})" + _TIME, re.IGNORECASE),
    re.compile(r"(?P<day>\d{1,2})[ \-.]*(?P<month_name>[A-Za-z\u0900-\u097f]+\.?)[ \-.,]*(?P<year>\d{4})" + _TIME, re.IGNORECASE),
)


@dataclass(frozen=True)
class DayAndTime:
    """A date as written on the sheet, in IST; ``at`` is None when no time (or midnight) was given."""

    day: date
    at: time | None


def parse_day_and_time(value: object) -> DayAndTime:
    """Real Excel dates, ISO text, or day-first Indian text (14-03-2026, 14/03/2026, 14.03.2026, 14 Mar 2026)."""
    if isinstance(value, datetime):
        rounded = (value.replace(tzinfo=None) + timedelta(seconds=30)).replace(second=0, microsecond=0)
        result = DayAndTime(rounded.date(), rounded.time() if rounded.time() != time(0) else None)
    elif isinstance(value, date):
        result = DayAndTime(value, None)
    elif isinstance(value, time):
        raise CellError(ProblemCode.INVALID_DATE, f"{value:%H:%M} is a time without a date")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(
            ProblemCode.INVALID_DATE,
            f"{as_text(value)} is a plain number, not a date: format the cell as a date or type 14-03-2026",
        )
    else:
        result = _parse_date_text(as_text(value))
    if not EARLIEST_YEAR <= result.day.year <= LATEST_YEAR:
        raise CellError(ProblemCode.DATE_OUT_OF_RANGE, f"the year {result.day.year} is not plausible for a roster")
    return result


def _parse_date_text(raw: str) -> DayAndTime:
    text = ascii_digits(raw)
    for pattern in _DATE_PATTERNS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        parts = found.groupdict()
        month_name = parts.get("month_name")
        month = _MONTHS.get(match_key(month_name)) if month_name else int(parts["month"])
        year = int(parts["year"])
        if year < 100:
            year += 2000
        try:
            day = date(year, month or 0, int(parts["day"]))
            at = _parse_time(parts)
        except ValueError:
            break
        return DayAndTime(day, at)
    raise CellError(
        ProblemCode.INVALID_DATE,
        f"{raw!r} is not a date: use a real Excel date or day-month-year like 14-03-2026 (time optional: 14-03-2026 14:30)",
    )


def _parse_time(parts: dict[str, str | None]) -> time | None:
    if parts.get("hour") is None:
        return None
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    half = (parts.get("half") or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock")
        hour = hour % 12 + (12 if half == "pm" else 0)
    at = time(hour, minute)
    return None if at == time(0) else at


def period_bounds(start: DayAndTime, end: DayAndTime) -> tuple[datetime, datetime]:
    """``[starts_at, ends_at)`` in UTC: "to" is inclusive, so a bare end date runs to the next midnight IST."""
    starts_at = datetime.combine(start.day, start.at or time(0), IST)
    if end.at is None:
        ends_at = datetime.combine(end.day + timedelta(days=1), time(0), IST)
    else:
        ends_at = datetime.combine(end.day, end.at, IST)
    return starts_at.astimezone(timezone.utc), ends_at.astimezone(timezone.utc)


def sheet_bounds(starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """The inverse of :func:`period_bounds`: naive IST values for the sheet's "from" and inclusive "to"."""
    start = starts_at.astimezone(IST).replace(tzinfo=None)
    end = ends_at.astimezone(IST).replace(tzinfo=None)
    if end.time() == time(0):
        end -= timedelta(days=1)
    return start, end


def describe_period(starts_at: datetime, ends_at: datetime) -> str:
    """A period as the sheet writes it: "14-03-2026 to 16-03-2026", times only where given."""
    start, end = sheet_bounds(starts_at, ends_at)
    return f"{_sheet_text(start)} to {_sheet_text(end)}"


def _sheet_text(value: datetime) -> str:
    return f"{value:%d-%m-%Y}" if value.time() == time(0) else f"{value:%d-%m-%Y %H:%M}"
