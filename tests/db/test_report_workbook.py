"""The workbook read back with openpyxl: every sheet held against the records, case by case, on both backends."""

from __future__ import annotations

import math
import statistics
import tempfile
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from console.calendar import BusinessCalendar
from console.config import load_district_config
from console.reports.query import ReportFilter, ReportQuery
from console.reports.export import ExportRefused, export_workbook
from console.reports.screen_interface import ExportProblem
from console.reports.period import ReportPeriod
from console.reports.source import ReportSettings
from db.database import Database
from tests.db.report_records import (
    AS_OF,
    BELL_NOTE,
    DEPARTMENTS,
    FORMULA_NAME,
    FORMULA_NOTE,
    FORMULA_REPRESENTATIVE,
    IN_MONTH,
    IST,
    Spec,
    seed_month,
)

CALENDAR = BusinessCalendar.for_district("hardoi")
SETTINGS = ReportSettings(load_district_config("hardoi"), CALENDAR)
MARCH = ReportQuery(ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)))
THRESHOLD = 25.0  # Hardoi: 10 minutes to act and 15 to confirm
ONE_SECOND = timedelta(seconds=1)


def outcome(spec: Spec) -> str:
    if spec.kind in ("never", "cancelled", "redirected", "pending"):
        return {"never": "Unconfirmed", "cancelled": "Cancelled", "redirected": "Redirected to the alternate",
                "pending": "Pending"}[spec.kind]
    return "On time" if business_minutes(spec) <= THRESHOLD else "Late"


def business_minutes(spec: Spec) -> float:
    assert spec.callback_after is not None
    return CALENDAR.business_minutes_between(spec.called, spec.called + timedelta(minutes=spec.callback_after))


def rows(sheet: Worksheet) -> list[dict[str, Any]]:
    """The table under the header row, as dicts by heading; stops at the first empty row."""
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    table = []
    for row in values[1:]:
        if all(value is None for value in row):
            break
        table.append(dict(zip(header, row)))
    return table


