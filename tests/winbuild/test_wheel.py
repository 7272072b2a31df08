"""The wheel ``pip install .`` builds: its data declared as packages (no setuptools warnings), the .qm compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from console.config import available_districts
from winbuild.product import ROOT

NOT_COPIED = shutil.ignore_patterns(".git", ".venv", ".tmp", "build", "dist", "*.egg-info", "__pycache__", "*.qm",
                                    ".*_cache", ".hypothesis", "docs")


def test_a_wheel_built_without_make_carries_translations_fonts_calendars_and_districts(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    assert not list(source.rglob("*.qm"))  # as in a fresh clone: no `make translations` has run
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                             "--disable-pip-version-check", "--wheel-dir", str(tmp_path / "wheel"), str(source)],
                            capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    output = result.stdout + result.stderr
    assert "is absent from the `packages` configuration" not in output, output[-2000:]
    assert "Package would be ignored" not in output
    (wheel,) = (tmp_path / "wheel").glob("samvad_setu-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {"resources/translations/samvad_hi.qm", "resources/translations/samvad_en.qm",
              "resources/fonts/NotoSansDevanagari-Regular.ttf", "resources/fonts/NotoSansDevanagari-Bold.ttf",
              "resources/fonts/OFL.txt", "resources/calendars/up/2026.toml", "resources/calendars/up/2027.toml",
              "resources/districts/_defaults.toml", "resources/rosters/roster-template.xlsx",
              "migrations/script.py.mako", "ui/main.py",
              *(f"resources/districts/{code}.toml" for code in available_districts())}
    assert wanted <= names, sorted(wanted - names)
    assert not [name for name in names if name.split("/")[0] in {"tests", "bench", "winbuild", "docs"}
                or name.endswith((".ts", ".pyc"))]
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("resources/translations/samvad_hi.qm")[:16] == (
            (ROOT / "resources" / "translations" / "samvad_hi.qm").read_bytes()[:16])  # a Qt .qm file's magic
