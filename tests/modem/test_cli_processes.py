"""As an IT person would: ``modem simulate`` in one process, probe/sms/call/listen in others."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

OFFICER = "+919876543210"
ROOT = Path(__file__).resolve().parents[2]


class Process:
    """A ``samvad-setu`` process whose output lines can be awaited with a timeout."""

    def __init__(self, *argv: str, stdin: bool = False, merge_stderr: bool = False) -> None:
        environment = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "ui.main", *argv],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, fragment: str, timeout: float = 20.0) -> str:
        """The next line containing ``fragment`` (earlier lines are kept in ``seen``)."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no line containing {fragment!r}; saw {self.seen}") from None
            self.seen.append(line)
            if fragment in line:
                return line

    def type(self, line: str) -> None:
        assert self.popen.stdin is not None
        self.popen.stdin.write(line + "\n")
        self.popen.stdin.flush()

    def stop(self) -> int:
        self.popen.terminate()
        return self.popen.wait(20)

    def stop_and_expect(self, fragment: str) -> int:
        self.popen.terminate()
        self.expect(fragment)
        return self.popen.wait(20)


def run(*argv: str, timeout: float = 90.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture(params=["sim800", "huawei"])
def simulate(request: pytest.FixtureRequest) -> Iterator[tuple[Process, str]]:
    process = Process(
        "modem", "simulate", "--dialect", str(request.param), "--officer", f"{OFFICER}:answer:2", "--speed", "10",
        stdin=True,
    )
    device = process.expect("device: ").split(": ", 1)[1]
    process.expect("type 'help'")
    yield process, device
    assert process.stop_and_expect("simulator stopped") == 0  # SIGTERM, like Ctrl-C, stops it cleanly


def test_probe_sms_and_call_against_a_simulator_in_another_process(simulate: tuple[Process, str]) -> None:
    simulator, device = simulate
    probe = run("modem", "probe", "--port", device)
    assert probe.returncode == 0, probe.stderr
    assert "ready to send: yes" in probe.stdout

    sms = run("modem", "sms", "--port", device, "--to", "9876543210", "--text", "कृपया विधायक जी को कॉल करें", "--wait", "10")
    assert sms.returncode == 0, sms.stderr
    assert "part 1/1: accepted, reference" in sms.stdout and "delivered" in sms.stdout
    simulator.expect("SMS accepted for +919876543210")  # the simulator's own log of what it saw

    call = run("modem", "call", "--port", device, "--to", OFFICER, "--ring-timeout", "10", "--talk-limit", "1")
    assert call.returncode == 0, call.stdout + call.stderr
    assert "outcome: answered" in call.stdout


def test_refusals_are_clear_and_touch_nothing(simulate: tuple[Process, str]) -> None:
    _, device = simulate
    hostile = run("modem", "call", "--port", device, "--to", "*21*9876543210#")
    assert hostile.returncode == 2
    assert "'*' and '#' make a service code, not a number" in hostile.stderr
    missing = run("modem", "probe", "--port", device + "-gone", "--timeout", "3")
    assert missing.returncode == 2 and "no modem ready" in missing.stderr


def test_listen_prints_json_lines_for_what_the_trainer_injects(simulate: tuple[Process, str]) -> None:
    simulator, device = simulate
    listener = Process("modem", "listen", "--port", device, "--count", "3", "--seconds", "60", merge_stderr=True)
    try:
        listener.expect("listening on")  # the modem is initialised
        simulator.type("sms 9876543210 ठीक है")
        simulator.expect("ok: sms")
        first = json.loads(listener.expect('{"event": "sms"'))
        assert first["sender"] == OFFICER and first["text"] == "ठीक है"
        simulator.type(f"ring {OFFICER} 10")
        started = json.loads(listener.expect('{"event": "call_started"'))
        ended = json.loads(listener.expect('{"event": "call_ended"'))
        assert started["number"] == OFFICER and ended["rings"] >= 2
        assert listener.popen.wait(30) == 0
    finally:
        if listener.popen.poll() is None:
            listener.stop()
