"""Simulated clip storage and playback: SIMCom (C:/ flash, ``AT+CCMXPLAY``) and Quectel (UFS, ``AT+QPSND``).

Only the dialects whose family has these commands answer them; the others say their word for
"unknown command", as SIM800 and Huawei sticks do. Files are stored as uploaded, byte for byte,
so a test can check what reached the module. Error codes the manuals do not spell out for these
cases are the simulator's choice (SIMCom: a bare ``ERROR``; Quectel: ``+CME ERROR: 903`` for
playback, the file-system codes 405 "not found" and 407 "already exists" for storage).
"""

from __future__ import annotations

from modem.clip_format import quectel_checksum
from modem.replies import fields
from modem.simulator import playback
from modem.simulator.dialects import AudioFamily
from modem.simulator.engine import Command, Engine, Handler, Kind

FLASH_BYTES = 8 * 1024 * 1024
QUECTEL_AUDIO_FAILED = 903
QUECTEL_INVALID_INPUT = 400
QUECTEL_FILE_NOT_FOUND = 405
QUECTEL_FILE_EXISTS = 407
QUECTEL_NO_SPACE = 420
MAX_NAME = 80


def _family(family: AudioFamily, handler: Handler) -> Handler:
    def gated(engine: Engine, command: Command) -> None:
        if engine.dialect.audio is not family:
            engine.not_supported()
            return
        handler(engine, command)

    return gated


def _name(raw: str) -> str | None:
    """A file name as the commands take it (quoted or not, SIMCom's ``c:/`` prefix dropped); None if unusable."""
    name = raw.strip().strip('"')
    if name[:3].lower() == "c:/":
        name = name[3:]
    if not name or len(name) > MAX_NAME or any(char in name for char in '/\\:*?"<>|,;'):
        return None
    return name


def _used(engine: Engine) -> int:
    return sum(len(data) for data in engine.state.files.values())


def _store(engine: Engine, name: str, data: bytes) -> None:
    engine.state.files[name] = data
    engine.on_event("file-stored", {"name": name, "size": len(data)})


# ---- SIMCom ----------------------------------------------------------------------------------


def _player_query(engine: Engine, command: Command, test_reply: str) -> bool:
    """``AT+X=?`` (its parameters) and ``AT+X?`` (playing or not), answered here; False for a play command."""
    if command.kind is Kind.TEST:
        engine.ok(test_reply)
    elif command.kind is Kind.READ:
        engine.ok(f"{test_reply.split(':')[0]}: {int(engine.state.playback is not None)}")
    return command.kind in (Kind.TEST, Kind.READ)


def _ccmxplay(engine: Engine, command: Command) -> None:
    if _player_query(engine, command, "+CCMXPLAY: (0-1),(0-255)"):
        return
    parts = fields(command.argument)
    name = _name(parts[0]) if parts else None
    path = parts[1] if len(parts) > 1 and parts[1] else "0"
    repeat = parts[2] if len(parts) > 2 and parts[2] else "0"
    into_call = path == "1"
    usable = name is not None and name in engine.state.files and path in ("0", "1") and repeat.isdigit()
    if not usable or engine.state.playback is not None or (into_call and playback.active_call(engine) is None):
        engine.on_event("audio-play-refused", {"command": command.line})
        engine.error()
        return
    assert name is not None
    engine.ok()
    playback.start(engine, "+CCMXPLAY", name, into_call=into_call, plays_left=min(int(repeat), 255))


def _stop(engine: Engine, command: Command) -> None:
    urc = playback.stop(engine)
    engine.ok()
    if urc is not None:
        engine.urc(urc)


def _fscd(engine: Engine, command: Command) -> None:
    if command.kind is Kind.SET and command.argument.strip().strip('"').upper().rstrip("/") != "C:":
        engine.error()
        return
    engine.ok("+FSCD: C:/")


def _fsls(engine: Engine, command: Command) -> None:
    kind = command.argument.strip() or "0"
    lines = []
    if kind in ("0", "1"):
        lines += ["+FSLS: SUBDIRECTORIES:", ""]
    if kind in ("0", "2"):
        lines += ["+FSLS: FILES:", *sorted(engine.state.files), ""]
    engine.ok(*lines)


def _fsattri(engine: Engine, command: Command) -> None:
    name = _name(command.argument)
    if name is None or name not in engine.state.files:
        engine.error()
        return
    engine.ok(f"+FSATTRI: {len(engine.state.files[name])}, 2026/01/05 10:00:00")


def _fsdel(engine: Engine, command: Command) -> None:
    name = _name(command.argument)
    if name is None or name not in engine.state.files:
        engine.error()
        return
    del engine.state.files[name]
    engine.on_event("file-deleted", {"name": name})
    engine.ok()


def _cftranrx(engine: Engine, command: Command) -> None:
    if command.kind is Kind.TEST:
        engine.ok('+CFTRANRX: "FILEPATH",(0-2147483647)')
        return
    parts = fields(command.argument)
    name = _name(parts[0]) if parts else None
    size = parts[1] if len(parts) > 1 else ""
    if name is None or not size.isdigit() or not 0 < int(size) <= FLASH_BYTES - _used(engine):
        engine.error()
        return
    if name in engine.state.files:
        engine.error()  # the transfer does not overwrite: delete first
        return
    target = name

    def received(engine: Engine, data: bytes) -> None:
        _store(engine, target, data)
        engine.ok()

    engine.collect_data(int(size), received, b"\r\n>")


