"""The district's modems as configured, with each SIM's count of the day carried over a restart."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from console.clock import Clock
from console.config import ModemPort
from console.desk.retry import next_day_in_india
from db.database import Database
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
        )
        modems.append(Modem(config, clock=clock, timing=timing, monotonic=monotonic))
    return modems
