"""The response-time workbook for the state, streamed sheet by sheet and renamed into place when complete.

Sheets: Summary (the district, period, who and when, totals, the standing rules
in words and a native chart), Officers (ranked), Departments, Daily, Cases (one
row per case), Commendation and Negligence (ready to print and sign). openpyxl's
write-only mode streams each sheet to a temporary file of its own, so a year of
a large district stays in bounded memory: the cases are read once for the
figures and a second time, as a stream, for the Cases sheet.

The file is written under a temporary name beside the target and renamed only
when complete; a cancel or any failure removes it, so no half-written workbook
is ever left where the supervisor looks.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import RichTextProperties
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from console.metrics import ResponseOutcome, Standing
from console.reports.analytics import CaseFigure, Report
from console.reports.facts import People
from console.reports.workbook_cells import (
    FONT_NAME,
    LINE_HEIGHT,
    WRAPPED,
    Kind,
    RowWriter,
    excel_instant,
    print_setup,
    text_cell,
    value_cell,
)
from console.reports.workbook_sheets import (
    FIGURES,
    LIST_FIGURES,
    NEGLIGENCE_FIGURES,
    Book,
    cases_columns,
    daily_columns,
    departments_columns,
    list_columns,
    officers_columns,
)
from console.reports.workbook_words import Words

log = logging.getLogger(__name__)
T = TypeVar("T")

SHEETS = ("summary", "officers", "departments", "daily", "cases", "commendation", "negligence")
PROGRESS_EVERY = 500
RULE_LINE = 150  # characters of a standing rule on one line of the Summary's merged cells
CANCEL_EVERY = 100
RED = PatternFill("solid", start_color="F8CBAD", end_color="F8CBAD")
AMBER = PatternFill("solid", start_color="FFE699", end_color="FFE699")
GREEN = PatternFill("solid", start_color="C6EFCE", end_color="C6EFCE")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The supervisor cancelled the export; nothing was left behind."""


@dataclass(frozen=True)
class WorkbookHeader:
    """Who the workbook is for and by whom: printed on the Summary."""

    district_name_en: str
    district_name_hi: str
    generated_at: datetime
    generated_by: str  # the signed-in person
    chain_head: str | None = None  # the record's hash-chain head, when the record keeps one


