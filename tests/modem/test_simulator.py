"""The simulated modem, driven over its pseudo-terminal with plain pyserial as a scripted client.

These tests pin the simulator's own behaviour (dialects, quirks, faults); the
client layer is tested against it in test_end_to_end*.py.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
import serial

from modem.pdu import Deliver, StatusReport, decode_pdu, encode_submit
from modem.simulator import DIALECTS, CallBehaviour, Officer, SimState, Simulator

FINAL = re.compile(r"\r\n(OK|ERROR|NO CARRIER|BUSY|NO ANSWER|COMMAND NOT SUPPORT|\+CM[ES] ERROR: [^\r]*)\r\n")
OFFICER = "+919876543210"


class AtClient:
    """A minimal, strict AT client for tests: write a line, read until a final result (with a deadline)."""

    def __init__(self, path: str) -> None:
        self.port = serial.serial_for_url(path, timeout=0.05)
        self.buffer = b""

    def close(self) -> None:
        self.port.close()

    def write(self, data: bytes) -> None:
        self.port.write(data)

    def read_until(self, pattern: str | re.Pattern[str], timeout: float = 3.0) -> str:
        """Everything read up to and including the first match of ``pattern`` (which must appear)."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while True:
            text = self.buffer.decode("utf-8", errors="replace")
            match = regex.search(text)
            if match:
                consumed = text[: match.end()].encode("utf-8", errors="replace")
                self.buffer = self.buffer[len(consumed) :]
                return text[: match.end()]
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {regex.pattern!r}; got {text!r}")
            self.buffer += self.port.read(max(1, self.port.in_waiting))

    def command(self, line: str, timeout: float = 3.0) -> str:
        self.write(line.encode("ascii") + b"\r")
        return self.read_until(FINAL, timeout)

    def drain(self) -> str:
        self.buffer += self.port.read(65536)
        text, self.buffer = self.buffer.decode("utf-8", errors="replace"), b""
        return text


