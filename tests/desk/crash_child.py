"""The process the crash test kills: a day of complaints run by the desk against simulated modems.

Run as ``python -m tests.desk.crash_child STATE.json``. Its clock is the wall
clock scaled (one real second is ``speed`` simulated seconds) from an origin
kept in the state file, so every restart resumes the same day where time has
got to, as a real workstation would after a crash. It logs the script's
complaints that are due and not yet logged (found by their note), instructs
or redirects them, instructs what became due, and prints one line per thing
done.
"""

from __future__ import annotations

import faulthandler
import json
import signal
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from console.config import load_district_config
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.engine_events import IncomingDecided, LadderStepTaken, OutboxRowFinished
from console.desk.modems import modems_from_config, sent_today
from console.desk.runtime import DeskRuntime
from console.desk.settings import DeskSettings
from console.domain import EscalationState
from db.database import Database
from modem.config import Timing
from modem.events import ModemStatusChanged

TIMING = Timing(call_poll_interval=0.02, tick_interval=0.05, reconnect_interval=0.2, refresh_interval=1e9,
                sync_timeout=0.3, retry_backoff=0.0)


@dataclass(frozen=True)
class ScaledClock:
    base: datetime
    origin: float  # time.time() when the day began
    speed: float

    def now(self) -> datetime:
        return self.base + timedelta(seconds=(time.time() - self.origin) * self.speed)


def main(state_path: str) -> int:
    faulthandler.enable()  # a hang at stop shows where (the test aborts the process)
    state = json.loads(Path(state_path).read_text())
    clock = ScaledClock(datetime.fromisoformat(state["base"]), state["origin"], state["speed"])
    config = load_district_config("hardoi", override_path=Path(state["config"]), environ={},
                                  user_folder=Path(state["config"]).parent / "user")
    database = Database.open(state["database"])
    desk = Desk(database, DeskSettings.for_district(config, ring_seconds=20, talk_seconds=20), clock)
    speed = state["speed"]
    modems = modems_from_config(config.modems, clock=clock, sent=sent_today(database, clock), timing=TIMING,
                                monotonic=lambda: time.monotonic() * speed)
    feed = database.change_feed(poll_interval=0.05)
    runtime = DeskRuntime(desk, modems, worker="crash-test", feed=feed, dispatch_poll_seconds=0.05,
                          ladder_poll_seconds=0.1)
    say = _printer()
    desk.events.subscribe(OutboxRowFinished, lambda event: say(f"outbox {event.record.id} {event.record.status.value}"))
    desk.events.subscribe(LadderStepTaken, lambda event: say(f"ladder {event.step.case_id} {event.step.action.value}"))
    desk.events.subscribe(IncomingDecided,
                          lambda event: say(f"incoming {event.handled.incoming_id} {event.handled.verdict.value}"))
    for modem in modems:
        modem.add_listener(lambda event: say(f"modem {event.status.name} {event.status.connection.value} "
                                             f"{event.status.health.value} {event.status.last_error}")
                           if isinstance(event, ModemStatusChanged) else None)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    feed.start()
    uncertain = runtime.start()
    say(f"started {len(uncertain)}")
    complaints = [tuple(item) for item in state["complaints"]]
    while not stop.wait(0.02):
        _work(desk, clock, complaints)
    runtime.stop()
    feed.close()
    database.dispose()
    return 0


def _work(desk: Desk, clock: ScaledClock, complaints: list[tuple[int, float, int, int]]) -> None:
    """One look round, as an operator would: log what is due, instruct or redirect it, instruct what is due."""
    now = clock.now()
    with desk.database.reading() as work:
        cases = work.escalations.logged_between(now - timedelta(days=1), now + timedelta(days=1))
    logged = {case.note for case in cases}
    for index, offset, representative_id, officer_id in complaints:
        note = f"crash #{index}"
        if note in logged or clock.base + timedelta(seconds=offset) > now:
            continue
        logged_now = desk.log_complaint(Complaint(representative_id, officer_id, note=note), actor="operator")
        record = logged_now.record
        _print(f"logged {index} {record.id}")
        if logged_now.joined:
            continue
        if desk.availability(officer_id).redirected:
            desk.redirect(record.id, record.version, actor="operator")
        elif record.state is EscalationState.DUE:
            desk.instruct(record.id, record.version, actor="operator")
    for case in cases:
        if case.state is not EscalationState.DUE:
            continue
        if desk.availability(case.officer_id).redirected:
            desk.redirect(case.id, case.version, actor="operator")
        else:
            desk.instruct(case.id, case.version, actor="operator")


def _printer():  # type: ignore[no-untyped-def]
    lock = threading.Lock()

    def say(line: str) -> None:
        with lock:
            _print(line)

    return say


def _print(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