def nearest_rank(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the workbooks go: apart from the SQLite file, so "nothing left behind" can be seen."""
    made = tmp_path / "out"
    made.mkdir()
    return made


def export(database: Database, path: Path, **kw: Any) -> Any:
    return export_workbook(database, SETTINGS, kw.pop("query", MARCH), path, as_of=AS_OF,
                           generated_by=kw.pop("generated_by", "supervisor.meena"), language=kw.pop("language", "en"),
                           **kw)


def test_every_sheet_holds_against_the_records(database: Database, folder: Path) -> None:
    seed_month(database)
    path = folder / "march.xlsx"
    done = export(database, path, generated_by=FORMULA_REPRESENTATIVE, chain_head="ab12" * 16)
    assert done.cases == len(IN_MONTH) == 18
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Officers", "Departments", "Daily", "Cases", "Commendation", "Negligence"]

    # Cases: one row per case of the month, each against its record
    with database.reading() as work:
        records = {record.case_code: record for record in work.escalations.logged_between(
            datetime(2026, 2, 1, tzinfo=IST), datetime(2026, 4, 5, tzinfo=IST))}
    cases = rows(book["Cases"])
    assert len(cases) == 18 and len(records) == 20
    by_call = {spec.called: spec for spec in IN_MONTH}
    for row in cases:
        record = records[row["Case"]]
        spec = by_call[record.representative_called_at]
        assert abs(row["Called (IST)"] - record.representative_called_at.astimezone(IST).replace(tzinfo=None)) < ONE_SECOND
        assert row["Outcome"] == outcome(spec), spec
        assert row["Officer"] == (FORMULA_NAME if spec.officer_id == 4 else f"Officer {spec.officer_id}")
        assert row["Representative"] == ("Asha Devi (MLA, Sandila)" if spec.representative_id == 1
                                         else f"{FORMULA_REPRESENTATIVE} (MP, Hardoi)")
        assert row["Re-instructions"] == spec.reinstructions
        assert (row["Escalated (IST)"] is not None) == spec.escalated
        if spec.kind == "confirmed":
            assert row["Response (business min)"] == pytest.approx(business_minutes(spec))
            assert row["Response (wall min)"] == pytest.approx(spec.callback_after)
            assert row["Callback (IST)"] is not None and row["Confirmed by"] == "SMS reply"
        else:
            assert row["Response (business min)"] is None and row["Callback (IST)"] is None
        assert row["Redirected to"] == ("Officer 6" if spec.kind == "redirected" else None)
        assert row["Note"] == (spec.note.replace("\x07", "") or None)
    assert [row["Called (IST)"] for row in cases] == sorted(row["Called (IST)"] for row in cases)
    sheet = book["Cases"]
    headings = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for heading, cell in zip(headings, row):
            if isinstance(cell.value, str) and cell.value.startswith("="):
                assert cell.data_type == "s", (heading, cell.value)  # people's text never becomes a formula
    assert {row["Note"] for row in cases} >= {FORMULA_NOTE, BELL_NOTE.replace("\x07", "")}

    # Officers: the figures from the cases above
    expected = {officer_id: [spec for spec in IN_MONTH if spec.officer_id == officer_id] for officer_id in DEPARTMENTS}
    officers = {row["Officer code"]: row for row in rows(book["Officers"])}
    assert set(officers) == {f"HRD-{officer_id:04d}" for officer_id in DEPARTMENTS}
    for officer_id, specs in expected.items():
        row = officers[f"HRD-{officer_id:04d}"]
        outcomes = Counter(outcome(spec) for spec in specs)
        minutes = [business_minutes(spec) for spec in specs if spec.kind == "confirmed"]
        assessed = outcomes["On time"] + outcomes["Late"] + outcomes["Unconfirmed"]
        assert row["Complaints"] == len(specs)
        assert (row["On time"], row["Late"], row["Unconfirmed"], row["Pending"], row["Assessed"]) == (
            outcomes["On time"], outcomes["Late"], outcomes["Unconfirmed"], outcomes["Pending"], assessed)
        assert (row["Cancelled"], row["Redirected to the alternate"]) == (outcomes["Cancelled"],
                                                                          outcomes["Redirected to the alternate"])
        assert row["Median response (business min)"] == pytest.approx(statistics.median(minutes))
        assert row["90th percentile (business min)"] == pytest.approx(nearest_rank(minutes, 0.9))
        assert row["Share on time"] == pytest.approx(outcomes["On time"] / assessed)
        assert row["Re-instructions"] == sum(spec.reinstructions for spec in specs)
        assert row["Escalations to a superior"] == sum(spec.escalated for spec in specs)
        assert row["Still open"] == sum(spec.kind in ("never", "pending") for spec in specs)
    standings = {code: row["Standing"] for code, row in officers.items()}
    assert standings == {"HRD-0001": "Satisfactory", "HRD-0002": "Negligent", "HRD-0003": "Negligent",
                         "HRD-0004": "Commendable", "HRD-0005": "Insufficient data",
                         "HRD-0006": "Insufficient data"}
    # ranked by share on time, then the median (console.metrics): 1 of 3 for both, 12 minutes before 45
    assert [row["Officer code"] for row in rows(book["Officers"])][:4] == ["HRD-0004", "HRD-0001", "HRD-0003",
                                                                         "HRD-0002"]

    # Departments and days add up to the same cases
    departments = {row["Department"]: row for row in rows(book["Departments"])}
    assert {name: row["Complaints"] for name, row in departments.items()} == dict(
        Counter(DEPARTMENTS[spec.officer_id] for spec in IN_MONTH))
    daily = rows(book["Daily"])
    assert [row["Date"].date() for row in daily] == [date(2026, 3, 1) + timedelta(days=n) for n in range(31)]
    per_day = Counter(spec.called.date() for spec in IN_MONTH)
    assert {row["Date"].date(): row["Complaints"] for row in daily if row["Complaints"]} == dict(per_day)
    assert sum(row["On time"] for row in daily) == sum(outcome(spec) == "On time" for spec in IN_MONTH)

    # The lists and the summary
    assert [(row["Officer code"], row["Rank"]) for row in rows(book["Commendation"])] == [("HRD-0004", 1)]
    negligence = rows(book["Negligence"])
    assert [row["Officer code"] for row in negligence] == ["HRD-0003", "HRD-0002"]
    assert negligence[0]["Why (the rule met)"] == ("2 cases never confirmed (rule: 2 or more); "
                                                   "1 of 3 assessed cases on time (33 %; rule: under 50 %)")
    assert negligence[1]["Why (the rule met)"] == "1 of 3 assessed cases on time (33 %; rule: under 50 %)"
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert summary["Period"] == "01-03-2026 to 31-03-2026"
    assert summary["Complaints"] == 18 and summary["Officers reported for negligence"] == 2
    assert summary["On time"] == sum(outcome(spec) == "On time" for spec in IN_MONTH)
    assert summary["Generated by"] == FORMULA_REPRESENTATIVE
    assert summary["Record's chain head (hash)"] == "ab12" * 16
    assert abs(summary["Generated at (IST)"] - AS_OF.replace(tzinfo=None)) < ONE_SECOND
    generated_by = next(row[1] for row in book["Summary"].iter_rows() if row[0].value == "Generated by")
    assert generated_by.data_type == "s"


def test_the_sheets_keep_excel_habits(database: Database, folder: Path) -> None:
    seed_month(database)
    path = folder / "march.xlsx"
    export(database, path)
    book = load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "Hardoi" in sheet.oddHeader.center.text and "01-03-2026 to 31-03-2026" in sheet.oddHeader.center.text
        if sheet.title != "Summary":
            assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"
            assert sheet.auto_filter.ref.startswith("A1:")
            assert all(sheet.column_dimensions[cell.column_letter].width >= 7 for cell in sheet[1])
    cases = book["Cases"]
    rules = [rule.formula[0] for formatting in cases.conditional_formatting for rule in formatting.rules]
    outcome_column = next(cell.column_letter for cell in cases[1] if cell.value == "Outcome")
    assert rules == [f'${outcome_column}2="Unconfirmed"', f'${outcome_column}2="Late"']
    called = cases["B2"]
    assert called.is_date and called.number_format == "DD-MM-YYYY HH:MM"
    minutes = next(cell for cell in cases[2] if cases.cell(1, cell.column).value == "Response (business min)")
    assert minutes.number_format == "0.0"
    assert len(book["Summary"]._charts) == 1
    assert len(list(book["Negligence"].iter_rows(values_only=True))) > 3  # the signature lines below the table
    signature = [row[0] for row in book["Negligence"].iter_rows(values_only=True) if row[0]][-1]
    assert signature.startswith("Signature of the supervisor")


def test_hindi_is_the_default_language(database: Database, folder: Path) -> None:
    seed_month(database)
    path = folder / "march.xlsx"
    export_workbook(database, SETTINGS, MARCH, path, as_of=AS_OF, generated_by="supervisor.meena")
    book = load_workbook(path)
    assert book.sheetnames == ["सारांश", "अधिकारी", "विभाग", "दैनिक", "प्रकरण", "प्रशंसा", "लापरवाही"]
    assert [cell.value for cell in book["प्रकरण"][1]][:3] == ["प्रकरण", "कॉल का समय (IST)", "अधिकारी"]
    assert {row["अधिकारी"] for row in rows(book["प्रकरण"])} >= {"अधिकारी 4"}
    assert "हरदोई" in book["सारांश"].oddHeader.center.text


def test_a_department_narrows_every_sheet(database: Database, folder: Path) -> None:
    seed_month(database)
    path = folder / "police.xlsx"
    done = export(database, path, query=ReportQuery(MARCH.period, ReportFilter(department="Home (Police)")))
    book = load_workbook(path)
    assert done.cases == 7 == len(rows(book["Cases"]))
    assert {row["Department"] for row in rows(book["Cases"])} == {"Home (Police)"}
    assert [row["Department"] for row in rows(book["Departments"])] == ["Home (Police)"]


@pytest.mark.parametrize(("name", "problem"), [
    ("report.xls", ExportProblem.NOT_XLSX),
    ("missing/report.xlsx", ExportProblem.NO_FOLDER),
])
def test_a_target_that_cannot_be_written_is_refused_before_reading(
        database: Database, folder: Path, name: str, problem: ExportProblem) -> None:
    with pytest.raises(ExportRefused) as refused:
        export(database, folder / name)
    assert refused.value.problem is problem
    assert list(folder.iterdir()) == []


def test_an_unknown_department_is_refused(database: Database, folder: Path) -> None:
    seed_month(database)
    with pytest.raises(ExportRefused, match="unknown department 'Police'") as refused:
        export(database, folder / "x.xlsx", query=ReportQuery(MARCH.period, ReportFilter(department="Police")))
    assert refused.value.problem is ExportProblem.UNKNOWN_DEPARTMENT and list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_nothing_behind(database: Database, folder: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seed_month(database)
    streams = tmp_path / "streams"  # where openpyxl streams each sheet before the file is assembled
    streams.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(streams))
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportRefused) as refused:
        export(database, folder / "march.xlsx", progress=lambda done, total: seen.append((done, total)),
               cancelled=lambda: bool(seen))
    assert refused.value.problem is ExportProblem.CANCELLED
    assert list(folder.iterdir()) == [] and seen[0] == (0, 19)
    assert list(streams.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(database: Database, folder: Path) -> None:
    seed_month(database)
    path = folder / "march.xlsx"
    path.write_bytes(b"yesterday's workbook")
    with pytest.raises(ExportRefused):
        export(database, path, cancelled=lambda: True)
    assert path.read_bytes() == b"yesterday's workbook" and list(folder.iterdir()) == [path]
    export(database, path)
    assert load_workbook(path).sheetnames[0] == "Summary" and list(folder.iterdir()) == [path]
