"""Real processes for the outbox's hardest tests: ``samvad-setu dispatch`` and simulated modems, each on its own.

The modems outlive every dispatcher killed against them and log every byte
(:mod:`tests.desk.modem_process`), so what the network saw is known exactly.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
COMMAND = Path(sys.executable).with_name("samvad-setu")
LINE_WAIT = 60.0


class Lines:
    """A process's output, line by line, read on threads so the process never blocks on a full pipe."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []
        self._threads = [threading.Thread(target=self._read, daemon=True),
                         threading.Thread(target=self._read_errors, daemon=True)]
        for thread in self._threads:
            thread.start()

    def join(self, timeout: float) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.queue.put(line.rstrip("\n"))
        self.queue.put(None)

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    def last(self, count: int) -> list[str]:
        """The last lines the process printed, read or not."""
        while True:
            try:
                line = self.queue.get_nowait()
            except queue.Empty:
                return self.seen[-count:]
            if line is not None:
                self.seen.append(line)

    def wait_for(self, text: str, timeout: float = LINE_WAIT) -> str:
        """The next line holding ``text`` (an empty ``text``: the next line of any kind)."""
        while True:
            line = self.queue.get(timeout=timeout)
            if line is None:
                raise AssertionError(f"the process ended: {''.join(self.errors[-30:])}\n" + "\n".join(self.seen[-30:]))
            self.seen.append(line)
            if text in line:
                return line


class ModemProcess:
    """One simulated modem in a process of its own."""

    def __init__(self, folder: Path, name: str, officers: Iterable[dict[str, Any]], *, speed: float,
                 hold_seconds: float = 30.0) -> None:
        self.log = folder / name
        settings = folder / f"{name}.json"
        settings.write_text(json.dumps({"log": str(self.log), "officers": list(officers), "speed": speed,
                                        "hold_seconds": hold_seconds}), encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.desk.modem_process", str(settings)], cwd=ROOT, text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines = Lines(self.process)
        self.device = self.lines.wait_for("device: ").split(": ", 1)[1]

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        self.lines.wait_for(f"ok {command}")

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        path = Path(f"{self.log}.events")
        if not path.exists():
            return []
        found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [event for event in found if kind is None or event["kind"] == kind]

    def wait_event(self, kind: str, count: int = 1, timeout: float = LINE_WAIT) -> list[dict[str, Any]]:
        """The modem's events of ``kind`` once there are ``count`` of them."""
        while len(found := self.events(kind)) < count:
            self.lines.wait_for(f'"kind": "{kind}"', timeout)
        return found

    def wire(self) -> bytes:
        """Every byte the dispatchers wrote to this modem, in order."""
        path = Path(f"{self.log}.bytes")
        chunks = [line.split(" ", 1) for line in path.read_text(encoding="ascii").splitlines()] if path.exists() else []
        return b"".join(bytes.fromhex(data) for direction, data in chunks if direction == "in")

    def messages(self) -> Counter[tuple[str, str]]:
        """Whole SMS (recipient, text) as a phone would show them: parts joined by sender reference."""
        whole: Counter[tuple[str, str]] = Counter()
        pending: dict[tuple[str, int, int], dict[int, str]] = {}
        for part in self.events("sms"):
            if part["total"] == 1:
                whole[(part["recipient"], part["text"])] += 1
                continue
            key = (part["recipient"], part["ref"], part["total"])
            pending.setdefault(key, {})[part["seq"]] = part["text"]
            if len(pending[key]) == part["total"]:
                pieces = pending.pop(key)
                whole[(part["recipient"], "".join(pieces[n] for n in sorted(pieces)))] += 1
        return whole

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def machine_settings(folder: Path, center_number: str, modems: Iterable[tuple[str, str, str]],
                     thresholds: str = "") -> Path:
    """A machine's settings file: the center's number, the thresholds, ``(name, device, role)`` per modem."""
    text = f'[center]\nnumber = "{center_number}"\n{thresholds}\n'
    for name, device, role in modems:
        roles = '["sms", "voice"]' if role == "both" else f'["{role}"]'
        text += f'\n[[modems]]\nname = "{name}"\nurl = "{device}"\nroles = {roles}\ndaily_sms_cap = 10000\n'
    path = folder / "machine.toml"
    path.write_text(text, encoding="utf-8")
    return path


class DispatchProcess:
    """``samvad-setu dispatch`` as IT staff run it on the machine that holds the modems."""

    def __init__(self, database_url: str, settings: Path, *, worker: str = "dispatch-under-test",
                 extra: Iterable[str] = ()) -> None:
        environment = dict(os.environ, SAMVAD_SETU_CONFIG="", XDG_CONFIG_HOME=str(settings.parent / "xdg"))
        self.process = subprocess.Popen(
            [str(COMMAND), "dispatch", "--district", "hardoi", "--database", database_url, "--config", str(settings),
             "--worker", worker, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
        )
        self.lines = Lines(self.process)

    def started(self) -> str:
        return self.lines.wait_for("dispatching for ")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(20)

    def stop(self, timeout: float = LINE_WAIT) -> int:
        """SIGTERM, as a service manager stops it; the exit code."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def finish(self, timeout: float = LINE_WAIT) -> tuple[int, str]:
        """Wait for the process to end by itself; its exit code and everything it wrote to stderr."""
        code = self.process.wait(timeout)
        self.lines.join(timeout)
        return code, "".join(self.lines.errors)
