"""What every Samvad Setu MSI shares, whatever the district or version.

The UpgradeCode never changes: every district's MSI of every version is one
product family, so a newer MSI replaces an older one (and one district's MSI
replaces another's on the same workstation). The registry values are the ones
the application reads (:mod:`console.config_machine`), written from the MSI's
public properties, which IT may set on the ``msiexec`` command line.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

from console.config import DistrictConfig, load_district_config
from console.config_machine import (
    CENTER_NUMBER_VALUE,
    DATABASE_URL_VALUE,
    DISTRICT_NAME_VALUE,
    DISTRICT_VALUE,
    MODEM_PORTS_VALUE,
    REGISTRY_KEY,
)

ROOT = Path(__file__).resolve().parent.parent
PRODUCT_NAME = "Samvad Setu"
FILE_STEM = "samvad-setu"
MANUFACTURER = "Samvad Setu, District Contact and Command Center, Uttar Pradesh"
UPGRADE_CODE = "CE2C954E-4BD8-48A9-BD5E-EA35D0860925"
NAMESPACE = "6236E50A-B926-4182-B4EE-E146F34EF06E"  # derives the ProductCode of each version and district
WINDOWS_PYTHON = "3.12"  # the embeddable runtime's version; the wheels are chosen for it
INSTALL_FOLDER = "Samvad Setu"  # under C:\Program Files
SITE_PACKAGES = "Lib/site-packages"
NO_RUNTIME = "NO-RUNTIME"
VERSION_VALUE = "Version"


@dataclass(frozen=True)
class MsiProperty:
    name: str  # the public property, as typed on the msiexec command line
    value_name: str  # the registry value under HKLM\SOFTWARE\Samvad Setu
    remembered: bool  # an upgrade keeps what the previous installation was given
    meaning: str


PROPERTIES = (
    MsiProperty("DISTRICT_CODE", DISTRICT_VALUE, False, "the district's code (default: the MSI's district)"),
    MsiProperty("DISTRICT_NAME", DISTRICT_NAME_VALUE, False, "the district's name, for IT's inventory"),
    MsiProperty("DATABASE_URL", DATABASE_URL_VALUE, True,
                "the center's database, e.g. postgresql+psycopg://console@db-host/kannauj (default: SQLite per user)"),
    MsiProperty("MODEM_PORTS", MODEM_PORTS_VALUE, True, "the modems' ports, e.g. COM3:sms,COM4:voice"),
    MsiProperty("CENTER_NUMBER", CENTER_NUMBER_VALUE, True, "the center's own number (officers' missed calls)"),
)
REGISTRY = REGISTRY_KEY


def bundled_config(code: str, folder: Path | None = None) -> DistrictConfig:
    """A district's configuration as the MSI carries it: the bundled files only, nothing of this machine."""
    nowhere = Path("/nonexistent/samvad-setu-build")
    return load_district_config(code, environ={}, folder=folder, user_folder=nowhere, machine_folder=nowhere,
                                machine_values={})


def project_version() -> str:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config["metadata"]["version"]


def install_requires() -> list[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return [line.strip() for line in config["options"]["install_requires"].splitlines() if line.strip()]


def msi_name(version: str, district: str, *, runtime: bool) -> str:
    return f"{FILE_STEM}-{version}-{district}{'' if runtime else '-' + NO_RUNTIME}.msi"
