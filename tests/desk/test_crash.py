"""The crash test: the desk's process is killed with SIGKILL twenty times during a day of 50 complaints.

The simulated modems and officers live in this (the test's) process, so they
outlive every kill and count what really went out. After each restart a
supervisor settles the rows left uncertain the way a careful operator would —
the simulator's log says whether the message went out — and at the end: every
complaint is logged once, every timeline is whole, every case is where its
officer's behaviour must take it, and every SMS and call the simulators saw
matches exactly one row the outbox holds as sent.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from console.clock import FakeClock
from console.desk.desk import Desk
from console.desk.settings import DeskSettings
from console.desk.simulation import OfficerResponder, Response, SimulatedOfficer
from console.domain import EscalationState, OutboxKind, OutboxStatus
from db.database import Database
from db.engine import create_database_engine
from db.migrate import upgrade_to_head
from db.repositories.outbox import UncertainDecision
from db.repositories.roster import RosterBatch
from modem.simulator import CallBehaviour, Simulator
from tests.desk import day
from tests.desk.conftest import machine_config
from tests.desk.processes import Lines

ROOT = Path(__file__).resolve().parents[2]
BASE = datetime(2026, 3, 9, 5, 0, tzinfo=timezone.utc)  # Monday 10:30 IST
SPEED = 60.0  # simulated seconds per real second
COMPLAINTS = 50
KILLS = 20
LINE_WAIT = 60.0
SETTLE_SECONDS = 90.0
RIPE_SECONDS = 2.0  # real seconds an uncertain row waits before a supervisor settles it while the desk runs
THRESHOLDS = """
[thresholds]
act_after_minutes = 2
confirm_within_minutes = 3
max_reinstructions = 1
escalate_after_minutes = 6
"""
S = EscalationState
FINAL = {day.Kind.PROMPT: S.CONFIRMED, day.Kind.SLOW: S.CONFIRMED, day.Kind.NEVER: S.ESCALATED,
         day.Kind.ON_LEAVE: S.REDIRECTED}


def behaviours() -> list[SimulatedOfficer]:
    """Every confirmation by SMS, which waits on the SIM while the desk is down: outcomes cannot hang on timing."""
    people = []
    for officer in day.officers():
        kind = day.kind_of(officer.id)
        if officer.id == day.DM_ID or kind is day.Kind.NEVER:
            people.append(SimulatedOfficer(officer.official_number, Response.NONE, call=CallBehaviour.BUSY))
        else:
            after = 4 * 60.0 if kind is day.Kind.SLOW else 60.0  # the slow one answers after the alarm
            people.append(SimulatedOfficer(officer.official_number, Response.SMS_REPLY, after,
                                           answer_after_seconds=3, talk_seconds=3))
    return people


class Child:
    """One run of the desk's process, its output read line by line on threads."""

    def __init__(self, state: Path) -> None:
        environment = dict(os.environ, PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen([sys.executable, "-m", "tests.desk.crash_child", str(state)], cwd=ROOT,
                                        env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.output = Lines(self.process)
        self.errors = self.output.errors

    def wait_for(self, prefix: str, timeout: float = LINE_WAIT) -> str:
        return self.output.wait_for(prefix, timeout)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def doing(self) -> str:
        """What a child still running is doing (faulthandler's dump on SIGABRT) and what it said last."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGABRT)
            self.process.wait(10)
            self.output.join(10)
        return ("the desk's last lines:\n" + "\n".join(self.output.last(20)) +
                "\nits stacks:\n" + "".join(self.errors[-200:]))

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(20)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the desk did not stop within 20 s; {self.doing()}") from None
        assert code == 0, "".join(self.errors[-20:])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Path, Desk, list[Simulator], OfficerResponder]]:
    database_path = tmp_path / "crash.sqlite3"
    engine = create_database_engine(f"sqlite:///{database_path}")
    upgrade_to_head(engine)
    database = Database(engine)
    with database.unit_of_work() as work:
        work.roster.apply(RosterBatch(day.officers(), day.representatives(), day.periods()), actor="admin",
                          at=BASE, source="crash test")
    origin = time.time()
    simulators = [Simulator("sim800", epoch=BASE, realtime=True, speed=SPEED) for _ in range(2)]
    responder = OfficerResponder(simulators, behaviours(), "HRD")
    for simulator in simulators:
        simulator.start()
    modems = "".join(
        f'\n[[modems]]\nname = "modem-{index}"\nurl = "{simulator.device_path}"\nroles = ["{role}"]\n'
        f"daily_sms_cap = 1000\n"
        for index, (simulator, role) in enumerate(zip(simulators, ("sms", "voice")), start=1)
    )
    config_text = f'[center]\nnumber = "+915852230001"\n{THRESHOLDS}{modems}'
    config = machine_config(tmp_path, config_text)
    script = [(k, k * 20.0, k // len(day.TARGETS) + 1, day.TARGETS[k % len(day.TARGETS)]) for k in range(COMPLAINTS)]
    state = tmp_path / "state.json"
    state.write_text(json.dumps({
        "base": BASE.isoformat(), "origin": origin, "speed": SPEED, "database": f"sqlite:///{database_path}",
        "config": str(tmp_path / "machine.toml"), "complaints": script,
    }))
    # The supervisor's own view of the same database, on the same scaled clock.
    clock = FakeClock(BASE)
    supervisor = Desk(database, DeskSettings.for_district(config), clock)
    yield state, supervisor, simulators, responder
    for simulator in simulators:
        simulator.close()
    database.dispose()


def received(simulators: list[Simulator]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Whole SMS (recipient, text) and calls that rang (number) as the simulated network saw them."""
    messages: Counter[tuple[str, str]] = Counter()
    calls: Counter[str] = Counter()
    for simulator in simulators:
        parts: dict[tuple[str, int, int], dict[int, str]] = {}
        for message in simulator.sent_messages:
            if message.concat is None:
                messages[(message.recipient, message.text)] += 1
                continue
            key = (message.recipient, message.concat.reference, message.concat.total)
            parts.setdefault(key, {})[message.concat.sequence] = message.text
            if len(parts[key]) == message.concat.total:
                pieces = parts.pop(key)
                messages[(message.recipient, "".join(pieces[n] for n in sorted(pieces)))] += 1
        calls.update(record.number for record in simulator.call_records if not record.incoming)
        calls.update(call.number for call in simulator.engine.state.calls if not call.incoming)
    return messages, calls


def settle_uncertain(supervisor: Desk, simulators: list[Simulator],
                     ripe: Callable[[int], bool] = lambda _: True) -> int:
    """What a careful supervisor does with rows that may have gone out: ask the network (here, the simulator).

    ``ripe`` says which uncertain rows to settle now: with the desk running, only those the modem has long
    finished with (a timed-out send may still be answered)."""
    messages, calls = received(simulators)
    with supervisor.database.reading() as work:
        rows = work.outbox.recent(limit=10_000)
    sent = [row for row in rows if row.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED)]
    sent_sms = Counter((row.to_number, row.body) for row in sent if row.kind is OutboxKind.SMS)
    sent_calls = Counter(row.to_number for row in sent if row.kind is OutboxKind.CALL)
    settled = 0
    for row in rows:
        if row.status is not OutboxStatus.UNCERTAIN or not ripe(row.id):
            continue
        if row.kind is OutboxKind.SMS:
            key = (row.to_number, row.body)
            went = messages[key] > sent_sms[key]
            sent_sms[key] += went
        else:
            went = calls[row.to_number] > sent_calls[row.to_number]
            sent_calls[row.to_number] += went
        decision = UncertainDecision.MARK_SENT if went else UncertainDecision.RESEND
        supervisor.resolve_uncertain(row.id, decision, actor="supervisor")
        settled += 1
    return settled


def unsettled(supervisor: Desk, simulators: list[Simulator], responder: OfficerResponder) -> list[str]:
    """What keeps the day open: complaints to log, rows to send, answers to give or read, cases still climbing."""
    with supervisor.database.reading() as work:
        cases = work.escalations.logged_between(BASE, BASE.replace(day=10))
        pending = work.outbox.recent(limit=10, statuses=[OutboxStatus.QUEUED, OutboxStatus.SENDING,
                                                         OutboxStatus.UNCERTAIN])
        read = len(work.incoming.recent(limit=10_000))
    arrived = sum(simulator.count("sms-incoming") for simulator in simulators)
    logged = sum(1 for case in cases if case.note.startswith("crash #"))
    climbing = [case.case_code for case in cases if case.state not in (S.CONFIRMED, S.ESCALATED, S.REDIRECTED)]
    problems = [f"{logged} of {COMPLAINTS} complaints logged"] if logged != COMPLAINTS else []
    problems += [f"outbox {row.id} {row.status.value}" for row in pending]
    problems += [f"{responder.pending} answers to come"] if responder.pending else []
    problems += [f"cases still climbing: {', '.join(climbing)}"] if climbing else []
    problems += [f"{arrived - read} SMS arrived and not read"] if read != arrived else []
    return problems


def run_day(state: Path, supervisor: Desk, simulators: list[Simulator], responder: OfficerResponder,
            children: list[Child]) -> int:
    """The day with its twenty kills, until it settles; the rows the supervisor settled as uncertain."""
    rng = random.Random(20)
    mid_send = threading.Event()
    simulators[0].add_listener(lambda e: mid_send.set() if e.kind == "command" and
                               str(e.details.get("line", "")).startswith("AT+CMGS") else None)
    simulators[1].add_listener(lambda e: mid_send.set() if e.kind == "dial" else None)
    uncertain_total = 0
    children.append(Child(state))
    for kill in range(KILLS):
        children[-1].wait_for("started")
        uncertain_total += settle_uncertain(supervisor, simulators)
        if kill % 2:  # in the middle of a send: the moment the modem is handed an SMS or dials
            mid_send.clear()
            assert mid_send.wait(LINE_WAIT), f"kill {kill}: nothing was sent for {LINE_WAIT:.0f} s"
        else:  # after a random number of things done
            for _ in range(rng.randint(1, 6)):
                children[-1].wait_for("")
        children[-1].kill()
        children.append(Child(state))
    child = children[-1]
    child.wait_for("started")
    uncertain_total += settle_uncertain(supervisor, simulators)
    deadline = time.monotonic() + SETTLE_SECONDS
    first_seen: dict[int, float] = {}  # uncertain row → when the supervisor first saw it so
    while True:
        # A send the modem did not answer in time (a loaded machine) is uncertain too, kill or no kill: once the
        # modem is long done with it, the supervisor settles it as after a kill.
        with supervisor.database.reading() as work:
            now_uncertain = work.outbox.recent(limit=100, statuses=[OutboxStatus.UNCERTAIN])
        for row in now_uncertain:
            first_seen.setdefault(row.id, time.monotonic())
        now = time.monotonic()
        uncertain_total += settle_uncertain(supervisor, simulators,
                                            lambda row_id: now - first_seen.get(row_id, now) > RIPE_SECONDS)
        left = unsettled(supervisor, simulators, responder)
        if not left:
            break
        assert time.monotonic() < deadline, f"the day did not settle: {'; '.join(left)}"
        try:  # look again after the desk's next step, or when an uncertain row has ripened
            child.wait_for("", timeout=RIPE_SECONDS + 0.5 if now_uncertain else LINE_WAIT)
        except queue.Empty:
            if not now_uncertain:
                raise AssertionError(f"the desk did nothing for {LINE_WAIT:.0f} s: {'; '.join(left)}") from None
    child.stop()
    return uncertain_total


@pytest.mark.timeout(300)  # about 100 s on a loaded 2-core machine: twenty restarts of a Python process
def test_killed_twenty_times_nothing_is_lost_or_sent_twice(
    world: tuple[Path, Desk, list[Simulator], OfficerResponder]
) -> None:
    state, supervisor, simulators, responder = world
    children: list[Child] = []
    try:
        uncertain_total = run_day(state, supervisor, simulators, responder, children)
    except BaseException as error:  # a timeout too: never leave a desk running, and say what it was doing
        if not children:
            raise
        raise AssertionError(f"{type(error).__name__}: {error}\n{children[-1].doing()}") from error

    with supervisor.database.reading() as work:
        cases = work.escalations.logged_between(BASE, BASE.replace(day=10))
        timelines = {case.id: work.escalations.timeline(case.id) for case in cases}
        rows = work.outbox.recent(limit=10_000)
    complaints = Counter(case.note for case in cases if case.note.startswith("crash #"))
    assert complaints == Counter(f"crash #{k}" for k in range(COMPLAINTS))  # each logged once, none lost
    for case in cases:
        events = timelines[case.id]
        assert events[0].action == "log" and events[0].from_state is None
        for before, after in zip(events, events[1:]):
            assert after.from_state == before.to_state, f"{case.case_code}: a gap in the timeline"
        assert events[-1].to_state is case.state
        kind = day.kind_of(case.officer_id)
        assert case.state is FINAL[kind], f"{case.case_code} of a {kind.value} officer ended {case.state.value}"
    # A row never sent was withdrawn: its case stopped waiting for the callback before the row's turn came.
    withdrawn = [row for row in rows if row.status is OutboxStatus.CANCELLED]
    assert all(row.last_error_class == "withdrawn" for row in withdrawn)
    assert all(case.state.withdraws_messages for case in cases if case.id in {row.escalation_id for row in withdrawn})
    sent = [row for row in rows if row.status is not OutboxStatus.CANCELLED]
    assert {row.status for row in sent} <= {OutboxStatus.SENT, OutboxStatus.DELIVERED}
    messages, calls = received(simulators)
    sms_rows = Counter((row.to_number, row.body) for row in sent if row.kind is OutboxKind.SMS)
    call_rows = Counter(row.to_number for row in sent if row.kind is OutboxKind.CALL)
    assert messages == sms_rows  # every SMS went out exactly once
    assert calls == call_rows
    assert uncertain_total > 0  # some kills did land mid-send
