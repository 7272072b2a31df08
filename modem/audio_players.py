"""Which modules can play a clip into a call, with which command, and where their clips are stored.

What a modem family supports is a property of its dialect; the probe asks the unit itself
(``AT+<cmd>=?``) whether its firmware has the commands the family should have.

* SIMCom SIM7500/SIM7600 (LTE) — ``AT+CCMXPLAY="c:/<file>",1,0`` plays a file into the call
  (play path 1 = remote, repeat 0 = once); ``+AUDIOSTATE: audio play`` / ``+AUDIOSTATE: audio
  play stop`` bracket it; ``AT+CCMXSTOP`` stops it. Files live in the module's flash ``C:``.
* Quectel EC25/EC21/EG9x — ``AT+QPSND=1,"<file>",0,1,1`` plays a file with the uplink (what the
  far end hears) and downlink open; ``+QPSND: 0`` reports its end; ``AT+QPSND=0`` stops it.
  ``AT+QAUDPLAY="<file>",0`` (end ``+QAUDPLAY: 0``, error ``+QAUDPIND: 0,<code>``) is tried
  where a firmware lacks ``AT+QPSND``. Files live in the module's UFS.
* SIM800 and Huawei E-series sticks have no such command here: their calls are alerts.
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass

from modem.call_audio import AudioCapability, Storage
from modem.channel import AtChannel
from modem.config import Timing
from modem.errors import CommandTimeout
from modem.lines import Urc
from modem.state import Identity

log = logging.getLogger(__name__)

PLAYBACK_URCS = frozenset({"+AUDIOSTATE", "+QPSND", "+QAUDPLAY", "+QAUDPIND"})
_SIMCOM_WITHOUT_PLAYER = re.compile(r"SIM[89]00", re.IGNORECASE)


class PlayEnd(enum.Enum):
    FINISHED = "finished"  # the module says the file played out (or was stopped)
    FAILED = "failed"  # the module says playback broke off with an error


@dataclass(frozen=True)
class Player:
    name: str  # the command, e.g. "+CCMXPLAY"
    storage: Storage
    start_template: str  # {clip} is the clip's file name, already checked against CLIP_NAME
    stop_command: str | None

    @property
    def test_command(self) -> str:
        return f"AT{self.name}=?"

    def start_command(self, clip: str) -> str:
        return self.start_template.format(clip=clip)

    def end_of_play(self, urc: Urc) -> PlayEnd | None:
        """How ``urc`` ends the play in progress, or None when it says nothing about it."""
        body = urc.body.strip()
        if self.name == "+CCMXPLAY" and urc.name == "+AUDIOSTATE":
            return PlayEnd.FINISHED if body.lower().endswith("stop") else None
        if self.name == "+QPSND" and urc.name == "+QPSND":
            return PlayEnd.FINISHED if body == "0" else PlayEnd.FAILED
        if self.name == "+QAUDPLAY" and urc.name == "+QAUDPLAY":
            return PlayEnd.FINISHED if body == "0" else None
        if self.name == "+QAUDPLAY" and urc.name == "+QAUDPIND":
            return PlayEnd.FAILED
        return None


CCMXPLAY = Player("+CCMXPLAY", Storage.SIMCOM_FLASH, 'AT+CCMXPLAY="c:/{clip}",1,0', "AT+CCMXSTOP")
QPSND = Player("+QPSND", Storage.QUECTEL_UFS, 'AT+QPSND=1,"{clip}",0,1,1', "AT+QPSND=0")
QAUDPLAY = Player("+QAUDPLAY", Storage.QUECTEL_UFS, 'AT+QAUDPLAY="{clip}",0', None)
PLAYERS = {player.name: player for player in (CCMXPLAY, QPSND, QAUDPLAY)}


@dataclass(frozen=True)
class AudioFamily:
    name: str
    players: tuple[Player, ...]  # in order of preference


SIMCOM_LTE = AudioFamily("simcom-lte", (CCMXPLAY,))
QUECTEL = AudioFamily("quectel", (QPSND, QAUDPLAY))
NO_PLAYER = AudioFamily("none", ())
UNKNOWN = AudioFamily("unknown", (CCMXPLAY, QPSND, QAUDPLAY))  # an unnamed module: ask it everything


def family_for(identity: Identity) -> AudioFamily:
    vendor = identity.vendor
    if vendor == "quectel":
        return QUECTEL
    if vendor == "simcom":
        return NO_PLAYER if _SIMCOM_WITHOUT_PLAYER.search(identity.model or "") else SIMCOM_LTE
    if vendor == "huawei":
        return NO_PLAYER
    return UNKNOWN


def probe_audio(channel: AtChannel, identity: Identity, timing: Timing) -> AudioCapability:
    """Ask the unit for each playback command its family should have (``AT+<cmd>=?``)."""
    family = family_for(identity)
    found: list[Player] = []
    for player in family.players:
        try:
            reply = channel.command(player.test_command, timeout=timing.command_timeout)
        except CommandTimeout:
            log.warning("%s: no answer to %s", channel.name, player.test_command)
            continue
        if reply.ok:
            found.append(player)
    storage = found[0].storage if found else None
    return AudioCapability(family.name, tuple(player.name for player in found), storage)


def players_for(identity: Identity, capability: AudioCapability | None) -> tuple[Player, ...]:
    """The commands to try on a recorded call: what the probe found, else what the family should have."""
    if capability is not None:
        return tuple(PLAYERS[name] for name in capability.players if name in PLAYERS)
    return family_for(identity).players


def is_playback_urc(urc: Urc) -> bool:
    return urc.name in PLAYBACK_URCS
