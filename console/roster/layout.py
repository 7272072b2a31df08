"""The documented sheet layout (resources/rosters/README.md) and how headers are recognised.

Columns are found by their header text, never by position: English or Hindi,
any case, spacing or punctuation, in any order. A header row reads best as
"English\\nहिन्दी" in one cell, which is what the template and the export write.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from console.roster.model import ProblemCode, RosterProblem
from console.roster.text import match_key

HEADER_SEARCH_ROWS = 10  # a title or two above the header row is tolerated


@dataclass(frozen=True)
class Column:
    key: str
    label_en: str
    label_hi: str
    required: bool = False  # the column must be present (its cells may still be optional)
    aliases: tuple[str, ...] = ()
    width: int = 18

    @property
    def header(self) -> str:
        return f"{self.label_en}\n{self.label_hi}"

    def spellings(self) -> tuple[str, ...]:
        return (self.label_en, self.label_hi, f"{self.label_en} / {self.label_hi}", *self.aliases)


@dataclass(frozen=True)
class SheetLayout:
    name: str
    name_hi: str
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)

    def matches_name(self, title: str) -> bool:
        return match_key(title) in {match_key(name) for name in (self.name, self.name_hi, *self.aliases)}


_CODE_ALIASES = ("code", "कोड", "id")
_NAME_EN = Column("name_en", "Name (English)", "नाम (अंग्रेज़ी)", True,
                  ("name", "name english", "english name", "नाम अंग्रेजी में"), 26)
_NAME_HI = Column("name_hi", "Name (Hindi)", "नाम (हिन्दी)", False,
                  ("नाम", "नाम हिंदी", "नाम हिंदी में", "hindi name", "name hindi"), 26)

OFFICERS = SheetLayout(
    "Officers", "अधिकारी",
    (
        Column("code", "Officer code", "अधिकारी कोड", True, (*_CODE_ALIASES, "officer id"), 12),
        _NAME_EN,
        _NAME_HI,
        Column("designation_en", "Designation (English)", "पदनाम (अंग्रेज़ी)", True,
               ("designation", "post", "designation english"), 34),
        Column("designation_hi", "Designation (Hindi)", "पदनाम (हिन्दी)", False,
               ("पदनाम", "पद", "पदनाम हिंदी"), 34),
        Column("department", "Department", "विभाग", False, ("dept",), 24),
        Column("office", "Office / tehsil", "कार्यालय / तहसील", False,
               ("office", "tehsil", "block", "place of posting", "कार्यालय", "तहसील", "तैनाती स्थल"), 24),
        Column("official_number", "Official (CUG) number", "आधिकारिक (सीयूजी) नंबर", True,
               ("cug", "cug number", "cug mobile", "cug mobile number", "official number", "official mobile", "mobile",
                "mobile number", "mobile no", "सीयूजी", "सीयूजी नंबर", "सीयूजी नम्बर", "मोबाइल", "मोबाइल नंबर",
                "मोबाइल नम्बर", "आधिकारिक नंबर"), 18),
        Column("other_numbers", "Other numbers", "अन्य नंबर", False,
               ("other number", "other phone", "landline", "अन्य नम्बर", "अन्य फोन"), 22),
        Column("superior_code", "Superior's code", "वरिष्ठ अधिकारी कोड", False,
               ("superior", "superior code", "reports to", "वरिष्ठ अधिकारी", "उच्चाधिकारी कोड",
                "नियंत्रक अधिकारी कोड"), 14),
        Column("active", "Active (yes/no)", "सक्रिय (हाँ/नहीं)", False, ("active", "सक्रिय", "in service"), 10),
    ),
    ("officer", "officers list", "officer list", "अधिकारी सूची", "अधिकारीगण"),
)

REPRESENTATIVES = SheetLayout(
    "Representatives", "जनप्रतिनिधि",
    (
        Column("code", "Representative code", "जनप्रतिनिधि कोड", True, _CODE_ALIASES, 12),
        Column("kind", "Kind (MP/MLA/MLC/other)", "श्रेणी (सांसद/विधायक/एमएलसी/अन्य)", True,
               ("kind", "type", "category", "श्रेणी", "प्रकार"), 14),
        _NAME_EN,
        _NAME_HI,
        Column("constituency", "Constituency", "निर्वाचन क्षेत्र", False, ("क्षेत्र", "seat"), 24),
        Column("registered_numbers", "Registered numbers", "पंजीकृत नंबर", True,
               ("registered number", "numbers", "number", "mobile", "mobile number", "phone", "पंजीकृत नम्बर",
                "मोबाइल नंबर", "मोबाइल नम्बर", "मोबाइल"), 26),
    ),
    ("representative", "public representatives", "जनप्रतिनिधिगण", "janpratinidhi"),
)

AVAILABILITY = SheetLayout(
    "Availability", "उपलब्धता",
    (
        Column("officer_code", "Officer code", "अधिकारी कोड", True, (*_CODE_ALIASES, "officer"), 12),
        Column("status", "Status (leave/training/other/on duty)", "स्थिति (अवकाश/प्रशिक्षण/अन्य/ड्यूटी पर)", True,
               ("status", "स्थिति", "type", "प्रकार"), 16),
        Column("starts", "From (date, time optional)", "दिनांक से", True,
               ("from", "from date", "start", "start date", "से", "दिनांक से"), 18),
        Column("ends", "To (date, inclusive)", "दिनांक तक", True,
               ("to", "to date", "till", "until", "end", "end date", "तक", "दिनांक तक"), 18),
        Column("alternate_code", "Alternate officer code", "प्रतिस्थानी अधिकारी कोड", False,
               ("alternate", "alternate code", "alternate officer", "charge given to", "प्रतिस्थानी", "प्रभार",
                "प्रतिस्थानी कोड", "प्रभारी अधिकारी कोड"), 14),
        Column("note", "Note / order number", "टिप्पणी / आदेश संख्या", False,
               ("note", "remarks", "order number", "order no", "टिप्पणी", "आदेश संख्या", "आदेश सं", "अभ्युक्ति"), 30),
    ),
    ("leave", "leave and training", "availability periods", "अवकाश", "उपलब्धता सूची"),
)

LAYOUTS: tuple[SheetLayout, ...] = (OFFICERS, REPRESENTATIVES, AVAILABILITY)

_SERIAL_NUMBER_HEADERS = frozenset(
    map(match_key, ("s no", "sno", "sl no", "sr no", "serial", "serial number", "क्रम", "क्रमांक", "क्रम सं",
                    "क्रम संख्या", "सं", "#"))
)
_HEADER_PARTS = re.compile(r"\s*(?:\n|/|\|)\s*")


def column_letter(index: int) -> str:
    """0-based column index → Excel letters (0 → "A", 26 → "AA")."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass
