"""A working day at the center, scripted: who complains when, how each officer behaves, what must follow.

:class:`DayDriver` plays the operators (log, redirect or instruct at once,
instruct what became due, close what was confirmed) and moves one fake clock
through the day, stopping exactly at every instant something is due: a
complaint, a rung of the ladder, an officer's answer. :func:`expected_case`
derives from the same script, independently of the desk, what each case's
timeline must be.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum

from console.events import CallerIdentified
from console.calendar import BusinessCalendar
from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.engine_events import IncomingDecided, LadderStepTaken
from console.desk.runtime import DeskRuntime
from console.desk.simulation import OfficerResponder, Response, SimulatedOfficer
from console.domain import (
    AvailabilityPeriod,
    AvailabilityStatus,
    EscalationState,
    Officer,
    Representative,
    RepresentativeKind,
)
from console.lifecycle import Action
from modem.simulator import CallBehaviour
from tests.desk.rig import WAIT, Rig

UTC = timezone.utc
DAY_START = datetime(2026, 3, 9, 5, 0, tzinfo=UTC)  # Monday 9 March 2026, 10:30 IST
DAY_END = datetime(2026, 3, 10, 6, 30, tzinfo=UTC)  # Tuesday 12:00 IST: late cases climb their ladder overnight
COMPLAINTS = 100
SPACING = timedelta(minutes=4)  # the last ones come after closing time
REPLY_SECONDS = 120.0  # a prompt officer replies two minutes after the SMS
SLOW_SECONDS = 20.5 * 60.0  # a slow one rings 20½ minutes after the first SMS, between the instants others act
DM_ID = 101
TARGETS = range(102, 137)


class Kind(str, Enum):
    PROMPT = "prompt"
    SLOW = "slow"
    NEVER = "never"
    ON_LEAVE = "on_leave"


def kind_of(officer_id: int) -> Kind:
    if officer_id <= 116:
        return Kind.PROMPT
    if officer_id <= 124:
        return Kind.SLOW
    if officer_id <= 130:
        return Kind.NEVER
    if officer_id <= 136:
        return Kind.ON_LEAVE
    return Kind.PROMPT  # 137–142, the alternates


def alternate_of(officer_id: int) -> int:
    return officer_id + 6  # 131 → 137 …


def number_of(officer_id: int) -> str:
    return f"+91945440{officer_id:04d}"


def officers() -> list[Officer]:
    return [
        Officer(i, f"Officer {i}", f"अधिकारी {i}", "Tehsildar" if i != DM_ID else "District Magistrate",
                "तहसीलदार" if i != DM_ID else "जिलाधिकारी", "Revenue", "Sadar", number_of(i),
                superior_id=None if i == DM_ID else DM_ID)
        for i in range(DM_ID, 143)
    ]


def representatives() -> list[Representative]:
    return [
        Representative(i, RepresentativeKind.MLA if i % 2 else RepresentativeKind.MP, f"Member {i}",
                       f"सदस्य {i}", "Hardoi", (f"+91983800{i:04d}",))
        for i in range(1, 11)
    ]


def periods() -> list[AvailabilityPeriod]:
    start = DAY_START - timedelta(days=2)
    return [
        AvailabilityPeriod(i, AvailabilityStatus.LEAVE, start, start + timedelta(days=7), alternate_of(i), "leave")
        for i in TARGETS if kind_of(i) is Kind.ON_LEAVE
    ]


def simulated_officers() -> list[SimulatedOfficer]:
    people = []
    for officer in officers():
        kind = kind_of(officer.id)
        if officer.id == DM_ID or kind is Kind.NEVER:
            people.append(SimulatedOfficer(officer.official_number, Response.NONE, call=CallBehaviour.BUSY))
        elif kind is Kind.SLOW:
            people.append(SimulatedOfficer(officer.official_number, Response.MISSED_CALL, SLOW_SECONDS,
                                           call=CallBehaviour.NO_ANSWER))
        else:
            people.append(SimulatedOfficer(officer.official_number, Response.SMS_REPLY, REPLY_SECONDS,
                                           answer_after_seconds=2, talk_seconds=8))
    return people


@dataclass(frozen=True)
class Scheduled:
    index: int
    at: datetime
    representative_id: int
    officer_id: int

    @property
    def note(self) -> str:
        return f"day #{self.index}"


def script() -> list[Scheduled]:
    return [
        Scheduled(k, DAY_START + k * SPACING, k % 10 + 1, TARGETS[(k + k // 10) % len(TARGETS)])
        for k in range(COMPLAINTS)
    ]


# -- what must follow -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedCase:
    officer_id: int
    state: EscalationState
    timeline: tuple[tuple[str, datetime], ...]  # (action, at)
    callback_at: datetime | None = None


def expected_cases(calendar: BusinessCalendar) -> Iterator[tuple[Scheduled, ExpectedCase]]:
    """Each complaint's case and, for an officer on leave, the alternate's case after it."""
    minutes = timedelta(minutes=1)
    for item in script():
        at = item.at
        called_at = at - 10 * minutes
        due = calendar.add_business_minutes(called_at, 10)
        if kind_of(item.officer_id) is Kind.ON_LEAVE:
            yield item, ExpectedCase(item.officer_id, EscalationState.REDIRECTED, (("log", at), ("redirect", at)))
            due = calendar.add_business_minutes(at, 10)
            yield item, _instructed(alternate_of(item.officer_id), (("log", at), ("become_due", due)), due, calendar)
            continue
        opening: tuple[tuple[str, datetime], ...] = (("log", at),) if due <= at else (("log", at), ("become_due", due))
        yield item, _instructed(item.officer_id, opening, max(due, at), calendar)


def _instructed(
    officer_id: int, opening: tuple[tuple[str, datetime], ...], instructed_at: datetime, calendar: BusinessCalendar
) -> ExpectedCase:
    timeline = opening + (("instruct", instructed_at),)
    kind = kind_of(officer_id)
    if kind is Kind.PROMPT:
        confirmed = instructed_at + timedelta(seconds=REPLY_SECONDS)
        return ExpectedCase(officer_id, EscalationState.CLOSED,
                            timeline + (("confirm", confirmed), ("close", confirmed)), confirmed)
    alarms = [calendar.add_business_minutes(instructed_at, 15)]
    alarms.append(calendar.add_business_minutes(alarms[0], 15))
    alarms.append(calendar.add_business_minutes(alarms[1], 15))
    if kind is Kind.SLOW:
        rang = instructed_at + timedelta(seconds=SLOW_SECONDS)
        assert alarms[0] < rang < alarms[1], "the scenario has the slow officer ring between two alarms"
        confirmed_at = rang + timedelta(seconds=8)  # the call is known missed once the ringing stops
        steps = (("raise_alarm", alarms[0]), ("reinstruct", alarms[0]), ("confirm", confirmed_at),
                 ("close", confirmed_at))
        return ExpectedCase(officer_id, EscalationState.CLOSED, timeline + steps, rang)
    steps = (("raise_alarm", alarms[0]), ("reinstruct", alarms[0]), ("raise_alarm", alarms[1]),
             ("reinstruct", alarms[1]), ("raise_alarm", alarms[2]), ("escalate", alarms[2]))
    return ExpectedCase(officer_id, EscalationState.ESCALATED, timeline + steps)


# -- the operators and the clock --------------------------------------------------------------------


class DayDriver:
    def __init__(self, desk: Desk, runtime: DeskRuntime, rig: Rig, responder: OfficerResponder) -> None:
        self.desk = desk
        self.runtime = runtime
        self.rig = rig
        self.responder = responder
        self.pending = script()
        self.callers = 0  # callers the modems have told of (a missed call's first ring)
        self._callers_changed = threading.Condition()
        self.acted_on = 0  # incoming messages already seen by the operators
        self.due: set[int] = set()  # cases the operators instruct at the next instant they act
        self.confirmed: set[int] = set()  # cases they close
        runtime.events.subscribe(CallerIdentified, self._on_caller)
        runtime.events.subscribe(LadderStepTaken, self._on_step)
        runtime.events.subscribe(IncomingDecided, self._on_incoming)

    def _on_caller(self, _caller: object) -> None:
        with self._callers_changed:
            self.callers += 1
            self._callers_changed.notify_all()

    def wait_callers(self, count: int, timeout: float) -> bool:
        with self._callers_changed:
            return self._callers_changed.wait_for(lambda: self.callers >= count, timeout)

    def run(self, until: datetime) -> None:
        clock = self.desk.clock
        while clock.now() < until:
            self.act()
            self.settle()
            self.advance_to(self.next_stop(until))
        self.act()
        self.settle()
        if not self.calls_up():  # every call ended on the network: let the modems notice, and the rows say so
            assert self.runtime.dispatcher.wait_idle(WAIT), "a call's end was never recorded"

    # -- what the operators and the ladder do at one instant

    def act(self) -> None:
        """What the operators do at this instant: log what is called in, then instruct what is due and close
        what was confirmed, as the window's queue would show them."""
        desk, scheduler, now = self.desk, self.runtime.scheduler, self.desk.clock.now()
        self.acted_on = self.runtime.incoming_handled
        scheduler.tick()
        while self.pending and self.pending[0].at <= now:
            item = self.pending.pop(0)
            logged = desk.log_complaint(Complaint(item.representative_id, item.officer_id, note=item.note),
                                        actor="operator")
            if desk.availability(item.officer_id).redirected:
                redirected = desk.redirect(logged.record.id, logged.record.version, actor="operator")
                assert redirected.alternate_case is not None
                scheduler.note(redirected.alternate_case.record)
            elif logged.record.state is EscalationState.DUE:
                self.due.add(logged.record.id)
            else:
                scheduler.note(logged.record)
        for case_id in sorted(self.due):
            scheduler.note(desk.instruct(case_id, None, actor="operator").record)
        for case_id in sorted(self.confirmed):
            scheduler.note(desk.close(case_id, None, actor="operator"))
        self.due.clear()
        self.confirmed.clear()

    def _on_step(self, event: LadderStepTaken) -> None:
        step = event.step
        if step.action is Action.BECOME_DUE and step.record is not None:
            self.due.add(step.case_id)

    def _on_incoming(self, event: IncomingDecided) -> None:
        if event.handled.case is not None:
            self.confirmed.add(event.handled.case.id)

    def next_stop(self, until: datetime) -> datetime:
        clock = self.desk.clock
        stops = [self.pending[0].at] if self.pending else []
        wake = self.runtime.scheduler.next_wake()
        if wake is not None:
            stops.append(wake)
        answer = self.responder.next_answer_seconds(0)
        if answer is not None:
            stops.append(DAY_START + timedelta(seconds=answer))
        later = [stop for stop in stops if clock.now() < stop < until]
        return min(later) if later else until

    # -- letting the machinery catch up

    def calls_up(self) -> bool:
        return any(simulator.engine.state.calls for simulator in self.rig.simulators)

    def settle(self) -> None:
        """At this instant: SMS sent, answers received, callers seen; calls already up may ring on."""
        for _ in range(10_000):
            idle = self.runtime.dispatcher.wait_idle(0.05, calls_may_run=True)
            answered = self.runtime.wait_incoming(self.responder.answers - self.missed_calls_ringing(), 0.05)
            called = self.wait_callers(self.responder.missed_calls, 0.05)  # waited on, not counted in a spin
            if idle and answered and called:
                return
        raise AssertionError("the desk did not settle")

    def missed_calls_ringing(self) -> int:
        return sum(1 for simulator in self.rig.simulators for call in simulator.engine.state.calls if call.incoming)

    def advance_to(self, target: datetime) -> None:
        """Jump, or step while calls are up: 2 s while a missed call rings (its end is a confirmation's
        instant), 5 s while only our own calls are up (their ring and talk seconds are not asserted)."""
        clock = self.desk.clock
        while clock.now() < target:
            left = (target - clock.now()).total_seconds()
            incoming = any(call.incoming for simulator in self.rig.simulators for call in simulator.engine.state.calls)
            outgoing = self.calls_up() and not incoming or any(
                not call.incoming for simulator in self.rig.simulators for call in simulator.engine.state.calls)
            step = min(2.0, left) if incoming or outgoing else left
            if outgoing:
                self.rig.run_calls(step, step=step)
            else:
                self.rig.advance(step)
            self.settle()
            if self.runtime.incoming_handled != self.acted_on:  # a case was confirmed: the operator closes it now
                self.act()
                self.settle()
