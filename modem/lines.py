"""The AT byte stream cut into lines and sorted into responses, finals and URCs.

Pure functions over text, so a fuzz test can throw anything at them: whatever a modem
(or line noise) sends, the channel gets a classification, never an exception.
Which lines are unsolicited depends on the command in flight, so the caller passes it.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

MAX_LINE = 4096  # characters; a PDU line is at most ~360, anything longer is noise

# Control characters carry no meaning inside a line (Ctrl-Z, ESC, NUL from line noise).
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_HEX_LINE = re.compile(r"[0-9A-Fa-f]{2,}")


class LineKind(enum.Enum):
    RESPONSE = "response"  # an intermediate line of the command in flight
    FINAL = "final"  # ends the command in flight
    URC = "urc"  # unsolicited: dispatched to subscribers wherever it arrives
    ECHO = "echo"  # the modem repeating our own command
    EMPTY = "empty"


class Final(enum.Enum):
    OK = "OK"
    ERROR = "ERROR"
    CME_ERROR = "+CME ERROR"
    CMS_ERROR = "+CMS ERROR"
    NOT_SUPPORTED = "COMMAND NOT SUPPORT"  # Huawei's word for "no such command"
    NO_CARRIER = "NO CARRIER"
    BUSY = "BUSY"
    NO_ANSWER = "NO ANSWER"
    NO_DIALTONE = "NO DIALTONE"
    CONNECT = "CONNECT"


# Words that end a dial attempt when ATD is in flight, and report a call's end otherwise.
CALL_END_WORDS = {
    "NO CARRIER": Final.NO_CARRIER,
    "BUSY": Final.BUSY,
    "NO ANSWER": Final.NO_ANSWER,
    "NO DIALTONE": Final.NO_DIALTONE,
}
_FINAL_WORDS = {
    "OK": Final.OK,
    "ERROR": Final.ERROR,
    "COMMAND NOT SUPPORT": Final.NOT_SUPPORTED,
    "TOO MANY PARAMETERS": Final.ERROR,
}

# Unsolicited result codes, matched at the start of a line. The ones that carry a PDU on the next line are marked.
URC_PREFIXES = (
    "+CMTI:",
    "+CDSI:",
    "+CRING:",
    "+CLIP:",
    "+CCWA:",
    "+CREG:",
    "+CEREG:",
    "+CGREG:",
    "+CPIN:",
    "+CFUN:",
    "+CUSD:",
    "+CIEV:",
    "+CGEV:",
    "+CTZV:",
    "+QIND:",
    "+QUSIM:",
    "^RSSI:",
    "^HCSQ:",
    "^MODE:",
    "^CEND:",
    "^ORIG:",
    "^CONF:",
    "^CONN:",
    "^BOOT:",
    "^SRVST:",
    "^SIMST:",
    "^SYSSTART",
    "^DSFLOWRPT:",
    "VOICE CALL:",
    "MISSED_CALL:",
    "*PSUTTZ:",
    "DST:",
    "+AUDIOSTATE:",  # SIMCom: a clip began or stopped playing
    "+QPSND:",  # Quectel: the end of AT+QPSND (its own read reply is told apart by the command in flight)
    "+QAUDPLAY:",
    "+QAUDPIND:",
)
URC_WITH_PDU = ("+CMT:", "+CDS:", "+CBM:")
URC_WORDS = frozenset(
    {
        "RING",
        "RDY",
        "Call Ready",
        "SMS Ready",
        "SMS DONE",
        "PB DONE",
        "NORMAL POWER DOWN",
        "UNDER-VOLTAGE POWER DOWN",
        "UNDER-VOLTAGE WARNNING",
        "OVER-VOLTAGE POWER DOWN",
    }
)


@dataclass(frozen=True)
class Line:
    kind: LineKind
    text: str
    final: Final | None = None
    code: int | None = None  # the number of +CME ERROR / +CMS ERROR
    urc: str | None = None  # the URC's name: "+CMTI", "RING", "VOICE CALL", "NO CARRIER"...
    has_pdu: bool = False  # a PDU line follows (+CDS, +CMT)


@dataclass(frozen=True)
class Urc:
    """An unsolicited result code as subscribers see it."""

    name: str
    text: str  # the whole line
    pdu: str | None = None  # the hex line that followed, for +CDS / +CMT
    heard: float | None = None  # the Modem's monotonic seconds when its reader read the line (None: not stamped)

    @property
    def body(self) -> str:
        """What follows the name and its colon, stripped."""
        rest = self.text[len(self.name) :]
        return rest.removeprefix(":").strip()


def clean(text: str | bytes) -> str:
    """One received line as text: bad bytes replaced, control characters dropped, capped, trimmed."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text[:MAX_LINE].strip()


