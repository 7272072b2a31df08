"""Compile the Qt Linguist sources (``resources/translations/*.ts``) to ``.qm``.

Run by ``make translations`` before the window or the tests start; a ``.qm``
is rebuilt only when its ``.ts`` is newer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return [found]


def build(directory: Path = TRANSLATIONS) -> list[Path]:
    built = []
    for source in sorted(directory.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path.name}")
