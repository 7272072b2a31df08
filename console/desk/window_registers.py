"""The registers as the window edits them: availability periods, the district's calendar entries, the roster.

Periods are whole days in India (the form's dates, the last one included);
they are checked with :func:`console.availability.validate_period` against the
roster the desk holds. Calendar entries are the state's holidays (read-only)
and the district's own overrides kept in storage; saving one rebuilds the
desk's business calendar, so every countdown follows at once. The roster goes
out to a workbook and comes back whole (:mod:`console.roster.import_export`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from console.clock import IST
from console.availability import PeriodProblem, validate_period
from console.calendar import BusinessCalendar
from console.calendar_holidays import Holiday, HolidayBasis, HolidayKind, WorkingDay
from console.domain import AvailabilityPeriod, AvailabilityStatus
from console.desk.roster_view import RosterView
from console.desk.window_outcomes import ServiceActions
from console.permissions import Permission, PermissionDenied
from console.window_interface import (
    ActionOutcome,
    ActionResult,
    CalendarDraft,
    CalendarProblem,
    PeriodDraft,
    Progress,
    RosterResult,
)
from console.views import CalendarDayKind, CalendarEntry
from db.codes import CalendarOverrideKind
from db.errors import StorageError
from db.repositories.calendar import CalendarOverrideRecord

log = logging.getLogger(__name__)

_DAY_KINDS = {
    CalendarDayKind.LOCAL_HOLIDAY: CalendarOverrideKind.LOCAL_HOLIDAY,
    CalendarDayKind.COMPENSATORY_WORKING_DAY: CalendarOverrideKind.WORKING_DAY,
}


class Registers(ServiceActions):
    """The registers' part of :class:`~console.desk.window_adapter.DeskService`."""

    _base_calendar: BusinessCalendar | None  # None: a calendar the window cannot edit

    # -- availability and roster -----------------------------------------------------------------

    def validate_period(self, draft: PeriodDraft) -> tuple[PeriodProblem, ...]:
        today = self.desk.clock.now().astimezone(IST).date()
        return period_problems(draft, self.desk.roster(), today)

    def save_period(self, draft: PeriodDraft) -> ActionResult:
        if not self._may(Permission.EDIT_AVAILABILITY):
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        problems = self.validate_period(draft)
        if problems:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(problem.value for problem in problems))
        period = period_of(draft)

        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                at = self.desk.clock.now()
                if draft.period_id is None:
                    work.availability.add(period, actor=self._login, at=at)
                else:
                    work.availability.update(draft.period_id, period, actor=self._login, at=at)
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_AVAILABILITY)

    def import_roster(self, path: Path, progress: Progress, replace_all: bool = False) -> RosterResult:
        """The whole workbook checked first, then stored in one transaction or not at all."""
        from console.roster import import_export as roster_io  # openpyxl only when a roster is imported

        try:
            result = roster_io.import_roster(self.desk.database, path, clock=self.desk.clock,
                                             session=self._session, progress=progress, replace_all=replace_all)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return RosterResult(ActionOutcome.PERMISSION_DENIED)
        except (StorageError, OSError, ValueError) as error:
            log.exception("roster import from %s failed: %s", path.name, error)
            return RosterResult(ActionOutcome.FAILED)
        return roster_io.window_result(result)

    def export_roster(self, path: Path, progress: Progress) -> RosterResult:
        from console.roster import import_export as roster_io  # openpyxl only when a roster is exported

        try:
            result = roster_io.export_roster(self.desk.database, path, clock=self.desk.clock,
                                             session=self._session, progress=progress)
        except PermissionDenied as error:
            log.info("refused: %s", error)
            return RosterResult(ActionOutcome.PERMISSION_DENIED)
        except (StorageError, OSError) as error:
            log.exception("roster export to %s failed: %s", path.name, error)
            return RosterResult(ActionOutcome.FAILED)
        return roster_io.window_result(result)

    # -- calendar --------------------------------------------------------------------------------

    def calendar_entries(self, year: int) -> tuple[CalendarEntry, ...]:
        if self._base_calendar is None:
            return ()
        return year_entries(self._base_calendar, self._overrides(), year)

    def holiday_on(self, day: date) -> CalendarEntry | None:
        return next((entry for entry in self.calendar_entries(day.year) if entry.day == day
                     and entry.kind is not CalendarDayKind.COMPENSATORY_WORKING_DAY), None)

    def validate_calendar_entry(self, draft: CalendarDraft) -> tuple[CalendarProblem, ...]:
        if self._base_calendar is None:
            return (CalendarProblem.NOT_EDITABLE,)
        return calendar_problems(draft, self._base_calendar, self._overrides())

    def save_calendar_entry(self, draft: CalendarDraft) -> ActionResult:
        if not self._may(Permission.EDIT_CALENDAR):
            return ActionResult(ActionOutcome.PERMISSION_DENIED)
        problems = self.validate_calendar_entry(draft)
        kind = override_kind(draft.kind)
        if problems or kind is None:
            return ActionResult(ActionOutcome.INVALID, problems=tuple(problem.value for problem in problems))

        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                at = self.desk.clock.now()
                if draft.entry_id is None:
                    work.calendar.add(draft.day, kind, name_en=draft.name_en, name_hi=draft.name_hi,
                                      actor=self._login, at=at)
                else:
                    work.calendar.update(draft.entry_id, kind=kind, name_en=draft.name_en, name_hi=draft.name_hi,
                                         actor=self._login, at=at)
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_CALENDAR)

    def delete_calendar_entry(self, entry_id: int) -> ActionResult:
        def act() -> ActionResult:
            with self.desk.database.unit_of_work() as work:
                work.calendar.delete(entry_id, actor=self._login, at=self.desk.clock.now())
            return ActionResult(ActionOutcome.OK)

        return self._act(act, Permission.EDIT_CALENDAR)

    def _overrides(self) -> list[CalendarOverrideRecord]:
        with self.desk.database.reading() as work:
            return work.calendar.list()

    def _load_calendar_overrides(self) -> None:
        """The district's own holidays and working days from storage, folded into the desk's calendar."""
        if self._base_calendar is None:
            return
        self.desk.replace_calendar(calendar_with(self._base_calendar, self._overrides()))


# -- the periods ----------------------------------------------------------------------------------


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


def year_entries(base: BusinessCalendar, overrides: Iterable[CalendarOverrideRecord],
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
