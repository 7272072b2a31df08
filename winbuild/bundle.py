"""The files an MSI installs: the runtime, the Python packages (trimmed) and the launcher's few files.

Three parts, each cached by its inputs (:mod:`winbuild.cache`): the third-party
packages (unpacked from the Windows wheels and trimmed: the slow part, shared
by every district and rebuilt only when a pin changes), the application's own
wheel, and the runtime. Trimming keeps only the Qt modules the application
imports, the Qt plugins a widgets window on Windows loads, and the Qt
libraries those import (read from their import tables); tests, headers, tools,
type stubs and Qt's own translations go.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from winbuild import pe
from winbuild.cache import cached_folder
from winbuild.product import ROOT, SITE_PACKAGES, WINDOWS_PYTHON
from winbuild.runtime import TAG, Runtime
from winbuild.wheels import PLATFORM, pip

APPLICATION_PACKAGES = ("console", "ui", "db", "migrations", "modem")
QT_PLUGINS = ("platforms/qwindows.dll", "styles/*.dll", "imageformats/qico.dll")
QT_FOLDERS_DROPPED = ("doc", "glue", "include", "lib", "metatypes", "qml", "resources", "scripts", "translations",
                      "typesystems", "examples")
FOLDERS_DROPPED = ("tests", "__pycache__", "include")  # anywhere in site-packages
FILES_DROPPED = ("*.pyi", "*.lib", "*.exe", "*.pxd", "*.a", "*.h")
TRIM_RULES_VERSION = "3"  # change with the rules above: the cached bundle is made again
_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)")


@dataclass(frozen=True)
class Bundle:
    parts: tuple[tuple[Path, str], ...]  # (folder, where its files go under the install folder)
    runtime: Runtime
    reused: bool  # the third-party part came from the cache

    def files(self) -> dict[str, Path]:
        """Install-relative POSIX path → source file; two parts never provide the same path."""
        files: dict[str, Path] = {}
        for folder, prefix in self.parts:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    relative = "/".join(part for part in (prefix, path.relative_to(folder).as_posix()) if part)
                    if relative in files:
                        raise SystemExit(f"bundle: {relative} comes from both {files[relative]} and {path}")
                    files[relative] = path
        return files


def application_qt_modules(root: Path = ROOT) -> set[str]:
    """The Qt modules the application's code imports (``PySide6.QtWidgets`` → ``QtWidgets``)."""
    modules: set[str] = set()
    for package in APPLICATION_PACKAGES:
        for source in (root / package).rglob("*.py"):
            for dotted, listed in _QT_IMPORT.findall(source.read_text(encoding="utf-8")):
                modules.update([dotted] if dotted else [name.strip() for name in listed.split(",")
                                                        if name.strip().startswith("Qt")])
    return modules


def third_party(cache: Path, wheels: list[Path], qt_modules: set[str]) -> tuple[Path, bool]:
    digest = hashlib.sha256()
    for text in [TRIM_RULES_VERSION, *sorted(qt_modules), *(f"{w.name}:{w.stat().st_size}" for w in wheels)]:
        digest.update(text.encode() + b"\n")

    def make(folder: Path) -> None:
        _install(folder, wheels)
        trim(folder, qt_modules)

    return cached_folder(cache, "third-party", digest.hexdigest()[:16], make)


def application(cache: Path, wheel: Path) -> Path:
    key = hashlib.sha256(wheel.read_bytes()).hexdigest()[:16]
    folder, _ = cached_folder(cache, "application", key, lambda target: _install(target, [wheel]))
    return folder


