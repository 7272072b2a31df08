"""``samvad-setu modem …``: the installation check of every district, and a simulated modem to learn on.

IT staff run ``modem simulate`` in one terminal and ``modem probe/sms/call/listen``
against the printed device in another, exactly as they later will against the
real modem. Numbers are checked before the port is even opened.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import logging
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from console.cli import CommandError
from console.clock import IST, SystemClock
from console.phone import InvalidNumber, NumberProblem, display, parse_number
from modem.config import ModemConfig
from modem.events import (
    CallOutcome,
    DeliveryReported,
    DeliveryState,
    IncomingCallEnded,
    IncomingCallStarted,
    ModemAlertRaised,
    ModemEvent,
    SmsReceived,
    SmsResult,
)
from modem.modem import Modem
from modem.simulator import DIALECTS, CallBehaviour, Event, Officer, Simulator
from modem.state import ModemStatus

log = logging.getLogger(__name__)

EXIT_NOT_READY = 2
EXIT_REFUSED = 1
EXIT_DELIVERY_FAILED = 3
STARTUP_SECONDS = 30.0


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "modem", help="check a GSM modem (probe, sms, call, listen, audio) or run a simulated one"
    )
    actions = parser.add_subparsers(dest="modem_action", metavar="ACTION", required=True)

    simulate = actions.add_parser("simulate", help="run a simulated modem and print its device path")
    simulate.add_argument("--dialect", choices=sorted(DIALECTS), default="sim800")
    simulate.add_argument(
        "--officer",
        action="append",
        default=[],
        metavar="NUMBER:BEHAVIOUR",
        help="a simulated Officer: +919876543210:answer|busy|noanswer|unreachable[:SECONDS[:LISTEN]] — seconds"
        " before answering, seconds on the line after it (repeatable)",
    )
    simulate.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second")
    simulate.set_defaults(handler=run_simulate)

    probe = actions.add_parser("probe", help="identity, SIM, registration, signal; exit 0 when ready, 2 when not")
    port_argument(probe)
    probe.set_defaults(handler=run_probe)

    sms = actions.add_parser("sms", help="send one SMS and report each part's reference and delivery")
    port_argument(sms)
    sms.add_argument("--to", required=True, metavar="NUMBER",
                     help="an Indian number: 98765 43210, 098765-43210, 05852-234567 or +91 98765 43210")
    sms.add_argument("--text", required=True)
    sms.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for delivery")
    sms.set_defaults(handler=run_sms)

    call = actions.add_parser("call", help="place a voice call and report the outcome and durations")
    port_argument(call)
    call.add_argument("--to", required=True, metavar="NUMBER",
                      help="an Indian number: 98765 43210, 098765-43210, 05852-234567 or +91 98765 43210")
    call.add_argument("--ring-timeout", type=float, default=45.0, metavar="SECONDS")
    call.add_argument("--talk-limit", type=float, default=10.0, metavar="SECONDS", help="hang up after this")
    call.set_defaults(handler=run_call)

    listen = actions.add_parser("listen", help="print incoming SMS, status reports and calls as JSON lines")
    port_argument(listen)
    listen.add_argument("--count", type=int, default=0, help="stop after this many events (0: never)")
    listen.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: never)")
    listen.set_defaults(handler=run_listen)

    from console.cli import modem_audio_command  # builds on this module's port helpers, so imported here

    modem_audio_command.register(actions)


def port_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", required=True, help="device path, COMn, or a pyserial URL (e.g. rfc2217://…)")
    parser.add_argument("--timeout", type=float, default=STARTUP_SECONDS, help="seconds to wait for the modem")


def checked_number(raw: str) -> str:
    """An Indian number written any way people write it (``05852-234567``, ``098765 43210``, ``+91…``), as E.164.

    The number policy of :mod:`console.phone` reads it (phonenumbers, India by default); foreign numbers, service
    codes and anything that is not a number are refused with the reason.
    """
    try:
        return parse_number(raw).e164
    except InvalidNumber as error:
        reason = _NUMBER_PROBLEMS.get(error.problem, error.problem.value.replace("_", " "))
        raise CommandError(f"phone number {raw!r}: {reason}; give an Indian number such as 98765 43210, "
                           "05852-234567 or +91 98765 43210", 2) from None


_NUMBER_PROBLEMS = {
    NumberProblem.EMPTY: "empty",
    NumberProblem.LETTERS: "letters are not digits",
    NumberProblem.SERVICE_CODE: "'*' and '#' make a service code, not a number",
    NumberProblem.INVALID_CHARACTERS: "characters other than digits, spaces, dashes and a leading '+'",
    NumberProblem.TOO_SHORT: "too few digits",
    NumberProblem.TOO_LONG: "too many digits",
    NumberProblem.FOREIGN: "not an Indian number (only Indian numbers are allowed here)",
    NumberProblem.UNSUPPORTED_TYPE: "a toll-free, premium or shared-cost number",
    NumberProblem.INVALID: "no such Indian number",
}


def _say_number(number: str) -> None:
    print(f"to: {display(number)}", flush=True)


# ---- simulate --------------------------------------------------------------------------------


def run_simulate(args: argparse.Namespace) -> int:
    try:
        officers = [Officer.parse(text) for text in args.officer]
    except ValueError as error:
        raise CommandError(str(error), 2) from error
    epoch = SystemClock().now().astimezone(IST)
    stopped = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda number, frame: stopped.set())
    try:
        with Simulator(args.dialect, officers, realtime=True, speed=args.speed, epoch=epoch) as simulator:
            simulator.add_listener(_print_simulator_event)
            print(f"device: {simulator.device_path}", flush=True)
            print(f"dialect: {simulator.dialect.name} ({simulator.dialect.manufacturer} {simulator.dialect.model})")
            print(f"currently: {simulator.pty_path}")
            for officer in officers:
                after = ""
                if officer.call is CallBehaviour.ANSWER:
                    after = f" after {officer.answer_after_seconds:g} s, listens {officer.talk_seconds:g} s"
                print(f"officer: {officer.number} {officer.call.value}{after}")
            print(f"try: samvad-setu modem probe --port {simulator.device_path}")
            print("type 'help' for trainer commands; press Ctrl-C to stop", flush=True)
            threading.Thread(target=_read_trainer_commands, args=(simulator,), daemon=True).start()
            while not stopped.wait(0.5):
                pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("simulator stopped", flush=True)
    return 0


TRAINER_HELP = """trainer commands:
  sms NUMBER TEXT        an SMS arrives from NUMBER
  ring NUMBER [SECONDS]  NUMBER rings (a missed call unless answered)
  vanish | restore       unplug / replug the modem
  sim ready|absent|pin   change the SIM
  network STAT           0 none, 1 home, 2 searching, 3 denied, 5 roaming
  cms CODE [COUNT]       the next sends fail with +CMS ERROR: CODE"""


def _read_trainer_commands(simulator: Simulator) -> None:
    """Lines typed into the simulator's terminal make things happen, for operator training and tests."""
    for line in sys.stdin:
        try:
            reply = trainer_command(simulator, line.strip())
        except (ValueError, IndexError, KeyError, CommandError) as error:
            reply = f"not understood ({error}); type 'help'"
        if reply:
            print(reply, flush=True)


