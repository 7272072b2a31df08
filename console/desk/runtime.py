"""The desk with its engines running: dispatcher, ladder, incoming messages and calls, the change feed.

The same object runs inside the console (a few worker threads; events out as
plain callbacks the window bridges to signals) and headless in
``samvad-setu dispatch`` on the machine that holds the modems. An incoming SMS
is recorded on the modem's own thread, before the modem deletes it from the
SIM: a crash between the two then leaves it on the SIM to be read again at the
next start, never lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from console.desk.confirmations import IncomingHandled
from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.scheduler import LadderScheduler
from console.domain import Topic
from db.errors import StorageError
from modem.call_audio import CallProgressed
from modem.events import IncomingCallEnded, IncomingCallStarted, ModemEvent, SmsReceived
from modem.modem import Modem

log = logging.getLogger(__name__)


class Feed(Protocol):
    def subscribe(self, topic: Topic | str, callback: Callable[[str], None]) -> Callable[[], None]: ...


@dataclass(frozen=True)
class CallerIdentified:
    """Someone rings a center line the modems watch: the window pre-fills a complaint when it is a representative."""

    number: str | None
    representative_id: int | None
    officer_id: int | None
    modem_name: str
    at: datetime


IncomingListener = Callable[[IncomingHandled], None]
CallerListener = Callable[[CallerIdentified], None]
CallProgressListener = Callable[[CallProgressed], None]
FailedListener = Callable[[StorageError], None]


class DeskRuntime:
    def __init__(
        self,
        desk: Desk,
        modems: Sequence[Modem],
        *,
        worker: str,
        feed: Feed | None = None,
        dispatch_poll_seconds: float = 1.0,
        ladder_poll_seconds: float = 15.0,
    ) -> None:
        self.desk = desk
        self.modems = tuple(modems)
        settings = desk.settings
        self.dispatcher = Dispatcher(
            desk.database,
            self.modems,
            desk.clock,
            worker=worker,
            register=lambda: desk.roster().register,
            ring_seconds=settings.ring_seconds,
            talk_seconds=settings.talk_seconds,
            poll_seconds=dispatch_poll_seconds,
        )
        self.scheduler = LadderScheduler(desk.context, poll_seconds=ladder_poll_seconds)
        desk.on_outbox_queued(self.dispatcher.wake)
        self._feed = feed
        self._unsubscribe: list[Callable[[], None]] = []
        self._incoming_listeners: list[IncomingListener] = []
        self._caller_listeners: list[CallerListener] = []
        self._call_listeners: list[CallProgressListener] = []
        self._handled = 0
        self._handled_changed = threading.Condition()
        self.failure: StorageError | None = None
        self._failed_listeners: list[FailedListener] = []
        self.dispatcher.on_failed(self._on_failed)
        for modem in self.modems:
            modem.add_listener(self._on_modem_event)

    # -- listeners (plain callbacks, on worker threads) ------------------------------------------

    def on_incoming(self, listener: IncomingListener) -> None:
        self._incoming_listeners.append(listener)

    def on_caller(self, listener: CallerListener) -> None:
        self._caller_listeners.append(listener)

    def on_call_progress(self, listener: CallProgressListener) -> None:
        """An instruction call was answered (the operator speaks, in ``operator`` mode), a play began or ended."""
        self._call_listeners.append(listener)

    def end_call(self, outbox_id: int) -> bool:
        """The operator hangs up the instruction call of row ``outbox_id``; False when no such call is up."""
        return self.dispatcher.end_call(outbox_id)

    def on_failed(self, listener: FailedListener) -> None:
        """Called once if the engines stopped for good (the database file was deleted or replaced under them)."""
        self._failed_listeners.append(listener)

    def _on_failed(self, error: StorageError) -> None:
        self.failure = error
        self.scheduler.stop(timeout=0)
        for listener in list(self._failed_listeners):
            listener(error)

    # -- life ----------------------------------------------------------------------------------

    def start(self, *, start_modems: bool = True, run_ladder: bool = True) -> list[int]:
        """Start everything; returns the outbox rows found in flight from a previous run (now uncertain).

        ``run_ladder=False`` leaves the ladder to whoever calls ``scheduler.tick()`` (a test driving time).
        """
        if start_modems:
            for modem in self.modems:
                modem.start()
        uncertain = self.dispatcher.start()
        if run_ladder:
            self.scheduler.start()
        if self._feed is not None:
            self._unsubscribe = [
                self._feed.subscribe(Topic.OUTBOX, lambda _: self.dispatcher.wake()),
                self._feed.subscribe(Topic.ESCALATIONS, lambda _: self.scheduler.wake()),
                self._feed.subscribe(Topic.AVAILABILITY, self._on_roster_changed),
            ]
        return uncertain

    def stop(self, *, stop_modems: bool = True) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.scheduler.stop()
        self.dispatcher.stop()
        if stop_modems:
            for modem in self.modems:
                modem.stop()

    @property
    def incoming_handled(self) -> int:
        """How many incoming SMS and calls have been recorded so far (tests wait on it)."""
        with self._handled_changed:
            return self._handled

    def wait_incoming(self, count: int, timeout: float) -> bool:
        with self._handled_changed:
            return self._handled_changed.wait_for(lambda: self._handled >= count, timeout)

    def _on_roster_changed(self, _topic: str) -> None:
        self.desk.reload_roster()

    # -- modem events --------------------------------------------------------------------------

    def _on_modem_event(self, event: ModemEvent) -> None:
        """On the modem's thread; the modem deletes a stored SMS only after this returns."""
        if isinstance(event, CallProgressed):
            if event.tag is not None and event.tag.isdigit():  # the dispatcher's calls: tagged with their row
                for call_listener in list(self._call_listeners):
                    try:
                        call_listener(event)
                    except Exception:
                        log.exception("call progress listener failed")
            return
        if not isinstance(event, (SmsReceived, IncomingCallStarted, IncomingCallEnded)):
            return
        try:
            self._handle(event)
        except Exception:
            log.exception("incoming %s from %s could not be recorded", type(event).__name__, event.modem)

    def _handle(self, event: ModemEvent) -> None:
        desk = self.desk
        if isinstance(event, IncomingCallStarted):
            roster = desk.roster()
            representative = roster.representative_by_number(event.number) if event.number else None
            officer = roster.officer_by_number(event.number) if event.number else None
            caller = CallerIdentified(event.number, representative.id if representative else None,
                                      officer.id if officer else None, event.modem, event.started_at)
            for listener in list(self._caller_listeners):
                listener(caller)
            return
        if isinstance(event, SmsReceived):
            handled = desk.receive_sms(sender=event.sender, text=event.text, received_at=event.received_at,
                                       modem_name=event.modem)
        elif isinstance(event, IncomingCallEnded):
            handled = desk.receive_missed_call(number=event.number or "", rang_at=event.started_at,
                                               modem_name=event.modem)
        else:
            return
        with self._handled_changed:
            self._handled += 1
            self._handled_changed.notify_all()
        for incoming_listener in list(self._incoming_listeners):
            incoming_listener(handled)
