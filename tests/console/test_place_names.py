"""Offices and constituencies read in Hindi when the district's place names and the office words make them."""

from __future__ import annotations

import pytest

from console.config import load_district_config
from console.demo.hardoi import SEATS
from console.demo.officers import posts
from console.place_names import PlaceNames

HARDOI = PlaceNames.for_district(load_district_config("hardoi", environ={}))


@pytest.mark.parametrize(("english", "hindi"), [
    ("Tehsil Hardoi Sadar", "तहसील सदर, हरदोई"),
    ("Block Ahirori", "विकास खंड अहीरोरी"),
    ("PWD Construction Division 1, Hardoi", "लोक निर्माण विभाग निर्माण खंड 1, हरदोई"),
    ("Electricity Distribution Division III, Hardoi", "विद्युत वितरण खंड 3, हरदोई"),
    ("Police Station Kotwali City, Hardoi", "थाना कोतवाली नगर, हरदोई"),
    ("Misrikh (SC)", "मिसरिख (अ.जा.)"),
    ("Bilgram-Mallanwan", "बिलग्राम-मल्लांवा"),
])
def test_known_places_read_in_hindi(english: str, hindi: str) -> None:
    assert HARDOI.hindi(english) == hindi


def test_anything_unknown_is_left_as_written() -> None:
    assert HARDOI.hindi("Sugar Mill Colony, Hardoi") == ""  # never half Hindi, half English
    assert HARDOI.hindi("") == "" and HARDOI.hindi("हरदोई") == ""


def test_every_office_and_seat_of_the_demo_district_reads_in_hindi() -> None:
    offices = {post.office for post in posts()} | {seat.constituency for seat in SEATS}
    assert [office for office in sorted(offices) if not HARDOI.hindi(office)] == []
