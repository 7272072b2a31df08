"""The case code an officer types back: ``HRD-0421``.

Short on purpose: it travels in a Hindi SMS (where every character costs) and
comes back thumbed on a phone keypad. The district's prefix and a sequence that
restarts each year; four digits, five once a year passes 9999. Within a year a
code is unique; across years the number repeats, so a reply is always matched
against the officer's *open* cases, where a clash would need a case left open
for a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX_LENGTH = 3
_VOWELS = frozenset("aeiou")
_PREFIX = re.compile(r"^[A-Z]{2,5}$")
_CODE = re.compile(r"^([A-Z]{2,5})-?([0-9]{1,6})$")
_STORED = re.compile(r"^([A-Z]{2,5})-(?:(20[0-9]{2})-)?([0-9]{1,6})$")


@dataclass(frozen=True, order=True)
class CaseCode:
    prefix: str
    number: int

    def __post_init__(self) -> None:
        if not _PREFIX.fullmatch(self.prefix):
            raise ValueError(f"case code prefix {self.prefix!r}: expected 2 to 5 capital letters, e.g. HRD")
        if self.number < 1:
            raise ValueError(f"case number {self.number}: expected 1 or more")

    def __str__(self) -> str:
        return f"{self.prefix}-{self.number:04d}"

    @property
    def digits(self) -> str:
        """What an officer may reply without the prefix: ``"0421"``."""
        return f"{self.number:04d}"

    @classmethod
    def parse(cls, text: str) -> CaseCode:
        """``"HRD-0421"`` or ``"hrd0421"``; ValueError naming what is wrong for anything else."""
        compact = text.strip().upper().replace(" ", "")
        match = _CODE.fullmatch(compact)
        if match is None:
            raise ValueError(f"case code {text!r}: expected letters, a hyphen and digits, e.g. HRD-0421")
        return cls(match.group(1), int(match.group(2)))

    @classmethod
    def from_stored(cls, text: str) -> CaseCode:
        """The short code of a stored one, which may carry its year: ``HRD-2026-000421`` → ``HRD-0421``."""
        match = _STORED.fullmatch(text.strip().upper())
        if match is None:
            raise ValueError(f"stored case code {text!r}: expected e.g. HRD-0421 or HRD-2026-000421")
        return cls(match.group(1), int(match.group(3)))


def district_prefix(district_code: str) -> str:
    """Three capitals from a district's config code: ``hardoi`` → HRD, ``ghaziabad`` → GZB, ``kannauj`` → KNJ.

    The first letter, then consonants, skipping an ``h`` that only aspirates the
    consonant before it and a letter doubled; the usual Indian abbreviations come out.
    """
    letters = [char for char in district_code.lower() if "a" <= char <= "z"]
    if not letters:
        raise ValueError(f"district code {district_code!r} has no letters to make a case code prefix from")
    picked = [letters[0]]
    previous = letters[0]
    for char in letters[1:]:
        aspirate = char == "h" and previous not in _VOWELS
        if char not in _VOWELS and not aspirate and char != picked[-1]:
            picked.append(char)
        previous = char
        if len(picked) == PREFIX_LENGTH:
            break
    for char in letters[1:]:  # a name nearly all vowels ("aia"): pad from what there is
        if len(picked) == PREFIX_LENGTH:
            break
        picked.append(char)
    while len(picked) < 2:
        picked.append(picked[-1])
    return "".join(picked).upper()
