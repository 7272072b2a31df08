"""``audit verify`` as a use case: the hash chain walked, every case replayed against its stored row.

Also the chain head for whoever prints the record (the export's Summary sheet):
:func:`current_chain_head` gives ``"position:hash"`` or None for an empty record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from console.case_replay import HistoryBroken, ReplayEvent, disagreements, replay
from db.chain import chain_head
from db.chain_check import ChainBreak, StoredCase, cases_with_events, walk_chain
from db.database import Database

MAX_CASES_NAMED = 50  # a report beyond this names the first ones and counts the rest


@dataclass(frozen=True)
class CaseDisagreement:
    case_code: str
    fields: tuple[str, ...]  # stored columns that differ from the history; ("timeline",) when it cannot be one
    detail: str = ""


@dataclass(frozen=True)
class AuditReport:
    entries: int  # links that hold
    head: str | None  # "position:hash" of the last link that holds
    first_break: ChainBreak | None
    cases: int
    disagreeing: tuple[CaseDisagreement, ...]
    disagreeing_count: int
    expected_found: bool | None  # for ``expect``: is that printed head still in the chain?

    @property
    def intact(self) -> bool:
        return self.first_break is None and not self.disagreeing_count and self.expected_found is not False


def current_chain_head(database: Database) -> str | None:
    """The record's chain head now, as printed on exports and accepted by ``audit verify --expect``."""
    with database.reading() as work:
        head = chain_head(work.session.connection())
    return None if head is None else str(head)


def verify_record(database: Database, *, expect: str | None = None,
                  progress: Callable[[int], None] | None = None) -> AuditReport:
    with database.reading() as work:
        connection = work.session.connection()
        walk = walk_chain(connection, expect=expect)
        named: list[CaseDisagreement] = []
        count = cases = 0
        for case in cases_with_events(connection):
            cases += 1
            found = check_case(case)
            if found is not None:
                count += 1
                if len(named) < MAX_CASES_NAMED:
                    named.append(found)
            if progress is not None and cases % 10_000 == 0:
                progress(cases)
    head = None if walk.head is None else str(walk.head)
    return AuditReport(walk.links, head, walk.first_break, cases, tuple(named), count, walk.expected_found)


def check_case(case: StoredCase) -> CaseDisagreement | None:
    events = [ReplayEvent(row["at"], row["action"], row["from_state"], row["to_state"], row["details"] or {})
              for row in case.events]
    try:
        replayed = replay(events)
    except HistoryBroken as error:
        return CaseDisagreement(case.case_code, ("timeline",), str(error))
    differing = disagreements(case.fields, replayed)
    return CaseDisagreement(case.case_code, differing) if differing else None
