"""A case rebuilt from its own timeline, to hold the stored row against its history (``audit verify``).

Every change of a case is one lifecycle event (DESIGN.md), and each event says
what it changed: its ``to_state``, its instant, its details. Folding the events
in order therefore gives the fields the stored row must have; a row edited
behind the program's back (``UPDATE escalations SET callback_at = …``) or an
event edited or deleted after the fact makes the two disagree. This is a fold
over what was recorded, not a second run of the rules: a holiday declared since
does not make an old case look wrong. ``tests/console/test_case_replay.py``
holds it equal to the lifecycle on generated histories.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from console.clock import ensure_utc
from console.domain import EscalationState
from console.lifecycle_commands import Action

A = Action


@dataclass(frozen=True)
class ReplayEvent:
    at: datetime
    action: str
    from_state: EscalationState | None
    to_state: EscalationState
    details: Mapping[str, Any]


@dataclass(frozen=True)
class ReplayedCase:
    """The stored fields a case's history determines (the names are the stored columns')."""

    state: EscalationState
    representative_called_at: datetime
    logged_at: datetime
    instructed_at: datetime | None = None
    last_instructed_at: datetime | None = None
    instruction_count: int = 0
    alarm_at: datetime | None = None
    escalated_at: datetime | None = None
    confirmed_at: datetime | None = None
    callback_at: datetime | None = None
    confirmation_method: str | None = None
    closed_at: datetime | None = None
    cancel_reason: str = ""
    complaint_count: int = 1
    reopen_count: int = 0
    last_event_at: datetime | None = None


REPLAYED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ReplayedCase))


class HistoryBroken(ValueError):
    """The timeline cannot be a case's: no logging event first, a state that does not follow, time running back."""


def replay(events: Iterable[ReplayEvent]) -> ReplayedCase:
    case: ReplayedCase | None = None
    for event in events:
        at = ensure_utc(event.at)
        if case is None:
            if event.action != A.LOG.value or event.from_state is not None:
                raise HistoryBroken(f"the first event is {event.action}, not the case being logged")
            called = _instant(event.details.get("representative_called_at")) or at
            case = ReplayedCase(event.to_state, called, at, last_event_at=at)
            continue
        if event.from_state is not case.state:
            start = "nothing" if event.from_state is None else event.from_state.value
            raise HistoryBroken(f"{event.action} at {at.isoformat()} starts from {start}, "
                                f"but the case was {case.state.value}")
        if case.last_event_at is not None and at < case.last_event_at:
            raise HistoryBroken(f"{event.action} at {at.isoformat()} comes before the event it follows")
        case = replace(_apply(case, event, at), state=event.to_state, last_event_at=at)
    if case is None:
        raise HistoryBroken("the case has no events")
    return case


def _apply(case: ReplayedCase, event: ReplayEvent, at: datetime) -> ReplayedCase:
    action, details = event.action, event.details
    if action in (A.INSTRUCT.value, A.REINSTRUCT.value):
        return replace(case, instructed_at=case.instructed_at or at, last_instructed_at=at,
                       instruction_count=case.instruction_count + 1, alarm_at=None)
    if action == A.CONFIRM.value:
        return replace(case, confirmed_at=at, callback_at=_instant(details.get("callback_at")) or at,
                       confirmation_method=_text(details.get("method")))
    if action == A.CLOSE.value:
        return replace(case, closed_at=at)
    if action == A.CANCEL.value:
        return replace(case, closed_at=at, cancel_reason=_text(details.get("reason")) or "")
    if action == A.REOPEN.value:
        return replace(case, reopen_count=case.reopen_count + 1, alarm_at=None, confirmed_at=None, callback_at=None,
                       confirmation_method=None, closed_at=None, cancel_reason="")
    if action == A.RAISE_ALARM.value:
        return replace(case, alarm_at=at)
    if action == A.ESCALATE.value:
        return replace(case, escalated_at=at)
    if action == A.JOIN.value:
        return replace(case, complaint_count=case.complaint_count + 1)
    return case


def disagreements(stored: Mapping[str, Any], replayed: ReplayedCase) -> tuple[str, ...]:
    """The names of the fields where the stored row and its history differ."""
    differing = []
    for name in REPLAYED_FIELDS:
        mine, theirs = getattr(replayed, name), stored.get(name)
        if isinstance(mine, datetime) and isinstance(theirs, datetime):
            same = ensure_utc(mine) == ensure_utc(theirs)
        elif isinstance(mine, EscalationState) or isinstance(theirs, EscalationState):
            same = getattr(mine, "value", mine) == getattr(theirs, "value", theirs)
        else:
            same = mine == theirs
        if not same:
            differing.append(name)
    return tuple(differing)


def _instant(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return ensure_utc(value)
    if isinstance(value, str) and value:
        return ensure_utc(datetime.fromisoformat(value))
    return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
