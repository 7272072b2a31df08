"""Simulated voice calls: ATD, AT+CLCC over time, hang-up, answer, caller ID, and each dialect's call URCs."""

from __future__ import annotations

import re

from modem.simulator import network
from modem.simulator.commands_general import sim_error
from modem.simulator.dialects import CallUrcs
from modem.simulator.engine import Command, Engine, Handler, Kind
from modem.simulator.officers import CallBehaviour
from modem.simulator.state import Call

NETWORK_GIVES_UP_SECONDS = 60.0
_DIALLABLE = re.compile(r"\+?[0-9]{3,20}")


def _dial(engine: Engine, command: Command) -> None:
    dial_string = command.argument
    engine.on_event("dial", {"dial_string": dial_string})
    voice = dial_string.endswith(";")
    number = dial_string[:-1] if voice else dial_string
    code = sim_error(engine)
    if code is not None:
        engine.cme(code)
        return
    if not _DIALLABLE.fullmatch(number):
        # A real modem would run *, # strings as supplementary services; the simulator only refuses.
        engine.on_event("dial-refused", {"dial_string": dial_string})
        engine.error()
        return
    if not voice:
        engine.finish([], "NO CARRIER")
        return
    if not engine.state.registered:
        engine.state.last_call_cause = "No network service"
        if engine.dialect.lte:
            engine.cme(30)  # the LTE modules say why; the 2G/3G ones just hang up
        else:
            engine.finish([], "NO CARRIER")
        return
    if engine.state.calls:
        engine.cme(3)
        return
    call = network.new_call(engine, number, incoming=False, dial_string=dial_string)
    engine.ok()
    if engine.dialect.call_urcs is CallUrcs.HUAWEI:
        engine.urc(f"^ORIG:{call.call_id},0")
    engine.scheduler.call_later(1.0, lambda: _alerting(engine, call))


def _alerting(engine: Engine, call: Call) -> None:
    if call not in engine.state.calls:
        return
    officer = call.officer
    if officer.call is CallBehaviour.UNREACHABLE:
        engine.state.last_call_cause = "Subscriber absent"
        network.end_call(engine, call, "unreachable", ring_seconds=0.0, talk_seconds=0.0, final="NO CARRIER")
        return
    call.stat = 3
    engine.on_event("call-alerting", {"number": call.number})
    if engine.dialect.call_urcs is CallUrcs.HUAWEI:
        engine.urc(f"^CONF:{call.call_id}")
    if officer.call is CallBehaviour.BUSY:
        engine.scheduler.call_later(2.0, lambda: _busy(engine, call))
    elif officer.call is CallBehaviour.NO_ANSWER:
        engine.scheduler.call_later(NETWORK_GIVES_UP_SECONDS, lambda: _no_answer(engine, call))
    else:
        engine.scheduler.call_later(officer.answer_after_seconds, lambda: _answered(engine, call))


def _ring_seconds(engine: Engine, call: Call) -> float:
    end = call.answered_at if call.answered_at is not None else engine.scheduler.seconds
    return max(0.0, end - call.started_at)


def _busy(engine: Engine, call: Call) -> None:
    if call in engine.state.calls and call.stat == 3:
        engine.state.last_call_cause = "User busy"
        network.end_call(engine, call, "busy", ring_seconds=_ring_seconds(engine, call), talk_seconds=0.0, final="BUSY")


def _no_answer(engine: Engine, call: Call) -> None:
    if call in engine.state.calls and call.stat == 3:
        engine.state.last_call_cause = "No answer"
        ring = _ring_seconds(engine, call)
        network.end_call(engine, call, "no-answer", ring_seconds=ring, talk_seconds=0.0, final="NO ANSWER")


def _answered(engine: Engine, call: Call) -> None:
    if call not in engine.state.calls or call.stat != 3:
        return
    call.stat = 0
    call.answered_at = engine.scheduler.seconds
    urcs = engine.dialect.call_urcs
    if urcs is CallUrcs.SIMCOM:
        engine.urc("VOICE CALL: BEGIN")
    elif urcs is CallUrcs.HUAWEI:
        engine.urc(f"^CONN:{call.call_id},0")
    engine.on_event("call-answered", {"number": call.number})
    engine.scheduler.call_later(call.officer.talk_seconds, lambda: _far_end_hung_up(engine, call))


def _far_end_hung_up(engine: Engine, call: Call) -> None:
    if call in engine.state.calls and call.stat == 0 and call.answered_at is not None:
        engine.state.last_call_cause = "Normal call clearing"
        talk = engine.scheduler.seconds - call.answered_at
        ring = _ring_seconds(engine, call)
        network.end_call(engine, call, "answered", ring_seconds=ring, talk_seconds=talk, final="NO CARRIER")


def _hang_up(engine: Engine, command: Command) -> None:
    for call in list(engine.state.calls):
        ring = _ring_seconds(engine, call)
        talk = engine.scheduler.seconds - call.answered_at if call.answered_at is not None else 0.0
        if call.incoming:
            outcome = "answered" if call.answered_at is not None else "rejected"
        else:
            outcome = "answered" if call.answered_at is not None else "hung-up"
        engine.state.last_call_cause = "Normal call clearing"
        network.end_call(engine, call, outcome, ring_seconds=ring, talk_seconds=talk, final=None)
    engine.ok()


def _answer(engine: Engine, command: Command) -> None:
    ringing = [call for call in engine.state.calls if call.incoming and call.stat == 4]
    if not ringing:
        engine.finish([], "NO CARRIER")
        return
    call = ringing[0]
    call.stat = 0
    call.answered_at = engine.scheduler.seconds
    engine.ok()
    engine.scheduler.call_later(call.officer.talk_seconds, lambda: _far_end_hung_up(engine, call))


def _clcc(engine: Engine, command: Command) -> None:
    if command.kind is Kind.TEST:
        engine.ok()
        return
    extra = engine.dialect.clcc_extra
    lines = [
        f'+CLCC: {call.call_id},{int(call.incoming)},{call.stat},0,0,"{call.number}",145{extra}'
        for call in engine.state.calls
    ]
    engine.ok(*lines)


def _switch(attribute: str, name: str) -> Handler:
    def handler(engine: Engine, command: Command) -> None:
        settings = engine.state.settings
        if command.kind is Kind.READ:
            engine.ok(f"{name}: {int(getattr(settings, attribute))},1")
        elif command.kind is Kind.SET and command.argument.strip() in ("0", "1"):
            setattr(settings, attribute, command.argument.strip() == "1")
            engine.ok()
        else:
            engine.error()

    return handler


def register(handlers: dict[str, Handler]) -> None:
    handlers.update(
        {
            "D": _dial,
            "A": _answer,
            "H": _hang_up,
            "+CHUP": _hang_up,
            "+CLCC": _clcc,
            "+CLIP": _switch("clip", "+CLIP"),
            "+CRC": _switch("crc", "+CRC"),
        }
    )
