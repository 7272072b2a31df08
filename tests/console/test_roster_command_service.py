"""The roster use case the window calls: time from the clock, progress, results instead of printed lines."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.domain import UserRole
from console.permissions import PermissionDenied
from console.roster.model import ProblemCode, RosterData
from console.roster.reader import read_roster
from console.roster.import_export import export_roster, import_roster, window_result
from console.window_interface import ActionOutcome, RosterResult
from console.window_interface import RosterProblem as WindowProblem
from console.views import OperatorSession
from db.database import Database
from db.repositories.roster import RosterCounts
from tests.console.roster_command_support import UTC, district_roster, dump, edit_cell, write

MARCH = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)  # leave from 16 March (IST) lies ahead of this "now"
LEAVE_START = datetime(2026, 3, 16, tzinfo=UTC) + timedelta(hours=-5, minutes=-30)
IT = OperatorSession("it", "IT", UserRole.ADMIN)
OPERATOR = OperatorSession("asha", "Asha Verma", UserRole.OPERATOR)


def test_leave_still_ahead_is_replaced_and_leave_already_over_is_kept(database: Database, tmp_path: Path) -> None:
    clock = FakeClock(MARCH)
    assert import_roster(database, write(tmp_path / "march.xlsx", district_roster(LEAVE_START)), clock=clock,
                         session=IT).ok
    clock.set(MARCH + timedelta(days=30))  # both March periods are over
    april = district_roster(LEAVE_START + timedelta(days=40))
    with_april = RosterData(april.officers, april.representatives, april.periods[:1])
    result = import_roster(database, write(tmp_path / "april.xlsx", with_april), clock=clock, session=IT)
    assert result.applied is not None and result.applied.periods == RosterCounts(created=1)
    without = RosterData(april.officers, april.representatives)
    refused = import_roster(database, write(tmp_path / "none.xlsx", without), clock=clock, session=IT)
    assert refused.needs_replace_all  # every period still ahead would go: only when asked for explicitly
    result = import_roster(database, tmp_path / "none.xlsx", clock=clock, session=IT, replace_all=True)
    assert result.applied is not None and result.applied.periods == RosterCounts(deleted=1)  # April's, still ahead
    with database.reading() as work:
        kept = work.roster.export_periods()
    assert [record.period.starts_at for record in kept] == [LEAVE_START, LEAVE_START]  # March, as history


def test_a_period_clashing_with_history_is_a_problem_naming_the_officer(database: Database, tmp_path: Path) -> None:
    clock = FakeClock(MARCH)
    assert import_roster(database, write(tmp_path / "march.xlsx", district_roster(LEAVE_START)), clock=clock,
                         session=IT).ok
    clock.set(MARCH + timedelta(days=30))
    before = dump(database)
    shifted = district_roster(LEAVE_START + timedelta(days=1))  # the same leave, "corrected" a day later
    result = import_roster(database, write(tmp_path / "shifted.xlsx", shifted), clock=clock, session=IT)
    assert not result.ok and result.applied is None
    assert {problem.reason_code for problem in result.problems} == {ProblemCode.OVERLAPPING_PERIODS}
    assert any("officer HRD-0004" in problem.message and "kept as history" in problem.message
               for problem in result.problems)
    assert dump(database) == before


def test_a_dry_run_reports_what_would_change(database: Database, tmp_path: Path) -> None:
    before = dump(database)
    result = import_roster(database, write(tmp_path / "r.xlsx", district_roster()), clock=FakeClock(MARCH),
                           session=IT, dry_run=True)
    assert result.ok and result.dry_run and result.rows == 8
    assert result.applied is not None and result.applied.officers == RosterCounts(created=4)
    assert dump(database) == before


def test_progress_comes_per_thousand_rows_and_ends_complete(database: Database, tmp_path: Path) -> None:
    base = district_roster()
    officers = base.officers + tuple(
        type(base.officers[2])(f"HRD-{index:04d}", f"Officer {index}", "", "Tehsildar", "", "", "Sadar",
                               f"+9194150{index:05d}", superior_code="HRD-0001")
        for index in range(5, 2505)
    )
    path = write(tmp_path / "large.xlsx", RosterData(officers, base.representatives, base.periods))
    seen: list[tuple[int, int]] = []
    result = import_roster(database, path, clock=FakeClock(MARCH), session=IT,
                           progress=lambda done, expected: seen.append((done, expected)))
    assert result.ok and result.rows == 2508
    assert [done for done, _ in seen[:2]] == [1000, 2000]
    assert all(expected == 0 or expected >= done for done, expected in seen[:2])  # 0: not known yet
    assert seen[-1] == (2508, 2508)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_export_writes_what_an_import_reads_back(database: Database, tmp_path: Path) -> None:
    clock = FakeClock(MARCH)
    assert import_roster(database, write(tmp_path / "in.xlsx", district_roster()), clock=clock, session=IT).ok
    seen: list[tuple[int, int]] = []
    result = export_roster(database, tmp_path / "out.xlsx", clock=clock, session=IT,
                           progress=lambda done, expected: seen.append((done, expected)))
    assert (result.officers, result.representatives, result.periods) == (4, 2, 2)
    assert seen == [(0, 8), (8, 8)]
    assert read_roster(tmp_path / "out.xlsx") == district_roster()


@pytest.mark.parametrize("bad", ["not a workbook", ""])
def test_a_file_that_is_no_workbook_is_one_problem(database: Database, tmp_path: Path, bad: str) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_text(bad)
    result = import_roster(database, path, clock=FakeClock(MARCH), session=IT)
    assert not result.ok and len(result.problems) == 1 and result.problems[0].row is None


def test_the_window_gets_an_outcome_and_located_codes(database: Database, tmp_path: Path) -> None:
    good = write(tmp_path / "good.xlsx", district_roster())
    assert window_result(import_roster(database, good, clock=FakeClock(MARCH), session=IT)) == RosterResult(
        ActionOutcome.OK, 8
    )
    bad = edit_cell(write(tmp_path / "bad.xlsx", district_roster()), "Officers", "H3", "12345")
    answer = window_result(import_roster(database, bad, clock=FakeClock(MARCH), session=IT))
    assert answer.outcome is ActionOutcome.INVALID
    assert answer.problems == (WindowProblem("Officers", 3, "H", "invalid_number"),)
    assert window_result(export_roster(database, tmp_path / "out.xlsx", clock=FakeClock(MARCH), session=IT)).rows == 8


def test_an_operator_can_neither_import_nor_export_the_roster_even_calling_the_use_case(
    database: Database, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.xlsx", district_roster())
    with pytest.raises(PermissionDenied, match="asha is operator; it needs supervisor"):
        import_roster(database, path, clock=FakeClock(MARCH), session=OPERATOR)
    with pytest.raises(PermissionDenied):
        import_roster(database, path, clock=FakeClock(MARCH), session=None)
    with pytest.raises(PermissionDenied):
        export_roster(database, tmp_path / "out.xlsx", clock=FakeClock(MARCH), session=OPERATOR)
    assert not (tmp_path / "out.xlsx").exists()
    with database.reading() as work:
        assert work.roster.officer_codes() == {}
