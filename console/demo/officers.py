"""The demo district's officers: real UP posts for Hardoi's tehsils and blocks, fictional holders.

Posts come first (the DM is HRD-0001), each with the place it serves, so a
Tehsildar reports to the SDM of the same tehsil and an ADO (Panchayat) to the
DPRO; superiors follow the designation table. A district needs about 200; for
benchmarks the list repeats its field posts, numbered, up to any size.

Official numbers are "+91 90000 NNNNN" (second mobiles "+91 90001 NNNNN"):
valid in the Indian numbering plan, so they pass the roster checks, and made of
runs of zeros so nobody takes them for real. India reserves no fictional range;
the demo's modems are simulated, so these numbers are never dialled.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from console.demo.hardoi import BLOCKS, DISTRICT, POLICE_CIRCLES, TEHSILS, URBAN_BODIES
from console.demo.names import DOCTOR, random_name
from console.roster.designations import BY_KEY
from console.roster.model import OfficerRow

OFFICIAL_NUMBER_PREFIX = "+9190000"
SECOND_NUMBER_PREFIX = "+9190001"
_DOCTORS = frozenset({"cmo", "acmo", "chief_veterinary_officer"})


@dataclass(frozen=True)
class Post:
    designation: str  # key into console.roster.designations.BY_KEY
    office: str
    place: str = ""  # the tehsil, block or circle served; "" for district-wide posts


def _district_posts() -> Iterator[Post]:
    collectorate, vikas_bhawan = f"Collectorate, {DISTRICT}", f"Vikas Bhawan, {DISTRICT}"
    for key in ("dm", "adm_finance_revenue", "adm_administration", "adm_judicial", "adm_land_acquisition",
                "city_magistrate",
                "chief_treasury_officer", "treasury_officer", "district_supply_officer", "district_mining_officer",
                "district_excise_officer", "district_employment_officer", "labour_enforcement_officer"):
        yield Post(key, collectorate)
    for key in ("cdo", "district_development_officer", "project_director_drda", "deputy_commissioner_mgnrega",
                "deputy_commissioner_nrlm", "dpro", "district_statistics_officer", "district_social_welfare_officer",
                "district_programme_officer", "district_probation_officer", "district_backward_class_welfare_officer",
                "district_minority_welfare_officer", "district_divyangjan_officer", "deputy_director_agriculture",
                "district_agriculture_officer", "district_agriculture_protection_officer",
                "district_horticulture_officer", "district_sports_officer"):
        yield Post(key, vikas_bhawan)
    yield Post("additional_chief_officer_zila_panchayat", f"Zila Panchayat, {DISTRICT}")
    yield Post("chief_veterinary_officer", f"Veterinary Hospital, {DISTRICT}")
    yield Post("sp", f"Police Office, {DISTRICT}")
    for zone in ("East", "West"):
        yield Post("asp", f"Police Office, {DISTRICT} ({zone})")
    yield Post("cmo", f"CMO Office, {DISTRICT}")
    for _ in range(3):
        yield Post("acmo", f"CMO Office, {DISTRICT}")
    yield Post("bsa", f"BSA Office, {DISTRICT}")
    yield Post("dios", f"DIOS Office, {DISTRICT}")
    for division in ("Provincial Division", "Construction Division 1", "Construction Division 2"):
        yield Post("executive_engineer_pwd", f"PWD {division}, {DISTRICT}")
    for number in (1, 2):
        yield Post("executive_engineer_irrigation", f"Irrigation Division {number}, {DISTRICT}")
    for numeral in ("I", "II", "III"):
        yield Post("executive_engineer_electricity", f"Electricity Distribution Division {numeral}, {DISTRICT}")
    for area in ("Urban", "Rural"):
        yield Post("executive_engineer_jal_nigam", f"Jal Nigam ({area}), {DISTRICT}")
    yield Post("executive_engineer_rural_engineering", f"RED Division, {DISTRICT}")
    for body in URBAN_BODIES:
        yield Post("executive_officer_urban", body, body)


def _field_posts(round_number: int) -> Iterator[Post]:
    """Posts in every tehsil, circle and block; later rounds are the extra seats a benchmark needs."""
    suffix = f" ({round_number})" if round_number > 1 else ""
    for tehsil in TEHSILS:
        office = f"Tehsil {tehsil}{suffix}"
        if round_number == 1:
            yield Post("sdm", office, tehsil)
            yield Post("tehsildar", office, tehsil)
        yield Post("naib_tehsildar", office, tehsil)
        yield Post("naib_tehsildar", office, tehsil)
        yield Post("supply_inspector", office, tehsil)
        yield Post("excise_inspector", office, tehsil)
        yield Post("sdo_electricity", f"Electricity Sub-Division {tehsil}{suffix}", tehsil)
    if round_number == 1:
        yield Post("naib_tehsildar", f"Tehsil {TEHSILS[0]}", TEHSILS[0])  # the headquarters tehsil has three
        yield Post("sdo_electricity", f"Electricity Sub-Division {DISTRICT} City", TEHSILS[0])
        for circle in POLICE_CIRCLES:
            yield Post("co", f"Circle {circle}", circle)
    for index, block in enumerate(BLOCKS):
        office = f"Block {block}{suffix}"
        if round_number == 1:
            yield Post("bdo", office, block)
        yield Post("ado_panchayat", office, block)
        yield Post("beo", office, block)
        yield Post("cdpo", office, block)
        yield Post("sho", f"Police Station {block}{suffix}", POLICE_CIRCLES[index % len(POLICE_CIRCLES)])
    if round_number == 1:
        yield Post("sho", f"Police Station Kotwali City, {DISTRICT}", "City")


def posts(count: int | None = None) -> list[Post]:
    """The district's establishment (about 200 posts), or exactly ``count`` posts."""
    found: list[Post] = [*_district_posts(), *_field_posts(1)]
    if count is None:
        return found
    round_number = 2
    while len(found) < count:
        found.extend(_field_posts(round_number))
        round_number += 1
    return found[:count]


