"""The events of one moment folded into one refresh of the window, the smallest that shows them.

The commit of one instruction publishes its case and its outbox rows as
several events; queued to the GUI thread together, they are handled at the
next turn of the event loop as one refresh: the changed cases' queue rows
when only cases changed (or who has them open), else one reload of the whole
live state; other processes' changes name no row, so they reload it all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from console.events import CaseChanged, DomainEvent, PresenceChanged
from console.views import LiveState, QueueRow


class LiveUpdates(QObject):
    def __init__(self, reload: Callable[[], None], reload_cases: Callable[[tuple[int, ...]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reload = reload
        self._reload_cases = reload_cases
        self._cases: set[int] = set()
        self._whole = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, event: DomainEvent) -> None:
        if isinstance(event, (CaseChanged, PresenceChanged)) and event.case_id is not None:
            self._cases.add(event.case_id)  # a case moved, or a desk opened or left it (its row says who has it)
        else:
            self._whole = True
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        whole, cases = self._whole, tuple(sorted(self._cases))
        self._whole, self._cases = False, set()
        if whole:
            self._reload()
        elif cases:
            self._reload_cases(cases)


def with_rows(state: LiveState, case_ids: tuple[int, ...], rows: tuple[QueueRow, ...]) -> LiveState:
    """``state`` with the queue rows of ``case_ids`` replaced by ``rows`` (a case no longer open leaves it)."""
    fresh = {row.case_id: row for row in rows}
    queue = [fresh.pop(row.case_id, row) for row in state.queue if row.case_id not in case_ids or row.case_id in fresh]
    queue.extend(fresh.values())  # a case new to this window
    return replace(state, queue=tuple(queue), operators=tuple(sorted({row.operator for row in queue})))
