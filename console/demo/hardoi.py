"""Hardoi district as the demo knows it: real places, fictional people.

Tehsils, development blocks and constituencies are from
shared/data/pilot-districts.md §1. Only the Sandila police circle is sourced;
the demo gives one circle per tehsil plus City. Police stations are named after
block towns, electricity, PWD and irrigation divisions are numbered, the urban
bodies are the larger towns, and the MLC seat and every representative's name
are invented for the demo.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain import RepresentativeKind

DISTRICT = "Hardoi"
DISTRICT_CODE = "HRD"

TEHSILS: tuple[str, ...] = ("Hardoi Sadar", "Shahabad", "Sawayajpur", "Bilgram", "Sandila")
BLOCKS: tuple[str, ...] = (
    "Ahirori", "Bawan", "Behandar", "Bharawan", "Bharkhani", "Bilgram", "Hariyawan", "Harpalpur", "Kachhauna",
    "Kothawan", "Madhoganj", "Mallawan", "Pihani", "Sandi", "Sandila", "Shahabad", "Sursa", "Tadiyawan", "Todarpur",
)
POLICE_CIRCLES: tuple[str, ...] = ("City", "Hardoi Sadar", "Shahabad", "Sawayajpur", "Bilgram", "Sandila")
URBAN_BODIES: tuple[str, ...] = (
    "Nagar Palika Parishad Hardoi", "Nagar Palika Parishad Sandila", "Nagar Palika Parishad Shahabad",
    "Nagar Palika Parishad Bilgram", "Nagar Palika Parishad Mallawan", "Nagar Palika Parishad Pihani",
    "Nagar Panchayat Madhoganj", "Nagar Panchayat Kachhauna", "Nagar Panchayat Gopamau", "Nagar Panchayat Sandi",
)


@dataclass(frozen=True)
class Seat:
    """A representative of the demo district: a real seat, a made-up holder."""

    code: str
    kind: RepresentativeKind
    constituency: str
    name_en: str
    name_hi: str
    weight: float  # how often this representative calls the center, relative to an MLA


SEATS: tuple[Seat, ...] = (
    Seat("MP-HARDOI", RepresentativeKind.MP, "Hardoi (SC)", "Ram Sewak Gautam", "राम सेवक गौतम", 0.6),
    Seat("MP-MISRIKH", RepresentativeKind.MP, "Misrikh (SC)", "Kamla Devi Kanaujia", "कमला देवी कनौजिया", 0.6),
    Seat("MLA-SAWAIJPUR", RepresentativeKind.MLA, "Sawaijpur", "Bhupendra Singh Chauhan", "भूपेन्द्र सिंह चौहान", 1.0),
    Seat("MLA-SHAHABAD", RepresentativeKind.MLA, "Shahabad", "Naseem Ahmad Farooqui", "नसीम अहमद फारूकी", 1.0),
    Seat("MLA-HARDOI", RepresentativeKind.MLA, "Hardoi", "Alok Chandra Dixit", "आलोक चन्द्र दीक्षित", 1.2),
    Seat("MLA-GOPAMAU", RepresentativeKind.MLA, "Gopamau (SC)", "Sunita Bharti", "सुनीता भारती", 1.0),
    Seat("MLA-SANDI", RepresentativeKind.MLA, "Sandi (SC)", "Ramautar Valmiki", "रामऔतार वाल्मीकि", 1.0),
    Seat("MLA-BILGRAM-MALLANWAN", RepresentativeKind.MLA, "Bilgram-Mallanwan", "Shivendra Pratap Singh",
         "शिवेन्द्र प्रताप सिंह", 1.0),
    Seat("MLA-BALAMAU", RepresentativeKind.MLA, "Balamau (SC)", "Chhotelal Pasi", "छोटेलाल पासी", 1.0),
    Seat("MLA-SANDILA", RepresentativeKind.MLA, "Sandila", "Meera Awasthi", "मीरा अवस्थी", 1.0),
    Seat("MLC-HARDOI", RepresentativeKind.MLC, "Hardoi Local Authorities", "Jagdish Narayan Verma",
         "जगदीश नारायण वर्मा", 0.3),
    Seat("ZP-CHAIR-HARDOI", RepresentativeKind.OTHER, "Zila Panchayat Hardoi (chairperson)", "Rekha Yadav",
         "रेखा यादव", 0.3),
)
