"""The escalation desk's figures: how fast an instruction reaches the modem, and what the outbox costs.

1. "instruct" → the first byte of ``AT+CMGS`` at the modem, median and p95, on SQLite and PostgreSQL
   (target: well under 100 ms on SQLite); baseline: the same message handed straight to the Modem.
2. The dispatcher's cost per message against an instant simulator; baseline: the Modem sending the same
   messages in a loop with no outbox at all.
3. Throughput with 1, 2 and 4 simulated modems that take 5 s (simulated) per SMS, the simulators running
   100 times faster than real time; it should grow close to linearly with the modems.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from bench import Report, median, percentile
from bench.bench_storage import scratch_postgres
from console.clock import FakeClock
from console.config import load_district_config
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import OutboxRowFinished
from console.desk.settings import DeskSettings
from console.domain import Officer, OutboxKind, OutboxStatus, Representative, RepresentativeKind
from console.events import EventBus, OutboxQueued
from db.database import Database
from db.engine import create_database_engine
from db.migrate import upgrade_to_head
from db.repositories.outbox import NewOutboxMessage, OutboxRecord
from db.repositories.roster import RosterBatch
from modem.config import ModemConfig, Timing
from modem.modem import Modem
from modem.simulator import Simulator
from modem.state import Role

NOW = datetime(2026, 3, 9, 5, 30, tzinfo=timezone.utc)  # Monday 11:00 IST
INSTRUCTIONS = 60
MESSAGES = 200
SLOW_MESSAGES = 24
SMS_SECONDS = 5.0
SPEED = 20.0
TIMING = Timing(call_poll_interval=0.02, tick_interval=0.02, refresh_interval=1e9, retry_backoff=0.0)
CENTER = '[center]\nnumber = "+915852230001"\n'
TEXT = "विधायक राम प्रकाश वर्मा (9838012345) ने फोन किया, तुरंत कॉल बैक करें। फिर 'HRD-0001 हाँ' भेजें"


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sqlite = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        instruct_to_first_byte(report, "SQLite", sqlite, Path(folder))
        with scratch_postgres() as postgres:
            if postgres is None:
                report.add("instruct → first byte (PostgreSQL)", 0.0, "ms", note="no PostgreSQL server: left out")
            else:
                instruct_to_first_byte(report, "PostgreSQL", postgres.render_as_string(hide_password=False),
                                       Path(folder))
        dispatcher_overhead(report, f"sqlite:///{Path(folder) / 'overhead.sqlite3'}")
        for count in (1, 2, 4):
            throughput(report, f"sqlite:///{Path(folder) / f'throughput-{count}.sqlite3'}", count)


# -- 1. instruct → first byte ---------------------------------------------------------------------


def instruct_to_first_byte(report: Report, backend: str, url: str, folder: Path) -> None:
    database = _database(url)
    officers = [Officer(i, f"Officer {i}", f"अधिकारी {i}", "Tehsildar", "तहसीलदार", "Revenue", "Sadar",
                        f"+91945440{i:04d}") for i in range(1, INSTRUCTIONS + 1)]
    people = [Representative(1, RepresentativeKind.MLA, "Ram Prakash Verma", "राम प्रकाश वर्मा", "Sandila",
                             ("+919838012345",))]
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(officers, people), actor="bench", at=NOW, source="bench")
    config_file = folder / f"center-{backend}.toml"
    config_file.write_text(CENTER, encoding="utf-8")
    config = load_district_config("hardoi", override_path=config_file, environ={}, user_folder=folder / "user")
    desk = Desk(database, DeskSettings.for_district(config), FakeClock(NOW))
    with _simulated_modems(1, roles=frozenset({Role.SMS})) as (simulators, modems):
        first_bytes = _first_commands(simulators[0], "AT+CMGS")
        dispatcher = Dispatcher(database, modems, desk.clock, worker="bench", events=desk.events)
        desk.events.subscribe(OutboxQueued, lambda _event: dispatcher.wake())
        dispatcher.start()
        samples = []
        try:
            for officer in officers:
                record = desk.log_complaint(Complaint(1, officer.id), actor="bench").record
                first_bytes.clear()
                started = time.perf_counter()
                desk.instruct(record.id, record.version, actor="bench")
                assert first_bytes.wait(10), "no AT+CMGS within 10 s"
                samples.append((first_bytes.at - started) * 1000)
                assert dispatcher.wait_idle(10, calls_may_run=True)
            direct = _direct_first_byte(modems[0], first_bytes)
        finally:
            dispatcher.stop(5)
    samples = samples[5:]  # the first few warm the caches
    report.add(f"instruct → first byte at the modem, median ({backend})", median(samples), "ms",
               baseline_name="Modem.submit_sms → first byte", baseline_value=median(direct),
               note=f"{len(samples)} instructions; SMS and call rows in one transaction")
    report.add(f"instruct → first byte at the modem, p95 ({backend})", percentile(samples, 0.95), "ms")
    database.dispose()


def _direct_first_byte(modem: Modem, first_bytes: _FirstCommand) -> list[float]:
    samples = []
    for _ in range(20):
        first_bytes.clear()
        started = time.perf_counter()
        future = modem.submit_sms("+919454400001", TEXT)
        assert first_bytes.wait(10)
        samples.append((first_bytes.at - started) * 1000)
        future.result(10)
    return samples


# -- 2. the dispatcher's own cost ----------------------------------------------------------------


def dispatcher_overhead(report: Report, url: str) -> None:
    database = _database(url)
    clock = FakeClock(NOW)
    with _simulated_modems(1, roles=frozenset({Role.SMS})) as (_, modems):
        modem = modems[0]
        started = time.perf_counter()
        for _ in range(MESSAGES):
            modem.send_sms("+919454400001", TEXT, timeout=10)
        bare = (time.perf_counter() - started) * 1000 / MESSAGES
        with database.unit_of_work() as work:
            for number in range(MESSAGES):
                work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919454400001", TEXT, f"bench-{number}",
                                                     "bench"), at=NOW)
        sent = _Counter(MESSAGES)
        dispatcher = Dispatcher(database, modems, clock, worker="bench", events=sent.events())
        started = time.perf_counter()
        dispatcher.start()
        assert sent.done.wait(120), f"the outbox did not drain: {len(sent.ended)} of {MESSAGES} rows ended"
        sent.check()
        through_outbox = (time.perf_counter() - started) * 1000 / MESSAGES
        dispatcher.stop(5)
    report.add("dispatcher: per SMS through the outbox (instant simulator)", through_outbox, "ms",
               baseline_name="Modem.send_sms alone", baseline_value=bare,
               note=f"{MESSAGES} two-part Hindi SMS; claim, send, record each try; SQLite")
    report.add("dispatcher: overhead per SMS", through_outbox - bare, "ms")
    database.dispose()


# -- 3. throughput with slow modems --------------------------------------------------------------


def throughput(report: Report, url: str, count: int) -> None:
    database = _database(url)
    clock = FakeClock(NOW)
    with _simulated_modems(count, roles=frozenset({Role.SMS}), realtime=True) as (simulators, modems):
        for simulator in simulators:
            simulator.set_response_delay(SMS_SECONDS)
        with database.unit_of_work() as work:
            for number in range(SLOW_MESSAGES):
                work.outbox.enqueue(NewOutboxMessage(OutboxKind.SMS, "+919454400001", "Please call back at once",
                                                     f"slow-{number}", "bench"), at=NOW)
        sent = _Counter(SLOW_MESSAGES)
        dispatcher = Dispatcher(database, modems, clock, worker="bench", events=sent.events(), poll_seconds=0.05)
        started = time.perf_counter()
        dispatcher.start()
        assert sent.done.wait(300), f"the outbox did not drain: {len(sent.ended)} of {SLOW_MESSAGES} rows ended"
        sent.check()
        simulated_minutes = (time.perf_counter() - started) * SPEED / 60
        dispatcher.stop(5)
    per_minute = SLOW_MESSAGES / simulated_minutes
    report.add(f"throughput with {count} modem(s) at {SMS_SECONDS:g} s per SMS", per_minute, "SMS/min",
               baseline_name="one modem's ceiling", baseline_value=60 / SMS_SECONDS,
               note=f"{SLOW_MESSAGES} SMS; simulators {SPEED:g}× real time")
    database.dispose()


# -- helpers --------------------------------------------------------------------------------------


def _database(url: str) -> Database:
    engine = create_database_engine(url)
    upgrade_to_head(engine)
    return Database(engine)


@contextmanager
def _simulated_modems(
    count: int, *, roles: frozenset[Role], realtime: bool = False
) -> Iterator[tuple[list[Simulator], list[Modem]]]:
    simulators = [Simulator("sim800", realtime=realtime, speed=SPEED) for _ in range(count)]
    modems = []
    try:
        for index, simulator in enumerate(simulators, start=1):
            simulator.start()
            modem = Modem(ModemConfig(name=f"modem-{index}", url=simulator.device_path, roles=roles,
                                      daily_cap=10_000), timing=TIMING)
            modems.append(modem)
            modem.start()
            assert modem.wait_started(20) and modem.status().ready, modem.status().last_error
        yield simulators, modems
    finally:
        for modem in modems:
            modem.stop()
        for simulator in simulators:
            simulator.close()


class _FirstCommand:
    """The moment (perf_counter) the simulator receives the next command starting with a prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.at = 0.0
        self._event = threading.Event()

    def __call__(self, kind: str, line: str) -> None:
        if kind == "command" and line.startswith(self.prefix) and not self._event.is_set():
            self.at = time.perf_counter()
            self._event.set()

    def clear(self) -> None:
        self._event.clear()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)


