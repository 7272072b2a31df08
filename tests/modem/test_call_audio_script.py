"""Playback edge cases a simulator does not produce on its own, over a scripted SIM7600 on a pty.

Each reply moves the harness's monotonic clock first, so "5 seconds into a 14-second clip"
is exact: the module saying "stopped" that early, just before NO CARRIER, is a cut play.
"""

from __future__ import annotations

from modem.call_audio import CallAudio, CallEnd, Heard
from modem.events import CallResult
from tests.modem.conftest import MakeHarness
from tests.modem.harness import WAIT, boot_steps, identity_steps, network_steps
from tests.modem.test_voice import DIAL, OFFICER, Script, line

PLAY = 'AT+CCMXPLAY="c:/samvad_hi.amr",1,0'


def sim7600_script() -> Script:
    script = Script()
    identity = identity_steps("SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", "LE20B04SIM7600M22", "862636051234567")
    script.steps = [*boot_steps(identity=identity, network=network_steps(cereg="+CEREG: 0,1"))]
    return script.reply(DIAL, 0, "OK").clcc(2, line(0)).clcc(1, line(0))  # answered; the audio path settles


def place(script: Script, modem_harness: MakeHarness, audio: CallAudio) -> CallResult:
    script.harness = modem_harness(script.steps).online()
    result = script.harness.modem.call(OFFICER, audio=audio, timeout=WAIT * 2)
    script.harness.peer.finish()
    return result


def test_a_stop_reported_just_before_the_call_ends_is_not_a_finished_play(modem_harness: MakeHarness) -> None:
    script = sim7600_script().reply(PLAY, 0, "OK", "+AUDIOSTATE: audio play")
    script.clcc(5, line(0), "+AUDIOSTATE: audio play stop", "NO CARRIER")  # 5 s into a 14 s clip
    result = place(script, modem_harness, CallAudio.recorded("samvad_hi.amr", clip_seconds=14.0))
    assert result.audio is not None
    assert (result.audio.heard, result.audio.plays_completed, result.audio.ended_by) == (
        Heard.RECORDING_CUT, 0, CallEnd.OFFICER
    )


def test_a_module_that_never_reports_the_end_is_stopped_and_not_credited(modem_harness: MakeHarness) -> None:
    script = sim7600_script().reply(PLAY, 0, "OK").clcc(10, line(0)).clcc(20, line(0))  # 30 s: past 2 × 10 + 10
    script.reply("AT+CCMXSTOP", 0, "OK").reply("AT+CHUP", 0, "OK")
    result = place(script, modem_harness, CallAudio.recorded("samvad_hi.amr", clip_seconds=10.0))
    assert result.audio is not None
    assert (result.audio.heard, result.audio.plays_completed, result.audio.ended_by) == (
        Heard.RECORDING_CUT, 0, CallEnd.PLAYBACK_DONE
    )
    assert result.audio.detail == "the module never reported the end of the playback"


def test_the_talk_limit_stops_the_clip_before_hanging_up(modem_harness: MakeHarness) -> None:
    script = sim7600_script().reply(PLAY, 0, "OK").clcc(60, line(0))
    script.reply("AT+CCMXSTOP", 0, "OK").reply("AT+CHUP", 0, "OK")
    script.harness = modem_harness(script.steps).online()
    result = script.harness.modem.call(
        OFFICER, talk_limit=50, audio=CallAudio.recorded("samvad_hi.amr", clip_seconds=120.0), timeout=WAIT * 2
    )
    script.harness.peer.finish()
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by) == (Heard.RECORDING_CUT, CallEnd.TALK_LIMIT)


def test_a_play_that_stops_midway_is_not_credited_and_the_next_play_still_runs(modem_harness: MakeHarness) -> None:
    script = sim7600_script().reply(PLAY, 0, "OK").clcc(3, line(0), "+AUDIOSTATE: audio play stop")  # 3 s of 14
    script.reply(PLAY, 0, "OK").clcc(14, line(0), "+AUDIOSTATE: audio play stop").reply("AT+CHUP", 0, "OK")
    result = place(script, modem_harness, CallAudio.recorded("samvad_hi.amr", clip_seconds=14.0))
    assert result.audio is not None
    assert (result.audio.heard, result.audio.plays_completed, result.audio.ended_by) == (
        Heard.RECORDING, 1, CallEnd.PLAYBACK_DONE
    )
