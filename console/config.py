"""District configuration: one TOML file per district, overridable per machine.

The bundled ``resources/districts/_defaults.toml`` holds what is true for every
district of the state (office hours, thresholds, templates) and documents every
key; ``<code>.toml`` is merged over it with what is the district's own (names,
places, any difference). A machine's own settings (modem ports, the database
URL, the center's number) are merged over both, each layer over the one before:

1. machine-wide, set at installation: the installer's values (on Windows the
   MSI's properties in ``HKLM\\SOFTWARE\\Samvad Setu``, see :mod:`console.config_machine`);
2. machine-wide, by hand: ``<machine config dir>/samvad-setu/districts/<code>.toml``
   (``C:\\ProgramData\\samvad-setu\\districts\\<code>.toml`` on Windows);
3. the user's own: ``<user config dir>/samvad-setu/districts/<code>.toml``;
4. an explicit file (``override_path`` or the ``SAMVAD_SETU_CONFIG`` variable).

The three files share one format. Tables merge key by key; any other value,
lists included, is replaced whole.

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
from console.config_machine import (
    APPLICATION_NAME as APPLICATION_NAME,  # the name of the folders; imported from here by others
    REGISTRY_LABEL,
    installer_layer,
    installer_values,
    machine_districts_folder,
)
from console.config_places import Geography, read_geography
from console.config_reader import ConfigError, Problem, Reader, describe, load_toml
from console.config_templates import MessageTemplates, read_messages
from console.domain import Thresholds
from console.metrics import StandingRules
from console.resources import resource_path

log = logging.getLogger(__name__)

ENVIRONMENT_VARIABLE = "SAMVAD_SETU_CONFIG"
DEFAULT_DAILY_SMS_CAP = 100
DEFAULTS_FILE = "_defaults.toml"

DEFAULT_AUDIO_CLIP = "samvad_hi.amr"  # the clip's name in the module's storage, as `modem audio upload` names it

_CODE = re.compile(r"^[a-z][a-z0-9_-]*$")
# A clip's name in a module's storage: the same rule as modem.call_audio.CLIP_NAME (it goes into an AT command).
_CLIP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.(amr|wav)")
_DATABASE_URL = re.compile(r"^(sqlite|postgresql)(\+[a-z0-9_]+)?://")


class ModemRole(str, Enum):
    SMS = "sms"
    VOICE = "voice"


class CallAudioMode(str, Enum):
    """What the officer hears when a voice modem's call is answered."""

    OPERATOR = "operator"  # a headset on the modem's audio: the operator speaks
    RECORDED = "recorded"  # the module plays the district's clip from its own storage, twice
    ALERT = "alert"  # no audio: the call is hung up a few seconds after the answer; the SMS carries the text


@dataclass(frozen=True)
class ModemPort:
    name: str
    url: str  # a pyserial URL or port: "COM3", "/dev/ttyUSB0", "socket://127.0.0.1:7001"
    roles: frozenset[ModemRole]
    daily_sms_cap: int = DEFAULT_DAILY_SMS_CAP
    pin_env: str | None = None  # name of the environment variable holding the SIM PIN
    audio: CallAudioMode = CallAudioMode.ALERT  # voice modems only
    audio_clip: str | None = None  # recorded only: the clip's file name in the module's storage


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
    files: tuple[Path, ...]  # the files merged, in order: defaults, the district, machine and user overrides
    sources: tuple[str, ...] = ()  # every layer merged, as named in messages (the files and the installer's values)
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
    machine_folder: Path | None = None,
    machine_values: Mapping[str, str] | None = None,
) -> DistrictConfig:
    """The district's bundled config with the machine, user-level and explicit overrides merged in.

    ``environ``, ``user_folder``, ``folder`` (the bundled districts), ``machine_folder`` and
    ``machine_values`` (the installer's values) default to the real ones.
    """
    folder = folder or districts_folder()
    base = folder / f"{code}.toml"
    if not _CODE.match(code) or not base.is_file():
        known = ", ".join(available_districts()) or "none"
        raise ConfigError([Problem(f"{code}.toml", "", f"no such district {code!r} (known: {known})")])
    files: list[tuple[Path, str]] = [(folder / DEFAULTS_FILE, DEFAULTS_FILE), (base, base.name)]
    layers = [(label, load_toml(path, label)) for path, label in files]
    installed = installer_layer(installer_values() if machine_values is None else machine_values)
    if installed:
        layers.append((REGISTRY_LABEL, installed))
    overrides = [(machine_folder or machine_districts_folder()) / f"{code}.toml",
                 (user_folder or user_districts_folder()) / f"{code}.toml"]
    explicit = override_path or (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE)
    for path in [file for file in overrides if file.is_file()] + ([Path(explicit)] if explicit else []):
        files.append((path, str(path)))
        layers.append((str(path), load_toml(path, str(path))))
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for label, data in layers:
        merged = deep_merge(merged, data, label=label, origins=origins)
    config = parse_district(merged, code=code, origin=_origin_lookup(origins, base.name))
    sources = tuple(label for label, _ in layers)
    log.info("district %s loaded from %s", code, ", ".join(sources))
    return replace(config, files=tuple(path for path, _ in files), sources=sources)


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
        audio, clip = _read_call_audio(entry, voice=ModemRole.VOICE in roles)
        modems.append(
            ModemPort(
                name=name,
                url=entry.string("url"),
                roles=frozenset(roles),
                daily_sms_cap=entry.integer("daily_sms_cap", DEFAULT_DAILY_SMS_CAP, minimum=1),
                pin_env=entry.environment_name("pin_env"),
                audio=audio,
                audio_clip=clip,
            )
        )
        entry.finish()
    return tuple(modems)


def _read_call_audio(entry: Reader, *, voice: bool) -> tuple[CallAudioMode, str | None]:
    """``audio`` (operator, recorded, alert) and, for recorded, ``audio_clip``; both only on a voice modem."""
    given = entry.has("audio")
    mode = CallAudioMode(entry.choice("audio", [mode.value for mode in CallAudioMode], CallAudioMode.ALERT.value))
    if given and not voice:
        entry.problem("audio", 'expected only on a modem with the "voice" role; this one makes no calls')
    if not entry.has("audio_clip"):
        entry.string("audio_clip", "")  # marks the key as known
        return mode, DEFAULT_AUDIO_CLIP if mode is CallAudioMode.RECORDED else None
    clip = entry.string("audio_clip")
    if mode is not CallAudioMode.RECORDED:
        entry.problem("audio_clip", f'expected only with audio = "recorded", got audio = "{mode.value}"')
        return mode, None
    if clip and not _CLIP_NAME.fullmatch(clip):
        entry.problem(
            "audio_clip",
            "expected a file name of letters, digits, _ and - ending in .amr or .wav (at most 44),"
            f" got {describe(clip)}",
        )
        return mode, DEFAULT_AUDIO_CLIP
    return mode, clip or DEFAULT_AUDIO_CLIP
