"""The events of one moment folded into one refresh of the window, the smallest that shows them.

The commit of one instruction publishes its case and its outbox rows as
several events; queued to the GUI thread together, they are handled at the
next turn of the event loop as one refresh: the rows those events name (the
changed cases' queue rows, who has them open, the outbox and incoming rows)
are read again alone; any other change, or another process's change (which
names no row), reloads the whole live state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from console.events import CaseChanged, DomainEvent, IncomingReceived, OutboxChanged, OutboxQueued, PresenceChanged
from console.views import IncomingRow, LiveState, OutboxRow, QueueRow

Row = TypeVar("Row")


@dataclass(frozen=True)
class RowsChanged:
    """The rows one moment's events named: only these are read again."""

    cases: tuple[int, ...] = ()  # queue rows
    outbox: tuple[int, ...] = ()
    incoming: tuple[int, ...] = ()
    case_windows: tuple[int, ...] = ()  # the cases whose open windows show them (an SMS delivered is in its timeline)


@dataclass(frozen=True)
class FreshRows:
    """The rows of a :class:`RowsChanged` as they stand now; a row no longer shown is absent."""

    queue: tuple[QueueRow, ...] = ()
    outbox: tuple[OutboxRow, ...] = ()
    incoming: tuple[IncomingRow, ...] = ()


@dataclass
class _Collected:
    cases: set[int] = field(default_factory=set)
    outbox: set[int] = field(default_factory=set)
    incoming: set[int] = field(default_factory=set)
    case_windows: set[int] = field(default_factory=set)
    whole: bool = False

    def add(self, event: DomainEvent) -> None:
        if isinstance(event, (CaseChanged, PresenceChanged)) and event.case_id is not None:
            self.cases.add(event.case_id)  # a case moved, or a desk opened or left it (its row says who has it)
        elif isinstance(event, OutboxChanged) and event.outbox_id is not None:
            self.outbox.add(event.outbox_id)
            self._case_window(event.case_id)
        elif isinstance(event, OutboxQueued) and event.outbox_ids:
            self.outbox.update(event.outbox_ids)
        elif isinstance(event, IncomingReceived) and event.incoming_id is not None:
            self.incoming.add(event.incoming_id)
            self._case_window(event.case_id)
        else:
            self.whole = True

    def _case_window(self, case_id: int | None) -> None:
        if case_id is not None:
            self.case_windows.add(case_id)

    def rows(self) -> RowsChanged:
        return RowsChanged(tuple(sorted(self.cases)), tuple(sorted(self.outbox)), tuple(sorted(self.incoming)),
                           tuple(sorted(self.cases | self.case_windows)))


class LiveUpdates(QObject):
    def __init__(self, reload: Callable[[], None], reload_rows: Callable[[RowsChanged], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reload = reload
        self._reload_rows = reload_rows
        self._collected = _Collected()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, event: DomainEvent) -> None:
        self._collected.add(event)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        collected, self._collected = self._collected, _Collected()
        if collected.whole:
            self._reload()
            return
        rows = collected.rows()
        if rows.cases or rows.outbox or rows.incoming:
            self._reload_rows(rows)


def with_fresh(state: LiveState, changed: RowsChanged, fresh: FreshRows) -> LiveState:
    """``state`` with the changed rows as they stand: what a whole reload would show."""
    if changed.cases:
        state = with_rows(state, changed.cases, fresh.queue)
    if changed.outbox:
        state = replace(state, outbox=_latest(state.outbox, changed.outbox, fresh.outbox, state.list_limit,
                                              lambda row: (row.updated_at, row.outbox_id), lambda row: row.outbox_id))
    if changed.incoming:
        state = replace(state, incoming=_latest(state.incoming, changed.incoming, fresh.incoming, state.list_limit,
                                                lambda row: (row.received_at, row.incoming_id),
                                                lambda row: row.incoming_id))
    return state


def with_rows(state: LiveState, case_ids: tuple[int, ...], rows: tuple[QueueRow, ...]) -> LiveState:
    """``state`` with the queue rows of ``case_ids`` replaced by ``rows`` (a case no longer open leaves it)."""
    fresh = {row.case_id: row for row in rows}
    queue = [fresh.pop(row.case_id, row) for row in state.queue if row.case_id not in case_ids or row.case_id in fresh]
    queue.extend(fresh.values())  # a case new to this window
    return replace(state, queue=tuple(queue))


def _latest(rows: tuple[Row, ...], ids: tuple[int, ...], fresh: tuple[Row, ...], limit: int | None,
            key: Callable[[Row], tuple[datetime, int]], id_of: Callable[[Row], int]) -> tuple[Row, ...]:
    """A list of the latest rows (by ``key``, the latest first, at most ``limit``) with the rows of ``ids``
    replaced by ``fresh``: a row changed moves up, a new one comes in and pushes the oldest out, a gone one leaves."""
    kept: list[Row] = [row for row in rows if id_of(row) not in ids]
    return tuple(sorted([*kept, *fresh], key=key, reverse=True)[:limit])
