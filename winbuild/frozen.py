"""The Windows build host route: the WiX source for a PyInstaller folder, compiled there with WiX v3.

PyInstaller (``windows_host/samvad-setu.spec``) freezes the application on a
Windows machine into ``dist/samvad-setu/`` with two programs: ``samvad-setu.exe``
(the window, no console) and ``samvad-setu-cli.exe`` (the command line and
``--self-check``). This writes the same MSI recipe as the Linux build over that
folder (same UpgradeCode, properties, registry values, shortcut, upgrade rows);
WiX v3's ``candle``/``light`` (or wixl) turn it into the MSI.
"""

from __future__ import annotations

from pathlib import Path

from winbuild.bundle import Bundle
from winbuild.icon import write_icon
from winbuild.product import bundled_config, project_version
from winbuild.runtime import Runtime
from winbuild.wix import MsiProduct, msi_version, wix_source

WINDOW_PROGRAM = "samvad-setu.exe"


def write_frozen_wix(district: str, frozen: Path, out: Path, version: str | None = None) -> Path:
    if not (frozen / WINDOW_PROGRAM).is_file():
        raise SystemExit(f"{frozen}: no {WINDOW_PROGRAM}; run PyInstaller with winbuild/windows_host/samvad-setu.spec")
    config = bundled_config(district)
    bundle = Bundle(((frozen, ""),), Runtime(frozen, True, "PyInstaller"), reused=False)
    product = MsiProduct(msi_version(version or project_version()), district, config.name_en, True,
                         launcher=WINDOW_PROGRAM, arguments="--district [DISTRICT_CODE]")
    out.mkdir(parents=True, exist_ok=True)
    source = out / f"{district}.wxs"
    icon = write_icon(out / "samvad-setu.ico")
    source.write_text(wix_source(product, bundle.files(), base=out, icon=icon), encoding="utf-8")
    compiled = out / f"{district}.wixobj"
    print(f"{source}: {len(bundle.files())} files. On Windows, with WiX v3 on PATH:\n"
          f"  candle -arch x64 -out {compiled} {source}\n"
          f"  light -b {out} -sice:ICE61 -out dist\\samvad-setu-{product.version}-{district}.msi {compiled}")
    return source
