"""The number policy: parsing as operators type, the register, and the modem's dial string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import ContactNumberKind, Officer, Representative, RepresentativeKind
from console.phone import (
    InvalidNumber,
    NotOnRegister,
    NumberKind,
    NumberProblem,
    NumberRegister,
    PartyKind,
    _parse_with_metadata,
    check_number,
    dial_string,
    display,
    normalise,
    parse_number,
)

MOBILE = "+919876543210"


@pytest.mark.parametrize(
    "text",
    [
        "+91 98765 43210",
        "09876543210",
        "098765-43210",
        "0091 98765 43210",
        "0091-9876543210",
        "9876543210",
        "919876543210",
        "+91-98765-43210",
        "+91 098765 43210",
        "(0) 98765 43210",
        "९८७६५४३२१०",
        "०९८७६५४३२१०",
        "+९१ ९८७६५ ४३२१०",
        "９８７６５４３２１０",
        "  98765 43210\n",
    ],
)
def test_ways_of_writing_one_mobile(text: str) -> None:
    parsed = parse_number(text)
    assert (parsed.e164, parsed.kind, parsed.national) == (MOBILE, NumberKind.MOBILE, "9876543210")


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("05852-234567", "+915852234567"),  # Hardoi
        ("05852 234567", "+915852234567"),
        ("+91 5852 234567", "+915852234567"),
        ("0120-2345678", "+911202345678"),  # Ghaziabad
        ("05694-234567", "+915694234567"),  # Kannauj
        ("011-23456789", "+911123456789"),
    ],
)
def test_landlines_with_std_codes(text: str, e164: str) -> None:
    parsed = parse_number(text)
    assert (parsed.e164, parsed.kind) == (e164, NumberKind.LANDLINE)


@pytest.mark.parametrize("lead", "6789")
def test_every_mobile_series_from_6_to_9_is_accepted(lead: str) -> None:
    assert parse_number(lead + "000000001").kind is NumberKind.MOBILE


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", NumberProblem.EMPTY),
        ("   ", NumberProblem.EMPTY),
        ("98765 4321O", NumberProblem.LETTERS),  # letter O for zero
        ("call me", NumberProblem.LETTERS),
        ("1-800-FLOWERS", NumberProblem.LETTERS),
        ("*123#", NumberProblem.SERVICE_CODE),
        ("*#06#", NumberProblem.SERVICE_CODE),
        ("98765;43210", NumberProblem.INVALID_CHARACTERS),
        ("98765+43210", NumberProblem.INVALID_CHARACTERS),
        ("100", NumberProblem.TOO_SHORT),
        ("112", NumberProblem.TOO_SHORT),
        ("98765", NumberProblem.TOO_SHORT),
        ("987654321", NumberProblem.TOO_SHORT),
        ("98765432101", NumberProblem.TOO_LONG),
        ("987654321012345678", NumberProblem.TOO_LONG),
        ("+91 55555 55555", NumberProblem.INVALID),
        ("0000000000", NumberProblem.TOO_SHORT),  # the leading 0 is the trunk prefix
        ("1800-180-1551", NumberProblem.UNSUPPORTED_TYPE),
        ("+44 20 7946 0958", NumberProblem.FOREIGN),
    ],
)
def test_refused_with_a_reason(text: str, problem: NumberProblem) -> None:
    with pytest.raises(InvalidNumber) as raised:
        parse_number(text)
    assert raised.value.problem is problem and raised.value.text == text
    assert check_number(text) is problem


def test_foreign_numbers_only_when_asked_for() -> None:
    parsed = parse_number("+44 20 7946 0958", allow_foreign=True)
    assert (parsed.e164, parsed.kind) == ("+442079460958", NumberKind.FOREIGN)
    with pytest.raises(InvalidNumber):
        parse_number("+44 20 0000", allow_foreign=True)


def test_normalise_display_and_check() -> None:
    assert normalise("098765-43210") == MOBILE
    assert display(MOBILE) == "+91 98765 43210"
    assert display("not a number") == "not a number"
    assert check_number("9876543210") is None


@pytest.mark.parametrize("good", [MOBILE, "+915852234567", "+123456"])
def test_dial_string_accepts_only_plus_and_digits(good: str) -> None:
    assert dial_string(good) == good


@pytest.mark.parametrize("bad", ["919876543210", "+91 98765 43210", "+9198765;H", "+12345", "+1234567890123456", "+91987654321\r"])
def test_dial_string_refuses_anything_a_modem_could_misread(bad: str) -> None:
    with pytest.raises(InvalidNumber) as raised:
        dial_string(bad)
    assert raised.value.problem is NumberProblem.NOT_E164


# --- the register -----------------------------------------------------------------------------------

OFFICERS = [
    Officer(1, "A. Kumar", "ए. कुमार", "SDM", "उप जिलाधिकारी", "Revenue", "Sadar", MOBILE, other_numbers=("05852-234567",)),
    Officer(2, "B. Devi", "बी. देवी", "Tehsildar", "तहसीलदार", "Revenue", "Sadar", "+91 91234 56789"),
    Officer(3, "C. Lal", "सी. लाल", "BDO", "खण्ड विकास अधिकारी", "Rural Development", "Bawan", "no number"),
]
REPRESENTATIVES = [
    Representative(10, RepresentativeKind.MLA, "D. Singh", "डी. सिंह", "Sandila", ("07000000001", "+91 80000 00002")),
]


def register() -> NumberRegister:
    return NumberRegister.build(OFFICERS, REPRESENTATIVES)


@pytest.mark.parametrize("written", [MOBILE, "09876543210", "98765 43210", "९८७६५४३२१०", "919876543210"])
def test_an_official_number_is_dialable_however_written(written: str) -> None:
    party = register().check_dialable(written)
    assert (party.party, party.party_id, party.number_kind, party.e164) == (
        PartyKind.OFFICER,
        1,
        ContactNumberKind.OFFICIAL,
        MOBILE,
    )


def test_representatives_registered_numbers_are_dialable() -> None:
    party = register().check_dialable("8000000002")
    assert (party.party, party.party_id, party.number_kind) == (PartyKind.REPRESENTATIVE, 10, ContactNumberKind.REGISTERED)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("9999999999", NumberProblem.NOT_ON_REGISTER),
        ("05852-234567", NumberProblem.NOT_DIALLABLE),  # an officer's other number: identified, never dialled
        ("*123#", NumberProblem.SERVICE_CODE),
    ],
)
def test_other_numbers_are_refused_with_a_reason(text: str, problem: NumberProblem) -> None:
    with pytest.raises(NotOnRegister) as raised:
        register().check_dialable(text)
    assert raised.value.problem is problem


def test_identify_incoming_senders() -> None:
    book = register()
    officer = book.identify("+919876543210")
    assert officer is not None and (officer.party, officer.party_id) == (PartyKind.OFFICER, 1)
    other = book.identify("5852234567")
    assert other is not None and (other.party_id, other.number_kind) == (1, ContactNumberKind.OTHER)
    representative = book.identify("917000000001")
    assert representative is not None and representative.party is PartyKind.REPRESENTATIVE
    assert book.identify("+919999999999") is None
    assert book.identify("VM-SBIINB") is None
    assert book.identify("") is None


def test_bad_roster_numbers_are_kept_as_problems_not_dropped_silently() -> None:
    book = register()
    assert [(p.party, p.party_id, p.text, p.problem) for p in book.problems] == [
        (PartyKind.OFFICER, 3, "no number", NumberProblem.LETTERS)
    ]


def test_a_shared_number_keeps_the_diallable_holder_and_reports_the_other() -> None:
    clash = Officer(4, "E", "ई", "Naib Tehsildar", "नायब तहसीलदार", "Revenue", "Sadar", "05852-234567")
    book = NumberRegister.build(OFFICERS + [clash])
    holder = book.check_dialable("05852-234567")
    assert (holder.party_id, holder.number_kind) == (4, ContactNumberKind.OFFICIAL)
    assert [(d.kept.party_id, d.dropped.party_id) for d in book.duplicates] == [(4, 1)]


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from("6789"), st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_the_shortcut_for_stored_mobiles_answers_as_the_metadata_does(lead: str, rest: int, foreign: bool) -> None:
    text = f"+91{lead}{rest:09d}"
    assert parse_number(text, allow_foreign=foreign) == _parse_with_metadata(text, allow_foreign=foreign)


@pytest.mark.parametrize("text", ["+9198765432100", "+91 9876543210", "+91५८७६५४३२१०", "+9159876543210"])
def test_near_misses_of_the_shortcut_take_the_full_parse(text: str) -> None:
    try:
        expected: object = _parse_with_metadata(text, allow_foreign=False)
    except InvalidNumber as error:
        expected = error.problem
    try:
        got: object = parse_number(text)
    except InvalidNumber as error:
        got = error.problem
    assert got == expected
