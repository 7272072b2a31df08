"""The blank roster template shipped in ``resources/rosters/roster-template.xlsx``.

Regenerate the committed file with ``python -m console.roster.template``; a test
checks the committed copy still says what this code says. The template carries
drop-down lists for the fixed choices and a Help sheet explaining every column,
so a district clerk can fill it in without this repository's README.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from console.roster.layout import AVAILABILITY, LAYOUTS, OFFICERS, REPRESENTATIVES, SheetLayout, column_letter
from console.roster.writer import DATE_FORMAT, HEADER_ALIGNMENT, HEADER_FILL, HEADER_FONT

TEMPLATE_PATH = Path("resources/rosters/roster-template.xlsx")
HELP_SHEET = "Help"
FIXED_TIMESTAMP = datetime(2026, 1, 1)  # so regenerating changes nothing but what the code changed
TEMPLATE_ROWS = 5000  # rows covered by the drop-down lists

# (sheet, column key) → (required?, what to write, example)
COLUMN_HELP: dict[tuple[str, str], tuple[str, str, str]] = {
    (OFFICERS.name, "code"): ("yes", "The district's own code for the post holder, unique on this sheet; "
                              "letters, digits and - _ / . only.", "HRD-0001"),
    (OFFICERS.name, "name_en"): ("yes", "Full name in English.", "Rajesh Kumar Mishra"),
    (OFFICERS.name, "name_hi"): ("no", "Full name in Hindi (Devanagari).", "राजेश कुमार मिश्रा"),
    (OFFICERS.name, "designation_en"): ("yes*", "Designation in English. A known designation (DM, SDM, BDO, "
                                        "CMO ...) fills in the Hindi one; *either language is enough.",
                                        "Sub-Divisional Magistrate"),
    (OFFICERS.name, "designation_hi"): ("no", "Designation in Hindi; must name the same post as the English.",
                                        "उप जिलाधिकारी"),
    (OFFICERS.name, "department"): ("yes*", "Department; *may be left blank for a known designation.", "Revenue"),
    (OFFICERS.name, "office"): ("no", "Office, tehsil or block where the officer sits.", "Tehsil Sandila"),
    (OFFICERS.name, "official_number"): ("yes", "The official (CUG) mobile: 10 digits starting 6-9, with or "
                                         "without +91 / 0; Devanagari digits accepted. Unique.", "+91 94150 12345"),
    (OFFICERS.name, "other_numbers"): ("no", "Other numbers, separated by commas; landlines need the STD code. "
                                       "Kept for the record, never dialled.", "05852-234567"),
    (OFFICERS.name, "superior_code"): ("no", "Officer code of the superior told when a case is escalated.",
                                       "HRD-0001"),
    (OFFICERS.name, "active"): ("no", "yes / no (हाँ / नहीं); blank means yes.", "yes"),
    (REPRESENTATIVES.name, "code"): ("yes", "The district's code for the representative, unique on this sheet.",
                                     "MLA-155"),
    (REPRESENTATIVES.name, "kind"): ("yes", "MP, MLA, MLC or other (सांसद / विधायक / एमएलसी / अन्य).", "MLA"),
    (REPRESENTATIVES.name, "name_en"): ("yes", "Full name in English.", "Suresh Chandra Verma"),
    (REPRESENTATIVES.name, "name_hi"): ("no", "Full name in Hindi (Devanagari).", "सुरेश चन्द्र वर्मा"),
    (REPRESENTATIVES.name, "constituency"): ("yes for MP and MLA", "Constituency name.", "Sandila"),
    (REPRESENTATIVES.name, "registered_numbers"): ("yes", "The numbers registered with the center, separated by "
                                                   "commas. Each number belongs to one person only.",
                                                   "+91 94150 54321"),
    (AVAILABILITY.name, "officer_code"): ("yes", "Code of the officer on leave or training (Officers sheet).",
                                          "HRD-0007"),
    (AVAILABILITY.name, "status"): ("yes", "leave, training, other or on duty (अवकाश / प्रशिक्षण / अन्य / "
                                    "ड्यूटी पर).", "leave"),
    (AVAILABILITY.name, "starts"): ("yes", "First day, as an Excel date or day-month-year text (14-03-2026, "
                                    "14/03/2026, 14.03.2026); a time is optional (14-03-2026 14:00). IST.",
                                    "14-03-2026"),
    (AVAILABILITY.name, "ends"): ("yes", "Last day, inclusive: 16-03-2026 means up to the end of the 16th. "
                                  "With a time, the period ends at that time.", "16-03-2026"),
    (AVAILABILITY.name, "alternate_code"): ("no", "Officer code of the alternate (प्रतिस्थानी) who stands in; must "
                                            "be active and not away at the same time.", "HRD-0008"),
    (AVAILABILITY.name, "note"): ("no", "Free text, usually the number of the leave or training order.",
                                  "Order 245/2026"),
}

_CHOICES = {
    (REPRESENTATIVES.name, "kind"): '"MP,MLA,MLC,other"',
    (AVAILABILITY.name, "status"): '"leave,training,other,on duty"',
    (OFFICERS.name, "active"): '"yes,no"',
}


def build_template() -> Workbook:
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for layout in LAYOUTS:
        _data_sheet(workbook.create_sheet(layout.name), layout)
    _help_sheet(workbook.create_sheet(HELP_SHEET))
    workbook.properties.creator = "Samvad Setu"
    workbook.properties.title = "District roster template / जिला अधिकारी सूची प्रारूप"
    workbook.properties.created = workbook.properties.modified = FIXED_TIMESTAMP
    return workbook


def _data_sheet(sheet: Worksheet, layout: SheetLayout) -> None:
    for index, column in enumerate(layout.columns):
        letter = column_letter(index)
        cell = sheet.cell(row=1, column=index + 1, value=column.header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        sheet.column_dimensions[letter].width = column.width
        cells = f"{letter}2:{letter}{TEMPLATE_ROWS}"
        choices = _CHOICES.get((layout.name, column.key))
        if choices is not None:
            validation = DataValidation(type="list", formula1=choices, allow_blank=True)
            validation.add(cells)
            sheet.add_data_validation(validation)
        if column.key in ("starts", "ends"):
            sheet.column_dimensions[letter].number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"


def _help_sheet(sheet: Worksheet) -> None:
    sheet.append(["Samvad Setu district roster / संवाद सेतु जिला अधिकारी सूची"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(["Fill in the three sheets; keep the header row (English or Hindi headers, any column order). "
                  "Importing checks every row and imports all of it or nothing. This Help sheet is ignored."])
    sheet.append([])
    sheet.append(["Sheet", "Column header", "Required", "What to write", "Example"])
    for cell in sheet[4]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for layout in LAYOUTS:
        for column in layout.columns:
            required, what, example = COLUMN_HELP[(layout.name, column.key)]
            sheet.append([f"{layout.name} / {layout.name_hi}", f"{column.label_en} / {column.label_hi}", required,
                          what, example])
    for letter, width in zip("ABCDE", (26, 40, 12, 90, 26)):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_template(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    build_template().save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the blank roster template.")
    parser.add_argument("path", nargs="?", type=Path, default=TEMPLATE_PATH)
    write_template(parser.parse_args(argv).path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
