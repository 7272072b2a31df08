"""Randomized races of two or three operators on one case, over PostgreSQL, each operator with its own connections.

Every race: a fresh case brought to a random state (due, instructed, alarm or
confirmed); each operator reads it, then all act at once (a barrier), each with
a random action among confirm, close, re-instruct, cancel and note, and text
typed for it. Then the race is judged:

* no lost update: of the actions that send the version they read, at most one
  succeeds; the case's version rose with it, and the timeline gained exactly
  one event per success, by its operator;
* every conflict explained: an operator who lost is told STALE with the change
  that beat them (an operator who succeeded in this race), or NOT_ALLOWED for an
  action the case's state never offered;
* nothing typed lost: each success's text is in its event; a refusal stored
  nothing of it (the window keeps the text in the field: tests/ui).

``python -m tests.shared.races URL COUNT`` runs COUNT races on a database and prints the tally (the soak).
"""

from __future__ import annotations

import random
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from console.clock import FakeClock
from console.config import DistrictConfig
from console.desk.desk import Desk
from console.desk.window_adapter import DeskService
from console.desk.settings import DeskSettings
from console.domain import ComplaintDraft, EscalationState, UserRole
from console.lifecycle import allowed_actions
from console.lifecycle_commands import Action, RaiseAlarm
from console.window_interface import ActionResult, ActionOutcome
from console.views import ConfirmationSource, OperatorSession
from db.database import Database
from tests.desk.conftest import T0, machine_config, seed
from tests.desk.people import ADO, DM, LONG_MLC, LONG_NAMED, MLA, MP, SDM, TEHSILDAR

ON_DUTY = (DM, SDM, TEHSILDAR, LONG_NAMED, ADO)
CALLERS = (MLA, MP, LONG_MLC)
STARTS = (EscalationState.DUE, EscalationState.INSTRUCTED, EscalationState.ALARM, EscalationState.CONFIRMED)
ACTIONS = (Action.CONFIRM, Action.CLOSE, Action.REINSTRUCT, Action.CANCEL, Action.ADD_NOTE)
VERSIONED = frozenset(ACTIONS) - {Action.ADD_NOTE}
TEXT_FIELD = {Action.CONFIRM: "evidence", Action.CLOSE: "note", Action.CANCEL: "reason", Action.ADD_NOTE: "text"}
SUPERVISOR = OperatorSession("supervisor.meena", "Meena", UserRole.SUPERVISOR)


@dataclass(frozen=True)
class Move:
    operator: str
    action: Action
    text: str
    result: ActionResult


@dataclass
class Tally:
    races: int = 0
    starts: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)  # "confirm:ok", "close:stale", ...
    conflicts_explained: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.races} races; starts {dict(self.starts)}; outcomes {dict(sorted(self.outcomes.items()))}; "
                f"{self.conflicts_explained} lost races explained; {len(self.failures)} violations")