def trainer_command(simulator: Simulator, line: str) -> str:
    words = line.split()
    if not words:
        return ""
    action, rest = words[0].lower(), words[1:]
    if action == "sms":
        simulator.inject_incoming_sms(checked_number(rest[0]), line.split(maxsplit=2)[2])
    elif action == "ring":
        simulator.give_missed_call(checked_number(rest[0]), float(rest[1]) if len(rest) > 1 else 8.0)
    elif action == "vanish":
        simulator.vanish()
    elif action == "restore":
        simulator.restore()
    elif action == "sim":
        {"ready": simulator.insert_sim, "absent": simulator.remove_sim, "pin": simulator.require_pin}[rest[0]]()
    elif action == "network":
        simulator.set_registration(int(rest[0]))
    elif action == "cms":
        simulator.fail_sms(int(rest[0]), int(rest[1]) if len(rest) > 1 else 1)
    else:
        return TRAINER_HELP
    return f"ok: {line}"


def _print_simulator_event(event: Event) -> None:
    words = {
        "sms-sent": "SMS accepted for {recipient} (reference {reference})",
        "status-report": "status report for reference {reference}: status {status}",
        "sms-incoming": "incoming SMS from {sender} ({parts} part(s))",
        "dial": "dialled {dial_string}",
        "call-answered": "{number} answered",
        "call-ended": "call with {number} ended: {outcome}",
        "call-incoming": "{number} is calling",
        "audio-play-started": "playing {clip} (play {play}) to {number}",
        "audio-play-ended": "{clip} (play {play}) stopped after {seconds} s, complete: {complete}",
        "audio-play-refused": "playback refused: {command}",
        "file-stored": "stored {name} ({size} bytes)",
        "vanished": "port vanished",
        "restored": "port returned as {pty}",
    }
    template = words.get(event.kind)
    if template is not None:
        print(f"[{event.seconds:8.1f} s] {template.format(**event.details)}", flush=True)


