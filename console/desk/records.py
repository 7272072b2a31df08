"""Between the stored case and the lifecycle's value: one mapping, used by every use case.

The lifecycle works on :class:`EscalationCase` and returns a new case and its
event; storage keeps :class:`EscalationRecord` with the id, the code, the
operator and the version. The deadline columns are refreshed from the
lifecycle on every save, so the queue can be ordered and lapsed cases found by
a query, while the truth stays the instants and the calendar.
"""

from __future__ import annotations

from dataclasses import replace

from console.desk.case_code import CaseCode
from console.domain import BusinessHours, Thresholds
from console.lifecycle import EscalationCase, Event, confirm_by, due_at
from console.lifecycle_commands import ConfirmationMethod
from db.repositories.escalations import EscalationRecord, NewEvent


def case_of(record: EscalationRecord) -> EscalationCase:
    method = record.confirmation_method
    return EscalationCase(
        representative_id=record.representative_id,
        officer_id=record.officer_id,
        state=record.state,
        representative_called_at=record.representative_called_at,
        logged_at=record.logged_at,
        last_event_at=record.last_event_at,
        channel=record.channel,
        complaint_count=record.complaint_count,
        first_instructed_at=record.instructed_at,
        round_instructed_at=record.round_instructed_at,
        last_instructed_at=record.last_instructed_at,
        instruction_count=record.instruction_count,
        reinstruction_count=record.reinstruction_count,
        alarm_at=record.alarm_at,
        escalated_at=record.escalated_at,
        confirmed_at=record.confirmed_at,
        callback_at=record.callback_at,
        confirmation_method=None if method is None else ConfirmationMethod(method),
        redirected_to_officer_id=record.redirected_to_officer_id,
        closed_at=record.closed_at,
        cancel_reason=record.cancel_reason,
        reopen_count=record.reopen_count,
        instructed_outside_hours=record.instructed_outside_hours,
    )


def record_with(
    record: EscalationRecord, case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds
) -> EscalationRecord:
    """``record`` carrying the lifecycle's ``case`` and fresh deadline columns; id, code and version kept."""
    return replace(
        record,
        state=case.state,
        channel=case.channel,
        representative_called_at=case.representative_called_at,
        last_event_at=case.last_event_at,
        complaint_count=case.complaint_count,
        due_at=due_at(case, calendar, thresholds),
        instructed_at=case.first_instructed_at,
        round_instructed_at=case.round_instructed_at,
        last_instructed_at=case.last_instructed_at,
        instruction_count=case.instruction_count,
        reinstruction_count=case.reinstruction_count,
        confirm_by=confirm_by(case, calendar, thresholds),
        alarm_at=case.alarm_at,
        escalated_at=case.escalated_at,
        confirmed_at=case.confirmed_at,
        callback_at=case.callback_at,
        confirmation_method=None if case.confirmation_method is None else case.confirmation_method.value,
        redirected_to_officer_id=case.redirected_to_officer_id,
        closed_at=case.closed_at,
        cancel_reason=case.cancel_reason,
        reopen_count=case.reopen_count,
        instructed_outside_hours=case.instructed_outside_hours,
    )


def new_event(event: Event) -> NewEvent:
    return NewEvent(actor=event.actor, at=event.at, action=event.action.value, details=dict(event.details))


def short_code(record: EscalationRecord) -> CaseCode:
    return CaseCode.from_stored(record.case_code)
