"""``samvad-setu --self-check``: one line and exit 0 when the installation is whole, one line naming the gap if not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.database import Database
from db.migrate import head_revision
from ui import self_check


def run_check(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_CONFIG_DIRS": str(tmp_path / "machine"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    environment.pop("SAMVAD_SETU_DISTRICT", None)
    environment.pop("SAMVAD_SETU_DATABASE_URL", None)
    environment.pop("SAMVAD_SETU_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "ui.main", "--self-check", *args], env=environment,
                          capture_output=True, text=True, timeout=90, check=False)


def test_a_whole_installation_prints_one_line_and_writes_nothing(tmp_path: Path) -> None:
    result = run_check(tmp_path, "--district", "kannauj")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("samvad-setu ") and " self-check OK: Qt " in line
    for part in ("font Noto Sans Devanagari", "translations hi, en", "district kannauj (Kannauj)",
                 "_defaults.toml + kannauj.toml", "new file, created at first start"):
        assert part in line
    assert not (tmp_path / "data" / "samvad-setu" / "kannauj.sqlite3").exists()


def test_the_machine_file_and_an_existing_database_are_reported(tmp_path: Path) -> None:
    database = tmp_path / "center.sqlite3"
    Database.open(f"sqlite:///{database}", create=True).dispose()
    (tmp_path / "machine" / "samvad-setu" / "districts").mkdir(parents=True)
    (tmp_path / "machine" / "samvad-setu" / "districts" / "kannauj.toml").write_text(
        f'[database]\nurl = "sqlite:///{database}"\n', encoding="utf-8")
    result = run_check(tmp_path, "--district", "kannauj")
    assert result.returncode == 0, result.stderr
    machine_file = tmp_path / "machine" / "samvad-setu" / "districts" / "kannauj.toml"
    assert f"_defaults.toml + kannauj.toml + {machine_file}; database sqlite:///{database} (from district config)" \
        in result.stdout
    assert f"schema current ({head_revision()})" in result.stdout


@pytest.mark.parametrize("args, message", [
    (("--district", "lucknow"), "district config: lucknow.toml: no such district 'lucknow' (known: "),
    ((), "no district: give --district CODE"),
    (("--district", "kannauj", "--database", "mysql://db/kannauj"), "database: --database: 'mysql' databases"),
])
def test_a_gap_is_named_in_one_line_without_a_traceback(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_check(tmp_path, *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("samvad-setu self-check FAILED: " + message)


def test_missing_translations_fail_the_check(qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    real = self_check.resource_path
    monkeypatch.setattr(self_check, "resource_path",
                        lambda *parts: tmp_path.joinpath(*parts) if parts[0] == "translations" else real(*parts))
    assert self_check.run_self_check("kannauj", f"sqlite:///{tmp_path / 'k.sqlite3'}") == 1
    assert capsys.readouterr().err == (
        f"samvad-setu self-check FAILED: translations: cannot load {tmp_path / 'translations' / 'samvad_hi.qm'}\n")
