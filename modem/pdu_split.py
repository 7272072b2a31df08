"""Choosing the alphabet and cutting long text into parts.

GSM 7-bit is used only when every character is in its alphabet; one Devanagari
letter makes the whole message UCS2. Cuts never fall inside an escape sequence
(GSM 7-bit) or a surrogate pair (UCS2), so each part decodes on its own.
"""

from __future__ import annotations

from modem import gsm7
from modem.pdu_types import PART_LIMIT, SINGLE_LIMIT, Encoding


def choose_encoding(text: str) -> Encoding:
    return Encoding.GSM7 if gsm7.is_encodable(text) else Encoding.UCS2


def _cost(char: str, encoding: Encoding) -> int:
    """Septets (1, or 2 for an escape) or UTF-16 code units (1, or 2 for a surrogate pair)."""
    if encoding is Encoding.GSM7:
        return 2 if gsm7.is_extension(char) else 1
    return 2 if ord(char) > 0xFFFF else 1


def split_text(text: str) -> tuple[Encoding, list[str]]:
    """The encoding and the text of each part (one part when it fits a single message)."""
    encoding = choose_encoding(text)
    if len(text) * 2 <= SINGLE_LIMIT[encoding]:  # fits even if every character cost two: no need to count
        return encoding, [text]
    pieces = list(text)  # code points: neither an escape nor a surrogate pair is ever cut
    costs = [_cost(piece, encoding) for piece in pieces]
    if sum(costs) <= SINGLE_LIMIT[encoding]:
        return encoding, [text]
    limit = PART_LIMIT[encoding]
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for piece, cost in zip(pieces, costs):
        if used + cost > limit:
            parts.append("".join(current))
            current, used = [], 0
        current.append(piece)
        used += cost
    parts.append("".join(current))
    return encoding, parts


def count_parts(text: str) -> tuple[Encoding, int]:
    encoding, parts = split_text(text)
    return encoding, len(parts)