def launcher_files(folder: Path, runtime: Runtime) -> Path:
    """The runtime's search path (its ``._pth``) and ``samvad-setu.cmd`` for IT's command line."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    # No "import site": nothing in the bundle needs .pth files, and the user's own site-packages stay out.
    (folder / f"python{TAG}._pth").write_text(f"python{TAG}.zip\r\n.\r\n{SITE_PACKAGES.replace('/', chr(92))}\r\n",
                                              encoding="ascii")
    (folder / "samvad-setu.cmd").write_text(
        "@echo off\r\n"
        "rem Samvad Setu's command line for IT: samvad-setu.cmd --self-check, samvad-setu.cmd modem probe ...\r\n"
        '"%~dp0python.exe" -m ui.main %*\r\n', encoding="ascii")
    return folder


def assemble(cache: Path, wheels: list[Path], app_wheel: Path, runtime: Runtime, extras: Path) -> Bundle:
    qt_modules = application_qt_modules()
    libraries, reused = third_party(cache, wheels, qt_modules)
    parts = ((runtime.folder, ""), (libraries, SITE_PACKAGES), (application(cache, app_wheel), SITE_PACKAGES),
             (extras, ""))
    bundle = Bundle(parts, runtime, reused)
    check_libraries(bundle)
    return bundle


def _install(folder: Path, wheels: Iterable[Path]) -> None:
    pip("install", "--quiet", "--no-deps", "--no-compile", "--no-index", "--target", str(folder),
        "--platform", PLATFORM, "--python-version", WINDOWS_PYTHON, "--implementation", "cp",
        "--only-binary=:all:", *map(str, wheels))
    shutil.rmtree(folder / "bin", ignore_errors=True)  # POSIX scripts pip wrote for this machine


def trim(site: Path, qt_modules: set[str]) -> int:
    """Remove what the application never loads; the bytes removed."""
    removed = 0

    def remove(path: Path) -> None:
        nonlocal removed
        if path.is_dir():
            removed += sum(item.stat().st_size for item in path.rglob("*") if item.is_file())
            shutil.rmtree(path)
        elif path.exists():
            removed += path.stat().st_size
            path.unlink()

    qt = site / "PySide6"
    for name in QT_FOLDERS_DROPPED:
        remove(qt / name)
        remove(site / "shiboken6" / name)
    for folder in sorted(site.rglob("*"), reverse=True):
        if folder.is_dir() and folder.name in FOLDERS_DROPPED:
            remove(folder)
    for path in sorted(site.rglob("*")):
        if path.is_file() and any(fnmatch.fnmatch(path.name, pattern) for pattern in FILES_DROPPED):
            remove(path)
    if qt.is_dir():
        for module in qt.glob("Qt*.pyd"):
            if module.stem.split(".")[0] not in qt_modules:
                remove(module)
        plugins = {path for pattern in QT_PLUGINS for path in (qt / "plugins").glob(pattern)}
        for plugin in (qt / "plugins").rglob("*.dll"):
            if plugin not in plugins:
                remove(plugin)
        for folder in sorted((qt / "plugins").glob("*"), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        roots = [*qt.glob("Qt*.pyd"), *plugins, *(site / "shiboken6").glob("*.pyd")]
        libraries: dict[str, list[Path]] = {}
        for library in (path for folder in (qt, site / "shiboken6") for path in folder.glob("*.dll")):
            libraries.setdefault(library.name.lower(), []).append(library)
        needed = pe.closure(roots, libraries)
        for name, copies in libraries.items():
            if name not in needed:
                for library in copies:
                    remove(library)
    return removed


def check_libraries(bundle: Bundle) -> None:
    """Every DLL a kept binary imports is in the bundle or in Windows (the runtime's own only when real)."""
    files = bundle.files()
    available = {relative.rsplit("/", 1)[-1].lower() for relative in files}
    binaries = [path for relative, path in files.items()
                if pe.is_binary(path) and (bundle.runtime.real or "/" in relative)]
    gaps = pe.unresolved(binaries, available)
    if gaps:
        details = "; ".join(f"{name} needs {', '.join(missing)}" for name, missing in sorted(gaps.items()))
        raise SystemExit(f"bundle: libraries missing for Windows: {details}")