# ---- a real (or simulated) modem on a port ---------------------------------------------------


@contextmanager
def opened_modem(args: argparse.Namespace, listener: Callable[[ModemEvent], None] | None = None) -> Iterator[Modem]:
    """The modem on ``--port``, initialised, or a CommandError (exit 2) saying why not."""
    modem = Modem(ModemConfig(name="cli", url=args.port), clock=SystemClock())
    if listener is not None:
        modem.add_listener(listener)
    modem.start()
    try:
        if not modem.wait_started(args.timeout) or not modem.status().online:
            reason = modem.status().last_error or "no answer"
            raise CommandError(f"no modem ready on {args.port}: {reason}", EXIT_NOT_READY)
        yield modem
    finally:
        modem.stop()


def wait_until_ready(modem: Modem, seconds: float) -> ModemStatus:
    """Give a modem that just booted a moment to find the network; the last status either way."""
    changed = threading.Event()
    modem.add_listener(lambda event: changed.set())
    deadline = time.monotonic() + seconds
    status = modem.status()
    while not status.ready and time.monotonic() < deadline:
        changed.wait(min(0.5, max(0.0, deadline - time.monotonic())))
        changed.clear()
        status = modem.status()
    return status


def run_probe(args: argparse.Namespace) -> int:
    from console.cli.modem_audio_command import audio_summary  # that module builds on this one

    with opened_modem(args) as modem:
        status = wait_until_ready(modem, min(args.timeout, 10.0))
        audio = audio_summary(modem.probe_audio().result(args.timeout))
    identity = status.identity
    signal_text = f"{status.signal_dbm} dBm" if status.signal_dbm is not None else "unknown"
    lte = f" (LTE: {status.lte_registration.value})" if status.lte_registration is not None else ""
    rows = [
        ("port", args.port),
        ("manufacturer", identity.manufacturer or "?"),
        ("model", identity.model or "?"),
        ("revision", identity.revision or "?"),
        ("IMEI", identity.imei or "?"),
        ("SIM", status.sim.value),
        ("registration", status.registration.value + lte),
        ("signal", signal_text),
        ("audio", audio),
        ("health", status.health.value),
        ("ready to send", "yes" if status.ready else "no"),
    ]
    for label, value in rows:
        print(f"{label + ':':<15}{value}")
    if not status.ready:
        print(f"not ready: {_why_not_ready(status)}", file=sys.stderr)
        return EXIT_NOT_READY
    return 0


def _why_not_ready(status: ModemStatus) -> str:
    if not status.online:
        return f"modem is {status.connection.value}"
    if status.sim.value != "ready":
        return f"SIM is {status.sim.value.replace('_', ' ')}"
    if not status.registered:
        return f"not registered on a network ({status.registration.value})"
    return status.last_error or f"health is {status.health.value}"


def run_sms(args: argparse.Namespace) -> int:
    number = checked_number(args.to)
    _say_number(number)
    if not args.text:
        raise CommandError("--text is empty: there is nothing to send", 2)
    reports: queue.Queue[DeliveryReported] = queue.Queue()

    def on_event(event: ModemEvent) -> None:
        if isinstance(event, DeliveryReported) and event.tag == "cli":
            reports.put(event)

    with opened_modem(args, on_event) as modem:
        result = modem.send_sms(number, args.text, tag="cli", timeout=args.timeout + 120)
        _print_parts(result)
        if not result.accepted:
            raise CommandError(_refusal(result), EXIT_REFUSED)
        if args.wait > 0:
            return _await_delivery(result, reports, args.wait)
    return 0


