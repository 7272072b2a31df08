"""A wrong roster file cannot wreck a district (issue 11, items 1–5, and the blank template).

The real command line in-process over the db suite's databases (SQLite and
PostgreSQL), and the installed command in its own process where the question is
what it creates on disk.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text, update
from sqlalchemy.engine import URL

from console.accounts import it_session
from console.cli import main
from console.clock import FakeClock
from console.domain import ContactChannel, EscalationState, Officer, Representative, RepresentativeKind
from console.plain_text import plain_line, plain_note
from console.roster.model import RosterData
from console.roster.reader import read_roster
from console.roster.import_export import export_roster
from console.roster.writer import _cell
from db.database import Database
from db.models import Officer as OfficerModel
from db.repositories.escalations import NewEscalation, NewEvent
from tests.console.roster_command_support import district_roster, dump, without_officer, write

COMMAND = Path(sys.executable).with_name("samvad-setu")
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "9838012345" shows as "5432108389"
T0 = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def roster(database_url: URL, *args: str | Path) -> int:
    return main(["roster", *map(str, args), "--database", url_text(database_url), "--actor", "it"])


@pytest.fixture
def populated(database: Database, database_url: URL, tmp_path: Path) -> Database:
    assert roster(database_url, "import", write(tmp_path / "hardoi.xlsx", district_roster())) == 0
    return database


# -- 1: the blank template, and files that leave out most of the district -----------------------


def test_the_blank_template_is_refused_as_having_no_rows_and_changes_nothing(
    populated: Database, database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "blank.xlsx"
    assert main(["roster", "template", str(blank)]) == 0
    before = dump(populated)
    capsys.readouterr()
    assert roster(database_url, "import", blank) == 1
    output = capsys.readouterr()
    assert "blank.xlsx has no rows" in output.out and "nothing was imported" in output.err
    assert dump(populated) == before  # not one representative inactive, not one leave removed


def test_the_blank_template_creates_no_database_either(tmp_path: Path) -> None:
    """Into a district that has no database yet: said, and nothing is created."""
    environment = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                       SAMVAD_SETU_CONFIG="")
    environment.pop("SAMVAD_SETU_DATABASE_URL", None)
    blank = tmp_path / "blank.xlsx"
    subprocess.run([str(COMMAND), "roster", "template", str(blank)], check=True, capture_output=True, env=environment)
    result = subprocess.run([str(COMMAND), "roster", "import", str(blank), "--district", "hardoi", "--actor", "it"],
                            capture_output=True, text=True, timeout=120, env=environment)
    assert result.returncode == 1 and "has no rows" in result.stdout and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def test_an_officers_sheet_with_only_its_header_is_refused_with_the_counts(
    populated: Database, database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = district_roster()
    headless = write(tmp_path / "no-officers.xlsx", RosterData((), full.representatives, ()))
    before = dump(populated)
    capsys.readouterr()
    assert roster(database_url, "import", headless, "--dry-run") == 1  # a dry run says the same
    assert roster(database_url, "import", headless) == 1
    out = capsys.readouterr().out
    assert "would mark 4 of the 4 serving officers inactive" in out and "--replace-all" in out
    assert "would remove all 2 current and coming leave and training periods" in out
    assert dump(populated) == before


def test_leaving_out_one_officer_in_four_is_an_ordinary_import(
    populated: Database, database_url: URL, tmp_path: Path
) -> None:
    smaller = write(tmp_path / "after-transfer.xlsx", without_officer(district_roster(), "HRD-0004"))
    assert roster(database_url, "import", smaller) == 0


def test_replace_all_is_the_explicit_way_to_replace_the_whole_list(
    populated: Database, database_url: URL, tmp_path: Path
) -> None:
    full = district_roster()
    one_left = write(tmp_path / "one.xlsx", RosterData(full.officers[:1], full.representatives[:1], ()))
    assert roster(database_url, "import", one_left) == 1
    assert roster(database_url, "import", one_left, "--replace-all") == 0
    with populated.reading() as work:
        assert len(work.officers.list_active()) == 1
        assert work.roster.export_periods() == []


# -- 2: an officer with open cases never leaves the register -------------------------------------


def test_leaving_out_an_officer_with_an_open_case_is_refused_naming_both(
    populated: Database, database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with populated.unit_of_work() as work:
        officer_id = work.roster.officer_codes()["HRD-0004"]
        representative_id = work.roster.representative_codes()["MLA-SANDILA"]
        case = work.escalations.log(
            NewEscalation(district_code="HRD", representative_id=representative_id, officer_id=officer_id,
                          state=EscalationState.WAITING, channel=ContactChannel.PHONE, representative_called_at=T0,
                          logged_at=T0, operator="op1"),
            NewEvent("op1", T0, "log"),
        )
    before = dump(populated)
    smaller = write(tmp_path / "after-transfer.xlsx", without_officer(district_roster(), "HRD-0004"))
    capsys.readouterr()
    assert roster(database_url, "import", smaller, "--replace-all") == 1  # not even when asked for
    out = capsys.readouterr().out
    assert f"officer HRD-0004 would be marked inactive with open cases {case.case_code}" in out
    assert dump(populated) == before


# -- 3: the sheet imported is the sheet the clerk sees --------------------------------------------


def test_a_hidden_stale_sheet_before_the_edited_one_is_refused_as_ambiguous(
    populated: Database, database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "edited.xlsx", district_roster())
    workbook = load_workbook(path)
    workbook["Officers"].title = "अधिकारी"  # the clerk's edited, visible sheet
    workbook.save(path)
    stale = write(tmp_path / "stale.xlsx", without_officer(district_roster(), "HRD-0003"))
    stale_sheet = load_workbook(stale)["Officers"]
    workbook = load_workbook(path)
    hidden = workbook.create_sheet("Officers", 0)
    for row in stale_sheet.iter_rows(values_only=True):
        hidden.append(row)
    hidden.sheet_state = "hidden"
    workbook.save(path)
    capsys.readouterr()
    assert roster(database_url, "import", path) == 1
    out = capsys.readouterr().out
    assert "sheets 'Officers' (hidden), 'अधिकारी' all hold the Officers list" in out


def test_a_list_on_a_hidden_sheet_is_never_read(tmp_path: Path) -> None:
    path = write(tmp_path / "hidden.xlsx", district_roster())
    workbook = load_workbook(path)
    workbook["Representatives"].sheet_state = "hidden"
    workbook.save(path)
    with pytest.raises(Exception) as refused:
        read_roster(path)
    assert "the sheet 'Representatives' is hidden" in str(refused.value)


# -- 4 and 5: invisible characters in, nothing invisible out -------------------------------------


def test_names_lose_bidirectional_controls_however_they_come_in_but_keep_what_hindi_needs() -> None:
    officer = Officer(1, f"Ram{RLO} Verma\u200b", "श्री\u200dमती\u200c वर्मा\u2066", "SDM\x07", "उप जिलाधिकारी",
                      "Revenue\u2028", "Sandila", "+919454417502")
    assert (officer.name_en, officer.name_hi, officer.designation_en, officer.department) == (
        "Ram Verma", "श्री\u200dमती\u200c वर्मा", "SDM", "Revenue")
    representative = Representative(1, RepresentativeKind.MLA, f"{RLO}Ram", "राम", "Sandila", ("+919838012345",))
    assert representative.name_en == "Ram"
    assert plain_note(f"order {RLO}12/2026\r\nline two\x00") == "order 12/2026\nline two"


def test_the_cleaning_knows_every_format_character_of_this_python() -> None:
    kept = {"\u200c", "\u200d"}
    format_characters = [chr(point) for point in range(0x110000) if unicodedata.category(chr(point)) == "Cf"]
    leaked = [f"U+{ord(char):04X}" for char in format_characters if char not in kept and plain_line(f"a{char}b") != "ab"]
    assert leaked == []
    assert all(plain_line(f"a{char}b") == f"a{char}b" for char in kept)


def test_a_workbook_name_with_an_override_is_stored_clean(
    database: Database, database_url: URL, tmp_path: Path
) -> None:
    data = district_roster()
    officers = (replace(data.officers[0], name_hi=f"मंगला{RLO} प्रसाद सिंह"), *data.officers[1:])
    representatives = (replace(data.representatives[0], name_hi=f"राम{RLO} प्रकाश वर्मा"), *data.representatives[1:])
    assert roster(database_url, "import", write(tmp_path / "rlo.xlsx", RosterData(officers, representatives,
                                                                                  data.periods))) == 0
    with database.reading() as work:
        names = [entry.representative.name_hi for entry in work.roster.export_representatives()]
        stored = work.session.execute(text("SELECT name_hi FROM officers")).scalars().all()
    assert RLO not in "".join(names) and RLO not in "".join(stored)


def test_the_export_never_fails_on_stored_control_characters(populated: Database, tmp_path: Path) -> None:
    with populated.unit_of_work() as work:  # written before the cleaning existed, or by hand
        work.session.execute(update(OfficerModel).values(name_en=f"Bell\x07 {RLO}Officer\x1b",
                                                         office="Sandila\x01"))
    path = tmp_path / "out.xlsx"
    export_roster(populated, path, clock=FakeClock(T0), session=it_session("test"))
    names = [officer.name_en for officer in read_roster(path).officers]
    assert names == ["Bell Officer"] * 4


def test_the_writer_itself_drops_what_a_workbook_cannot_hold(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("x")
    assert _cell(sheet, "a\x07b\x1bc") == "abc"
