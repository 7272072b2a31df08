"""``samvad-setu modem probe/sms/call/listen`` run in-process (console.cli.main) against the simulator.

The simulator runs in real time at a high speed, so an Officer answering "after
6 s" answers within a fraction of a real second; nothing here sleeps.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

from console.cli import main
from console.cli.modem_command import trainer_command
from modem.simulator import DIALECTS, CallBehaviour, Officer, Simulator

OFFICER = "+919876543210"
BUSY = "+919876500001"
SILENT = "+919876500002"


@pytest.fixture(params=sorted(DIALECTS))
def simulator(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    officers = [
        Officer(OFFICER, answer_after_seconds=4, talk_seconds=30),
        Officer(BUSY, call=CallBehaviour.BUSY),
        Officer(SILENT, call=CallBehaviour.NO_ANSWER),
    ]
    with Simulator(str(request.param), officers, realtime=True, speed=10) as sim:
        yield sim


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["modem", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_probe_reports_identity_and_readiness(simulator: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "probe", "--port", simulator.device_path)
    assert code == 0
    assert simulator.dialect.model in out
    assert "ready to send: yes" in out and "signal:        -77 dBm" in out


def test_probe_exits_2_without_a_sim(capsys: pytest.CaptureFixture[str]) -> None:
    with Simulator("sim800", realtime=True, speed=10) as simulator:
        simulator.remove_sim()
        code, out, err = run(capsys, "probe", "--port", simulator.device_path, "--timeout", "5")
    assert code == 2
    assert "ready to send: no" in out and "SIM is absent" in err


def test_probe_exits_2_when_registration_is_denied(capsys: pytest.CaptureFixture[str]) -> None:
    with Simulator("ec25", realtime=True, speed=10) as simulator:
        simulator.set_registration(3)
        code, _, err = run(capsys, "probe", "--port", simulator.device_path, "--timeout", "2")
    assert code == 2 and "not registered" in err and "denied" in err


def test_probe_of_a_missing_port_says_so(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    code, _, err = run(capsys, "probe", "--port", "/dev/serial/by-id/no-such-modem", "--timeout", "3")
    assert code == 2 and "no modem ready on /dev/serial/by-id/no-such-modem" in err


def test_sms_prints_references_and_delivery(simulator: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sms", "--port", simulator.device_path, "--to", "98765 43210", "--text", "Please call back", "--wait", "10"
    )
    assert code == 0
    first = simulator.dialect.first_message_reference
    assert f"part 1/1: accepted, reference {first}" in out
    assert "part 1/1: delivered (status 0x00)" in out
    assert simulator.sent_messages[0].recipient == OFFICER


def test_hindi_multipart_sms_prints_every_part(simulator: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    text = "माननीय विधायक जी ने आपसे तुरंत संपर्क करने का अनुरोध किया है। कृपया कॉल करें। " * 2
    code, out, _ = run(capsys, "sms", "--port", simulator.device_path, "--to", OFFICER, "--text", text, "--wait", "15")
    assert code == 0
    assert out.count("accepted, reference") == 3
    assert out.count("delivered") == 3
    assert "".join(message.text for message in simulator.sent_messages) == text


def test_sms_refused_by_the_network_exits_1_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    with Simulator("sim7600", realtime=True, speed=10) as simulator:
        simulator.fail_sms(304, count=5)
        code, out, err = run(capsys, "sms", "--port", simulator.device_path, "--to", OFFICER, "--text", "x")
    assert code == 1
    assert "+CMS ERROR: 304" in out
    assert "not accepted: internal" in err


@pytest.mark.parametrize(
    "number",
    ["*21*9876543210#", "9876543210;ATH", "+1 555 123 4567", "12345", "+91987654321\r", "98765\x1a43210", "#31#"],
)
def test_hostile_or_foreign_numbers_are_refused_before_the_port_is_touched(
    number: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Simulator("sim800") as simulator:
        for action in (["sms", "--text", "x"], ["call"]):
            code, _, err = run(capsys, action[0], "--port", simulator.device_path, "--to", number, *action[1:])
            assert code == 2
            assert "phone number" in err
        assert simulator.bytes_from_client == 0


@pytest.mark.parametrize(
    ("number", "outcome", "code"), [(OFFICER, "answered", 0), (BUSY, "busy", 1), (SILENT, "no_answer", 1)]
)
def test_call_prints_outcome_and_durations(
    simulator: Simulator, capsys: pytest.CaptureFixture[str], number: str, outcome: str, code: int
) -> None:
    exit_code, out, _ = run(
        capsys, "call", "--port", simulator.device_path, "--to", number, "--ring-timeout", "3", "--talk-limit", "1"
    )
    assert exit_code == code
    assert f"outcome: {outcome}\n" in out
    assert "ring: " in out and "talk: " in out


def test_listen_prints_one_json_line_per_sms_and_call(capsys: pytest.CaptureFixture[str]) -> None:
    with Simulator("sim800", realtime=True, speed=10) as simulator:
        result: list[int] = []
        listener = threading.Thread(
            target=lambda: result.append(main(["modem", "listen", "--port", simulator.device_path, "--count", "3"]))
        )
        listener.start()
        assert simulator.wait_for(lambda: any(line.startswith("AT+CLIP") for line in simulator.commands), 20)
        simulator.inject_incoming_sms(OFFICER, "ठीक है, कॉल करता हूँ")
        assert simulator.wait_for(lambda: any(line.startswith("AT+CMGD") for line in simulator.commands), 20)
        simulator.give_missed_call(OFFICER, ring_seconds=10)
        listener.join(30)
        assert not listener.is_alive() and result == [0]
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["event"] for line in lines] == ["sms", "call_started", "call_ended"]
    assert lines[0]["sender"] == OFFICER and lines[0]["text"] == "ठीक है, कॉल करता हूँ"
    assert lines[1]["number"] == OFFICER and lines[2]["rings"] >= 2


def test_trainer_commands_drive_the_simulator() -> None:
    with Simulator("sim800") as simulator:
        assert trainer_command(simulator, "sms 9876543210 नमस्ते जी") == "ok: sms 9876543210 नमस्ते जी"
        assert simulator.count("sms-incoming") == 1
        trainer_command(simulator, "sim absent")
        assert simulator.sim_state.value == "absent"
        trainer_command(simulator, "network 3")
        assert simulator.engine.state.registration == 3
        assert "trainer commands" in trainer_command(simulator, "help")


def test_sms_whose_delivery_fails_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    officer = Officer(OFFICER, delivery_statuses=(0x20, 0x41), delivery_after_seconds=1)
    with Simulator("ec25", [officer], realtime=True, speed=10) as simulator:
        code, out, err = run(capsys, "sms", "--port", simulator.device_path, "--to", OFFICER, "--text", "x", "--wait", "10")
    assert code == 3
    assert "part 1/1: pending (status 0x20)" in out and "part 1/1: failed (status 0x41)" in out
    assert "delivery failed" in err


def test_a_pyserial_url_is_accepted_as_a_port(capsys: pytest.CaptureFixture[str]) -> None:
    # loop:// echoes every command back and never answers OK: opened, tried, and refused in words.
    code, _, err = run(capsys, "probe", "--port", "loop://", "--timeout", "3")
    assert code == 2 and "no modem ready on loop://" in err


@pytest.mark.parametrize(("written", "understood"), [
    ("05852234567", "+91 5852 234 567"),
    ("05852-234567", "+91 5852 234 567"),
    ("098765 43210", "+91 98765 43210"),
    ("+91 98765-43210", "+91 98765 43210"),
])
def test_national_forms_are_understood_and_shown(
    written: str, understood: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Simulator("sim800", realtime=True, speed=10) as simulator:
        code, out, err = run(capsys, "sms", "--port", simulator.device_path, "--to", written, "--text", "x")
    assert code == 0, err
    assert out.splitlines()[0] == f"to: {understood}"
    assert simulator.sent_messages[0].recipient == understood.replace(" ", "")
