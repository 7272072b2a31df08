"""Cells, columns and print set-up of the workbook, in openpyxl's write-only mode.

Text that came from a person (names, notes, reasons, logins) is cleaned of the
control characters Excel refuses and is always written as text: openpyxl takes
any string starting with "=" for a formula, so such a cell is marked as a
string after its value is set. Instants become real Excel date cells in IST.

A row of a write-only sheet is written out as soon as it is appended, so each
column keeps one styled cell and only changes its value from row to row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Generic, TypeVar

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.worksheet.properties import PageSetupProperties

from console.clock import IST, ensure_utc

T = TypeVar("T")

INSTANT_FORMAT = "DD-MM-YYYY HH:MM"
DATE_FORMAT = "DD-MM-YYYY"
MINUTES_FORMAT = "0.0"
SHARE_FORMAT = "0%"
MAX_TEXT = 32_767  # Excel's limit for one cell
FONT_NAME = "Calibri"  # openpyxl's default; LibreOffice shows it as Carlito
HEADER_FONT = Font(name=FONT_NAME, bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F7F7F"))
LINE_HEIGHT = 15.0  # points per line of an 11-point font
MAX_WIDTH = 60.0


class Kind(str, Enum):
    """What a column holds, and so how its cells are written."""

    TEXT = "text"  # from a person or the register: cleaned, never a formula
    WORD = "word"  # the workbook's own words and codes
    INTEGER = "integer"
    MINUTES = "minutes"
    SHARE = "share"
    INSTANT = "instant"  # an aware datetime, shown in IST
    DATE = "date"


_FORMATS = {Kind.MINUTES: MINUTES_FORMAT, Kind.SHARE: SHARE_FORMAT, Kind.INSTANT: INSTANT_FORMAT,
            Kind.DATE: DATE_FORMAT}
_WIDTHS = {Kind.INTEGER: 9.0, Kind.MINUTES: 10.0, Kind.SHARE: 9.0, Kind.INSTANT: 16.5, Kind.DATE: 11.0}


@dataclass(frozen=True)
class Column(Generic[T]):
    heading: str  # a key of the workbook's words
    kind: Kind
    value: Callable[[T], Any]
    width: float | None = None  # None: from the kind, or the heading and the longest text
    wrap: bool = False  # long text folds onto more lines within the width instead of widening the column


def clean_text(text: str) -> str:
    """Text as Excel takes it: no control characters, at most one cell's worth."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def excel_instant(instant: datetime) -> datetime:
    """An aware instant as the naive IST wall time Excel stores."""
    return ensure_utc(instant).astimezone(IST).replace(tzinfo=None)


def text_cell(sheet: WriteOnlyWorksheet, text: str, *, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=clean_text(text))
    cell.data_type = "s"  # after the value: text, whatever it starts with
    if bold:
        cell.font = HEADER_FONT
    return cell


def value_cell(sheet: WriteOnlyWorksheet, kind: Kind, value: Any) -> Any:
    """One cell of a free-form row (the Summary): the value, styled for its kind."""
    if value is None or value == "":
        return None
    if kind in (Kind.TEXT, Kind.WORD):
        return text_cell(sheet, str(value))
    cell = WriteOnlyCell(sheet, value=excel_instant(value) if kind is Kind.INSTANT else value)
    if kind in _FORMATS:
        cell.number_format = _FORMATS[kind]
    return cell