# ---- Quectel ---------------------------------------------------------------------------------


def _qpsnd(engine: Engine, command: Command) -> None:
    if _player_query(engine, command, '+QPSND: (0,1),"filename",(0,1),(0,1),(0,1)'):
        return
    parts = fields(command.argument)
    if parts[:1] == ["0"]:
        _stop(engine, command)
        return
    if parts[:1] != ["1"] or len(parts) < 3 or parts[2] not in ("0", "1"):
        engine.cme(902)
        return
    name = _name(parts[1])
    uplink_open = len(parts) > 3 and parts[3] == "1"
    if name is None or name not in engine.state.files or engine.state.playback is not None:
        engine.on_event("audio-play-refused", {"command": command.line})
        engine.cme(QUECTEL_AUDIO_FAILED)
        return
    engine.ok()
    into_call = uplink_open and playback.active_call(engine) is not None
    playback.start(engine, "+QPSND", name, into_call=into_call, plays_left=-1 if parts[2] == "1" else 0)


def _qaudplay(engine: Engine, command: Command) -> None:
    if _player_query(engine, command, '+QAUDPLAY: "filename",(0,1)'):
        return
    parts = fields(command.argument)
    name = _name(parts[0]) if parts else None
    repeat = parts[1] if len(parts) > 1 else "0"
    if name is None or name not in engine.state.files or engine.state.playback is not None or repeat not in ("0", "1"):
        engine.on_event("audio-play-refused", {"command": command.line})
        engine.cme(QUECTEL_AUDIO_FAILED)
        return
    engine.ok()
    # Assumed to reach the far end during a call, as the choice of it implies; unverified on a module.
    into_call = playback.active_call(engine) is not None
    playback.start(engine, "+QAUDPLAY", name, into_call=into_call, plays_left=-1 if repeat == "1" else 0)


def _qfupl(engine: Engine, command: Command) -> None:
    if command.kind is Kind.TEST:
        engine.ok(f'+QFUPL: "filename",(1-{FLASH_BYTES - _used(engine)}),(1-65535),(0,1)')
        return
    parts = fields(command.argument)
    name = _name(parts[0]) if parts else None
    size = parts[1] if len(parts) > 1 and parts[1] else "10240"
    timeout = parts[2] if len(parts) > 2 and parts[2] else "5"
    if name is None or not size.isdigit() or not timeout.isdigit() or int(size) == 0:
        engine.cme(QUECTEL_INVALID_INPUT)
        return
    if name in engine.state.files:
        engine.cme(QUECTEL_FILE_EXISTS)
        return
    if int(size) > FLASH_BYTES - _used(engine):
        engine.cme(QUECTEL_NO_SPACE)
        return
    target = name

    def received(engine: Engine, data: bytes) -> None:
        _store(engine, target, data)
        engine.ok(f"+QFUPL: {len(data)},{quectel_checksum(data):x}")

    engine.collect_data(int(size), received, b"\r\nCONNECT\r\n", timeout_seconds=float(timeout))


def _qflst(engine: Engine, command: Command) -> None:
    pattern = command.argument.strip().strip('"') or "*"
    if pattern in ("*", "UFS:*"):
        engine.ok(*(f'+QFLST: "{name}",{len(data)}' for name, data in sorted(engine.state.files.items())))
        return
    name = _name(pattern.removeprefix("UFS:"))
    if name is None or name not in engine.state.files:
        engine.cme(QUECTEL_FILE_NOT_FOUND)
        return
    engine.ok(f'+QFLST: "{name}",{len(engine.state.files[name])}')


def _qfdel(engine: Engine, command: Command) -> None:
    name = _name(command.argument.strip().strip('"').removeprefix("UFS:"))
    if name is None or name not in engine.state.files:
        engine.cme(QUECTEL_FILE_NOT_FOUND)
        return
    del engine.state.files[name]
    engine.on_event("file-deleted", {"name": name})
    engine.ok()


def _qflds(engine: Engine, command: Command) -> None:
    engine.ok(f"+QFLDS: {FLASH_BYTES - _used(engine)},{FLASH_BYTES}")


def register(handlers: dict[str, Handler]) -> None:
    simcom, quectel = AudioFamily.SIMCOM, AudioFamily.QUECTEL
    handlers.update(
        {
            "+CCMXPLAY": _family(simcom, _ccmxplay),
            "+CCMXSTOP": _family(simcom, _stop),
            "+FSCD": _family(simcom, _fscd),
            "+FSLS": _family(simcom, _fsls),
            "+FSATTRI": _family(simcom, _fsattri),
            "+FSDEL": _family(simcom, _fsdel),
            "+CFTRANRX": _family(simcom, _cftranrx),
            "+QPSND": _family(quectel, _qpsnd),
            "+QAUDPLAY": _family(quectel, _qaudplay),
            "+QFUPL": _family(quectel, _qfupl),
            "+QFLST": _family(quectel, _qflst),
            "+QFDEL": _family(quectel, _qfdel),
            "+QFLDS": _family(quectel, _qflds),
        }
    )
