"""Past cases in bulk: rows and timelines together, numbered in order, checked, and never a second open case."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from console.domain import ContactChannel, EscalationState
from db.database import Database
from db.errors import ConflictError
from db.repositories.escalation_history import PastCase, PastEvent
from tests.console.roster_command_support import dump
from tests.db.factories import ACTOR, T0, log_case, seed_roster

S = EscalationState


def closed_case(representative_id: int = 1, officer_id: int = 2, *, at: datetime = T0) -> PastCase:
    minute = timedelta(minutes=1)
    events = (
        PastEvent(ACTOR, at, "log", None, S.DUE, {"channel": "phone"}),
        PastEvent(ACTOR, at + 2 * minute, "instruct", S.DUE, S.INSTRUCTED, {"channels": "call,sms"}),
        PastEvent("system", at + 9 * minute, "confirm", S.INSTRUCTED, S.CONFIRMED, {"method": "sms_reply"}),
        PastEvent(ACTOR, at + 12 * minute, "close", S.CONFIRMED, S.CLOSED),
    )
    return PastCase(
        district_code="HRD", representative_id=representative_id, officer_id=officer_id, state=S.CLOSED,
        channel=ContactChannel.MOBILE, representative_called_at=at - 12 * minute, logged_at=at, operator=ACTOR,
        events=events, instructed_at=at + 2 * minute, instruction_count=1, confirmed_at=at + 9 * minute,
        callback_at=at + 9 * minute, confirmation_method="sms_reply", closed_at=at + 12 * minute,
    )


def open_case(representative_id: int = 1, officer_id: int = 2, *, at: datetime = T0) -> PastCase:
    case = closed_case(representative_id, officer_id, at=at)
    return replace(case, state=S.INSTRUCTED, events=case.events[:2], confirmed_at=None, callback_at=None,
                   confirmation_method=None, closed_at=None)


def test_cases_and_their_timelines_go_in_together_numbered_in_order(database: Database) -> None:
    seed_roster(database)
    day = timedelta(days=1)
    with database.unit_of_work() as work:
        counts = work.escalations.import_past([closed_case(at=T0), closed_case(at=T0 + day), open_case(at=T0 + 2 * day)])
    assert (counts.cases, counts.events, counts.open_cases) == (3, 10, 1)
    with database.reading() as work:
        cases = work.escalations.logged_between(T0, T0 + 3 * day)
        assert [case.case_code for case in cases] == ["HRD-2026-000001", "HRD-2026-000002", "HRD-2026-000003"]
        assert [case.version for case in cases] == [1, 1, 1]
        timeline = work.escalations.timeline(cases[0].id)
        assert [(event.action, event.to_state) for event in timeline] == [
            ("log", S.DUE), ("instruct", S.INSTRUCTED), ("confirm", S.CONFIRMED), ("close", S.CLOSED)
        ]
        assert cases[0].last_event_at == timeline[-1].at and cases[0].callback_at == T0 + timedelta(minutes=9)
        assert work.escalations.find_open(1, 2) == cases[2]


def test_later_cases_continue_the_numbers_and_the_ids(database: Database) -> None:
    seed_roster(database)
    with database.unit_of_work() as work:
        work.escalations.import_past([closed_case(at=T0 - timedelta(days=2))])
    logged = log_case(database, 1, 3)
    assert logged.case_code == "HRD-2026-000002"
    with database.unit_of_work() as work:
        work.escalations.import_past([closed_case(1, 2, at=T0 - timedelta(days=1))])
        assert work.escalations.find_open(1, 3) == logged
    with database.reading() as work:
        codes = sorted(case.case_code for case in work.escalations.logged_between(T0 - timedelta(days=3), T0 + timedelta(1)))
    assert codes == ["HRD-2026-000001", "HRD-2026-000002", "HRD-2026-000003"]
    assert log_case(database, 2, 2).id > logged.id


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (lambda case: replace(case, state=S.CONFIRMED), "the case is confirmed but its timeline ends closed"),
        (lambda case: replace(case, events=case.events[1:]), "the first event must log the case"),
        (lambda case: replace(case, events=(case.events[0], case.events[2])), "confirm starts from"),
        (lambda case: replace(case, events=(*case.events[:3], replace(case.events[3], actor=""))), "needs its actor"),
        (lambda case: replace(case, events=(*case.events[:3], replace(case.events[3], at=T0))), "comes before"),
    ],
    ids=["state", "first event", "broken chain", "no actor", "out of order"],
)
def test_a_case_whose_row_and_timeline_disagree_is_refused(database: Database, broken: object, message: str) -> None:
    seed_roster(database)
    before = dump(database)
    assert callable(broken)
    with pytest.raises(ValueError, match=message), database.unit_of_work() as work:
        work.escalations.import_past([closed_case(at=T0 - timedelta(days=1)), broken(closed_case())])
    assert dump(database) == before


def test_a_second_open_case_of_a_pair_is_refused_and_nothing_is_written(database: Database) -> None:
    seed_roster(database)
    before = dump(database)
    with pytest.raises(ConflictError, match="past cases refused"), database.unit_of_work() as work:
        work.escalations.import_past([open_case(at=T0), open_case(at=T0 + timedelta(hours=1))])
    assert dump(database) == before
