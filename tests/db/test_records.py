"""Availability periods, calendar overrides, users and incoming messages; every register change audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from console.domain import AvailabilityStatus, UserRole
from db.codes import CalendarOverrideKind, IncomingChannel, RosterAction, RosterEntity
from db.database import Database
from db.errors import ConflictError, NotFoundError
from tests.db.factories import T0, leave, log_case, seed_roster


def test_a_period_is_added_changed_and_removed_with_an_audit_trail(database: Database) -> None:
    seed_roster(database)
    with database.unit_of_work() as work:
        added = work.availability.add(leave(2, alternate=3), actor="operator1", at=T0)
    with database.unit_of_work() as work:
        assert work.availability.current(2, T0) == added
        longer = leave(2, alternate=3, days=5)
        work.availability.update(added.id, longer, actor="supervisor", at=T0 + timedelta(hours=1))
        assert [r.period for r in work.availability.periods_of(2)] == [longer]
    with database.unit_of_work() as work:
        work.availability.delete(added.id, actor="supervisor", at=T0 + timedelta(hours=2))
        assert work.availability.current(2, T0) is None
        trail = work.audit.history(RosterEntity.AVAILABILITY, added.id)
    assert [(c.actor, c.action) for c in trail] == [
        ("operator1", RosterAction.CREATED), ("supervisor", RosterAction.UPDATED), ("supervisor", RosterAction.DELETED)
    ]
    assert trail[1].before is not None and trail[1].after is not None
    assert trail[1].after["ends_at"] == "2026-03-06T05:00:00+00:00"  # from 1 March, five days


def test_overlapping_and_backward_periods_are_refused(database: Database) -> None:
    seed_roster(database)
    with database.unit_of_work() as work:
        work.availability.add(leave(2, alternate=3), actor="operator1", at=T0)
    with pytest.raises(ConflictError, match="overlaps"):
        with database.unit_of_work() as work:
            work.availability.add(leave(2, alternate=None, start=T0, status=AvailabilityStatus.TRAINING),
                                  actor="operator1", at=T0)
    with pytest.raises(ValueError, match="before it starts"):
        with database.unit_of_work() as work:
            work.availability.add(leave(2, alternate=3, start=T0 + timedelta(days=9), days=-1), actor="x", at=T0)
    with database.reading() as work:
        assert len(work.availability.periods_of(2)) == 1


def test_calendar_overrides_one_per_day_and_audited(database: Database) -> None:
    with database.unit_of_work() as work:
        holiday = work.calendar.add(date(2026, 3, 5), CalendarOverrideKind.LOCAL_HOLIDAY, name_en="Local fair",
                                    name_hi="स्थानीय मेला", actor="supervisor", at=T0)
        work.calendar.add(date(2026, 3, 8), CalendarOverrideKind.WORKING_DAY, name_en="Compensatory",
                          name_hi="प्रतिकर कार्य दिवस", actor="supervisor", at=T0)
    with pytest.raises(ConflictError, match="2026-03-05 already has"):
        with database.unit_of_work() as work:
            work.calendar.add(date(2026, 3, 5), CalendarOverrideKind.WORKING_DAY, name_en="x", name_hi="x",
                              actor="supervisor", at=T0)
    with database.unit_of_work() as work:
        work.calendar.update(holiday.id, kind=CalendarOverrideKind.LOCAL_HOLIDAY, name_en="Fair", name_hi="मेला",
                             actor="admin", at=T0)
        work.calendar.delete(holiday.id, actor="admin", at=T0)
        assert [o.day for o in work.calendar.list(year=2026)] == [date(2026, 3, 8)]
        assert work.calendar.list(year=2025) == []
        assert [c.action for c in work.audit.history(RosterEntity.CALENDAR, holiday.id)] == [
            RosterAction.CREATED, RosterAction.UPDATED, RosterAction.DELETED
        ]


def test_users_are_unique_keep_only_a_hash_and_are_deactivated_not_deleted(database: Database) -> None:
    with database.unit_of_work() as work:
        work.users.add("asha", display_name="Asha Verma", role=UserRole.OPERATOR, actor="admin", at=T0)
    with pytest.raises(ConflictError, match="'asha' already exists"):
        with database.unit_of_work() as work:
            work.users.add("asha", display_name="Other", role=UserRole.ADMIN, actor="admin", at=T0)
    with database.unit_of_work() as work:
        work.users.set_password_hash("asha", "scrypt$abc", actor="admin", at=T0)
        user = work.users.update("asha", role=UserRole.SUPERVISOR, active=False, actor="admin", at=T0)
        assert (user.role, user.active, user.has_password) == (UserRole.SUPERVISOR, False, True)
        assert work.users.password_hash("asha") == "scrypt$abc"
        trail = work.audit.history(RosterEntity.USER, user.id)
    assert [c.action for c in trail] == [RosterAction.CREATED, RosterAction.UPDATED, RosterAction.DEACTIVATED]
    assert "scrypt$abc" not in repr([c.after for c in trail])
    with database.reading() as work, pytest.raises(NotFoundError):
        work.users.password_hash("nobody")


def test_incoming_messages_are_kept_and_matched(database: Database) -> None:
    seed_roster(database)
    case = log_case(database)
    with database.unit_of_work() as work:
        reply = work.incoming.record(IncomingChannel.SMS, sender="+919415000002", text="HRD-2026-1 done",
                                     received_at=T0, modem_name="modem-1")
        stranger = work.incoming.record(IncomingChannel.CALL, sender="+911234", received_at=T0 + timedelta(seconds=5))
        assert [m.id for m in work.incoming.unhandled()] == [reply.id, stranger.id]
        sender = work.officers.find_by_number(reply.sender)
        assert sender is not None
        work.incoming.resolve(reply.id, at=T0, officer_id=sender.id, escalation_id=case.id)
        work.incoming.resolve(stranger.id, at=T0)
    with database.reading() as work:
        assert work.incoming.unhandled() == []
        latest, first = work.incoming.recent()
    assert (first.officer_id, first.escalation_id, first.handled) == (2, case.id, True)
    assert (latest.kind, latest.officer_id) == (IncomingChannel.CALL, None)


def test_officers_and_representatives_are_found_by_number(database: Database) -> None:
    seed_roster(database)
    with database.reading() as work:
        assert work.representatives.find_by_number("+919454000001") == work.representatives.get(1)
        assert work.representatives.find_by_number("+910000000000") is None
        assert [o.id for o in work.officers.superiors_of(3)] == [1]
        assert work.officers.departments() == ["Revenue"]
        with pytest.raises(NotFoundError, match="officer 99"):
            work.officers.get(99)