class RowWriter(Generic[T]):
    """Writes items as rows under a header of their columns' headings."""

    def __init__(self, sheet: WriteOnlyWorksheet, columns: Sequence[Column[T]], words: Callable[[str], str]) -> None:
        self.sheet = sheet
        self.columns = tuple(columns)
        self.headings = [words(column.heading) for column in self.columns]
        self.rows = 0
        self.widths = [column.width or _WIDTHS.get(column.kind) or 8.0 for column in self.columns]
        wrapping = any(column.wrap for column in self.columns)  # then every cell of a row starts at its top
        self._cells: list[WriteOnlyCell | None] = []
        for column in self.columns:
            cell = None
            if column.kind in _FORMATS or wrapping:
                cell = WriteOnlyCell(sheet)
                if column.kind in _FORMATS:
                    cell.number_format = _FORMATS[column.kind]
                if wrapping:
                    cell.alignment = WRAPPED if column.wrap else TOP
            self._cells.append(cell)

    def set_widths(self, text_widths: Sequence[float | None] = ()) -> None:
        """Widths from the headings (wrapped on up to three lines) and the longest text; before the first row.

        A wrapping column keeps its own width, however long its texts.
        """
        for index, column in enumerate(self.columns):
            measured = text_widths[index] if index < len(text_widths) and not column.wrap else None
            heading = self.headings[index]
            width = max(self.widths[index], max(map(len, heading.split())) + 1.0, len(heading) / 3 + 1.0,
                        (measured or 0) + 1.5)
            self.widths[index] = min(MAX_WIDTH, width)
            self.sheet.column_dimensions[get_column_letter(index + 1)].width = self.widths[index]

    def write_header(self) -> None:
        lines = max((_lines(heading, width) for heading, width in zip(self.headings, self.widths)), default=1)
        self.sheet.row_dimensions[1].height = LINE_HEIGHT * lines + 3
        cells = []
        for heading in self.headings:
            cell = text_cell(self.sheet, heading)
            cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT, HEADER_BORDER
            cells.append(cell)
        self.sheet.append(cells)

    def write(self, item: T) -> None:
        row: list[Any] = []
        lines = 1
        for column, cell, width in zip(self.columns, self._cells, self.widths):
            value = column.value(item)
            if column.wrap and value:
                lines = max(lines, _lines(str(value), width))
            if value is None or value == "":
                row.append(None)
            elif column.kind in (Kind.TEXT, Kind.WORD):
                text = clean_text(value) if column.kind is Kind.TEXT else str(value)
                if cell is not None:
                    cell.value = text
                    cell.data_type = "s"
                    row.append(cell)
                elif text.startswith("="):
                    row.append(text_cell(self.sheet, text))
                else:
                    row.append(text)
            elif cell is not None:
                cell.value = excel_instant(value) if column.kind is Kind.INSTANT else value
                row.append(cell)
            else:
                row.append(value)
        if lines > 1:  # neither Excel nor LibreOffice grows a row for wrapped text written by openpyxl
            self.sheet.row_dimensions[self.rows + 2].height = LINE_HEIGHT * lines
        self.sheet.append(row)
        self.rows += 1

    @property
    def last_column(self) -> str:
        return str(get_column_letter(len(self.columns)))

    def column_number(self, heading: str) -> int:
        """1 for the first column."""
        return 1 + next(i for i, column in enumerate(self.columns) if column.heading == heading)

    def column_letter(self, heading: str) -> str:
        return str(get_column_letter(self.column_number(heading)))

    def column_range(self, heading: str) -> str:
        """The column's cells under the header (one row even when the table is empty)."""
        letter = self.column_letter(heading)
        return f"{letter}2:{letter}{max(1, self.rows) + 1}"

    def table_range(self) -> str:
        return f"A1:{self.last_column}{max(1, self.rows) + 1}"

    def body_range(self) -> str:
        return f"A2:{self.last_column}{max(1, self.rows) + 1}"


def _lines(text: str, width: float) -> int:
    """How many lines a heading wraps onto in a column of ``width`` characters (word by word)."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width - 1:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def print_setup(sheet: WriteOnlyWorksheet, header: str, footer: str, *, title_rows: bool = True,
                landscape: bool = True) -> None:
    """Landscape A4, fit to the width of a page, the header row on every page, district and period on top."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.oddHeader.center.text = header.replace("&", "&&")
    sheet.oddHeader.center.size = 10
    sheet.oddFooter.center.text = footer
    sheet.oddFooter.center.size = 9
    if title_rows:
        sheet.print_title_rows = "1:1"
