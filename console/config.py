"""District configuration: one TOML file per district, overridable per machine.

The bundled ``resources/districts/_defaults.toml`` holds what is true for every
district of the state (office hours, thresholds, templates) and documents every
key; ``<code>.toml`` is merged over it with what is the district's own (names,
places, any difference). A machine's own settings (modem ports, the database
URL, the center's number) go in a user-level file merged over both: first
``<user config dir>/samvad-setu/districts/<code>.toml`` if it exists, then an
explicit file (``override_path`` or the ``SAMVAD_SETU_CONFIG`` variable). Tables
merge key by key; any other value, lists included, is replaced whole.

A broken or incomplete result raises :class:`ConfigError` naming, for every
problem, the file that set the value, the dotted key and what is expected.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

import phonenumbers
import platformdirs

from console.calendar_holidays import (
    Holiday,
    HolidayBasis,
    HolidayKind,
    WorkingDay,
    available_states,
    read_holiday,
    read_working_day,
)
from console.calendar_hours import WEEKDAY_NAMES, Interval, OfficeHours, WeekRule, check_timezone, normalise_intervals
from console.config_places import Geography, read_geography
from console.config_reader import ConfigError, Problem, Reader, describe, load_toml
from console.config_templates import MessageTemplates, read_messages
from console.domain import Thresholds
from console.metrics import StandingRules
from console.resources import resource_path

log = logging.getLogger(__name__)

APPLICATION_NAME = "samvad-setu"
ENVIRONMENT_VARIABLE = "SAMVAD_SETU_CONFIG"
DEFAULT_DAILY_SMS_CAP = 100
DEFAULTS_FILE = "_defaults.toml"

_CODE = re.compile(r"^[a-z][a-z0-9_-]*$")
_DATABASE_URL = re.compile(r"^(sqlite|postgresql)(\+[a-z0-9_]+)?://")


class ModemRole(str, Enum):
    SMS = "sms"
    VOICE = "voice"


@dataclass(frozen=True)
class ModemPort:
    name: str
    url: str  # a pyserial URL or port: "COM3", "/dev/ttyUSB0", "socket://127.0.0.1:7001"
    roles: frozenset[ModemRole]
    daily_sms_cap: int = DEFAULT_DAILY_SMS_CAP
    pin_env: str | None = None  # name of the environment variable holding the SIM PIN


@dataclass(frozen=True)
class OfficeSettings:
    hours: OfficeHours
    week_rule: WeekRule


@dataclass(frozen=True)
class DistrictConfig:
    code: str
    name_en: str
    name_hi: str
    division_en: str
    division_hi: str
    state_calendar: str
    office: OfficeSettings
    local_holidays: tuple[Holiday, ...]
    working_days: tuple[WorkingDay, ...]
    thresholds: Thresholds
    database_url: str  # "" means the embedded SQLite database in the user data folder
    center_number: str  # E.164
    modems: tuple[ModemPort, ...]
    messages: MessageTemplates
    geography: Geography
    files: tuple[Path, ...]  # the files merged, in order: defaults, the district, user-level overrides
    standing: StandingRules = StandingRules()  # who is commended and who is reported to the state

    def unset_machine_settings(self) -> list[str]:
        """Keys a live center must set in its user-level file (the demo may run without them)."""
        unset = []
        if not self.center_number:
            unset.append("center.number")
        if not self.modems:
            unset.append("modems")
        return unset


def districts_folder() -> Path:
    return resource_path("districts")


def available_districts() -> list[str]:
    return sorted(path.stem for path in districts_folder().glob("*.toml") if _CODE.match(path.stem))


def user_districts_folder() -> Path:
    return Path(platformdirs.user_config_dir(APPLICATION_NAME, appauthor=False)) / "districts"


def load_district_config(
    code: str,
    *,
    override_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    user_folder: Path | None = None,
    folder: Path | None = None,
) -> DistrictConfig:
    """The district's bundled config with the user-level and explicit overrides merged in.

    ``environ``, ``user_folder`` and ``folder`` (the bundled districts) default to the real ones.
    """
    folder = folder or districts_folder()
    base = folder / f"{code}.toml"
    if not _CODE.match(code) or not base.is_file():
        known = ", ".join(available_districts()) or "none"
        raise ConfigError([Problem(f"{code}.toml", "", f"no such district {code!r} (known: {known})")])
    layers: list[tuple[Path, str]] = [(folder / DEFAULTS_FILE, DEFAULTS_FILE), (base, base.name)]
    user_file = (user_folder or user_districts_folder()) / f"{code}.toml"
    if user_file.is_file():
        layers.append((user_file, str(user_file)))
    explicit = override_path or (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE)
    if explicit:
        layers.append((Path(explicit), str(explicit)))
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for path, label in layers:
        merged = deep_merge(merged, load_toml(path, label), label=label, origins=origins)
    config = parse_district(merged, code=code, origin=_origin_lookup(origins, base.name))
    log.info("district %s loaded from %s", code, ", ".join(label for _, label in layers))
    return replace(config, files=tuple(path for path, _ in layers))


def deep_merge(
    base: Mapping[str, Any], override: Mapping[str, Any], *, label: str, origins: dict[str, str], prefix: str = ""
) -> dict[str, Any]:
    """Tables merge key by key; other values are replaced. ``origins`` records who set what."""
    merged = dict(base)
    for key, value in override.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value, label=label, origins=origins, prefix=path)
        else:
            merged[key] = value
            origins[path] = label
    return merged


def _origin_lookup(origins: Mapping[str, str], default: str) -> Callable[[str], str]:
    def origin(path: str) -> str:
        while path:
            if path in origins:
                return origins[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return default

    return origin


def parse_district(data: Mapping[str, Any], *, code: str, origin: Callable[[str], str]) -> DistrictConfig:
    reader = Reader(data, origin=origin)
    file_code = reader.string("code")
    if file_code and file_code != code:
        reader.problem("code", f'expected "{code}" (the file\'s name), got {describe(file_code)}')
    name_en, name_hi = reader.string("name_en"), reader.string("name_hi")
    division_en = reader.string("division_en", "", allow_empty=True)
    division_hi = reader.string("division_hi", "", allow_empty=True)
    states = available_states()
    state_calendar = reader.choice("state_calendar", states or ["up"])
    office_reader = reader.table("office")
    office = _read_office(office_reader)
    local_holidays = tuple(
        read_holiday(entry, kinds=(HolidayKind.LOCAL,), basis=HolidayBasis.DISTRICT_ORDER)
        for entry in office_reader.tables("local_holidays", [])
    )
    working_days = tuple(read_working_day(entry, None, None) for entry in office_reader.tables("working_days", []))
    office_reader.finish()
    thresholds = _read_thresholds(reader.table("thresholds"))
    standing = _read_standing(reader.table("standing", {}))
    database = reader.table("database")
    database_url = database.string("url", "", allow_empty=True)
    if database_url and not _DATABASE_URL.match(database_url):
        database.problem("url", f'expected "" or a sqlite:// or postgresql:// URL, got {describe(database_url)}')
    database.finish()
    center = reader.table("center")
    center_number = _read_phone_number(center, "number")
    center.finish()
    modems = _read_modems(reader)
    messages = read_messages(reader.table("messages"))
    geography = read_geography(reader.table("geography", {}))
    reader.finish()
    reader.raise_if_problems()
    return DistrictConfig(
        code=code,
        name_en=name_en,
        name_hi=name_hi,
        division_en=division_en,
        division_hi=division_hi,
        state_calendar=state_calendar,
        office=office,
        local_holidays=local_holidays,
        working_days=working_days,
        thresholds=thresholds,
        database_url=database_url,
        center_number=center_number,
        modems=modems,
        messages=messages,
        geography=geography,
        files=(),
        standing=standing,
    )


def _read_office(office: Reader) -> OfficeSettings:
    timezone = office.string("timezone")
    try:
        check_timezone(timezone)
    except ValueError as error:
        office.problem("timezone", str(error))
        timezone = "Asia/Kolkata"
    week_rule = WeekRule(office.choice("week_rule", [rule.value for rule in WeekRule]))
    hours_reader = office.table("hours")
    default = _read_intervals(hours_reader, "default", required=True) or ()
    days = []
    for name in WEEKDAY_NAMES:
        day = _read_intervals(hours_reader, name, required=False)
        days.append(default if day is None else day)
    hours_reader.finish()
    try:
        hours = OfficeHours(weekdays=tuple(days), timezone=timezone)
    except ValueError:  # already reported key by key
        hours = OfficeHours.district_default()
    return OfficeSettings(hours, week_rule)


def _read_intervals(hours: Reader, key: str, *, required: bool) -> tuple[Interval, ...] | None:
    if not required and not hours.has(key):
        hours.strings(key, [])  # marks the key as known
        return None
    texts = hours.strings(key, allow_empty_list=True)
    if required and not texts:
        hours.problem(key, 'expected at least one opening such as "10:00-17:00", got an empty list')
    try:
        return normalise_intervals(texts)
    except ValueError as error:
        hours.problem(key, str(error))
        return ()


def _read_thresholds(table: Reader) -> Thresholds:
    thresholds = Thresholds(
        act_after_minutes=table.number("act_after_minutes"),
        confirm_within_minutes=table.number("confirm_within_minutes"),
        max_reinstructions=table.integer("max_reinstructions", minimum=0),
        escalate_after_minutes=table.number("escalate_after_minutes"),
    )
    if thresholds.escalate_after_minutes < thresholds.confirm_within_minutes:
        table.problem(
            "escalate_after_minutes",
            f"expected at least confirm_within_minutes ({thresholds.confirm_within_minutes:g}),"
            f" got {thresholds.escalate_after_minutes:g}",
        )
    table.finish()
    return thresholds


def _read_standing(table: Reader) -> StandingRules:
    defaults = StandingRules()
    rules = StandingRules(
        min_assessed_cases=table.integer("min_assessed_cases", defaults.min_assessed_cases, minimum=1),
        commend_on_time_share=_share(table, "commend_on_time_share", defaults.commend_on_time_share),
        negligent_on_time_share=_share(table, "negligent_on_time_share", defaults.negligent_on_time_share),
        negligent_unconfirmed_cases=table.integer("negligent_unconfirmed_cases",
                                                  defaults.negligent_unconfirmed_cases, minimum=1),
    )
    if rules.negligent_on_time_share > rules.commend_on_time_share:
        table.problem("negligent_on_time_share",
                      f"expected at most commend_on_time_share ({rules.commend_on_time_share:g}),"
                      f" got {rules.negligent_on_time_share:g}")
    table.finish()
    return rules


def _share(table: Reader, key: str, default: float) -> float:
    value = table.number(key, default, positive=False)
    if value > 1:
        table.problem(key, f"expected a share from 0 to 1 (0.9 is 90 %), got {value:g}")
        return default
    return value


def _read_phone_number(table: Reader, key: str) -> str:
    text = table.string(key, allow_empty=True)
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, "IN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        table.problem(key, f"expected an Indian phone number (10 digits, or +91 and 10 digits), got {describe(text)}")
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _read_modems(reader: Reader) -> tuple[ModemPort, ...]:
    modems: list[ModemPort] = []
    names: set[str] = set()
    for entry in reader.tables("modems", []):
        name = entry.string("name")
        if name in names:
            entry.problem("name", f"expected a name not used by another modem, got {describe(name)}")
        names.add(name)
        roles: set[ModemRole] = set()
        for role in entry.strings("roles", allow_empty_list=False):
            if role in {r.value for r in ModemRole}:
                roles.add(ModemRole(role))
            else:
                entry.problem("roles", f"expected sms and/or voice, got {describe(role)}")
        modems.append(
            ModemPort(
                name=name,
                url=entry.string("url"),
                roles=frozenset(roles),
                daily_sms_cap=entry.integer("daily_sms_cap", DEFAULT_DAILY_SMS_CAP, minimum=1),
                pin_env=entry.environment_name("pin_env"),
            )
        )
        entry.finish()
    return tuple(modems)
