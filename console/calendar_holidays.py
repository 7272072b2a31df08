"""Holidays as data: the state's yearly lists in ``resources/calendars/<state>/<year>.toml``.

The lists are editable files, not code, because the state amends them during the
year (a Holi day added in February, a moon-sighting shift) and a district must be
able to follow the order the same day. Each file documents its format at the top.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache
from pathlib import Path

from console.calendar_hours import Interval, normalise_intervals
from console.config_reader import ConfigError, Problem, Reader, load_toml
from console.resources import resource_path

log = logging.getLogger(__name__)

_STATE_ID = re.compile(r"^[a-z][a-z0-9_-]*$")


class HolidayKind(str, Enum):
    PUBLIC = "public"  # सार्वजनिक अवकाश: offices close
    RESTRICTED = "restricted"  # निर्बन्धित अवकाश: recorded, offices stay open
    LOCAL = "local"  # स्थानीय अवकाश declared by the DM: the district's offices close


class HolidayBasis(str, Enum):
    """Where a date comes from, so the UI can say how sure it is."""

    NOTIFICATION = "notification"  # the state's notification or an amendment
    RULE = "rule"  # fixed by rule (26 Jan, 15 Aug, 2 Oct …) before the list is out
    ESTIMATE = "estimate"  # computed (lunar calendar, moon sighting): may move
    DISTRICT_ORDER = "district_order"  # the DM's order


class YearCoverage(str, Enum):
    """How much holiday data a year has; beyond the data only weekends close the office."""

    OFFICIAL = "official"
    PROVISIONAL = "provisional"
    MISSING = "missing"


@dataclass(frozen=True)
class Holiday:
    day: date
    name_en: str
    name_hi: str
    kind: HolidayKind = HolidayKind.PUBLIC
    confirmed: bool = True
    provisional: bool = False  # from a year whose official list is not out
    basis: HolidayBasis = HolidayBasis.NOTIFICATION
    sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def closes_office(self) -> bool:
        return self.kind is not HolidayKind.RESTRICTED


@dataclass(frozen=True)
class WorkingDay:
    """A compensatory working day: open on a date that would otherwise be closed."""

    day: date
    note: str = ""
    hours: tuple[Interval, ...] | None = None  # None: the ordinary hours of that weekday
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class HolidayYear:
    year: int
    provisional: bool
    notification: str
    note: str
    sources: Mapping[str, str]
    holidays: tuple[Holiday, ...]
    working_days: tuple[WorkingDay, ...] = ()

    @property
    def unconfirmed(self) -> tuple[Holiday, ...]:
        return tuple(holiday for holiday in self.holidays if not holiday.confirmed)


@dataclass(frozen=True)
class HolidayTable:
    """A state's holiday lists, one per year."""

    state: str
    years: Mapping[int, HolidayYear] = field(default_factory=dict)

    @classmethod
    def of(cls, holidays: Iterable[Holiday], state: str = "custom") -> HolidayTable:
        """A table from loose entries (tests, the database); every year present counts as official."""
        by_year: dict[int, list[Holiday]] = {}
        for holiday in holidays:
            by_year.setdefault(holiday.day.year, []).append(holiday)
        years = {
            year: HolidayYear(year, any(h.provisional for h in entries), "", "", {}, tuple(entries))
            for year, entries in by_year.items()
        }
        return cls(state, years)

    def coverage(self, year: int) -> YearCoverage:
        data = self.years.get(year)
        if data is None:
            return YearCoverage.MISSING
        return YearCoverage.PROVISIONAL if data.provisional else YearCoverage.OFFICIAL

    def holidays(self) -> Iterable[Holiday]:
        for data in self.years.values():
            yield from data.holidays

    def working_days(self) -> Iterable[WorkingDay]:
        for data in self.years.values():
            yield from data.working_days


def calendars_folder() -> Path:
    return resource_path("calendars")


def available_states() -> list[str]:
    return sorted(path.name for path in calendars_folder().iterdir() if path.is_dir() and _STATE_ID.match(path.name))