def _first_commands(simulator: Simulator, prefix: str) -> _FirstCommand:
    watcher = _FirstCommand(prefix)
    simulator.add_listener(lambda event: watcher(event.kind, str(event.details.get("line", ""))))
    return watcher


class _Counter:
    """Follows the rows the dispatcher finishes; ``done`` once ``target`` rows have ended, sent or not (a row that
    ends uncertain or failed is named by :meth:`check` instead of leaving the benchmark waiting for it)."""

    _ENDED = frozenset({OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN,
                        OutboxStatus.CANCELLED})

    def __init__(self, target: int) -> None:
        self.target = target
        self.ended: dict[int, OutboxRecord] = {}
        self.done = threading.Event()

    @property
    def count(self) -> int:
        return sum(record.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED) for record in self.ended.values())

    def events(self) -> EventBus:
        """A bus for the dispatcher whose finished rows this counts."""
        bus = EventBus()
        bus.subscribe(OutboxRowFinished, self._on_finished)
        return bus

    def check(self) -> None:
        """Every row sent, or which were not and why."""
        unsent = [record for record in self.ended.values()
                  if record.status not in (OutboxStatus.SENT, OutboxStatus.DELIVERED)]
        assert not unsent, (f"{len(unsent)} of {self.target} rows not sent: "
                            + "; ".join(f"{r.status.value} ({r.last_error})" for r in unsent[:3]))

    def _on_finished(self, event: OutboxRowFinished) -> None:
        if event.record.status in self._ENDED:
            self.ended[event.record.id] = event.record
            if len(self.ended) >= self.target:
                self.done.set()
