"""``samvad-setu calendar``: open or closed at an instant, and a year's holidays."""

from __future__ import annotations

import pytest

from console.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_open_on_a_working_afternoon(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "--at", "2026-03-06T16:00")
    assert code == 0
    assert out.splitlines()[0] == "Hardoi (हरदोई) — 2026-03-06 16:00 IST (Friday)"
    assert "OPEN now (working day); closes 2026-03-06 17:00 IST (Friday)" in out
    assert "next opening: 2026-03-07 10:00 IST (Saturday)" in out


def test_closed_on_holi_names_the_holiday_and_the_next_opening(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "--at", "2026-03-04T06:30:00+00:00")  # 12:00 IST
    assert code == 0
    assert "CLOSED now (public holiday — Holi / होली); opens 2026-03-05 10:00 IST (Thursday)" in out
    assert "then closes: 2026-03-05 17:00 IST (Thursday)" in out


def test_closed_in_the_evening_and_warned_about_provisional_2027(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "--district", "kannauj", "--at", "2026-12-31T18:00")
    assert out.startswith("Kannauj (कन्नौज)")
    assert "CLOSED now (outside office hours on a working day); opens 2027-01-01 10:00 IST (Friday)" in out
    assert "the holiday list of 2027 is provisional" in out


def test_a_year_without_data_is_warned(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "--at", "2028-01-26T12:00")
    assert "OPEN now" in out
    assert "no holiday data for 2028" in out


def test_holidays_of_2026_list_the_public_ones_with_status(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "holidays", "--year", "2026")
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("2026-")]
    assert len(rows) == 26
    assert any(row.startswith("2026-03-03  Tue  public") and "होली (अतिरिक्त अवकाश)" in row for row in rows)
    assert any(row.startswith("2026-06-26") and "unconfirmed" in row for row in rows)
    assert out.rstrip().endswith("26 holidays")


def test_holidays_with_all_include_the_restricted_ones(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "holidays", "--year", "2026", "--all")
    assert out.rstrip().endswith("57 holidays")
    assert "Holi (second day) / होली (द्वितीय दिवस) (office open)" in out


def test_holidays_of_2027_say_provisional(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "holidays", "--year", "2027", "--district", "ghaziabad")
    assert out.startswith("Ghaziabad (गाज़ियाबाद)")
    assert "provisional" in out.splitlines()[1]
    assert "2027-01-26  Tue  public      provisional: fixed date" in out
    assert "2027-03-22  Mon  public      provisional: estimated" in out


def test_the_district_may_be_given_before_the_action(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "calendar", "--district", "kannauj", "holidays", "--year", "2026")
    assert out.startswith("Kannauj (कन्नौज)")


def test_an_unknown_district_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "calendar", "--district", "lucknow", "--at", "2026-03-04T12:00")
    assert code == 1 and out == ""
    assert "unknown district 'lucknow'; known: ghaziabad, hardoi, kannauj" in err


def test_a_bad_instant_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "calendar", "--at", "yesterday")
    assert code == 1
    assert "--at: expected an ISO 8601 date and time such as 2026-03-04T12:00, got 'yesterday'" in err
