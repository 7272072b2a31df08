"""What a committed transaction changed, told to this process's listeners after the commit.

The change feed tells every process a topic changed; this tells the process
that wrote it, at once and with the rows: for each flushed model naming a
``__feed_topic__`` its table, primary key and the case, outbox row and officer
it belongs to, plus the bare topics published by bulk statements. Nothing is
told for a transaction that rolled back. Listeners run on the writing thread
after the session closed, so they may read the database themselves.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from console.domain import Topic

log = logging.getLogger(__name__)

_PENDING_KEY = "samvad_setu_pending_changes"
_COMMITTED_KEY = "samvad_setu_committed_changes"


@dataclass(frozen=True)
class RowChange:
    topic: Topic
    table: str = ""  # "" when only the topic is known (a bulk statement)
    row_id: int | None = None
    case_id: int | None = None
    outbox_id: int | None = None
    officer_id: int | None = None


CommitListener = Callable[[frozenset[RowChange]], None]


def row_change(topic: Topic, instance: Any) -> RowChange:
    table = str(getattr(type(instance), "__tablename__", ""))
    row_id = getattr(instance, "id", None)
    case_id = row_id if table == "escalations" else getattr(instance, "escalation_id", None)
    outbox_id = row_id if table == "outbox" else getattr(instance, "outbox_id", None)
    officer_id = row_id if table == "officers" else getattr(instance, "officer_id", None)
    return RowChange(Topic(topic), table, _int(row_id), _int(case_id), _int(outbox_id), _int(officer_id))


def note_changes(session: Session, changes: set[RowChange]) -> None:
    """In the transaction: remember what it changed (told only if it commits)."""
    session.info.setdefault(_PENDING_KEY, set()).update(changes)


def on_commit(session: Session) -> None:
    """The session's ``after_commit``: what was pending is now committed, to be told when the session closes."""
    pending = session.info.pop(_PENDING_KEY, None)
    if pending:
        session.info.setdefault(_COMMITTED_KEY, set()).update(pending)


def on_transaction_end(session: Session) -> None:
    """A rolled-back transaction's changes are forgotten (a committed one's were moved by :func:`on_commit`)."""
    session.info.pop(_PENDING_KEY, None)


def take_committed(session: Session) -> frozenset[RowChange]:
    return frozenset(session.info.pop(_COMMITTED_KEY, ()))


class CommitListeners:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[CommitListener] = []

    def add(self, listener: CommitListener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return remove

    def tell(self, changes: frozenset[RowChange]) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:
                log.exception("a commit listener failed")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
