"""Value types of SMS PDUs (3GPP TS 23.040), shared by the encoder, the decoder and their callers."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class PduError(ValueError):
    """A PDU that cannot be built or read; the message says which field and why."""


class Encoding(str, enum.Enum):
    GSM7 = "gsm7"
    UCS2 = "ucs2"


# Characters (GSM 7-bit septets or UTF-16 code units) in one message, and per part once split.
SINGLE_LIMIT = {Encoding.GSM7: 160, Encoding.UCS2: 70}
PART_LIMIT = {Encoding.GSM7: 153, Encoding.UCS2: 67}


@dataclass(frozen=True)
class EncodedPdu:
    pdu: str  # hex, including the leading SMSC field ("00" = the modem's default SMSC)
    tpdu_length: int  # octets without the SMSC field: the number AT+CMGS and +CMGR/+CDS announce


@dataclass(frozen=True)
class SubmitPart(EncodedPdu):
    sequence: int  # 1-based
    total: int


@dataclass(frozen=True)
class DeliverPart(EncodedPdu):
    sequence: int
    total: int


@dataclass(frozen=True)
class ConcatInfo:
    reference: int
    total: int
    sequence: int


@dataclass(frozen=True)
class Deliver:
    """An incoming SMS (or one part of it: ``concat`` says which)."""

    sender: str  # "+91..." for international numbers, digits for others, text for alphanumeric senders
    text: str
    sent_at: datetime  # aware, in the zone the service centre stamped
    concat: ConcatInfo | None


@dataclass(frozen=True)
class StatusReport:
    message_reference: int
    recipient: str
    status: int  # TP-Status: 0x00-0x1F delivered, 0x20-0x3F still trying, 0x40+ failed
    sent_at: datetime
    discharged_at: datetime


@dataclass(frozen=True)
class Submit:
    message_reference: int
    recipient: str
    text: str
    concat: ConcatInfo | None
    status_report_requested: bool
