"""One modem: its channel, its worker thread, its state, and its work.

Everything that talks to the modem runs on the worker, in order: sending, calling,
reading incoming messages, housekeeping. Callers get futures. The reader thread only
queues URCs. When the port goes away the modem is offline and the worker keeps
reopening the same URL (a ``/dev/serial/by-id`` symlink that the system re-points
works) until it answers again.
"""

from __future__ import annotations

import itertools
import logging
import queue
import random
import threading
from collections.abc import Callable, Collection
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from modem.audio_players import players_for, probe_audio
from modem.call_audio import AudioCapability, CallAudio, unplaced_report
from modem.channel import AtChannel, open_serial
from modem.clip_storage import ClipListing, UploadReport, list_clips, upload_clip
from modem.clip_format import quectel_checksum
from modem.config import ModemConfig, Timing
from modem.errors import ChannelClosed, ModemError, PortLost
from modem.events import (
    AlertReason,
    CallOutcome,
    CallResult,
    ModemAlertRaised,
    ModemEvent,
    PartAccepted,
    PartResult,
    SmsErrorClass,
    SmsResult,
)
from modem.incoming_calls import IncomingCalls, is_incoming_call_urc
from modem.inbox import SentMessages
from modem.lines import Urc
from modem.numbers import normalise_number
from modem.pdu import SubmitPart, encode_submit
from modem.quota import DailyQuota
from modem.receiving import Receiver, is_message_urc
from modem.replies import parse_registration, parse_signal_dbm
from modem.sms_out import MODEM_FAULT_CLASSES, send_parts
from modem.startup import BootSignals, Startup, refresh_network
from modem.status_book import StatusBook
from modem.state import Connection, ModemStatus, SimState
from modem.timebase import Clock, Monotonic, SystemClock, system_monotonic
from modem.voice import OutgoingCall, hang_up, is_call_urc

log = logging.getLogger(__name__)

Listener = Callable[[ModemEvent], None]
PartListener = Callable[[PartAccepted], None]
ChannelFactory = Callable[[ModemConfig], AtChannel]

DEFAULT_RING_LIMIT = 45.0
DEFAULT_TALK_LIMIT = 300.0
MAX_QUEUED_URCS = 5000  # a chattering modem while the worker is busy: drop the excess, keep the jobs
BOOT_URCS = frozenset({"RDY", "Call Ready", "+CPIN"})
SMS_READY_URCS = frozenset({"SMS Ready", "SMS DONE"})


def default_channel(config: ModemConfig) -> AtChannel:
    opener = partial(open_serial, baudrate=config.baudrate, rtscts=config.rtscts)
    return AtChannel(config.url, name=config.name, opener=opener)


@dataclass(frozen=True)
class _Job:
    run: Callable[[], Any]
    future: Future[Any]
    offline: Callable[[str], Any]  # the result to give when the modem cannot do it


@dataclass(frozen=True)
class _UrcItem:
    urc: Urc


@dataclass(frozen=True)
class _Lost:
    channel: AtChannel  # a stale notice about an earlier channel must not close the new one
    reason: str


class _Wake:
    pass


_Item = _Job | _UrcItem | _Lost | _Wake


