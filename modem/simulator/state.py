"""What the simulated modem holds: SIM, network, configuration, message storage, calls, and what it did."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from modem.pdu import ConcatInfo
from modem.simulator.officers import Officer


class SimState(enum.Enum):
    READY = "READY"
    PIN = "SIM PIN"
    PUK = "SIM PUK"
    ABSENT = "absent"
    FAILURE = "failure"
    BUSY = "busy"


@dataclass
class SimCard:
    state: SimState = SimState.READY
    pin: str = "1234"
    puk: str = "12345678"
    pin_attempts_left: int = 3
    busy_until: float = 0.0


@dataclass
class Stored:
    """One message in the modem's memory (an SMS-DELIVER or a status report)."""

    index: int
    memory: str
    pdu: str
    tpdu_length: int
    read: bool = False


@dataclass
class Call:
    call_id: int
    incoming: bool
    stat: int  # +CLCC: 0 active, 2 dialling, 3 alerting, 4 incoming
    number: str
    officer: Officer
    started_at: float
    dial_string: str = ""
    answered_at: float | None = None
    clips_heard: list[str] = field(default_factory=list)  # clips played into it to their end
    clips_cut: int = 0  # plays into it that stopped before their end


@dataclass(frozen=True)
class SentMessage:
    """One SMS-SUBMIT the modem accepted, as the network saw it."""

    reference: int
    recipient: str
    text: str
    concat: ConcatInfo | None
    status_report_requested: bool
    pdu: str
    accepted_at: datetime


@dataclass(frozen=True)
class CallRecord:
    """A finished call: who, which way, how it ended, how long it rang and talked."""

    number: str
    incoming: bool
    outcome: str  # answered, busy, no-answer, unreachable, hung-up, missed, rejected, failed
    ring_seconds: float
    talk_seconds: float
    dial_string: str
    clips_heard: tuple[str, ...] = ()  # what the far end heard played to its end
    clips_cut: int = 0  # plays the far end heard only part of


@dataclass
class Playback:
    """A clip playing on the module, into a call (the officer hears it) or only on the module."""

    player: str  # the command that started it: "+CCMXPLAY", "+QPSND", "+QAUDPLAY"
    clip: str
    seconds: float
    plays_left: int  # after the current one; -1: until stopped
    call: Call | None  # the call it plays into; None: only on the module
    play: int = 1
    started_at: float = 0.0


@dataclass
class Settings:
    """What AT commands configure; reset by ATZ."""

    echo: bool = True
    cmee: int = 0
    message_format: int = 0
    cnmi: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    clip: bool = False
    crc: bool = False
    creg: int = 0
    cereg: int = 0
    curc: bool = True
    csmp_first_octet: int = 17
    character_set: str = "IRA"


@dataclass
class ModemState:
    sim: SimCard = field(default_factory=SimCard)
    settings: Settings = field(default_factory=Settings)
    registration: int = 1  # +CREG stat: 0 not, 1 home, 2 searching, 3 denied, 5 roaming
    rssi: int = 18
    operator: str = "IND airtel"
    sms_ready: bool = True
    next_reference: int = 0
    next_concat_reference: int = 1
    storage: dict[int, Stored] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    next_call_id: int = 1
    last_call_cause: str = "No cause information available"
    files: dict[str, bytes] = field(default_factory=dict)  # the module's own storage (flash C:/ or UFS)
    playback: Playback | None = None

    def take_reference(self) -> int:
        reference = self.next_reference
        self.next_reference = (self.next_reference + 1) % 256
        return reference

    def store(self, memory: str, pdu: str, tpdu_length: int) -> int | None:
        """Index of the stored message, or None when memory (30 slots, as a SIM) is full."""
        for index in range(1, 31):
            if index not in self.storage:
                self.storage[index] = Stored(index=index, memory=memory, pdu=pdu, tpdu_length=tpdu_length)
                return index
        return None

    @property
    def registered(self) -> bool:
        return self.registration in (1, 5)
