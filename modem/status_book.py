"""A modem's state as the console sees it: kept in one place, published only when it changes.

Written by the modem's worker, read from any thread (the pool choosing a modem, the
console's status panel), hence the lock and the immutable snapshots.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from modem.call_audio import AudioCapability
from modem.config import ModemConfig
from modem.events import ModemEvent, ModemStatusChanged
from modem.quota import DailyQuota
from modem.startup import StartupResult
from modem.state import Connection, Health, ModemStatus, SimState
from modem.timebase import Clock

DEGRADED_AFTER = 2  # consecutive failures
FAILED_AFTER = 4


class StatusBook:
    def __init__(
        self, config: ModemConfig, clock: Clock, quota: DailyQuota, emit: Callable[[ModemEvent], None]
    ) -> None:
        self._config = config
        self._clock = clock
        self._quota = quota
        self._emit = emit
        self._lock = threading.Lock()
        self._state = StartupResult()
        self._connection = Connection.OFFLINE
        self._health = Health.GOOD
        self._failures = 0
        self._current_call: str | None = None
        self._last_error: str | None = None
        self._published: ModemStatus | None = None
        self._audio: AudioCapability | None = None

    # -- reading (any thread) ----------------------------------------------------------------

    def snapshot(self) -> ModemStatus:
        with self._lock:
            return self._snapshot()

    @property
    def connection(self) -> Connection:
        return self._connection

    @property
    def state(self) -> StartupResult:
        """A copy of what start-up and the refreshes found."""
        with self._lock:
            return replace(self._state)

    def sms_blocker(self) -> str | None:
        """Why the SIM cannot send SMS now (its state), or None when it can; no copy of the state."""
        with self._lock:
            state = self._state
            if state.sim is SimState.READY and state.sms_configured:
                return None
            return f"SIM {state.sim.value}, SMS not set up"

    # -- writing (the worker) ----------------------------------------------------------------

    def came_online(self, state: StartupResult) -> None:
        with self._lock:
            self._state = replace(state)
            self._connection = Connection.ONLINE
            self._last_error = None
        self.publish()

    def set_connection(self, connection: Connection, error: str | None = None) -> None:
        with self._lock:
            self._connection = connection
            if error is not None:
                self._last_error = error
        self.publish()

    def update(self, change: Callable[[StartupResult], None]) -> None:
        """Apply what a URC or a refresh says about registration or signal."""
        with self._lock:
            change(self._state)
        self.publish()

    def set_current_call(self, number: str | None) -> None:
        with self._lock:
            self._current_call = number
        self.publish()

    def set_audio(self, capability: AudioCapability) -> None:
        with self._lock:
            self._audio = capability
        self.publish()

    @property
    def audio(self) -> AudioCapability | None:
        return self._audio

    def succeeded(self) -> None:
        with self._lock:
            if self._failures == 0 and self._health is Health.GOOD:
                return  # the usual case: nothing to tell
            self._failures = 0
            self._health = Health.GOOD
        self.publish()

    def failed(self, reason: str) -> None:
        """Health degrades on repeated failures; a failed modem is rested (gets no work)."""
        with self._lock:
            self._failures += 1
            self._last_error = reason
            if self._failures >= FAILED_AFTER:
                self._health = Health.FAILED
            elif self._failures >= DEGRADED_AFTER:
                self._health = Health.DEGRADED
        self.publish()

    def refreshed(self, state: StartupResult) -> None:
        """A periodic check went through: new network facts, and a rested modem gets one more chance."""
        with self._lock:
            self._state = replace(state)
            if self._health is Health.FAILED:
                self._health, self._failures = Health.DEGRADED, DEGRADED_AFTER
        self.publish()

    def publish(self) -> None:
        with self._lock:
            status = self._snapshot()
            previous = self._published
            if previous is not None and replace(previous, updated_at=status.updated_at) == status:
                return
            self._published = status
        self._emit(ModemStatusChanged(status, previous))

    def _snapshot(self) -> ModemStatus:
        state = self._state
        return ModemStatus(
            name=self._config.name,
            url=self._config.url,
            roles=self._config.roles,
            connection=self._connection,
            identity=state.identity,
            sim=state.sim,
            registration=state.registration,
            lte_registration=state.lte_registration,
            signal_dbm=state.signal_dbm,
            health=self._health,
            current_call=self._current_call,
            sms_sent_today=self._quota.sent_today,
            daily_cap=self._quota.cap,
            last_error=self._last_error,
            updated_at=self._clock.now(),
            audio=self._audio,
            call_audio=self._config.call_audio,
        )
