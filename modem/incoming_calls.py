"""Incoming calls as one event each, however many ``RING``/``+CLIP`` lines the network repeats.

A missed call from an officer's registered number is how many officers say "seen":
so the caller's number matters more than answering (a modem never answers). The call
ends on ``NO CARRIER``/``^CEND``/``VOICE CALL: END``/``MISSED_CALL``, on our own
rejection, or when the rings stop for ``ring_gap`` seconds.

Time is taken from when the reader heard each line (``Urc.heard``), not from when
the worker got to it: behind a long job (an SMS being sent, a stored one read),
the rings of one call would otherwise look ``ring_gap`` apart, end the call early
and start a second one with the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from modem.config import Timing
from modem.events import IncomingCallEnded, IncomingCallStarted, ModemEvent
from modem.lines import Urc
from modem.replies import parse_clip, parse_missed_call
from modem.timebase import Clock, Monotonic

log = logging.getLogger(__name__)

RING_URCS = frozenset({"RING", "+CRING"})
END_URCS = frozenset({"NO CARRIER", "^CEND", "MISSED_CALL"})


def is_incoming_call_urc(urc: Urc) -> bool:
    return urc.name in RING_URCS or urc.name in END_URCS or urc.name in ("+CLIP", "VOICE CALL")


@dataclass
class _Call:
    started_at: datetime
    last_ring: float
    number: str | None = None
    rings: int = 0
    announced: bool = False
    rejected: bool = False


class IncomingCalls:
    def __init__(
        self,
        modem: str,
        *,
        timing: Timing,
        clock: Clock,
        monotonic: Monotonic,
        auto_reject: bool,
        hang_up: Callable[[], None],
        emit: Callable[[ModemEvent], None],
    ) -> None:
        self._modem = modem
        self._timing = timing
        self._clock = clock
        self._monotonic = monotonic
        self._auto_reject = auto_reject
        self._hang_up = hang_up
        self._emit = emit
        self._call: _Call | None = None
        self._cooldown_until = float("-inf")
        self._last_number: str | None = None
        # SIMCOM ends a missed call with NO CARRIER and then reports it (MISSED_CALL): the report belongs to the call
        # that ended, however late the worker reads it, so it is matched by order, not by the cool-down's clock.
        self._report_due_for: str | None = None

    @property
    def active_number(self) -> str | None:
        return self._call.number if self._call is not None else None

    @property
    def active(self) -> bool:
        return self._call is not None

    def on_urc(self, urc: Urc) -> None:
        now = self._monotonic() if urc.heard is None else urc.heard
        if urc.name in RING_URCS:
            if urc.name == "+CRING" and "VOICE" not in urc.body.upper():
                return  # a data or fax call: not ours to report
            call = self._current(now, number=None)
            if call is None:
                return
            call.rings += 1
            call.last_ring = now
            if call.rings >= 2:
                self._announce(call)  # two rings and still no +CLIP: the number is withheld
        elif urc.name == "+CLIP":
            number = parse_clip(urc.body)
            call = self._current(now, number=number)
            if call is None:
                return
            call.number = call.number or number
            call.last_ring = now
            self._announce(call)
        elif urc.name == "MISSED_CALL":
            number = parse_missed_call(urc.body)
            if self._call is None and self._report_due_for is not None and number in (None, self._report_due_for):
                self._report_due_for = None  # the report of the call that just ended
                return
            call = self._current(now, number=number)
            if call is None:
                return
            call.number = call.number or number
            self._end(now, reported=True)
        elif self._call is not None and (
            urc.name in END_URCS or (urc.name == "VOICE CALL" and urc.body.startswith("END"))
        ):
            self._end(now)

    def tick(self, heard: float = float("-inf")) -> None:
        """Housekeeping: a call whose rings stopped has ended. ``heard``: when the reader last read a call's line;
        one read but not yet handled (queued behind a job) means the call may still be ringing."""
        call = self._call
        now = self._monotonic()
        if call is not None and now - max(call.last_ring, heard) >= self._timing.ring_gap:
            self._end(now)

    def _current(self, now: float, number: str | None) -> _Call | None:
        if self._call is not None:
            return self._call
        if now < self._cooldown_until and (number is None or number == self._last_number):
            return None  # the tail of the call that just ended
        self._call = _Call(started_at=self._at(now), last_ring=now)
        self._report_due_for = None
        return self._call

    def _announce(self, call: _Call) -> None:
        if call.announced:
            return
        call.announced = True
        call.rejected = self._auto_reject
        log.info("%s: incoming call%s", self._modem, " (rejecting)" if call.rejected else "")
        self._emit(IncomingCallStarted(self._modem, call.number, call.started_at, call.rejected))
        if call.rejected:
            self._hang_up()
            self._end(self._monotonic())

    def _at(self, heard: float) -> datetime:
        """The clock's time when the monotonic source read ``heard``."""
        return self._clock.now() - timedelta(seconds=max(0.0, self._monotonic() - heard))

    def _end(self, at: float, *, reported: bool = False) -> None:
        """The call is over (``at``: monotonic); unless its MISSED_CALL report ended it, that report may still follow."""
        call, self._call = self._call, None
        if call is None:
            return
        self._report_due_for = None if reported else call.number
        self._announce_late(call)
        self._cooldown_until = at + self._timing.call_cooldown
        self._last_number = call.number
        self._emit(
            IncomingCallEnded(self._modem, call.number, call.started_at, self._at(at), call.rings, call.rejected)
        )

    def _announce_late(self, call: _Call) -> None:
        if not call.announced:
            call.announced = True
            self._emit(IncomingCallStarted(self._modem, call.number, call.started_at, rejected=False))
