"""Operators racing on one case never lose a complaint (issue 11, item 10).

Three operators log the same representative's complaint about the same officer
at the same moment, round after round, on separate connections: every
complaint is recorded once, on the one open case, whatever the backend.
"""

from __future__ import annotations

import threading
from collections import Counter

from console.desk.complaints import Complaint
from console.desk.desk import Desk
from console.desk.errors import DeskError
from tests.desk.people import MLA, SDM

OPERATORS = 3
ROUNDS = 12


def test_three_operators_logging_the_same_complaint_at_once_are_all_recorded(desk: Desk) -> None:
    start = threading.Barrier(OPERATORS)
    refused: list[str] = []
    cases: Counter[int] = Counter()
    lock = threading.Lock()

    def operator(name: str) -> None:
        for round_number in range(ROUNDS):
            start.wait(timeout=60)  # all three press Enter together
            try:
                logged = desk.log_complaint(Complaint(MLA.id, SDM.id, note=f"{name} round {round_number}"),
                                            actor=name)
            except DeskError as error:
                with lock:
                    refused.append(f"{name}: {error}")
            else:
                with lock:
                    cases[logged.record.id] += 1

    threads = [threading.Thread(target=operator, args=(f"op{number}",)) for number in range(1, OPERATORS + 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert refused == []
    assert len(cases) == 1 and sum(cases.values()) == OPERATORS * ROUNDS  # one open case, every complaint on it
    (case_id,) = cases
    timeline = desk.timeline(case_id)
    assert len(timeline) == OPERATORS * ROUNDS
    assert desk.case(case_id).complaint_count == OPERATORS * ROUNDS
