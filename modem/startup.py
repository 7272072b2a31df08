"""Bringing a freshly opened modem to a known state (MODEM.md "Initialise").

The order matters: synchronise, echo off, numeric errors, hang up whatever call an earlier
owner left up, the SIM (with the PIN at most once, never again after a refusal), identity,
registration and signal, then SMS settings (on SIM800 only after ``SMS Ready``) and caller id.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from modem.channel import AtChannel, Response
from modem.config import Timing
from modem.errors import CommandTimeout, ModemError
from modem.events import AlertReason
from modem.lines import Final
from modem.replies import (
    CME_INCORRECT_PASSWORD,
    SIM_ERRORS,
    identity_value,
    imei_value,
    parse_cpin,
    parse_registration,
    parse_signal_dbm,
)
from modem.state import Identity, Registration, SimState
from modem.voice import hang_up

log = logging.getLogger(__name__)

NEW_MESSAGE_INDICATIONS = ("AT+CNMI=2,1,0,2,0", "AT+CNMI=2,1,0,1,0")
_STILL_BOOTING_CME = frozenset({3, 4, 515})  # operation not allowed / not supported / busy, while the SIM wakes

Pause = Callable[[float], bool]
Alert = Callable[[AlertReason, str], None]


class BootSignals:
    """SIM800-style boot URCs seen since the port opened; set from the reader thread."""

    def __init__(self) -> None:
        self.booting = threading.Event()  # RDY / Call Ready / +CPIN: READY arrived unasked
        self.sms_ready = threading.Event()


class StartupFailed(ModemError):
    """The modem did not answer ``AT`` at all."""


@dataclass
class StartupResult:
    identity: Identity = field(default_factory=Identity)
    sim: SimState = SimState.UNKNOWN
    registration: Registration = Registration.UNKNOWN
    lte_registration: Registration | None = None
    signal_dbm: int | None = None
    sms_configured: bool = False
    pin_rejected: bool = False


class Startup:
    def __init__(
        self,
        channel: AtChannel,
        *,
        timing: Timing,
        pin: str | None,
        pin_rejected_before: bool,
        boot: BootSignals,
        pause: Pause,
        alert: Alert,
    ) -> None:
        self._channel = channel
        self._timing = timing
        self._pin = pin
        self._pin_rejected_before = pin_rejected_before
        self._boot = boot
        self._pause = pause
        self._alert = alert

    def run(self) -> StartupResult:
        result = StartupResult()
        if not self._channel.synchronise(self._timing.sync_attempts, self._timing.sync_timeout):
            raise StartupFailed(f"{self._channel.name}: no OK to AT after {self._timing.sync_attempts} tries")
        self._do("ATE0")
        self._do("AT+CMEE=1")
        # A call left up by a process that died mid-call holds the line (the next ATD gets +CME ERROR: 3).
        hang_up(self._channel, self._timing)
        result.sim = self._sim(result)
        result.identity = self._identity()
        if result.identity.vendor == "huawei":
            self._do("AT^CURC=0")  # silence ^RSSI / ^MODE chatter
        refresh_network(self._channel, self._timing, result)
        if result.sim is SimState.READY:
            result.sms_configured = self._configure_sms()
            self._do("AT+CLIP=1")
        return result

    # -- SIM -----------------------------------------------------------------------------------

    def _sim(self, result: StartupResult) -> SimState:
        pin_sent = False
        for attempt in range(1, self._timing.sim_busy_attempts + 1):
            state = self._query_sim()
            if state is SimState.PIN_REQUIRED:
                if self._pin is None:
                    self._alert(AlertReason.SIM_PROBLEM, "the SIM asks for a PIN and none is configured")
                    return state
                if self._pin_rejected_before or pin_sent:
                    result.pin_rejected = True
                    return SimState.PIN_REJECTED
                pin_sent = True
                state = self._enter_pin()
                if state is SimState.PIN_REJECTED:
                    result.pin_rejected = True
                    return state
                continue  # check again: the SIM may need a moment after the PIN
            if state is not SimState.BUSY:
                if state is not SimState.READY:
                    self._alert(AlertReason.SIM_PROBLEM, f"SIM state {state.value}")
                return state
            log.info("%s: SIM busy, waiting (attempt %d)", self._channel.name, attempt)
            if not self._pause(self._timing.sim_busy_backoff * attempt):
                break
        self._alert(AlertReason.SIM_PROBLEM, "SIM still busy after the back-off")
        return SimState.BUSY

    def _query_sim(self) -> SimState:
        reply = self._do("AT+CPIN?", require_response=True)
        if reply is None:
            return SimState.BUSY
        values = reply.values("+CPIN:")
        if reply.ok and values:
            return parse_cpin(values[0])
        if reply.final.final is Final.CME_ERROR and reply.final.code in SIM_ERRORS:
            return SIM_ERRORS[reply.final.code]
        if reply.final.code in _STILL_BOOTING_CME or reply.final.final is Final.ERROR:
            return SimState.BUSY
        return SimState.UNKNOWN

    def _enter_pin(self) -> SimState:
        assert self._pin is not None
        try:
            reply = self._channel.command(
                f'AT+CPIN="{self._pin}"', timeout=self._timing.command_timeout, secret=True
            )
        except CommandTimeout:
            return SimState.BUSY
        if reply.ok:
            log.info("%s: SIM PIN accepted", self._channel.name)
            return SimState.UNKNOWN
        if reply.final.code == CME_INCORRECT_PASSWORD or reply.final.final is Final.CME_ERROR:
            log.error("%s: SIM PIN rejected; it will not be tried again", self._channel.name)
            self._alert(AlertReason.PIN_REJECTED, "the configured SIM PIN was rejected; fix it before the SIM locks")
            return SimState.PIN_REJECTED
        return SimState.UNKNOWN

    # -- identity and SMS ----------------------------------------------------------------------

    def _identity(self) -> Identity:
        def value(command: str) -> str | None:
            reply = self._do(command)
            return identity_value(reply.lines) if reply is not None and reply.ok else None

        manufacturer, model, revision = value("AT+CGMI"), value("AT+CGMM"), value("AT+CGMR")
        reply = self._do("AT+CGSN")
        imei = imei_value(reply.lines) if reply is not None and reply.ok else None
        return Identity(manufacturer=manufacturer, model=model, revision=revision, imei=imei)

    def _configure_sms(self) -> bool:
        if self._boot.booting.is_set() and not self._boot.sms_ready.is_set():
            log.info("%s: waiting for SMS Ready", self._channel.name)
            self._boot.sms_ready.wait(self._timing.sms_ready_timeout)
        reply = self._do("AT+CMGF=0")
        if (reply is None or not reply.ok) and not self._boot.sms_ready.is_set():
            self._boot.sms_ready.wait(self._timing.sms_ready_timeout)
            reply = self._do("AT+CMGF=0")
        if reply is None or not reply.ok:
            self._alert(AlertReason.SMS_CONFIGURATION, "the modem refused PDU mode (AT+CMGF=0)")
            return False
        for command in NEW_MESSAGE_INDICATIONS:
            reply = self._do(command)
            if reply is not None and reply.ok:
                return True
        self._alert(AlertReason.SMS_CONFIGURATION, "the modem refused new-message indications (AT+CNMI)")
        return False

    def _do(self, command: str, *, require_response: bool = False) -> Response | None:
        return ask(self._channel, self._timing, command, require_response=require_response)


def ask(channel: AtChannel, timing: Timing, command: str, *, require_response: bool = False) -> Response | None:
    """A command whose failure is information, not an exception (a timeout gives ``None``)."""
    try:
        return channel.command(command, timeout=timing.command_timeout, require_response=require_response)
    except CommandTimeout:
        log.warning("%s: %s timed out", channel.name, command)
        return None


def _first_value(reply: Response | None, prefix: str) -> str | None:
    values = reply.values(prefix) if reply is not None else []
    return values[0] if values else None


def refresh_network(channel: AtChannel, timing: Timing, result: StartupResult) -> None:
    """Registration (2G/3G and LTE) and signal; also the worker's periodic check."""
    creg = _first_value(ask(channel, timing, "AT+CREG?", require_response=True), "+CREG:")
    result.registration = parse_registration(creg) if creg is not None else Registration.UNKNOWN
    cereg = _first_value(ask(channel, timing, "AT+CEREG?"), "+CEREG:")
    result.lte_registration = parse_registration(cereg) if cereg is not None else None
    csq = _first_value(ask(channel, timing, "AT+CSQ", require_response=True), "+CSQ:")
    result.signal_dbm = parse_signal_dbm(csq) if csq is not None else None