@functools.lru_cache(maxsize=256)
def response_prefix(command: str) -> str | None:
    """The prefix the command's own information lines carry: ``AT+CPIN?`` → ``+CPIN:``."""
    upper = command.upper()
    if not upper.startswith("AT") or len(upper) < 4 or upper[2] not in "+^":
        return None
    name = re.match(r"[A-Z0-9]+", upper[3:])
    return f"{upper[2]}{name.group(0)}:" if name else None


def is_pdu_line(text: str) -> bool:
    return bool(_HEX_LINE.fullmatch(text)) and len(text) % 2 == 0


def classify(text: str | bytes, *, command: str | None = None, dialling: bool = False) -> Line:
    """Sort one line given the command in flight (``None`` when idle); never raises."""
    line = clean(text)
    if not line:
        return Line(LineKind.EMPTY, line)
    if command is not None and line == command.strip():
        return Line(LineKind.ECHO, line)
    final = _final(line, dialling=dialling)
    if final is not None:
        return final
    prefix = response_prefix(command) if command is not None else None
    if prefix is not None and line.upper().startswith(prefix):
        return Line(LineKind.RESPONSE, line)
    return _urc(line) or Line(LineKind.RESPONSE, line)


def _final(line: str, *, dialling: bool) -> Line | None:
    word = _FINAL_WORDS.get(line)
    if word is not None:
        return Line(LineKind.FINAL, line, final=word)
    end = CALL_END_WORDS.get(line)
    if end is not None:
        if dialling:
            return Line(LineKind.FINAL, line, final=end)
        return Line(LineKind.URC, line, urc=line)
    if line == "CONNECT" or line.startswith("CONNECT "):
        return Line(LineKind.FINAL, line, final=Final.CONNECT)
    for prefix, final in (("+CME ERROR:", Final.CME_ERROR), ("+CMS ERROR:", Final.CMS_ERROR)):
        if line.startswith(prefix):
            detail = line[len(prefix) :].strip()
            code = int(detail) if detail.isascii() and detail.isdigit() and len(detail) <= 6 else None
            return Line(LineKind.FINAL, line, final=final, code=code)
    return None


def _urc(line: str) -> Line | None:
    if line in URC_WORDS:
        return Line(LineKind.URC, line, urc=line)
    if line.startswith(URC_WITH_PDU):
        prefix = next(prefix for prefix in URC_WITH_PDU if line.startswith(prefix))
        return Line(LineKind.URC, line, urc=prefix[:-1], has_pdu=True)
    if line.startswith(URC_PREFIXES):
        prefix = next(prefix for prefix in URC_PREFIXES if line.startswith(prefix))
        return Line(LineKind.URC, line, urc=prefix.removesuffix(":"))
    return None


class Prompt:
    """The ``> `` that invites the PDU of ``AT+CMGS``; it never ends with a newline."""

    def __repr__(self) -> str:
        return "PROMPT"


PROMPT = Prompt()


class LineSplitter:
    """Bytes in, lines (and prompts) out, with a bounded buffer.

    The prompt is recognised only while the caller expects one: a response line that
    happens to start with ``>`` must not be taken for it.
    """

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._buffer = bytearray()
        self._max_line = max_line
        self._discarding = False  # inside an overlong line: drop until its end

    def feed(self, data: bytes, *, prompt_expected: bool = False) -> list[str | Prompt]:
        out: list[str | Prompt] = []
        self._buffer += data
        while True:
            if prompt_expected and self._take_prompt():
                out.append(PROMPT)
                prompt_expected = False
                continue
            cut = _line_end(self._buffer)
            if cut < 0:
                break
            raw = bytes(self._buffer[:cut])
            del self._buffer[: cut + 1]
            if self._discarding:
                self._discarding = False
                continue
            line = clean(raw)
            if line:
                out.append(line)
        if len(self._buffer) > self._max_line:
            out.append(clean(bytes(self._buffer[: self._max_line])))
            self._buffer.clear()
            self._discarding = True
        return out

    @property
    def buffered(self) -> int:
        """Bytes held back waiting for a line end (never more than the line cap)."""
        return len(self._buffer)

    def _take_prompt(self) -> bool:
        start = 0
        while start < len(self._buffer) and self._buffer[start] in b"\r\n":
            start += 1
        rest = self._buffer[start:]
        if rest.startswith(b"> ") or rest == b">":
            del self._buffer[: start + min(2, len(rest))]
            return True
        return False


def _line_end(buffer: bytearray) -> int:
    carriage = buffer.find(b"\r")
    newline = buffer.find(b"\n")
    if carriage < 0:
        return newline
    if newline < 0:
        return carriage
    return min(carriage, newline)
