"""The shipped template is what the code builds, and imports as an empty roster."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from console.resources import resource_path
from console.roster.layout import LAYOUTS
from console.roster.model import RosterData
from console.roster.reader import read_roster
from console.roster.template import HELP_SHEET, build_template, write_template

COMMITTED = resource_path("rosters", "roster-template.xlsx")


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}


def test_the_committed_template_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "template.xlsx"
    write_template(fresh)
    assert _contents(COMMITTED) == _contents(fresh)
    assert load_workbook(COMMITTED)["Availability"].data_validations.dataValidation[0].formula1 == (
        '"leave,training,other,on duty"')


def test_the_template_reads_as_an_empty_roster() -> None:
    assert read_roster(COMMITTED) == RosterData()


def test_every_column_is_explained_on_the_help_sheet() -> None:
    workbook = build_template()
    assert workbook.sheetnames == [*(layout.name for layout in LAYOUTS), HELP_SHEET]
    explained = {row[1] for row in workbook[HELP_SHEET].iter_rows(min_row=5, values_only=True)}
    for layout in LAYOUTS:
        for column in layout.columns:
            assert f"{column.label_en} / {column.label_hi}" in explained