class Modem:
    def __init__(
        self,
        config: ModemConfig,
        *,
        clock: Clock | None = None,
        monotonic: Monotonic | None = None,
        timing: Timing | None = None,
        channel_factory: ChannelFactory | None = None,
        first_concat_reference: int | None = None,
    ) -> None:
        self.config = config
        self.name = config.name
        self._clock: Clock = clock or SystemClock()
        self._monotonic: Monotonic = monotonic or system_monotonic
        self._timing = timing or Timing()
        self._channel_factory = channel_factory or default_channel
        start = random.randrange(256) if first_concat_reference is None else first_concat_reference
        self._references = itertools.count(start)
        self._reference_lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._queue: queue.Queue[_Item] = queue.Queue()
        self._stopping = threading.Event()
        self._ending_call = threading.Event()
        self._first_attempt = threading.Event()
        self._worker: threading.Thread | None = None
        self._channel: AtChannel | None = None
        self._boot = BootSignals()
        self._call_urcs: queue.Queue[Urc] | None = None
        self._incoming_heard = float("-inf")  # when the reader last read an incoming call's URC (monotonic)
        self._active_call: OutgoingCall | None = None
        self._pin_rejected = False
        self._failed_starts = 0
        self._next_refresh = 0.0
        self.quota = DailyQuota(config.daily_cap, self._clock, sent_today=config.sms_sent_today)
        self._book = StatusBook(config, self._clock, self.quota, self._emit)
        self._sent = SentMessages(self.name, timedelta(seconds=self._timing.report_window))
        self._receiver = Receiver(self.name, timing=self._timing, clock=self._clock, sent=self._sent, emit=self._emit)
        self._incoming = IncomingCalls(
            self.name,
            timing=self._timing,
            clock=self._clock,
            monotonic=self._monotonic,
            auto_reject=config.auto_reject_calls,
            hang_up=self._hang_up,
            emit=self._emit,
        )

    # -- public ------------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Events (incoming SMS, delivery reports, calls, status, alerts), called on the worker thread."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._worker is not None:
            return
        self._stopping.clear()
        self._worker = threading.Thread(target=self._run, name=f"modem-{self.name}", daemon=True)
        self._worker.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Hang up a call in hand, finish any other job in hand, fail the queued ones, close the port, join."""
        self._stopping.set()
        self._ending_call.set()
        self._queue.put(_Wake())
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout / 2)
            channel = self._channel
            if worker.is_alive() and channel is not None:
                channel.close()  # a long command in hand: cut it short
            worker.join(timeout / 2)
        self._worker = None

    def wait_started(self, timeout: float) -> bool:
        """True once the first attempt to open and initialise the modem has finished (either way)."""
        return self._first_attempt.wait(timeout)

    def status(self) -> ModemStatus:
        return self._book.snapshot()

    @property
    def pending_jobs(self) -> int:
        return self._queue.qsize()

    def submit_sms(
        self,
        to: str,
        text: str,
        *,
        tag: str | None = None,
        concat_reference: int | None = None,
        only_parts: Collection[int] | None = None,
        on_part: PartListener | None = None,
    ) -> Future[SmsResult]:
        """Queue a message; the number and text are checked here, before a byte can be written.

        ``only_parts`` (1-based sequences) with the ``concat_reference`` the message first went under sends
        just the parts that did not go, so the phone puts them together with the ones it has. ``on_part`` is
        called on the worker as each part is accepted, before the next is written.

        Raises :class:`~modem.errors.NumberRejected` or :class:`~modem.pdu.PduError` (both
        ``ValueError``) for input that may never reach the modem.
        """
        recipient = normalise_number(to)
        if not text:
            raise ValueError("an SMS needs some text")
        if concat_reference is None:
            with self._reference_lock:
                reference = next(self._references) % 256
        elif 0 <= concat_reference <= 255:
            reference = concat_reference
        else:
            raise ValueError(f"a concatenation reference is 0-255, not {concat_reference}")
        parts = encode_submit(recipient, text, concat_reference=reference)
        if only_parts is not None:
            unknown = set(only_parts) - {part.sequence for part in parts}
            if unknown or not only_parts:
                raise ValueError(f"the message has {len(parts)} part(s); cannot send parts {sorted(only_parts)}")
            parts = [part for part in parts if part.sequence in only_parts]
        submitted_at = self._clock.now()

        def refused(error: SmsErrorClass, detail: str) -> SmsResult:
            results = tuple(PartResult(part.sequence, part.total, None, error) for part in parts)
            return SmsResult(recipient, self.name, reference, results, error, submitted_at, tag, detail)

        def run() -> SmsResult:
            return self._send(recipient, parts, reference, submitted_at, tag, refused, on_part)

        return self._submit(run, lambda reason: refused(SmsErrorClass.OFFLINE, reason))

    def send_sms(self, to: str, text: str, *, tag: str | None = None, timeout: float | None = None) -> SmsResult:
        return self.submit_sms(to, text, tag=tag).result(timeout)

    def submit_call(
        self,
        to: str,
        *,
        ring_limit: float = DEFAULT_RING_LIMIT,
        talk_limit: float = DEFAULT_TALK_LIMIT,
        tag: str | None = None,
        audio: CallAudio | None = None,
    ) -> Future[CallResult]:
        """Dial, follow and end one call; ``audio`` (else the config's ``call_audio``) says how it sounds.

        With an audio mode the result carries an :class:`~modem.call_audio.AudioReport` and
        :class:`~modem.call_audio.CallProgressed` events reach the listeners as it goes.
        """
        number = normalise_number(to)
        started_at = self._clock.now()
        audio = audio or self.config.call_audio

        def failed(reason: str) -> CallResult:
            return CallResult(number, self.name, CallOutcome.FAILED, 0.0, 0.0, started_at, None, tag, reason, True,
                              unplaced_report(audio))

        def run() -> CallResult:
            return self._call(number, ring_limit, talk_limit, tag, failed, audio)

        return self._submit(run, failed)

    def call(self, to: str, *, ring_limit: float = DEFAULT_RING_LIMIT, talk_limit: float = DEFAULT_TALK_LIMIT,
             tag: str | None = None, timeout: float | None = None, audio: CallAudio | None = None) -> CallResult:
        return self.submit_call(to, ring_limit=ring_limit, talk_limit=talk_limit, tag=tag, audio=audio).result(timeout)

    def end_call(self, tag: str | None = None) -> bool:
        """From any thread: hang up the outgoing call in progress (the one tagged ``tag``, when given).

        The call's result then says ``ended_by=CallEnd.CENTER``. False when no such call is up. Without a tag
        (the owner is stopping: the operator's Ctrl+H always names its call) the call in hand is hung up at its
        next look even when it is only now being dialled.
        """
        call = self._active_call
        if tag is None:
            self._ending_call.set()
        if call is None or (tag is not None and call.tag != tag):
            return False
        call.request_end()
        return True

    def probe_audio(self) -> Future[AudioCapability | None]:
        """Ask the unit which playback commands it has; the answer also goes into its status. None offline."""
        return self._submit(self._probe_audio, lambda reason: None)

    def list_clips(self) -> Future[ClipListing]:
        return self._submit(self._list_clips, lambda reason: ClipListing(None, (), refused=reason))

    def upload_clip(self, name: str, data: bytes, *, replace: bool = False) -> Future[UploadReport]:
        """Store ``data`` (a clip already checked by :func:`modem.clip_format.describe_clip`) as ``name``."""

        def refused(reason: str) -> UploadReport:
            return UploadReport(name, len(data), quectel_checksum(data), refused=reason)

        return self._submit(lambda: self._upload_clip(name, data, replace, refused), refused)

    # -- the worker --------------------------------------------------------------------------

    def _submit(self, run: Callable[[], Any], offline: Callable[[str], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        if self._stopping.is_set() or self._worker is None:
            future.set_result(offline(f"{self.name} is not running"))
            return future
        self._queue.put(_Job(run, future, offline))
        return future

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                if self._channel is None:
                    if not self._connect():
                        self._first_attempt.set()
                        self._wait_offline()
                        continue
                    self._first_attempt.set()
                self._serve_once()
        finally:
            self._shut_down()

    def _serve_once(self) -> None:
        try:
            item = self._queue.get(timeout=self._timing.tick_interval)
        except queue.Empty:
            item = None
        channel = self._channel
        if channel is None:
            return
        try:
            if item is not None:
                self._handle(item, channel)
            if not self._stopping.is_set():
                self._housekeeping(channel)
        except (PortLost, ChannelClosed) as exc:
            self._went_offline(str(exc))
        except ModemError as exc:
            self._book.failed(str(exc))
        except Exception:  # a bug must not stop the modem's worker
            log.exception("%s: worker step failed", self.name)
            self._book.failed("internal error")
        if channel.lost_reason is not None:
            self._went_offline(channel.lost_reason)

    def _handle(self, item: _Item, channel: AtChannel) -> None:
        if isinstance(item, _Job):
            if not item.future.set_running_or_notify_cancel():
                return
            try:
                item.future.set_result(item.run())
            except BaseException as exc:
                item.future.set_exception(exc)
                if isinstance(exc, ModemError):
                    raise
                log.exception("%s: job failed", self.name)
        elif isinstance(item, _UrcItem):
            self._on_worker_urc(item.urc, channel)
        elif isinstance(item, _Lost) and item.channel is channel:
            self._went_offline(item.reason)

    def _wait_offline(self) -> None:
        """Between reconnect attempts: answer queued jobs "offline", drop stale URCs."""
        try:
            item = self._queue.get(timeout=self._timing.reconnect_interval)
        except queue.Empty:
            return
        while True:
            if isinstance(item, _Job) and item.future.set_running_or_notify_cancel():
                item.future.set_result(item.offline(f"{self.name} is offline"))
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return

    def _shut_down(self) -> None:
        channel, self._channel = self._channel, None
        if channel is not None:
            channel.close()
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _Job) and item.future.set_running_or_notify_cancel():
                item.future.set_result(item.offline(f"{self.name} stopped"))
        self._book.set_connection(Connection.OFFLINE)

    # -- connecting --------------------------------------------------------------------------

    def _connect(self) -> bool:
        channel = self._channel_factory(self.config)
        self._boot = BootSignals()
        channel.subscribe(self._on_reader_urc)
        channel.on_lost(lambda reason: self._queue.put(_Lost(channel, reason)))
        try:
            channel.open()
        except PortLost as exc:
            self._book.set_connection(Connection.OFFLINE, str(exc))
            return False
        self._channel = channel
        self._book.set_connection(Connection.INITIALISING)
        try:
            self._initialise(channel)
        except ModemError as exc:
            log.warning("%s: initialisation failed: %s", self.name, exc)
            self._failed_starts += 1
            if self._failed_starts == 1 and not isinstance(exc, (PortLost, ChannelClosed)):
                self._alert(AlertReason.INITIALISATION_FAILED, str(exc))  # once, not every reconnect
            self._channel = None
            channel.close()
            self._book.set_connection(Connection.OFFLINE, str(exc))
            return False
        return True

    def _initialise(self, channel: AtChannel) -> None:
        startup = Startup(
            channel,
            timing=self._timing,
            pin=self.config.pin,
            pin_rejected_before=self._pin_rejected,
            boot=self._boot,
            pause=self._pause,
            alert=self._alert,
        )
        result = startup.run()
        self._pin_rejected = self._pin_rejected or result.pin_rejected
        self._failed_starts = 0
        self._next_refresh = self._monotonic() + self._timing.refresh_interval
        log.info("%s: online (%s, SIM %s)", self.name, result.identity.model, result.sim.value)
        self._book.came_online(result)
        if result.sim is SimState.READY:
            self._receiver.read_stored(channel)

    def _went_offline(self, reason: str) -> None:
        channel, self._channel = self._channel, None
        if channel is None:
            return
        channel.close()
        log.warning("%s: offline: %s", self.name, reason)
        self._book.set_connection(Connection.OFFLINE, reason)

    # -- URCs --------------------------------------------------------------------------------

    def _on_reader_urc(self, urc: Urc) -> None:
        """On the reader thread: note boot progress, route call URCs to a call in progress, queue the rest."""
        if urc.name in BOOT_URCS and (urc.name != "+CPIN" or "READY" in urc.body):
            self._boot.booting.set()
        if urc.name in SMS_READY_URCS or (urc.name == "+QIND" and "SMS DONE" in urc.body):
            self._boot.sms_ready.set()
        if is_incoming_call_urc(urc):
            # A call's rings are timed as they are heard, not when the worker gets to them behind a job.
            heard = self._monotonic()
            urc = replace(urc, heard=heard)
            self._incoming_heard = heard
        call_urcs = self._call_urcs
        if call_urcs is not None and is_call_urc(urc):
            call_urcs.put(urc)
            return
        if self._queue.qsize() >= MAX_QUEUED_URCS:
            log.warning("%s: work queue full; dropping %s", self.name, urc.name)
            return
        self._queue.put(_UrcItem(urc))

    def _on_worker_urc(self, urc: Urc, channel: AtChannel) -> None:
        if is_message_urc(urc):
            self._receiver.on_urc(channel, urc)
        elif is_incoming_call_urc(urc):
            self._incoming.on_urc(urc)
            self._book.set_current_call(self._incoming.active_number if self._incoming.active else None)
        elif urc.name in ("+CREG", "+CEREG"):
            registration = parse_registration(urc.body)
            if urc.name == "+CREG":
                self._book.update(lambda state: setattr(state, "registration", registration))
            else:
                self._book.update(lambda state: setattr(state, "lte_registration", registration))
        elif urc.name == "^RSSI":
            dbm = parse_signal_dbm(urc.body)
            self._book.update(lambda state: setattr(state, "signal_dbm", dbm))
        elif urc.name == "RDY" and self._book.connection is Connection.ONLINE:
            log.warning("%s: the modem restarted; initialising again", self.name)
            self._initialise(channel)

    def _housekeeping(self, channel: AtChannel) -> None:
        self._receiver.expire(channel)
        if self._incoming.active:
            self._incoming.tick(heard=self._incoming_heard)
            if not self._incoming.active:
                self._book.set_current_call(None)
        if self._monotonic() >= self._next_refresh:
            self._next_refresh = self._monotonic() + self._timing.refresh_interval
            self._refresh(channel)

    def _refresh(self, channel: AtChannel) -> None:
        state = self._book.state
        if state.sim in (SimState.BUSY, SimState.UNKNOWN):
            self._initialise(channel)
            return
        refresh_network(channel, self._timing, state)
        self._book.refreshed(state)

    # -- SMS and calls -----------------------------------------------------------------------

    def _send(
        self,
        recipient: str,
        parts: list[SubmitPart],
        reference: int,
        submitted_at: datetime,
        tag: str | None,
        refused: Callable[[SmsErrorClass, str], SmsResult],
        on_part: PartListener | None = None,
    ) -> SmsResult:
        channel = self._channel
        if channel is None or self._book.connection is not Connection.ONLINE:
            return refused(SmsErrorClass.OFFLINE, f"{self.name} is offline")
        blocker = self._book.sms_blocker()
        if blocker is not None:
            return refused(SmsErrorClass.CONFIGURATION, f"{self.name}: {blocker}")
        if not self.quota.allows(len(parts)):
            return refused(SmsErrorClass.CAP_REACHED, f"{self.name}: daily cap of {self.quota.cap} reached")

        concat = reference if parts and parts[0].total > 1 else None

        def accepted(part: PartResult) -> None:
            assert part.message_reference is not None
            self.quota.record(1)
            now = self._clock.now()
            self._sent.record(part.message_reference, recipient, now, tag, part.sequence)
            if on_part is not None:
                try:
                    on_part(PartAccepted(self.name, recipient, concat, part, tag, now))
                except Exception:  # the sender's bookkeeping must never stop the message
                    log.exception("%s: part listener failed", self.name)

        results = send_parts(channel, parts, self._timing, self._pause, accepted)
        error = next((part.error_class for part in results if part.error_class is not None), None)
        if error is None:
            self._book.succeeded()
        elif error in MODEM_FAULT_CLASSES:
            self._book.failed(f"SMS {error.value}")
            if error is SmsErrorClass.UNKNOWN:
                self._alert(AlertReason.SMS_SERVICE_ERROR, "+CMS ERROR 500 (or bare ERROR) persisted through retries")
        self._book.publish()  # the day's count
        return SmsResult(recipient, self.name, reference, tuple(results), error, submitted_at, tag)

    def _call(
        self,
        number: str,
        ring_limit: float,
        talk_limit: float,
        tag: str | None,
        failed: Callable[[str], CallResult],
        audio: CallAudio | None = None,
    ) -> CallResult:
        channel = self._channel
        if channel is None or self._book.connection is not Connection.ONLINE:
            return failed(f"{self.name} is offline")
        if self._stopping.is_set():
            return failed(f"{self.name} is stopping")
        self._ending_call.clear()
        self._call_urcs = queue.Queue()
        call = OutgoingCall(
            channel,
            number,
            modem=self.name,
            timing=self._timing,
            ring_limit=ring_limit,
            talk_limit=talk_limit,
            clock=self._clock,
            monotonic=self._monotonic,
            urcs=self._call_urcs,
            tag=tag,
            on_dialled=lambda: self._book.set_current_call(number),
            audio=audio,
            players=players_for(self._book.state.identity, self._book.audio) if audio is not None else (),
            on_progress=self._emit,
            ending=lambda: self._ending_call.is_set() or self._stopping.is_set(),
        )
        self._active_call = call
        try:
            result = call.run()
        except (PortLost, ChannelClosed) as exc:
            return failed(str(exc))
        finally:
            self._active_call = None
            self._call_urcs = None
            self._book.set_current_call(None)
        if result.modem_fault:
            self._book.failed(result.detail or "call failed")
        else:
            self._book.succeeded()
        return result

    # -- clips and playback -------------------------------------------------------------------

    def _probe_audio(self) -> AudioCapability | None:
        channel = self._channel
        if channel is None or self._book.connection is not Connection.ONLINE:
            return None
        capability = probe_audio(channel, self._book.state.identity, self._timing)
        self._book.set_audio(capability)
        return capability

    def _storage_channel(self) -> tuple[AtChannel, AudioCapability] | str:
        """The channel and what the unit can do with clips, or why clips cannot be handled now."""
        capability = self._book.audio or self._probe_audio()
        channel = self._channel
        if channel is None or capability is None:
            return f"{self.name} is offline"
        if capability.storage is None:
            model = self._book.state.identity.model or "this modem"
            return f"{model} has no command to play a clip into a call, so it keeps no clips"
        return channel, capability

    def _list_clips(self) -> ClipListing:
        found = self._storage_channel()
        if isinstance(found, str):
            return ClipListing(None, (), refused=found)
        channel, capability = found
        assert capability.storage is not None
        return list_clips(channel, capability.storage, self._timing)

    def _upload_clip(
        self, name: str, data: bytes, replace: bool, refused: Callable[[str], UploadReport]
    ) -> UploadReport:
        found = self._storage_channel()
        if isinstance(found, str):
            return refused(found)
        channel, capability = found
        assert capability.storage is not None
        return upload_clip(channel, capability.storage, name, data, replace=replace, timing=self._timing)

    def _hang_up(self) -> None:
        channel = self._channel
        if channel is not None:
            hang_up(channel, self._timing)

    # -- state, health and events ------------------------------------------------------------

    def _pause(self, seconds: float) -> bool:
        return not self._stopping.wait(seconds)

    def _alert(self, reason: AlertReason, detail: str) -> None:
        log.warning("%s: alert %s: %s", self.name, reason.value, detail)
        self._emit(ModemAlertRaised(self.name, reason, detail, self._clock.now()))

    def _emit(self, event: ModemEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("%s: event listener failed on %s", self.name, type(event).__name__)
