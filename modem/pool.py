"""Several modems behind one door: work goes to a fit modem and fails over when one lets it down.

Each modem keeps its own worker and its own daily cap. A message that fails on one
modem for a reason another could overcome (port lost, no prompt, congestion, SIM
trouble, the cap) is sent whole on the next one, with a fresh concatenation
reference: parts from two SIMs never join on the officer's phone anyway. Roles pin
SMS and voice to different modems.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from modem.config import ModemConfig, Timing
from modem.events import CallOutcome, CallResult, PartResult, SmsErrorClass, SmsResult
from modem.modem import DEFAULT_RING_LIMIT, DEFAULT_TALK_LIMIT, ChannelFactory, Listener, Modem
from modem.numbers import normalise_number
from modem.pdu import count_parts
from modem.sms_out import FAILOVER_CLASSES
from modem.state import Health, ModemStatus, Role
from modem.timebase import Clock, Monotonic, SystemClock

log = logging.getLogger(__name__)

PoolEntry = tuple[str, str, Iterable[str], int, str | None]  # name, url, roles, daily cap, PIN


def config_from_entry(entry: PoolEntry) -> ModemConfig:
    """``("sms-1", "/dev/serial/by-id/usb-SimTech…", ["sms"], 100, None)`` → a checked config."""
    name, url, roles, daily_cap, pin = entry
    try:
        role_set = frozenset(Role(str(role).strip().lower()) for role in roles)
    except ValueError as exc:
        raise ValueError(f"modem {name!r}: unknown role in {list(roles)!r} (use 'sms' and/or 'voice')") from exc
    if not role_set:
        raise ValueError(f"modem {name!r}: give it at least one role ('sms', 'voice')")
    return ModemConfig(name=name, url=url, roles=role_set, daily_cap=daily_cap, pin=pin)


class ModemPool:
    def __init__(
        self,
        configs: Sequence[ModemConfig],
        *,
        clock: Clock | None = None,
        monotonic: Monotonic | None = None,
        timing: Timing | None = None,
        channel_factory: ChannelFactory | None = None,
    ) -> None:
        names = [config.name for config in configs]
        if len(set(names)) != len(names):
            raise ValueError(f"modem names must be unique, got {names}")
        clock = clock or SystemClock()
        self.modems = tuple(
            Modem(config, clock=clock, monotonic=monotonic, timing=timing, channel_factory=channel_factory)
            for config in configs
        )
        self._clock = clock
        self._executor = ThreadPoolExecutor(max_workers=max(2, 2 * len(configs)), thread_name_prefix="modem-pool")

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[PoolEntry],
        *,
        clock: Clock | None = None,
        monotonic: Monotonic | None = None,
        timing: Timing | None = None,
    ) -> ModemPool:
        """The console's door: one ``(name, url, roles, daily cap, PIN)`` per modem."""
        configs = [config_from_entry(entry) for entry in entries]
        return cls(configs, clock=clock, monotonic=monotonic, timing=timing)

    def add_listener(self, listener: Listener) -> None:
        for modem in self.modems:
            modem.add_listener(listener)

    def start(self) -> None:
        for modem in self.modems:
            modem.start()

    def stop(self) -> None:
        for modem in self.modems:
            modem.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def statuses(self) -> list[ModemStatus]:
        return [modem.status() for modem in self.modems]

    def modem(self, name: str) -> Modem:
        for modem in self.modems:
            if modem.name == name:
                return modem
        raise KeyError(name)

    # -- SMS ---------------------------------------------------------------------------------

    def submit_sms(self, to: str, text: str, *, tag: str | None = None) -> Future[SmsResult]:
        recipient = normalise_number(to)
        if not text:
            raise ValueError("an SMS needs some text")
        count_parts(text)  # a text that cannot be encoded fails here, in the caller's thread
        return self._executor.submit(self._send_sms, recipient, text, tag)

    def send_sms(self, to: str, text: str, *, tag: str | None = None, timeout: float | None = None) -> SmsResult:
        return self.submit_sms(to, text, tag=tag).result(timeout)

    def _send_sms(self, recipient: str, text: str, tag: str | None) -> SmsResult:
        _, parts = count_parts(text)
        last: SmsResult | None = None
        for modem in self._candidates(Role.SMS, parts):
            result = modem.submit_sms(recipient, text, tag=tag).result()
            if result.accepted or result.error_class not in FAILOVER_CLASSES:
                return result
            log.warning("%s could not send (%s); trying the next modem", modem.name, result.error_class)
            last = result
        if last is not None:
            return last
        submitted_at = self._clock.now()
        nothing = tuple(PartResult(sequence, parts, None, SmsErrorClass.NO_MODEM) for sequence in range(1, parts + 1))
        return SmsResult(recipient, None, None, nothing, SmsErrorClass.NO_MODEM, submitted_at, tag, "no modem ready for SMS")

    # -- calls -------------------------------------------------------------------------------

    def submit_call(
        self,
        to: str,
        *,
        ring_limit: float = DEFAULT_RING_LIMIT,
        talk_limit: float = DEFAULT_TALK_LIMIT,
        tag: str | None = None,
    ) -> Future[CallResult]:
        number = normalise_number(to)
        return self._executor.submit(self._call, number, ring_limit, talk_limit, tag)

    def call(
        self,
        to: str,
        *,
        ring_limit: float = DEFAULT_RING_LIMIT,
        talk_limit: float = DEFAULT_TALK_LIMIT,
        tag: str | None = None,
        timeout: float | None = None,
    ) -> CallResult:
        return self.submit_call(to, ring_limit=ring_limit, talk_limit=talk_limit, tag=tag).result(timeout)

    def _call(self, number: str, ring_limit: float, talk_limit: float, tag: str | None) -> CallResult:
        last: CallResult | None = None
        for modem in self._candidates(Role.VOICE, 0):
            result = modem.submit_call(number, ring_limit=ring_limit, talk_limit=talk_limit, tag=tag).result()
            if not result.modem_fault:
                return result
            log.warning("%s could not place the call (%s); trying the next modem", modem.name, result.detail)
            last = result
        if last is not None:
            return last
        return CallResult(
            number, None, CallOutcome.FAILED, 0.0, 0.0, self._clock.now(), None, tag, "no modem ready for calls", True
        )

    # -- choosing ----------------------------------------------------------------------------

    def _candidates(self, role: Role, parts: int) -> list[Modem]:
        """Fit modems with the role, healthiest and least loaded first."""
        fit: list[tuple[tuple[int, int, int], int, Modem]] = []
        for position, modem in enumerate(self.modems):
            status = modem.status()
            if role not in status.roles or not status.ready:
                continue
            if role is Role.SMS and not modem.quota.allows(parts):
                continue
            busy = modem.pending_jobs + (1 if status.current_call else 0)
            rank = (0 if status.health is Health.GOOD else 1, busy, status.sms_sent_today if role is Role.SMS else 0)
            fit.append((rank, position, modem))
        fit.sort(key=lambda item: (item[0], item[1]))
        return [modem for _, _, modem in fit]