def build_officers(rng: random.Random, count: int | None, district_code: str) -> list[OfficerRow]:
    chosen = posts(count)
    codes = [f"{district_code}-{index:04d}" for index in range(1, len(chosen) + 1)]
    superiors = _Superiors(chosen, codes)
    names_seen: set[str] = set()
    officers = []
    for index, (post, code) in enumerate(zip(chosen, codes)):
        designation = BY_KEY[post.designation]
        title = DOCTOR if post.designation in _DOCTORS else None
        name = random_name(rng, title=title)
        for _ in range(20):  # a district rarely has two officers of one name
            if name.name_en not in names_seen:
                break
            name = random_name(rng, title=title)
        names_seen.add(name.name_en)
        number = index + 1
        others = (f"{SECOND_NUMBER_PREFIX}{number:05d}",) if rng.random() < 0.15 else ()
        officers.append(OfficerRow(
            code=code,
            name_en=name.name_en,
            name_hi=name.name_hi,
            designation_en=designation.name_en,
            designation_hi=designation.name_hi,
            department=designation.department,
            office=post.office,
            official_number=f"{OFFICIAL_NUMBER_PREFIX}{number:05d}",
            other_numbers=others,
            superior_code=superiors.of(index),
            active=index < 40 or rng.random() >= 0.01,  # a few field officers transferred out
        ))
    return officers


class _Superiors:
    """The usual superior's holder: in the same place when there is one, else one of the district's."""

    def __init__(self, chosen: list[Post], codes: list[str]) -> None:
        self.chosen, self.codes = chosen, codes
        self.holders: dict[str, list[int]] = {}
        self.local: dict[tuple[str, str], int] = {}
        for position, post in enumerate(chosen):
            self.holders.setdefault(post.designation, []).append(position)
            if post.place:
                self.local.setdefault((post.designation, post.place), position)

    def of(self, index: int) -> str | None:
        post = self.chosen[index]
        for key in BY_KEY[post.designation].superiors:
            holders = self.holders.get(key)
            if not holders:
                continue
            position = self.local.get((key, post.place), holders[index % len(holders)])
            return self.codes[position]
        return None
