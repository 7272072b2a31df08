"""SMS PDUs (3GPP TS 23.040 / 23.038): the one import the rest of ``modem/`` needs.

PDU mode only: bodies reach the modem as hex, so nothing a user types can turn
into an AT command, and Hindi travels as UCS2 without the modem's charset games.
"""

from __future__ import annotations

from modem.pdu_decode import decode_pdu, reassemble
from modem.pdu_encode import encode_deliver, encode_status_report, encode_submit
from modem.pdu_split import choose_encoding, count_parts, split_text
from modem.pdu_types import (
    PART_LIMIT,
    SINGLE_LIMIT,
    ConcatInfo,
    Deliver,
    DeliverPart,
    EncodedPdu,
    Encoding,
    PduError,
    StatusReport,
    Submit,
    SubmitPart,
)

__all__ = [
    "PART_LIMIT",
    "SINGLE_LIMIT",
    "ConcatInfo",
    "Deliver",
    "DeliverPart",
    "EncodedPdu",
    "Encoding",
    "PduError",
    "StatusReport",
    "Submit",
    "SubmitPart",
    "choose_encoding",
    "count_parts",
    "decode_pdu",
    "encode_deliver",
    "encode_status_report",
    "encode_submit",
    "reassemble",
    "split_text",
]