class HeaderMap:
    """Where each column of a layout sits in one sheet (0-based indexes)."""

    row: int
    positions: dict[str, int] = field(default_factory=dict)
    ignored: set[int] = field(default_factory=set)  # serial-number columns and the like
    problems: list[RosterProblem] = field(default_factory=list)

    def known_indexes(self) -> frozenset[int]:
        """Columns with a header, recognised or already reported."""
        return frozenset(self.ignored | set(self.positions.values()))


_ABBREVIATIONS = {"no": "number", "nos": "numbers", "नं": "नंबर", "नम्बर": "नंबर", "हिंदी": "हिन्दी"}


def _header_key(text: str) -> str:
    """:func:`match_key` with "No." read as "number", so "CUG Mobile No." finds "CUG mobile number"."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in match_key(text).split(" "))


class _Spellings:
    def __init__(self, layout: SheetLayout) -> None:
        self.by_spelling: dict[str, str] = {}
        for column in layout.columns:
            for spelling in column.spellings():
                self.by_spelling.setdefault(_header_key(spelling), column.key)

    def key_for(self, header: str) -> str | None:
        whole = self.by_spelling.get(_header_key(header))
        if whole is not None:
            return whole
        keys = {self.by_spelling.get(_header_key(part)) for part in _HEADER_PARTS.split(header) if part.strip()}
        keys.discard(None)
        return keys.pop() if len(keys) == 1 else None


_SPELLINGS: dict[str, _Spellings] = {}


def _spellings_for(layout: SheetLayout) -> _Spellings:
    if layout.name not in _SPELLINGS:
        _SPELLINGS[layout.name] = _Spellings(layout)
    return _SPELLINGS[layout.name]


def header_score(layout: SheetLayout, cells: Sequence[object]) -> int:
    """How many of the layout's columns a row names: the header row is the first that names two."""
    spellings = _spellings_for(layout)
    return len({spellings.key_for(str(cell)) for cell in cells if isinstance(cell, str)} - {None})


def map_header(layout: SheetLayout, row: int, cells: Sequence[object]) -> HeaderMap:
    spellings = _spellings_for(layout)
    header = HeaderMap(row)
    for index, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        if text == "#" or match_key(text) in _SERIAL_NUMBER_HEADERS:
            header.ignored.add(index)
            continue
        key = spellings.key_for(text)
        letter = column_letter(index)
        if key is None or key in header.positions:
            header.ignored.add(index)  # reported here, not again in every row
        if key is None:
            header.problems.append(RosterProblem(
                layout.name, row, letter, ProblemCode.UNKNOWN_COLUMN,
                f"unknown column header {text!r}{_suggestion(layout, text)}",
            ))
        elif key in header.positions:
            first = column_letter(header.positions[key])
            header.problems.append(RosterProblem(
                layout.name, row, letter, ProblemCode.DUPLICATE_COLUMN,
                f"column {text!r} repeats column {first} ({layout.column(key).label_en})",
            ))
        else:
            header.positions[key] = index
    for column in layout.columns:
        if column.required and column.key not in header.positions:
            header.problems.append(RosterProblem(
                layout.name, row, None, ProblemCode.MISSING_COLUMN,
                f"required column {column.label_en!r} ({column.label_hi}) is missing from the header row",
            ))
    return header


def _suggestion(layout: SheetLayout, text: str) -> str:
    labels = {match_key(column.label_en): column.label_en for column in layout.columns}
    close = difflib.get_close_matches(match_key(text), list(labels), n=1, cutoff=0.6)
    return f"; did you mean {labels[close[0]]!r}?" if close else ""
