"""Simulated replies to set-up commands: echo, errors, identity, SIM, registration, signal."""

from __future__ import annotations

from modem.simulator.engine import Command, Engine, Handler, Kind
from modem.simulator.state import SimState

_SIM_ERRORS = {
    SimState.ABSENT: 10,
    SimState.PIN: 11,
    SimState.PUK: 12,
    SimState.FAILURE: 13,
    SimState.BUSY: 14,
}


def sim_error(engine: Engine) -> int | None:
    """The +CME code that stops SIM-bound commands, or None when the SIM is ready."""
    sim = engine.state.sim
    if sim.state is SimState.BUSY and engine.scheduler.seconds >= sim.busy_until:
        sim.state = SimState.READY
    return _SIM_ERRORS.get(sim.state)


def _flag(engine: Engine, command: Command, values: range) -> int | None:
    """A single numeric argument (AT+X=n, or ATEn), or None after answering ERROR."""
    argument = command.argument.strip() or "0"
    if not argument.isdigit() or int(argument) not in values:
        engine.error()
        return None
    return int(argument)


def _at(engine: Engine, command: Command) -> None:
    engine.ok()


def _echo(engine: Engine, command: Command) -> None:
    value = _flag(engine, command, range(2))
    if value is not None:
        engine.state.settings.echo = bool(value)
        engine.ok()


def _reset(engine: Engine, command: Command) -> None:
    engine.reset_settings()
    engine.ok()


def _information(engine: Engine, command: Command) -> None:
    engine.ok(*engine.dialect.information)


def _accept(engine: Engine, command: Command) -> None:
    engine.ok()


def _cmee(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f"+CMEE: {engine.state.settings.cmee}")
    elif command.kind is Kind.TEST:
        engine.ok("+CMEE: (0-2)")
    else:
        value = _flag(engine, command, range(3))
        if value is not None:
            engine.state.settings.cmee = value
            engine.ok()


def _identity(field: str, prefix: str) -> Handler:
    def handler(engine: Engine, command: Command) -> None:
        value = getattr(engine.dialect, field)
        engine.ok(f"{prefix}: {value}" if engine.dialect.identity_prefix else value)

    return handler


def _imsi(engine: Engine, command: Command) -> None:
    code = sim_error(engine)
    if code is not None:
        engine.cme(code)
    else:
        engine.ok("404450123456789")


def _cpin(engine: Engine, command: Command) -> None:
    sim = engine.state.sim
    code = sim_error(engine)
    if command.kind is Kind.READ:
        if code in (10, 13, 14):
            engine.cme(code)
        else:
            engine.ok(f"+CPIN: {sim.state.value}")
        return
    if command.kind is not Kind.SET:
        engine.error()
        return
    values = [value.strip().strip('"') for value in command.argument.split(",")]
    engine.on_event("pin-entered", {"state": sim.state.value})  # the PIN itself is never recorded
    if sim.state is SimState.PIN and len(values) == 1:
        if values[0] == sim.pin:
            _unlock(engine)
        else:
            _wrong_secret(engine, lock_to=SimState.PUK)
    elif sim.state is SimState.PUK and len(values) == 2:
        if values[0] == sim.puk:
            sim.pin = values[1]
            _unlock(engine)
        else:
            _wrong_secret(engine, lock_to=SimState.FAILURE)
    elif code is not None and code != 11:
        engine.cme(code)
    else:
        engine.cme(3)


def _unlock(engine: Engine) -> None:
    sim = engine.state.sim
    sim.state = SimState.READY
    sim.pin_attempts_left = 3
    engine.ok()
    engine.urc("+CPIN: READY")
    if engine.dialect.sms_ready_gate:
        engine.state.sms_ready = False
        engine.scheduler.call_later(2.0, lambda: engine.urc("Call Ready"))
        engine.scheduler.call_later(4.0, lambda: _sms_ready(engine))


