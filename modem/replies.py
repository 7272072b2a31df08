"""Parsers for the information lines of AT replies and URCs (27.005 / 27.007 and vendor forms).

Tolerant by design: extra trailing fields, missing optional ones and stray quotes are
normal across SIMCom, Quectel and Huawei firmware; a line that cannot be read gives
``None`` rather than an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from modem.state import Registration, SimState

_INT = re.compile(r"-?[0-9]{1,9}")

_REGISTRATION = {
    0: Registration.NOT_REGISTERED,
    1: Registration.HOME,
    2: Registration.SEARCHING,
    3: Registration.DENIED,
    4: Registration.UNKNOWN,
    5: Registration.ROAMING,
    6: Registration.HOME,  # home, SMS only
    7: Registration.ROAMING,  # roaming, SMS only
    8: Registration.NOT_REGISTERED,  # emergency services only
    9: Registration.HOME,  # home, CSFB not preferred
    10: Registration.ROAMING,
}

# +CME ERROR codes of AT+CPIN? that describe the SIM rather than the command.
SIM_ERRORS = {
    10: SimState.ABSENT,
    11: SimState.PIN_REQUIRED,
    12: SimState.PUK_REQUIRED,
    13: SimState.FAILURE,
    14: SimState.BUSY,
    15: SimState.FAILURE,
}
CME_INCORRECT_PASSWORD = 16


def fields(body: str) -> list[str]:
    """Comma-separated fields with surrounding quotes and spaces removed (commas inside quotes kept)."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for char in body:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            out.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    out.append("".join(current).strip())
    return out


def to_int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip().strip('"')
    return int(text) if _INT.fullmatch(text) else None


def _raw_fields(body: str) -> list[str]:
    """Fields with quotes kept, to tell a quoted ``"1A2B"`` from a bare number."""
    return [part.strip() for part in body.split(",")]


def parse_cpin(body: str) -> SimState:
    word = body.strip().strip('"').upper()
    if word == "READY":
        return SimState.READY
    if word in ("SIM PIN", "PH-SIM PIN", "SIM PIN2"):
        return SimState.PIN_REQUIRED
    if word in ("SIM PUK", "PH-SIM PUK", "SIM PUK2"):
        return SimState.PUK_REQUIRED
    if word in ("NOT INSERTED", "SIM REMOVED", "NO SIM"):
        return SimState.ABSENT
    if word == "NOT READY":
        return SimState.BUSY
    return SimState.UNKNOWN


def parse_registration(body: str) -> Registration:
    """``+CREG:``/``+CEREG:``/``+CGREG:`` in both the queried (``<n>,<stat>,…``) and unsolicited (``<stat>,…``) forms."""
    raw = _raw_fields(body)
    if len(raw) >= 2 and _INT.fullmatch(raw[1]):
        stat = to_int(raw[1])
    else:
        stat = to_int(raw[0])
    if stat is None:
        return Registration.UNKNOWN
    return _REGISTRATION.get(stat, Registration.UNKNOWN)


def parse_signal_dbm(body: str) -> int | None:
    """``+CSQ: <rssi>,<ber>`` → dBm (−113 + 2·rssi); 99 and anything off the scale → unknown."""
    rssi = to_int(fields(body)[0])
    if rssi is None or not 0 <= rssi <= 31:
        return None
    return -113 + 2 * rssi


def parse_message_reference(body: str) -> int | None:
    """``+CMGS: <mr>[,<scts>]`` → the TP-MR the network will quote in the status report."""
    reference = to_int(fields(body)[0])
    return reference if reference is not None and 0 <= reference <= 255 else None


def parse_storage_index(body: str) -> tuple[str, int] | None:
    """``+CMTI: "SM",3`` / ``+CDSI: "SR",7`` → (memory, index)."""
    parts = fields(body)
    if len(parts) < 2:
        return None
    index = to_int(parts[1])
    if index is None or index < 0:
        return None
    return parts[0], index


