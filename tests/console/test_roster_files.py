"""Malformed roster files: each is a real .xlsx (or not) on disk, and the exact problem is named."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook

from console.domain import AvailabilityStatus
from console.roster.layout import AVAILABILITY, OFFICERS, REPRESENTATIVES
from console.roster.model import ProblemCode, RosterError
from console.roster.reader import inspect_roster, read_roster
from tests.console.test_roster_support import (
    codes,
    header,
    officer,
    patch_member,
    period,
    problems,
    save,
    valid_officers,
    valid_sheets,
)

UTC = timezone.utc
O, R, A = OFFICERS.name, REPRESENTATIVES.name, AVAILABILITY.name


def test_the_valid_fixture_reads_cleanly(tmp_path: Path) -> None:
    data = read_roster(save(tmp_path, valid_sheets()))
    assert [officer.code for officer in data.officers] == ["HRD-0001", "HRD-0002", "HRD-0003", "HRD-0004"]
    assert data.officers[3].other_numbers == ("+915852234567",)
    assert data.periods[0].starts_at == datetime(2026, 3, 13, 18, 30, tzinfo=UTC)  # 14 Mar 00:00 IST
    assert data.periods[0].ends_at == datetime(2026, 3, 16, 18, 30, tzinfo=UTC)  # end of 16 Mar IST


def test_wrong_sheet_name_is_reported_with_the_names_found(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets["Staff"] = sheets.pop(O)
    reading = inspect_roster(save(tmp_path, sheets))
    assert [(p.sheet, p.row, p.reason_code) for p in reading.problems[:1]] == [(O, None, ProblemCode.SHEET_MISSING)]
    assert "'Staff'" in reading.problems[0].message
    # the Availability row now names an officer who is nowhere
    assert (A, 2, "A", ProblemCode.UNKNOWN_OFFICER) in problems(save(tmp_path, sheets, "again.xlsx"))


def test_sheet_names_in_hindi_or_another_case_are_recognised(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets["अधिकारी"] = sheets.pop(O)
    sheets["  representatives "] = sheets.pop(R)
    assert len(read_roster(save(tmp_path, sheets)).officers) == 4


def test_shifted_columns_point_at_the_column_without_a_header(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O] = [sheets[O][0]] + [[None, *row] for row in sheets[O][1:]]  # every data row one cell to the right
    found = problems(save(tmp_path, sheets))
    assert (O, 2, "L", ProblemCode.VALUE_WITHOUT_HEADER) in found
    assert (O, 2, "A", ProblemCode.MISSING_VALUE) in found  # the code cell is now empty
    assert (O, 2, "B", ProblemCode.INVALID_CODE) not in found


def test_headers_in_any_order_language_case_and_spacing(tmp_path: Path) -> None:
    reference = read_roster(save(tmp_path, valid_sheets(), "reference.xlsx"))
    headers = ["  OFFICER CODE ", "नाम (हिन्दी)", "name (english)", "पदनाम", "Designation", "विभाग", "तहसील",
               "CUG  Mobile No.", "Other numbers / अन्य नंबर", "वरिष्ठ अधिकारी कोड", "सक्रिय"]
    order = [0, 2, 1, 4, 3, 5, 6, 7, 8, 9, 10]
    sheets = valid_sheets()
    sheets[O] = [headers] + [[row[index] for index in order] for row in sheets[O][1:]]
    assert read_roster(save(tmp_path, sheets)) == reference


def test_missing_required_column(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O] = [row[:7] + row[8:] for row in sheets[O]]  # drop the CUG number column
    found = problems(save(tmp_path, sheets))
    assert found == [(O, 1, None, ProblemCode.MISSING_COLUMN)]


def test_unknown_column_suggests_the_known_one_and_serial_numbers_are_ignored(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O] = [["S.No."] + sheets[O][0] + ["Offical numbr"]] + [
        [number, *row, "x"] for number, row in enumerate(sheets[O][1:], start=1)
    ]
    reading = inspect_roster(save(tmp_path, sheets))
    assert [(p.sheet, p.row, p.column, p.reason_code) for p in reading.problems] == [
        (O, 1, "M", ProblemCode.UNKNOWN_COLUMN)
    ]
    assert "did you mean 'Official (CUG) number'" in reading.problems[0].message


def test_duplicate_column(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[R] = [row + [row[5]] for row in sheets[R]]
    assert problems(save(tmp_path, sheets)) == [(R, 1, "G", ProblemCode.DUPLICATE_COLUMN)]


def test_merged_cells_are_reported_once_at_their_first_cell(tmp_path: Path) -> None:
    def merge(workbook: Workbook) -> None:
        workbook[O].merge_cells("F3:G3")

    found = problems(save(tmp_path, valid_sheets(), edit=merge))
    assert found == [(O, 3, "F", ProblemCode.MERGED_CELLS)]


def test_a_merged_title_above_the_header_is_tolerated(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O] = [["Hardoi officers, March 2026"], []] + sheets[O]

    def merge(workbook: Workbook) -> None:
        workbook[O].merge_cells("A1:K1")

    assert len(read_roster(save(tmp_path, sheets, edit=merge)).officers) == 4


def test_blank_rows_are_skipped_and_row_numbers_stay_true(tmp_path: Path) -> None:
    sheets = valid_sheets()
    rows = sheets[O]
    rows.insert(2, [None] * 11)
    rows.insert(3, ["", "   ", None])
    rows.append(officer("HRD-0005", number="12345"))  # sheet row 8
    found = problems(save(tmp_path, sheets))
    assert found == [(O, 8, "H", ProblemCode.INVALID_NUMBER)]


@pytest.mark.parametrize("text", ["14-03-2026", "14/03/2026", "14.03.2026", "2026-03-14", "14 Mar 2026",
                                  "१४-०३-२०२६", "14 मार्च 2026", " 14-3-26 "])
def test_text_dates_are_read_day_first(tmp_path: Path, text: str) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(starts=text, ends=text)
    found = read_roster(save(tmp_path, sheets)).periods[0]
    assert (found.starts_at, found.ends_at) == (datetime(2026, 3, 13, 18, 30, tzinfo=UTC),
                                                datetime(2026, 3, 14, 18, 30, tzinfo=UTC))


def test_real_excel_dates_with_times(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(starts=datetime(2026, 3, 14, 10, 0), ends=datetime(2026, 3, 14, 14, 30), status="other")
    found = read_roster(save(tmp_path, sheets)).periods[0]
    assert found.status is AvailabilityStatus.OTHER
    assert (found.starts_at, found.ends_at) == (datetime(2026, 3, 14, 4, 30, tzinfo=UTC),
                                                datetime(2026, 3, 14, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(("starts", "reason"), [
    ("31-02-2026", ProblemCode.INVALID_DATE),
    ("03/14/2026", ProblemCode.INVALID_DATE),  # month-first is not how India writes dates
    ("next Monday", ProblemCode.INVALID_DATE),
    (46095, ProblemCode.INVALID_DATE),  # a bare serial number, not a date cell
    ("14-03-1926", ProblemCode.DATE_OUT_OF_RANGE),
])
def test_bad_dates(tmp_path: Path, starts: object, reason: ProblemCode) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(starts=starts)
    assert problems(save(tmp_path, sheets)) == [(A, 2, "C", reason)]


def test_period_ending_before_it_starts(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(starts="16-03-2026", ends="14-03-2026")
    assert problems(save(tmp_path, sheets)) == [(A, 2, "D", ProblemCode.PERIOD_ENDS_BEFORE_START)]


def test_devanagari_digits_in_codes_numbers_and_dates(tmp_path: Path) -> None:
    reference = read_roster(save(tmp_path, valid_sheets(), "reference.xlsx"))
    sheets = valid_sheets()
    sheets[O][1] = officer(code="HRD-०००१", number="९०००० ००००१")
    sheets[A][1] = period(starts="१४.०३.२०२६", ends="१६/०३/२०२६")
    assert read_roster(save(tmp_path, sheets)) == reference


def test_numbers_in_every_usual_spelling(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][1] = officer(number=9000000001)  # an Excel number cell
    sheets[O][2][7] = "+91 90000-00002"
    sheets[O][3][7] = "09000000003"
    sheets[O][4][7] = " 91 9000000004 "
    data = read_roster(save(tmp_path, sheets))
    assert [o.official_number for o in data.officers] == [f"+91900000000{n}" for n in range(1, 5)]


@pytest.mark.parametrize(("number", "reason"), [
    ("12345", ProblemCode.INVALID_NUMBER),
    ("5000000001", ProblemCode.INVALID_NUMBER),  # ten digits but no mobile starts with 5
    ("+1 202 555 0100", ProblemCode.INVALID_NUMBER),  # not an Indian number
    ("05852-234567", ProblemCode.NOT_MOBILE),  # a landline cannot take the instruction SMS
    ("call the PA", ProblemCode.INVALID_NUMBER),
])
def test_bad_official_numbers(tmp_path: Path, number: str, reason: ProblemCode) -> None:
    sheets = valid_sheets()
    sheets[O][1] = officer(number=number)
    assert problems(save(tmp_path, sheets)) == [(O, 2, "H", reason)]


def test_formula_without_a_saved_value(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][2][7] = '=TEXT(9000000002,"0")'  # openpyxl, like a script, saves no computed value
    assert problems(save(tmp_path, sheets)) == [(O, 3, "H", ProblemCode.FORMULA_WITHOUT_VALUE)]


def test_formula_with_a_saved_value_is_read_as_that_value(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][2][7] = "=9000000000+2"
    path = save(tmp_path, sheets)
    patch_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(
        "<f>9000000000+2</f><v />", "<f>9000000000+2</f><v>9000000002</v>"
    ))
    assert read_roster(path).officers[1].official_number == "+919000000002"


def test_excel_error_values(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][3][9] = "#REF!"
    assert problems(save(tmp_path, sheets)) == [(O, 4, "J", ProblemCode.ERROR_VALUE)]


def test_duplicate_codes_name_the_first_row(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O].append(officer("HRD-0002", number="9000000009"))
    reading = inspect_roster(save(tmp_path, sheets))
    assert [(p.sheet, p.row, p.column, p.reason_code) for p in reading.problems] == [
        (O, 6, "A", ProblemCode.DUPLICATE_CODE)
    ]
    assert "row 3" in reading.problems[0].message


def test_same_official_number_on_two_officers_or_a_representative(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O].append(officer("HRD-0005", number="+91 90000 00002"))
    sheets[R][1][5] = "9000000003"
    found = problems(save(tmp_path, sheets))
    assert found == [(O, 6, "H", ProblemCode.DUPLICATE_NUMBER), (R, 2, "F", ProblemCode.DUPLICATE_NUMBER)]


def test_unknown_alternate(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(alternate="HRD-0099")
    assert problems(save(tmp_path, sheets)) == [(A, 2, "E", ProblemCode.UNKNOWN_ALTERNATE)]


def test_alternate_equal_to_the_officer(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[A][1] = period(alternate="hrd-0002")
    assert problems(save(tmp_path, sheets)) == [(A, 2, "E", ProblemCode.ALTERNATE_IS_OFFICER)]


def test_alternate_inactive_or_away_at_the_same_time(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][3][10] = "no"  # HRD-0003 inactive
    sheets[A].append(period("HRD-0004", "training", "15-03-2026", "20-03-2026", alternate="HRD-0002"))
    found = problems(save(tmp_path, sheets))
    assert found == [(A, 2, "E", ProblemCode.ALTERNATE_INACTIVE), (A, 3, "E", ProblemCode.ALTERNATE_AWAY)]


def test_overlapping_leave_for_one_officer(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[A].append(period(starts="10-03-2026", ends="13-03-2026"))  # touches, does not overlap
    sheets[A].append(period(starts="16-03-2026 12:00", ends="18-03-2026", status="training"))
    reading = inspect_roster(save(tmp_path, sheets))
    assert [(p.sheet, p.row, p.column, p.reason_code) for p in reading.problems] == [
        (A, 4, "C", ProblemCode.OVERLAPPING_PERIODS)
    ]
    assert "row 2 (14-03-2026 to 16-03-2026)" in reading.problems[0].message


def test_unknown_superior_self_superior_and_circles(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][1][9] = "HRD-0004"  # DM → SDM → DM: a circle
    sheets[O][3][9] = "HRD-0003"  # DDO is their own superior
    sheets[O].append(officer("HRD-0005", number="9000000005", superior="HRD-0404"))
    found = problems(save(tmp_path, sheets))
    assert found == [
        (O, 2, "J", ProblemCode.SUPERIOR_CYCLE),
        (O, 4, "J", ProblemCode.SUPERIOR_IS_SELF),
        (O, 6, "J", ProblemCode.UNKNOWN_SUPERIOR),
    ]


def test_designations_pair_up_and_fill_in(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][2][3:6] = ["CDO", "", ""]  # abbreviation, no Hindi, no department
    sheets[O][3][3:5] = ["", "जिला विकास अधिकारी"]
    data = read_roster(save(tmp_path, sheets))
    assert (data.officers[1].designation_en, data.officers[1].designation_hi, data.officers[1].department) == (
        "Chief Development Officer", "मुख्य विकास अधिकारी", "Rural Development")
    assert data.officers[2].designation_en == "District Development Officer"


def test_designation_mismatch_and_missing(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][2][3:5] = ["Chief Development Officer", "तहसीलदार"]
    sheets[O][3][3:6] = ["", "", "Rural Development"]
    found = problems(save(tmp_path, sheets))
    assert found == [(O, 3, "E", ProblemCode.DESIGNATION_MISMATCH), (O, 4, "D", ProblemCode.MISSING_VALUE)]


def test_an_unknown_designation_is_kept_as_written(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][2][3:5] = ["Officer on Special Duty", "विशेष कार्याधिकारी"]
    assert read_roster(save(tmp_path, sheets)).officers[1].designation_hi == "विशेष कार्याधिकारी"


def test_names_in_the_wrong_script(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][1][1:3] = ["राजेश कुमार मिश्रा", "Rajesh Kumar Mishra"]  # the two name columns swapped
    assert problems(save(tmp_path, sheets)) == [(O, 2, "B", ProblemCode.WRONG_SCRIPT),
                                                (O, 2, "C", ProblemCode.WRONG_SCRIPT)]


def test_whitespace_is_trimmed_and_codes_upper_cased(tmp_path: Path) -> None:
    reference = read_roster(save(tmp_path, valid_sheets(), "reference.xlsx"))
    sheets = valid_sheets()
    sheets[O][1] = officer(code=" hrd-0001\u00a0", name_en="Rajesh  Kumar Mishra  ", office="\u200bCollectorate Hardoi ")
    assert read_roster(save(tmp_path, sheets)) == reference


def test_invalid_choices_and_codes(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][4][10] = "maybe"
    sheets[R][1][1] = "Pradhan"
    sheets[R][2][0] = "MP 1"
    sheets[A][1][1] = "holiday"
    found = problems(save(tmp_path, sheets))
    assert found == [(O, 5, "K", ProblemCode.INVALID_VALUE), (R, 2, "B", ProblemCode.INVALID_VALUE),
                     (R, 3, "A", ProblemCode.INVALID_CODE), (A, 2, "B", ProblemCode.INVALID_VALUE)]


def test_no_header_row(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[R] = sheets[R][1:]  # data but no header
    assert (R, None, None, ProblemCode.HEADER_NOT_FOUND) in problems(save(tmp_path, sheets))


def test_a_csv_file_renamed_to_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_text("Officer code,Name\nHRD-0001,Rajesh Kumar\n", encoding="utf-8")
    reading = inspect_roster(path)
    assert [(p.sheet, p.row, p.reason_code) for p in reading.problems] == [("", None, ProblemCode.NOT_XLSX)]
    assert "CSV" in reading.problems[0].message


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"")
    assert problems(path) == [("", None, None, ProblemCode.EMPTY_FILE)]


def test_an_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    Workbook().save(path)
    assert problems(path) == [("", None, None, ProblemCode.EMPTY_WORKBOOK)]


def test_a_truncated_workbook(tmp_path: Path) -> None:
    path = save(tmp_path, valid_sheets())
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert problems(path) == [("", None, None, ProblemCode.CORRUPT_FILE)]


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("officers.csv", "HRD-0001,Rajesh\n")
    assert problems(path) == [("", None, None, ProblemCode.NOT_XLSX)]


def test_a_damaged_sheet_inside_a_good_zip(tmp_path: Path) -> None:
    path = save(tmp_path, valid_sheets())
    patch_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    assert problems(path) == [("", None, None, ProblemCode.CORRUPT_FILE)]


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = save(tmp_path, valid_sheets(), "plain.xlsx")
    path = tmp_path / "roster.xlsx"
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    reading = inspect_roster(path)
    assert [(p.sheet, p.reason_code) for p in reading.problems] == [("", ProblemCode.PASSWORD_PROTECTED)]
    assert "password" in reading.problems[0].message


def test_all_or_nothing(tmp_path: Path) -> None:
    sheets = valid_sheets()
    sheets[O][1] = officer(number="12")
    sheets[A][1] = period(starts="soon")
    path = save(tmp_path, sheets)
    reading = inspect_roster(path)
    assert reading.data is None and not reading.ok
    with pytest.raises(RosterError) as raised:
        read_roster(path)
    assert [(p.sheet, p.row) for p in raised.value.problems] == [(O, 2), (A, 2)]
    assert str(raised.value.problems[0]).startswith("Officers row 2 column H: ")


def test_header_row_alone_gives_empty_sheets(tmp_path: Path) -> None:
    sheets = {O: valid_officers(), R: [header(REPRESENTATIVES)], A: [header(AVAILABILITY)]}
    data = read_roster(save(tmp_path, sheets))
    assert (len(data.officers), data.representatives, data.periods) == (4, (), ())
