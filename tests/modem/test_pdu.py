"""SMS PDUs: the MODEM.md worked example, hand-computed vectors, limits, and the decoders' strictness."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from modem import gsm7
from modem.pdu import (
    ConcatInfo,
    Deliver,
    Encoding,
    PduError,
    StatusReport,
    Submit,
    count_parts,
    decode_pdu,
    encode_deliver,
    encode_status_report,
    encode_submit,
    reassemble,
    split_text,
)

IST = timezone(timedelta(hours=5, minutes=30))
OFFICER = "+919876543210"


def test_worked_example_of_modem_md_holds_byte_for_byte() -> None:
    parts = encode_submit(OFFICER, "नमस्ते", concat_reference=0)
    assert len(parts) == 1
    assert parts[0].pdu == "0031000C911989674523010008A70C0928092E0938094D09240947"
    assert parts[0].tpdu_length == 26
    assert (parts[0].sequence, parts[0].total) == (1, 1)


def test_gsm7_submit_matches_the_classic_hellohello_vector() -> None:
    # 4-day validity (AA), no status report (first octet 11), 11-digit international number.
    parts = encode_submit("+46708251358", "hellohello", concat_reference=0, status_report=False, validity_hours=96)
    assert parts[0].pdu == "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"
    assert parts[0].tpdu_length == 23


def test_extension_character_is_an_escape_pair_packed_by_hand() -> None:
    # € = ESC (1B) + 65: 0x1B | 0x65 << 7 = 0x329B, little endian 9B 32, UDL 2 septets.
    parts = encode_submit(OFFICER, "€", concat_reference=0, status_report=False)
    assert parts[0].pdu == "0011000C911989674523010000A7029B32"
    decoded = decode_pdu(parts[0].pdu)
    assert isinstance(decoded, Submit) and decoded.text == "€"


@pytest.mark.parametrize("char", list("€[]{}^~|\\\f"))
def test_every_extension_character_counts_two_septets_and_round_trips(char: str) -> None:
    assert gsm7.septet_count(char) == 2
    assert count_parts(char * 80) == (Encoding.GSM7, 1)
    assert count_parts(char * 81) == (Encoding.GSM7, 2)
    text = f"a{char}b" * 60
    parts = encode_submit(OFFICER, text, concat_reference=9)
    decoded = [decode_pdu(part.pdu) for part in parts]
    assert "".join(part.text for part in decoded if isinstance(part, Submit)) == text


def test_an_escape_sequence_is_never_split_between_parts() -> None:
    text = "a" * 152 + "€" + "b" * 10  # the € would straddle septets 153 and 154
    encoding, texts = split_text(text)
    assert encoding is Encoding.GSM7
    assert texts == ["a" * 152, "€" + "b" * 10]


def test_odd_number_is_f_padded_and_international_type_is_91() -> None:
    pdu = encode_submit("+9198765432101", "x", concat_reference=0)[0].pdu
    assert pdu.startswith("0031000D91198967452301F1")


def test_number_without_plus_is_type_unknown() -> None:
    pdu = encode_submit("9876543210", "x", concat_reference=0)[0].pdu
    assert pdu.startswith("0031000A818967452301")
    decoded = decode_pdu(pdu)
    assert isinstance(decoded, Submit) and decoded.recipient == "9876543210"


@pytest.mark.parametrize("number", ["", "+", "98765;43210", "+91 98765 43210", "*21*98765#", "+9198\r"])
def test_encoder_refuses_anything_but_digits(number: str) -> None:
    with pytest.raises(PduError):
        encode_submit(number, "x", concat_reference=0)


@pytest.mark.parametrize(
    ("hours", "octet"),
    [(1, 0x0B), (12, 0x8F), (13, 0x91), (24, 0xA7), (48, 0xA8), (96, 0xAA), (720, 0xC4), (721, 0xC5), (10584, 0xFF)],
)
def test_relative_validity_period(hours: int, octet: int) -> None:
    pdu = encode_submit(OFFICER, "x", concat_reference=0, validity_hours=hours)[0].pdu
    assert int(pdu[26:28], 16) == octet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (Encoding.GSM7, 1)),
        ("a" * 160, (Encoding.GSM7, 1)),
        ("a" * 161, (Encoding.GSM7, 2)),
        ("a" * 306, (Encoding.GSM7, 2)),
        ("a" * 307, (Encoding.GSM7, 3)),
        ("न" * 70, (Encoding.UCS2, 1)),
        ("न" * 71, (Encoding.UCS2, 2)),
        ("न" * 134, (Encoding.UCS2, 2)),
        ("न" * 135, (Encoding.UCS2, 3)),
        ("a" * 159 + "न", (Encoding.UCS2, 3)),
        ("😀" * 35, (Encoding.UCS2, 1)),
        ("😀" * 36, (Encoding.UCS2, 2)),
    ],
)
def test_limits_of_single_and_concatenated_messages(text: str, expected: tuple[Encoding, int]) -> None:
    assert count_parts(text) == expected
    assert len(encode_submit(OFFICER, text, concat_reference=1)) == expected[1]


def test_a_surrogate_pair_is_never_split() -> None:
    text = "क" * 66 + "😀" + "ख" * 5  # 66 units, then a pair that would straddle units 67/68
    _, texts = split_text(text)
    assert texts == ["क" * 66, "😀" + "ख" * 5]


def test_multipart_gsm7_carries_udh_and_septet_padding() -> None:
    text = "A" * 200
    parts = encode_submit(OFFICER, text, concat_reference=0x42)
    assert [(part.sequence, part.total) for part in parts] == [(1, 2), (2, 2)]
    first = parts[0].pdu
    assert first[:4] == "0071"
    # UDL A0 = 160 septets (7 for the header + 153); UDH 05 00 03 42 02 01.
    assert first[28:30] == "A0"
    assert first[30:42] == "050003420201"
    # After 48 header bits one fill bit, so 'A' (0x41) starts at bit 1: 0x41 << 1 = 0x82.
    assert first[42:44] == "82"
    assert parts[0].tpdu_length == 14 + 140  # fields up to UDL, then ceil(160 * 7 / 8)
    decoded = [decode_pdu(part.pdu) for part in parts]
    assert all(isinstance(part, Submit) for part in decoded)
    assert [part.concat for part in decoded if isinstance(part, Submit)] == [
        ConcatInfo(0x42, 2, 1),
        ConcatInfo(0x42, 2, 2),
    ]


def test_multipart_hindi_is_ucs2_with_67_units_per_part() -> None:
    text = "कृपया तुरंत वापस कॉल करें। " * 4
    parts = encode_submit(OFFICER, text, concat_reference=200)
    decoded = [decode_pdu(part.pdu) for part in parts]
    texts = [part.text for part in decoded if isinstance(part, Submit)]
    assert all(len(part.encode("utf-16-le")) // 2 <= 67 for part in texts)
    assert "".join(texts) == text
    assert parts[0].pdu[:4] == "0071" and parts[0].pdu[24:26] == "08"


def test_status_report_request_bit_can_be_cleared() -> None:
    assert encode_submit(OFFICER, "x", concat_reference=0, status_report=False)[0].pdu[:4] == "0011"
    long = encode_submit(OFFICER, "x" * 200, concat_reference=0, status_report=False)
    assert long[0].pdu[:4] == "0051"
    decoded = decode_pdu(long[0].pdu)
    assert isinstance(decoded, Submit) and not decoded.status_report_requested


def test_deliver_vector_with_national_sender_and_zone() -> None:
    decoded = decode_pdu("07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37")
    assert decoded == Deliver(
        sender="27838890001",
        text="hellohello",
        sent_at=datetime(1999, 3, 29, 15, 16, 59, tzinfo=timezone(timedelta(hours=2))),
        concat=None,
    )


def test_alphanumeric_sender_is_decoded() -> None:
    moment = datetime(2026, 3, 2, 10, 15, 0, tzinfo=IST)
    parts = encode_deliver("VM-AIRTEL", "Recharge done", moment)
    assert parts[0].pdu[2:8] == "0410D0"  # first octet, 16 semi-octets, type D0
    decoded = decode_pdu(parts[0].pdu)
    assert decoded == Deliver(sender="VM-AIRTEL", text="Recharge done", sent_at=moment, concat=None)


def test_deliver_round_trip_keeps_the_zone_and_reassembles() -> None:
    moment = datetime(2026, 3, 2, 10, 15, 0, tzinfo=IST)
    text = "ठीक है, मैं 10 मिनट में कॉल करता हूँ। 😀 " * 3
    parts = encode_deliver(OFFICER, text, moment, concat_reference=7, smsc="+919810051914")
    assert parts[0].pdu.startswith("0791")  # a real SMSC field, length 7 octets
    decoded = [decode_pdu(part.pdu) for part in parts]
    assert all(isinstance(part, Deliver) and part.sent_at == moment for part in decoded)
    assert isinstance(decoded[0], Deliver) and decoded[0].sent_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert reassemble([part.text for part in decoded if isinstance(part, Deliver)]) == text


def test_negative_time_zone_round_trips() -> None:
    moment = datetime(2026, 1, 1, 0, 0, 0, tzinfo=timezone(-timedelta(hours=3, minutes=45)))
    decoded = decode_pdu(encode_deliver("+15551234", "x", moment)[0].pdu)
    assert isinstance(decoded, Deliver) and decoded.sent_at == moment


def test_status_report_round_trip() -> None:
    sent = datetime(2026, 3, 2, 10, 15, 0, tzinfo=IST)
    done = sent + timedelta(seconds=7)
    encoded = encode_status_report(17, OFFICER, 0x00, sent, done)
    assert encoded.pdu.startswith("000611")  # no SMSC, STATUS-REPORT with MMS, MR 0x11
    assert encoded.tpdu_length == len(encoded.pdu) // 2 - 1
    assert decode_pdu(encoded.pdu) == StatusReport(17, OFFICER, 0x00, sent, done)


def test_reassemble_rejoins_a_surrogate_pair_split_by_a_foreign_sender() -> None:
    halves = "😀".encode("utf-16-be")
    # Build two UCS2 DELIVER parts by hand, cutting the pair between them as some phones do.
    moment = datetime(2026, 3, 2, 10, 15, tzinfo=IST)
    whole = encode_deliver(OFFICER, "क", moment)[0].pdu
    header_end = 4 + 16 + 4 + 14  # SMSC and first octet, address, PID and DCS, timestamp
    texts = []
    for sequence, chunk in ((1, halves[:2]), (2, halves[2:])):
        user_data = bytes([5, 0, 3, 9, 2, sequence]) + chunk
        pdu = "0044" + whole[4:header_end] + f"{len(user_data):02X}" + user_data.hex().upper()
        decoded = decode_pdu(pdu)
        assert isinstance(decoded, Deliver) and decoded.concat == ConcatInfo(9, 2, sequence)
        texts.append(decoded.text)
    assert reassemble(texts) == "😀"


def test_encoder_refuses_naive_timestamp_and_bad_references() -> None:
    with pytest.raises(PduError):
        encode_deliver(OFFICER, "x", datetime(2026, 1, 1))
    with pytest.raises(PduError):
        encode_submit(OFFICER, "x", concat_reference=256)
    with pytest.raises(PduError):
        encode_submit(OFFICER, "x", concat_reference=0, validity_hours=0)
    with pytest.raises(PduError):
        encode_submit(OFFICER, "\ud800", concat_reference=0)


@pytest.mark.parametrize(
    "pdu",
    [
        "",
        "0",
        "zz",
        "00",
        "0031",
        "0031000C91198967452301",
        "0031000C911989674523010008A70C0928",  # UD shorter than UDL
        "0031000C911989674523010008A7FF",  # UDL beyond 140 octets
        "0003",  # reserved message type
        "0C",  # SMSC length beyond 12
        "00040B91",  # DELIVER ending inside the address
        "0071000C911989674523010008A70405000302",  # UDH overrunning
        "0031000C911989674523010024A70100",  # compressed DCS
        "00040C91198967452301000062F0F1F1F1F1F101E8",  # invalid SCTS semi-octets
        "00040C91198967452301000062139921000000" + "01E8",  # month 31
        "0031000C91198967452301000CA70100",  # reserved alphabet
        "0031000C911989674523010008A7030041",  # odd UCS2 length
    ],
)
def test_malformed_pdus_raise_pdu_error(pdu: str) -> None:
    with pytest.raises(PduError):
        decode_pdu(pdu)


def test_concat_element_with_zero_total_is_ignored() -> None:
    moment = datetime(2026, 3, 2, 10, 15, tzinfo=IST)
    whole = encode_deliver(OFFICER, "क", moment)[0].pdu
    header_end = 4 + 16 + 4 + 14
    user_data = bytes([5, 0, 3, 9, 0, 1]) + "ab".encode("utf-16-be")
    decoded = decode_pdu("0044" + whole[4:header_end] + f"{len(user_data):02X}" + user_data.hex())
    assert isinstance(decoded, Deliver) and decoded.concat is None and decoded.text == "ab"
