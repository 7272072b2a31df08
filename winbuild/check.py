"""``make msi-check``: build one district's MSI, read it back, then install, upgrade and remove it under wine.

What can be checked on Linux is checked: the tables (files, properties,
upgrade rows, shortcut, registry, the remembered properties' searches), the
files themselves (the district's configuration, fonts and translations as
built), a signature made with a throwaway certificate, and under wine 8
``msiexec /i … /qn`` with overrides, an upgrade to a higher version that keeps
them, another district's MSI replacing the first, a refused downgrade and
``msiexec /x`` leaving only the user's data and IT's machine file. Wine 8
cannot load Qt 6 (Qt6Core needs Windows' own ICU), so the console itself is
not started here: ``samvad-setu --self-check`` on the first real Windows
installation is the check of that.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from console.config import load_district_config
from console.config_machine import REGISTRY_LABEL, installer_layer
from winbuild.msi import BuildRequest, BuiltMsi, build
from winbuild.msi_tables import installed_files, properties, table
from winbuild.product import (
    INSTALL_FOLDER,
    PRODUCT_NAME,
    PROPERTIES,
    REGISTRY,
    ROOT,
    UPGRADE_CODE,
    bundled_config,
    project_version,
)
from winbuild.sign import Signing, sign, verify
from winbuild.wix import ALLOW_NO_RUNTIME, LAUNCHER, msi_version

WORK = ROOT / "build" / "msi-check"
OVERRIDES = {"DATABASE_URL": "postgresql+psycopg://console@db-host/{district}", "MODEM_PORTS": "COM5:sms,COM6:voice",
             "CENTER_NUMBER": "+915694234567"}
EXPECTED_FILES = ("pythonw.exe", "python.exe", "python312._pth", "samvad-setu.cmd",
                  "Lib/site-packages/ui/main.py", "Lib/site-packages/console/config_machine.py",
                  "Lib/site-packages/migrations/script.py.mako",
                  "Lib/site-packages/resources/translations/samvad_hi.qm",
                  "Lib/site-packages/resources/fonts/NotoSansDevanagari-Regular.ttf",
                  "Lib/site-packages/resources/calendars/up/2026.toml",
                  "Lib/site-packages/PySide6/QtWidgets.pyd", "Lib/site-packages/PySide6/Qt6Core.dll",
                  "Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
                  "Lib/site-packages/sqlalchemy/__init__.py", "Lib/site-packages/psycopg_binary/__init__.py")
FORBIDDEN_PARTS = ("/tests/", "__pycache__", ".pyi", "Qt6Quick.dll", "Qt6Qml.dll", "opengl32sw.dll", "/qml/",
                   "designer.exe", "/bench/")


@dataclass
class Verdicts:
    failures: list[str] = field(default_factory=list)
    count: int = 0

    def check(self, what: str, holds: bool, detail: object = "") -> bool:
        self.count += 1
        if holds:
            print(f"  ok    {what}", flush=True)
        else:
            self.failures.append(what)
            print(f"  FAIL  {what}{': ' + str(detail) if detail != '' else ''}", flush=True)
        return holds


def higher(version: str) -> str:
    major, minor, build_number = msi_version(version).split(".")
    return f"{major}.{minor}.{int(build_number) + 1}"


def run_checks(district: str, embed: str | None, embed_sha256: str | None) -> int:
    shutil.rmtree(WORK, ignore_errors=True)
    base_version = msi_version(project_version())
    request = BuildRequest((district,), out=WORK / "dist", version=base_version, embed=embed,
                           embed_sha256=embed_sha256)
    (base,) = build(request)
    (upgrade,) = build(replace(request, version=higher(base_version)))
    other = "hardoi" if district != "hardoi" else "kannauj"
    (switch,) = build(replace(request, districts=(other,), version=higher(base_version)))
    verdicts = Verdicts()
    real = "NO-RUNTIME" not in base.path.name
    print(f"\nthe tables of {base.path.name}", flush=True)
    check_tables(verdicts, base, district, base_version)
    print(f"\nthe files of {base.path.name} (msiextract)", flush=True)
    check_extracted(verdicts, base.path, district)
    print("\nsigning (osslsigncode, a throwaway certificate)", flush=True)
    check_signing(verdicts, base.path)
    print("\nunder wine: install, upgrade, another district, downgrade, uninstall", flush=True)
    check_under_wine(verdicts, base, upgrade, switch, real=real)
    if not verdicts.failures:  # kept after a failure, to look into; its z: drive links to the machine's root
        shutil.rmtree(WORK / "wine", ignore_errors=True)
    print(f"\n{verdicts.count - len(verdicts.failures)} passed, {len(verdicts.failures)} failed", flush=True)
    if not real:
        print("(a NO-RUNTIME build: the installer was checked, the runtime was a stand-in)")
    print("not checked here: the console starting on Windows (wine 8 cannot load Qt 6): "
          "run samvad-setu.cmd --self-check on the first real installation")
    return 1 if verdicts.failures else 0


def check_tables(verdicts: Verdicts, built: BuiltMsi, district: str, version: str) -> None:
    msi = built.path
    found = installed_files(msi)
    verdicts.check(f"{len(found)} files in the File table, {sum(found.values()) / 1e6:.1f} MB", len(found) > 1000)
    missing = [name for name in EXPECTED_FILES if name not in found]
    verdicts.check("application, translations, fonts, calendars, Qt, its plugin, the runtime's files are there",
                   not missing, missing)
    forbidden = sorted(name for name in found if any(part in "/" + name for part in FORBIDDEN_PARTS))
    verdicts.check("no tests, caches, type stubs, Qt Quick/QML, software OpenGL or Qt tools", not forbidden,
                   forbidden[:5])
    values = properties(msi)
    verdicts.check(f"UpgradeCode {UPGRADE_CODE}", values.get("UpgradeCode") == "{" + UPGRADE_CODE + "}",
                   values.get("UpgradeCode"))
    verdicts.check(f"ProductVersion {version}, per-machine (ALLUSERS=1)",
                   values.get("ProductVersion") == version and values.get("ALLUSERS") == "1")
    verdicts.check(f"DISTRICT_CODE={district}, DISTRICT_NAME in the product name",
                   values.get("DISTRICT_CODE") == district
                   and values.get("DISTRICT_NAME", "?") in values["ProductName"])
    upgrade_rows = table(msi, "Upgrade")
    verdicts.check("Upgrade rows: older or equal versions removed, a newer one detected",
                   len(upgrade_rows) == 2 and all(row[0] == "{" + UPGRADE_CODE + "}" for row in upgrade_rows),
                   upgrade_rows)
    sequence = {row[0]: int(row[2]) for row in table(msi, "InstallExecuteSequence")}
    verdicts.check("RemoveExistingProducts right after InstallValidate",
                   sequence.get("InstallValidate", 0) < sequence.get("RemoveExistingProducts", 0) < 1500)
    remembered = [item for item in PROPERTIES if item.remembered]
    searches = {row[3]: row for row in table(msi, "RegLocator")}
    verdicts.check("remembered properties read back from the registry before AppSearch's users",
                   all(item.value_name in searches for item in remembered)
                   and all(sequence.get(f"Save_{item.name}", 99) < sequence["AppSearch"]
                           < sequence.get(f"Restore_{item.name}", 0) for item in remembered))
    shortcuts = table(msi, "Shortcut")
    verdicts.check(f"Start-menu shortcut runs {LAUNCHER} -m ui.main --district [DISTRICT_CODE]",
                   len(shortcuts) == 1 and shortcuts[0][1] == "ProgramMenuFolder"
                   and shortcuts[0][4] == f"[INSTALLDIR]{LAUNCHER}" and "--district [DISTRICT_CODE]" in shortcuts[0][5],
                   shortcuts)
    registry = {row[3]: row for row in table(msi, "Registry")}
    verdicts.check(f"HKLM\\{REGISTRY} values from the properties",
                   all(registry.get(item.value_name, ["", "", "", "", ""])[4] == f"[{item.name}]"
                       and registry[item.value_name][1] == "2" and registry[item.value_name][2] == REGISTRY
                       for item in PROPERTIES), sorted(registry))


def check_extracted(verdicts: Verdicts, msi: Path, district: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["msiextract", "-C", folder, str(msi)], check=True, capture_output=True)
        root = next(Path(folder).rglob(INSTALL_FOLDER))
        site = root / "Lib" / "site-packages"
        ours = site / "resources" / "districts" / f"{district}.toml"
        source = ROOT / "resources" / "districts" / f"{district}.toml"
        verdicts.check(f"{district}.toml as in the source tree",
                       ours.is_file() and ours.read_bytes() == source.read_bytes())
        config = bundled_config(district, folder=ours.parent)
        verdicts.check(f"the extracted configuration loads: {config.name_en} ({config.name_hi}), "
                       f"{len(config.geography.blocks)} blocks", config.code == district)
        fonts = sorted((ROOT / "resources" / "fonts").glob("*.ttf"))
        verdicts.check("the bundled fonts, byte for byte", all(
            (site / "resources" / "fonts" / font.name).read_bytes() == font.read_bytes() for font in fonts))
        translations = site / "resources" / "translations"
        verdicts.check("the compiled translations load in Qt",
                       all(_loads(translations / f"samvad_{language}.qm") for language in ("hi", "en")))
        pth = (root / "python312._pth").read_text(encoding="ascii").split()
        verdicts.check("python312._pth: the zip, the install folder, Lib\\site-packages; no import site",
                       pth == ["python312.zip", ".", "Lib\\site-packages"], pth)


def _loads(path: Path) -> bool:
    from PySide6.QtCore import QTranslator

    return path.is_file() and QTranslator().load(str(path))


def check_signing(verdicts: Verdicts, msi: Path) -> None:
    if shutil.which("osslsigncode") is None or shutil.which("openssl") is None:
        verdicts.check("osslsigncode and openssl installed", False)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                        "/CN=Samvad Setu test signing", "-keyout", str(work / "key.pem"), "-out",
                        str(work / "cert.pem")], check=True, capture_output=True)
        copy = work / msi.name
        shutil.copy(msi, copy)
        sign(copy, Signing(work / "cert.pem", work / "key.pem"))
        verdicts.check("signed with SIGN_CERT/SIGN_KEY and verified", "Signature verification: ok"
                       in verify(copy, ca_file=work / "cert.pem"))


@dataclass
class Wine:
    prefix: Path

    @property
    def environment(self) -> dict[str, str]:
        return {**os.environ, "WINEPREFIX": str(self.prefix), "WINEDEBUG": "-all",
                "WINEDLLOVERRIDES": "mscoree,mshtml="}

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(["wine", *args], env=self.environment, capture_output=True, text=True, check=False)
        subprocess.run(["wineserver", "-w"], env=self.environment, check=False)
        return result

    def msiexec(self, *args: str) -> int:
        return self.run("msiexec", *args, "/qn").returncode

    @property
    def program_folder(self) -> Path:
        return self.prefix / "drive_c" / "Program Files" / INSTALL_FOLDER

    def user_folder(self) -> Path:
        return next((self.prefix / "drive_c" / "users").glob("*/AppData/Local"))

    def registry(self, key: str) -> dict[str, str]:
        result = self.run("reg", "query", key)
        values = {}
        for line in result.stdout.replace("\r", "").splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) >= 2 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2] if len(parts) == 3 else ""
        return values if result.returncode == 0 else {}

    def products(self) -> dict[str, str]:
        """DisplayName → DisplayVersion of the installed Samvad Setu products."""
        result = self.run("reg", "query", "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall", "/s")
        found, name = {}, None
        for line in result.stdout.replace("\r", "").splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[0] == "DisplayName":
                name = parts[2] if parts[2].startswith(PRODUCT_NAME) else None
            elif len(parts) == 3 and parts[0] == "DisplayVersion" and name:
                found[name] = parts[2]
        return found

    def shortcut(self) -> Path | None:
        return next(iter(sorted((self.prefix / "drive_c").rglob(f"Start Menu/Programs/{PRODUCT_NAME}.lnk"))), None)


def check_under_wine(verdicts: Verdicts, base: BuiltMsi, upgrade: BuiltMsi, switch: BuiltMsi, *, real: bool) -> None:
    wine = Wine(WORK / "wine")
    booted = wine.run("wineboot", "-i")
    if not verdicts.check("a fresh wine prefix (wine wineboot -i)", booted.returncode == 0, booted.stderr[-300:]):
        return
    district = properties(base.path)["DISTRICT_CODE"]
    expected_files = installed_files(base.path)
    allow = [] if real else [f"{ALLOW_NO_RUNTIME}=1"]
    if not real:
        refused = wine.msiexec("/i", str(base.path))
        verdicts.check("the NO-RUNTIME build refuses to install without ALLOW_NO_RUNTIME=1",
                       refused != 0 and not wine.program_folder.exists(), refused)
    user_data = _user_data(wine)
    overrides = {name: value.format(district=district) for name, value in OVERRIDES.items()}
    code = wine.msiexec("/i", str(base.path), *allow, *(f"{name}={value}" for name, value in overrides.items()))
    verdicts.check(f"msiexec /i {base.path.name} /qn with DATABASE_URL, MODEM_PORTS, CENTER_NUMBER", code == 0, code)
    base_version = properties(base.path)["ProductVersion"]
    _check_installed(verdicts, wine, expected_files, base_version)
    values = wine.registry(f"HKLM\\{REGISTRY}")
    wanted = {"District": district, "Version": base_version, "DatabaseUrl": overrides["DATABASE_URL"],
              "ModemPorts": overrides["MODEM_PORTS"], "CenterNumber": overrides["CENTER_NUMBER"]}
    verdicts.check(f"HKLM\\{REGISTRY}: the district and the overrides", all(
        values.get(name) == value for name, value in wanted.items()), values)
    config = load_district_config(district, environ={}, user_folder=WORK / "none", machine_folder=WORK / "none",
                                  machine_values=values)
    verdicts.check(f"the console reads them ({REGISTRY_LABEL}): database, modems COM5 sms and COM6 voice, number",
                   config.database_url == overrides["DATABASE_URL"]
                   and [modem.url for modem in config.modems] == ["COM5", "COM6"]
                   and config.center_number == overrides["CENTER_NUMBER"] and bool(installer_layer(values)))
    link = wine.shortcut()
    verdicts.check(f"Start-menu shortcut: {LAUNCHER} -m ui.main --district {district}", link is not None and
                   f"--district {district}".encode("utf-16-le") in link.read_bytes(), link)
    verdicts.check("one product registered", len(wine.products()) == 1, wine.products())

    code = wine.msiexec("/i", str(upgrade.path), *allow)
    upgraded = properties(upgrade.path)["ProductVersion"]
    verdicts.check(f"upgrade: msiexec /i {upgrade.path.name} /qn (no properties given)", code == 0, code)
    verdicts.check(f"one product left, at {upgraded}", list(wine.products().values()) == [upgraded], wine.products())
    values = wine.registry(f"HKLM\\{REGISTRY}")
    verdicts.check("the overrides kept through the upgrade", all(
        values.get(name) == value for name, value in wanted.items() if name != "Version"), values)
    _check_installed(verdicts, wine, installed_files(upgrade.path), upgraded)
    verdicts.check("the user's data and IT's machine file untouched", _unchanged(user_data))

    code = wine.msiexec("/i", str(base.path), *allow)
    verdicts.check(f"downgrade to {base_version} refused, {upgraded} still installed",
                   code != 0 and list(wine.products().values()) == [upgraded], (code, wine.products()))

    other = properties(switch.path)["DISTRICT_CODE"]
    code = wine.msiexec("/i", str(switch.path), *allow)
    values = wine.registry(f"HKLM\\{REGISTRY}")
    verdicts.check(f"{switch.path.name} (same version, another district) replaces it: one product, District={other}",
                   code == 0 and len(wine.products()) == 1 and values.get("District") == other
                   and values.get("DatabaseUrl") == overrides["DATABASE_URL"], (code, wine.products(), values))

    code = wine.msiexec("/x", str(switch.path))
    verdicts.check(f"msiexec /x {switch.path.name} /qn", code == 0, code)
    verdicts.check("program folder, registry key, shortcut and product entry gone", not wine.program_folder.exists()
                   and not wine.registry(f"HKLM\\{REGISTRY}") and wine.shortcut() is None and not wine.products())
    verdicts.check("the user's data and IT's machine file still there, unchanged", _unchanged(user_data))


def _check_installed(verdicts: Verdicts, wine: Wine, expected: dict[str, int], version: str) -> None:
    folder = wine.program_folder
    present = {path.relative_to(folder).as_posix(): path.stat().st_size for path in folder.rglob("*") if path.is_file()}
    verdicts.check(f"{len(expected)} files installed in C:\\Program Files\\{INSTALL_FOLDER} at their sizes ({version})",
                   present == expected, sorted(set(expected) ^ set(present))[:5])


def _user_data(wine: Wine) -> dict[Path, bytes]:
    """A user's database and settings and IT's machine file, made before the first installation."""
    local = wine.user_folder() / "samvad-setu"
    machine = wine.prefix / "drive_c" / "ProgramData" / "samvad-setu" / "districts"
    files = {local / "kannauj.sqlite3": b"SQLite format 3\x00 (a user's cases)",
             local / "districts" / "kannauj.toml": b"[thresholds]\nact_after_minutes = 12\n",
             machine / "kannauj.toml": b"# IT's machine settings\n[thresholds]\nconfirm_within_minutes = 20\n"}
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return files


def _unchanged(files: dict[Path, bytes]) -> bool:
    return all(path.is_file() and path.read_bytes() == content for path, content in files.items())

