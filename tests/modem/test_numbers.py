"""Dial strings: normalised to +<6–15 digits> or refused with a message naming the culprit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modem.errors import NumberRejected
from modem.numbers import STRICT, normalise_number


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+919876543210", "+919876543210"),
        ("9876543210", "+919876543210"),
        ("09876543210", "+919876543210"),
        ("919876543210", "+919876543210"),
        ("0091 98765 43210", "+919876543210"),
        ("+91 (98765) 43-210", "+919876543210"),
        ("+442071838750", "+442071838750"),
    ],
)
def test_numbers_people_type_are_normalised(raw: str, expected: str) -> None:
    assert normalise_number(raw) == expected


def test_the_refusal_names_the_character_and_its_position() -> None:
    with pytest.raises(NumberRejected, match=r"';' at position 11"):
        normalise_number("9876543210;\rAT+CFUN=0")


def test_a_short_number_is_refused_with_what_it_became() -> None:
    with pytest.raises(NumberRejected, match="6 to 15 digits"):
        normalise_number("12345")


@given(st.text(max_size=30))
def test_whatever_comes_in_only_the_strict_form_comes_out(raw: str) -> None:
    try:
        number = normalise_number(raw)
    except NumberRejected:
        return
    assert STRICT.fullmatch(number)
    assert number.isascii()
