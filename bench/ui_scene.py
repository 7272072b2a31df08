"""The benchmark district: 5,000 officers and 1,000 open cases in the in-memory service."""

from __future__ import annotations

from datetime import datetime, timedelta

from console.clock import IST, FakeClock
from console.domain import AvailabilityStatus, ComplaintDraft
from console.window_interface import PeriodDraft
from tests.ui.support import InMemoryService
from tests.ui.sample_data import sample_officers, sample_representatives

START = datetime(2026, 11, 27, 11, 0, tzinfo=IST)  # a working Friday morning


def large_service(officers: int = 5000, cases: int = 1000) -> tuple[InMemoryService, FakeClock]:
    clock = FakeClock(START - timedelta(minutes=40))
    service = InMemoryService(clock, sample_officers(officers), sample_representatives())
    today = START.date()
    for officer_id in range(officers - 250, officers):  # 5 % away, each with an alternate
        status = AvailabilityStatus.LEAVE if officer_id % 2 else AvailabilityStatus.TRAINING
        service.save_period(PeriodDraft(officer_id, status, today, today + timedelta(days=3), officer_id - 300))
    for index in range(cases):
        clock.set(START - timedelta(minutes=40) + timedelta(seconds=2 * index))
        result = service.log_complaint(ComplaintDraft(index % 12 + 1, index + 1))
        if index % 2 and result.case_id is not None:
            detail = service.case_detail(result.case_id)
            assert detail is not None
            service.instruct(result.case_id, detail.row.version)
    clock.set(START)
    return service, clock
