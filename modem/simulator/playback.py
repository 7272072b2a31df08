"""A clip playing on the simulated module: into the call (the officer hears it) or only on the module.

Plays last as long as the clip (measured from its bytes), repeat as asked, and end with the
dialect's URC: SIMCom ``+AUDIOSTATE: audio play stop``, Quectel ``+QPSND: 0`` /
``+QAUDPLAY: 0``. When the call ends under a play, the play is cut: the call's end URCs come
first, then the playback's, and the officer is credited with no more than they heard.
"""

from __future__ import annotations

from modem.clip_format import clip_seconds
from modem.simulator.engine import Engine
from modem.simulator.state import Call, Playback

UNKNOWN_CLIP_SECONDS = 5.0  # bytes that are not a clip still "play" for a moment, as on a module
END_URCS = {"+CCMXPLAY": "+AUDIOSTATE: audio play stop", "+QPSND": "+QPSND: 0", "+QAUDPLAY": "+QAUDPLAY: 0"}
START_URCS = {"+CCMXPLAY": "+AUDIOSTATE: audio play"}


def active_call(engine: Engine) -> Call | None:
    return next((call for call in engine.state.calls if call.stat == 0 and call.answered_at is not None), None)


def start(engine: Engine, player: str, clip: str, *, into_call: bool, plays_left: int) -> None:
    """Begin playing ``clip`` (already known to be stored); the caller has answered OK."""
    data = engine.state.files[clip]
    call = active_call(engine) if into_call else None
    playback = Playback(player, clip, clip_seconds(data) or UNKNOWN_CLIP_SECONDS, plays_left, call)
    engine.state.playback = playback
    _begin(engine, playback)


def _begin(engine: Engine, playback: Playback) -> None:
    playback.started_at = engine.scheduler.seconds
    call = playback.call
    if call is not None:  # counted per call: the client starts each play with its own command
        playback.play = len(call.clips_heard) + call.clips_cut + 1
    details: dict[str, object] = {"clip": playback.clip, "player": playback.player, "play": playback.play}
    details["number"] = playback.call.number if playback.call is not None else None
    engine.on_event("audio-play-started", details)
    if playback.player in START_URCS:
        engine.urc(START_URCS[playback.player])
    engine.scheduler.call_later(playback.seconds, lambda: _played_out(engine, playback))


def _played_out(engine: Engine, playback: Playback) -> None:
    if engine.state.playback is not playback:
        return  # stopped or cut meanwhile
    _credit(engine, playback, complete=True)
    if playback.plays_left != 0:
        playback.plays_left -= 1 if playback.plays_left > 0 else 0
        playback.play += 1
        _begin(engine, playback)
        return
    engine.state.playback = None
    engine.urc(END_URCS[playback.player])


def stop(engine: Engine) -> str | None:
    """``AT+CCMXSTOP`` / ``AT+QPSND=0``: cut the play in progress; the URC to send after the OK, if any."""
    playback = engine.state.playback
    if playback is None:
        return None
    engine.state.playback = None
    _credit(engine, playback, complete=False)
    return END_URCS[playback.player]


def cut_by_call_end(engine: Engine, call: Call) -> str | None:
    """The call under a play is ending: the play is cut; the URC to send after the call's own end URCs."""
    playback = engine.state.playback
    if playback is None or playback.call is not call:
        return None
    engine.state.playback = None
    _credit(engine, playback, complete=False)
    return END_URCS[playback.player]


def _credit(engine: Engine, playback: Playback, *, complete: bool) -> None:
    call = playback.call
    heard = call is not None and call in engine.state.calls
    if heard and call is not None:
        if complete:
            call.clips_heard.append(playback.clip)
        else:
            call.clips_cut += 1
    engine.on_event(
        "audio-play-ended",
        {
            "clip": playback.clip,
            "play": playback.play,
            "complete": complete,
            "number": call.number if call is not None else None,
            "seconds": round(engine.scheduler.seconds - playback.started_at, 3),
        },
    )
