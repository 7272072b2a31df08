"""Field codecs of TS 23.040: addresses, timestamps, validity period, data coding, user data header.

Every reader raises :class:`PduError` naming the field, so a malformed PDU from a
modem becomes one clear error instead of an IndexError deep in a worker thread.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from modem import gsm7
from modem.pdu_types import ConcatInfo, Encoding, PduError

TYPE_INTERNATIONAL = 0x91
TYPE_UNKNOWN = 0x81
TYPE_ALPHANUMERIC = 0xD0
_BCD_DIGITS = "0123456789*#abc"
_NUMBER = re.compile(r"\+?[0-9]{1,20}")


class Reader:
    """Consumes PDU octets front to back; running short is a PduError naming the field."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.position = 0

    def octet(self, field: str) -> int:
        return self.take(1, field)[0]

    def take(self, count: int, field: str) -> bytes:
        end = self.position + count
        if count < 0 or end > len(self.data):
            raise PduError(f"PDU ends inside {field} (offset {self.position}, {count} octets wanted)")
        chunk = self.data[self.position : end]
        self.position = end
        return chunk

    def rest(self) -> bytes:
        chunk = self.data[self.position :]
        self.position = len(self.data)
        return chunk


def parse_hex(text: str) -> bytes:
    cleaned = text.strip()
    if len(cleaned) % 2 or not re.fullmatch(r"[0-9A-Fa-f]*", cleaned):
        raise PduError(f"PDU is not an even run of hex digits: {cleaned[:40]!r}")
    return bytes.fromhex(cleaned)


def swapped_bcd(digits: str) -> bytes:
    """Semi-octets low nibble first, an odd count padded with F."""
    if len(digits) % 2:
        digits += "F"
    return bytes(int(digits[index + 1] + digits[index], 16) for index in range(0, len(digits), 2))


def encode_address(number: str, field: str) -> bytes:
    """A destination or originating number; ``+`` makes it international (type 91)."""
    if not _NUMBER.fullmatch(number):
        raise PduError(f"{field} {number!r} is not a phone number (digits, optionally after '+')")
    digits = number.lstrip("+")
    type_octet = TYPE_INTERNATIONAL if number.startswith("+") else TYPE_UNKNOWN
    return bytes([len(digits), type_octet]) + swapped_bcd(digits)


