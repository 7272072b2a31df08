"""The other process of the change-feed test: it logs a case and says when it has committed."""

from __future__ import annotations

from multiprocessing.queues import Queue

from db.database import Database
from db.engine import create_database_engine
from tests.db.factories import log_case


def log_one_case(url: str, committed: Queue[int]) -> None:
    database = Database(create_database_engine(url))
    try:
        committed.put(log_case(database, 1, 2).id)
    finally:
        database.dispose()
