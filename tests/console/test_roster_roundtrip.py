"""An export read back is the roster that was exported: read(write(x)) == x."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from console.domain import AvailabilityStatus, RepresentativeKind
from console.roster.conversion import (
    officer_from_domain,
    officer_to_domain,
    period_from_domain,
    period_to_domain,
    representative_from_domain,
    representative_to_domain,
)
from console.roster.model import AvailabilityRow, OfficerRow, RepresentativeRow, RosterData
from console.roster.reader import read_roster
from console.roster.writer import write_roster

UTC = timezone.utc


def sample() -> RosterData:
    return RosterData(
        officers=(
            OfficerRow("HRD-0001", "Rajesh Kumar Mishra", "राजेश कुमार मिश्रा", "District Magistrate", "जिलाधिकारी",
                       "Revenue", "Collectorate Hardoi", "+919000000001", ("+915852234567", "+919000200001")),
            OfficerRow("HRD-0002", "=Not A Formula", "", "Officer on Special Duty", "", "Revenue", "",
                       "+919000000002", superior_code="HRD-0001", active=False),
            OfficerRow("HRD-0003", "Anita Singh", "अनीता सिंह", "Chief Development Officer", "मुख्य विकास अधिकारी",
                       "Rural Development", "Vikas Bhawan", "+919000000003", superior_code="HRD-0001"),
        ),
        representatives=(
            RepresentativeRow("MLA-155", RepresentativeKind.MLA, "Suresh Chandra Verma", "सुरेश चन्द्र वर्मा",
                              "Sandila", ("+919000900001", "+915852200100")),
            RepresentativeRow("ZP-1", RepresentativeKind.OTHER, "Kamla Devi", "कमला देवी", "", ("+919000900002",)),
        ),
        periods=(
            AvailabilityRow("HRD-0003", AvailabilityStatus.LEAVE, datetime(2026, 3, 13, 18, 30, tzinfo=UTC),
                            datetime(2026, 3, 16, 18, 30, tzinfo=UTC), "HRD-0001", "Order 12/2026"),
            AvailabilityRow("HRD-0001", AvailabilityStatus.OTHER, datetime(2026, 3, 20, 4, 30, tzinfo=UTC),
                            datetime(2026, 3, 20, 8, 45, tzinfo=UTC)),
            AvailabilityRow("HRD-0001", AvailabilityStatus.ON_DUTY, datetime(2026, 3, 21, 4, 30, tzinfo=UTC),
                            datetime(2026, 3, 21, 18, 30, tzinfo=UTC), note="=A1"),
        ),
    )


def test_write_then_read_gives_the_same_roster(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_roster(path, sample())
    assert read_roster(path) == sample()


def test_the_export_is_plain_values_with_real_dates(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_roster(path, sample())
    with zipfile.ZipFile(path) as archive:
        assert all(b"<f>" not in archive.read(name) for name in archive.namelist() if "worksheets" in name)
    sheet = load_workbook(path)["Availability"]
    assert sheet["C2"].value == datetime(2026, 3, 14) and sheet["C2"].number_format == "DD-MM-YYYY"
    assert sheet["D2"].value == datetime(2026, 3, 16)  # the inclusive last day
    assert sheet["D3"].value == datetime(2026, 3, 20, 14, 15) and sheet["D3"].number_format == "DD-MM-YYYY HH:MM"
    assert load_workbook(path)["Officers"]["H2"].value == "+91 90000 00001"


def test_domain_conversion_round_trip() -> None:
    data = sample()
    ids = {officer.code: number for number, officer in enumerate(data.officers, start=10)}
    codes = {number: code for code, number in ids.items()}
    officers = [officer_to_domain(row, ids) for row in data.officers]
    assert officers[1].superior_id == 10
    back = tuple(officer_from_domain(officer, codes, active=row.active) for officer, row in zip(officers, data.officers))
    assert back == data.officers
    assert tuple(period_from_domain(period_to_domain(row, ids), codes) for row in data.periods) == data.periods
    representatives = data.representatives
    assert tuple(
        representative_from_domain(representative_to_domain(row, number), row.code)
        for number, row in enumerate(representatives)
    ) == representatives


_GIVEN = st.sampled_from([("Rajesh", "राजेश"), ("Sunita", "सुनीता"), ("Imran", "इमरान"), ("O'Neil", "ओनील")])
_FAMILY = st.sampled_from([("Mishra", "मिश्रा"), ("Yadav", "यादव"), ("Khan", "खान"), ("D'Souza", "डिसूज़ा")])
_MINUTES = st.integers(min_value=0, max_value=60 * 24 * 300)
_START = datetime(2026, 1, 1, tzinfo=UTC)


@st.composite
def rosters(draw: st.DrawFn) -> RosterData:
    size = draw(st.integers(min_value=1, max_value=12))
    officers = []
    for index in range(size):
        (given_en, given_hi), (family_en, family_hi) = draw(_GIVEN), draw(_FAMILY)
        superior = draw(st.sampled_from([None, *[f"C{other}" for other in range(index)]]))
        others = tuple(f"+91800000{index:02d}{k:02d}" for k in range(draw(st.integers(0, 2))))
        officers.append(OfficerRow(
            f"C{index}", f"{given_en} {family_en}", draw(st.sampled_from(["", f"{given_hi} {family_hi}"])),
            draw(st.sampled_from(["Tehsildar", "Block Development Officer", "Special Officer"])), "",
            "Revenue", draw(st.sampled_from(["", "Tehsil Sandila", "  "])).strip(), f"+9170000000{index:02d}",
            others, superior, draw(st.booleans()),
        ))
    officers = [_filled(officer) for officer in officers]
    periods = []
    for index in range(0, size, 2):  # even officers may be away; odd ones stand in and are never away
        starts = _START + timedelta(minutes=draw(_MINUTES))
        ends = starts + timedelta(minutes=draw(st.integers(min_value=1, max_value=60 * 24 * 30)))
        alternate = index + 1 if index + 1 < size and officers[index + 1].active else None
        periods.append(AvailabilityRow(
            f"C{index}", draw(st.sampled_from(list(AvailabilityStatus))), starts, ends,
            f"C{alternate}" if alternate is not None else None, draw(st.sampled_from(["", "Order 1", "आदेश २"])),
        ))
    representatives = tuple(
        RepresentativeRow(f"R{index}", kind, "Ram Lal", "राम लाल", "Hardoi", (f"+9160000000{index:02d}",))
        for index, kind in enumerate(draw(st.lists(st.sampled_from(list(RepresentativeKind)), max_size=4)))
    )
    return RosterData(tuple(officers), representatives, tuple(periods))


def _filled(officer: OfficerRow) -> OfficerRow:
    """What the reader makes of a known designation: its Hindi twin filled in."""
    hindi = {"Tehsildar": "तहसीलदार", "Block Development Officer": "खण्ड विकास अधिकारी"}
    return OfficerRow(**{**officer.__dict__, "designation_hi": hindi.get(officer.designation_en, "")})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=rosters())
def test_any_valid_roster_survives_the_round_trip(tmp_path: Path, data: RosterData) -> None:
    path = tmp_path / "roster.xlsx"
    write_roster(path, data)
    assert read_roster(path) == data
