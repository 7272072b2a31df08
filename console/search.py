"""Officer and representative search as the operator types.

Built once over the roster; a query is folded and split into words, each word is
expanded against the index's vocabulary (exact, prefix, initials, sound-alike
skeleton, one typo), and an entry must match every word. When no entry matches
them all, the entries matching most words come back instead, so an extra word
never empties the list. Runs of 3+ digits match inside phone numbers.

Scores, per query word (the best over the entry's words, times the field's weight):
exact 1.0 · prefix 0.75–0.95 · initials ("sdm") 0.95, their prefix 0.7 ·
skeleton exact 0.7, prefix 0.5–0.65 · one typo in the skeleton 0.45 (0.4 as prefix), tried
only when the word matches few vocabulary words as typed.
Field weights: name 1.0, designation 0.9, office 0.85, department 0.7.
"""

from __future__ import annotations

import bisect
import heapq
import logging
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

from console.domain import Officer, Representative, RepresentativeKind
from console.search_text import fold, initials, is_devanagari, skeleton, tokens

log = logging.getLogger(__name__)
K = TypeVar("K")


class Field(str, Enum):
    NAME = "name"
    DESIGNATION = "designation"
    OFFICE = "office"
    DEPARTMENT = "department"
    INITIALS = "initials"


FIELD_WEIGHTS: Mapping[Field, float] = {
    Field.NAME: 1.0,
    Field.DESIGNATION: 0.9,
    Field.INITIALS: 0.9,
    Field.OFFICE: 0.85,
    Field.DEPARTMENT: 0.7,
}
NUMBER_WEIGHT = 0.9
MIN_DIGITS = 3
_FUZZY_MIN = 3  # skeleton length from which one typo is forgiven
_FUZZY_PREFIX_MAX = 8
_FUZZY_WHEN_FEWER = 40  # typos are forgiven only when the word itself matches few words
_CACHE_SIZE = 512
_MISSING = 10.0  # penalty per unmatched word when no entry matches every word

# Abbreviations that are not the initials of the English designation.
ALIASES: Mapping[str, str] = {
    "xen": "executive engineer",
    "bsa": "basic education officer",
    "ssp": "senior superintendent of police",
}


@dataclass(frozen=True)
class SearchEntry:
    id: int
    texts: tuple[tuple[Field, str], ...]
    numbers: tuple[str, ...] = ()  # E.164
    sort_name: str = ""


