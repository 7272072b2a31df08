"""The GSM 7-bit default alphabet (3GPP TS 23.038) and septet packing.

Kept apart from the PDU code because the client also needs the alphabet to
decide, before anything is written, whether a message costs one part or four.
Extension characters travel as ESC (0x1B) plus a second septet, so they count
twice and must never be cut between two parts of a long message.
"""

from __future__ import annotations

from collections.abc import Sequence

ESCAPE = 0x1B

# Index = septet value; ESC (0x1B) is a placeholder that never encodes a character.
BASIC_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
assert len(BASIC_TABLE) == 128

EXTENSION_TABLE: dict[int, str] = {
    0x0A: "\f",
    0x14: "^",
    0x28: "{",
    0x29: "}",
    0x2F: "\\",
    0x3C: "[",
    0x3D: "~",
    0x3E: "]",
    0x40: "|",
    0x65: "€",
}

_BASIC_CODES: dict[str, int] = {char: code for code, char in enumerate(BASIC_TABLE) if code != ESCAPE}
_EXTENSION_CODES: dict[str, int] = {char: code for code, char in EXTENSION_TABLE.items()}


def char_septets(char: str) -> tuple[int, ...] | None:
    """The septets of one character: one for the basic table, two for the extension, None if absent."""
    code = _BASIC_CODES.get(char)
    if code is not None:
        return (code,)
    code = _EXTENSION_CODES.get(char)
    if code is not None:
        return (ESCAPE, code)
    return None


def is_encodable(text: str) -> bool:
    return all(char in _BASIC_CODES or char in _EXTENSION_CODES for char in text)


def is_extension(char: str) -> bool:
    """True for the characters sent as an escape and a septet of the extension table (€ [ ] { } ^ ~ | \\)."""
    return char in _EXTENSION_CODES


def septet_count(text: str) -> int:
    """Septets ``text`` needs; extension characters count two. ValueError if one is absent."""
    total = 0
    for char in text:
        septets = char_septets(char)
        if septets is None:
            raise ValueError(f"character {char!r} is not in the GSM 7-bit alphabet")
        total += len(septets)
    return total


def encode(text: str) -> list[int]:
    septets: list[int] = []
    for char in text:
        encoded = char_septets(char)
        if encoded is None:
            raise ValueError(f"character {char!r} is not in the GSM 7-bit alphabet")
        septets.extend(encoded)
    return septets


def decode(septets: Sequence[int]) -> str:
    """Septets to text. An unknown escape shows the basic character, as TS 23.038 asks of receivers."""
    chars: list[str] = []
    escaped = False
    for septet in septets:
        if escaped:
            escaped = False
            if septet == ESCAPE:
                chars.append(" ")  # reserved double escape: a space, per the standard
            else:
                chars.append(EXTENSION_TABLE.get(septet, BASIC_TABLE[septet & 0x7F]))
        elif septet == ESCAPE:
            escaped = True
        else:
            chars.append(BASIC_TABLE[septet & 0x7F])
    if escaped:
        chars.append(" ")  # a dangling escape at the end of a part
    return "".join(chars)


def pack(septets: Sequence[int], fill_bits: int = 0) -> bytes:
    """Pack septets least significant bit first, after ``fill_bits`` zero bits (padding after a UDH)."""
    accumulator = 0
    bit_count = fill_bits
    for septet in septets:
        accumulator |= (septet & 0x7F) << bit_count
        bit_count += 7
    return accumulator.to_bytes((bit_count + 7) // 8, "little")


def unpack(data: bytes, count: int, fill_bits: int = 0) -> list[int]:
    """The first ``count`` septets of ``data`` after ``fill_bits``; raises ValueError if data is short."""
    needed_bits = fill_bits + 7 * count
    if needed_bits > 8 * len(data):
        raise ValueError(f"{count} septets need {(needed_bits + 7) // 8} octets, only {len(data)} present")
    accumulator = int.from_bytes(data, "little") >> fill_bits
    return [(accumulator >> (7 * index)) & 0x7F for index in range(count)]
