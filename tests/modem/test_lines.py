"""The pure line classifier and splitter: every quirk of MODEM.md, and random bytes that must not break them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modem.lines import (
    MAX_LINE,
    PROMPT,
    Final,
    LineKind,
    LineSplitter,
    Urc,
    classify,
    response_prefix,
)


@pytest.mark.parametrize(
    ("line", "final", "code"),
    [
        ("OK", Final.OK, None),
        ("ERROR", Final.ERROR, None),
        ("+CME ERROR: 16", Final.CME_ERROR, 16),
        ("+CMS ERROR: 500", Final.CMS_ERROR, 500),
        ("+CME ERROR: incorrect password", Final.CME_ERROR, None),
        ("COMMAND NOT SUPPORT", Final.NOT_SUPPORTED, None),
    ],
)
def test_finals_are_recognised(line: str, final: Final, code: int | None) -> None:
    result = classify(line, command="AT+CPIN?")
    assert (result.kind, result.final, result.code) == (LineKind.FINAL, final, code)


@pytest.mark.parametrize("word", ["NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE"])
def test_call_end_words_are_finals_only_for_a_dial(word: str) -> None:
    assert classify(word, command="ATD+919876543210;", dialling=True).kind is LineKind.FINAL
    during_poll = classify(word, command="AT+CLCC")
    assert (during_poll.kind, during_poll.urc) == (LineKind.URC, word)
    assert classify(word).kind is LineKind.URC


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('+CMTI: "SM",3', "+CMTI"),
        ('+CDSI: "SR",7', "+CDSI"),
        ("RING", "RING"),
        ("+CRING: VOICE", "+CRING"),
        ('+CLIP: "+919876543210",145,"",0,"",0', "+CLIP"),
        ("+CREG: 5", "+CREG"),
        ('+CEREG: 1,"1A2B","01A2B3C4",7', "+CEREG"),
        ("^RSSI: 17", "^RSSI"),
        ("^MODE: 5,4", "^MODE"),
        ("^CEND:1,0,104,16", "^CEND"),
        ("^ORIG:1,0", "^ORIG"),
        ("^CONF:1", "^CONF"),
        ("^CONN:1,0", "^CONN"),
        ("VOICE CALL: BEGIN", "VOICE CALL"),
        ("VOICE CALL: END: 000012", "VOICE CALL"),
        ("MISSED_CALL: 10:30AM +919876543210", "MISSED_CALL"),
        ("RDY", "RDY"),
        ("+CPIN: READY", "+CPIN"),
        ("Call Ready", "Call Ready"),
        ("SMS Ready", "SMS Ready"),
        ("+QIND: SMS DONE", "+QIND"),
    ],
)
def test_urcs_are_lifted_out_whatever_command_is_in_flight(line: str, name: str) -> None:
    for command in (None, "AT+CSQ", "AT+CMGS=26", "AT+CMGL=4"):
        result = classify(line, command=command)
        assert (result.kind, result.urc) == (LineKind.URC, name), command


def test_a_line_with_the_commands_own_prefix_is_its_response_not_a_urc() -> None:
    assert classify("+CPIN: READY", command="AT+CPIN?").kind is LineKind.RESPONSE
    assert classify("+CREG: 0,1", command="AT+CREG?").kind is LineKind.RESPONSE
    assert classify("+CREG: 0,1", command="AT+CSQ").kind is LineKind.URC


def test_the_echo_of_the_command_in_flight_is_recognised() -> None:
    assert classify("ATE0", command="ATE0").kind is LineKind.ECHO
    assert classify("AT+CMGS=26", command="AT+CMGS=26").kind is LineKind.ECHO
    assert classify("ATE0", command=None).kind is LineKind.RESPONSE


def test_pdu_urcs_announce_their_pdu_line() -> None:
    assert classify("+CDS: 26").has_pdu
    assert classify("+CMT: ,24").has_pdu
    assert not classify('+CDSI: "SR",1').has_pdu


def test_response_prefix_follows_the_command_name() -> None:
    assert response_prefix("AT+CPIN?") == "+CPIN:"
    assert response_prefix("AT+CMGR=3") == "+CMGR:"
    assert response_prefix("AT^CURC=0") == "^CURC:"
    assert response_prefix("ATE0") is None
    assert response_prefix("ATD+919876543210;") is None


def test_garbage_bytes_are_replaced_and_control_characters_dropped() -> None:
    result = classify(b"\xff\xfeOK\x00")
    assert result.kind is LineKind.RESPONSE
    assert "\x00" not in result.text
    assert classify(b"\x00OK\x1a").final is Final.OK


def test_the_splitter_finds_lines_across_chunks_and_the_prompt_without_newline() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"\r\n+CS") == []
    assert splitter.feed(b"Q: 20,99\r\n\r\nOK\r\n") == ["+CSQ: 20,99", "OK"]
    assert splitter.feed(b"\r\n> ", prompt_expected=True) == [PROMPT]
    assert splitter.feed(b'\r\n+CMTI: "SM",1\r\n\r\n> ', prompt_expected=True) == ['+CMTI: "SM",1', PROMPT]


def test_a_prompt_is_not_taken_when_none_is_expected() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"> not a prompt\r\n") == ["> not a prompt"]


def test_an_overlong_line_is_cut_and_its_tail_dropped() -> None:
    splitter = LineSplitter(max_line=16)
    out = splitter.feed(b"A" * 40)
    assert out == ["A" * 16]
    assert splitter.feed(b"BBBB\r\nOK\r\n") == ["OK"]


def test_the_urc_body_drops_its_name() -> None:
    assert Urc("+CMTI", '+CMTI: "SM",3').body == '"SM",3'
    assert Urc("RING", "RING").body == ""


@settings(max_examples=400, deadline=None)
@given(
    data=st.lists(st.binary(max_size=300), max_size=20),
    prompts=st.lists(st.booleans(), min_size=20, max_size=20),
    command=st.one_of(st.none(), st.sampled_from(["AT+CMGS=26", "ATD+919876543210;", "AT+CPIN?", "AT"])),
)
def test_random_bytes_never_break_the_splitter_or_the_classifier(
    data: list[bytes], prompts: list[bool], command: str | None
) -> None:
    splitter = LineSplitter(max_line=128)
    for chunk, prompt in zip(data, prompts):
        for token in splitter.feed(chunk, prompt_expected=prompt):
            if token is PROMPT:
                continue
            assert isinstance(token, str)
            assert 0 < len(token) <= MAX_LINE
            assert "\r" not in token and "\n" not in token
            result = classify(token, command=command, dialling=command is not None and command.startswith("ATD"))
            assert result.kind in LineKind
        assert splitter.buffered <= 128  # bounded, whatever arrives


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_random_lines_classify_without_exceptions(line: str | bytes) -> None:
    result = classify(line, command="AT+CSQ")
    assert result.kind in LineKind
    assert len(result.text) <= MAX_LINE
