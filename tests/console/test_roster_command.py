"""``samvad-setu roster import|export|template`` in-process, on SQLite and PostgreSQL.

Each test gets a migrated, empty database of its backend (the db suite's
fixtures) and drives the real command line with ``--database``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from console.cli import main
from console.roster.reader import read_roster
from db.codes import RosterAction, RosterEntity
from db.database import Database
from tests.console.roster_command_support import (
    district_roster,
    dump,
    edit_cell,
    rename_sheet,
    without_officer,
    write,
)


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def roster(database_url: URL, *args: str | Path) -> int:
    return main(["roster", *map(str, args), "--database", url_text(database_url)])


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "hardoi.xlsx", district_roster())


def test_a_good_file_is_imported_with_its_summary_and_audit(
    database: Database, database_url: URL, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert roster(database_url, "import", good_file, "--actor", "it.hardoi") == 0
    out = capsys.readouterr().out
    assert "Imported hardoi.xlsx" in out and "as it.hardoi" in out
    assert "officers:         4 created, 0 updated, 0 unchanged" in out
    assert "representatives:  2 created" in out and "availability:     2 created" in out
    with database.reading() as work:
        officers = {entry.code: entry for entry in work.roster.export_officers()}
        assert set(officers) == {"HRD-0001", "HRD-0002", "HRD-0003", "HRD-0004"}
        assert officers["HRD-0003"].officer.superior_id == officers["HRD-0002"].officer.id
        assert officers["HRD-0003"].officer.other_numbers == ("+915852234567",)
        changes = work.audit.recent()
    assert {change.actor for change in changes} == {"it.hardoi"}
    assert {change.source for change in changes} == {"roster import hardoi.xlsx"}
    assert len(changes) == 8  # one per officer, representative and period


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda path: edit_cell(path, "Officers", "H4", "94150 1234"), "Officers row 4 column H"),
        (lambda path: edit_cell(path, "Availability", "E2", "HRD-0099"), "Availability row 2 column E"),
        (lambda path: edit_cell(path, "Officers", "A5", "HRD-0001"), "Officers row 5 column A"),
        (lambda path: edit_cell(path, "Officers", "J2", "HRD-0004"), "Officers row"),  # superiors in a circle
        (lambda path: rename_sheet(path, "Officers", "Staff"), "no sheet named 'Officers'"),
        (lambda path: edit_cell(path, "Availability", "D3", "31-02-2035"), "Availability row 3 column D"),
    ],
    ids=["bad number", "unknown alternate", "duplicate code", "superior cycle", "wrong sheet", "impossible date"],
)
def test_a_bad_file_changes_nothing_and_points_at_the_row(
    database: Database, database_url: URL, good_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    breakage: object, expected: str,
) -> None:
    assert roster(database_url, "import", good_file, "--actor", "first") == 0
    before = dump(database)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good_file.read_bytes())
    assert callable(breakage)
    breakage(bad)
    capsys.readouterr()
    assert roster(database_url, "import", bad, "--actor", "second") == 1
    captured = capsys.readouterr()
    assert expected in captured.out
    assert "nothing was imported" in captured.err
    assert dump(database) == before


def test_a_number_still_held_by_an_officer_left_out_is_refused(
    database: Database, database_url: URL, good_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file passes its own checks but reuses the CUG number of an officer it no longer lists."""
    assert roster(database_url, "import", good_file, "--actor", "first") == 0
    before = dump(database)
    data = without_officer(district_roster(), "HRD-0004")
    moved = write(tmp_path / "moved.xlsx", data)
    edit_cell(moved, "Officers", "H4", "+91 94544 17504")  # HRD-0003 now claims HRD-0004's number
    capsys.readouterr()
    assert roster(database_url, "import", moved, "--actor", "second") == 1
    out = capsys.readouterr().out
    assert "officer HRD-0003: number +91 94544 17504 is still registered to officer HRD-0004" in out
    assert "[duplicate_number]" in out
    assert dump(database) == before


def test_a_dry_run_counts_the_changes_and_writes_nothing(
    database: Database, database_url: URL, good_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(database)
    assert roster(database_url, "import", good_file, "--dry-run", "--actor", "it") == 0
    out = capsys.readouterr().out
    assert "Dry run: hardoi.xlsx is good" in out and "4 created" in out and "Nothing was written." in out
    assert dump(database) == before


def test_export_then_import_changes_nothing(
    database: Database, database_url: URL, good_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert roster(database_url, "import", good_file, "--actor", "it") == 0
    exported = tmp_path / "exported.xlsx"
    assert roster(database_url, "export", exported) == 0
    assert "Exported 4 officers, 2 representatives and 2 current or coming periods" in capsys.readouterr().out
    assert read_roster(exported) == district_roster()
    before = dump(database)
    assert roster(database_url, "import", exported, "--actor", "it") == 0
    assert "0 created, 0 updated, 4 unchanged" in capsys.readouterr().out
    assert dump(database) == before  # not even an audit row


def test_officers_left_out_are_marked_inactive_not_deleted(
    database: Database, database_url: URL, good_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert roster(database_url, "import", good_file, "--actor", "it") == 0
    with database.reading() as work:
        transferred = work.roster.officer_codes()["HRD-0004"]
    smaller = write(tmp_path / "after-transfer.xlsx", without_officer(district_roster(), "HRD-0004"))
    capsys.readouterr()
    assert roster(database_url, "import", smaller, "--actor", "it") == 0
    out = capsys.readouterr().out
    assert "officers:         0 created, 0 updated, 3 unchanged, 1 marked inactive" in out
    assert "1 removed" in out  # the transferred officer's coming leave
    with database.reading() as work:
        entries = {entry.code: entry for entry in work.roster.export_officers()}
        assert not entries["HRD-0004"].active and entries["HRD-0004"].officer.id == transferred
        assert [officer.id for officer in work.officers.list_active()] == sorted(
            entries[code].officer.id for code in ("HRD-0001", "HRD-0002", "HRD-0003")
        )
        history = work.audit.history(RosterEntity.OFFICER, transferred)
    assert [change.action for change in history] == [RosterAction.CREATED, RosterAction.DEACTIVATED]
    exported = tmp_path / "exported.xlsx"
    assert roster(database_url, "export", exported) == 0
    assert [officer.active for officer in read_roster(exported).officers if officer.code == "HRD-0004"] == [False]


def test_a_file_that_is_not_there_is_named(database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert roster(database_url, "import", tmp_path / "missing.xlsx", "--actor", "it") == 1
    assert "missing.xlsx: no such file" in capsys.readouterr().err


def test_the_template_is_written_and_imports_as_an_empty_roster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.xlsx"
    assert main(["roster", "template", str(path)]) == 0
    assert "Help sheet" in capsys.readouterr().out
    assert read_roster(path).officers == ()


def test_an_unreachable_database_is_one_readable_line(good_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/nowhere"
    assert main(["roster", "import", str(good_file), "--database", url, "--actor", "it"]) == 1
    err = capsys.readouterr().err
    assert "the database is unavailable" in err and "Traceback" not in err
