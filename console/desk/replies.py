"""Reading an officer's SMS reply: is it a confirmation, and of which case?

Officers reply the way phones and habits let them: ``"0421 ok"``,
``"HRD 0421 OK"``, ``"hrd-0421 हाँ"``, ``"०४२१ हां"``, ``"Hrd0421ok."``. The
parser folds case, spacing, punctuation, Devanagari digits and the two ways of
writing the nasal in हाँ/हां, then accepts only a reply made of the case code
(prefix optional), at least one of the district's reply words and polite
filler. Anything else (another word, two codes, a foreign prefix, "not ok")
is not a confirmation: the caller logs it and leaves the case alone, because a
wrongly confirmed case silences the alarm for a representative still waiting.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

_CANDRABINDU = "\u0901"
_ANUSVARA = "\u0902"
_NUKTA = "\u093c"
FILLER_WORDS = frozenset({"sir", "ji", "जी", "सर", "shriman", "श्रीमान", "please", "pls"})
_MAX_NUMBER_DIGITS = 6


class ReplyVerdict(str, Enum):
    CONFIRMATION = "confirmation"
    NO_CODE = "no_code"  # no case number in the text
    NO_KEYWORD = "no_keyword"  # a case number but none of the reply words
    SEVERAL_CODES = "several_codes"  # more than one number: which case?
    OTHER_PREFIX = "other_prefix"  # letters glued to the number that are not the district's prefix
    UNEXPECTED_WORDS = "unexpected_words"  # words that are neither code, reply word nor filler


@dataclass(frozen=True)
class Reply:
    verdict: ReplyVerdict
    number: int | None = None  # the case number when one was read
    prefix_given: bool = False
    keyword: str = ""  # the reply word as the officer wrote it, folded
    unexpected: tuple[str, ...] = ()

    @property
    def confirms(self) -> bool:
        return self.verdict is ReplyVerdict.CONFIRMATION


def fold(text: str) -> str:
    """Case, compatibility forms, Devanagari digits, nukta and the nasal marks folded to one spelling."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.replace(_CANDRABINDU, _ANUSVARA).replace(_NUKTA, "")
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in folded)


def tokens(text: str) -> list[str]:
    """Digit runs and letter runs of the folded text; a Devanagari sign stays on its letter; the rest separates.

    ``re``'s ``\\w`` would not do: it does not count vowel signs (ा, ि) and nasals (ं) as word characters.
    """
    found: list[str] = []
    current: list[str] = []
    current_kind = ""
    for char in fold(text):
        kind = _kind(char)
        if kind != current_kind or kind == "":
            if current:
                found.append("".join(current))
            current = []
        if kind:
            current.append(char)
        current_kind = kind
    if current:
        found.append("".join(current))
    return found


def _kind(char: str) -> str:
    if char.isascii() and char.isdigit():
        return "digit"
    if char.isalpha() or (unicodedata.category(char).startswith("M") and not char.isascii()):
        return "letter"
    return ""


class ReplyReader:
    """Reads replies for one district: its case-code prefix and its reply words."""

    def __init__(self, prefix: str, reply_words: Iterable[str]) -> None:
        self.prefix = fold(prefix)
        self.reply_words = frozenset(fold(word) for word in reply_words if word.strip())
        if not self.reply_words:
            raise ValueError("a reply reader needs at least one reply word")

    def read(self, text: str) -> Reply:
        numbers: list[int] = []
        prefix_given = False
        keyword = ""
        unexpected: list[str] = []
        foreign_prefix = ""
        words = tokens(text)
        for index, token in enumerate(words):
            if token.isdigit():
                if len(token) > _MAX_NUMBER_DIGITS:
                    unexpected.append(token)
                else:
                    numbers.append(int(token))
                continue
            followed_by_number = index + 1 < len(words) and words[index + 1].isdigit()
            if token == self.prefix:
                prefix_given = True
            elif token in self.reply_words:
                keyword = keyword or token
            elif token in FILLER_WORDS:
                continue
            else:
                unexpected.append(token)
                if followed_by_number and token.isascii() and 2 <= len(token) <= 5:
                    foreign_prefix = token
        numbers = _drop_year(numbers)
        number = numbers[0] if len(numbers) == 1 else None
        if not numbers:
            return Reply(ReplyVerdict.NO_CODE, None, prefix_given, keyword, tuple(unexpected))
        if len(numbers) > 1:
            return Reply(ReplyVerdict.SEVERAL_CODES, None, prefix_given, keyword, tuple(unexpected))
        if unexpected == [foreign_prefix]:
            return Reply(ReplyVerdict.OTHER_PREFIX, None, False, keyword, (foreign_prefix,))
        if unexpected:
            return Reply(ReplyVerdict.UNEXPECTED_WORDS, number, prefix_given, keyword, tuple(unexpected))
        if not keyword:
            return Reply(ReplyVerdict.NO_KEYWORD, number, prefix_given)
        return Reply(ReplyVerdict.CONFIRMATION, number, prefix_given, keyword)


def _drop_year(numbers: list[int]) -> list[int]:
    """``HRD-2026-0421`` (a code written with its year) reads as case 421."""
    if len(numbers) == 2 and 2000 <= numbers[0] <= 2099:
        return numbers[1:]
    return numbers
