"""Our modem layer against python-gsmmodem-new, both talking to the same simulated modem.

The simulator answers instantly and its clock stands still (no delivery reports,
no chatter), so what is measured is each library's own cost: wall time per SMS and
per call set-up, AT round trips and bytes on the wire (both directions) per SMS.
python-gsmmodem-new forces RTS/CTS and DSR/DTR on open (harmless on a pty), sends
``AT+CSCS`` before every message, and needs a +CLCC without trailing fields, so the
Huawei dialect (whose call URCs it knows) is used for both libraries.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from bench import Report, median
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import CallBehaviour, Officer, Simulator

DIALECT = "huawei"
THEIR_MISSED_CALLS: list[list[int]] = []
OFFICER = "+919876543210"
REPEAT = 100
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


@dataclass
class Wire:
    seconds: list[float]
    commands: float
    octets: float


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


@contextmanager
def _simulated(factory: Callable[[Simulator], Sender]) -> Iterator[tuple[Simulator, Sender]]:
    officer = Officer(OFFICER, call=CallBehaviour.NO_ANSWER)
    with Simulator(DIALECT, [officer]) as simulator:
        sender = factory(simulator)
        try:
            yield simulator, sender
        finally:
            sender.close()


def _timed(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000.0


def _interleaved(pairs: list[tuple[Simulator, Callable[[], None]]]) -> list[Wire]:
    """Run the libraries' actions turn about, so a busy moment on the machine hits both alike."""
    commands = [simulator.count("command") for simulator, _ in pairs]
    octets = [simulator.bytes_from_client + simulator.bytes_to_client for simulator, _ in pairs]
    samples: list[list[float]] = [[] for _ in pairs]
    for _ in range(REPEAT):
        for index, (_, action) in enumerate(pairs):
            samples[index].append(_timed(action))
    return [
        Wire(
            seconds=samples[index],
            commands=(simulator.count("command") - commands[index]) / REPEAT,
            octets=(simulator.bytes_from_client + simulator.bytes_to_client - octets[index]) / REPEAT,
        )
        for index, (simulator, _) in enumerate(pairs)
    ]


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
    with _simulated(_ours) as (our_simulator, ours), _simulated(_theirs) as (their_simulator, theirs):
        for text in MESSAGES.values():  # warm-up
            ours.send_sms(text)
            theirs.send_sms(text)
        for kind, text in MESSAGES.items():
            mine, other = _interleaved(
                [(our_simulator, lambda: ours.send_sms(text)), (their_simulator, lambda: theirs.send_sms(text))]
            )
            report.add(f"modem SMS {kind}: wall time", median(mine.seconds), "ms",
                       baseline_name=baseline, baseline_value=median(other.seconds), note=f"median of {REPEAT}")
            report.add(f"modem SMS {kind}: AT round trips", mine.commands, "commands",
                       baseline_name=baseline, baseline_value=other.commands)
            report.add(f"modem SMS {kind}: bytes on the wire", mine.octets, "octets",
                       baseline_name=baseline, baseline_value=other.octets, note="both directions")
        probes = (_call_set_up(our_simulator, ours), _call_set_up(their_simulator, theirs))
        calls: tuple[list[float], list[float]] = ([], [])
        for _ in range(REPEAT):
            for probe, samples in zip(probes, calls):
                samples.append(probe())
    missed = sum(len(misses) for misses in THEIR_MISSED_CALLS)
    report.add("modem call set-up: request to ATD at the modem", median(calls[0]), "ms",
               baseline_name=baseline, baseline_value=median(calls[1]),
               note=f"median of {REPEAT}; {baseline} lost track of {missed} of its {REPEAT} calls")


if __name__ == "__main__":
    run(Report())
