"""Text as district clerks type it: Devanagari digits, stray spaces, two spellings of one word.

Two jobs kept apart: :func:`clean` tidies a value that will be stored (it keeps
the words as written), :func:`match_key` folds text only to compare it with
known headers, sheet names and designations (never stored).
"""

from __future__ import annotations

import re
import unicodedata

from console.plain_text import plain_line

DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

_WHITESPACE = re.compile(r"\s+")
_NUKTA = "\u093c"
_MATCH_PUNCTUATION = re.compile(r"[()\[\]{}.,:;'\"*#?!_\-–—/\\|]+")


def clean(text: str) -> str:
    """NFC, nothing invisible (bidirectional overrides, zero-width spaces, controls...), single spaces, no leading or
    trailing space: :func:`console.plain_text.plain_line`. Zero-width (non-)joiners stay: Hindi spellings need them.
    """
    return plain_line(text)


def ascii_digits(text: str) -> str:
    return text.translate(DEVANAGARI_DIGITS)


def match_key(text: str) -> str:
    """Fold case, punctuation, nukta and chandrabindu so "ज़िला (Dist.)" finds "जिला dist"."""
    text = clean(text).casefold().replace("&", " and ")
    text = unicodedata.normalize("NFD", text).replace(_NUKTA, "")
    text = unicodedata.normalize("NFC", text).replace("\u0901", "\u0902")
    text = _MATCH_PUNCTUATION.sub(" ", text.replace(".", ""))  # "B.D.O." is "BDO"
    return _WHITESPACE.sub(" ", text).strip()


_DEVANAGARI_LETTER = re.compile(r"[\u0904-\u0939\u093d\u0950\u0958-\u0961\u0972-\u097f]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def has_devanagari(text: str) -> bool:
    return _DEVANAGARI_LETTER.search(text) is not None


def has_latin(text: str) -> bool:
    return _LATIN_LETTER.search(text) is not None
