"""SMS in and status reports over a pty: read, decode, reassemble, hand on, then delete; match reports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from modem.events import DeliveryReported, DeliveryState, SmsReceived
from modem.pdu import encode_deliver, encode_status_report, encode_submit
from tests.modem.conftest import MakeHarness
from tests.modem.harness import START, WAIT, boot_steps, sms_setup_steps, submit, urc
from tests.modem.peer import Step, exchange, ok

OFFICER = "+919876543210"
OTHER_OFFICER = "+919812345678"
INDIA = timezone(timedelta(hours=5, minutes=30))
SENT_AT = datetime(2025, 3, 3, 9, 55, tzinfo=INDIA)


def read_slot(index: int, pdu: str, length: int, *, delete: bool = True) -> list[Step]:
    steps = ok(f"AT+CMGR={index}", f"+CMGR: 0,,{length}", pdu)
    return steps + (ok(f"AT+CMGD={index}") if delete else [])


def test_an_incoming_sms_is_read_handed_on_and_then_deleted(modem_harness: MakeHarness) -> None:
    (part,) = encode_deliver(OFFICER, "कॉल कर दिया है", SENT_AT)
    steps = [*boot_steps(), urc('+CMTI: "SM",3'), *read_slot(3, part.pdu, part.tpdu_length)]
    harness = modem_harness(steps).online()

    message = harness.next_event(SmsReceived)
    harness.peer.finish()

    assert (message.sender, message.text, message.complete, message.parts) == (OFFICER, "कॉल कर दिया है", True, 1)
    assert message.sent_at == SENT_AT
    assert message.received_at == START
    assert message.modem == "sms-1"


def test_a_multipart_sms_arriving_out_of_order_is_reassembled_and_only_then_deleted(
    modem_harness: MakeHarness,
) -> None:
    text = "OK sir, I called the honourable MLA back at 10:05 and the water tanker is on its way to ward 12. " * 4
    parts = encode_deliver(OFFICER, text, SENT_AT, concat_reference=200)
    assert len(parts) == 3
    third, first, second = parts[2], parts[0], parts[1]
    steps = [
        *boot_steps(),
        urc('+CMTI: "SM",5'),
        *read_slot(5, third.pdu, third.tpdu_length, delete=False),
        urc('+CMTI: "SM",6'),
        *read_slot(6, first.pdu, first.tpdu_length, delete=False),
        urc('+CMTI: "SM",7'),
        *read_slot(7, second.pdu, second.tpdu_length, delete=False),
        *ok("AT+CMGD=5"),
        *ok("AT+CMGD=6"),
        *ok("AT+CMGD=7"),
    ]
    harness = modem_harness(steps).online()

    message = harness.next_event(SmsReceived)
    harness.peer.finish()

    assert message.text == text
    assert (message.parts, message.complete) == (3, True)


def test_a_multipart_sms_whose_parts_never_all_come_is_handed_on_after_the_window(
    modem_harness: MakeHarness,
) -> None:
    parts = encode_deliver(OFFICER, "x" * 200, SENT_AT, concat_reference=9)
    steps = [
        *boot_steps(),
        urc('+CMTI: "SM",1'),
        *read_slot(1, parts[0].pdu, parts[0].tpdu_length, delete=False),
    ]
    harness = modem_harness(steps).online()
    harness.peer.finish()
    harness.settled()  # the part is held, waiting for its sibling
    harness.peer.play(ok("AT+CMGD=1"))

    harness.clock.advance(timedelta(minutes=11))
    message = harness.next_event(SmsReceived)
    harness.peer.finish()

    assert not message.complete
    assert message.text == "x" * 153


def test_messages_stored_before_start_up_are_read_with_cmgl(modem_harness: MakeHarness) -> None:
    (deliver,) = encode_deliver(OFFICER, "missed you", SENT_AT)
    report = encode_status_report(17, OTHER_OFFICER, 0x00, SENT_AT, SENT_AT + timedelta(minutes=1))
    stored = [
        f"+CMGL: 1,1,,{deliver.tpdu_length}",
        deliver.pdu,
        f"+CMGL: 2,1,,{report.tpdu_length}",
        report.pdu,
    ]
    steps = [*boot_steps(sms=sms_setup_steps(stored)), *ok("AT+CMGD=1"), *ok("AT+CMGD=2")]
    harness = modem_harness(steps)

    message = harness.next_event(SmsReceived)
    delivery = harness.next_event(DeliveryReported)
    harness.peer.finish()

    assert message.text == "missed you"
    assert (delivery.message_reference, delivery.matched) == (17, False)


def test_an_undecodable_message_is_kept_on_the_sim(modem_harness: MakeHarness) -> None:
    steps = [*boot_steps(), urc('+CMTI: "SM",4'), *ok("AT+CMGR=4", "+CMGR: 0,,3", "0004FF")]
    harness = modem_harness(steps).online()
    harness.peer.finish()
    harness.peer.play([urc('+CMTI: "SM",8'), *ok("AT+CMGR=8")])  # the modem goes on serving
    harness.peer.finish()
    assert harness.peer.unread(timeout=0.2) == b""  # no AT+CMGD=4


def test_a_direct_sms_in_a_cmt_urc_is_handed_on(modem_harness: MakeHarness) -> None:
    (part,) = encode_deliver("AD-DMUNNAO", "Alert: heavy rain", SENT_AT)
    harness = modem_harness([*boot_steps(), urc(f"+CMT: ,{part.tpdu_length}", part.pdu)]).online()
    message = harness.next_event(SmsReceived)
    harness.peer.finish()
    assert (message.sender, message.text) == ("AD-DMUNNAO", "Alert: heavy rain")


def sent_then(report_steps: list[Step], *, reference: int = 5) -> list[Step]:
    (part,) = encode_submit(OFFICER, "नमस्ते", concat_reference=7)
    return [*boot_steps(), *submit(part.tpdu_length, part.pdu, f"+CMGS: {reference}", "OK"), *report_steps]


def status_report(status: int, reference: int = 5, recipient: str = OFFICER) -> tuple[str, int]:
    encoded = encode_status_report(reference, recipient, status, SENT_AT, SENT_AT + timedelta(seconds=20))
    return encoded.pdu, encoded.tpdu_length


@pytest.mark.parametrize(
    ("status", "state"),
    [
        (0x00, DeliveryState.DELIVERED),
        (0x02, DeliveryState.DELIVERED),
        (0x20, DeliveryState.PENDING),
        (0x25, DeliveryState.PENDING),
        (0x40, DeliveryState.FAILED),
        (0x49, DeliveryState.FAILED),
        (0x60, DeliveryState.FAILED),
        (0x65, DeliveryState.FAILED),
    ],
)
def test_direct_status_reports_are_classed_and_matched(
    modem_harness: MakeHarness, status: int, state: DeliveryState
) -> None:
    pdu, length = status_report(status)
    harness = modem_harness(sent_then([]))
    harness.online()
    result = harness.modem.send_sms(OFFICER, "नमस्ते", tag="outbox-9", timeout=WAIT)
    harness.peer.finish()
    harness.peer.play([urc(f"+CDS: {length}", pdu)])

    report = harness.next_event(DeliveryReported)

    assert result.message_references == (5,)
    assert (report.state, report.status) == (state, status)
    assert (report.matched, report.tag, report.part, report.recipient) == (True, "outbox-9", 1, OFFICER)


def test_a_still_trying_report_keeps_waiting_for_the_final_one(modem_harness: MakeHarness) -> None:
    trying, trying_length = status_report(0x21)
    done, done_length = status_report(0x00)
    harness = modem_harness(sent_then([])).online()
    harness.modem.send_sms(OFFICER, "नमस्ते", tag="outbox-3", timeout=WAIT)
    harness.peer.finish()
    harness.peer.play([urc(f"+CDS: {trying_length}", trying), urc(f"+CDS: {done_length}", done)])

    first = harness.next_event(DeliveryReported)
    second = harness.next_event(DeliveryReported)

    assert (first.state, first.tag) == (DeliveryState.PENDING, "outbox-3")
    assert (second.state, second.tag) == (DeliveryState.DELIVERED, "outbox-3")


def test_stored_status_reports_are_read_and_deleted(modem_harness: MakeHarness) -> None:
    pdu, length = status_report(0x00)
    harness = modem_harness(sent_then([])).online()
    harness.modem.send_sms(OFFICER, "नमस्ते", tag="outbox-4", timeout=WAIT)
    harness.peer.finish()
    harness.peer.play([urc('+CDSI: "SR",2'), *ok("AT+CMGR=2", f"+CMGR: 1,,{length}", pdu), *ok("AT+CMGD=2")])

    report = harness.next_event(DeliveryReported)
    harness.peer.finish()

    assert (report.state, report.tag) == (DeliveryState.DELIVERED, "outbox-4")


def test_a_wrapped_reference_is_told_apart_by_recipient(modem_harness: MakeHarness) -> None:
    (to_officer,) = encode_submit(OFFICER, "one", concat_reference=7)
    (to_other,) = encode_submit(OTHER_OFFICER, "two", concat_reference=8)
    steps = [
        *boot_steps(),
        *submit(to_officer.tpdu_length, to_officer.pdu, "+CMGS: 255", "OK"),
        *submit(to_other.tpdu_length, to_other.pdu, "+CMGS: 255", "OK"),
    ]
    harness = modem_harness(steps).online()
    harness.modem.send_sms(OFFICER, "one", tag="first", timeout=WAIT)
    harness.modem.send_sms(OTHER_OFFICER, "two", tag="second", timeout=WAIT)
    harness.peer.finish()
    pdu, length = status_report(0x00, reference=255, recipient="09876543210")  # quoted nationally
    stray, stray_length = status_report(0x00, reference=254)
    harness.peer.play([urc(f"+CDS: {length}", pdu), urc(f"+CDS: {stray_length}", stray)])

    report = harness.next_event(DeliveryReported)
    unmatched = harness.next_event(DeliveryReported)

    assert (report.tag, report.recipient) == ("first", OFFICER)
    assert (unmatched.matched, unmatched.tag) == (False, None)


def test_a_report_after_the_window_matches_nothing(modem_harness: MakeHarness) -> None:
    pdu, length = status_report(0x00)
    harness = modem_harness(sent_then([])).online()
    harness.modem.send_sms(OFFICER, "नमस्ते", timeout=WAIT)
    harness.peer.finish()
    harness.clock.advance(timedelta(days=4))
    harness.peer.play([urc(f"+CDS: {length}", pdu)])

    assert not harness.next_event(DeliveryReported).matched


def test_an_empty_slot_is_not_deleted(modem_harness: MakeHarness) -> None:
    harness = modem_harness([*boot_steps(), urc('+CMTI: "SM",9'), *exchange("AT+CMGR=9", "+CMS ERROR: 321")]).online()
    harness.peer.finish()
    assert harness.peer.unread(timeout=0.2) == b""

