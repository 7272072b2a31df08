"""SMS PDUs checked by an independent decoder (smspdudecoder), by round trips and by fuzzing the decoder.

smspdudecoder mis-reads the GSM 7-bit extension table, so texts sent to it stay in
the basic alphabet; extension characters are covered by round trips and by the
hand-computed vectors in test_pdu.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from io import StringIO

from hypothesis import given, settings
from hypothesis import strategies as st
from smspdudecoder.easy import read_incoming_sms, read_outgoing_sms
from smspdudecoder.fields import SMSSubmit

from modem import gsm7
from modem.pdu import (
    Deliver,
    PduError,
    Submit,
    count_parts,
    decode_pdu,
    encode_deliver,
    encode_submit,
    reassemble,
)

IST = timezone(timedelta(hours=5, minutes=30))
BASIC = "".join(char for char in gsm7.BASIC_TABLE if char != "\x1b")
EXTENSION = "".join(gsm7.EXTENSION_TABLE.values())
numbers = st.from_regex(r"\+91[6-9][0-9]{9}", fullmatch=True) | st.from_regex(r"\+[1-9][0-9]{5,14}", fullmatch=True)
basic_texts = st.text(alphabet=BASIC, max_size=480)
gsm_texts = st.text(alphabet=BASIC + EXTENSION, max_size=480)
hindi_texts = st.text(alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x097F), max_size=220)
any_texts = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)


@settings(max_examples=150, deadline=None)
@given(to=numbers, text=basic_texts | hindi_texts, reference=st.integers(0, 255), srr=st.booleans())
def test_independent_decoder_reads_what_we_send(to: str, text: str, reference: int, srr: bool) -> None:
    parts = encode_submit(to, text, concat_reference=reference, status_report=srr)
    contents = []
    for part in parts:
        outgoing = read_outgoing_sms(part.pdu)
        assert outgoing["recipient"] == to
        contents.append(outgoing["content"])
        fields = SMSSubmit.decode(StringIO(part.pdu))
        assert fields["header"]["srr"] is srr
        assert fields["header"]["udhi"] is (len(parts) > 1)
        assert fields["dcs"]["encoding"] == ("gsm" if gsm7.is_encodable(text) else "ucs2")
        assert fields["vp"] == 0xA7
        assert part.tpdu_length == len(part.pdu) // 2 - 1
        if len(parts) > 1:
            (element,) = fields["user_data"]["header"]["elements"]
            assert element["data"] == {
                "reference": reference,
                "parts_count": len(parts),
                "part_number": part.sequence,
            }
    assert "".join(contents) == text


@settings(max_examples=100, deadline=None)
@given(sender=numbers, text=basic_texts | hindi_texts, reference=st.integers(0, 255))
def test_independent_decoder_reads_the_simulators_deliveries(sender: str, text: str, reference: int) -> None:
    moment = datetime(2026, 3, 2, 10, 15, 30, tzinfo=IST)
    parts = encode_deliver(sender, text, moment, concat_reference=reference, smsc="+919810051914")
    incoming = [read_incoming_sms(part.pdu) for part in parts]
    assert all(sms["sender"] == sender and sms["date"] == moment for sms in incoming)
    assert "".join(sms["content"] for sms in incoming) == text


@settings(max_examples=300, deadline=None)
@given(to=numbers, text=gsm_texts | hindi_texts | any_texts, reference=st.integers(0, 255))
def test_submit_round_trip_keeps_text_and_parts_count(to: str, text: str, reference: int) -> None:
    parts = encode_submit(to, text, concat_reference=reference)
    assert count_parts(text)[1] == len(parts)
    decoded = [decode_pdu(part.pdu) for part in parts]
    assert all(isinstance(part, Submit) and part.recipient == to for part in decoded)
    texts = [part.text for part in decoded if isinstance(part, Submit)]
    assert "".join(texts) == text
    if len(parts) > 1:
        assert [part.concat.sequence for part in decoded if isinstance(part, Submit) and part.concat] == list(
            range(1, len(parts) + 1)
        )


@settings(max_examples=150, deadline=None)
@given(sender=numbers, text=gsm_texts | any_texts)
def test_deliver_round_trip(sender: str, text: str) -> None:
    moment = datetime(2026, 12, 31, 23, 59, 59, tzinfo=IST)
    decoded = [decode_pdu(part.pdu) for part in encode_deliver(sender, text, moment, concat_reference=3)]
    assert all(isinstance(part, Deliver) and part.sender == sender for part in decoded)
    assert reassemble([part.text for part in decoded if isinstance(part, Deliver)]) == text


@settings(max_examples=1500, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_pdu_error(data: bytes) -> None:
    try:
        decode_pdu(data.hex())
    except PduError:
        pass


@settings(max_examples=1000, deadline=None)
@given(
    text=any_texts,
    position=st.integers(0, 400),
    value=st.integers(0, 255),
    cut=st.integers(0, 400),
)
def test_mutated_real_pdus_raise_only_pdu_error(text: str, position: int, value: int, cut: int) -> None:
    moment = datetime(2026, 3, 2, 10, 15, 30, tzinfo=IST)
    pdu = bytearray.fromhex(encode_deliver("+919876543210", text, moment, concat_reference=1)[0].pdu)
    if pdu:
        pdu[position % len(pdu)] = value
    try:
        decode_pdu(bytes(pdu[: max(1, len(pdu) - cut % (len(pdu) + 1))]).hex())
    except PduError:
        pass


@given(st.text(max_size=60))
def test_non_hex_input_raises_pdu_error(text: str) -> None:
    try:
        decode_pdu(text)
    except PduError:
        pass
