"""The escalation's fields: the lifecycle's case, the stored record and a past case imported in bulk agree, in
one tested place (a field added to one shape and forgotten in another fails here)."""

from __future__ import annotations

import typing
from dataclasses import fields, replace
from datetime import datetime, timedelta

from console.desk.records import CASE_FIELDS, case_of, record_with, stored_name
from console.domain import ContactChannel, EscalationState, Thresholds
from console.lifecycle_case import EscalationCase
from console.lifecycle_commands import ConfirmationMethod
from db.repositories.escalation_history import PastCase
from db.repositories.escalations import RECORD_FIELDS, EscalationRecord
from tests.desk.conftest import T0

# What storage keeps beside the case: identity and bookkeeping, and the deadline columns refreshed on each save.
STORAGE_ONLY = {"id", "case_code", "operator", "version", "note", "due_at", "confirm_by"}


class AlwaysOpen:
    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        return start + timedelta(minutes=minutes)

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        return (end - start).total_seconds() / 60

    def is_open(self, instant: datetime) -> bool:
        return True


def test_every_case_field_is_stored_and_nothing_stored_is_forgotten() -> None:
    stored = {stored_name(name) for name in CASE_FIELDS}
    assert stored <= set(RECORD_FIELDS)
    assert set(RECORD_FIELDS) - stored == STORAGE_ONLY


def test_a_past_case_carries_the_stored_fields_less_what_storage_gives_it() -> None:
    past = {f.name for f in fields(PastCase)} - {"district_code", "events"}
    assert past <= set(RECORD_FIELDS)
    # id, code and version are given on import; the last event's instant comes from the events; a past case
    # is never one instructed outside hours (the demo's history is all in office hours).
    assert set(RECORD_FIELDS) - past == {"id", "case_code", "version", "last_event_at", "instructed_outside_hours"}


def test_a_case_goes_into_storage_and_comes_back_the_same() -> None:
    hints = typing.get_type_hints(EscalationCase)
    values: dict[str, object] = {}
    for number, name in enumerate(CASE_FIELDS, start=1):  # every field away from its default
        hint = str(hints[name])
        if "datetime" in hint:
            values[name] = T0 + timedelta(minutes=number)
        elif name == "confirmation_method":
            values[name] = ConfirmationMethod.MISSED_CALL
        elif name == "state":
            values[name] = EscalationState.ESCALATED
        elif name == "channel":
            values[name] = next(channel for channel in ContactChannel if channel is not ContactChannel.PHONE)
        elif "bool" in hint:
            values[name] = True
        elif "str" in hint:
            values[name] = f"text {number}"
        else:
            values[name] = 100 + number
    case = EscalationCase(**values)  # type: ignore[arg-type]
    record = EscalationRecord(1, "HRD-2026-000001", 2, 3, EscalationState.WAITING, ContactChannel.PHONE, T0, T0,
                              "asha", T0, 7)
    stored = record_with(record, case, AlwaysOpen(), Thresholds())  # type: ignore[arg-type]
    assert (stored.id, stored.case_code, stored.operator, stored.version) == (1, "HRD-2026-000001", "asha", 7)
    assert stored.instructed_at == case.first_instructed_at
    assert case_of(stored) == case
    assert case_of(replace(stored, note="changed")) == case