def _sms_ready(engine: Engine) -> None:
    engine.state.sms_ready = True
    engine.urc("SMS Ready")


def _wrong_secret(engine: Engine, lock_to: SimState) -> None:
    sim = engine.state.sim
    sim.pin_attempts_left -= 1
    if sim.pin_attempts_left <= 0:
        sim.state = lock_to
        sim.pin_attempts_left = 10 if lock_to is SimState.PUK else 0
    engine.cme(16)


def _registration(setting: str, lte_only: bool) -> Handler:
    name = "+" + setting.upper()

    def handler(engine: Engine, command: Command) -> None:
        if lte_only and not engine.dialect.lte:
            engine.not_supported()
            return
        settings = engine.state.settings
        if command.kind is Kind.SET:
            value = _flag(engine, command, range(3))
            if value is not None:
                setattr(settings, setting, value)
                engine.ok()
        elif command.kind is Kind.TEST:
            engine.ok(f"{name}: (0-2)")
        else:
            mode = getattr(settings, setting)
            stat = engine.state.registration if sim_error(engine) is None else 0
            location = ',"1A2B","00C3D4E5"' if mode == 2 and stat in (1, 5) else ""
            engine.ok(f"{name}: {mode},{stat}{location}")

    return handler


def _csq(engine: Engine, command: Command) -> None:
    rssi = engine.state.rssi if engine.state.registered else 99
    engine.ok(f"+CSQ: {rssi},99")


def _cops(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        if engine.state.registered:
            technology = 7 if engine.dialect.lte else 2
            engine.ok(f'+COPS: 0,0,"{engine.state.operator}",{technology}')
        else:
            engine.ok("+COPS: 0")
    else:
        engine.ok()


def _cfun(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok("+CFUN: 1")
    else:
        engine.ok()


def _clac(engine: Engine, command: Command) -> None:
    names = sorted(name for name in engine.handlers if name.startswith(("+", "^")))
    engine.ok(*(name for name in names if name not in engine.dialect.unsupported))


def _curc(engine: Engine, command: Command) -> None:
    if command.kind is Kind.READ:
        engine.ok(f"^CURC: {int(engine.state.settings.curc)}")
        return
    value = _flag(engine, command, range(2))
    if value is not None:
        engine.state.settings.curc = bool(value)
        engine.ok()


def _ceer(engine: Engine, command: Command) -> None:
    engine.ok(f"+CEER: {engine.state.last_call_cause}")


def _gsn(engine: Engine, command: Command) -> None:
    engine.ok(engine.dialect.imei)


def register(handlers: dict[str, Handler]) -> None:
    handlers.update(
        {
            "": _at,
            "E": _echo,
            "Z": _reset,
            "&F": _reset,
            "I": _information,
            "V": _accept,
            "Q": _accept,
            "+CMEE": _cmee,
            "+CGMI": _identity("manufacturer", "+CGMI"),
            "+GMI": _identity("manufacturer", "+GMI"),
            "+CGMM": _identity("model", "+CGMM"),
            "+GMM": _identity("model", "+GMM"),
            "+CGMR": _identity("revision", "+CGMR"),
            "+GMR": _identity("revision", "+GMR"),
            "+CGSN": _identity("imei", "+CGSN"),
            "+GSN": _gsn,
            "+CIMI": _imsi,
            "+CPIN": _cpin,
            "+CREG": _registration("creg", lte_only=False),
            "+CGREG": _registration("creg", lte_only=False),
            "+CEREG": _registration("cereg", lte_only=True),
            "+CSQ": _csq,
            "+COPS": _cops,
            "+CFUN": _cfun,
            "+CLAC": _clac,
            "^CURC": _curc,
            "+QINDCFG": _accept,
            "^CVOICE": _accept,
            "^USSDMODE": _accept,
            "+DDET": _accept,
            "+CVHU": _accept,
            "+CEER": _ceer,
        }
    )

