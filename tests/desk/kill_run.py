"""The adversarial kill run: ``samvad-setu dispatch`` killed with SIGKILL again and again while it sends.

Two simulated modems (SMS, voice) run in processes of their own and log every
byte and every part the network accepted, so they outlive every kill and say
what really went out. Between kills an operator (this process) logs and
instructs complaints and now and then confirms a case; after each restart a
careful supervisor settles the rows left uncertain by asking the network's log,
as an operator would ask the officer: a part or a call the network saw is marked
sent, the missing parts of a long SMS are sent alone, what never went is sent
again. Kills land at chosen moments: between the parts of a long SMS (the modem
holds the second part's prompt until the kill), just after an SMS part was
accepted, while an officer's phone rings, after a few outcomes were recorded,
and during the start-up's recovery. Then the dispatcher is stopped (SIGTERM) a
few times while a call rings, and each stop is timed.

The figures at the end: kills, rows left uncertain and how they were settled,
duplicates (a whole SMS, a part or a call the network saw more often than the
outbox holds it sent: also what went that no row records) and lost (a row
neither sent nor withdrawn, or held sent though the network never saw it).

    python -m tests.desk.kill_run --kills 34        # the full run, figures printed
"""

from __future__ import annotations

import argparse
import queue
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from console.clock import FakeClock
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.settings import DeskSettings
from console.domain import EscalationState, OutboxKind, OutboxStatus
from db.database import Database
from db.models import OutboxAttempt
from db.repositories.outbox import OutboxRecord, UncertainDecision
from db.repositories.roster import RosterBatch
from tests.desk import day
from tests.desk.conftest import T0, machine_config
from tests.desk.processes import DispatchProcess, ModemProcess, machine_settings

CENTER_NUMBER = "+915852230001"
WAIT = 20.0  # for a moment to kill at; without one, the kill comes anyway
SETTLE_ROUNDS = 400  # dispatcher lines to wait through at the end for every row to be final
FAR = """
[thresholds]
act_after_minutes = 10
confirm_within_minutes = 10000000
escalate_after_minutes = 10000000
"""
MOMENTS = ("between parts", "dial", "part", "outcomes", "start")
STOPS = 3  # SIGTERM while a call rings, timed
FINAL = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.CANCELLED, OutboxStatus.FAILED)


@dataclass
class Figures:
    kills: int = 0
    complaints: int = 0
    rows: int = 0
    uncertain: int = 0  # rows a restart found in flight and left for the supervisor
    settled: Counter[str] = field(default_factory=Counter)  # how the supervisor decided them
    recovered_sent: int = 0  # rows in flight whose every part the modem had accepted: sent, not uncertain
    withdrawn: int = 0  # rows cancelled because their case was confirmed first
    duplicates: int = 0  # whole SMS or calls the network saw more often than the outbox holds them sent
    duplicate_parts: int = 0  # SMS parts (recipient, reference, sequence) the network accepted twice
    lost: int = 0  # rows neither sent nor withdrawn at the end, or held sent but never seen by the network
    moments: Counter[str] = field(default_factory=Counter)
    stops: list[float] = field(default_factory=list)  # seconds from SIGTERM to exit, a call ringing

    def lines(self) -> list[str]:
        settled = ", ".join(f"{count} {how}" for how, count in sorted(self.settled.items())) or "none"
        moments = ", ".join(f"{count} {moment}" for moment, count in sorted(self.moments.items()))
        return [
            f"kills (SIGKILL):      {self.kills} ({moments})",
            f"complaints / rows:    {self.complaints} / {self.rows} (withdrawn: {self.withdrawn})",
            f"uncertain:            {self.uncertain} (settled: {settled}); recovered as sent: {self.recovered_sent}",
            f"duplicates:           {self.duplicates} whole messages or calls, {self.duplicate_parts} SMS parts",
            f"lost:                 {self.lost}",
            "stops mid-call:       " + (", ".join(f"{seconds:.1f} s" for seconds in self.stops) or "none"),
        ]


def officers_on_the_network() -> list[dict[str, object]]:
    """Most answer after a few rings; some are busy, some never pick up (the network gives up)."""
    people: list[dict[str, object]] = []
    for officer in day.officers():
        call = "busy" if officer.id % 7 == 0 else "noanswer" if officer.id % 5 == 0 else "answer"
        people.append({"number": officer.official_number, "call": call, "answer_after": 20, "talk": 20,
                       "delivery_after": 3})
    return people