class SearchIndex:
    """Vocabulary → postings, with prefix, skeleton and one-typo lookups over the vocabulary."""

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self._entries = list(entries)
        self._postings: dict[str, dict[int, float]] = {}  # word → entry position → best field weight
        self._initials: dict[str, dict[int, float]] = {}
        self._numbers: list[tuple[int, str]] = []  # entry position, all digits of the number
        for position, entry in enumerate(self._entries):
            for field_name, text in entry.texts:
                weight = FIELD_WEIGHTS[field_name]
                for word in tokens(text):
                    _keep_best(self._postings.setdefault(word, {}), position, weight)
                if field_name in (Field.DESIGNATION, Field.DEPARTMENT):
                    for letters in initials(text) | _aliases(text):
                        _keep_best(self._initials.setdefault(letters, {}), position, FIELD_WEIGHTS[Field.INITIALS])
            for number in entry.numbers:
                digits = "".join(ch for ch in number if ch.isdigit())
                self._numbers.append((position, digits))
        self._groups = {word: _group_by_score(postings) for word, postings in self._postings.items()}
        self._initial_groups = {letters: _group_by_score(postings) for letters, postings in self._initials.items()}
        order = sorted(range(len(self._entries)), key=lambda position: (self._entries[position].sort_name, self._entries[position].id))
        self._tiebreak = [0.0] * len(self._entries)  # a nudge far below any score step: equal scores go by name
        for rank, position in enumerate(order):
            self._tiebreak[position] = rank * 1e-9
        self._words = sorted(self._postings)
        self._initial_words = sorted(self._initials)
        self._by_skeleton: dict[str, list[str]] = {}
        for word in self._words:
            self._by_skeleton.setdefault(skeleton(word), []).append(word)
        self._skeletons = sorted(self._by_skeleton)
        self._typos: dict[str, set[str]] = {}  # a skeleton (or its prefix) less one letter → skeletons
        for bone in self._skeletons:
            if len(bone) < _FUZZY_MIN:
                continue
            for length in range(_FUZZY_MIN, min(len(bone), _FUZZY_PREFIX_MAX) + 1):
                for variant in _one_deleted(bone[:length]) | {bone[:length]}:
                    self._typos.setdefault(variant, set()).add(bone)
            if len(bone) > _FUZZY_PREFIX_MAX:
                for variant in _one_deleted(bone) | {bone}:
                    self._typos.setdefault(variant, set()).add(bone)
        self._word_cache: OrderedDict[str, dict[int, float]] = OrderedDict()
        log.debug("search index: %d entries, %d words", len(self._entries), len(self._words))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 20) -> list[int]:
        """Entry ids, best first."""
        return [entry_id for entry_id, _ in self.search_scored(query, limit)]

    def search_scored(self, query: str, limit: int = 20) -> list[tuple[int, float]]:
        words = tokens(query)
        if not words:
            return []
        per_word = sorted((self._word_scores(word) for word in words), key=len)
        combined = dict(per_word[0])
        for scores in per_word[1:]:
            combined = {position: total + scores[position] for position, total in combined.items() if position in scores}
            if not combined:
                break
        if not combined and len(per_word) > 1:
            combined = self._partial(per_word)
        tiebreak = self._tiebreak
        best = heapq.nlargest(
            limit, ((position, total - tiebreak[position]) for position, total in combined.items()), key=itemgetter(1)
        )
        return [(self._entries[position].id, round(total, 6)) for position, total in best]

    @staticmethod
    def _partial(per_word: Sequence[dict[int, float]]) -> dict[int, float]:
        """Entries matching most of the words; each missing word costs more than any score can make up."""
        totals: dict[int, float] = {}
        for scores in per_word:
            for position, score in scores.items():
                totals[position] = totals.get(position, -_MISSING * len(per_word)) + score + _MISSING
        return totals

    def _word_scores(self, word: str) -> dict[int, float]:
        """Entry position → best score for one query word; cached, since typing repeats words."""
        cached = self._word_cache.get(word)
        if cached is not None:
            self._word_cache.move_to_end(word)
            return cached
        groups: list[tuple[float, frozenset[int]]] = []
        if word.isdigit() and len(word) >= MIN_DIGITS:
            found = frozenset(position for position, digits in self._numbers if word in digits)
            groups.append((NUMBER_WEIGHT, found))
        for matched, quality in self._expand(word).items():
            groups.extend((quality * weight, positions) for weight, positions in self._groups[matched])
        for letters, quality in self._initial_matches(word).items():
            groups.extend((quality * weight, positions) for weight, positions in self._initial_groups[letters])
        groups.sort(key=itemgetter(0), reverse=True)
        scores: dict[int, float] = {}
        for value, positions in groups:  # best first, so the first score an entry gets is its best
            missing = positions.difference(scores)
            if missing:
                scores.update(dict.fromkeys(missing, value))
        self._word_cache[word] = scores
        if len(self._word_cache) > _CACHE_SIZE:
            self._word_cache.popitem(last=False)
        return scores

    def _expand(self, word: str) -> dict[str, float]:
        found: dict[str, float] = {}
        for matched in _with_prefix(self._words, word):
            _keep_best(found, matched, 1.0 if matched == word else 0.75 + 0.2 * len(word) / len(matched))
        bone = skeleton(word)
        if len(bone) < 2:  # one consonant says too little to match by sound
            return found
        for other in _with_prefix(self._skeletons, bone):
            quality = 0.7 if other == bone else 0.5 + 0.15 * len(bone) / len(other)
            for matched in self._by_skeleton[other]:
                _keep_best(found, matched, quality)
        if len(bone) >= _FUZZY_MIN and len(found) < _FUZZY_WHEN_FEWER:
            candidates = set().union(*(self._typos.get(variant, ()) for variant in _one_deleted(bone) | {bone}))
            for other in candidates:
                if one_typo_apart(bone, other):
                    quality = 0.45
                elif any(one_typo_apart(bone, other[:length]) for length in (len(bone), len(bone) + 1)):
                    quality = 0.4  # a typo in a word still being typed
                else:
                    continue  # shared deletions, but two edits apart
                for matched in self._by_skeleton[other]:
                    _keep_best(found, matched, quality)
        return found

    def _initial_matches(self, word: str) -> dict[str, float]:
        if len(word) < 2 or is_devanagari(word):
            return {}
        return {
            letters: 0.95 if letters == word else 0.7 for letters in _with_prefix(self._initial_words, word)
        }


