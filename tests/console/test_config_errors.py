"""A broken or incomplete district config fails at start, naming the file, the key and what is expected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from console.config import districts_folder, load_district_config
from console.config_reader import ConfigError

NO_USER_FILES = Path("/nonexistent/samvad-setu-test")

# (id, override TOML merged over the bundled Hardoi config, the expected line after "<file>: ")
OVERRIDE_CASES = [
    ("wrong_type_for_a_threshold", '[thresholds]\nconfirm_within_minutes = "ten"',
     'thresholds.confirm_within_minutes: expected a positive number, got "ten"'),
    ("zero_minutes_threshold", "[thresholds]\nact_after_minutes = 0",
     "thresholds.act_after_minutes: expected a positive number, got 0"),
    ("fractional_reinstructions", "[thresholds]\nmax_reinstructions = 1.5",
     "thresholds.max_reinstructions: expected a whole number ≥ 0, got 1.5"),
    ("escalation_before_the_alarm", "[thresholds]\nescalate_after_minutes = 5",
     "thresholds.escalate_after_minutes: expected at least confirm_within_minutes (15), got 5"),
    ("a_table_given_as_a_number", "thresholds = 5", "thresholds: expected a table, got 5"),
    ("bad_time_25_00", '[office.hours]\ndefault = ["25:00-17:00"]',
     'office.hours.default: expected times between 00:00 and 23:59, got "25:00-17:00"'),
    ("end_before_start", '[office.hours]\nmonday = ["17:00-10:00"]',
     'office.hours.monday: expected the end after the start, got "17:00-10:00"'),
    ("time_without_minutes", '[office.hours]\ndefault = ["10-17"]',
     'office.hours.default: expected "HH:MM-HH:MM", got "10-17"'),
    ("overlapping_intervals", '[office.hours]\ndefault = ["10:00-14:00", "13:00-17:00"]',
     "office.hours.default: intervals overlap: 10:00-14:00 and 13:00-17:00"),
    ("no_opening_at_all", "[office.hours]\ndefault = []",
     'office.hours.default: expected at least one opening such as "10:00-17:00", got an empty list'),
    ("unknown_weekday", '[office.hours]\nfunday = ["10:00-17:00"]', "office.hours.funday: unknown key"),
    ("unknown_week_rule", '[office]\nweek_rule = "seven_day"',
     'office.week_rule: expected one of six_day, five_day, got "seven_day"'),
    ("unknown_time_zone", '[office]\ntimezone = "Mars/Olympus"',
     'office.timezone: expected a time zone name such as "Asia/Kolkata", got "Mars/Olympus"'),
    ("bad_date_in_a_local_holiday", '[[office.local_holidays]]\ndate = "2026-02-30"\nname_en = "Fair"\nname_hi = "मेला"',
     'office.local_holidays[1].date: expected a date YYYY-MM-DD, got "2026-02-30"'),
    ("local_holiday_without_hindi_name", '[[office.local_holidays]]\ndate = 2026-03-10\nname_en = "Fair"',
     "office.local_holidays[1].name_hi: missing key"),
    ("working_day_with_bad_hours", '[[office.working_days]]\ndate = 2026-03-08\nhours = ["14:00-10:00"]',
     'office.working_days[1].hours: expected the end after the start, got "14:00-10:00"'),
    ("unknown_placeholder", '[messages.hi]\ninstruction = "{case_cod} {case_code} {representative_number}"',
     "messages.hi.instruction: unknown placeholder {case_cod} (allowed: called_at, case_code,"),
    ("placeholder_of_another_template", '[messages.en]\ninstruction = "{case_code} {representative_number} {superior_name}"',
     "messages.en.instruction: unknown placeholder {superior_name}"),
    ("required_placeholder_left_out", '[messages.en]\nreinstruction = "Call {representative} back, case {case_code}"',
     'messages.en.reinstruction: expected the placeholder {representative_number} in "Call {representative} back, case {case_code}"'),
    ("broken_braces", '[messages.en]\nacknowledgement = "Case {case_code"',
     "messages.en.acknowledgement: broken braces"),
    ("format_spec_in_a_placeholder", '[messages.en]\nacknowledgement = "Case {case_code:>8}"',
     "messages.en.acknowledgement: expected plain {name} placeholders, got {case_code:>8}"),
    ("unknown_language", '[messages]\ndefault_language = "ur"',
     'messages.default_language: expected one of hi, en, got "ur"'),
    ("modem_with_unknown_role", '[[modems]]\nname = "m1"\nurl = "COM4"\nroles = ["fax"]',
     'modems[1].roles: expected sms and/or voice, got "fax"'),
    ("modem_with_zero_cap", '[[modems]]\nname = "m1"\nurl = "COM4"\nroles = ["sms"]\ndaily_sms_cap = 0',
     "modems[1].daily_sms_cap: expected a whole number ≥ 1, got 0"),
    ("modem_pin_variable_name", '[[modems]]\nname = "m1"\nurl = "COM4"\nroles = ["sms"]\npin_env = "1 PIN"',
     'modems[1].pin_env: expected an environment variable name, got "1 PIN"'),
    ("two_modems_one_name", '[[modems]]\nname = "m1"\nurl = "COM4"\nroles = ["sms"]\n[[modems]]\nname = "m1"\nurl = "COM5"\nroles = ["voice"]',
     'modems[2].name: expected a name not used by another modem, got "m1"'),
    ("database_of_another_kind", '[database]\nurl = "mysql://root@localhost/cc"',
     'database.url: expected "" or a sqlite:// or postgresql:// URL, got "mysql://root@localhost/cc"'),
    ("center_number_too_short", '[center]\nnumber = "12345"',
     'center.number: expected an Indian phone number (10 digits, or +91 and 10 digits), got "12345"'),
    ("misspelt_top_level_table", "[thresolds]\nact_after_minutes = 3", "thresolds: unknown key (known keys here:"),
    ("code_of_another_district", 'code = "kannauj"', 'code: expected "hardoi" (the file\'s name), got "kannauj"'),
    ("block_in_an_unknown_tehsil", '[[geography.blocks]]\ncode = "x"\nname_en = "X"\nname_hi = "क"\ntehsil = "nowhere"',
     'geography.blocks[1].tehsil: expected one of bilgram, sadar, sandila, sawayajpur, shahabad, got "nowhere"'),
    ("unknown_state_calendar", 'state_calendar = "mp"', 'state_calendar: expected one of up, got "mp"'),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in OVERRIDE_CASES], ids=[case[0] for case in OVERRIDE_CASES])
def test_a_broken_override_names_its_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    override = tmp_path / "broken.toml"
    override.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)
    lines = str(caught.value).splitlines()
    assert any(line.startswith(f"{override}: {expected}") for line in lines), lines


def test_bad_toml_syntax_names_the_line(tmp_path: Path) -> None:
    override = tmp_path / "broken.toml"
    override.write_text("[thresholds]\nact_after_minutes = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken.toml: invalid TOML: .*\(at line 2, column \d+\)"):
        load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)


def test_an_impossible_toml_date_is_a_syntax_error_with_its_line(tmp_path: Path) -> None:
    override = tmp_path / "broken.toml"
    override.write_text('[[office.local_holidays]]\ndate = 2026-02-30\nname_en = "x"\nname_hi = "y"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken.toml: invalid TOML: .*line 2"):
        load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)


def bundled_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "districts"
    shutil.copytree(districts_folder(), folder)
    return folder


def test_a_broken_bundled_file_is_named_by_its_own_name(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path)
    hardoi = folder / "hardoi.toml"
    hardoi.write_text(hardoi.read_text(encoding="utf-8") + '\n[thresholds]\nconfirm_within_minutes = "ten"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_district_config("hardoi", folder=folder, environ={}, user_folder=NO_USER_FILES)
    assert str(caught.value) == 'hardoi.toml: thresholds.confirm_within_minutes: expected a positive number, got "ten"'


def test_a_key_missing_from_the_defaults_is_reported_where_its_table_lives(tmp_path: Path) -> None:
    folder = bundled_copy(tmp_path)
    defaults = folder / "_defaults.toml"
    defaults.write_text(defaults.read_text(encoding="utf-8").replace("confirm_within_minutes = 15\n", ""), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_district_config("kannauj", folder=folder, environ={}, user_folder=NO_USER_FILES)
    assert str(caught.value) == "_defaults.toml: thresholds.confirm_within_minutes: missing key"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    override = tmp_path / "broken.toml"
    override.write_text(
        '[thresholds]\nact_after_minutes = "ten"\n[office]\nweek_rule = "daily"\n[database]\nurl = "x"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_district_config("hardoi", override_path=override, environ={}, user_folder=NO_USER_FILES)
    keys = [problem.key for problem in caught.value.problems]
    assert keys == ["office.week_rule", "thresholds.act_after_minutes", "database.url"]
    assert all(problem.file == str(override) for problem in caught.value.problems)
