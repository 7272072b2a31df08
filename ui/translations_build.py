"""Compile the Qt Linguist sources (``resources/translations/*.ts``) to ``.qm``.

Two callers: ``make translations`` (into the source tree, for runs from the
checkout; a ``.qm`` is rebuilt only when its ``.ts`` is newer) and the wheel
build in ``setup.py`` (into the build folder, always), so ``pip install .``
carries the compiled translations without ``make``. This module imports no Qt:
it runs ``lrelease`` from the PySide6 found in the running environment (the
project's venv, or the isolated build environment, which has PySide6 as a
build requirement in ``pyproject.toml``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which("pyside6-lrelease")
    if found is not None:
        return [found]
    if find_spec("PySide6") is not None:  # an environment without scripts on PATH (a build environment)
        return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"]
    raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")


def build(directory: Path = TRANSLATIONS, target: Path | None = None, *, only_newer: bool = True) -> list[Path]:
    """Compile every ``.ts`` of ``directory`` into ``target`` (default: beside it); the ``.qm`` files written."""
    target = target or directory
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(directory.glob("*.ts")):
        compiled = target / source.with_suffix(".qm").name
        if only_newer and compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(compiled)], check=True)
        built.append(compiled)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path.name}")