@dataclass(frozen=True)
class CallLine:
    """One ``+CLCC`` line: ``<id>,<dir>,<stat>,<mode>,<mpty>[,<number>,<type>…]``."""

    call_id: int
    outgoing: bool
    stat: int  # 0 active, 1 held, 2 dialling, 3 alerting, 4 incoming, 5 waiting
    voice: bool
    number: str | None


def parse_clcc(body: str) -> CallLine | None:
    parts = fields(body)
    numbers = [to_int(part) for part in parts[:5]]
    if len(numbers) < 3 or numbers[0] is None or numbers[1] is None or numbers[2] is None:
        return None
    mode = numbers[3] if len(numbers) > 3 else 0
    number = parts[5] if len(parts) > 5 and parts[5] else None
    return CallLine(
        call_id=numbers[0],
        outgoing=numbers[1] == 0,
        stat=numbers[2],
        voice=mode in (0, None),
        number=number,
    )


def parse_clip(body: str) -> str | None:
    """``+CLIP: "+919876543210",145,…`` → the caller's number, ``None`` when withheld."""
    number = fields(body)[0]
    return number or None


def parse_missed_call(body: str) -> str | None:
    """SIMCom ``MISSED_CALL: 10:30AM +919876543210`` → the number (the time is the modem's, not ours)."""
    match = re.search(r"\+?[0-9]{6,15}\s*$", body)
    return match.group(0).strip() if match else None


@dataclass(frozen=True)
class CallEnd:
    """Huawei ``^CEND: <id>,<duration>,<end status>[,<cc cause>]``."""

    call_id: int | None
    duration: int | None
    cause: int | None


def parse_cend(body: str) -> CallEnd:
    parts = [to_int(part) for part in fields(body)]
    parts += [None] * (4 - len(parts))
    return CallEnd(call_id=parts[0], duration=parts[1], cause=parts[3])


_CAUSE_WORDS = (
    ("busy", 17),
    ("no user responding", 18),
    ("no answer", 19),
    ("rejected", 21),
    ("unassigned", 1),
    ("no route", 3),
    ("normal", 16),
    ("no circuit", 34),
    ("network out of order", 38),
    ("temporary failure", 41),
)


def parse_ceer(lines: tuple[str, ...]) -> int | None:
    """The call-control cause in an ``AT+CEER`` reply; vendors give a number, words, or both."""
    for line in lines:
        body = line.split(":", 1)[1] if line.startswith("+CEER") and ":" in line else line
        number = re.search(r"(?<![0-9])([0-9]{1,3})(?![0-9])", body)
        if number:
            return int(number.group(1))
        lowered = body.lower()
        for words, cause in _CAUSE_WORDS:
            if words in lowered:
                return cause
    return None


@dataclass(frozen=True)
class StoredHeader:
    """``+CMGR: <stat>,[<alpha>],<length>`` or ``+CMGL: <index>,<stat>,[<alpha>],<length>``."""

    index: int | None
    stat: int | None
    length: int | None


def parse_cmgr_header(body: str) -> StoredHeader:
    parts = fields(body)
    return StoredHeader(index=None, stat=to_int(parts[0]), length=to_int(parts[-1]))


def parse_cmgl_header(body: str) -> StoredHeader:
    parts = fields(body)
    return StoredHeader(index=to_int(parts[0]), stat=to_int(parts[1]) if len(parts) > 1 else None, length=to_int(parts[-1]))


_IDENTITY_PREFIXES = ("+CGMI:", "+CGMM:", "+CGMR:", "+CGSN:", "+GMI:", "+GMM:", "+GMR:", "+GSN:", "Revision:")


def identity_value(lines: tuple[str, ...]) -> str | None:
    """The first information line of ``AT+CGMI`` & co., without vendor prefixes and padding."""
    for line in lines:
        value = line
        for prefix in _IDENTITY_PREFIXES:
            if value.startswith(prefix):
                value = value[len(prefix) :]
                break
        value = value.strip().strip('"').strip()
        if value:
            return value[:64]
    return None


def imei_value(lines: tuple[str, ...]) -> str | None:
    value = identity_value(lines)
    if value is None:
        return None
    digits = "".join(char for char in value if char.isascii() and char.isdigit())
    return digits or None
