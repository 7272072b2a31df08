"""The installed ``samvad-setu roster`` as IT staff run it: a separate process, exit codes, a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import URL

from db.database import Database
from tests.console.roster_command_support import district_roster, dump, edit_cell, write

COMMAND = Path(sys.executable).parent / "samvad-setu"


def run(*args: str | Path, database_url: URL) -> subprocess.CompletedProcess[str]:
    url = database_url.render_as_string(hide_password=False)
    environment = {key: value for key, value in os.environ.items() if key != "SAMVAD_SETU_DATABASE_URL"}
    return subprocess.run([str(COMMAND), "roster", *map(str, args), "--database", url], capture_output=True,
                          text=True, timeout=120, env=environment)


def test_import_then_a_refused_file_in_separate_processes(database: Database, database_url: URL,
                                                          tmp_path: Path) -> None:
    good = write(tmp_path / "hardoi.xlsx", district_roster())
    imported = run("import", good, "--actor", "it.hardoi", database_url=database_url)
    assert imported.returncode == 0, imported.stderr
    assert "4 created" in imported.stdout
    before = dump(database)
    bad = edit_cell(write(tmp_path / "bad.xlsx", district_roster()), "Officers", "H3", "12345")
    refused = run("import", bad, "--actor", "it.hardoi", database_url=database_url)
    assert refused.returncode == 1
    assert refused.stdout.startswith("Officers row 3 column H: ")
    assert "bad.xlsx refused: 1 problem; nothing was imported" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert dump(database) == before
    exported = run("export", tmp_path / "out.xlsx", database_url=database_url)
    assert exported.returncode == 0 and (tmp_path / "out.xlsx").stat().st_size > 0
