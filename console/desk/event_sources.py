"""Where the domain events come from: the one place storage changes become :mod:`console.events`.

Two sources, each mapped here once:

* this process's commits (:meth:`db.database.Database.on_committed`), with
  the rows they touched: ``CaseChanged(7)``, ``OutboxChanged(12, 7)``,
  ``RosterChanged(officer_id)``; a bulk statement names only its topic, and
  its event says ``None`` (some row of that kind);
* other processes' commits, heard on the change feed by topic only; the feed
  given to :func:`follow_feed` should skip this process's own commits
  (``database.change_feed(others_only=True)``), or they are heard twice.

The roster changes at most once per commit, whatever number of rows: it is
read afresh once per change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from console.domain import Topic
from console.events import (
    CalendarChanged,
    CaseChanged,
    DomainEvent,
    EventBus,
    IncomingReceived,
    OutboxChanged,
    PresenceChanged,
    RosterChanged,
    UsersChanged,
)
from db.commits import RowChange
from db.database import Database

Unsubscribe = Callable[[], None]


class TopicFeed(Protocol):
    """What is needed of a change feed (:class:`db.feed.ChangeFeed`): topics, on the feed's thread."""

    def subscribe(self, topic: Topic | str, callback: Callable[[str], None]) -> Unsubscribe: ...

_OF_TOPIC: dict[Topic, DomainEvent] = {
    Topic.ESCALATIONS: CaseChanged(),
    Topic.OUTBOX: OutboxChanged(),
    Topic.INCOMING: IncomingReceived(),
    Topic.AVAILABILITY: RosterChanged(),
    Topic.CALENDAR: CalendarChanged(),
    Topic.USERS: UsersChanged(),
    Topic.PRESENCE: PresenceChanged(),
}


def events_of_topic(topic: Topic) -> tuple[DomainEvent, ...]:
    """Another process changed some rows of ``topic``."""
    event = _OF_TOPIC.get(topic)
    return (event,) if event is not None else ()


def events_of_commit(changes: Iterable[RowChange]) -> tuple[DomainEvent, ...]:
    """This process committed ``changes``: one event per case, outbox row and incoming row, one per other topic."""
    by_topic: dict[Topic, list[RowChange]] = {}
    for change in changes:
        by_topic.setdefault(change.topic, []).append(change)
    events: list[DomainEvent] = []
    for topic, rows in by_topic.items():
        whole = any(_topic_only(change) for change in rows)  # a bulk statement: which rows is unknown
        if topic is Topic.ESCALATIONS:
            ids = sorted({change.case_id for change in rows if change.case_id is not None})
            events.extend([CaseChanged()] if whole else [CaseChanged(case_id) for case_id in ids])
        elif topic is Topic.OUTBOX:
            cases: dict[int, int | None] = {}
            for change in rows:
                if change.outbox_id is not None:
                    cases[change.outbox_id] = cases.get(change.outbox_id) or change.case_id
            events.extend([OutboxChanged()] if whole else
                          [OutboxChanged(outbox_id, case_id) for outbox_id, case_id in sorted(cases.items())])
        elif topic is Topic.INCOMING:
            incoming = {change.row_id: change.case_id for change in rows if change.row_id is not None}
            events.extend([IncomingReceived()] if whole else
                          [IncomingReceived(row_id, case_id) for row_id, case_id in sorted(incoming.items())])
        elif topic is Topic.AVAILABILITY:
            officers = {change.officer_id for change in rows}
            events.append(RosterChanged(officers.pop() if not whole and len(officers) == 1 else None))
        elif topic is Topic.PRESENCE:
            cases_open = {change.case_id for change in rows}
            events.append(PresenceChanged(cases_open.pop() if not whole and len(cases_open) == 1 else None))
        else:
            events.extend(events_of_topic(topic))
    return tuple(events)


def follow_commits(database: Database, bus: EventBus) -> Unsubscribe:
    return database.on_committed(lambda changes: bus.publish_all(events_of_commit(changes)))


def follow_feed(feed: TopicFeed, bus: EventBus) -> Unsubscribe:
    unsubscribes = [feed.subscribe(topic, lambda value: bus.publish_all(events_of_topic(Topic(value))))
                    for topic in _OF_TOPIC]

    def unsubscribe() -> None:
        for each in unsubscribes:
            each()

    return unsubscribe


def _topic_only(change: RowChange) -> bool:
    return not change.table and change.row_id is None and change.case_id is None and change.outbox_id is None \
        and change.officer_id is None
