"""District configs: the bundled files load, overrides merge, templates render within SMS limits."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from console.clock import IST
from console.calendar import BusinessCalendar
from console.calendar_holidays import HolidayKind
from console.calendar_hours import WeekRule
from console.config import (
    ENVIRONMENT_VARIABLE,
    DistrictConfig,
    ModemRole,
    available_districts,
    districts_folder,
    load_district_config,
)
from console.config_reader import ConfigError
from console.config_templates import Language, TemplateName
from console.domain import Thresholds

NO_USER_FILES = Path("/nonexistent/samvad-setu-test")


def load(code: str = "hardoi", **kwargs: object) -> DistrictConfig:
    kwargs.setdefault("environ", {})
    kwargs.setdefault("user_folder", NO_USER_FILES)
    return load_district_config(code, **kwargs)  # type: ignore[arg-type]


def test_the_pilot_districts_are_available() -> None:
    assert available_districts() == ["ghaziabad", "hardoi", "kannauj"]


@pytest.mark.parametrize(
    "code, name_hi, counts",
    [
        ("hardoi", "हरदोई", (5, 19, 8, 2)),
        ("ghaziabad", "गाज़ियाबाद", (3, 4, 5, 2)),
        ("kannauj", "कन्नौज", (3, 8, 3, 1)),
    ],
)
def test_every_bundled_district_loads_with_its_places(code: str, name_hi: str, counts: tuple[int, ...]) -> None:
    config = load(code)
    assert (config.code, config.name_hi, config.state_calendar) == (code, name_hi, "up")
    assert config.office.week_rule is WeekRule.SIX_DAY
    assert config.office.hours.on(0) == config.office.hours.on(6) and len(config.office.hours.on(0)) == 1
    assert config.thresholds == Thresholds(10, 15, 2, 60)
    assert config.database_url == ""
    assert config.messages.default_language is Language.HINDI
    geography = config.geography
    assert tuple(map(len, (geography.tehsils, geography.blocks, geography.assembly_constituencies,
                           geography.lok_sabha_constituencies))) == counts
    assert all(place.name_en and place.name_hi for place in geography.assembly_constituencies)
    assert [path.name for path in config.files] == ["_defaults.toml", f"{code}.toml"]


def test_bundled_configs_leave_the_center_number_to_the_machine() -> None:
    config = load()
    assert config.center_number == ""
    assert config.unset_machine_settings() == ["center.number"]
    assert config.modems[0].roles == frozenset({ModemRole.SMS, ModemRole.VOICE})
    assert config.modems[0].daily_sms_cap == 100 and config.modems[0].pin_env is None


def test_a_user_level_file_is_deep_merged(tmp_path: Path) -> None:
    (tmp_path / "hardoi.toml").write_text(
        '[thresholds]\nconfirm_within_minutes = 20\n[center]\nnumber = "+91 5852 234567"\n'
        '[[modems]]\nname = "left"\nurl = "/dev/ttyUSB0"\nroles = ["sms"]\npin_env = "HARDOI_SIM_PIN"\n'
        '[[modems]]\nname = "right"\nurl = "socket://127.0.0.1:7001"\nroles = ["voice"]\ndaily_sms_cap = 250\n'
        '[office.hours]\nsaturday = ["10:00-14:00"]\n',
        encoding="utf-8",
    )
    config = load(user_folder=tmp_path)
    assert config.thresholds == Thresholds(10, 20, 2, 60)  # one key changed, the others kept
    assert config.center_number == "+915852234567"
    assert [modem.name for modem in config.modems] == ["left", "right"]  # the list replaced whole
    assert config.modems[0].pin_env == "HARDOI_SIM_PIN" and config.modems[1].daily_sms_cap == 250
    assert config.office.hours.on(5) == ((datetime(2026, 1, 1, 10).time(), datetime(2026, 1, 1, 14).time()),)
    assert config.office.hours.on(4) == ((datetime(2026, 1, 1, 10).time(), datetime(2026, 1, 1, 17).time()),)
    assert config.messages.get("instruction").text  # untouched tables survive the merge
    assert config.files[-1] == tmp_path / "hardoi.toml"
    assert config.unset_machine_settings() == []


def test_the_environment_variable_and_an_explicit_path_add_a_last_layer(tmp_path: Path) -> None:
    user, by_env, explicit = tmp_path / "user", tmp_path / "env.toml", tmp_path / "explicit.toml"
    user.mkdir()
    (user / "hardoi.toml").write_text("[thresholds]\nact_after_minutes = 12\n", encoding="utf-8")
    by_env.write_text("[thresholds]\nact_after_minutes = 14\n", encoding="utf-8")
    explicit.write_text("[thresholds]\nact_after_minutes = 16\n", encoding="utf-8")
    environ = {ENVIRONMENT_VARIABLE: str(by_env)}
    assert load(user_folder=user).thresholds.act_after_minutes == 12
    assert load(user_folder=user, environ=environ).thresholds.act_after_minutes == 14
    assert load(user_folder=user, environ=environ, override_path=explicit).thresholds.act_after_minutes == 16


def test_an_explicit_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="missing.toml: file not found"):
        load(override_path=tmp_path / "missing.toml")


def test_an_unknown_district_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no such district 'lucknow' \(known: ghaziabad, hardoi, kannauj\)"):
        load("lucknow")
    assert "_defaults" not in available_districts()


def test_the_district_calendar_follows_the_config(tmp_path: Path) -> None:
    override = tmp_path / "override.toml"
    override.write_text(
        "[office]\nweek_rule = \"five_day\"\n"
        "[[office.local_holidays]]\ndate = 2026-03-10\nname_en = \"Local fair\"\nname_hi = \"स्थानीय मेला\"\n"
        "[[office.working_days]]\ndate = 2026-03-08\nnote = \"Sunday camp\"\nhours = [\"10:00-13:00\"]\n",
        encoding="utf-8",
    )
    calendar = BusinessCalendar.for_district("hardoi", override_path=override)
    assert calendar.week_rule is WeekRule.FIVE_DAY
    assert not calendar.is_open(datetime(2026, 3, 10, 12, tzinfo=IST))
    local = calendar.holiday_on(date(2026, 3, 10))
    assert local is not None and local.kind is HolidayKind.LOCAL and local.name_hi == "स्थानीय मेला"
    assert calendar.is_open(datetime(2026, 3, 8, 12, tzinfo=IST))
    assert not calendar.is_open(datetime(2026, 3, 8, 13, tzinfo=IST))
    assert not calendar.is_open(datetime(2026, 3, 7, 12, tzinfo=IST))  # five-day: every Saturday off


TYPICAL_VALUES = {
    "case_code": "HRD-0421",
    "representative": "विधायक रामप्रकाश सिंह यादव",  # a long-ish MLA name with the kind word
    "representative_kind": "विधायक",
    "representative_name": "रामप्रकाश सिंह यादव",
    "representative_number": "+919876543210",
    "officer_name": "सुरेश चन्द्र श्रीवास्तव",
    "officer_designation": "उप जिलाधिकारी",
    "center_number": "+915852234567",
    "district_name": "हरदोई",
    "called_at": "11:40",
    "attempt": "2",
    "minutes_waiting": "25",
    "officer_number": "+919450000000",
    "superior_name": "जिलाधिकारी",
    "superior_designation": "जिलाधिकारी",
    "confirmed_at": "11:58",
}


def test_the_hindi_instruction_fits_two_ucs2_parts_with_a_long_name() -> None:
    text = load().messages.render(TemplateName.INSTRUCTION, **TYPICAL_VALUES)
    assert len(text) <= 134, (len(text), text)  # 2 × 67 UCS-2 characters
    assert "रामप्रकाश" in text and "+919876543210" in text and "HRD-0421 हाँ" in text and "+915852234567" in text


@pytest.mark.parametrize("code", ["hardoi", "ghaziabad", "kannauj"])
def test_every_template_renders_in_both_languages(code: str) -> None:
    messages = load(code).messages
    for name in TemplateName:
        for language in Language:
            text = messages.render(name, language, **TYPICAL_VALUES)
            assert "{" not in text and "HRD-0421" in text
    assert messages.render("acknowledgement", "en", **TYPICAL_VALUES).startswith("Thank you. Case HRD-0421")
    assert {"OK", "हाँ"} <= set(messages.reply_words)


def test_rendering_without_a_needed_value_says_which() -> None:
    values = {key: value for key, value in TYPICAL_VALUES.items() if key != "case_code"}
    with pytest.raises(ValueError, match=r"instruction \(hi\) needs values for: case_code"):
        load().messages.render("instruction", **values)


def test_the_bundled_files_are_where_resource_path_says() -> None:
    assert (districts_folder() / "hardoi.toml").is_file()
