"""Machine-wide settings: the installer's values and the machine's own file, between the district and the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.config import DistrictConfig, ModemRole, load_district_config
from console.config_machine import (
    CENTER_NUMBER_VALUE,
    DATABASE_URL_VALUE,
    DISTRICT_VALUE,
    MODEM_PORTS_VALUE,
    REGISTRY_LABEL,
    installer_layer,
    machine_district,
    modem_ports,
)
from console.config_reader import ConfigError

NOWHERE = Path("/nonexistent/samvad-setu-test")
INSTALLED = {
    DISTRICT_VALUE: "kannauj",
    DATABASE_URL_VALUE: "postgresql+psycopg://console@db-host/kannauj",
    MODEM_PORTS_VALUE: "COM3:sms, COM4:voice",
    CENTER_NUMBER_VALUE: "05694 234567",
}


def load(values: dict[str, str], *, machine: Path = NOWHERE, user: Path = NOWHERE) -> DistrictConfig:
    return load_district_config("kannauj", environ={}, user_folder=user, machine_folder=machine,
                                machine_values=values)


def test_the_installers_values_set_the_machine_settings() -> None:
    config = load(INSTALLED)
    assert config.database_url == "postgresql+psycopg://console@db-host/kannauj"
    assert config.center_number == "+915694234567"
    assert [(modem.name, modem.url, modem.roles) for modem in config.modems] == [
        ("modem-1", "COM3", frozenset({ModemRole.SMS})),
        ("modem-2", "COM4", frozenset({ModemRole.VOICE})),
    ]
    assert config.sources == ("_defaults.toml", "kannauj.toml", REGISTRY_LABEL)
    assert config.unset_machine_settings() == []


def test_values_left_empty_at_installation_change_nothing() -> None:
    empty = {name: "" for name in INSTALLED}
    assert installer_layer(empty) == {}
    config = load(empty)
    assert (config.database_url, config.center_number) == ("", "")
    assert [modem.url for modem in config.modems] == ["COM3"]  # the bundled default
    assert config.sources == ("_defaults.toml", "kannauj.toml")


def test_the_machine_file_goes_over_the_installer_and_the_users_file_over_both(tmp_path: Path) -> None:
    machine, user = tmp_path / "machine", tmp_path / "user"
    machine.mkdir()
    user.mkdir()
    (machine / "kannauj.toml").write_text(
        '[database]\nurl = "postgresql+psycopg://console@other-host/kannauj"\n'
        '[thresholds]\nact_after_minutes = 12\n', encoding="utf-8")
    (user / "kannauj.toml").write_text("[thresholds]\nact_after_minutes = 14\n", encoding="utf-8")
    config = load(INSTALLED, machine=machine)
    assert config.database_url == "postgresql+psycopg://console@other-host/kannauj"
    assert config.thresholds.act_after_minutes == 12
    assert config.center_number == "+915694234567"  # what the machine file leaves alone stays the installer's
    config = load(INSTALLED, machine=machine, user=user)
    assert config.thresholds.act_after_minutes == 14
    assert config.files == (config.files[0], config.files[1], machine / "kannauj.toml", user / "kannauj.toml")


def test_a_wrong_installer_value_is_reported_against_the_registry_key() -> None:
    with pytest.raises(ConfigError) as raised:
        load({**INSTALLED, MODEM_PORTS_VALUE: "COM3:sms+fax", DATABASE_URL_VALUE: "mysql://x/y"})
    assert {str(problem) for problem in raised.value.problems} == {
        f"{REGISTRY_LABEL}: modems[1].roles: expected sms and/or voice, got \"fax\"",
        f"{REGISTRY_LABEL}: database.url: expected \"\" or a sqlite:// or postgresql:// URL, got \"mysql://x/y\"",
    }


@pytest.mark.parametrize("text, expected", [
    ("COM3", [("COM3", ["sms", "voice"])]),
    ("COM3;COM4:SMS", [("COM3", ["sms", "voice"]), ("COM4", ["sms"])]),
    (" COM3:sms+voice , ,COM7:voice ", [("COM3", ["sms", "voice"]), ("COM7", ["voice"])]),
])
def test_modem_ports_are_written_as_ports_with_optional_roles(text: str, expected: list[object]) -> None:
    assert [(modem["url"], modem["roles"]) for modem in modem_ports(text)] == expected


def test_the_machines_district_is_the_installers() -> None:
    assert machine_district(INSTALLED) == "kannauj"
    assert machine_district({DISTRICT_VALUE: " "}) is None
    assert machine_district({}) is None
