"""PySide6's per-module check answered from the file's bytes, the same answer, no source kept (issue 12)."""

from __future__ import annotations

import linecache
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from ui.pyside_feature import _quick_check


def module_at(path: Path) -> ModuleType:
    module = ModuleType(path.stem)
    module.__file__ = str(path)
    return module


def test_the_answer_comes_from_the_file_and_its_source_is_not_kept(tmp_path: Path) -> None:
    asked: list[str] = []
    check = _quick_check(lambda module: asked.append(module.__name__) or False)  # type: ignore[func-returns-value]
    uses = tmp_path / "uses.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("import sqlite3  # नाम\n", encoding="utf-8")
    assert check(module_at(uses)) is True
    assert check(module_at(plain)) is False
    assert asked == []
    assert str(uses) not in linecache.cache and str(plain) not in linecache.cache
    built_in = ModuleType("built_in")  # no file: PySide6's own check answers
    assert check(built_in) is False and asked == ["built_in"]
    assert check(module_at(tmp_path / "gone.py")) is False and asked == ["built_in", "gone"]


def test_pyside6s_check_is_replaced_in_a_window_start() -> None:
    code = """
import sys, linecache
from ui.pyside_feature import check_sources_quickly
assert check_sources_quickly() and not check_sources_quickly()
import ui.app, console.clock
feature = sys.modules["shibokensupport.feature"]
assert feature._mod_uses_pyside(ui.app) is True and feature._mod_uses_pyside(console.clock) is False
assert not any(name.endswith("ui/app.py") or name.endswith("db/database.py") for name in linecache.cache)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
