"""Machine-wide settings: what the installer and the district's IT staff set for every user of a workstation.

Two sources, merged between the bundled district files and the user's own file:

* the installer's values: on Windows the MSI writes its properties (``DISTRICT_CODE``,
  ``DATABASE_URL``, ``MODEM_PORTS``, ``CENTER_NUMBER``...) as values of
  ``HKLM\\SOFTWARE\\Samvad Setu``, where group policy can set them too. They are
  read here into the same shape as a TOML file (``database.url``, ``modems``,
  ``center.number``), so a mistake is reported like one in a file: the registry
  key, the dotted key, what is expected. Other systems have no such values.
* a TOML file of the user-level format in the machine's configuration folder,
  ``%ProgramData%\\samvad-setu\\districts\\<code>.toml`` on Windows (``/etc/xdg/...``
  elsewhere), for anything else IT sets for the machine. The installer never
  writes, replaces or removes it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

APPLICATION_NAME = "samvad-setu"
REGISTRY_KEY = "SOFTWARE\\Samvad Setu"
REGISTRY_LABEL = "HKLM\\" + REGISTRY_KEY

DISTRICT_VALUE = "District"
DISTRICT_NAME_VALUE = "DistrictName"
DATABASE_URL_VALUE = "DatabaseUrl"
MODEM_PORTS_VALUE = "ModemPorts"
CENTER_NUMBER_VALUE = "CenterNumber"

_PORT_SEPARATORS = re.compile(r"[,;]")


def machine_districts_folder() -> Path:
    return Path(platformdirs.site_config_dir(APPLICATION_NAME, appauthor=False)) / "districts"


def installer_values() -> dict[str, str]:
    """The installer's registry values (name → text); empty where there are none."""
    if sys.platform == "win32":
        return _registry_values()
    return {}


def machine_district(values: Mapping[str, str] | None = None) -> str | None:
    """The district the installer set up this machine for, if any."""
    district = (installer_values() if values is None else values).get(DISTRICT_VALUE, "").strip()
    return district or None


def installer_layer(values: Mapping[str, str]) -> dict[str, Any]:
    """The installer's values as a config layer; values left empty at install set nothing."""
    layer: dict[str, Any] = {}
    url = values.get(DATABASE_URL_VALUE, "").strip()
    if url:
        layer["database"] = {"url": url}
    number = values.get(CENTER_NUMBER_VALUE, "").strip()
    if number:
        layer["center"] = {"number": number}
    ports = values.get(MODEM_PORTS_VALUE, "").strip()
    if ports:
        layer["modems"] = modem_ports(ports)
    return layer


def modem_ports(text: str) -> list[dict[str, Any]]:
    """``"COM3, COM4:sms, COM5:voice"`` → modem tables; a port without roles does both SMS and calls."""
    modems: list[dict[str, Any]] = []
    for number, entry in enumerate((part.strip() for part in _PORT_SEPARATORS.split(text) if part.strip()), start=1):
        port, _, roles = entry.partition(":")
        modems.append({
            "name": f"modem-{number}",
            "url": port.strip(),
            "roles": [role.strip().lower() for role in roles.split("+") if role.strip()] or ["sms", "voice"],
        })
    return modems


if sys.platform == "win32":
    import winreg

    def _registry_values() -> dict[str, str]:
        access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        try:
            key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, access)
        except OSError:
            return {}
        values: dict[str, str] = {}
        with key:
            index = 0
            while True:
                try:
                    name, value, kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(value, str):
                    values[name] = value.strip()
                index += 1
        return values