class Arena:
    """Three operators' services, each over its own engine (as three workstations), and one clock."""

    def __init__(self, url: str, config: DistrictConfig, *, seed_roster: bool = True) -> None:
        self.clock = FakeClock(T0)
        self.databases = [Database.open(url) for _ in range(4)]
        if seed_roster:
            seed(self.databases[0], T0)
        settings = DeskSettings.for_district(config)
        self.desks = [Desk(database, settings, self.clock) for database in self.databases]
        self.operators = [DeskService(desk, OperatorSession(f"operator{n}", f"Operator {n}", UserRole.OPERATOR),
                                      workstation=f"desk-{n}") for n, desk in enumerate(self.desks[:3], start=1)]
        self.supervisor = DeskService(self.desks[3], SUPERVISOR, workstation="supervisor")
        self._pair = 0

    def close(self) -> None:
        for database in self.databases:
            database.dispose()

    # -- setting a case up -----------------------------------------------------------------------

    def case_in(self, state: EscalationState) -> int:
        self.clock.set(T0)
        officer, caller = ON_DUTY[self._pair % len(ON_DUTY)], CALLERS[(self._pair // len(ON_DUTY)) % len(CALLERS)]
        self._pair += 1
        setup = self.supervisor
        case_id = _ok(setup.log_complaint(ComplaintDraft(caller.id, officer.id))).case_id
        assert case_id is not None
        if state is EscalationState.DUE:
            return case_id
        _ok(setup.instruct(case_id, self._version(case_id)))
        if state is EscalationState.CONFIRMED:
            _ok(setup.record_confirmation(case_id, self._version(case_id), ConfirmationSource.REPRESENTATIVE))
        elif state is EscalationState.ALARM:
            self.clock.set(T0 + timedelta(minutes=16))  # past the 15 business minutes to confirm
            context = self.desks[3].context
            with context.database.unit_of_work() as work:
                context.move(work, context.load(work, case_id), RaiseAlarm(), actor="system")
        return case_id

    def _version(self, case_id: int) -> int:
        detail = self.supervisor.case_detail(case_id)
        assert detail is not None
        return detail.row.version

    def clean_up(self, case_id: int) -> None:
        """Leave the pair free for a later race: cancel (or close) whatever the race left open."""
        detail = self.supervisor.case_detail(case_id)
        assert detail is not None
        if detail.row.state is EscalationState.CONFIRMED:
            _ok(self.supervisor.close(case_id, detail.row.version, "race over"))
        elif detail.row.state.is_open:
            _ok(self.supervisor.cancel(case_id, detail.row.version, "race over"))

    # -- one race --------------------------------------------------------------------------------

    def race(self, rng: random.Random, number: int, tally: Tally) -> None:
        start = rng.choice(STARTS)
        case_id = self.case_in(start)
        people = rng.sample(self.operators, rng.choice((2, 3)))
        plans = [(service, rng.choice(ACTIONS), f"race {number} text by {service.workstation} ✓ {rng.random():.6f}")
                 for service in people]
        before = people[0].case_detail(case_id)
        assert before is not None
        read_version, events_before = before.row.version, len(people[0].desk.timeline(case_id))
        barrier = threading.Barrier(len(plans))
        moves: list[Move] = []
        lock = threading.Lock()

        def act(service: DeskService, action: Action, text: str) -> None:
            barrier.wait(30)
            result = _perform(service, action, case_id, read_version, text)
            with lock:
                assert service.session is not None
                moves.append(Move(service.session.login, action, text, result))

        threads = [threading.Thread(target=act, args=plan) for plan in plans]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        tally.races += 1
        tally.starts[start.value] += 1
        for move in moves:
            tally.outcomes[f"{move.action.value}:{move.result.outcome.value}"] += 1
        tally.failures.extend(f"race {number} ({start.value}): {problem}"
                              for problem in self._judge(case_id, start, read_version, events_before, moves, tally))
        self.clean_up(case_id)

    def _judge(self, case_id: int, start: EscalationState, read_version: int, events_before: int,
               moves: list[Move], tally: Tally) -> list[str]:
        problems: list[str] = []
        winners = [move for move in moves if move.result.succeeded]
        versioned_winners = [move for move in winners if move.action in VERSIONED]
        if len(versioned_winners) > 1:
            problems.append(f"two changes from the same read both landed: {versioned_winners}")
        after = self.supervisor.case_detail(case_id)
        assert after is not None
        # Every versioned success moved the version; a note moves it only when it moves the case's last event time.
        if not read_version + len(versioned_winners) <= after.row.version <= read_version + len(winners):
            problems.append(f"version {after.row.version} after {len(winners)} successes from version {read_version}")
        new_events = self.desks[3].timeline(case_id)[events_before:]
        landed = Counter((event.actor, event.action) for event in new_events)
        expected = Counter((move.operator, move.action.value) for move in winners)
        if landed != expected:
            problems.append(f"timeline gained {dict(landed)}, the successes were {dict(expected)}")
        stored_text = " | ".join(str(value) for event in new_events for value in event.details.values())
        for move in moves:
            if move.result.succeeded:
                if move.action in TEXT_FIELD and move.text not in stored_text:
                    problems.append(f"{move.operator}'s {move.action.value} succeeded but its text is not stored")
                continue
            if move.text in stored_text:
                problems.append(f"{move.operator}'s refused {move.action.value} left its text in the record")
            outcome, conflict = move.result.outcome, move.result.conflict
            if move.action is Action.ADD_NOTE:
                problems.append(f"a note was refused: {move.result}")
            elif outcome is ActionOutcome.STALE:
                others = {winner.operator for winner in winners if winner.operator != move.operator}
                if conflict is None or conflict.actor not in others:
                    problems.append(f"{move.operator}'s {move.action.value} lost without the winner named: {conflict}")
                else:
                    tally.conflicts_explained += 1
            elif outcome is ActionOutcome.NOT_ALLOWED:
                if move.action in allowed_actions(start) and not _limit(move, start):
                    problems.append(f"{move.action.value} refused as not allowed in {start.value}")
            else:
                problems.append(f"{move.operator}'s {move.action.value}: unexpected {outcome.value}")
        return problems


def _limit(move: Move, start: EscalationState) -> bool:
    return move.action is Action.REINSTRUCT and start is not EscalationState.ALARM


def _perform(service: DeskService, action: Action, case_id: int, version: int, text: str) -> ActionResult:
    if action is Action.CONFIRM:
        return service.record_confirmation(case_id, version, ConfirmationSource.REPRESENTATIVE, text)
    if action is Action.CLOSE:
        return service.close(case_id, version, text)
    if action is Action.REINSTRUCT:
        return service.reinstruct(case_id, version)
    if action is Action.CANCEL:
        return service.cancel(case_id, version, text)
    return service.add_note(case_id, text)


def _ok(result: ActionResult) -> ActionResult:
    assert result.succeeded, result
    return result


def run_races(url: str, count: int, *, seed_value: int, folder: Path,
              progress: Callable[[int], None] | None = None) -> Tally:
    arena = Arena(url, machine_config(folder))
    tally = Tally()
    rng = random.Random(seed_value)
    try:
        for number in range(count):
            arena.race(rng, number, tally)
            if progress is not None:
                progress(number + 1)
    finally:
        arena.close()
    return tally


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        result = run_races(sys.argv[1], int(sys.argv[2]), seed_value=int(sys.argv[3]) if len(sys.argv) > 3 else 14,
                           folder=Path(scratch),
                           progress=lambda done: print(f"  {done} races", file=sys.stderr) if done % 100 == 0 else None)
    print(result.line())
    for failure in result.failures[:20]:
        print("VIOLATION", failure)
    raise SystemExit(1 if result.failures else 0)
