"""The availability periods and the district's calendar entries, as the window edits them.

Periods are whole days in India (the form's dates, the last one included);
they are checked with :func:`console.availability.validate_period` against the
roster the desk holds. Calendar entries are the state's holidays (read-only)
and the district's own overrides kept in storage; saving one rebuilds the
desk's business calendar, so every countdown follows at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from console.clock import IST
from console.availability import PeriodProblem, validate_period
from console.calendar import BusinessCalendar
from console.calendar_holidays import Holiday, HolidayBasis, HolidayKind, WorkingDay
from console.domain import AvailabilityPeriod, AvailabilityStatus
from console.desk.roster_view import RosterView
from console.window_interface import CalendarDraft, CalendarProblem, PeriodDraft
from console.views import CalendarDayKind, CalendarEntry
from db.codes import CalendarOverrideKind
from db.repositories.calendar import CalendarOverrideRecord


_DAY_KINDS = {
    CalendarDayKind.LOCAL_HOLIDAY: CalendarOverrideKind.LOCAL_HOLIDAY,
    CalendarDayKind.COMPENSATORY_WORKING_DAY: CalendarOverrideKind.WORKING_DAY,
}


def period_of(draft: PeriodDraft) -> AvailabilityPeriod:
    starts = datetime.combine(draft.starts_on, time(0), IST)
    ends = datetime.combine(draft.ends_on + timedelta(days=1), time(0), IST)
    return AvailabilityPeriod(draft.officer_id, draft.status, starts, ends, draft.alternate_id, draft.note.strip())


def period_problems(draft: PeriodDraft, roster: RosterView, today: date) -> tuple[PeriodProblem, ...]:
    if draft.ends_on < draft.starts_on:
        return (PeriodProblem.ENDS_BEFORE_START,)
    problems: list[PeriodProblem] = []
    if draft.ends_on < today:
        problems.append(PeriodProblem.ENDS_IN_PAST)
    candidate = period_of(draft)
    others = [period for period in roster.schedule if not _same(period, draft, roster)]
    for finding in validate_period(candidate, others, roster.officers):
        if finding.code not in problems:
            problems.append(finding.code)
    alternate = draft.alternate_id
    if alternate is not None and roster.schedule.status_at(alternate, candidate.starts_at) is not (
        AvailabilityStatus.ON_DUTY
    ):
        problems.append(PeriodProblem.ALTERNATE_UNAVAILABLE)
    return tuple(problems)


def _same(period: AvailabilityPeriod, draft: PeriodDraft, roster: RosterView) -> bool:
    """The period being edited (by its id) is not a conflict with itself."""
    return draft.period_id is not None and roster.period_ids.get(draft.period_id) == period


# -- the calendar ---------------------------------------------------------------------------------


def calendar_with(base: BusinessCalendar, overrides: Iterable[CalendarOverrideRecord]) -> BusinessCalendar:
    local: list[Holiday] = []
    working: list[WorkingDay] = []
    for override in overrides:
        if override.kind is CalendarOverrideKind.LOCAL_HOLIDAY:
            local.append(Holiday(override.day, override.name_en, override.name_hi, HolidayKind.LOCAL,
                                 basis=HolidayBasis.DISTRICT_ORDER))
        else:
            working.append(WorkingDay(override.day, override.name_en))
    return base.with_overrides(local_holidays=local, working_days=working)


def calendar_entries(base: BusinessCalendar, overrides: Iterable[CalendarOverrideRecord],
                     year: int) -> tuple[CalendarEntry, ...]:
    entries = [
        CalendarEntry(holiday.day, CalendarDayKind.GAZETTED_HOLIDAY, holiday.name_en, holiday.name_hi)
        for holiday in base.holidays_in(year, include_restricted=False)
        if holiday.kind is not HolidayKind.LOCAL
    ]
    entries += [entry_of(override) for override in overrides if override.day.year == year]
    return tuple(sorted(entries, key=lambda entry: (entry.day, entry.entry_id or 0)))


def entry_of(override: CalendarOverrideRecord) -> CalendarEntry:
    kind = (CalendarDayKind.LOCAL_HOLIDAY if override.kind is CalendarOverrideKind.LOCAL_HOLIDAY
            else CalendarDayKind.COMPENSATORY_WORKING_DAY)
    return CalendarEntry(override.day, kind, override.name_en, override.name_hi, override.id, True)


def override_kind(kind: CalendarDayKind) -> CalendarOverrideKind | None:
    return _DAY_KINDS.get(kind)


def calendar_problems(draft: CalendarDraft, base: BusinessCalendar,
                      overrides: Iterable[CalendarOverrideRecord]) -> tuple[CalendarProblem, ...]:
    problems: list[CalendarProblem] = []
    if override_kind(draft.kind) is None:
        problems.append(CalendarProblem.NOT_EDITABLE)
    if not draft.name_en.strip() and not draft.name_hi.strip():
        problems.append(CalendarProblem.NAME_REQUIRED)
    if any(o.day == draft.day and o.id != draft.entry_id for o in overrides):
        problems.append(CalendarProblem.DUPLICATE_DAY)
    if draft.kind is CalendarDayKind.COMPENSATORY_WORKING_DAY and base.open_intervals(draft.day):
        problems.append(CalendarProblem.WORKING_DAY_NOT_OFF)
    return tuple(problems)