class KillRun:
    def __init__(self, folder: Path, *, seed: int, speed: float, say: Callable[[str], None]) -> None:
        self.folder = folder
        self.say = say
        self.rng = random.Random(seed)
        self.figures = Figures()
        path = folder / "hardoi.sqlite3"
        self.url = f"sqlite:///{path}"
        database = Database.open(self.url, create=True)
        with database.unit_of_work() as work:
            work.roster.apply(RosterBatch(day.officers(), day.representatives()), actor="admin", at=T0,
                              source="kill run")
        (folder / "desk").mkdir()
        self.desk = Desk(database, DeskSettings.for_district(machine_config(folder / "desk")), FakeClock(T0))
        people = officers_on_the_network()
        self.sms = ModemProcess(folder, "sms", people, speed=speed)
        self.voice = ModemProcess(folder, "voice", people, speed=speed)
        self.settings = machine_settings(folder, CENTER_NUMBER, [("modem-sms", self.sms.device, "sms"),
                                                                 ("modem-voice", self.voice.device, "voice")], FAR)
        self.open_cases: list[int] = []
        self.dispatch: DispatchProcess | None = None

    # -- the operator and the supervisor ---------------------------------------------------------

    def complain(self, count: int) -> None:
        """Log and instruct ``count`` complaints (a free officer each), and now and then confirm one."""
        for _ in range(count):
            officer_id = self.rng.choice(list(day.TARGETS)[:29])
            representative_id = self.rng.randint(1, len(day.representatives()))
            logged = self.desk.log_complaint(Complaint(representative_id, officer_id,
                                                       note=f"kill run #{self.figures.complaints}"), actor="op1")
            self.figures.complaints += 1
            record = logged.record
            if record.state is EscalationState.DUE:
                self.desk.instruct(record.id, record.version, actor="op1")
                self.open_cases.append(record.id)
        if self.open_cases and self.rng.random() < 0.3:  # the representative rings: the officer called back
            case_id = self.open_cases.pop(self.rng.randrange(len(self.open_cases)))
            case = self.desk.case(case_id)
            try:
                self.desk.confirm(case.id, case.version, actor="op1")
            except DeskError:
                pass  # already confirmed, or not in a state that can be

    def settle_uncertain(self) -> None:
        """What a careful supervisor does with rows that may have gone: ask the network (its log)."""
        with self.desk.database.reading() as work:
            rows = work.outbox.recent(limit=100_000)
            parts = work.outbox.parts_of_rows([row.id for row in rows if row.status is OutboxStatus.UNCERTAIN])
        messages, calls = self.sms.messages(), self.voice_calls()
        seen_parts = {(part["recipient"], part["ref"], part["seq"]) for part in self.sms.events("sms")}
        sent = [row for row in rows if row.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED)]
        sent_sms = Counter((row.to_number, row.body) for row in sent if row.kind is OutboxKind.SMS)
        sent_calls = Counter(row.to_number for row in sent if row.kind is OutboxKind.CALL)
        for row in rows:
            if row.status is not OutboxStatus.UNCERTAIN:
                continue
            self.figures.uncertain += 1
            known = parts.get(row.id)
            if row.kind is OutboxKind.SMS:
                key = (row.to_number, row.body)
                if known is not None and known.went and known.missing:
                    reference = known.concat_reference
                    total = known.total or 0
                    missing = [n for n in range(1, total + 1) if n not in known.went]
                    if all((row.to_number, reference, n) in seen_parts for n in missing):
                        decision = UncertainDecision.MARK_SENT  # the rest went too, before the kill
                    else:
                        decision = UncertainDecision.RESEND_MISSING
                elif messages[key] > sent_sms[key]:
                    decision = UncertainDecision.MARK_SENT
                else:
                    decision = UncertainDecision.RESEND
                if decision is UncertainDecision.MARK_SENT:
                    sent_sms[key] += 1
            else:
                went = calls[row.to_number] > sent_calls[row.to_number]
                decision = UncertainDecision.MARK_SENT if went else UncertainDecision.RESEND
                sent_calls[row.to_number] += went
            try:
                self.desk.resolve_uncertain(row.id, decision, actor="supervisor")
            except DeskError as error:
                self.say(f"  outbox {row.id}: {decision.value} refused: {error}")
                continue
            self.figures.settled[decision.value] += 1

    def voice_calls(self) -> Counter[str]:
        return Counter(str(event["dial_string"]).rstrip(";") for event in self.voice.events("dial"))

    # -- the dispatcher ---------------------------------------------------------------------------

    def start(self) -> DispatchProcess:
        dispatch = DispatchProcess(self.url, self.settings, worker="kill-run")
        self.dispatch = dispatch
        dispatch.started()
        return dispatch

    def kill_at(self, dispatch: DispatchProcess, moment: str) -> None:
        try:
            if moment == "between parts":
                self.sms.wait_event("held", len(self.sms.events("held")) + 1, timeout=WAIT)
            elif moment == "part":
                self.sms.wait_event("sms", len(self.sms.events("sms")) + 1, timeout=WAIT)
            elif moment == "dial":
                self.voice.wait_event("dial", len(self.voice.events("dial")) + 1, timeout=WAIT)
            elif moment == "outcomes":
                for _ in range(self.rng.randint(1, 4)):
                    dispatch.lines.wait_for("outbox ", timeout=WAIT)
        except (queue.Empty, AssertionError):
            moment += " (nothing came)"
        dispatch.kill()
        self.figures.kills += 1
        self.figures.moments[moment] += 1

    def run(self, kills: int, complaints_per_round: int) -> Figures:
        try:
            for number in range(kills):
                moment = MOMENTS[number % len(MOMENTS)]
                self.complain(complaints_per_round)
                if moment == "between parts":
                    self.sms.tell("hold-after-part-1")
                dispatch = self.start()
                self.settle_uncertain()
                self.kill_at(dispatch, moment)
            for _ in range(STOPS):
                self.stop_mid_call()
            dispatch = self.start()
            self.finish(dispatch)
        finally:
            if self.dispatch is not None and self.dispatch.process.poll() is None:
                self.dispatch.kill()
            self.sms.close()
            self.voice.close()
        self.count()
        return self.figures

    def stop_mid_call(self) -> None:
        """SIGTERM while an officer's phone rings, as a service manager stops the dispatcher; timed."""
        self.complain(1)
        dispatch = self.start()
        self.settle_uncertain()
        try:
            self.voice.wait_event("dial", len(self.voice.events("dial")) + 1, timeout=WAIT)
        except (queue.Empty, AssertionError):
            self.say("  no call rang before the stop")
        began = time.monotonic()
        code = dispatch.stop()
        self.figures.stops.append(time.monotonic() - began)
        if code != 0:
            raise AssertionError(f"a stop ended with {code}: {''.join(dispatch.lines.errors[-20:])}")

    def finish(self, dispatch: DispatchProcess) -> None:
        for _ in range(SETTLE_ROUNDS):
            self.settle_uncertain()
            if not self.pending():
                break
            try:
                dispatch.lines.wait_for("outbox ", timeout=WAIT)
            except queue.Empty:
                pass  # the dispatcher's recheck brings rows a supervisor queued again
        code = dispatch.stop()
        if code != 0:
            raise AssertionError(f"the last dispatcher ended with {code}: {''.join(dispatch.lines.errors[-20:])}")

    def pending(self) -> list[OutboxRecord]:
        with self.desk.database.reading() as work:
            return work.outbox.recent(limit=100, statuses=[OutboxStatus.QUEUED, OutboxStatus.SENDING,
                                                           OutboxStatus.UNCERTAIN])

    # -- the figures ------------------------------------------------------------------------------

    def count(self) -> None:
        figures = self.figures
        with self.desk.database.reading() as work:
            rows = work.outbox.recent(limit=100_000)
            details = work.session.scalars(select(OutboxAttempt.details)).all()
        figures.rows = len(rows)
        figures.withdrawn = sum(1 for row in rows if row.status is OutboxStatus.CANCELLED)
        figures.recovered_sent = sum(1 for detail in details if "recovered" in detail)
        sent = [row for row in rows if row.status in (OutboxStatus.SENT, OutboxStatus.DELIVERED)]
        sms_rows = Counter((row.to_number, row.body) for row in sent if row.kind is OutboxKind.SMS)
        call_rows = Counter(row.to_number for row in sent if row.kind is OutboxKind.CALL)
        messages, calls = self.sms.messages(), self.voice_calls()
        parts = Counter((part["recipient"], part["ref"], part["seq"], part["text"]) for part in self.sms.events("sms"))
        figures.duplicate_parts = sum(count - 1 for count in parts.values() if count > 1)
        figures.duplicates = (sum(max(0, messages[key] - sms_rows[key]) for key in messages)
                              + sum(max(0, calls[key] - call_rows[key]) for key in calls))
        unseen = (sum(max(0, sms_rows[key] - messages[key]) for key in sms_rows)
                  + sum(max(0, call_rows[key] - calls[key]) for key in call_rows))
        figures.lost = unseen + sum(1 for row in rows if row.status not in FINAL)
        failed = [row for row in rows if row.status is OutboxStatus.FAILED]
        for row in failed:
            self.say(f"  failed: outbox {row.id} {row.kind.value} ({row.last_error_class}: {row.last_error})")


def run_kill_run(folder: Path, *, kills: int, complaints_per_round: int = 2, seed: int = 34, speed: float = 20.0,
                 say: Callable[[str], None] = print) -> Figures:
    return KillRun(folder, seed=seed, speed=speed, say=say).run(kills, complaints_per_round)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.desk.kill_run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=34)
    parser.add_argument("--complaints-per-round", type=int, default=2)
    parser.add_argument("--seed", type=int, default=34)
    parser.add_argument("--speed", type=float, default=20.0, help="simulated seconds per second in the modems")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="samvad-kill-run-") as folder:
        figures = run_kill_run(Path(folder), kills=args.kills, complaints_per_round=args.complaints_per_round,
                               seed=args.seed, speed=args.speed)
    print("\n".join(figures.lines()))
    return 0 if figures.duplicates == figures.duplicate_parts == figures.lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