def write_workbook(
    path: Path,
    report: Report,
    cases: Iterable[CaseFigure],
    people: People,
    header: WorkbookHeader,
    *,
    language: str = "hi",
    text_widths: Mapping[str, int] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the workbook to ``path``; the number of case rows.

    ``cases`` are the report's cases (as :func:`console.reports.analytics.case_figures`
    gives them); ``text_widths`` the longest texts of the Cases sheet's columns
    by heading key, when the caller measured them. Raises :class:`ExportCancelled`
    when ``cancelled()`` turns true, ``OSError`` when the file cannot be written.
    """
    target = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        writer = _WorkbookWriter(Book(Words(language), people, report), header, progress, cancelled)
        rows = writer.write(temporary, cases, text_widths or {})
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    log.info("workbook %s written: %d cases", target, rows)
    return rows


class _WorkbookWriter:
    def __init__(self, book: Book, header: WorkbookHeader, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.book = book
        self.words = book.words
        self.header = header
        self.progress = progress or (lambda _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        report = book.report
        self.total = report.totals.complaints + 1
        self.district = self.words.pick(header.district_name_en, header.district_name_hi)
        self.period = self.words.format("period.range", first=report.period.first.strftime("%d-%m-%Y"),
                                        last=report.period.last.strftime("%d-%m-%Y"))

    def write(self, path: Path, cases: Iterable[CaseFigure], text_widths: Mapping[str, int]) -> int:
        workbook = Workbook(write_only=True)
        try:
            rows = self._write_sheets(workbook, cases, text_widths)
            if self.cancelled():
                raise ExportCancelled
        except BaseException:
            _discard(workbook)
            raise
        workbook.save(path)
        self.progress(self.total, self.total)
        return rows

    def _write_sheets(self, workbook: Workbook, cases: Iterable[CaseFigure], text_widths: Mapping[str, int]) -> int:
        words, report = self.words, self.book.report
        sheets = {key: workbook.create_sheet(words[f"sheet.{key}"]) for key in SHEETS}
        self.progress(0, self.total)
        officers = self._table(sheets["officers"], officers_columns(self.book), report.officers)
        standing = officers.column_letter("col.standing")
        self._highlight(officers, f'${standing}2="{words.code(Standing.NEGLIGENT)}"', RED)
        self._highlight(officers, f'${standing}2="{words.code(Standing.COMMENDABLE)}"', GREEN)
        departments = self._table(sheets["departments"], departments_columns(self.book), report.departments)
        departments.sheet.conditional_formatting.add(
            departments.column_range("col.share"),
            CellIsRule(operator="lessThan", formula=[str(report.rules.negligent_on_time_share)], fill=RED))
        daily = self._table(sheets["daily"], daily_columns(self.book), report.days)
        daily.sheet.conditional_formatting.add(daily.column_range("col.unconfirmed"),
                                               CellIsRule(operator="greaterThan", formula=["0"], fill=AMBER))
        rows = self._cases(sheets["cases"], cases, text_widths)
        self._list(sheets["commendation"], report.commendation, LIST_FIGURES, ranked=True)
        self._list(sheets["negligence"], report.negligence, NEGLIGENCE_FIGURES, ranked=False)
        self._summary(sheets["summary"], daily)
        return rows

    # -- the tables

    def _table(self, sheet: WriteOnlyWorksheet, columns: Sequence[Any], items: Sequence[T]) -> RowWriter[T]:
        writer: RowWriter[T] = RowWriter(sheet, columns, self.words.__getitem__)
        writer.set_widths([_longest(column, items) for column in writer.columns])
        self._start_table(writer)
        for item in items:
            writer.write(item)
        writer.sheet.auto_filter.ref = writer.table_range()
        return writer

    def _start_table(self, writer: RowWriter[Any]) -> None:
        """What must precede the first row of a write-only sheet: widths, panes, page set-up; then the header."""
        self._print_setup(writer.sheet)
        writer.sheet.freeze_panes = "A2"
        writer.write_header()

    def _print_setup(self, sheet: WriteOnlyWorksheet, *, title_rows: bool = True) -> None:
        print_setup(sheet, self.words.format("page.header", district=self.district, title=sheet.title,
                                             period=self.period), self.words["page.footer"], title_rows=title_rows)

    def _highlight(self, writer: RowWriter[Any], formula: str, fill: PatternFill) -> None:
        writer.sheet.conditional_formatting.add(writer.body_range(), FormulaRule(formula=[formula], fill=fill))

    def _cases(self, sheet: WriteOnlyWorksheet, cases: Iterable[CaseFigure], text_widths: Mapping[str, int]) -> int:
        writer: RowWriter[CaseFigure] = RowWriter(sheet, cases_columns(self.book), self.words.__getitem__)
        writer.set_widths([text_widths.get(column.heading) for column in writer.columns])
        self._start_table(writer)
        for number, figure in enumerate(cases, start=1):
            if number % CANCEL_EVERY == 0 and self.cancelled():
                raise ExportCancelled
            writer.write(figure)
            if number % PROGRESS_EVERY == 0:
                self.progress(min(number, self.total - 1), self.total)
        outcome = writer.column_letter("col.outcome")
        self._highlight(writer, f'${outcome}2="{self.words.code(ResponseOutcome.UNCONFIRMED)}"', AMBER)
        self._highlight(writer, f'${outcome}2="{self.words.code(ResponseOutcome.LATE)}"', RED)
        writer.sheet.auto_filter.ref = writer.table_range()
        return writer.rows

    def _list(self, sheet: WriteOnlyWorksheet, items: Sequence[Any], figures: Sequence[str], *, ranked: bool) -> None:
        writer = self._table(sheet, list_columns(self.book, items, figures, ranked=ranked), items)
        if not items:
            sheet.append([text_cell(sheet, self.words["list.empty"])])
        sheet.append([])
        sheet.append([])
        prepared = self.words.format("signature.prepared_by", who=self.header.generated_by,
                                     at=_ist_text(self.header.generated_at))
        sheet.append([text_cell(sheet, prepared)])
        sheet.append([])
        sheet.append([text_cell(sheet, self.words["signature.line"])])

    # -- the summary

    def _summary(self, sheet: WriteOnlyWorksheet, daily: RowWriter[Any]) -> None:
        words, report, header = self.words, self.book.report, self.header
        for column, width in (("A", 46), ("B", 24), ("C", 3)):
            sheet.column_dimensions[column].width = width
        self._print_setup(sheet, title_rows=False)
        rows = [0]

        def add(*cells: Any) -> int:
            sheet.append(list(cells))
            rows[0] += 1
            return rows[0]

        title = text_cell(sheet, words["summary.title"])
        title.font = TITLE_FONT
        add(title)
        add(text_cell(sheet, f"{words['summary.center']} — {self.district}"))
        add()
        for key, kind, value in self._summary_lines():
            add(text_cell(sheet, words[key]), value_cell(sheet, kind, value))
        add()
        add(text_cell(sheet, words["summary.totals"], bold=True))
        for key, kind, getter in FIGURES:
            add(text_cell(sheet, words[key]), value_cell(sheet, kind, getter(report.totals)))
        for key, count in (("summary.officers", len(report.officers)),
                           ("summary.commended", len(report.commendation)),
                           ("summary.negligent", len(report.negligence))):
            add(text_cell(sheet, words[key]), value_cell(sheet, Kind.INTEGER, count))
        add()
        add(text_cell(sheet, words["summary.rules"], bold=True))
        for rule in words.rules(report.thresholds, report.rules):
            cell = text_cell(sheet, rule)
            cell.alignment = WRAPPED
            sheet.row_dimensions[rows[0] + 1].height = LINE_HEIGHT * (1 + len(rule) // RULE_LINE)
            row = add(cell)
            sheet.merged_cells.add(f"A{row}:L{row}")
        self._chart(sheet, daily)

    def _summary_lines(self) -> list[tuple[str, Kind, Any]]:
        words, report, header = self.words, self.book.report, self.header
        department = report.filter.department
        lines: list[tuple[str, Kind, Any]] = [
            ("summary.district", Kind.TEXT, self.district),
            ("summary.period", Kind.TEXT, self.period),
            ("summary.department", Kind.TEXT,
             self.book.department(department) if department else words["summary.all_departments"]),
        ]
        if report.filter.officer_id is not None:
            lines.append(("summary.officer", Kind.TEXT, self.book.officer_name(report.filter.officer_id)))
        lines += [
            ("summary.generated_at", Kind.INSTANT, header.generated_at),
            ("summary.generated_by", Kind.TEXT, header.generated_by),
        ]
        if report.as_of != header.generated_at:
            lines.append(("summary.as_of", Kind.INSTANT, report.as_of))
        if header.chain_head:
            lines.append(("summary.chain_head", Kind.TEXT, header.chain_head))
        return lines

    def _chart(self, sheet: WriteOnlyWorksheet, daily: RowWriter[Any]) -> None:
        last = daily.rows + 1
        complaints, median = daily.column_number("col.complaints"), daily.column_number("col.median")
        bars = BarChart()
        bars.title = self.words["summary.chart"]
        bars.add_data(Reference(daily.sheet, min_col=complaints, min_row=1, max_row=last), titles_from_data=True)
        bars.set_categories(Reference(daily.sheet, min_col=1, min_row=2, max_row=last))
        bars.y_axis.title = self.words["col.complaints"]
        bars.y_axis.majorGridlines = None
        bars.x_axis.number_format = "DD-MM"
        bars.x_axis.txPr = RichText(bodyPr=RichTextProperties(rot=-5400000, vert="horz"))
        bars.display_blanks = "span"  # the median line runs on across days without a callback
        line = LineChart()
        line.add_data(Reference(daily.sheet, min_col=median, min_row=1, max_row=last), titles_from_data=True)
        for series in line.series:
            series.smooth = False
            series.marker.symbol = "circle"
            series.marker.size = 4
        line.y_axis.axId = 200
        line.y_axis.title = self.words["col.median"]
        line.y_axis.crosses = "max"
        for axis in (bars.x_axis, bars.y_axis, line.y_axis):
            axis.delete = False
        bars += line
        bars.legend.position = "b"
        bars.width, bars.height = 20.0, 10.0
        sheet.add_chart(bars, "D4")


def _discard(workbook: Workbook) -> None:
    """Close the sheets of an abandoned workbook and delete the temporary files openpyxl streams them to."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            sheet._writer.cleanup()
        except Exception:  # the export already failed; its error is the one to report
            log.debug("could not discard the stream of sheet %s", sheet.title, exc_info=True)


def _longest(column: Any, items: Sequence[Any]) -> int | None:
    if column.kind not in (Kind.TEXT, Kind.WORD):
        return None
    return max((len(str(column.value(item) or "")) for item in items), default=0)


def _ist_text(instant: datetime) -> str:
    return excel_instant(instant).strftime("%d-%m-%Y %H:%M")
