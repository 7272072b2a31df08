"""How one modem is set up, and the time limits of the layer (small in tests, real in the field)."""

from __future__ import annotations

from dataclasses import dataclass, field

from modem.call_audio import CallAudio
from modem.quota import DEFAULT_DAILY_CAP
from modem.state import Role

ALL_ROLES = frozenset({Role.SMS, Role.VOICE})


@dataclass(frozen=True)
class ModemConfig:
    name: str
    url: str  # device path, COMn, pty path, or a pyserial URL such as loop://
    roles: frozenset[Role] = ALL_ROLES
    daily_cap: int = DEFAULT_DAILY_CAP
    pin: str | None = field(default=None, repr=False)  # never printed, never logged
    baudrate: int = 115200
    rtscts: bool = False
    auto_reject_calls: bool = False
    sms_sent_today: int = 0  # seed of the daily count, from the console's records
    call_audio: CallAudio | None = None  # how its answered calls sound, unless a call asks otherwise

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a modem needs a name")
        if not self.url:
            raise ValueError(f"modem {self.name!r} needs a port (device path, COMn or URL)")
        if self.daily_cap < 0:
            raise ValueError(f"modem {self.name!r}: daily cap must not be negative")
        if self.pin is not None and not (self.pin.isascii() and self.pin.isdigit() and 4 <= len(self.pin) <= 8):
            raise ValueError(f"modem {self.name!r}: a SIM PIN is 4 to 8 digits")


@dataclass(frozen=True)
class Timing:
    """Seconds. Defaults follow MODEM.md; tests shrink them."""

    command_timeout: float = 10.0
    sync_timeout: float = 1.0  # each of the first "AT"s
    sync_attempts: int = 5
    prompt_timeout: float = 5.0
    escape_grace: float = 1.0
    send_timeout: float = 60.0
    retry_backoff: float = 2.0  # before a retried SMS part, times the attempt number
    sim_busy_backoff: float = 2.0
    sim_busy_attempts: int = 5
    sms_ready_timeout: float = 30.0  # SIM800: configure SMS only after "SMS Ready"
    dial_timeout: float = 30.0
    call_poll_interval: float = 1.5  # AT+CLCC while a call of ours is up
    ring_gap: float = 8.0  # no RING for this long: the incoming call has ended
    call_cooldown: float = 3.0  # RING / +CLIP just after an incoming call ended belong to it
    concat_timeout: float = 600.0  # wait this long for the missing parts of a long incoming message
    report_window: float = 3 * 24 * 3600.0  # status reports match messages sent within this window
    reconnect_interval: float = 5.0
    refresh_interval: float = 60.0  # registration and signal, when idle
    tick_interval: float = 0.5  # the worker's housekeeping beat
    upload_chunk: int = 1024  # bytes of a clip written to the module at a time
    upload_chunk_pause: float = 0.02  # between them, for a UART without flow control