def _keep_best(scores: dict[K, float], key: K, score: float) -> None:
    current = scores.get(key)
    if current is None or score > current:
        scores[key] = score


def _group_by_score(postings: dict[int, float]) -> tuple[tuple[float, frozenset[int]], ...]:
    grouped: dict[float, set[int]] = {}
    for position, weight in postings.items():
        grouped.setdefault(weight, set()).add(position)
    return tuple((weight, frozenset(positions)) for weight, positions in grouped.items())


def _with_prefix(ordered: list[str], prefix: str) -> list[str]:
    start = bisect.bisect_left(ordered, prefix)
    end = bisect.bisect_left(ordered, prefix + "\uffff", start)
    return ordered[start:end]


def one_typo_apart(first: str, second: str) -> bool:
    """At most one letter inserted, deleted, changed, or two neighbours swapped."""
    if first == second:
        return True
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) > len(second):
        first, second = second, first
    start = 0
    while start < len(first) and first[start] == second[start]:
        start += 1
    if len(first) < len(second):
        return first[start:] == second[start + 1 :]
    if first[start + 1 :] == second[start + 1 :]:
        return True
    swapped = start + 1 < len(first) and first[start] == second[start + 1] and first[start + 1] == second[start]
    return swapped and first[start + 2 :] == second[start + 2 :]


def _one_deleted(text: str) -> set[str]:
    return {text[:index] + text[index + 1 :] for index in range(len(text))}


@lru_cache(maxsize=4096)
def _aliases(text: str) -> frozenset[str]:
    folded = " ".join(tokens(text))
    return frozenset(alias for alias, phrase in ALIASES.items() if phrase in folded)


class OfficerIndex(SearchIndex):
    """Officers by Hindi or English name, designation, department, office or digits of a number."""

    @classmethod
    def build(cls, officers: Iterable[Officer]) -> OfficerIndex:
        return cls(officer_entry(officer) for officer in officers)


class RepresentativeIndex(SearchIndex):
    """Representatives by name, constituency, kind ("mla", "विधायक") or digits of a number."""

    @classmethod
    def build(cls, representatives: Iterable[Representative]) -> RepresentativeIndex:
        return cls(representative_entry(representative) for representative in representatives)


def officer_entry(officer: Officer) -> SearchEntry:
    return SearchEntry(
        officer.id,
        (
            (Field.NAME, officer.name_en),
            (Field.NAME, officer.name_hi),
            (Field.DESIGNATION, officer.designation_en),
            (Field.DESIGNATION, officer.designation_hi),
            (Field.DEPARTMENT, officer.department),
            (Field.OFFICE, officer.office),
        ),
        (officer.official_number, *officer.other_numbers),
        fold(officer.name_en or officer.name_hi),
    )


_KIND_WORDS: Mapping[RepresentativeKind, str] = {
    RepresentativeKind.MP: "mp सांसद",
    RepresentativeKind.MLA: "mla विधायक",
    RepresentativeKind.MLC: "mlc विधान परिषद सदस्य",
    RepresentativeKind.OTHER: "",
}


def representative_entry(representative: Representative) -> SearchEntry:
    return SearchEntry(
        representative.id,
        (
            (Field.NAME, representative.name_en),
            (Field.NAME, representative.name_hi),
            (Field.OFFICE, representative.constituency),
            (Field.DESIGNATION, _KIND_WORDS[representative.kind]),
        ),
        representative.registered_numbers,
        fold(representative.name_en or representative.name_hi),
    )