def encode_alphanumeric_address(name: str) -> bytes:
    if len(name) > 11 or not gsm7.is_encodable(name):
        raise PduError(f"alphanumeric sender {name!r} must be at most 11 GSM 7-bit characters")
    septets = gsm7.encode(name)
    packed = gsm7.pack(septets)
    return bytes([(len(septets) * 7 + 3) // 4, TYPE_ALPHANUMERIC]) + packed


def read_address(reader: Reader, field: str) -> str:
    length = reader.octet(f"{field} length")
    type_octet = reader.octet(f"{field} type")
    if length > 40:
        raise PduError(f"{field} length {length} exceeds 20 octets")
    body = reader.take((length + 1) // 2, field)
    if (type_octet >> 4) & 0x07 == 0x05:  # alphanumeric, GSM 7-bit packed
        return gsm7.decode(gsm7.unpack(body, length * 4 // 7))
    digits = []
    for octet in body:
        digits.append(octet & 0x0F)
        digits.append(octet >> 4)
    text = "".join(_BCD_DIGITS[digit] for digit in digits[:length] if digit != 0x0F)
    if (type_octet >> 4) & 0x07 == 0x01:
        return "+" + text
    return text


def skip_smsc(reader: Reader) -> None:
    length = reader.octet("SMSC length")
    if length > 12:
        raise PduError(f"SMSC length {length} exceeds 12 octets")
    reader.take(length, "SMSC address")


def encode_timestamp(moment: datetime) -> bytes:
    offset = moment.utcoffset()
    if offset is None:
        raise PduError(f"timestamp {moment.isoformat()} has no time zone")
    quarters, remainder = divmod(int(offset.total_seconds()), 900)
    if remainder or not -79 <= quarters <= 79:
        raise PduError(f"time zone {offset} is not a whole number of quarter hours within ±19:45")
    fields = [moment.year % 100, moment.month, moment.day, moment.hour, moment.minute, moment.second]
    octets = [((value % 10) << 4) | (value // 10) for value in fields]
    magnitude = abs(quarters)
    zone = ((magnitude % 10) << 4) | (magnitude // 10) | (0x08 if quarters < 0 else 0)
    return bytes(octets + [zone])


def read_timestamp(reader: Reader, field: str) -> datetime:
    raw = reader.take(7, field)

    def value(octet: int, mask: int = 0x0F) -> int:
        tens, units = octet & mask, octet >> 4
        if tens > 9 or units > 9:
            raise PduError(f"{field} holds a non-decimal semi-octet {octet:02X}")
        return tens * 10 + units

    year, month, day, hour, minute, second = (value(octet) for octet in raw[:6])
    quarters = value(raw[6], 0x07)
    if quarters > 79:
        raise PduError(f"{field} time zone of {quarters} quarter hours is out of range")
    zone = timezone(timedelta(minutes=15 * (-quarters if raw[6] & 0x08 else quarters)))
    try:
        century = 1900 if year >= 80 else 2000  # two-digit years: old phones' clocks say 199x
        return datetime(century + year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError as error:
        raise PduError(f"{field} is not a valid date and time: {error}") from error


def relative_validity(hours: int) -> int:
    """TP-VP relative format: 5-minute steps to 12 h, 30-minute to 24 h, days to 30, weeks to 63."""
    if not 1 <= hours <= 63 * 7 * 24:
        raise PduError(f"validity of {hours} hours is outside 1 hour to 63 weeks")
    if hours <= 12:
        return hours * 12 - 1
    if hours <= 24:
        return 143 + (hours - 12) * 2
    if hours <= 30 * 24:
        return 166 + -(-hours // 24)
    return 192 + -(-hours // (7 * 24))


def read_data_coding(dcs: int) -> Encoding | None:
    """GSM 7-bit, UCS2, or None for 8-bit data; compressed or reserved codings are refused."""
    group = dcs >> 4
    if group <= 0x07:  # general data coding (and its automatic-deletion twin)
        if dcs & 0x20:
            raise PduError(f"DCS {dcs:02X} asks for compressed text, which is not supported")
        alphabet = (dcs >> 2) & 0x03
        if alphabet == 0x03:
            raise PduError(f"DCS {dcs:02X} names a reserved alphabet")
        return {0: Encoding.GSM7, 1: None, 2: Encoding.UCS2}[alphabet]
    if group in (0x0C, 0x0D):
        return Encoding.GSM7
    if group == 0x0E:
        return Encoding.UCS2
    if group == 0x0F:
        return None if dcs & 0x04 else Encoding.GSM7
    raise PduError(f"DCS {dcs:02X} is a reserved coding group")


def concat_header(reference: int, total: int, sequence: int) -> bytes:
    """UDH with the 8-bit-reference concatenation element: 05 00 03 ref total seq."""
    return bytes([0x05, 0x00, 0x03, reference, total, sequence])


def read_concat(header: bytes) -> ConcatInfo | None:
    """The concatenation element of a UDH (8- or 16-bit reference); other elements are skipped."""
    position = 0
    found: ConcatInfo | None = None
    while position < len(header):
        if position + 2 > len(header):
            raise PduError("user data header ends inside an element's identifier")
        identifier, length = header[position], header[position + 1]
        body = header[position + 2 : position + 2 + length]
        if len(body) != length:
            raise PduError(f"user data header element {identifier:02X} overruns the header")
        position += 2 + length
        if identifier == 0x00 and length == 3:
            found = _concat(body[0], body[1], body[2])
        elif identifier == 0x08 and length == 4:
            found = _concat((body[0] << 8) | body[1], body[2], body[3])
    return found


def _concat(reference: int, total: int, sequence: int) -> ConcatInfo | None:
    if total == 0 or sequence == 0 or sequence > total:
        return None  # TS 23.040 9.2.3.24.1: such an element is ignored
    return ConcatInfo(reference=reference, total=total, sequence=sequence)
