"""A simulated GSM modem in its own process, logging every byte: what the network really saw.

Run as ``python -m tests.desk.modem_process SETTINGS.json``. It prints ``device: PATH``
once the pseudo-terminal is up, then keeps two logs that outlive every dispatcher
killed against it: ``<log>.bytes`` (each chunk in either direction, hex, with its
direction) and ```<log>.events`` (one JSON line per SMS part accepted, status
report, dial and call end; each also printed as ``event {...}``). Lines on stdin steer it:

``hold-after-part-1``
    once the first part of the next long SMS is accepted, hold the prompt of the
    next ``AT+CMGS`` for ``hold_seconds`` (simulated): the sender is then stuck
    between the parts, long enough to be killed there.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from modem.simulator import CallBehaviour, Officer, Simulator
from modem.simulator.simulator import Event



class WireLog:
    """Every byte the dispatcher wrote and the modem answered, in order, flushed as it happens."""

    def __init__(self, path: Path) -> None:
        self._file: IO[str] = path.open("a", encoding="ascii")
        self._lock = threading.Lock()

    def tap(self, direction: str, forward: Callable[[bytes], None]) -> Callable[[bytes], None]:
        def tapped(data: bytes) -> None:
            with self._lock:
                self._file.write(f"{direction} {data.hex()}\n")
                self._file.flush()
            forward(data)

        return tapped


class EventLog:
    def __init__(self, path: Path, simulator: Simulator, hold_seconds: float) -> None:
        self._file: IO[str] = path.open("a", encoding="utf-8")
        self._simulator = simulator
        self._hold_seconds = hold_seconds
        self.hold_after_first_part = False
        self._holding = False

    def __call__(self, event: Event) -> None:  # under the simulator's lock
        line: dict[str, Any] | None = None
        if event.kind == "sms-sent":
            message = self._simulator.engine.sent_messages[-1]
            concat = message.concat
            line = {"kind": "sms", "recipient": message.recipient, "text": message.text,
                    "mr": message.reference, "ref": concat.reference if concat else None,
                    "seq": concat.sequence if concat else 1, "total": concat.total if concat else 1}
            if self.hold_after_first_part and concat is not None and concat.sequence == 1 and concat.total > 1:
                self.hold_after_first_part, self._holding = False, True
                self._simulator.engine.faults.prompt_delay = self._hold_seconds  # for the next AT+CMGS only
        elif event.kind == "command" and self._holding and str(event.details.get("line", "")).startswith("AT+CMGS"):
            self._holding = False
            line = {"kind": "held", "command": event.details["line"]}
            faults = self._simulator.engine.faults
            self._simulator.scheduler.call_later(0.0, lambda: setattr(faults, "prompt_delay", 0.0))
        elif event.kind in ("dial", "call-ended", "status-report", "call-answered"):
            line = {"kind": event.kind, **{key: value for key, value in event.details.items()}}
        if line is not None:
            line["at"] = datetime.now().isoformat()
            text = json.dumps(line, ensure_ascii=False, default=str)
            self._file.write(text + "\n")
            self._file.flush()
            print(f"event {text}", flush=True)  # after the file: a test that waits on it finds it there


def officers_from(items: list[dict[str, Any]]) -> list[Officer]:
    return [Officer(item["number"], CallBehaviour(item.get("call", "answer")),
                    answer_after_seconds=item.get("answer_after", 6.0), talk_seconds=item.get("talk", 20.0),
                    delivery_after_seconds=item.get("delivery_after", 3.0)) for item in items]


def main(settings_path: str) -> int:
    settings = json.loads(Path(settings_path).read_text(encoding="utf-8"))
    log = Path(settings["log"])
    simulator = Simulator(settings.get("dialect", "sim800"), officers_from(settings.get("officers", [])),
                          realtime=True, speed=settings.get("speed", 1.0), directory=log.parent / f"{log.name}.dev")
    (log.parent / f"{log.name}.dev").mkdir(parents=True, exist_ok=True)
    wire = WireLog(Path(f"{log}.bytes"))
    events = EventLog(Path(f"{log}.events"), simulator, settings.get("hold_seconds", 30.0))
    simulator.port._on_data = wire.tap("in", simulator.port._on_data)  # what the dispatcher wrote
    simulator.engine.write = wire.tap("out", simulator.engine.write)  # what the modem answered
    simulator.add_listener(events)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    simulator.start()
    print(f"device: {simulator.device_path}", flush=True)
    threading.Thread(target=_read_commands, args=(simulator, events, stopped), daemon=True).start()
    stopped.wait()
    simulator.close()
    return 0


def _read_commands(simulator: Simulator, events: EventLog, stopped: threading.Event) -> None:
    for line in sys.stdin:
        command = line.strip()
        if command == "hold-after-part-1":
            events.hold_after_first_part = True
        print(f"ok {command}", flush=True)
    stopped.set()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
