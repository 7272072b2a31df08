"""The bundle's Python packages: the application's own wheel and its dependencies as Windows wheels.

The Windows wheels are the versions this environment runs (the ones the test
suite passed with), pinned by a constraints file made from the installed
distributions, and downloaded once per set of pins into ``build/msi/wheels-<key>``.
pip evaluates environment markers for the machine it runs on, not for the
``--platform`` it downloads for; :func:`check_windows_requirements` reads every
wheel's requirements with Windows' markers and refuses a bundle that would miss one.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib.metadata import distributions
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from winbuild.cache import cached_folder
from winbuild.product import ROOT, WINDOWS_PYTHON, install_requires

PLATFORM = "win_amd64"


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def build_application_wheel(folder: Path) -> Path:
    """The project's wheel, built with this environment's setuptools and PySide6 (which compiles the .qm)."""
    shutil.rmtree(folder, ignore_errors=True)
    pip("wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(folder), str(ROOT))
    (wheel,) = folder.glob("*.whl")
    return wheel


def constraints() -> list[str]:
    """Every installed distribution pinned at its version: the Windows bundle runs what the tests ran."""
    pins = {canonicalize_name(dist.metadata["Name"]): dist.version for dist in distributions()
            if dist.metadata["Name"] and canonicalize_name(dist.metadata["Name"]) != "samvad-setu"}
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


def download_windows_wheels(cache: Path) -> list[Path]:
    requirements = install_requires()
    pins = constraints()
    key = hashlib.sha256("\n".join([PLATFORM, WINDOWS_PYTHON, *requirements, *pins]).encode()).hexdigest()[:16]

    def download(folder: Path) -> None:
        (folder / "constraints.txt").write_text("\n".join(pins) + "\n", encoding="utf-8")
        pip("download", "--quiet", "--only-binary=:all:", "--platform", PLATFORM, "--python-version", WINDOWS_PYTHON,
            "--implementation", "cp", "--dest", str(folder), "--constraint", str(folder / "constraints.txt"),
            *requirements)
        check_windows_requirements(sorted(folder.glob("*.whl")), requirements)

    folder, _ = cached_folder(cache, "wheels", key, download)
    return sorted(folder.glob("*.whl"))


def windows_environment() -> dict[str, str]:
    environment: dict[str, str] = {key: str(value) for key, value in default_environment().items()}
    environment.update(sys_platform="win32", platform_system="Windows", os_name="nt", platform_machine="AMD64",
                       python_version=WINDOWS_PYTHON, python_full_version=f"{WINDOWS_PYTHON}.0",
                       implementation_name="cpython", platform_python_implementation="CPython")
    return environment


def wheel_metadata(wheel: Path) -> tuple[str, list[Requirement]]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(item for item in archive.namelist() if item.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    return canonicalize_name(metadata["Name"]), [Requirement(text) for text in metadata.get_all("Requires-Dist") or []]


def check_windows_requirements(wheels: list[Path], requirements: list[str]) -> None:
    """Every requirement that holds on Windows is among ``wheels``; else SystemExit naming who needs what."""
    present = dict(wheel_metadata(wheel) for wheel in wheels)
    extras: dict[str, set[str]] = {}
    for text in requirements:
        requirement = Requirement(text)
        extras.setdefault(canonicalize_name(requirement.name), set()).update(requirement.extras)
    environment = windows_environment()
    missing = [f"{canonicalize_name(top.name)} (the application)" for top in map(Requirement, requirements)
               if canonicalize_name(top.name) not in present]
    for name, needs in present.items():
        for requirement in needs:
            wanted = extras.get(name, set()) or {""}
            if requirement.marker is not None and not any(
                    requirement.marker.evaluate({**environment, "extra": extra}) for extra in wanted):
                continue
            if canonicalize_name(requirement.name) not in present:
                missing.append(f"{canonicalize_name(requirement.name)} (needed by {name} on Windows)")
    if missing:
        raise SystemExit("the Windows wheels lack: " + ", ".join(sorted(set(missing))))
