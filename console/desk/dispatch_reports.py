"""Delivery reports: each status report a modem hands up is stored against the part it is about.

A report stays in hand until it is stored (or can never be: it matches no part this center sent); one that comes
before its part is recorded waits for the try's outcome to bring the part. A report for a message sent before this
process started is matched by the outbox's own record of the parts (modem, recipient, reference).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from datetime import timedelta

from console.clock import Clock
from db.database import Database, UnitOfWork
from db.errors import ConflictError, NotFoundError
from db.repositories.outbox import OutboxRecord
from modem.events import DeliveryReported, DeliveryState

log = logging.getLogger(__name__)

DEFAULT_REPORT_WINDOW = timedelta(days=3)  # a status report matches a part sent this long before it


class DeliveryReports:
    def __init__(self, database: Database, clock: Clock, window: timedelta = DEFAULT_REPORT_WINDOW) -> None:
        self._database = database
        self._clock = clock
        self._window = window
        self._lock = threading.Lock()
        self._waiting: deque[DeliveryReported] = deque()

    @staticmethod
    def wanted(event: DeliveryReported) -> bool:
        """A final report for one of ours (tagged with an outbox id) or for a message sent before this start."""
        return event.state is not DeliveryState.PENDING and (event.tag is None or event.tag.isdigit())

    def add(self, event: DeliveryReported) -> None:
        """From a modem's thread."""
        with self._lock:
            self._waiting.append(event)

    def record(self, announce: Callable[[OutboxRecord], None]) -> None:
        """Store each report in hand; a database failure puts it back and is raised (tried again next round)."""
        with self._lock:
            waiting = len(self._waiting)
        for _ in range(waiting):
            with self._lock:
                report = self._waiting.popleft()
            try:
                with self._database.unit_of_work() as work:
                    stored = self._store(work, report)
            except ConflictError as error:  # its part is not recorded yet: the try's outcome will bring it
                log.info("delivery report from %s (reference %d) kept for later: %s", report.modem,
                         report.message_reference, error)
                with self._lock:
                    self._waiting.append(report)
                continue
            except NotFoundError as error:
                log.warning("delivery report from %s (reference %d) matches no outbox row: %s", report.modem,
                            report.message_reference, error)
                continue
            except BaseException:
                with self._lock:
                    self._waiting.appendleft(report)  # the database failed: tried again next round
                raise
            if stored is not None:
                announce(stored)

    def _store(self, work: UnitOfWork, report: DeliveryReported) -> OutboxRecord | None:
        at = self._clock.now()
        if report.tag is not None and report.part is not None:
            found: tuple[int, int] | None = (int(report.tag), report.part)
        else:  # sent before this process started: the modem no longer knows it, the outbox does
            found = work.outbox.find_part(report.modem, report.recipient, report.message_reference,
                                          since=report.received_at - self._window)
        if found is None:
            log.info("delivery report from %s (reference %d) matches no part this center sent", report.modem,
                     report.message_reference)
            return None
        outbox_id, sequence = found
        return work.outbox.record_part_report(outbox_id, sequence, delivered=report.state is DeliveryState.DELIVERED,
                                              status=report.status, at=at)
