from __future__ import annotations

import pytest

from console.desk.case_code import CaseCode, district_prefix


@pytest.mark.parametrize(
    ("district", "prefix"),
    [("hardoi", "HRD"), ("ghaziabad", "GZB"), ("kannauj", "KNJ"), ("lucknow", "LCK"), ("agra", "AGR")],
)
def test_the_prefix_comes_from_the_district_code(district: str, prefix: str) -> None:
    assert district_prefix(district) == prefix


def test_a_district_code_without_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="no letters"):
        district_prefix("123")


def test_a_code_is_prefix_hyphen_and_four_digits_then_five() -> None:
    assert str(CaseCode("HRD", 421)) == "HRD-0421"
    assert len(str(CaseCode("HRD", 421))) == 8
    assert str(CaseCode("HRD", 12345)) == "HRD-12345"
    assert CaseCode("HRD", 7).digits == "0007"


@pytest.mark.parametrize("text", ["HRD-0421", "hrd0421", " hrd - 0421 ", "HRD-421"])
def test_a_code_parses_back(text: str) -> None:
    assert CaseCode.parse(text) == CaseCode("HRD", 421)


@pytest.mark.parametrize("text", ["", "0421", "HRD-", "H-0421", "HRD-04x1"])
def test_a_broken_code_is_refused_by_name(text: str) -> None:
    with pytest.raises(ValueError, match="case code"):
        CaseCode.parse(text)


def test_a_code_needs_capital_letters_and_a_positive_number() -> None:
    with pytest.raises(ValueError, match="prefix"):
        CaseCode("hrd", 1)
    with pytest.raises(ValueError, match="1 or more"):
        CaseCode("HRD", 0)
