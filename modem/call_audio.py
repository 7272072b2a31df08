"""What an answered call carries to the officer, and the record of what the officer heard.

Three audio modes, chosen per voice modem (the center's machine settings):

* ``operator`` — a headset on the modem's audio: the call stays up until the caller ends it
  (:meth:`modem.modem.Modem.end_call`), the officer hangs up, or the talk limit.
* ``recorded`` — the module plays a clip from its own storage into the call, ``plays`` times,
  then hangs up. A module that has no playback command, or refuses it (no such file, older
  firmware), falls back to ``alert`` and says why.
* ``alert`` — no audio: hang up a few seconds after the answer; the SMS carries the text.

:class:`AudioReport` is what the outbox keeps, so the record says what the officer actually
heard rather than "the call was answered".
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

# A clip's name in the module's storage: it goes inside quotes into an AT command, so no quote,
# comma, path separator or control character can ever be part of it.
CLIP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}\.(amr|wav)")
DEFAULT_PLAYS = 2
DEFAULT_ALERT_SECONDS = 3.0
DEFAULT_SETTLE_SECONDS = 1.0
CUT_FRACTION = 0.8  # a playback that stops before this share of the clip's length was cut short


class AudioMode(str, enum.Enum):
    OPERATOR = "operator"
    RECORDED = "recorded"
    ALERT = "alert"


class Heard(str, enum.Enum):
    """What the officer heard, in one word the outbox and the timeline can show."""

    NOTHING = "nothing"  # the call was not answered
    OPERATOR = "operator"  # answered; the line was open to the operator's headset
    RECORDING = "recording"  # answered; the clip played to its end at least once
    RECORDING_CUT = "recording_cut"  # answered; playback began but never reached the clip's end
    ALERT_ONLY = "alert_only"  # answered; no audio at all (alert mode, or recorded fell back)


class CallEnd(str, enum.Enum):
    """Who or what ended a call that was answered (or cancelled while ringing, for CENTER)."""

    OFFICER = "officer"  # the far end hung up
    CENTER = "center"  # the caller ended it (the operator's Ctrl+H)
    TALK_LIMIT = "talk_limit"
    PLAYBACK_DONE = "playback_done"  # recorded: every play finished
    ALERT_DONE = "alert_done"  # alert: the few seconds after the answer passed


class Fallback(str, enum.Enum):
    """Why a ``recorded`` call became an alert."""

    NO_PLAYER = "no_player"  # this modem family has no playback command
    REFUSED = "refused"  # the module refused every playback command it was given (missing file, firmware)


class Storage(str, enum.Enum):
    """Where a module keeps its clips, and so which file commands reach them."""

    SIMCOM_FLASH = "simcom_flash"  # C:/ — AT+CFTRANRX, AT+FSLS, AT+FSATTRI, AT+FSDEL
    QUECTEL_UFS = "quectel_ufs"  # UFS — AT+QFUPL, AT+QFLST, AT+QFDEL, AT+QFLDS


@dataclass(frozen=True)
class AudioCapability:
    """What the probe found on the unit: the playback commands its firmware answered to."""

    family: str  # "simcom-lte", "quectel", "none", "unknown"
    players: tuple[str, ...]  # e.g. ("+QPSND", "+QAUDPLAY"); empty: its calls can only be alerts
    storage: Storage | None

    @property
    def plays_recordings(self) -> bool:
        return bool(self.players)


class CallStage(str, enum.Enum):
    ANSWERED = "answered"
    PLAYBACK_STARTED = "playback_started"
    PLAYBACK_FINISHED = "playback_finished"
    FELL_BACK = "fell_back"  # recorded could not play: now an alert


@dataclass(frozen=True)
class CallAudio:
    """How the answered call should sound; checked here so a bad clip name never reaches the wire."""

    mode: AudioMode
    clip: str | None = None  # file name in the module's storage, for RECORDED
    plays: int = DEFAULT_PLAYS
    clip_seconds: float | None = None  # the clip's length, when known: tells a finished play from a cut one
    alert_seconds: float = DEFAULT_ALERT_SECONDS
    settle_seconds: float = DEFAULT_SETTLE_SECONDS  # after the answer, before the first play

    def __post_init__(self) -> None:
        if self.mode is AudioMode.RECORDED and self.clip is None:
            raise ValueError("a recorded call needs a clip (its file name in the module's storage)")
        if self.clip is not None and not CLIP_NAME.fullmatch(self.clip):
            raise ValueError(
                f"clip name {self.clip!r}: letters, digits, '_' and '-' then .amr or .wav, at most 44 characters"
            )
        if not 1 <= self.plays <= 5:
            raise ValueError(f"plays must be 1 to 5, got {self.plays}")
        if self.alert_seconds < 0 or self.settle_seconds < 0:
            raise ValueError("alert and settle seconds must not be negative")
        if self.clip_seconds is not None and self.clip_seconds <= 0:
            raise ValueError("a clip's length must be positive")

    @classmethod
    def operator(cls) -> CallAudio:
        return cls(AudioMode.OPERATOR)

    @classmethod
    def alert(cls, seconds: float = DEFAULT_ALERT_SECONDS) -> CallAudio:
        return cls(AudioMode.ALERT, alert_seconds=seconds)

    @classmethod
    def recorded(cls, clip: str, *, plays: int = DEFAULT_PLAYS, clip_seconds: float | None = None) -> CallAudio:
        return cls(AudioMode.RECORDED, clip=clip, plays=plays, clip_seconds=clip_seconds)


@dataclass(frozen=True)
class AudioReport:
    """What happened to the audio of one call: the record of what the officer heard."""

    requested: AudioMode
    used: AudioMode  # RECORDED becomes ALERT on a fallback
    heard: Heard
    plays_requested: int  # 0 unless recorded
    plays_completed: int  # plays that reached the clip's end while the call was up
    ended_by: CallEnd | None  # None: the call was never answered (and not cancelled)
    player: str | None = None  # the playback command that played, e.g. "+CCMXPLAY"
    fallback: Fallback | None = None
    detail: str | None = None  # the module's own words on a refusal, e.g. "+CME ERROR: 405"


@dataclass(frozen=True)
class CallProgressed:
    """A step of a call in progress, for the window: answered (speak now), a play started or ended."""

    modem: str
    number: str
    tag: str | None
    stage: CallStage
    mode: AudioMode  # the mode in use now: ALERT after a fallback
    at: datetime  # the modem's clock
    play: int = 0  # 1-based, for the playback stages
    complete: bool = False  # PLAYBACK_FINISHED: the play reached the clip's end
    detail: str | None = None


def unplaced_report(audio: CallAudio | None) -> AudioReport | None:
    """The report of a call that never reached the network (modem offline, port lost): nothing was heard."""
    if audio is None:
        return None
    plays = audio.plays if audio.mode is AudioMode.RECORDED else 0
    return AudioReport(audio.mode, audio.mode, Heard.NOTHING, plays, 0, None)
