"""Offices and constituencies in Hindi, for the window in Hindi.

The roster keeps an officer's office and a representative's constituency as
one text, usually English ("Tehsil Hardoi Sadar", "PWD Construction Division 1,
Hardoi", "Misrikh (SC)"). The district's config names its tehsils, blocks and
constituencies in both languages; with the words offices are made of, a text
made only of known names and words reads in Hindi. A text with anything
unknown is not half-translated: the window shows it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from console.config import DistrictConfig
from console.config_places import Place

# The words offices and seats are made of, as the districts and the demo write them.
OFFICE_WORDS_HI: Mapping[str, str] = {
    "Collectorate": "कलेक्ट्रेट",
    "Vikas Bhawan": "विकास भवन",
    "Zila Panchayat": "ज़िला पंचायत",
    "Veterinary Hospital": "पशु चिकित्सालय",
    "Police Office": "पुलिस कार्यालय",
    "Police Station": "थाना",
    "Kotwali City": "कोतवाली नगर",
    "Circle": "सर्किल",
    "CMO Office": "मुख्य चिकित्सा अधिकारी कार्यालय",
    "BSA Office": "बेसिक शिक्षा अधिकारी कार्यालय",
    "DIOS Office": "ज़िला विद्यालय निरीक्षक कार्यालय",
    "PWD Provincial Division": "लोक निर्माण विभाग प्रांतीय खंड",
    "PWD Construction Division": "लोक निर्माण विभाग निर्माण खंड",
    "Irrigation Division": "सिंचाई खंड",
    "Electricity Distribution Division": "विद्युत वितरण खंड",
    "Electricity Sub-Division": "विद्युत उपखंड",
    "Jal Nigam": "जल निगम",
    "RED Division": "ग्रामीण अभियंत्रण खंड",
    "Nagar Palika Parishad": "नगर पालिका परिषद",
    "Nagar Panchayat": "नगर पंचायत",
    "Tehsil": "तहसील",
    "Block": "विकास खंड",
    "Local Authorities": "स्थानीय प्राधिकारी क्षेत्र",
    "chairperson": "अध्यक्ष",
    "City": "नगर",
    "East": "पूर्व",
    "West": "पश्चिम",
    "Urban": "नगरीय",
    "Rural": "ग्रामीण",
    "SC": "अ.जा.",
    "ST": "अ.ज.जा.",
}
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_LETTERS = re.compile(r"[A-Za-z]")


class PlaceNames:
    def __init__(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._known: dict[str, str] = {}  # a district has a few hundred offices: each is worked out once
        phrases = sorted(self._names, key=len, reverse=True)  # "Hardoi Sadar" before "Hardoi"
        self._pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, phrases)) + r")(?![A-Za-z])") \
            if phrases else None

    @classmethod
    def for_district(cls, config: DistrictConfig) -> PlaceNames:
        geography = config.geography
        places: Iterable[Place] = (*geography.tehsils, *geography.blocks, *geography.assembly_constituencies,
                            *geography.lok_sabha_constituencies)
        names = {place.name_en: place.name_hi for place in places if place.name_en and place.name_hi}
        names[config.name_en] = config.name_hi
        return cls({**OFFICE_WORDS_HI, **names})

    def hindi(self, text: str) -> str:
        """``text`` in Hindi, or "" when some of it is not known (the window then shows it as written)."""
        known = self._known.get(text)
        if known is None:
            known = self._known[text] = self._translate(text)
        return known

    def _translate(self, text: str) -> str:
        if not text or self._pattern is None or not _LETTERS.search(text):
            return ""
        translated = self._pattern.sub(lambda match: self._names[match.group(1)], text)
        translated = re.sub(r"(?<![A-Za-z])(I{1,3}|IV|V)(?![A-Za-z])", lambda match: _ROMAN[match.group(1)],
                            translated)
        return "" if _LETTERS.search(translated) else translated
