"""Simulated SMS commands: format, notifications, storage, and AT+CMGS with its "> " prompt."""

from __future__ import annotations

import re

from modem.pdu import PduError, Submit, decode_pdu
from modem.simulator import network
from modem.simulator.commands_general import sim_error
from modem.simulator.engine import Command, Engine, Handler, Kind

_SIM_TO_CMS = {10: 310, 11: 311, 12: 316, 13: 313, 14: 314}
_LIST_STATES = {"REC UNREAD": 0, "REC READ": 1, "STO UNSENT": 2, "STO SENT": 3, "ALL": 4}


def _refused(engine: Engine) -> bool:
    """Answer the SMS command with an error when the SIM or the SIM800 boot says no."""
    if engine.dialect.sms_ready_gate and not engine.state.sms_ready:
        engine.cms(302)
        return True
    code = sim_error(engine)
    if code is not None:
        engine.cms(_SIM_TO_CMS[code])
        return True
    return False


def _integers(argument: str) -> list[int] | None:
    values = [value.strip() for value in argument.split(",")]
    if not all(value.isdigit() for value in values if value):
        return None
    return [int(value) if value else 0 for value in values]


def _cmgf(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f"+CMGF: {engine.state.settings.message_format}")
    elif command.kind is Kind.TEST:
        engine.ok("+CMGF: (0,1)")
    elif not _refused(engine):
        if command.argument.strip() not in ("0", "1"):
            engine.error()
            return
        engine.state.settings.message_format = int(command.argument.strip())
        engine.ok()


def _cnmi(engine: Engine, command: Command) -> None:
    settings = engine.state.settings
    if command.kind is Kind.READ:
        engine.ok("+CNMI: " + ",".join(str(value) for value in settings.cnmi))
    elif command.kind is Kind.TEST:
        engine.ok("+CNMI: (0-3),(0-3),(0,2),(0-2),(0,1)")
    elif not _refused(engine):
        values = _integers(command.argument)
        limits = (3, 3, 3, 2, 1)
        if values is None or not 1 <= len(values) <= 5 or any(v > m for v, m in zip(values, limits)):
            engine.cms(303)
            return
        padded = (values + [0] * 5)[:5]
        settings.cnmi = (padded[0], padded[1], padded[2], padded[3], padded[4])
        engine.ok()


def _csmp(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f"+CSMP: {engine.state.settings.csmp_first_octet},167,0,0")
        return
    values = _integers(command.argument)
    if values:
        engine.state.settings.csmp_first_octet = values[0]
    engine.ok()


def _csca(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f'+CSCA: "{network.SERVICE_CENTRE}",145')
    else:
        engine.ok()


def _cscs(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f'+CSCS: "{engine.state.settings.character_set}"')
    elif command.kind is Kind.TEST:
        engine.ok('+CSCS: ("IRA","GSM","UCS2")')
    else:
        engine.state.settings.character_set = command.argument.strip().strip('"')
        engine.ok()


def _cpms(engine: Engine, command: Command) -> None:
    used = len(engine.state.storage)
    if command.kind is Kind.TEST:
        engine.ok('+CPMS: ("SM","ME","SR"),("SM","ME"),("SM","ME")')
    elif command.kind is Kind.READ:
        engine.ok(f'+CPMS: "SM",{used},30,"SM",{used},30,"SM",{used},30')
    elif not _refused(engine):
        engine.ok(f"+CPMS: {used},30,{used},30,{used},30")


def _cmgs(engine: Engine, command: Command) -> None:
    if command.kind is not Kind.SET or _refused(engine):
        if command.kind is not Kind.SET:
            engine.error()
        return
    if engine.state.settings.message_format == 1:
        number = command.argument.split(",")[0].strip().strip('"')
        engine.prompt(lambda engine, body: _send_text(engine, number, body))
        return
    argument = command.argument.strip()
    if not argument.isdigit() or not 7 <= int(argument) <= 164:
        engine.cms(304)
        return
    engine.prompt(lambda engine, body: _send_pdu(engine, int(argument), body))


