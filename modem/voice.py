"""Placing one voice call and following it to its outcome.

``ATD<number>;`` usually answers ``OK`` at once, whether or not anyone picks up, so the
call is followed with ``AT+CLCC`` every poll interval and with the call URCs (``NO
CARRIER``, ``BUSY``, SIMCom ``VOICE CALL:``, Huawei ``^CONN``/``^CEND``) that the modem
routes here while the call is up. Only ``+CLCC`` stat 0 (or a connect URC) means
answered. Durations come from the injected monotonic source.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from modem.answered_call import AnsweredCall
from modem.audio_players import Player, is_playback_urc
from modem.call_audio import CallAudio, CallEnd, CallProgressed, CallStage
from modem.channel import AtChannel, Response
from modem.config import Timing
from modem.errors import CommandTimeout
from modem.events import CallOutcome, CallResult
from modem.lines import Final, Urc
from modem.replies import CallLine, parse_ceer, parse_cend, parse_clcc
from modem.timebase import Clock, Monotonic

log = logging.getLogger(__name__)

STAT_ACTIVE, STAT_HELD, STAT_DIALLING, STAT_ALERTING = 0, 1, 2, 3
CME_NO_NETWORK = 30

_FINAL_OUTCOMES = {
    Final.BUSY: CallOutcome.BUSY,
    Final.NO_ANSWER: CallOutcome.NO_ANSWER,
    Final.NO_DIALTONE: CallOutcome.NO_NETWORK,
}
_END_WORDS = {
    "BUSY": CallOutcome.BUSY,
    "NO ANSWER": CallOutcome.NO_ANSWER,
    "NO DIALTONE": CallOutcome.NO_NETWORK,
}
# Call-control causes (24.008 annex H) as outcomes when nobody answered.
_CAUSE_OUTCOMES = {
    17: CallOutcome.BUSY,  # user busy
    21: CallOutcome.BUSY,  # call rejected: the officer pressed "decline"
    18: CallOutcome.NO_ANSWER,  # no user responding
    19: CallOutcome.NO_ANSWER,  # no answer from user (alerted)
    20: CallOutcome.NO_ANSWER,  # subscriber absent: switched off or out of coverage
    16: CallOutcome.NO_ANSWER,  # normal clearing before an answer: the ringing stopped
    34: CallOutcome.NO_NETWORK,
    38: CallOutcome.NO_NETWORK,
    41: CallOutcome.NO_NETWORK,
    42: CallOutcome.NO_NETWORK,
    44: CallOutcome.NO_NETWORK,
    47: CallOutcome.NO_NETWORK,
}
ANSWER_URCS = frozenset({"^CONN"})
END_URCS = frozenset({"NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE", "^CEND"})
WAKE = Urc("<wake>", "<wake>")  # put on a call's URC queue so it looks at an end request at once


def is_call_urc(urc: Urc) -> bool:
    """URCs an outgoing call listens to while it is up (its playback's included)."""
    return (
        urc.name in ANSWER_URCS
        or urc.name in END_URCS
        or urc.name in ("VOICE CALL", "^ORIG", "^CONF")
        or is_playback_urc(urc)
    )


@dataclass
class _Progress:
    dialled_at: float
    alerting_at: float | None = None
    answered_at: float | None = None
    ended_at: float | None = None
    end_word: str | None = None
    cause: int | None = None
    seen_call: bool = False
    empty_polls: int = 0


class OutgoingCall:
    """Runs on the modem's worker; URCs arrive through ``urcs`` from the reader thread."""

    def __init__(
        self,
        channel: AtChannel,
        number: str,
        *,
        modem: str,
        timing: Timing,
        ring_limit: float,
        talk_limit: float,
        clock: Clock,
        monotonic: Monotonic,
        urcs: queue.Queue[Urc],
        tag: str | None = None,
        on_dialled: Callable[[], None] | None = None,
        audio: CallAudio | None = None,
        players: Sequence[Player] = (),
        on_progress: Callable[[CallProgressed], None] | None = None,
        ending: Callable[[], bool] | None = None,
    ) -> None:
        self._on_dialled = on_dialled
        self._ending = ending or (lambda: False)  # the modem's owner is stopping: hang up at the next look
        self._audio = audio
        self._on_progress = on_progress
        self._session = (
            AnsweredCall(channel, audio, players, timing=timing, progress=self._progressed)
            if audio is not None
            else None
        )
        self._end_requested = threading.Event()
        self._ended_by: CallEnd | None = None
        self._answer_announced = False
        self._channel = channel
        self._number = number
        self._modem = modem
        self._timing = timing
        self._ring_limit = ring_limit
        self._talk_limit = talk_limit
        self._clock = clock
        self._monotonic = monotonic
        self._urcs = urcs
        self._tag = tag

    @property
    def tag(self) -> str | None:
        return self._tag

    def request_end(self) -> None:
        """From any thread: the caller ends the call (the operator's Ctrl+H); it is hung up on the next beat."""
        self._end_requested.set()
        self._urcs.put(WAKE)

    def run(self) -> CallResult:
        started_at = self._clock.now()
        progress = _Progress(dialled_at=self._monotonic())
        try:
            reply = self._channel.command(f"ATD{self._number};", timeout=self._timing.dial_timeout, dialling=True)
        except CommandTimeout:
            self._hang_up()
            return self._result(CallOutcome.FAILED, progress, started_at, detail="no answer to ATD", fault=True)
        outcome = self._dial_refused(reply)
        if outcome is not None:
            progress.ended_at = self._monotonic()
            cause = self._cause() if reply.final.final in (Final.NO_CARRIER, Final.ERROR) else None
            progress.cause = cause
            if outcome is CallOutcome.FAILED and cause in _CAUSE_OUTCOMES:
                outcome = _CAUSE_OUTCOMES[cause]
            fault = outcome is CallOutcome.NO_NETWORK or reply.final.final in (Final.ERROR, Final.NOT_SUPPORTED)
            return self._result(outcome, progress, started_at, detail=reply.final.text, fault=fault)
        if self._on_dialled is not None:
            self._on_dialled()  # after ATD, so announcing the call never delays the dial
        self._follow(progress)
        if self._session is not None:
            self._session.call_ended()
        self._drain(progress)
        if self._ended_by is None and progress.answered_at is not None:
            self._ended_by = CallEnd.OFFICER
        detail = "hung up: the modem is stopping" if progress.end_word == "STOPPED" else None
        return self._result(self._outcome(progress), progress, started_at, detail=detail)

    def _dial_refused(self, reply: Response) -> CallOutcome | None:
        final = reply.final.final
        if final is Final.OK or final is Final.CONNECT:
            return None
        if final in _FINAL_OUTCOMES:
            return _FINAL_OUTCOMES[final]
        if final is Final.CME_ERROR and reply.final.code == CME_NO_NETWORK:
            return CallOutcome.NO_NETWORK
        return CallOutcome.FAILED

    def _follow(self, progress: _Progress) -> None:
        while progress.ended_at is None:
            if self._session is not None:
                self._drain(progress)  # a playback's end and the call's end may come together: see both
                if progress.ended_at is not None:
                    return
            if self._ending():
                log.info("%s: hanging up: the modem's owner is stopping", self._modem)
                progress.end_word = "STOPPED"
                self._end(progress, CallEnd.CENTER)
                return
            now = self._monotonic()
            if self._end_requested.is_set():
                log.info("%s: the call was ended by the caller", self._modem)
                if progress.answered_at is None:
                    progress.end_word = "CANCELLED"
                self._end(progress, CallEnd.CENTER)
                return
            if progress.answered_at is None and now - progress.dialled_at >= self._ring_limit:
                log.info("%s: ring limit reached, hanging up", self._modem)
                self._hang_up()
                progress.ended_at = self._monotonic()
                progress.end_word = "RING LIMIT"
                return
            if progress.answered_at is not None:
                self._answer_noticed(progress.answered_at)
                if now - progress.answered_at >= self._talk_limit:
                    self._end(progress, CallEnd.TALK_LIMIT)
                    return
                reason = self._session.tick(now) if self._session is not None else None
                if reason is not None:
                    self._end(progress, reason)
                    return
            try:
                urc = self._urcs.get(timeout=self._timing.call_poll_interval)
            except queue.Empty:
                self._poll(progress)
            else:
                self._apply(urc, progress)

    def _end(self, progress: _Progress, reason: CallEnd) -> None:
        """Our side ends the call: a play in progress is stopped first, then the line is hung up.

        The talk ends when we decide to end it: the replies to the stop and the hang-up add nothing to it."""
        progress.ended_at = self._monotonic()
        if self._session is not None:
            self._session.stop()
            self._session.call_ended()
        self._hang_up()
        self._ended_by = reason

    def _answer_noticed(self, answered_at: float) -> None:
        if self._answer_announced or self._session is None:
            return
        self._answer_announced = True
        self._progressed(CallStage.ANSWERED, 0, False, None)
        self._session.answered(answered_at)

    def _progressed(self, stage: CallStage, play: int, complete: bool, detail: str | None) -> None:
        if self._on_progress is None or self._session is None:
            return
        event = CallProgressed(
            self._modem, self._number, self._tag, stage, self._session.used, self._clock.now(), play, complete, detail
        )
        try:
            self._on_progress(event)
        except Exception:  # a listener's bug must not break the call
            log.exception("%s: call progress listener failed", self._modem)

    def _apply(self, urc: Urc, progress: _Progress) -> None:
        now = self._monotonic()
        ended = progress.ended_at is not None
        if self._session is not None and self._session.on_urc(urc, now):
            return
        if urc.name in ANSWER_URCS or (urc.name == "VOICE CALL" and urc.body.startswith("BEGIN")):
            if not ended and progress.answered_at is None:
                progress.answered_at = now
        elif urc.name == "^CONF":
            if not ended and progress.alerting_at is None:
                progress.alerting_at = now
        elif urc.name in END_URCS or (urc.name == "VOICE CALL" and urc.body.startswith("END")):
            if not ended:
                progress.ended_at = now
            if progress.end_word in (None, "NO CALL"):
                progress.end_word = urc.name
            if urc.name == "^CEND":
                progress.cause = parse_cend(urc.body).cause

    def _drain(self, progress: _Progress) -> None:
        """URCs that came with the poll that saw the call gone still tell why it ended."""
        while True:
            try:
                self._apply(self._urcs.get_nowait(), progress)
            except queue.Empty:
                return

    def _poll(self, progress: _Progress) -> None:
        reply = self._channel.command("AT+CLCC", timeout=self._timing.command_timeout)
        if not reply.ok:
            return
        calls = [call for call in map(parse_clcc, reply.values("+CLCC:")) if call is not None]
        ours = _our_call(calls, self._number)
        now = self._monotonic()
        if ours is None:
            progress.empty_polls += 1
            if progress.seen_call or progress.empty_polls >= 2:
                progress.ended_at = now
                progress.end_word = "NO CALL"
            return
        progress.seen_call = True
        if ours.stat in (STAT_ACTIVE, STAT_HELD):
            progress.answered_at = progress.answered_at or now
        elif ours.stat == STAT_ALERTING:
            progress.alerting_at = progress.alerting_at or now

    def _outcome(self, progress: _Progress) -> CallOutcome:
        if progress.answered_at is not None:
            return CallOutcome.ANSWERED
        if progress.end_word in _END_WORDS:
            return _END_WORDS[progress.end_word]
        if progress.end_word in ("RING LIMIT", "CANCELLED", "STOPPED"):
            return CallOutcome.NO_ANSWER
        if progress.cause is None:
            progress.cause = self._cause()
        if progress.cause in _CAUSE_OUTCOMES:
            return _CAUSE_OUTCOMES[progress.cause]
        return CallOutcome.NO_ANSWER if progress.alerting_at is not None else CallOutcome.FAILED

    def _cause(self) -> int | None:
        try:
            reply = self._channel.command("AT+CEER", timeout=self._timing.command_timeout)
        except CommandTimeout:
            return None
        return parse_ceer(reply.lines) if reply.ok else None

    def _hang_up(self) -> None:
        hang_up(self._channel, self._timing)

    def _result(
        self,
        outcome: CallOutcome,
        progress: _Progress,
        started_at: datetime,
        detail: str | None = None,
        fault: bool = False,
    ) -> CallResult:
        ended = progress.ended_at if progress.ended_at is not None else self._monotonic()
        ring_from = progress.alerting_at if progress.alerting_at is not None else progress.dialled_at
        ring_until = progress.answered_at if progress.answered_at is not None else ended
        talk = ended - progress.answered_at if progress.answered_at is not None else 0.0
        audio = None
        if self._session is not None:
            audio = self._session.report(progress.answered_at is not None, self._ended_by)
        return CallResult(
            number=self._number,
            modem=self._modem,
            outcome=outcome,
            ring_seconds=max(0.0, ring_until - ring_from),
            talk_seconds=max(0.0, talk),
            started_at=started_at,
            cause=progress.cause,
            tag=self._tag,
            detail=detail,
            modem_fault=fault,
            audio=audio,
        )


def hang_up(channel: AtChannel, timing: Timing) -> None:
    """``AT+CHUP``, and ``ATH`` where the firmware does not know it."""
    try:
        reply = channel.command("AT+CHUP", timeout=timing.command_timeout)
        if not reply.ok:
            channel.command("ATH", timeout=timing.command_timeout)
    except CommandTimeout:
        log.warning("%s: hang-up got no answer", channel.name)


def _our_call(calls: list[CallLine], number: str) -> CallLine | None:
    outgoing = [call for call in calls if call.outgoing and call.voice]
    for call in outgoing:
        if call.number and call.number.lstrip("+")[-10:] == number.lstrip("+")[-10:]:
            return call
    return outgoing[0] if outgoing else None
