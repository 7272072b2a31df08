"""The district's modems as configured, with each SIM's count of the day carried over a restart."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from console.clock import Clock
from console.config import DEFAULT_AUDIO_CLIP, CallAudioMode, ModemPort, ModemRole
from console.desk.retry import next_day_in_india
from console.resources import resource_path
from db.database import Database
from modem.call_audio import CallAudio
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.state import Role
from modem.timebase import Monotonic


def sent_today(database: Database, clock: Clock) -> dict[str, int]:
    """SMS each modem sent since midnight in India, from the outbox's own record."""
    with database.reading() as work:
        return work.outbox.sent_counts_by_modem(since=midnight_in_india(clock.now()))


def midnight_in_india(at: datetime) -> datetime:
    return next_day_in_india(at) - timedelta(days=1)


def modems_from_config(
    ports: Sequence[ModemPort],
    *,
    clock: Clock,
    sent: Mapping[str, int],
    environ: Mapping[str, str] | None = None,
    timing: Timing | None = None,
    monotonic: Monotonic | None = None,
) -> list[Modem]:
    """One :class:`Modem` per ``[[modems]]`` entry; the PIN is read from the variable the entry names."""
    environment = os.environ if environ is None else environ
    modems = []
    for port in ports:
        pin = environment.get(port.pin_env) if port.pin_env else None
        config = ModemConfig(
            name=port.name,
            url=port.url,
            roles=frozenset(Role(role.value) for role in port.roles),
            daily_cap=port.daily_sms_cap,
            pin=pin or None,
            sms_sent_today=sent.get(port.name, 0),
            call_audio=call_audio(port),
        )
        modems.append(Modem(config, clock=clock, timing=timing, monotonic=monotonic))
    return modems


def call_audio(port: ModemPort) -> CallAudio | None:
    """What the officer hears when this port's instruction call is answered; None for a modem that makes no calls."""
    if ModemRole.VOICE not in port.roles:
        return None
    if port.audio is CallAudioMode.OPERATOR:
        return CallAudio.operator()
    if port.audio is CallAudioMode.RECORDED:
        return CallAudio.recorded(port.audio_clip or DEFAULT_AUDIO_CLIP)
    return CallAudio.alert()


def district_clip(district: str, language: str = "hi") -> bytes | None:
    """The district's recorded instruction (what `modem audio upload --district` stores); None when it has none."""
    try:
        return resource_path("audio", district, f"instruction_{language}.amr").read_bytes()
    except OSError:
        return None
