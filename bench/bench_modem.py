"""Our modem layer against python-gsmmodem-new, both talking to the same simulated modem.

The simulator answers instantly and its clock stands still (no delivery reports,
no chatter), so what is measured is each library's own cost: wall time per SMS and
per call set-up, AT round trips and bytes on the wire (both directions) per SMS.
python-gsmmodem-new forces RTS/CTS and DSR/DTR on open (harmless on a pty), sends
``AT+CSCS`` before every message, and needs a +CLCC without trailing fields, so the
Huawei dialect (whose call URCs it knows) is used for both libraries.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bench import Report, median
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import CallBehaviour, Officer, Simulator

DIALECT = "huawei"
THEIR_MISSED_CALLS: list[list[int]] = []
OFFICER = "+919876543210"
REPEAT = 100
ROUNDS = 5
MESSAGES = {
    "English, 1 part": "Please call the MLA's office back within 10 minutes.",
    "Hindi, 1 part": "कृपया माननीय विधायक जी को दस मिनट में वापस कॉल करें।",
    "Hindi, 3 parts": "माननीय विधायक जी ने आपसे तुरंत संपर्क करने का अनुरोध किया है। " * 3,
}


@dataclass
class Sender:
    name: str
    send_sms: Callable[[str], None]
    set_up_call: Callable[[], None]  # request a call and return once the modem has it; then hang up
    close: Callable[[], None]


def _ours(simulator: Simulator) -> Sender:
    config = ModemConfig(name="bench", url=simulator.device_path, daily_cap=1_000_000)  # the bench sends hundreds
    modem = Modem(config, timing=Timing(tick_interval=0.05))
    modem.start()
    if not modem.wait_started(10) or not modem.status().ready:
        raise RuntimeError(f"our modem did not start on the simulator: {modem.status()}")

    def send(text: str) -> None:
        result = modem.send_sms(OFFICER, text, timeout=10)
        if not result.accepted:
            raise RuntimeError(f"ours: not accepted: {result}")

    def call() -> None:
        result = modem.call(OFFICER, ring_limit=0.0, talk_limit=0.0, timeout=10)  # hang up at once
        if result.modem_fault:
            raise RuntimeError(f"ours: call failed: {result}")

    return Sender("samvad-setu modem", send, call, lambda: modem.stop())


def _theirs(simulator: Simulator) -> Sender:
    from gsmmodem.modem import GsmModem  # bench-only dependency

    logging.getLogger("gsmmodem").setLevel(logging.CRITICAL)
    modem = GsmModem(simulator.device_path, 115200)
    modem.connect()

    def send(text: str) -> None:
        modem.sendSms(OFFICER, text)

    def call() -> None:
        try:
            modem.dial(OFFICER, timeout=2)
        except Exception:  # it sometimes misses the ^ORIG that follows OK and times out
            missed_calls.append(1)
        finally:
            modem.write("ATH")  # Call.hangup() skips ATH when the call was not seen; clear the line for the next

    missed_calls: list[int] = []
    THEIR_MISSED_CALLS.append(missed_calls)

    return Sender("python-gsmmodem-new", send, call, modem.close)


@dataclass
class Tally:
    """What one library did over all its phases."""

    sms_ms: dict[str, list[float]] = field(default_factory=lambda: {kind: [] for kind in MESSAGES})
    sms_commands: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MESSAGES, 0))
    sms_octets: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MESSAGES, 0))
    sms_cpu_ms: dict[str, float] = field(default_factory=lambda: dict.fromkeys(MESSAGES, 0.0))
    call_ms: list[float] = field(default_factory=list)


def _wire(simulator: Simulator) -> tuple[int, int]:
    return simulator.count("command"), simulator.bytes_from_client + simulator.bytes_to_client


def _phase(simulator: Simulator, factory: Callable[[Simulator], Sender], tally: Tally, count: int) -> None:
    """Connect one library alone (so neither's threads slow the other), measure, disconnect."""
    sender = factory(simulator)
    gc.collect()
    gc.disable()  # a collection of the harness's garbage must not land on one library's timings
    try:
        for text in MESSAGES.values():
            sender.send_sms(text)  # warm-up
        for kind, text in MESSAGES.items():
            commands, octets = _wire(simulator)
            cpu = time.process_time()
            for _ in range(count):
                started = time.perf_counter()
                sender.send_sms(text)
                tally.sms_ms[kind].append((time.perf_counter() - started) * 1000.0)
            tally.sms_cpu_ms[kind] += (time.process_time() - cpu) * 1000.0
            after_commands, after_octets = _wire(simulator)
            tally.sms_commands[kind] += after_commands - commands
            tally.sms_octets[kind] += after_octets - octets
        probe = _call_set_up(simulator, sender)
        tally.call_ms.extend(probe() for _ in range(count))
    finally:
        gc.enable()
        sender.close()


def _call_set_up(simulator: Simulator, sender: Sender) -> Callable[[], float]:
    """A probe: ask for a call, return the milliseconds until the modem received ATD, let the call end."""
    dialled = threading.Event()
    simulator.add_listener(lambda event: dialled.set() if event.kind == "dial" else None)

    def probe() -> float:
        dialled.clear()
        worker = threading.Thread(target=sender.set_up_call)
        started = time.perf_counter()
        worker.start()
        if not dialled.wait(10):
            raise RuntimeError(f"{sender.name}: no ATD reached the modem")
        latency = (time.perf_counter() - started) * 1000.0
        worker.join(20)
        return latency

    return probe


def run(report: Report) -> None:
    baseline = "python-gsmmodem-new"
    officer = Officer(OFFICER, call=CallBehaviour.NO_ANSWER)
    ours, theirs = Tally(), Tally()
    for _ in range(ROUNDS):  # turn about, so a busy moment on the shared machine hits both alike
        for factory, tally in ((_ours, ours), (_theirs, theirs)):
            with Simulator(DIALECT, [officer]) as simulator:  # alone: no idle simulator's threads beside it
                _phase(simulator, factory, tally, REPEAT // ROUNDS)
    runs = ROUNDS * (REPEAT // ROUNDS)
    for kind in MESSAGES:
        report.add(f"modem SMS {kind}: wall time", median(ours.sms_ms[kind]), "ms",
                   baseline_name=baseline, baseline_value=median(theirs.sms_ms[kind]), note=f"median of {runs}")
        report.add(f"modem SMS {kind}: CPU time, all threads", ours.sms_cpu_ms[kind] / runs, "ms",
                   baseline_name=baseline, baseline_value=theirs.sms_cpu_ms[kind] / runs,
                   note="the process's CPU per SMS, the simulator's share included for both")
        report.add(f"modem SMS {kind}: AT round trips", ours.sms_commands[kind] / runs, "commands",
                   baseline_name=baseline, baseline_value=theirs.sms_commands[kind] / runs)
        report.add(f"modem SMS {kind}: bytes on the wire", ours.sms_octets[kind] / runs, "octets",
                   baseline_name=baseline, baseline_value=theirs.sms_octets[kind] / runs, note="both directions")
    missed = sum(len(misses) for misses in THEIR_MISSED_CALLS)
    report.add("modem call set-up: request to ATD at the modem", median(ours.call_ms), "ms",
               baseline_name=baseline, baseline_value=median(theirs.call_ms),
               note=f"median of {runs}; {baseline} lost track of {missed} of its {runs} calls")


if __name__ == "__main__":
    run(Report())
