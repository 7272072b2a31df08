"""The roster in bulk: all or nothing, audited, and an export re-imports onto the same rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import insert

from console.domain import AvailabilityStatus
from db.codes import RosterAction, RosterEntity
from db.database import Database
from db.errors import ConflictError
from db.models import Officer as OfficerModel
from db.repositories.officers import RosterOfficer
from db.repositories.roster import RosterBatch, RosterCounts
from tests.db.factories import T0, leave, officer, representative


def apply(database: Database, batch: RosterBatch, actor: str = "admin") -> object:
    with database.unit_of_work() as work:
        return work.roster.apply(batch, actor=actor, at=T0, source="roster import hardoi.xlsx")


def full_batch() -> RosterBatch:
    return RosterBatch(
        officers=[officer(1), officer(2, superior_id=1, other_numbers=("+919999900002",)), officer(3, superior_id=2)],
        representatives=[representative(1), representative(2, numbers=("+919454000021", "+919454000022"))],
        periods=[leave(2, alternate=3)],
    )


def snapshot(database: Database) -> tuple[object, ...]:
    with database.reading() as work:
        return (work.roster.export_officers(), work.roster.export_representatives(),
                [p.period for p in work.roster.export_periods()], work.audit.recent())


def test_a_batch_is_written_with_one_audit_row_per_entry(database: Database) -> None:
    result = apply(database, full_batch())
    assert result.officers == RosterCounts(created=3)  # type: ignore[attr-defined]
    assert result.representatives == RosterCounts(created=2)  # type: ignore[attr-defined]
    assert result.periods == RosterCounts(created=1)  # type: ignore[attr-defined]
    with database.reading() as work:
        assert work.officers.get(2) == officer(2, superior_id=1, other_numbers=("+919999900002",))
        assert work.representatives.get(2).registered_numbers == ("+919454000021", "+919454000022")
        history = work.audit.history(RosterEntity.OFFICER, 2)
    (created,) = history
    assert (created.actor, created.at, created.action, created.source) == (
        "admin", T0, RosterAction.CREATED, "roster import hardoi.xlsx"
    )
    assert created.before is None and created.after is not None
    assert created.after["official_number"] == "+919415000002"


def test_exporting_and_reimporting_changes_nothing(database: Database) -> None:
    apply(database, full_batch())
    with database.reading() as work:
        batch = RosterBatch(
            officers=work.roster.export_officers(),
            representatives=work.roster.export_representatives(),
            periods=[record.period for record in work.roster.export_periods()],
        )
    before = snapshot(database)
    result = apply(database, batch)
    assert result.officers == RosterCounts(unchanged=3)  # type: ignore[attr-defined]
    assert result.periods == RosterCounts(unchanged=1)  # type: ignore[attr-defined]
    assert snapshot(database) == before  # not even an audit row


def test_changes_are_audited_with_before_and_after(database: Database) -> None:
    apply(database, full_batch())
    changed = replace(officer(3, superior_id=2), designation_en="SDM", official_number="+919415099999")
    result = apply(database, RosterBatch(officers=[changed]), actor="supervisor")
    assert result.officers == RosterCounts(updated=1)  # type: ignore[attr-defined]
    with database.reading() as work:
        assert work.officers.get(3).official_number == "+919415099999"
        assert work.officers.find_by_number("+919415099999") == changed
        assert work.officers.find_by_number("+919415000003") is None
        update = work.audit.history(RosterEntity.OFFICER, 3)[-1]
    assert update.actor == "supervisor" and update.action == RosterAction.UPDATED
    assert (update.before or {})["designation_en"] == "Tehsildar" and (update.after or {})["designation_en"] == "SDM"


def test_a_full_list_deactivates_officers_who_left_but_keeps_them(database: Database) -> None:
    apply(database, full_batch())
    result = apply(database, RosterBatch(officers=[officer(1), officer(2, superior_id=1, other_numbers=("+919999900002",))],
                                         deactivate_missing_officers=True))
    assert result.officers == RosterCounts(unchanged=2, deactivated=1)  # type: ignore[attr-defined]
    with database.reading() as work:
        assert [o.id for o in work.officers.list_active()] == [1, 2]
        assert RosterOfficer(officer(3, superior_id=2), active=False, code="3") in work.roster.export_officers()
        assert work.audit.history(RosterEntity.OFFICER, 3)[-1].action == RosterAction.DEACTIVATED


@pytest.mark.parametrize(
    ("batch", "error", "message"),
    [
        (RosterBatch(officers=[officer(4, superior_id=5), officer(5, superior_id=4)]), ValueError, "cycle"),
        (RosterBatch(officers=[officer(4), officer(4)]), ValueError, "officer 4 appears twice"),
        (RosterBatch(officers=[officer(4, superior_id=99)]), ConflictError, "superior 99 is not on the roster"),
        (RosterBatch(officers=[officer(4, number="+919415000001")]), ConflictError, "already belongs to officer 1"),
        (RosterBatch(officers=[officer(4), officer(5, number="+919415000004")]), ValueError, "given to officers 4 and 5"),
        (RosterBatch(officers=[officer(4, number="")]), ValueError, "has no official number"),
        (RosterBatch(periods=[leave(2, alternate=77)]), ConflictError, "alternate 77 is not on the roster"),
        (RosterBatch(periods=[leave(2, alternate=2)]), ValueError, "their own alternate"),
        (RosterBatch(periods=[leave(2, alternate=3, start=T0)]), ConflictError, "overlaps"),
        (RosterBatch(officers=[officer(4)], periods=[leave(88, alternate=None)]), ConflictError, "officer 88"),
    ],
)
def test_a_bad_batch_leaves_the_database_exactly_as_it_was(
    database: Database, batch: RosterBatch, error: type[Exception], message: str
) -> None:
    apply(database, full_batch())
    before = snapshot(database)
    with pytest.raises(error, match=message):
        apply(database, batch)
    assert snapshot(database) == before


def test_leave_orders_replace_the_future_periods_they_no_longer_list(database: Database) -> None:
    apply(database, full_batch())
    with database.reading() as work:
        (replaced,) = work.roster.export_periods()
    training = leave(3, alternate=1, start=T0 + timedelta(days=5), status=AvailabilityStatus.TRAINING)
    result = apply(database, RosterBatch(periods=[training], replace_periods_ending_after=T0))
    assert result.periods == RosterCounts(created=1, deleted=1)  # type: ignore[attr-defined]
    with database.reading() as work:
        assert [record.period for record in work.roster.export_periods()] == [training]
        assert [change.action for change in work.audit.history(RosterEntity.AVAILABILITY, replaced.id)] == [
            RosterAction.CREATED, RosterAction.DELETED
        ]


def test_roster_ids_do_not_collide_with_later_inserts(database: Database) -> None:
    apply(database, RosterBatch(officers=[officer(500)]))
    with database.unit_of_work() as work:
        new_id = work.session.execute(
            insert(OfficerModel).values(name_en="New", name_hi="नया", designation_en="BDO", designation_hi="खंड विकास अधिकारी",
                                        department="Rural Development", office="Bawan", active=True, updated_at=T0,
                                        code="HRD-NEW")
            .returning(OfficerModel.id)
        ).scalar_one()
        assert new_id > 500
        assert work.officers.next_id() == new_id + 1


def test_ten_thousand_officers_go_in_one_transaction(database: Database) -> None:
    batch = RosterBatch(officers=[officer(i) for i in range(1, 10_001)])
    result = apply(database, batch)
    assert result.officers == RosterCounts(created=10_000)  # type: ignore[attr-defined]
    with database.reading() as work:
        assert len(work.officers.list_active()) == 10_000
        assert len(work.roster.officer_numbers()) == 10_000
