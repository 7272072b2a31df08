"""Roster codes on officers and representatives: kept, defaulted, never shared, and given to old rows."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from db.database import Database
from db.engine import create_database_engine
from db.errors import ConflictError
from db.migrate import downgrade_to, upgrade_to_head
from db.models import Officer as OfficerModel
from db.repositories.officers import RosterOfficer, RosterRepresentative
from db.repositories.roster import RosterBatch
from tests.console.roster_command_support import dump
from tests.db.factories import T0, officer, representative


def apply(database: Database, batch: RosterBatch) -> None:
    with database.unit_of_work() as work:
        work.roster.apply(batch, actor="admin", at=T0, source="test")


def test_codes_are_stored_and_come_back(database: Database) -> None:
    apply(database, RosterBatch(
        officers=[RosterOfficer(officer(1), code="HRD-0001"), RosterOfficer(officer(2, superior_id=1), code="HRD-0002")],
        representatives=[RosterRepresentative(representative(7), code="MLA-SANDILA")],
    ))
    with database.reading() as work:
        assert work.roster.officer_codes() == {"HRD-0001": 1, "HRD-0002": 2}
        assert work.roster.representative_codes() == {"MLA-SANDILA": 7}
        assert [entry.code for entry in work.roster.export_officers()] == ["HRD-0001", "HRD-0002"]
        assert work.roster.next_ids() == (3, 8)


def test_without_a_code_a_new_row_takes_its_id_and_a_stored_row_keeps_its_code(database: Database) -> None:
    apply(database, RosterBatch(officers=[officer(1), RosterOfficer(officer(2), code="HRD-0002")]))
    apply(database, RosterBatch(officers=[officer(2, name_en="Renamed")]))
    with database.reading() as work:
        assert work.roster.officer_codes() == {"1": 1, "HRD-0002": 2}


def test_a_code_already_held_by_another_row_is_refused_and_nothing_is_written(database: Database) -> None:
    apply(database, RosterBatch(officers=[RosterOfficer(officer(1), code="HRD-0001")]))
    before = dump(database)
    with pytest.raises(ConflictError, match="code HRD-0001 already belongs to officer 1"):
        apply(database, RosterBatch(officers=[RosterOfficer(officer(2), code="HRD-0001")]))
    with pytest.raises(ValueError, match="code X is given to officers 3 and 4"):
        apply(database, RosterBatch(officers=[RosterOfficer(officer(3), code="X"), RosterOfficer(officer(4), code="X")]))
    assert dump(database) == before


def test_a_deactivated_officer_keeps_their_code(database: Database) -> None:
    apply(database, RosterBatch(officers=[RosterOfficer(officer(1), code="A"), RosterOfficer(officer(2), code="B")]))
    apply(database, RosterBatch(officers=[RosterOfficer(officer(1), code="A")], deactivate_missing_officers=True))
    with database.reading() as work:
        assert [(entry.code, entry.active) for entry in work.roster.export_officers()] == [("A", True), ("B", False)]


def test_rows_stored_before_codes_existed_get_their_id_as_code(empty_database_url: URL) -> None:
    engine = create_database_engine(empty_database_url)
    upgrade_to_head(engine)
    downgrade_to(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO officers (id, name_en, name_hi, designation_en, designation_hi, department, office, active, "
            "updated_at) VALUES (41, 'Old', 'पुराना', 'BDO', 'खण्ड विकास अधिकारी', 'Rural Development', 'Bawan', "
            ":yes, :at)"
        ), {"yes": True, "at": T0})
        connection.execute(text(
            "INSERT INTO representatives (id, kind, name_en, name_hi, constituency, active, updated_at) "
            "VALUES (9, 'mla', 'Old', 'पुराना', 'Sandila', :yes, :at)"
        ), {"yes": True, "at": T0})
    upgrade_to_head(engine)
    database = Database(engine)
    with database.reading() as work:
        assert work.roster.officer_codes() == {"41": 41}
        assert work.roster.representative_codes() == {"9": 9}
    with pytest.raises(IntegrityError, match="(?i)unique"), database.unit_of_work() as work:
        work.session.execute(insert(OfficerModel).values(
            code="41", name_en="x", name_hi="x", designation_en="x", designation_hi="x", department="x", office="x",
            active=True, updated_at=T0,
        ))
    engine.dispose()
