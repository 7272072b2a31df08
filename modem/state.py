"""What a modem is like right now: identity, SIM, network, signal, health, workload."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from modem.call_audio import AudioCapability, CallAudio


class Role(str, enum.Enum):
    SMS = "sms"
    VOICE = "voice"


class SimState(str, enum.Enum):
    UNKNOWN = "unknown"
    READY = "ready"
    PIN_REQUIRED = "pin_required"  # and no PIN configured
    PIN_REJECTED = "pin_rejected"  # the configured PIN was refused: never tried again
    PUK_REQUIRED = "puk_required"
    ABSENT = "absent"
    FAILURE = "failure"
    BUSY = "busy"  # still busy after the back-off


class Registration(str, enum.Enum):
    UNKNOWN = "unknown"
    NOT_REGISTERED = "not_registered"
    HOME = "home"
    SEARCHING = "searching"
    DENIED = "denied"
    ROAMING = "roaming"

    @property
    def registered(self) -> bool:
        return self in (Registration.HOME, Registration.ROAMING)


class Health(str, enum.Enum):
    GOOD = "good"
    DEGRADED = "degraded"  # repeated errors: used only when nothing better is free
    FAILED = "failed"  # rested: gets no work until it recovers


class Connection(str, enum.Enum):
    OFFLINE = "offline"
    INITIALISING = "initialising"
    ONLINE = "online"


@dataclass(frozen=True)
class Identity:
    manufacturer: str | None = None
    model: str | None = None
    revision: str | None = None
    imei: str | None = None

    @property
    def vendor(self) -> str:
        """A lower-case family name for quirks: ``"simcom"``, ``"huawei"``, ``"quectel"`` or ``""``."""
        text = f"{self.manufacturer or ''} {self.model or ''}".lower()
        for family in ("simcom", "huawei", "quectel"):
            if family in text:
                return family
        if "sim800" in text or "sim7600" in text:
            return "simcom"
        return ""


@dataclass(frozen=True)
class ModemStatus:
    """A snapshot for the console: persistable, comparable, never live."""

    name: str
    url: str
    roles: frozenset[Role]
    connection: Connection
    identity: Identity
    sim: SimState
    registration: Registration
    lte_registration: Registration | None
    signal_dbm: int | None  # None: unknown (99) or not yet measured
    health: Health
    current_call: str | None  # the number on the line, outgoing or incoming
    sms_sent_today: int
    daily_cap: int
    last_error: str | None
    updated_at: datetime
    audio: AudioCapability | None = None  # None until probed (Modem.probe_audio)
    call_audio: CallAudio | None = None  # how its answered calls sound (the configuration's)

    @property
    def online(self) -> bool:
        return self.connection is Connection.ONLINE

    @property
    def registered(self) -> bool:
        return self.registration.registered or (self.lte_registration is not None and self.lte_registration.registered)

    @property
    def ready(self) -> bool:
        """Online, SIM ready, on a network and not rested: fit for work."""
        return self.online and self.sim is SimState.READY and self.registered and self.health is not Health.FAILED
