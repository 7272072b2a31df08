"""The other workstation of the propagation benchmark: prints the monotonic time of every change it hears.

    python -m bench.shared_listener feed URL     # the console's change feed (LISTEN/NOTIFY, or SQLite polling)
    python -m bench.shared_listener raw URL      # bare psycopg LISTEN (the floor the feed is compared with)
"""

from __future__ import annotations

import sys
import time

import psycopg

from db.database import Database
from db.feed import NOTIFY_CHANNEL


def feed(url: str) -> None:
    database = Database.open(url)
    change_feed = database.change_feed()
    change_feed.subscribe("escalations", lambda _topic: print(f"{time.monotonic():.6f}", flush=True))
    change_feed.start()
    print("ready", flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    change_feed.close()
    database.dispose()


def raw(url: str) -> None:
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        print("ready", flush=True)
        for _notice in connection.notifies():
            print(f"{time.monotonic():.6f}", flush=True)


if __name__ == "__main__":
    (feed if sys.argv[1] == "feed" else raw)(sys.argv[2])
