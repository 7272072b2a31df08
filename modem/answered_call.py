"""The answered part of an outgoing call, per audio mode: when to play, when to hang up, what was heard.

:class:`modem.voice.OutgoingCall` follows the call; once it is answered it asks this session on
every beat whether to hang up (``tick``), hands it the playback URCs (``on_urc``), and at the end
asks for the :class:`~modem.call_audio.AudioReport`. The session sends only playback commands
(start and stop); the call itself is dialled, polled and hung up by ``OutgoingCall``.

A play counts as heard only when the module reported its end while the call was still up and,
when the clip's length is known, no sooner than most of that length after it began: a module
that reports "stopped" because the officer hung up mid-sentence is not credited with a play.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence

from modem.audio_players import PlayEnd, Player
from modem.call_audio import (
    CUT_FRACTION,
    AudioMode,
    AudioReport,
    CallAudio,
    CallEnd,
    CallStage,
    Fallback,
    Heard,
)
from modem.channel import AtChannel
from modem.config import Timing
from modem.errors import CommandTimeout
from modem.lines import Urc

log = logging.getLogger(__name__)

UNKNOWN_CLIP_PLAY_LIMIT = 120.0  # seconds to wait for the end of a play whose length is unknown

Progress = Callable[[CallStage, int, bool, str | None], None]  # stage, play, complete, detail


class _Playback(enum.Enum):
    WAITING = "waiting"  # for the audio path to settle, or between plays
    PLAYING = "playing"
    DONE = "done"


class AnsweredCall:
    def __init__(
        self,
        channel: AtChannel,
        audio: CallAudio,
        players: Sequence[Player],
        *,
        timing: Timing,
        progress: Progress,
    ) -> None:
        self._channel = channel
        self._audio = audio
        self._timing = timing
        self._progress = progress
        self._players = list(players)
        self._player: Player | None = None
        self.used = audio.mode
        self._answered_at: float | None = None
        self._call_up = True
        self._state = _Playback.WAITING
        self._attempts = 0
        self._completed = 0
        self._play_started_at = 0.0
        self._play_end: PlayEnd | None = None
        self._play_ended_at = 0.0
        self._any_played = False
        self._fallback: Fallback | None = None
        self._detail: str | None = None

    # -- what OutgoingCall tells the session -----------------------------------------------------

    def answered(self, now: float) -> None:
        self._answered_at = now
        if self.used is AudioMode.RECORDED and not self._players:
            self._fall_back(Fallback.NO_PLAYER, None)

    def on_urc(self, urc: Urc, now: float) -> bool:
        """True when ``urc`` was about the play in progress (consumed here)."""
        if self._player is None or self._state is not _Playback.PLAYING:
            return False
        end = self._player.end_of_play(urc)
        if end is None:
            return False
        if self._call_up and self._play_end is None:
            self._play_end, self._play_ended_at = end, now
            if end is PlayEnd.FAILED:
                self._detail = urc.text
        return True

    def call_ended(self) -> None:
        """The call is gone: a play still running, or whose end was not yet counted, was cut."""
        if not self._call_up:
            return
        self._call_up = False
        if self._state is _Playback.PLAYING:
            self._finish_play(call_up=False)

    def tick(self, now: float) -> CallEnd | None:
        """Called on every beat while the call is up and answered: the reason to hang up now, if any."""
        if self._answered_at is None:
            return None
        if self.used is AudioMode.RECORDED:
            self._advance_playback(now, self._answered_at)
            if self.used is AudioMode.RECORDED:
                return CallEnd.PLAYBACK_DONE if self._state is _Playback.DONE else None
        if self.used is AudioMode.ALERT:
            return CallEnd.ALERT_DONE if now - self._answered_at >= self._audio.alert_seconds else None
        return None  # operator: only the caller, the officer or the talk limit end it

    def stop(self) -> None:
        """Stop a play in progress before our side hangs up (talk limit, the caller's end)."""
        if self._state is not _Playback.PLAYING or self._player is None or self._player.stop_command is None:
            return
        try:
            self._channel.command(self._player.stop_command, timeout=self._timing.command_timeout)
        except CommandTimeout:
            log.warning("%s: no answer to %s", self._channel.name, self._player.stop_command)

    def report(self, answered: bool, ended_by: CallEnd | None) -> AudioReport:
        audio = self._audio
        return AudioReport(
            requested=audio.mode,
            used=self.used,
            heard=self._heard(answered),
            plays_requested=audio.plays if audio.mode is AudioMode.RECORDED else 0,
            plays_completed=self._completed,
            ended_by=ended_by,
            player=self._player.name if self._player is not None and self._any_played else None,
            fallback=self._fallback,
            detail=self._detail,
        )

    # -- playing -------------------------------------------------------------------------------------

    def _start_play(self, now: float) -> None:
        clip = self._audio.clip
        assert clip is not None  # CallAudio guarantees a clip for RECORDED
        while self._players:
            player = self._player or self._players[0]
            try:
                reply = self._channel.command(player.start_command(clip), timeout=self._timing.command_timeout)
            except CommandTimeout:
                reply = None
            if reply is not None and reply.ok:
                self._player = player
                self._attempts += 1
                self._any_played = True
                self._state = _Playback.PLAYING
                self._play_started_at, self._play_end = now, None
                self._progress(CallStage.PLAYBACK_STARTED, self._attempts, False, None)
                return
            self._detail = reply.final.text if reply is not None else f"no answer to AT{player.name}"
            log.info("%s: %s refused: %s", self._channel.name, player.name, self._detail)
            if self._player is not None:  # it played before: the refusal is about this call, not the firmware
                self._state = _Playback.DONE
                return
            self._players.pop(0)
        self._fall_back(Fallback.REFUSED, self._detail)

    def _advance_playback(self, now: float, answered_at: float) -> None:
        if self._state is _Playback.PLAYING:
            if self._play_end is not None:
                self._finish_play(call_up=True)
            elif now - self._play_started_at >= self._play_limit():
                self._detail = "the module never reported the end of the playback"
                self.stop()
                self._finish_play(call_up=True)
                self._state = _Playback.DONE
        if self._state is _Playback.WAITING and now - answered_at >= self._audio.settle_seconds:
            if self._attempts >= self._audio.plays:
                self._state = _Playback.DONE
            else:
                self._start_play(now)

    def _finish_play(self, *, call_up: bool) -> None:
        """Count the play that just ended, if it reached the clip's end while the officer was on the line."""
        clip_seconds = self._audio.clip_seconds
        complete = self._play_end is PlayEnd.FINISHED and (
            call_up
            if clip_seconds is None
            else self._play_ended_at - self._play_started_at >= CUT_FRACTION * clip_seconds
        )
        if complete:
            self._completed += 1
        self._progress(CallStage.PLAYBACK_FINISHED, self._attempts, complete, None)
        self._state = _Playback.WAITING
        self._play_end = None

    def _play_limit(self) -> float:
        seconds = self._audio.clip_seconds
        return UNKNOWN_CLIP_PLAY_LIMIT if seconds is None else 2 * seconds + 10.0

    def _fall_back(self, reason: Fallback, detail: str | None) -> None:
        self.used = AudioMode.ALERT
        self._fallback = reason
        self._state = _Playback.DONE
        self._progress(CallStage.FELL_BACK, 0, False, detail)

    def _heard(self, answered: bool) -> Heard:
        if not answered:
            return Heard.NOTHING
        if self._audio.mode is AudioMode.OPERATOR:
            return Heard.OPERATOR
        if self._completed:
            return Heard.RECORDING
        if self._any_played:
            return Heard.RECORDING_CUT
        return Heard.ALERT_ONLY
