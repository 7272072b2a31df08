"""Three workstations starting at once on an empty database: one migrates, none fails."""

from __future__ import annotations

import threading

from sqlalchemy.engine import URL

from db.engine import create_database_engine
from db.migrate import current_revision, head_revision, upgrade_to_head


def test_workstations_starting_together_migrate_once(empty_database_url: URL) -> None:
    engines = [create_database_engine(empty_database_url) for _ in range(3)]
    barrier = threading.Barrier(len(engines))
    outcomes: list[object] = []

    def start(index: int) -> None:
        barrier.wait(timeout=10)
        try:
            outcomes.append(upgrade_to_head(engines[index]))
        except Exception as error:  # the test reports it below
            outcomes.append(error)

    threads = [threading.Thread(target=start, args=(index,)) for index in range(len(engines))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [outcome for outcome in outcomes if isinstance(outcome, Exception)] == []
    assert sorted(outcomes, key=str) == [False, False, True]  # exactly one migrated
    assert current_revision(engines[0]) == head_revision()
    for engine in engines:
        engine.dispose()
