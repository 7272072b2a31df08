"""Reading PDUs that come from a modem (+CMGR, +CMGL, +CDS) or that we built ourselves (tests, simulator).

Bytes from a modem are untrusted: whatever they hold, the only exception that
leaves :func:`decode_pdu` is :class:`PduError`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from modem import gsm7
from modem.pdu_fields import (
    Reader,
    parse_hex,
    read_address,
    read_concat,
    read_data_coding,
    read_timestamp,
    skip_smsc,
)
from modem.pdu_types import ConcatInfo, Deliver, Encoding, PduError, StatusReport, Submit

log = logging.getLogger(__name__)

_USER_DATA_HEADER = 0x40
_STATUS_REPORT_REQUEST = 0x20
_VALIDITY_OCTETS = {0x00: 0, 0x10: 1, 0x08: 7, 0x18: 7}  # none, relative, enhanced, absolute


def decode_pdu(hex_with_smsc: str) -> Deliver | StatusReport | Submit:
    """Decode a PDU that starts with its SMSC field, as modems print it in PDU mode."""
    try:
        return _decode(Reader(parse_hex(hex_with_smsc)))
    except PduError:
        raise
    except (ValueError, IndexError, KeyError, OverflowError) as error:  # a safety net, not the plan
        raise PduError(f"malformed PDU: {error}") from error


def _decode(reader: Reader) -> Deliver | StatusReport | Submit:
    skip_smsc(reader)
    first = reader.octet("first octet")
    kind = first & 0x03
    if kind == 0x00:
        return _deliver(reader, first)
    if kind == 0x01:
        return _submit(reader, first)
    if kind == 0x02:
        return _status_report(reader)
    raise PduError(f"first octet {first:02X} names a reserved message type")


def _deliver(reader: Reader, first: int) -> Deliver:
    sender = read_address(reader, "originating address")
    reader.octet("protocol identifier")
    encoding = read_data_coding(reader.octet("data coding scheme"))
    sent_at = read_timestamp(reader, "service centre timestamp")
    text, concat = _user_data(reader, encoding, bool(first & _USER_DATA_HEADER))
    return Deliver(sender=sender, text=text, sent_at=sent_at, concat=concat)


def _submit(reader: Reader, first: int) -> Submit:
    reference = reader.octet("message reference")
    recipient = read_address(reader, "destination address")
    reader.octet("protocol identifier")
    encoding = read_data_coding(reader.octet("data coding scheme"))
    reader.take(_VALIDITY_OCTETS[first & 0x18], "validity period")
    text, concat = _user_data(reader, encoding, bool(first & _USER_DATA_HEADER))
    return Submit(
        message_reference=reference,
        recipient=recipient,
        text=text,
        concat=concat,
        status_report_requested=bool(first & _STATUS_REPORT_REQUEST),
    )


def _status_report(reader: Reader) -> StatusReport:
    reference = reader.octet("message reference")
    recipient = read_address(reader, "recipient address")
    sent_at = read_timestamp(reader, "service centre timestamp")
    discharged_at = read_timestamp(reader, "discharge time")
    status = reader.octet("status")
    # Optional TP-PI / PID / DCS / UD may follow; the report's meaning is complete without them.
    return StatusReport(
        message_reference=reference,
        recipient=recipient,
        status=status,
        sent_at=sent_at,
        discharged_at=discharged_at,
    )


def _user_data(reader: Reader, encoding: Encoding | None, has_header: bool) -> tuple[str, ConcatInfo | None]:
    length = reader.octet("user data length")
    if encoding is Encoding.GSM7:
        if length > 160:
            raise PduError(f"user data length {length} exceeds 160 septets")
        data = reader.take((length * 7 + 7) // 8, "user data")
    else:
        if length > 140:
            raise PduError(f"user data length {length} exceeds 140 octets")
        data = reader.take(length, "user data")
    concat: ConcatInfo | None = None
    header_octets = 0
    if has_header:
        if not data:
            raise PduError("user data header indicated but user data is empty")
        header_octets = data[0] + 1
        if header_octets > len(data):
            raise PduError(f"user data header of {header_octets} octets overruns the user data")
        concat = read_concat(data[1:header_octets])
    if encoding is Encoding.GSM7:
        header_septets = (header_octets * 8 + 6) // 7
        if header_septets > length:
            raise PduError("user data header is longer than the user data length")
        fill_bits = header_septets * 7 - header_octets * 8
        septets = gsm7.unpack(data[header_octets:], length - header_septets, fill_bits)
        return gsm7.decode(septets), concat
    body = data[header_octets:]
    if encoding is None:
        return body.decode("latin-1"), concat  # 8-bit data: shown byte for byte, never dropped
    if len(body) % 2:
        raise PduError(f"UCS2 user data has an odd number of octets ({len(body)})")
    # A sender may cut a surrogate pair between parts: keep the halves so reassembly can rejoin them.
    errors = "surrogatepass" if concat is not None else "replace"
    return body.decode("utf-16-be", errors=errors), concat


def reassemble(texts: Sequence[str]) -> str:
    """Join the texts of a concatenated message in sequence order, rejoining split surrogate pairs."""
    joined = "".join(texts).encode("utf-16-le", errors="surrogatepass")
    return joined.decode("utf-16-le", errors="replace")
