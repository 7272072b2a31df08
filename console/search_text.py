"""How search folds Hindi and English text so that near spellings meet.

Two levels, both applied to the index and to the query alike:

``fold`` — what the operator sees as the same word: NFD, Latin accents dropped,
the nukta dropped (ज़ → ज, ड़ → ड, क़ → क), chandrabindu read as anusvara
(ँ → ं), ZWJ/ZWNJ dropped, case folded, Devanagari digits to ASCII, then NFC.

``skeleton`` — what sounds alike, in one Latin consonant alphabet for both
scripts, so "tehsildar", "tahsildar", "तहसीलदार" and "तहसिलदार" all become
``thsldr``: vowels and matras dropped (a leading vowel kept as ``a``, so
"Amit" and "Mit" stay apart), aspirates merged with their plain consonant
(kh→k, ध→d), sibilants merged (sh, ष, श → s), w→v, z→j, q→k, c→k (after ch),
ऋ and ृ → r, anusvara → n (m before प फ ब भ म, as it is spoken; a final ंह
→ ng, for सिंह "Singh"), repeated
consonants collapsed (Mallawan, मल्लावां → mlvn). It is deliberately coarse:
ranking puts exact and prefix matches above skeleton matches.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NUKTA = "\u093c"
_CHANDRABINDU = "\u0901"
_ANUSVARA = "\u0902"
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_TOKEN = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f]+")
_FOLD_TABLE: dict[int, str | None] = {
    **{code: None for code in range(0x0300, 0x0370)},  # Latin accents
    ord(_NUKTA): None,
    0x200C: None,  # ZWNJ
    0x200D: None,  # ZWJ
    ord(_CHANDRABINDU): _ANUSVARA,
    **{0x0966 + value: str(value) for value in range(10)},  # Devanagari digits
}

_LATIN_DIGRAPHS = (
    ("chh", "\x01"),  # kept apart from a lone c (→ k) until the end
    ("ch", "\x01"),
    ("kh", "k"),
    ("gh", "g"),
    ("jh", "j"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("bh", "b"),
    ("sh", "s"),
    ("ck", "k"),
)
_LATIN_SINGLE = str.maketrans({"q": "k", "x": "ks", "w": "v", "z": "j", "c": "k", "\x01": "c"})
_LATIN_VOWELS = frozenset("aeiou")

_DEVANAGARI_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
        ["k", "k", "g", "g", "n", "c", "c", "j", "j", "n", "t", "t", "d", "d", "n", "t", "t", "d", "d", "n"]
        + ["p", "f", "b", "b", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l"],
    )
)
_DEVANAGARI_VOWELS = frozenset("अआइईउऊएऐओऔऍऑऎऒ")
_LABIALS = frozenset("पफबभम")
_VOCALIC_R = frozenset("ऋॠृॄ")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_FOLD_TABLE).casefold())


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[str, ...]:
    """Folded words; a hyphenated or dotted compound also gives its joined form ("subdivisional")."""
    found: list[str] = []
    for chunk in fold(text).split():
        parts = _TOKEN.findall(chunk)
        found.extend(parts)
        if len(parts) > 1:
            found.append("".join(parts))
    return tuple(found)


def is_devanagari(token: str) -> bool:
    return _DEVANAGARI.search(token) is not None


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The consonant skeleton of one folded token (see the module's notes)."""
    raw = _devanagari_skeleton(token) if is_devanagari(token) else _latin_skeleton(token)
    collapsed: list[str] = []
    for ch in raw:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


def _latin_skeleton(token: str) -> str:
    for digraph, replacement in _LATIN_DIGRAPHS:
        token = token.replace(digraph, replacement)
    token = token.translate(_LATIN_SINGLE)
    if not token:
        return ""
    head = "a" if token[0] in _LATIN_VOWELS else token[0]
    return head + "".join(ch for ch in token[1:] if ch not in _LATIN_VOWELS)


def _devanagari_skeleton(token: str) -> str:
    out: list[str] = []
    for index, ch in enumerate(token):
        consonant = _DEVANAGARI_CONSONANTS.get(ch)
        if consonant is not None:
            out.append(consonant)
        elif ch in _VOCALIC_R:
            out.append("r")
        elif ch in _DEVANAGARI_VOWELS:
            if index == 0:
                out.append("a")
        elif ch == _ANUSVARA:
            following = token[index + 1] if index + 1 < len(token) else ""
            if following == "ह" and index + 2 == len(token):
                out.append("ng")  # सिंह is written "Singh": its final ह is heard as the g
                break
            out.append("m" if following in _LABIALS else "n")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
    return "".join(out)


_STOP_WORDS = frozenset({"of", "and", "the", "for", "in"})


@lru_cache(maxsize=4096)
def initials(text: str) -> frozenset[str]:
    """"Sub-Divisional Magistrate" → {"sdm"}; "District Inspector of Schools" → {"dios", "dis"}."""
    words = [part for chunk in fold(text).split() for part in _TOKEN.findall(chunk) if not part.isdigit()]
    words = [word for word in words if not is_devanagari(word)]
    found = set()
    for chosen in (words, [word for word in words if word not in _STOP_WORDS]):
        if len(chosen) >= 2:
            found.add("".join(word[0] for word in chosen))
    return frozenset(found)
