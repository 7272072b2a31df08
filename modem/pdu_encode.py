"""Building SMS-SUBMIT PDUs for the modem, and SMS-DELIVER / SMS-STATUS-REPORT PDUs for the simulator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from modem import gsm7
from modem.pdu_fields import (
    concat_header,
    encode_address,
    encode_alphanumeric_address,
    encode_timestamp,
    relative_validity,
)
from modem.pdu_split import split_text
from modem.pdu_types import DeliverPart, EncodedPdu, Encoding, PduError, SubmitPart

_SUBMIT = 0x01
_DELIVER = 0x00
_STATUS_REPORT = 0x02
_VALIDITY_RELATIVE = 0x10
_STATUS_REPORT_REQUEST = 0x20  # SRR on SUBMIT; SRI on DELIVER; SRQ on STATUS-REPORT
_NO_MORE_MESSAGES = 0x04
_USER_DATA_HEADER = 0x40
_DCS = {Encoding.GSM7: 0x00, Encoding.UCS2: 0x08}


def _user_data(text: str, encoding: Encoding, header: bytes) -> tuple[int, bytes]:
    """TP-UDL and TP-UD: septets (header included, padded to a septet boundary) or octets."""
    if encoding is Encoding.UCS2:
        body = header + text.encode("utf-16-be")
        return len(body), body
    septets = gsm7.encode(text)
    header_septets = (len(header) * 8 + 6) // 7
    fill_bits = header_septets * 7 - len(header) * 8
    return header_septets + len(septets), header + gsm7.pack(septets, fill_bits)


@dataclass(frozen=True)
class _Part:
    sequence: int
    total: int
    has_header: bool
    dcs: int
    length: int  # TP-UDL
    user_data: bytes


def _encoded_parts(text: str, concat_reference: int) -> list[_Part]:
    """The user data of each part, with its concatenation header when there is more than one."""
    if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
        raise PduError("text holds a lone UTF-16 surrogate, which no phone can show")
    if not 0 <= concat_reference <= 0xFF:
        raise PduError(f"concatenation reference {concat_reference} is outside 0-255")
    encoding, texts = split_text(text)
    total = len(texts)
    if total > 0xFF:
        raise PduError(f"text needs {total} parts; at most 255 are possible")
    parts = []
    for sequence, part_text in enumerate(texts, start=1):
        header = concat_header(concat_reference, total, sequence) if total > 1 else b""
        length, user_data = _user_data(part_text, encoding, header)
        parts.append(_Part(sequence, total, bool(header), _DCS[encoding], length, user_data))
    return parts


def _hex(smsc: bytes, tpdu: bytes) -> tuple[str, int]:
    return (smsc + tpdu).hex().upper(), len(tpdu)


def _smsc_field(smsc: str | None) -> bytes:
    if smsc is None:
        return b"\x00"
    address = encode_address(smsc, "SMSC")
    # The SMSC length counts octets (type included), unlike TP-DA which counts digits.
    return bytes([len(address) - 1]) + address[1:]


def encode_submit(
    to: str,
    text: str,
    *,
    concat_reference: int,
    status_report: bool = True,
    validity_hours: int = 24,
) -> list[SubmitPart]:
    """SMS-SUBMIT parts ready for ``AT+CMGS=<tpdu_length>``; the modem's default SMSC is used."""
    destination = encode_address(to, "destination")
    validity = relative_validity(validity_hours)
    result: list[SubmitPart] = []
    for part in _encoded_parts(text, concat_reference):
        first = _SUBMIT | _VALIDITY_RELATIVE
        first |= _STATUS_REPORT_REQUEST if status_report else 0
        first |= _USER_DATA_HEADER if part.has_header else 0
        tpdu = bytes([first, 0x00]) + destination + bytes([0x00, part.dcs, validity, part.length])
        pdu, tpdu_length = _hex(b"\x00", tpdu + part.user_data)
        result.append(SubmitPart(pdu=pdu, tpdu_length=tpdu_length, sequence=part.sequence, total=part.total))
    return result


def encode_deliver(
    sender: str,
    text: str,
    sent_at: datetime,
    *,
    concat_reference: int = 0,
    smsc: str | None = None,
) -> list[DeliverPart]:
    """SMS-DELIVER parts as a network would hand them to the modem (``sender`` may be alphanumeric)."""
    if sender.lstrip("+").isdigit():
        originator = encode_address(sender, "sender")
    else:
        originator = encode_alphanumeric_address(sender)
    timestamp = encode_timestamp(sent_at)
    smsc_field = _smsc_field(smsc)
    result: list[DeliverPart] = []
    for part in _encoded_parts(text, concat_reference):
        first = _DELIVER | (_USER_DATA_HEADER if part.has_header else 0)
        first |= _NO_MORE_MESSAGES if part.sequence == part.total else 0
        tpdu = bytes([first]) + originator + bytes([0x00, part.dcs]) + timestamp + bytes([part.length])
        pdu, tpdu_length = _hex(smsc_field, tpdu + part.user_data)
        result.append(DeliverPart(pdu=pdu, tpdu_length=tpdu_length, sequence=part.sequence, total=part.total))
    return result


def encode_status_report(
    message_reference: int,
    recipient: str,
    status: int,
    sent_at: datetime,
    discharged_at: datetime,
    *,
    smsc: str | None = None,
) -> EncodedPdu:
    """SMS-STATUS-REPORT for ``+CDS`` or storage, as the service centre sends it."""
    if not 0 <= message_reference <= 0xFF or not 0 <= status <= 0xFF:
        raise PduError(f"message reference {message_reference} and status {status} must be octets")
    tpdu = (
        bytes([_STATUS_REPORT | _NO_MORE_MESSAGES, message_reference])
        + encode_address(recipient, "recipient")
        + encode_timestamp(sent_at)
        + encode_timestamp(discharged_at)
        + bytes([status])
    )
    pdu, tpdu_length = _hex(_smsc_field(smsc), tpdu)
    return EncodedPdu(pdu=pdu, tpdu_length=tpdu_length)
