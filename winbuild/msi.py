"""Build the district MSIs: prepare the bundle once, then one WiX source and one ``wixl`` run per district."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from console.config import available_districts
from winbuild.bundle import Bundle, assemble, launcher_files
from winbuild.icon import write_icon
from winbuild.product import ROOT, bundled_config, msi_name, project_version
from winbuild.runtime import prepare_runtime
from winbuild.sign import Signing, sign
from winbuild.wheels import build_application_wheel, download_windows_wheels
from winbuild.wix import MsiProduct, msi_version, wix_source

TOOLS = {"wixl": "wixl", "objdump": "binutils", "msiinfo": "msitools"}
MEGABYTE = 1_000_000
BANNER = "=" * 100


@dataclass(frozen=True)
class BuildRequest:
    districts: tuple[str, ...]
    out: Path = ROOT / "dist"
    cache: Path = ROOT / "build" / "msi"
    version: str | None = None
    embed: str | None = None
    embed_sha256: str | None = None
    signing: Signing | None = None


@dataclass(frozen=True)
class BuiltMsi:
    district: str
    path: Path
    seconds: float

    @property
    def megabytes(self) -> float:
        return self.path.stat().st_size / MEGABYTE


def districts_of(choice: str) -> tuple[str, ...]:
    known = available_districts()
    if choice == "all":
        return tuple(known)
    chosen = tuple(code.strip() for code in choice.split(",") if code.strip())
    unknown = [code for code in chosen if code not in known]
    if not chosen or unknown:
        raise SystemExit(f"DISTRICT={choice!r}: expected all or one of {', '.join(known)}")
    return chosen


def require_tools() -> None:
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        raise SystemExit(f"missing tools: apt-get install {' '.join(missing)} (make msi installs them)")


def prepare(request: BuildRequest) -> Bundle:
    require_tools()
    request.cache.mkdir(parents=True, exist_ok=True)
    runtime = prepare_runtime(request.cache, request.embed, request.embed_sha256)
    if not runtime.real:
        print(f"{BANNER}\nNO-RUNTIME BUILD: no Windows Python runtime was given (PYTHON_EMBED, PYTHON_EMBED_SHA256).\n"
              "The MSI carries placeholder files in its place, is named ...-NO-RUNTIME.msi and is NOT installable\n"
              f"for real (it refuses to install without ALLOW_NO_RUNTIME=1). See the README's IT section.\n{BANNER}",
              flush=True)
    wheels = download_windows_wheels(request.cache)
    application_wheel = build_application_wheel(request.cache / "wheel-application")
    extras = launcher_files(request.cache / "launcher", runtime)
    write_icon(request.cache / "icon" / "samvad-setu.ico")
    return assemble(request.cache, wheels, application_wheel, runtime, extras)


def build(request: BuildRequest) -> list[BuiltMsi]:
    started = time.monotonic()
    bundle = prepare(request)
    files = bundle.files()
    prepared = time.monotonic() - started
    total = sum(path.stat().st_size for path in files.values()) / MEGABYTE
    print(f"bundle: {len(files)} files, {total:.1f} MB, ready in {prepared:.1f} s "
          f"({'libraries reused from the cache' if bundle.reused else 'libraries unpacked and trimmed'})", flush=True)
    version = msi_version(request.version or project_version())
    request.out.mkdir(parents=True, exist_ok=True)
    built = []
    for number, code in enumerate(request.districts):
        district_started = time.monotonic()
        config = bundled_config(code)
        product = MsiProduct(version, code, config.name_en, bundle.runtime.real)
        source = request.cache / "wix" / f"{code}.wxs"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(wix_source(product, files, base=source.parent,
                                     icon=request.cache / "icon" / "samvad-setu.ico"), encoding="utf-8")
        target = request.out / msi_name(version, code, runtime=bundle.runtime.real)
        run_wixl(source, target)
        if request.signing is not None:
            sign(target, request.signing)
        seconds = time.monotonic() - district_started + (prepared if number == 0 else 0.0)
        result = BuiltMsi(code, target, seconds)
        built.append(result)
        shared = f"{prepared:.1f} s of it the bundle" if number == 0 else "the bundle shared with the first"
        print(f"{_shown(target)}: {result.megabytes:.1f} MB, built in {seconds:.1f} s ({shared}"
              f"{', signed' if request.signing else ''})", flush=True)
    if not bundle.runtime.real:
        print(f"{BANNER}\nNOT INSTALLABLE: {', '.join(item.path.name for item in built)} carry no Windows Python "
              f"runtime (NO-RUNTIME stand-in).\n{BANNER}", flush=True)
    return built


def run_wixl(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    result = subprocess.run(["wixl", "-a", "x64", "-o", str(target), str(source)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 or not target.is_file():
        raise SystemExit(f"wixl failed on {source}: {result.stderr.strip()[-2000:]}")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)