@lru_cache(maxsize=8)
def load_state_holidays(state: str, folder: Path | None = None) -> HolidayTable:
    """Every ``<year>.toml`` under ``calendars/<state>/``; a broken file raises :class:`ConfigError`."""
    base = (folder or calendars_folder()) / state
    if not _STATE_ID.match(state) or not base.is_dir():
        known = ", ".join(available_states()) or "none"
        raise ConfigError([Problem(f"calendars/{state}", "", f"no holiday data for state {state!r} (known: {known})")])
    years: dict[int, HolidayYear] = {}
    problems: list[Problem] = []
    for path in sorted(base.glob("*.toml")):
        try:
            data = read_holiday_year(path, label=f"calendars/{state}/{path.name}")
        except ConfigError as error:
            problems.extend(error.problems)
            continue
        years[data.year] = data
    if problems:
        raise ConfigError(problems)
    log.debug("holiday data for %s: years %s", state, sorted(years))
    return HolidayTable(state, years)


def read_holiday_year(path: Path, *, label: str | None = None) -> HolidayYear:
    name = label or path.name
    reader = Reader(load_toml(path, name), origin=lambda _key: name)
    head = reader.table("calendar")
    year = head.integer("year", minimum=1900)
    if path.stem.isdigit() and int(path.stem) != year:
        head.problem("year", f"expected {path.stem} (the file's name), got {year}")
    provisional = head.boolean("provisional")
    notification = head.string("notification", "", allow_empty=True)
    note = head.string("note", "", allow_empty=True)
    head.string("state", "", allow_empty=True)
    head.finish()
    sources_reader = reader.table("sources", {})
    sources = {key: sources_reader.string(key) for key in sources_reader.keys()}
    holidays = tuple(
        read_holiday(entry, year=year, provisional=provisional, sources=sources)
        for entry in reader.tables("holiday", [])
    )
    working_days = tuple(read_working_day(entry, year, sources) for entry in reader.tables("working_day", []))
    reader.finish()
    reader.raise_if_problems()
    return HolidayYear(year, provisional, notification, note, sources, holidays, working_days)


def read_holiday(
    entry: Reader,
    *,
    year: int | None = None,
    provisional: bool = False,
    sources: Mapping[str, str] | None = None,
    kinds: tuple[HolidayKind, ...] = (HolidayKind.PUBLIC, HolidayKind.RESTRICTED),
    basis: HolidayBasis = HolidayBasis.NOTIFICATION,
) -> Holiday:
    """One ``[[holiday]]`` of a state file, or a district's local holiday (``kinds=(LOCAL,)``)."""
    day = _read_day(entry, year)
    kind = HolidayKind(entry.choice("kind", [kind.value for kind in kinds], kinds[0].value))
    holiday = Holiday(
        day=day,
        name_en=entry.string("name_en"),
        name_hi=entry.string("name_hi"),
        kind=kind,
        confirmed=entry.boolean("confirmed", True),
        provisional=provisional,
        basis=HolidayBasis(entry.choice("basis", [b.value for b in HolidayBasis], basis.value)),
        sources=_read_sources(entry, sources),
        note=entry.string("note", "", allow_empty=True),
    )
    entry.finish()
    return holiday


def read_working_day(entry: Reader, year: int | None, sources: Mapping[str, str] | None) -> WorkingDay:
    day = _read_day(entry, year)
    hours: tuple[Interval, ...] | None = None
    if entry.has("hours"):
        texts = entry.strings("hours", allow_empty_list=False)
        try:
            hours = normalise_intervals(texts)
        except ValueError as error:
            entry.problem("hours", str(error))
    working_day = WorkingDay(day, entry.string("note", "", allow_empty=True), hours, _read_sources(entry, sources))
    entry.finish()
    return working_day


def _read_day(entry: Reader, year: int | None) -> date:
    day = entry.day("date")
    if year is not None and day.year != year and day.year != 1970:
        entry.problem("date", f"expected a date in {year}, got {day.isoformat()}")
    return day


def _read_sources(entry: Reader, sources: Mapping[str, str] | None) -> tuple[str, ...]:
    keys = tuple(entry.strings("sources", []))
    if sources is not None:
        for key in keys:
            if key not in sources:
                entry.problem("sources", f"expected keys of [sources] ({', '.join(sources) or 'none'}), got \"{key}\"")
    return keys
