"""The rig moves time only as fast as its Modems hear: each missed call is one call, with every ring it rang.

An officer's missed call rings at 0, 3 and 6 s and stops at 8 s (NO CARRIER). The simulated day steps
the clock 2 s at a time while it rings; if the clock ran on before the Modem read the RINGs, the Modem
ended the call by its 8 s ring gap with one ring heard, and the rings read after the next jump became a
second call whose end over-counted the missed calls the desk had handled (the flaky simulated day).
"""

from __future__ import annotations

import threading
from datetime import timedelta

from console.clock import FakeClock
from modem.events import IncomingCallEnded, IncomingCallStarted, ModemEvent
from modem.state import Role
from tests.desk import day
from tests.desk.rig import WAIT, Line, Rig

CALLS = 12
OFFICER = "+919454400119"


def test_every_ring_of_a_missed_call_is_heard_before_the_clock_moves_on() -> None:
    clock = FakeClock(day.DAY_START)
    rig = Rig(clock, (Line(roles=frozenset({Role.SMS})),)).start()
    events: list[ModemEvent] = []
    changed = threading.Condition()

    def note(event: ModemEvent) -> None:
        if isinstance(event, (IncomingCallStarted, IncomingCallEnded)):
            with changed:
                events.append(event)
                changed.notify_all()

    modem, simulator = rig.modems[0], rig.simulators[0]
    modem.add_listener(note)
    try:
        for call in range(1, CALLS + 1):
            rang_at = clock.now()
            simulator.give_missed_call(OFFICER, ring_seconds=8.0)
            rig.advance(0.0)  # its first ring, now
            for _ in range(4):  # as the simulated day steps while a missed call rings
                rig.advance(2.0)
            with changed:
                assert changed.wait_for(lambda: sum(isinstance(e, IncomingCallEnded) for e in events) >= call, WAIT)
            modem.list_clips().result(WAIT)  # a job behind every URC already read: the worker has caught up
            rig.advance(120.0)  # the day's next stop: nothing the Modem still had to read may start a call now
            modem.list_clips().result(WAIT)
            with changed:
                ended = [event for event in events if isinstance(event, IncomingCallEnded)]
                started = [event for event in events if isinstance(event, IncomingCallStarted)]
                assert (len(started), len(ended)) == (call, call), events[-4:]
                assert ended[-1].number == OFFICER
                assert ended[-1].rings == 3, f"call {call}: {ended[-1].rings} of its 3 rings heard"
                assert (ended[-1].started_at, ended[-1].ended_at) == (rang_at, rang_at + timedelta(seconds=8))
    finally:
        rig.close()
