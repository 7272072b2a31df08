"""What the window reads: the live state, queue rows, a case's detail, the roster's searches and availability.

Each read builds the window's rows (:mod:`console.desk.window_rows`) from one read
of storage and the desk's roster; a database that cannot be reached answers
:class:`ServiceUnavailable`. The search indexes are rebuilt on the thread that
heard the roster change, so a keystroke in the window never waits on the database.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Mapping, Sequence

from console.desk import window_rows as views
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.records import short_code
from console.desk.window_lists import ListRecords
from console.domain import Officer, OutboxKind
from console.events import RosterChanged
from console.place_names import PlaceNames
from console.search import OfficerIndex, RepresentativeIndex
from console.views import (
    AvailabilityDecision,
    CaseDetail,
    IncomingRow,
    LiveState,
    OfficerRow,
    OutboxRow,
    QueueRow,
    RepresentativeRow,
)
from console.window_interface import ServiceUnavailable
from db.errors import DatabaseUnavailableError, NotFoundError
from db.repositories.escalations import EscalationRecord
from modem.state import ModemStatus


class LiveReads:
    """The reading part of :class:`~console.desk.window_adapter.DeskService`."""

    desk: Desk
    workstation: str
    _modem_statuses: Callable[[], Sequence[ModemStatus]]
    _rows: int
    _revision: itertools.count[int]
    _revision_now: int
    _lock: threading.Lock
    _indexes: tuple[object, OfficerIndex, RepresentativeIndex] | None
    _places: PlaceNames

    def load_live_state(self, *, first_screen: bool = False) -> LiveState:
        try:
            return self._load_live_state(first_screen)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _load_live_state(self, first_screen: bool) -> LiveState:
        """The whole state, or (``first_screen``) all but the officers' grid: the queue's names come with its open
        cases and the outbox's and incoming's officers are read by id, so the start reads no roster."""
        desk, now = self.desk, self.desk.clock.now()
        with desk.database.reading() as work:
            live = work.live_records.load(now, officers=not first_screen)
            codes = {case.escalation.id: str(short_code(case.escalation)) for case in live.open_cases}
            lists = ListRecords.read(work, work.outbox.recent(limit=self._rows), work.incoming.recent(limit=self._rows),
                                     codes)
            people = tuple((user.username, user.display_name) for user in work.users.list() if user.display_name)
            present = work.presence.current(seen_since=now - views.PRESENCE_HORIZON)
            if first_screen:
                named: Mapping[int, Officer] = work.officers.by_id(lists.officer_ids())
                departments = tuple(work.officers.departments())
        settings = desk.settings
        queue = views.open_queue(live.open_cases, present, self.workstation, settings.calendar, settings.policy)
        if not first_screen:
            roster = desk.roster()
            named = roster.officers
            departments = tuple(sorted({officer.department for officer in roster.officers.values()}))
        officers = tuple(views.officer_row(entry.officer, entry.period, entry.period_id, entry.alternate, self._places)
                         for entry in live.officers)
        return LiveState(
            revision=self._revision_now,
            generated_at=now,
            queue=queue,
            officers=officers,
            modems=tuple(views.modem_row(status) for status in self._modem_statuses()),
            outbox=lists.outbox_rows(named),
            incoming=lists.incoming_rows(named),
            departments=departments,
            people=people,
            complete=not first_screen,
            list_limit=self._rows,
        )

    def queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        try:
            return self._queue_rows(case_ids)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _queue_rows(self, case_ids: tuple[int, ...]) -> tuple[QueueRow, ...]:
        desk, now = self.desk, self.desk.clock.now()
        roster = desk.roster()
        records: list[EscalationRecord] = []
        with desk.database.reading() as work:
            for case_id in case_ids:
                try:
                    records.append(work.escalations.get(case_id))
                except NotFoundError:
                    continue
            present = work.presence.current(seen_since=now - views.PRESENCE_HORIZON)
        settings = desk.settings
        return tuple(views.with_presence(views.queue_row(record, roster.officers, roster.representatives,
                                                         settings.calendar, settings.policy), present, self.workstation)
                     for record in records if record.state.is_open)

    def outbox_rows(self, outbox_ids: tuple[int, ...]) -> tuple[OutboxRow, ...]:
        try:
            return self._list_rows(outbox_ids, ()).outbox_rows(self.desk.roster().officers)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def incoming_rows(self, incoming_ids: tuple[int, ...]) -> tuple[IncomingRow, ...]:
        try:
            return self._list_rows((), incoming_ids).incoming_rows(self.desk.roster().officers)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _list_rows(self, outbox_ids: tuple[int, ...], incoming_ids: tuple[int, ...]) -> ListRecords:
        with self.desk.database.reading() as work:
            return ListRecords.read(work, work.outbox.of_ids(outbox_ids), work.incoming.of_ids(incoming_ids))

    def case_detail(self, case_id: int) -> CaseDetail | None:
        try:
            return self._case_detail(case_id)
        except DatabaseUnavailableError as error:
            raise ServiceUnavailable(str(error)) from error

    def _case_detail(self, case_id: int) -> CaseDetail | None:
        desk = self.desk
        roster = desk.roster()
        try:
            record = desk.case(case_id)
        except DeskError:
            return None
        with desk.database.reading() as work:
            events = work.escalations.timeline(case_id)
            outbox = work.outbox.of_escalation(case_id)
            outcomes = work.outbox.last_outcomes([row.id for row in outbox if row.kind is OutboxKind.CALL])
        now = desk.clock.now()
        decision = roster.who_to_contact(record.officer_id, now)
        availability = self.availability_now(record.officer_id)
        officer_row = officer_rows(desk, self._places, [record.officer_id]).get(record.officer_id)
        if availability is None or officer_row is None:
            return None
        person = roster.representatives.get(record.representative_id)
        settings = desk.settings
        return CaseDetail(
            row=views.queue_row(record, roster.officers, roster.representatives, settings.calendar, settings.policy),
            representative_number=person.registered_numbers[0] if person and person.registered_numbers else "",
            officer=officer_row,
            availability=availability,
            timeline=views.timeline(events, outbox, outcomes, roster.officers),
            allowed_actions=views.allowed_actions(record, decision, now=now,
                                                  office_open=settings.calendar.is_open(now)),
            reinstructions=record.reinstruction_count,
        )

    def search_officers(self, text: str, limit: int) -> tuple[OfficerRow, ...]:
        ids = self._search_indexes()[1].search(text, limit)
        rows = officer_rows(self.desk, self._places, ids)
        return tuple(rows[officer_id] for officer_id in ids if officer_id in rows)

    def search_representatives(self, text: str, limit: int) -> tuple[RepresentativeRow, ...]:
        roster = self.desk.roster()
        ids = self._search_indexes()[2].search(text, limit)
        return tuple(views.representative_row(roster.representatives[i], self._places)
                     for i in ids if i in roster.representatives)

    def availability_now(self, officer_id: int) -> AvailabilityDecision | None:
        roster = self.desk.roster()
        if officer_id not in roster.officers:
            return None
        decision = roster.who_to_contact(officer_id, self.desk.clock.now())
        ids = [officer_id] + [step.officer_id for step in decision.chain]
        if decision.contact_officer_id is not None:
            ids.append(decision.contact_officer_id)
        return views.availability_decision(decision, officer_rows(self.desk, self._places, ids))

    def _index_changed_roster(self, _event: RosterChanged) -> None:
        self._search_indexes()

    def _search_indexes(self) -> tuple[object, OfficerIndex, RepresentativeIndex]:
        roster = self.desk.roster()
        with self._lock:
            indexes = self._indexes
        if indexes is None or indexes[0] is not roster:
            indexes = (roster, OfficerIndex.build(roster.officers.values()),
                       RepresentativeIndex.build(roster.representatives.values()))
            with self._lock:
                self._indexes = indexes
        return indexes


def officer_rows(desk: Desk, places: PlaceNames, ids: Sequence[int]) -> dict[int, OfficerRow]:
    """The officers of ``ids`` on the roster, each with their availability now and its alternate."""
    roster = desk.roster()
    now = desk.clock.now()
    rows: dict[int, OfficerRow] = {}
    for officer_id in ids:
        officer = roster.officers.get(officer_id)
        if officer is None:
            continue
        period = roster.schedule.period_at(officer_id, now)
        period_id = next((pid for pid, p in roster.period_ids.items() if p == period), None) if period else None
        alternate = roster.officers.get(period.alternate_officer_id) if period and period.alternate_officer_id \
            else None
        rows[officer_id] = views.officer_row(officer, period, period_id, alternate, places)
    return rows
