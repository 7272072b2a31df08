"""The layer rules of DESIGN.md hold, and the contracts would catch a break."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def run_lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_contracts_hold_for_the_project() -> None:
    result = run_lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_pure_module_importing_sqlalchemy_breaks_the_contract(tmp_path: Path) -> None:
    for package in ("console", "ui", "db", "migrations", "modem"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "setup.cfg", tmp_path / "setup.cfg")
    clock = tmp_path / "console" / "clock.py"
    clock.write_text(clock.read_text() + "\nimport sqlalchemy  # a forbidden import\n")
    result = run_lint_imports(tmp_path)
    assert result.returncode != 0
    assert "console.clock -> sqlalchemy" in result.stdout
