"""Logging a complaint, and redirecting it when the officer is away.

A complaint is written the moment it is logged, whatever the hour: outside
office hours the case simply waits, and its countdown says when the clock
resumes. One open case per representative and officer: a second complaint joins
the open one as an event, so the record shows how often the representative had
to call. Operators logging the same complaint at once never lose one: a join
that finds the case changed since it was read reads it again and joins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.availability import ContactDecision, ChainEnd
from console.clock import ensure_utc
from console.desk.case_code import CaseCode
from console.desk.context import DeskContext
from console.desk.errors import DeskError, DeskProblem
from console.desk.records import case_of, new_event, short_code
from console.domain import Officer
from console.lifecycle import Countdown, InvalidCommand, countdown, next_deadline, open_case
from console.lifecycle_commands import Join, Log, Redirect
from console.domain import ComplaintDraft as Complaint
from db.database import UnitOfWork
from db.errors import OpenCaseExistsError
from db.repositories.escalations import EscalationRecord, NewEscalation

log = logging.getLogger(__name__)

RACE_ATTEMPTS = 8  # each lost race means another operator's write went in: a complaint is never lost to one

__all__ = ["Complaint", "ComplaintCases", "Logged", "Redirected", "open_or_join"]


@dataclass(frozen=True)
class Logged:
    record: EscalationRecord
    case_code: CaseCode
    joined: bool  # the complaint joined the pair's open case
    countdown: Countdown | None  # the case's clock as it stands; paused outside office hours


@dataclass(frozen=True)
class Redirected:
    record: EscalationRecord  # the case, now redirected
    decision: ContactDecision  # why, and the chain of alternates walked
    alternate: Officer
    alternate_case: Logged | None  # the case opened (or joined) against the alternate


def open_or_join(
    context: DeskContext, work: UnitOfWork, complaint: Complaint, called_at: datetime, *, actor: str, at: datetime,
    redirected_from: str = "",
) -> Logged:
    settings = context.settings
    existing = work.escalations.find_open(complaint.representative_id, complaint.officer_id)
    if existing is not None:
        joining = Join(called_at, complaint.channel, complaint.note, redirected_from)
        moved = context.move(work, existing, joining, actor=actor)
        return _logged(context, moved.record, joined=True)
    command = Log(complaint.representative_id, complaint.officer_id, called_at, complaint.channel, complaint.note,
                  redirected_from)
    try:
        transition = open_case(command, actor=actor, at=at, calendar=settings.calendar, thresholds=settings.thresholds)
    except InvalidCommand as error:
        raise DeskError(DeskProblem.INVALID, str(error), code=error.problem.value) from None
    case = transition.case
    record = work.escalations.log(
        NewEscalation(
            district_code=settings.case_prefix,
            representative_id=case.representative_id,
            officer_id=case.officer_id,
            state=case.state,
            channel=case.channel,
            representative_called_at=case.representative_called_at,
            logged_at=at,
            operator=actor,
            note=complaint.note.strip(),
            due_at=ensure_utc(settings.calendar.add_business_minutes(called_at, settings.thresholds.act_after_minutes)),
        ),
        new_event(transition.event),
    )
    log.info("case %s logged in state %s", record.case_code, record.state.value)
    return _logged(context, record, joined=False)


def _logged(context: DeskContext, record: EscalationRecord, *, joined: bool) -> Logged:
    settings = context.settings
    deadline = next_deadline(case_of(record), settings.calendar, settings.thresholds)
    clock = None if deadline is None else countdown(deadline, context.clock.now(), settings.calendar)
    return Logged(record, short_code(record), joined, clock)


class ComplaintCases:
    """The desk's use cases of a complaint: logging it, and redirecting it when the officer is away."""

    context: DeskContext

    def log_complaint(self, complaint: Complaint, *, actor: str) -> Logged:
        context = self.context
        roster = context.roster()
        roster.officer(complaint.officer_id)
        roster.representative(complaint.representative_id)
        now = context.clock.now()
        called_at = complaint.representative_called_at
        if called_at is None:
            called_at = now - timedelta(minutes=context.settings.thresholds.act_after_minutes)
        for attempt in range(1, RACE_ATTEMPTS + 1):
            try:
                with context.database.unit_of_work() as work:
                    return open_or_join(context, work, complaint, called_at, actor=actor, at=now)
            except OpenCaseExistsError:
                if attempt == RACE_ATTEMPTS:
                    raise
                log.info("another operator opened the case for this pair meanwhile; joining it")
            except DeskError as error:
                # Joining acts on the latest version; another operator's join (or any change) got there first.
                if error.problem is not DeskProblem.STALE or attempt == RACE_ATTEMPTS:
                    raise
                log.info("the pair's open case changed while joining it; joining the latest")
        raise AssertionError("unreachable")

    def redirect(self, case_id: int, version: int | None, *, actor: str, open_for_alternate: bool = True) -> Redirected:
        """Send the representative to the officer's alternate, and (by default) open a case against the alternate."""
        context = self.context
        roster = context.roster()
        now = context.clock.now()
        with context.database.unit_of_work() as work:
            record = context.load(work, case_id, version)
            decision = roster.who_to_contact(record.officer_id, now)
            if decision.reason is ChainEnd.AVAILABLE:
                raise DeskError(DeskProblem.OFFICER_AVAILABLE,
                                f"officer {record.officer_id} is on duty: instruct instead")
            if decision.contact_officer_id is None:
                raise DeskError(
                    DeskProblem.NO_ALTERNATE,
                    f"officer {record.officer_id} is away and no alternate on duty can be named",
                    code=decision.reason.value,
                )
            away = decision.chain[0]
            alternate = roster.officer(decision.contact_officer_id)
            moved = context.move(work, record, Redirect(alternate.id, away.status, away.until), actor=actor)
            alternate_case = None
            if open_for_alternate:
                complaint = Complaint(record.representative_id, alternate.id, record.channel, now)
                alternate_case = open_or_join(context, work, complaint, now, actor=actor, at=now,
                                              redirected_from=str(short_code(record)))
        return Redirected(moved.record, decision, alternate, alternate_case)
