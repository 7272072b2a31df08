"""SMS out over a pty: exact bytes on the wire, retries by error class, the daily cap, hostile input."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from modem.errors import NumberRejected
from modem.events import AlertReason, ModemAlertRaised, SmsErrorClass
from modem.state import Health
from modem.pdu import decode_pdu, encode_submit
from tests.modem.conftest import MakeHarness
from tests.modem.harness import WAIT, boot_steps, submit
from tests.modem.peer import Expect, Send, Step, crlf

OFFICER = "+919876543210"
NAMASTE_PDU = "0031000C911989674523010008A70C0928092E0938094D09240947"


def refused_before_prompt(length: int, *reply: str) -> list[Step]:
    return [Expect(f"AT+CMGS={length}\r".encode()), Send(crlf(*reply))]


def test_hindi_text_goes_out_exactly_as_the_worked_example(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), *submit(26, NAMASTE_PDU, "+CMGS: 5", "OK")]).online()

    result = harness.modem.send_sms("098765 43210", "नमस्ते", tag="outbox-1", timeout=WAIT)

    harness.peer.finish()
    assert result.accepted
    assert result.recipient == OFFICER
    assert result.message_references == (5,)
    assert result.tag == "outbox-1"
    assert harness.peer.unread() == b""
    assert harness.modem.status().sms_sent_today == 1


def test_the_body_is_written_only_after_the_prompt_even_when_a_urc_comes_first(modem_harness: MakeHarness) -> None:
    steps = [
        *boot_steps(),
        Expect(b"AT+CMGS=26\r"),
        Send(b'\r\n+CMTI: "SM",4\r\n'),  # a URC between the command and its prompt
        Send(b"\r\n> "),
        Expect(NAMASTE_PDU.encode() + b"\x1a"),
        Send(crlf("+CMGS: 6", "OK")),
        Expect(b"AT+CMGR=4\r"),  # the URC is served after the send
        Send(crlf("OK")),
    ]
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert result.message_references == (6,)


def test_a_long_message_retries_only_its_failed_part(modem_harness: MakeHarness) -> None:
    text = "Please call back the MLA of Sadar about the water supply complaint. " * 3
    parts = encode_submit(OFFICER, text, concat_reference=7)
    assert len(parts) == 2
    first, second = parts
    steps = [
        *boot_steps(),
        *submit(first.tpdu_length, first.pdu, "+CMGS: 11", "OK"),
        *submit(second.tpdu_length, second.pdu, "+CMS ERROR: 42"),  # congestion: retry this part only
        *submit(second.tpdu_length, second.pdu, "+CMGS: 12", "OK"),
    ]
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, text, timeout=WAIT)

    harness.peer.finish()
    assert result.accepted
    assert result.concat_reference == 7
    assert result.message_references == (11, 12)
    assert [part.attempts for part in result.parts] == [1, 2]
    assert harness.peer.unread() == b""
    assert harness.modem.status().sms_sent_today == 2


def test_each_message_gets_a_fresh_concatenation_reference(modem_harness: MakeHarness) -> None:
    text = "ज़िलाधिकारी कार्यालय से अनुरोध: कृपया माननीय विधायक जी को तुरंत वापस कॉल करें।" * 2
    first = encode_submit(OFFICER, text, concat_reference=7)
    second = encode_submit(OFFICER, text, concat_reference=8)
    steps = [*boot_steps()]
    for message, base in ((first, 20), (second, 30)):
        for offset, part in enumerate(message):
            steps += submit(part.tpdu_length, part.pdu, f"+CMGS: {base + offset}", "OK")
    harness = modem_harness(steps).online()

    references = {harness.modem.send_sms(OFFICER, text, timeout=WAIT).concat_reference for _ in range(2)}

    harness.peer.finish()
    assert references == {7, 8}
    decoded = decode_pdu(second[0].pdu)
    assert decoded.concat is not None and decoded.concat.reference == 8  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "attempts", "error_class"),
    [
        (38, 3, SmsErrorClass.RETRYABLE),
        (331, 3, SmsErrorClass.RETRYABLE),
        (310, 1, SmsErrorClass.CONFIGURATION),
        (330, 1, SmsErrorClass.CONFIGURATION),
        (304, 1, SmsErrorClass.INTERNAL),
        (500, 3, SmsErrorClass.UNKNOWN),
        (601, 1, SmsErrorClass.VENDOR),
        (21, 1, SmsErrorClass.REJECTED),
    ],
)
def test_cms_errors_are_retried_by_class(
    modem_harness: MakeHarness, code: int, attempts: int, error_class: SmsErrorClass
) -> None:
    steps = [*boot_steps()]
    for _ in range(attempts):
        steps += submit(26, NAMASTE_PDU, f"+CMS ERROR: {code}")
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert not result.accepted
    assert result.error_class is error_class
    assert result.parts[0].cms_error == code
    assert result.parts[0].attempts == attempts
    assert harness.peer.unread() == b""  # no extra attempt
    assert harness.modem.status().sms_sent_today == 0
    if code == 500:
        alert = harness.next_event(ModemAlertRaised)
        assert alert.reason is AlertReason.SMS_SERVICE_ERROR


def test_an_error_before_the_prompt_writes_no_body(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps(), *refused_before_prompt(26, "+CMS ERROR: 304")]
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert result.error_class is SmsErrorClass.INTERNAL
    assert harness.peer.unread() == b""


def test_a_missing_prompt_is_cancelled_with_esc_and_the_part_retried(modem_harness: MakeHarness) -> None:
    steps = [
        *boot_steps(),
        Expect(b"AT+CMGS=26\r"),  # no prompt comes
        Expect(b"\x1b"),  # nothing but ESC: the body is never written without "> "
        Send(crlf("OK")),
        *submit(26, NAMASTE_PDU, "+CMGS: 9", "OK"),
    ]
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert result.accepted
    assert result.parts[0].attempts == 2


def test_a_prompt_that_never_comes_fails_the_message_without_writing_it(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps()]
    for _ in range(2):
        steps += [Expect(b"AT+CMGS=26\r"), Expect(b"\x1b"), Send(crlf("OK"))]
    harness = modem_harness(steps).online()

    result = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert result.error_class is SmsErrorClass.PROMPT_MISSING
    assert harness.peer.unread() == b""


def test_the_daily_cap_counts_per_calendar_day_in_india(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps(), *submit(26, NAMASTE_PDU, "+CMGS: 1", "OK"), *submit(26, NAMASTE_PDU, "+CMGS: 2", "OK")]
    harness = modem_harness(steps, config={"daily_cap": 2, "sms_sent_today": 1}).online()

    assert harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT).accepted
    harness.clock.set(harness.clock.now().replace(hour=18, minute=29))  # 23:59 IST, same day
    capped = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    assert capped.error_class is SmsErrorClass.CAP_REACHED
    harness.clock.advance(timedelta(minutes=2))  # 00:01 IST: a new day
    after_midnight = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert after_midnight.message_references == (2,)
    assert harness.peer.unread() == b""  # the capped message wrote nothing
    assert harness.modem.status().sms_sent_today == 1


def test_a_multipart_message_that_would_cross_the_cap_is_refused_whole(modem_harness: MakeHarness) -> None:
    harness = modem_harness(boot_steps(), config={"daily_cap": 1}).online()

    result = harness.modem.send_sms(OFFICER, "x" * 200, timeout=WAIT)

    harness.peer.finish()
    assert result.error_class is SmsErrorClass.CAP_REACHED
    assert len(result.parts) == 2
    assert harness.peer.unread() == b""


HOSTILE_NUMBERS = [
    "9876543210;\rAT+CFUN=0",
    "+919876543210;",
    "+91987654321,0",
    '+919876543210"',
    "+919876543210\r",
    "+919876543210\n",
    "+919876543210\x1a",
    "\x1b+919876543210",
    ">+919876543210",
    "+919876543210W123",
    "+91987654321T",
    "P+919876543210",
    "+919876543210I",
    "+91 98765 G43210",
    "**21*+919876543210#",
    "*#06#",
    "#21#",
    "+९१९८७६५४३२१०",  # Devanagari digits are digits to Python, not to a modem
    "+12345",
    "+1234567890123456",
    "",
    "+",
    "++919876543210",
    "91+9876543210",
]


@pytest.mark.parametrize("number", HOSTILE_NUMBERS)
def test_hostile_numbers_are_refused_before_a_byte_is_written(modem_harness: MakeHarness, number: str) -> None:
    harness = modem_harness([*boot_steps(), *submit(26, NAMASTE_PDU, "+CMGS: 3", "OK")]).online()

    with pytest.raises(NumberRejected):
        harness.modem.submit_sms(number, "नमस्ते")
    with pytest.raises(NumberRejected):
        harness.modem.submit_call(number)
    # The next bytes on the wire are those of an honest message: nothing came before them.
    assert harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT).accepted
    harness.peer.finish()


@pytest.mark.parametrize(
    "body",
    [
        "ok\r\nAT+CFUN=0\r\n",
        "\x1a\x1bATD*21*+911234567890#;\r",
        "> \r\n+CMGS: 1\r\nOK",
        "ATH\x00\x7f",
    ],
)
def test_hostile_bodies_travel_only_as_pdu_hex(modem_harness: MakeHarness, body: str) -> None:
    (part,) = encode_submit(OFFICER, body, concat_reference=7)
    assert re.fullmatch("[0-9A-F]+", part.pdu)
    harness = modem_harness([*boot_steps(), *submit(part.tpdu_length, part.pdu, "+CMGS: 4", "OK")]).online()

    result = harness.modem.send_sms(OFFICER, body, timeout=WAIT)

    harness.peer.finish()
    assert result.accepted
    assert harness.peer.unread() == b""


def test_an_empty_message_is_refused(modem_harness: MakeHarness) -> None:
    harness = modem_harness(boot_steps()).online()
    with pytest.raises(ValueError, match="text"):
        harness.modem.submit_sms(OFFICER, "")


def test_health_degrades_on_repeated_failures_and_recovers_on_success(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps()]
    for _ in range(2 * 3):
        steps += submit(26, NAMASTE_PDU, "+CMS ERROR: 500")
    steps += submit(26, NAMASTE_PDU, "+CMGS: 1", "OK")
    harness = modem_harness(steps).online()

    first = harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    after_one = harness.modem.status().health
    harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    after_two = harness.modem.status()
    harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)

    harness.peer.finish()
    assert first.error_class is SmsErrorClass.UNKNOWN
    assert after_one is Health.GOOD
    assert after_two.health is Health.DEGRADED
    assert after_two.last_error is not None
    assert harness.modem.status().health is Health.GOOD
