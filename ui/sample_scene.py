"""A small living district for screenshots and for the window before the database is wired.

Plain data from :mod:`ui.sample_data`, poured into the in-memory service of the
tests through its public calls only: the rules stay in the service. Runs from a
source checkout (the in-memory service lives under ``tests/``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from console.clock import Clock
from console.domain import AvailabilityStatus, EscalationState, OutboxStatus
from console.service import CalendarDraft, ComplaintDraft, ConsoleService, PeriodDraft
from console.views import CalendarDayKind, ConfirmationSource, DeadlineKind, ModemRow, RegistrationState, SimState
from ui.formatting import to_ist
from ui.sample_data import sample_officers, sample_representatives

# (representative id, officer id, minutes since the representative's call, what happened since)
CASES = (
    (3, 7, 45, "alarm"), (4, 22, 30, "instructed_late"), (5, 3, 12, "due"), (6, 40, 22, "instructed"),
    (7, 58, 4, "waiting"), (8, 13, 7, "waiting"), (9, 27, 16, "instructed"), (10, 2, 3, "waiting"),
    (11, 66, 70, "escalated"), (12, 75, 50, "confirmed"), (1, 9, 28, "instructed"), (2, 31, 14, "due"),
    (3, 45, 9, "waiting"), (4, 4, 19, "instructed"),
)
HOLIDAYS_2026 = {  # shared/data/up-holidays.md, a few of the state's public holidays
    date(2026, 1, 26): ("Republic Day", "गणतन्त्र दिवस"),
    date(2026, 3, 2): ("Holika Dahan", "होलिका दहन"),
    date(2026, 3, 3): ("Holi (extra day)", "होली (अतिरिक्त अवकाश)"),
    date(2026, 3, 4): ("Holi", "होली"),
    date(2026, 8, 15): ("Independence Day", "स्वतंत्रता दिवस"),
    date(2026, 10, 2): ("Mahatma Gandhi Jayanti", "महात्मा गाँधी जयन्ती"),
    date(2026, 10, 20): ("Dussehra", "दशहरा"),
    date(2026, 11, 8): ("Deepawali", "दीपावली"),
    date(2026, 11, 9): ("Govardhan Puja", "गोवर्धन पूजा"),
    date(2026, 11, 11): ("Bhai Dooj / Chitragupta Jayanti", "भैया दूज / चित्रगुप्त जयन्ती"),
    date(2026, 11, 24): ("Guru Nanak Jayanti", "गुरु नानक जयन्ती"),
    date(2026, 12, 25): ("Christmas Day", "क्रिसमस डे"),
}
PERIODS = (  # officer, status, days from today to the last day, alternate
    (13, AvailabilityStatus.LEAVE, 4, 31), (21, AvailabilityStatus.TRAINING, 2, 39),
    (33, AvailabilityStatus.LEAVE, 9, 51), (47, AvailabilityStatus.TRAINING, 5, 65),
    (50, AvailabilityStatus.LEAVE, 1, 68), (70, AvailabilityStatus.OTHER, 0, 88),
)


def build_sample_service(clock: Clock, officers: int = 200) -> ConsoleService:
    from tests.ui.support import InMemoryService  # a source checkout only, until the db service lands

    service = InMemoryService(clock, sample_officers(officers), sample_representatives(), gazetted=dict(HOLIDAYS_2026))
    today = to_ist(clock.now()).date()
    for officer_id, status, days, alternate in PERIODS:
        service.save_period(PeriodDraft(officer_id, status, today - timedelta(days=1), today + timedelta(days=days), alternate))
    now = clock.now()
    travel = getattr(clock, "set", None)  # a FakeClock lets the story happen over time; a real clock does not

    def at(moment: datetime) -> None:
        if travel is not None:
            travel(min(moment, now))

    for representative, officer, minutes, story in CASES:
        called_at = now - timedelta(minutes=minutes)
        at(called_at + timedelta(minutes=10, seconds=30))
        result = service.log_complaint(ComplaintDraft(representative, officer, representative_called_at=called_at))
        case_id = result.case_id
        assert case_id is not None
        if story in ("instructed", "instructed_late", "alarm", "escalated", "confirmed"):
            at(called_at + timedelta(minutes=11, seconds=40))
            service.instruct(case_id, _version(service, case_id))
            if story in ("instructed_late", "alarm"):
                late = now + timedelta(minutes=1.5 if story == "instructed_late" else -4)
                service.set_deadline(case_id, DeadlineKind.CONFIRM, late)
            if story == "alarm":
                at(now - timedelta(minutes=4))
                service.set_state(case_id, EscalationState.ALARM)
            at(called_at + timedelta(minutes=32))
            if story == "escalated":
                service.escalate(case_id, _version(service, case_id))
            if story == "confirmed":
                service.record_confirmation(case_id, _version(service, case_id), ConfirmationSource.REPRESENTATIVE)
    statuses = (OutboxStatus.DELIVERED, OutboxStatus.SENT, OutboxStatus.SENDING, OutboxStatus.FAILED, OutboxStatus.UNCERTAIN)
    outbox = sorted(service.load_live_state().outbox, key=lambda row: row.outbox_id)
    for position, row in enumerate(outbox):
        status = statuses[position % len(statuses)] if position < 10 else OutboxStatus.QUEUED
        if status is not OutboxStatus.QUEUED:
            at(row.updated_at + timedelta(seconds=50 + 20 * (position % 3)))
            error = "CMS 500" if status is OutboxStatus.FAILED else ""
            service.set_outbox_status(row.outbox_id, status, error, "modem-1" if position % 2 else "modem-2", 1 + position % 3)
    at(now)
    service.modems = [
        ModemRow("modem-1", True, -67, RegistrationState.HOME, SimState.READY, "BSNL", 42, 200, ""),
        ModemRow("modem-2", True, -81, RegistrationState.HOME, SimState.READY, "Airtel", 188, 200, "+919454410040"),
        ModemRow("modem-3", False, None, RegistrationState.SEARCHING, SimState.ABSENT, "", 0, 200, ""),
    ]
    officer_number = sample_officers(officers)[26].official_number
    service.receive_sms(officer_number, "OK HRD-1999 baat ho gayi")
    service.receive_sms("+919800012345", "कृपया संपर्क करें")
    service.save_calendar_entry(
        CalendarDraft(date(today.year, 12, 24), CalendarDayKind.LOCAL_HOLIDAY, "Hardoi local fair", "हरदोई स्थानीय मेला")
    )
    service.save_calendar_entry(
        CalendarDraft(date(today.year, 11, 21), CalendarDayKind.COMPENSATORY_WORKING_DAY, "Working Saturday", "कार्य दिवस (शनिवार)")
    )
    return service


def _version(service: ConsoleService, case_id: int) -> int:
    detail = service.case_detail(case_id)
    assert detail is not None
    return detail.row.version
