"""The desk with its engines running: dispatcher, ladder, incoming messages and calls, the change feed.

The same object runs inside the console (a few worker threads; what happens is
published on the desk's event bus, :mod:`console.events`, which the window
bridges to one signal) and headless in
``samvad-setu dispatch`` on the machine that holds the modems. An incoming SMS
is recorded on the modem's own thread, before the modem deletes it from the
SIM: a crash between the two then leaves it on the SIM to be read again at the
next start, never lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from console.desk.desk import Desk
from console.desk.dispatcher import Dispatcher
from console.desk.engine_events import IncomingDecided
from console.desk.event_sources import TopicFeed
from console.desk.scheduler import LadderScheduler
from console.domain import Topic
from console.events import CallAnswered, CallerIdentified, CaseChanged, EnginesFailed, ModemChanged, OutboxQueued
from db.errors import StorageError
from modem.call_audio import AudioMode, CallProgressed, CallStage
from modem.events import IncomingCallEnded, IncomingCallStarted, ModemEvent, ModemStatusChanged, SmsReceived
from modem.modem import Modem

log = logging.getLogger(__name__)


class DeskRuntime:
    def __init__(
        self,
        desk: Desk,
        modems: Sequence[Modem],
        *,
        worker: str,
        feed: TopicFeed | None = None,
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
            events=desk.events,
            register=lambda: desk.roster().register,
            ring_seconds=settings.ring_seconds,
            talk_seconds=settings.talk_seconds,
            poll_seconds=dispatch_poll_seconds,
        )
        self.scheduler = LadderScheduler(desk, poll_seconds=ladder_poll_seconds)
        self.events = desk.events
        self.events.subscribe(OutboxQueued, lambda _event: self.dispatcher.wake())
        self._feed = feed
        if feed is not None:
            desk.follow(feed)
        self._unsubscribe: list[Callable[[], None]] = []
        self._handled = 0
        self._handled_changed = threading.Condition()
        self.failure: StorageError | None = None
        self.events.subscribe(EnginesFailed, self._on_failed)  # first: the failure is known to later handlers
        for modem in self.modems:
            modem.add_listener(self._on_modem_event)

    def end_call(self, outbox_id: int) -> bool:
        """The operator hangs up the instruction call of row ``outbox_id``; False when no such call is up."""
        return self.dispatcher.end_call(outbox_id)

    def _on_failed(self, _event: EnginesFailed) -> None:
        """The dispatcher stopped for good (the database file was deleted or replaced under it): the ladder too."""
        self.failure = self.dispatcher.failure
        self.scheduler.stop(timeout=0)

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
        # A case logged or moved here or elsewhere: the ladder looks now. Rows queued here wake the dispatcher
        # through ``OutboxQueued``; rows queued by another process, through the feed.
        self._unsubscribe = [self.events.subscribe(CaseChanged, lambda _event: self.scheduler.wake())]
        if self._feed is not None:
            self._unsubscribe.append(self._feed.subscribe(Topic.OUTBOX, lambda _: self.dispatcher.wake()))
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

    # -- modem events --------------------------------------------------------------------------

    def _on_modem_event(self, event: ModemEvent) -> None:
        """On the modem's thread; the modem deletes a stored SMS only after this returns."""
        if isinstance(event, ModemStatusChanged):
            self.events.publish(ModemChanged(event.status.name))
            return
        if isinstance(event, CallProgressed):
            # The dispatcher's calls are tagged with their row; in operator mode the operator speaks now.
            if event.tag is not None and event.tag.isdigit() and event.stage is CallStage.ANSWERED \
                    and event.mode is AudioMode.OPERATOR:
                self.events.publish(CallAnswered(int(event.tag), event.at))
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
            self.events.publish(CallerIdentified(event.number, representative.id if representative else None,
                                                 officer.id if officer else None, event.modem, event.started_at))
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
        self.events.publish(IncomingDecided(handled))