def _print_parts(result: SmsResult) -> None:
    for part in result.parts:
        if part.accepted:
            print(f"part {part.sequence}/{part.total}: accepted, reference {part.message_reference}")
        else:
            reason = part.error_class.value if part.error_class else "not sent"
            code = f" (+CMS ERROR: {part.cms_error})" if part.cms_error is not None else ""
            print(f"part {part.sequence}/{part.total}: {reason}{code}")


def _refusal(result: SmsResult) -> str:
    reason = result.error_class.value.replace("_", " ") if result.error_class else "not accepted"
    return f"SMS to {result.recipient} not accepted: {reason}" + (f" ({result.detail})" if result.detail else "")


def _await_delivery(result: SmsResult, reports: queue.Queue[DeliveryReported], seconds: float) -> int:
    final: dict[int, DeliveryState] = {}
    deadline = time.monotonic() + seconds
    while len(final) < len(result.parts):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            report = reports.get(timeout=remaining)
        except queue.Empty:
            break
        part = report.part or 1
        print(f"part {part}/{len(result.parts)}: {report.state.value} (status 0x{report.status:02X})", flush=True)
        if report.state is not DeliveryState.PENDING:
            final[part] = report.state
    missing = len(result.parts) - len(final)
    if missing:
        print(f"no final delivery report within {seconds:g} s for {missing} part(s)")
    if any(state is DeliveryState.FAILED for state in final.values()):
        print("delivery failed", file=sys.stderr)
        return EXIT_DELIVERY_FAILED
    return 0


def run_call(args: argparse.Namespace) -> int:
    number = checked_number(args.to)
    _say_number(number)
    with opened_modem(args) as modem:
        result = modem.call(
            number,
            ring_limit=args.ring_timeout,
            talk_limit=args.talk_limit,
            timeout=args.ring_timeout + args.talk_limit + 120,
        )
    print(f"outcome: {result.outcome.value}")
    print(f"ring: {result.ring_seconds:.1f} s")
    print(f"talk: {result.talk_seconds:.1f} s")
    if result.detail:
        print(f"detail: {result.detail}")
    if result.outcome is CallOutcome.ANSWERED:
        return 0
    return EXIT_NOT_READY if result.modem_fault else EXIT_REFUSED


def run_listen(args: argparse.Namespace) -> int:
    lines: queue.Queue[str] = queue.Queue()

    def on_event(event: ModemEvent) -> None:
        if isinstance(event, ModemAlertRaised):
            print(f"alert: {event.reason.value}: {event.detail}", file=sys.stderr, flush=True)
        line = event_json(event)
        if line is not None:
            lines.put(line)

    with opened_modem(args, on_event):
        print(f"listening on {args.port}", file=sys.stderr, flush=True)
        printed = 0
        deadline = time.monotonic() + args.seconds if args.seconds > 0 else None
        try:
            while not args.count or printed < args.count:
                timeout = None if deadline is None else deadline - time.monotonic()
                if timeout is not None and timeout <= 0:
                    break
                try:
                    print(lines.get(timeout=0.5 if timeout is None else min(timeout, 0.5)), flush=True)
                    printed += 1
                except queue.Empty:
                    continue
        except KeyboardInterrupt:
            pass
    return 0


_EVENT_NAMES: dict[type, str] = {
    SmsReceived: "sms",
    DeliveryReported: "status_report",
    IncomingCallStarted: "call_started",
    IncomingCallEnded: "call_ended",
}


def event_json(event: ModemEvent) -> str | None:
    """One JSON line for an SMS, a status report or a call; None for the modem's own status chatter."""
    name = _EVENT_NAMES.get(type(event))
    if name is None:
        return None
    fields = {key: _plain(value) for key, value in dataclasses.asdict(event).items()}
    return json.dumps({"event": name, **fields}, ensure_ascii=False, sort_keys=False)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value

