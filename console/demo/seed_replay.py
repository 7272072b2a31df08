"""A demo case replayed through the real lifecycle, so what is stored is what the desk would have stored.

Each demo event becomes the lifecycle command an operator (or the timer) would
have given; the lifecycle's resulting state must equal the state the demo
says, or the replay stops and names the case and the step.

One demo step has no lifecycle command: a supervisor closing a case whose
officer never called back, even after the superior was told. The lifecycle
closes only confirmed or redirected cases (an unconfirmed case must count
against the officer, never vanish), so the replay records what the supervisor
does in its terms: the representative is redirected to the superior, then the
case is closed. It stays unconfirmed in the response-time report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from console.demo.timeline import DemoEscalation, DemoEvent, EventAction
from console.domain import AvailabilityStatus, BusinessHours, EscalationState, OutboxKind, Thresholds
from console.lifecycle import EscalationCase, Event, LifecycleError, Transition, apply, open_case
from console.lifecycle_commands import (
    BecomeDue,
    Cancel,
    Close,
    Command,
    Confirm,
    ConfirmationMethod,
    Escalate,
    Instruct,
    Log,
    RaiseAlarm,
    Redirect,
    Reinstruct,
)

UNCONFIRMED_HANDED_TO_SUPERIOR = "unconfirmed_handed_to_superior"
"""The Close note (and the Redirect detail) of a case whose officer never called back."""


class ReplayError(ValueError):
    """A demo case the lifecycle would not have produced; names the case and its step."""


@dataclass(frozen=True)
class ReplayedCase:
    demo: DemoEscalation
    case: EscalationCase  # after the last event
    events: tuple[Event, ...]  # the lifecycle's events, in order, each with its actor and time
    demo_events: tuple[DemoEvent, ...]  # the demo step each event replays (one step may take two events)

    def details(self, index: int) -> Mapping[str, object]:
        """Event ``index``'s details: the lifecycle's, plus what only the demo knew (the alternate's code...)."""
        event = self.events[index]
        extras = {name: value for name, value in self.demo_events[index].details if name not in event.details}
        return {**event.details, **extras} if extras else event.details


@dataclass(frozen=True)
class Replayer:
    officer_ids: Mapping[str, int]
    representative_ids: Mapping[str, int]
    calendar: BusinessHours
    thresholds: Thresholds

    def replay(self, demo: DemoEscalation) -> ReplayedCase:
        first = demo.events[0]
        if first.action is not EventAction.LOGGED:
            raise ReplayError(f"demo case {demo.number}: starts with {first.action.value}, not logged")
        command = Log(
            representative_id=self.representative_ids[demo.representative_code],
            officer_id=self.officer_ids[demo.officer_code],
            representative_called_at=demo.called_at,
            channel=demo.channel,
            note=demo.note,
        )
        step = open_case(command, actor=first.actor, at=first.at, calendar=self.calendar, thresholds=self.thresholds)
        _check(demo, 0, step.event.to_state)
        events, sources = [step.event], [first]
        case = step.case
        for index, demo_event in enumerate(demo.events[1:], start=1):
            for transition in self._steps(demo, index, case, demo_event):
                case = transition.case
                events.append(transition.event)
                sources.append(demo_event)
            _check(demo, index, case.state)
        return ReplayedCase(demo, case, tuple(events), tuple(sources))

    def _steps(self, demo: DemoEscalation, index: int, case: EscalationCase, event: DemoEvent) -> list[Transition]:
        if event.action is EventAction.CLOSED and case.state is EscalationState.ESCALATED:
            return self._hand_to_superior(demo, index, case, event)
        try:
            return [self._apply(case, self._command(demo, event), event)]
        except (LifecycleError, KeyError) as error:
            raise ReplayError(f"demo case {demo.number} step {index} ({event.action.value} at "
                              f"{event.at.isoformat()}, case {case.state.value}): {error}") from error

    def _apply(self, case: EscalationCase, command: Command, event: DemoEvent) -> Transition:
        return apply(case, command, actor=event.actor, at=event.at, calendar=self.calendar,
                     thresholds=self.thresholds)

    def _hand_to_superior(
        self, demo: DemoEscalation, index: int, case: EscalationCase, event: DemoEvent
    ) -> list[Transition]:
        escalation = next(e for e in reversed(demo.events[:index]) if e.action is EventAction.ESCALATED)
        superior = self.officer_ids.get(escalation.detail("superior_code") or "")
        if superior is None:
            raise ReplayError(f"demo case {demo.number} step {index}: an unconfirmed case of an officer with no "
                              "superior cannot be closed")
        redirected = self._apply(case, Redirect(superior, AvailabilityStatus.OTHER), event)
        closed = self._apply(redirected.case, Close(UNCONFIRMED_HANDED_TO_SUPERIOR), event)
        return [redirected, closed]

    def _command(self, demo: DemoEscalation, event: DemoEvent) -> Command:
        action = event.action
        if action is EventAction.BECAME_DUE:
            return BecomeDue()
        if action is EventAction.REDIRECTED:
            status = AvailabilityStatus(event.detail("status") or AvailabilityStatus.OTHER.value)
            return Redirect(self.officer_ids[event.detail("alternate_code") or ""], status)
        if action is EventAction.INSTRUCTED:
            return Instruct(_channels(event))
        if action is EventAction.REINSTRUCTED:
            return Reinstruct(_channels(event))
        if action is EventAction.ALARM_RAISED:
            return RaiseAlarm()
        if action is EventAction.ESCALATED:
            return Escalate(self.officer_ids.get(event.detail("superior_code") or ""))
        if action is EventAction.CONFIRMED:
            return Confirm(ConfirmationMethod(event.detail("method") or ConfirmationMethod.OPERATOR.value),
                           callback_at=event.at)
        if action is EventAction.CLOSED:
            return Close(event.detail("reason") or "")
        if action is EventAction.CANCELLED:
            return Cancel(event.detail("reason") or "")
        raise ReplayError(f"demo case {demo.number}: {action.value} cannot follow the first event")


def _channels(event: DemoEvent) -> frozenset[OutboxKind]:
    return frozenset(OutboxKind(kind) for kind in (event.detail("channels") or "call,sms").split(","))


def _check(demo: DemoEscalation, index: int, state: EscalationState) -> None:
    expected = demo.events[index].state
    if state is not expected:
        raise ReplayError(f"demo case {demo.number} step {index} ({demo.events[index].action.value}): the demo "
                          f"says {expected.value}, the lifecycle gives {state.value}")