@pytest.fixture(params=sorted(DIALECTS))
def dialect(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def simulator(dialect: str) -> Iterator[Simulator]:
    with Simulator(dialect, [Officer(OFFICER)]) as sim:
        yield sim


@pytest.fixture
def client(simulator: Simulator) -> Iterator[AtClient]:
    at = AtClient(simulator.device_path)
    yield at
    at.close()


def prepare(client: AtClient) -> None:
    client.command("ATE0")
    client.command("AT+CMEE=1")
    client.command("AT+CMGF=0")
    client.command("AT+CNMI=2,1,0,2,0")


def test_echo_stays_on_until_ate0_whose_own_echo_comes_back(client: AtClient) -> None:
    assert client.command("AT") == "AT\r\r\nOK\r\n"
    assert client.command("ATE0") == "ATE0\r\r\nOK\r\n"
    assert client.command("AT") == "\r\nOK\r\n"


def test_identity_per_dialect(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    revision = client.command("AT+CGMR")
    model = client.command("AT+CGMM")
    imei = client.command("AT+CGSN")
    assert simulator.dialect.model in model
    if simulator.dialect.name == "sim7600":
        assert revision.startswith("\r\n+CGMR: LE20B04")
    if simulator.dialect.name == "huawei":
        assert "351234567890123   \r\n" in imei  # padded: the client must trim
    assert re.search(r"[0-9]{15}", imei)


def test_cmee_formats(simulator: Simulator, client: AtClient) -> None:
    client.command("ATE0")
    simulator.remove_sim()
    client.command("AT+CMEE=0")
    assert client.command("AT+CPIN?") == "\r\nERROR\r\n"
    client.command("AT+CMEE=1")
    assert client.command("AT+CPIN?") == "\r\n+CME ERROR: 10\r\n"
    client.command("AT+CMEE=2")
    assert client.command("AT+CPIN?") == "\r\n+CME ERROR: SIM not inserted\r\n"
    assert client.command("AT+CMGS=20").endswith("+CMS ERROR: SIM not inserted\r\n")


def test_pin_accepted_once_and_wrong_pins_lock_the_sim(simulator: Simulator, client: AtClient) -> None:
    client.command("ATE0")
    client.command("AT+CMEE=1")
    simulator.require_pin("4321")
    assert "+CPIN: SIM PIN" in client.command("AT+CPIN?")
    assert client.command('AT+CPIN="0000"').endswith("+CME ERROR: 16\r\n")
    assert client.command('AT+CPIN="4321"') == "\r\nOK\r\n"
    assert "+CPIN: READY" in client.read_until(r"\+CPIN: READY\r\n")
    assert client.command('AT+CPIN="4321"').endswith("+CME ERROR: 3\r\n")  # already unlocked: not again
    simulator.require_pin("4321")
    for _ in range(3):
        assert client.command('AT+CPIN="1111"').endswith("+CME ERROR: 16\r\n")
    assert simulator.sim_state is SimState.PUK
    assert "+CPIN: SIM PUK" in client.command("AT+CPIN?")
    assert client.command('AT+CPIN="12345678","2468"') == "\r\nOK\r\n"
    assert all("4321" not in repr(event.details) and "1111" not in repr(event.details) for event in simulator.events)


def test_sim_busy_then_ready(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.make_sim_busy(4)
    assert client.command("AT+CPIN?").endswith("+CME ERROR: 14\r\n")
    simulator.advance(5)
    assert "+CPIN: READY" in client.command("AT+CPIN?")


def test_registration_signal_and_lte(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    assert "+CREG: 0,1" in client.command("AT+CREG?")
    cereg = client.command("AT+CEREG?")
    if simulator.dialect.lte:
        assert "+CEREG: 0,1" in cereg
    else:
        assert cereg.endswith(f"\r\n{simulator.dialect.unsupported_reply}\r\n")
    client.command("AT+CREG=2")
    assert '+CREG: 2,1,"1A2B","00C3D4E5"' in client.command("AT+CREG?")
    simulator.set_registration(3)
    assert "+CREG: 3" in client.read_until(r"\+CREG: 3\r\n")
    assert "+CREG: 2,3" in client.command("AT+CREG?")
    assert "+CSQ: 99,99" in client.command("AT+CSQ")
    simulator.set_registration(5)
    simulator.set_signal(25)
    assert "+CSQ: 25,99" in client.command("AT+CSQ")


def test_sim800_boots_with_urcs_and_refuses_sms_until_sms_ready() -> None:
    with Simulator("sim800", booted=False) as sim:
        client = AtClient(sim.device_path)
        try:
            sim.advance(1)
            boot = client.read_until(r"\+CPIN: READY\r\n")
            assert "RDY" in boot and "+CFUN: 1" in boot
            client.command("ATE0")
            client.command("AT+CMEE=1")
            assert client.command("AT+CMGF=0").endswith("+CMS ERROR: 302\r\n")
            sim.advance(4.5)
            client.read_until("Call Ready\r\n\r\nSMS Ready\r\n")
            assert client.command("AT+CMGF=0") == "\r\nOK\r\n"
        finally:
            client.close()


def test_huawei_says_command_not_support_and_chatters_until_curc_off() -> None:
    with Simulator("huawei") as sim:
        client = AtClient(sim.device_path)
        try:
            client.command("ATE0")
            assert client.command("AT+CEREG?") == "\r\nCOMMAND NOT SUPPORT\r\n"
            assert client.command("AT+NOSUCH") == "\r\nCOMMAND NOT SUPPORT\r\n"
            sim.advance(10)
            chatter = client.read_until(r"\^MODE:5,4\r\n")
            assert "^RSSI:18" in chatter
            client.command("AT^CURC=0")
            sim.advance(60)
            assert client.command("AT") == "\r\nOK\r\n"
            assert "^RSSI" not in client.drain()
        finally:
            client.close()


def test_ec25_qind_noise() -> None:
    with Simulator("ec25") as sim:
        client = AtClient(sim.device_path)
        try:
            sim.advance(10)
            assert '+QIND: "csq",18,99' in client.read_until(r'\+QIND: "csq",18,99\r\n')
        finally:
            client.close()


def send_pdu(client: AtClient, to: str, text: str, reference: int = 0) -> list[str]:
    replies = []
    for part in encode_submit(to, text, concat_reference=reference):
        client.write(f"AT+CMGS={part.tpdu_length}\r".encode())
        client.read_until("\r\n> ")
        client.write(part.pdu.encode() + b"\x1a")
        replies.append(client.read_until(FINAL))
    return replies


def test_cmgs_prompt_reference_increments_and_wraps(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    first = simulator.dialect.first_message_reference
    replies = send_pdu(client, OFFICER, "नमस्ते")
    replies += send_pdu(client, OFFICER, "hello")
    references = [int(re.search(r"\+CMGS: (\d+)", reply).group(1)) for reply in replies]  # type: ignore[union-attr]
    assert references == [first, (first + 1) % 256]
    assert [message.text for message in simulator.sent_messages] == ["नमस्ते", "hello"]
    assert simulator.sent_messages[0].pdu == "0031000C911989674523010008A70C0928092E0938094D09240947"


def test_message_reference_wraps_at_255() -> None:
    with Simulator("huawei") as sim:  # Huawei's counter starts at 255 here
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            replies = send_pdu(client, OFFICER, "a") + send_pdu(client, OFFICER, "b")
            assert "+CMGS: 255" in replies[0] and "+CMGS: 0" in replies[1]
        finally:
            client.close()


def test_cmgs_refuses_a_wrong_length_and_esc_cancels(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    part = encode_submit(OFFICER, "x", concat_reference=0)[0]
    client.write(f"AT+CMGS={part.tpdu_length + 1}\r".encode())
    client.read_until("> ")
    client.write(part.pdu.encode() + b"\x1a")
    assert client.read_until(FINAL).endswith("+CMS ERROR: 304\r\n")
    client.write(b"AT+CMGS=20\r")
    client.read_until("> ")
    client.write(b"0011\x1b")
    assert client.read_until(FINAL) == "\r\nOK\r\n"
    assert simulator.sent_messages == []


def test_body_written_before_the_prompt_is_lost(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.set_prompt_delay(2)
    part = encode_submit(OFFICER, "x", concat_reference=0)[0]
    client.write(f"AT+CMGS={part.tpdu_length}\r".encode() + part.pdu.encode())
    assert simulator.wait_for(lambda: simulator.count("body-before-prompt") >= len(part.pdu))
    simulator.advance(2)
    client.read_until("> ")
    client.write(b"\x1b")
    client.read_until(FINAL)
    assert simulator.sent_messages == []


def test_urcs_inside_a_response_and_before_the_prompt(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.urc_inside_next_response('+CMTI: "SM",7')
    assert client.command("AT+CSQ") == '\r\n+CSQ: 18,99\r\n\r\n+CMTI: "SM",7\r\n\r\nOK\r\n'
    simulator.urc_before_next_prompt("RING")
    client.write(b"AT+CMGS=20\r")
    assert client.read_until("> ") == "\r\nRING\r\n\r\n> "
    client.write(b"\x1b")
    client.read_until(FINAL)


def status_report_indication(dialect: str) -> str:
    return {"sim800": "+CDS: ", "sim7600": '+CDSI: "SR",', "ec25": '+CDSI: "SR",', "huawei": '+CDSI: "SM",'}[dialect]


def test_status_report_routing_per_dialect(simulator: Simulator, client: AtClient) -> None:
    prepare(client)  # CNMI ds=2
    replies = send_pdu(client, OFFICER, "hello")
    reference = int(re.search(r"\+CMGS: (\d+)", replies[0]).group(1))  # type: ignore[union-attr]
    simulator.advance(3)
    indication = status_report_indication(simulator.dialect.name)
    urc = client.read_until(re.escape(indication) + r"\d+\r\n" + ("[0-9A-F]+\r\n" if "CDS:" in indication else ""))
    if "+CDS:" in urc:
        pdu = urc.strip().splitlines()[-1]
    else:
        index = int(urc.strip().rsplit(",", 1)[1])
        pdu = client.command(f"AT+CMGR={index}").split("\r\n")[2]
        client.command(f"AT+CMGD={index}")
    report = decode_pdu(pdu)
    assert isinstance(report, StatusReport)
    assert (report.message_reference, report.recipient, report.status) == (reference, OFFICER, 0)


def test_ds1_gives_direct_reports_on_sim7600() -> None:
    with Simulator("sim7600") as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            client.command("AT+CNMI=2,1,0,1,0")
            send_pdu(client, OFFICER, "hello")
            sim.advance(3)
            client.read_until(r"\+CDS: 25\r\n[0-9A-F]+\r\n")
        finally:
            client.close()


def test_still_trying_then_delivered_reports() -> None:
    officer = Officer(OFFICER, delivery_statuses=(0x20, 0x00), delivery_after_seconds=10)
    with Simulator("sim800", [officer]) as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            send_pdu(client, OFFICER, "hello")
            sim.advance(20)
            reports = re.findall(r"\+CDS: \d+\r\n([0-9A-F]+)\r\n", client.read_until(r"(?s)(\+CDS: \d+\r\n[0-9A-F]+\r\n.*){2}"))
            statuses = [decode_pdu(pdu) for pdu in reports]
            assert [report.status for report in statuses if isinstance(report, StatusReport)] == [0x20, 0x00]
        finally:
            client.close()


def test_incoming_sms_cmti_cmgr_cmgd_and_cmgl(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    long_text = "कृपया तुरंत कॉल करें। " * 5
    simulator.inject_incoming_sms(OFFICER, long_text)
    indications = client.read_until(r'(?s)(\+CMTI: "SM",\d+\r\n.*){2}')
    indexes = [int(index) for index in re.findall(r'\+CMTI: "SM",(\d+)', indications)]
    parts = []
    for index in indexes:
        reply = client.command(f"AT+CMGR={index}")
        assert reply.startswith("\r\n+CMGR: 0,,")
        decoded = decode_pdu(reply.split("\r\n")[2])
        assert isinstance(decoded, Deliver) and decoded.sender == OFFICER
        parts.append(decoded)
        assert client.command(f"AT+CMGD={index}") == "\r\nOK\r\n"
    assert "".join(part.text for part in sorted(parts, key=lambda part: part.concat.sequence if part.concat else 0)) == long_text
    empty = client.command(f"AT+CMGR={indexes[0]}")
    if simulator.dialect.empty_read_is_ok:
        assert empty == "\r\nOK\r\n"
    else:
        assert empty == "\r\n+CMS ERROR: 321\r\n"
    simulator.inject_incoming_sms("VM-AIRTEL", "Balance low")
    client.read_until(r'\+CMTI: "SM",\d+\r\n')
    listing = client.command("AT+CMGL=4")
    assert listing.count("+CMGL: ") == 1
    assert client.command("AT+CMGL=0") == "\r\nOK\r\n"  # listing marked it read


def test_cnmi_mt2_delivers_directly() -> None:
    with Simulator("ec25") as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            client.command("AT+CNMI=2,2,0,1,0")
            sim.inject_incoming_sms(OFFICER, "ok")
            urc = client.read_until(r"\+CMT: ,\d+\r\n[0-9A-F]+\r\n")
            decoded = decode_pdu(urc.strip().splitlines()[-1])
            assert isinstance(decoded, Deliver) and decoded.text == "ok"
        finally:
            client.close()


def dial(client: AtClient, number: str = OFFICER) -> str:
    return client.command(f"ATD{number};")


def clcc_states(client: AtClient) -> list[int]:
    return [int(stat) for stat in re.findall(r"\+CLCC: \d+,\d+,(\d+),", client.command("AT+CLCC"))]


def test_answered_call_moves_through_clcc_states(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    assert dial(client) == "\r\nOK\r\n"
    assert clcc_states(client) == [2]
    simulator.advance(1)
    assert clcc_states(client) == [3]
    simulator.advance(6)
    assert clcc_states(client) == [0]
    simulator.advance(20)
    client.read_until("NO CARRIER\r\n")
    assert clcc_states(client) == []
    record = simulator.call_records[-1]
    assert (record.outcome, record.ring_seconds, record.talk_seconds) == ("answered", 7.0, 20.0)
    assert record.dial_string == OFFICER + ";"
    urcs = "".join(str(event.details.get("lines")) for event in simulator.events if event.kind == "urc")
    if simulator.dialect.name == "sim7600":
        assert "VOICE CALL: BEGIN" in urcs and "VOICE CALL: END: 000020" in urcs
    if simulator.dialect.name == "huawei":
        assert all(word in urcs for word in ("^ORIG:1,0", "^CONF:1", "^CONN:1,0", "^CEND:1,20,"))


@pytest.mark.parametrize(
    ("behaviour", "seconds", "final", "outcome"),
    [
        (CallBehaviour.BUSY, 3, "BUSY", "busy"),
        (CallBehaviour.NO_ANSWER, 61, "NO ANSWER", "no-answer"),
        (CallBehaviour.UNREACHABLE, 1, "NO CARRIER", "unreachable"),
    ],
)
def test_unanswered_outcomes(behaviour: CallBehaviour, seconds: float, final: str, outcome: str) -> None:
    with Simulator("ec25", [Officer(OFFICER, call=behaviour)]) as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            dial(client)
            sim.advance(seconds)
            client.read_until(f"\r\n{final}\r\n")
            assert sim.call_records[-1].outcome == outcome
            assert client.command("AT+CEER").startswith("\r\n+CEER: ")
        finally:
            client.close()


def test_client_hangs_up_with_chup_or_falls_back_to_ath(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    dial(client)
    simulator.advance(2)
    reply = client.command("AT+CHUP")
    if "+CHUP" in simulator.dialect.unsupported:
        assert reply == f"\r\n{simulator.dialect.unsupported_reply}\r\n"
        assert client.command("ATH") == "\r\nOK\r\n"
    else:
        assert reply.endswith("\r\nOK\r\n")  # Huawei's ^ORIG/^CONF/^CEND come first
    assert clcc_states(client) == []
    assert simulator.call_records[-1].outcome == "hung-up"


def test_no_voice_call_when_not_registered(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.set_registration(0)
    assert dial(client) == ("\r\n+CME ERROR: 30\r\n" if simulator.dialect.lte else "\r\nNO CARRIER\r\n")


def test_dial_strings_with_service_codes_are_refused_and_recorded(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    assert dial(client, "**21*9876543210#") == "\r\nERROR\r\n"
    assert simulator.dial_strings == ["**21*9876543210#;"]
    assert simulator.count("dial-refused") == 1


def test_incoming_call_rings_repeatedly_with_clip_then_is_missed(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    client.command("AT+CLIP=1")
    simulator.give_missed_call(OFFICER, ring_seconds=10)
    simulator.advance(10)
    text = client.read_until("NO CARRIER\r\n")
    rings = int(10 // simulator.dialect.ring_interval_seconds) + 1
    assert text.count("RING") == rings
    assert text.count(f'+CLIP: "{OFFICER}",145') == rings
    if simulator.dialect.name.startswith("sim"):
        assert re.search(r"MISSED_CALL: \d\d:\d\d[AP]M \+919876543210", client.read_until("MISSED_CALL[^\r]*\r\n"))
    assert simulator.call_records[-1].outcome == "missed"


def test_cring_and_answering_an_incoming_call() -> None:
    with Simulator("sim7600") as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            client.command("AT+CRC=1")
            sim.give_missed_call(OFFICER, ring_seconds=30)
            client.read_until(r"\+CRING: VOICE\r\n")
            assert clcc_states(client) == [4]
            assert client.command("ATA") == "\r\nOK\r\n"
            assert clcc_states(client) == [0]
            sim.advance(60)
            client.read_until("NO CARRIER\r\n")
            assert sim.call_records[-1].outcome == "answered"
        finally:
            client.close()


def test_officer_replies_and_acknowledges_with_a_missed_call() -> None:
    officer = Officer(OFFICER, reply_text="ठीक है", reply_after_seconds=30, missed_call_after_sms_seconds=40)
    with Simulator("sim800", [officer]) as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            client.command("AT+CLIP=1")
            send_pdu(client, OFFICER, "कृपया वापस कॉल करें " * 6)  # two parts: one reply, one missed call
            sim.advance(31)
            client.read_until(r'\+CMTI: "SM",1\r\n')
            assert sim.count("sms-incoming") == 1
            sim.advance(10)
            client.read_until(f'\\+CLIP: "{re.escape(OFFICER)}"')
            sim.advance(10)
            client.read_until("MISSED_CALL")
            assert [record.outcome for record in sim.call_records] == ["missed"]
        finally:
            client.close()


def test_cms_error_burst(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.fail_sms(42, count=2)
    replies = send_pdu(client, OFFICER, "a") + send_pdu(client, OFFICER, "b") + send_pdu(client, OFFICER, "c")
    assert [reply.endswith("+CMS ERROR: 42\r\n") for reply in replies] == [True, True, False]
    assert [message.text for message in simulator.sent_messages] == ["c"]


def test_slow_answer_arrives_only_when_time_passes(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.set_response_delay(30)
    client.write(b"AT+CSQ\r")
    assert simulator.wait_for(lambda: simulator.commands[-1] == "AT+CSQ")
    assert client.drain() == ""
    simulator.advance(30)
    assert client.read_until(FINAL).endswith("\r\n+CSQ: 18,99\r\n\r\nOK\r\n")  # after any chatter


def test_ignored_command_gets_no_answer(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.ignore_next("AT+CSQ")
    client.write(b"AT+CSQ\r")
    assert simulator.wait_for(lambda: simulator.commands[-1] == "AT+CSQ")
    assert client.command("AT") == "\r\nOK\r\n"


def test_garbage_bytes_reach_the_client(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.inject_garbage(b"\xff\xfe\x00junk\r\n")
    client.read_until("junk")
    assert client.command("AT") == "\r\nOK\r\n"


def test_port_vanishes_and_returns_behind_the_same_path(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    old_pty = simulator.pty_path
    assert os.path.realpath(simulator.device_path) == old_pty
    simulator.vanish()
    assert not os.path.exists(simulator.device_path)
    with pytest.raises(serial.SerialException):
        client.port.write(b"AT\r")
        client.port.read(10)
    client.close()
    simulator.restore()
    assert os.path.realpath(simulator.device_path) == simulator.pty_path
    again = AtClient(simulator.device_path)
    try:
        assert again.command("AT") == "AT\r\r\nOK\r\n"  # it rebooted: echo is back on
    finally:
        again.close()


def test_vanish_in_the_middle_of_a_send(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    simulator.vanish_on("AT+CMGS")
    client.write(b"AT+CMGS=20\r")
    assert simulator.wait_for_event("vanished")
    assert simulator.port.wait_closed(5)
    with pytest.raises(serial.SerialException):
        client.port.write(b"AT\r")
        client.port.read(10)
    assert simulator.sent_messages == []


def test_realtime_mode_moves_on_its_own() -> None:
    epoch = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    with Simulator("sim800", [Officer(OFFICER, answer_after_seconds=0.2)], realtime=True, epoch=epoch) as sim:
        client = AtClient(sim.device_path)
        try:
            prepare(client)
            dial(client)
            assert sim.wait_for_event("call-answered", timeout=10)
            assert sim.scheduler.wall() > epoch
        finally:
            client.close()


def test_clac_lists_what_the_dialect_supports(simulator: Simulator, client: AtClient) -> None:
    prepare(client)
    listing = client.command("AT+CLAC")
    assert "+CMGS" in listing
    assert all(f"\r\n{name}\r\n" not in listing for name in simulator.dialect.unsupported)
