"""Between the stored case and the lifecycle's value: one mapping, used by every use case.

The lifecycle works on :class:`EscalationCase` and returns a new case and its
event; storage keeps :class:`EscalationRecord` with the id, the code, the
operator and the version. The deadline columns are refreshed from the
lifecycle on every save, so the queue can be ordered and lapsed cases found by
a query, while the truth stays the instants and the calendar.
"""

from __future__ import annotations

from dataclasses import fields, replace

from console.desk.case_code import CaseCode
from console.domain import BusinessHours, Thresholds
from console.lifecycle import EscalationCase, Event, confirm_by, due_at
from console.lifecycle_commands import ConfirmationMethod
from db.escalation_record import EscalationRecord, NewEvent


# The lifecycle's fields are the case's; storage keeps each under the same name but this one.
STORED_AS: dict[str, str] = {"first_instructed_at": "instructed_at"}
CASE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EscalationCase))


def stored_name(case_field: str) -> str:
    return STORED_AS.get(case_field, case_field)


def case_of(record: EscalationRecord) -> EscalationCase:
    values = {name: getattr(record, stored_name(name)) for name in CASE_FIELDS}
    method = values["confirmation_method"]
    values["confirmation_method"] = None if method is None else ConfirmationMethod(method)
    return EscalationCase(**values)


def record_with(
    record: EscalationRecord, case: EscalationCase, calendar: BusinessHours, thresholds: Thresholds
) -> EscalationRecord:
    """``record`` carrying the lifecycle's ``case`` and fresh deadline columns; id, code and version kept."""
    values = {stored_name(name): getattr(case, name) for name in CASE_FIELDS}
    method = case.confirmation_method
    values["confirmation_method"] = None if method is None else method.value
    return replace(record, **values, due_at=due_at(case, calendar, thresholds),
                   confirm_by=confirm_by(case, calendar, thresholds))


def new_event(event: Event) -> NewEvent:
    return NewEvent(actor=event.actor, at=event.at, action=event.action.value, details=dict(event.details))


def short_code(record: EscalationRecord) -> CaseCode:
    return CaseCode.from_stored(record.case_code)