def _network_refusal(engine: Engine) -> bool:
    faults = engine.faults
    if faults.cms_burst_left > 0:
        faults.cms_burst_left -= 1
        engine.on_event("sms-refused", {"code": faults.cms_burst_code})
        engine.cms(faults.cms_burst_code)
        return True
    if not engine.state.registered:
        engine.cms(331)
        return True
    return False


def _send_pdu(engine: Engine, announced: int, body: bytes) -> None:
    text = body.decode("ascii", errors="replace").strip()
    try:
        decoded = decode_pdu(text)
        smsc_octets = int(text[:2], 16) + 1
    except (PduError, ValueError):
        engine.on_event("pdu-rejected", {"pdu": text})
        engine.cms(304)
        return
    if not isinstance(decoded, Submit) or len(text) // 2 - smsc_octets != announced:
        engine.on_event("pdu-rejected", {"pdu": text})
        engine.cms(304)
        return
    if _network_refusal(engine):
        return
    reference = engine.state.take_reference()
    network.submitted(engine, decoded, reference, text.upper())
    engine.ok(f"+CMGS: {reference}")


def _send_text(engine: Engine, number: str, body: bytes) -> None:
    if not re.fullmatch(r"\+?[0-9]{3,20}", number):
        engine.cms(304)
        return
    if _network_refusal(engine):
        return
    reference = engine.state.take_reference()
    submit = Submit(
        message_reference=0,
        recipient=number,
        text=body.decode("utf-8", errors="replace"),
        concat=None,
        status_report_requested=bool(engine.state.settings.csmp_first_octet & 0x20),
    )
    network.submitted(engine, submit, reference, "")
    engine.ok(f"+CMGS: {reference}")


def _index(engine: Engine, command: Command) -> int | None:
    argument = command.argument.split(",")[0].strip()
    if command.kind is not Kind.SET or not argument.isdigit():
        engine.cms(321)
        return None
    return int(argument)


def _cmgr(engine: Engine, command: Command) -> None:
    if _refused(engine):
        return
    index = _index(engine, command)
    if index is None:
        return
    stored = engine.state.storage.get(index)
    if stored is None:
        if engine.dialect.empty_read_is_ok:
            engine.ok()
        else:
            engine.cms(321)
        return
    status = 1 if stored.read else 0
    stored.read = True
    engine.ok(f"+CMGR: {status},,{stored.tpdu_length}", stored.pdu)


def _cmgd(engine: Engine, command: Command) -> None:
    if _refused(engine):
        return
    values = _integers(command.argument)
    if command.kind is not Kind.SET or not values:
        engine.cms(321)
        return
    storage = engine.state.storage
    flag = values[1] if len(values) > 1 else 0
    if flag == 0:
        storage.pop(values[0], None)
    else:
        for index in [index for index, stored in storage.items() if flag == 4 or stored.read]:
            del storage[index]
    engine.on_event("sms-deleted", {"index": values[0], "flag": flag})
    engine.ok()


def _cmgl(engine: Engine, command: Command) -> None:
    if _refused(engine):
        return
    argument = command.argument.strip().strip('"').upper() or "4"
    wanted = int(argument) if argument.isdigit() else _LIST_STATES.get(argument)
    if wanted is None or wanted > 4:
        engine.cms(302)
        return
    lines: list[str] = []
    for index in sorted(engine.state.storage):
        stored = engine.state.storage[index]
        status = 1 if stored.read else 0
        if wanted == 4 or wanted == status:
            lines += [f"+CMGL: {index},{status},,{stored.tpdu_length}", stored.pdu]
            stored.read = True
    engine.ok(*lines)


def _accept(engine: Engine, command: Command) -> None:
    engine.ok()


def register(handlers: dict[str, Handler]) -> None:
    handlers.update(
        {
            "+CMGF": _cmgf,
            "+CNMI": _cnmi,
            "+CSMP": _csmp,
            "+CSCA": _csca,
            "+CSCS": _cscs,
            "+CPMS": _cpms,
            "+CMGS": _cmgs,
            "+CMGR": _cmgr,
            "+CMGD": _cmgd,
            "+CMGL": _cmgl,
            "+CSMS": _accept,
            "+CNMA": _accept,
        }
    )
