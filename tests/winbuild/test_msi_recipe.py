"""The MSI recipe on a small bundle: the WiX source, a real ``wixl`` build and its tables read back with msiinfo.

The full bundle (Windows wheels, 40 MB of Qt) is built by ``make msi`` and checked, installed and removed
under wine by ``make msi-check``; this keeps a broken recipe from passing ``make test``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from winbuild.bundle import Bundle, launcher_files
from winbuild.msi import run_wixl
from winbuild.msi_tables import installed_files, properties, table
from winbuild.product import PROPERTIES, REGISTRY, ROOT, UPGRADE_CODE, msi_name
from winbuild.runtime import prepare_runtime
from winbuild.wix import ALLOW_NO_RUNTIME, WIX_NAMESPACE, MsiProduct, msi_version, wix_source

W = "{" + WIX_NAMESPACE + "}"


@pytest.fixture(scope="module")
def small_msi(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Bundle]:
    work = tmp_path_factory.mktemp("msi")
    runtime = prepare_runtime(work / "cache", None, None)
    application = work / "application"
    for relative in ("ui/main.py", "resources/districts/kannauj.toml", "resources/districts/_defaults.toml"):
        (application / relative).parent.mkdir(parents=True, exist_ok=True)
        (application / relative).write_bytes((ROOT / relative).read_bytes())
    bundle = Bundle(((runtime.folder, ""), (application, "Lib/site-packages"),
                     (launcher_files(work / "launcher", runtime), "")), runtime, reused=False)
    product = MsiProduct(msi_version("0.1"), "kannauj", "Kannauj", runtime=False)
    source = work / "kannauj.wxs"
    source.write_text(wix_source(product, bundle.files(), base=work), encoding="utf-8")
    msi = work / msi_name(product.version, "kannauj", runtime=False)
    run_wixl(source, msi)
    return source, msi, bundle


def test_the_wix_source_names_one_product_family_and_the_district(small_msi: tuple[Path, Path, Bundle]) -> None:
    source, _, _ = small_msi
    product = ET.parse(source).getroot().find(f"{W}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE and product.get("Version") == "0.1.0"
    assert product.get("Name") == "Samvad Setu (Kannauj) NO-RUNTIME test build"
    values = {item.get("Id"): item.get("Value") for item in product.iter(f"{W}Property")}
    assert values["DISTRICT_CODE"] == "kannauj" and values["DISTRICT_NAME"] == "Kannauj"
    assert not any(Path(item.get("Source", "")).is_absolute() for item in product.iter(f"{W}File"))


def test_the_small_msi_carries_the_files_where_the_bundle_puts_them(small_msi: tuple[Path, Path, Bundle]) -> None:
    _, msi, bundle = small_msi
    assert msi.name == "samvad-setu-0.1.0-kannauj-NO-RUNTIME.msi"
    files = installed_files(msi)
    assert files == {relative: path.stat().st_size for relative, path in bundle.files().items()}
    assert {"pythonw.exe", "python312.dll", "python312._pth", "samvad-setu.cmd",
            "Lib/site-packages/resources/districts/kannauj.toml"} <= set(files)


def test_its_properties_upgrade_rows_shortcut_and_registry(small_msi: tuple[Path, Path, Bundle]) -> None:
    _, msi, _ = small_msi
    values = properties(msi)
    assert values["UpgradeCode"] == "{" + UPGRADE_CODE + "}" and values["ALLUSERS"] == "1"
    assert (values["DISTRICT_CODE"], values["ProductVersion"]) == ("kannauj", "0.1.0")
    upgrades = sorted((row[1], row[2], row[4], row[6]) for row in table(msi, "Upgrade"))
    assert upgrades == [("0.0.0", "0.1.1", "256", "WIX_UPGRADE_DETECTED"),  # up to 0.1.0 included: replaced
                        ("0.1.0", "", "2", "WIX_DOWNGRADE_DETECTED")]  # above: refused
    (shortcut,) = table(msi, "Shortcut")
    assert (shortcut[1], shortcut[4], shortcut[5]) == (
        "ProgramMenuFolder", "[INSTALLDIR]pythonw.exe", "-m ui.main --district [DISTRICT_CODE]")
    registry = {row[3]: (row[1], row[2], row[4]) for row in table(msi, "Registry")}
    for item in PROPERTIES:
        assert registry[item.value_name] == ("2", REGISTRY, f"[{item.name}]")
    searched = {row[3] for row in table(msi, "RegLocator")}
    assert searched == {item.value_name for item in PROPERTIES if item.remembered}
    conditions = {row[0] for row in table(msi, "LaunchCondition")}
    assert f"Installed OR {ALLOW_NO_RUNTIME}" in conditions and "NOT WIX_DOWNGRADE_DETECTED" in conditions
