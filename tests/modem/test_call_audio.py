"""What the officer hears when the center's call is answered, per audio mode and dialect, over the simulator.

The simulator's clock drives both sides (as in test_end_to_end): the officer answers, the clip
plays for its real length and the officer listens or hangs up when the test advances time. The
test waits on the client's CallProgressed events and the simulator's own events, never on sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from console.resources import resource_path
from modem.call_audio import AudioMode, CallAudio, CallEnd, CallProgressed, CallStage, Fallback, Heard
from modem.clip_format import describe_clip
from modem.config import ModemConfig
from modem.events import CallOutcome, CallResult
from modem.simulator import CallBehaviour, Officer, Simulator
from tests.modem.test_end_to_end import WAIT, Rig, dial_and_ring, make_rig, wait_seen

OFFICER = "+919876543210"
IMPATIENT = "+919876500011"  # hangs up 5 s into the second play
HASTY = "+919876500012"  # hangs up 4 s into the first play
BUSY = "+919876500013"
CLIP_NAME = "samvad_hi.amr"
CLIP = resource_path("audio", "hardoi", "instruction_hi.amr").read_bytes()
SECONDS = describe_clip(CLIP).seconds
SETTLE = 1.0
OFFICERS = [
    Officer(OFFICER, answer_after_seconds=6, talk_seconds=300),
    Officer(IMPATIENT, answer_after_seconds=6, talk_seconds=SETTLE + SECONDS + 5),
    Officer(HASTY, answer_after_seconds=6, talk_seconds=SETTLE + 4),
    Officer(BUSY, call=CallBehaviour.BUSY),
]
PLAYERS = {"sim7600": "+CCMXPLAY", "ec25": "+QPSND"}
RECORDED = CallAudio.recorded(CLIP_NAME, clip_seconds=SECONDS)


def rig_for(dialect: str) -> Iterator[Rig]:
    with Simulator(dialect, OFFICERS) as simulator:
        simulator.store_file(CLIP_NAME, CLIP)
        rig = make_rig(simulator, ModemConfig(name="voice-1", url=simulator.device_path))
        rig.modem.start()
        assert rig.modem.wait_started(WAIT)
        yield rig
        rig.modem.stop()


@pytest.fixture(params=sorted(PLAYERS))
def player_rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    yield from rig_for(str(request.param))


@pytest.fixture(params=["sim800", "huawei"])
def playerless_rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    yield from rig_for(str(request.param))


@pytest.fixture(params=["sim800", "sim7600", "ec25", "huawei"])
def any_rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    yield from rig_for(str(request.param))


def progress(rig: Rig, stage: CallStage) -> CallProgressed:
    while True:
        event = rig.next_event(CallProgressed)
        if event.stage is stage:
            return event


def all_progress(rig: Rig) -> list[CallProgressed]:
    """Every CallProgressed so far, those already taken by ``progress`` and those still queued."""
    while not rig.events.empty():
        rig.seen.append(rig.events.get_nowait())
    return [event for event in rig.seen if isinstance(event, CallProgressed)]


def answer(rig: Rig, number: str, audio: CallAudio, talk_limit: float = 120) -> Future[CallResult]:
    """Dial ``number`` with ``audio``; return once the client has seen the answer."""
    future = rig.modem.submit_call(number, ring_limit=45, talk_limit=talk_limit, tag="outbox-7", audio=audio)
    dial_and_ring(rig)
    rig.simulator.advance(6)
    answered = progress(rig, CallStage.ANSWERED)
    assert (answered.number, answered.tag, answered.mode) == (number, "outbox-7", audio.mode)
    return future


def play_out(rig: Rig, play: int) -> None:
    """Let the audio path settle (first play) and play number ``play`` start, then run it to its end."""
    if play == 1:
        rig.simulator.advance(SETTLE)
    assert rig.simulator.wait_for_event("audio-play-started", count=play)
    assert progress(rig, CallStage.PLAYBACK_STARTED).play == play
    rig.simulator.advance(SECONDS)


def test_recorded_call_plays_the_clip_twice_then_hangs_up(player_rig: Rig) -> None:
    simulator = player_rig.simulator
    future = answer(player_rig, OFFICER, RECORDED)
    play_out(player_rig, 1)
    play_out(player_rig, 2)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.ANSWERED
    assert result.audio is not None
    assert (result.audio.used, result.audio.heard, result.audio.ended_by) == (
        AudioMode.RECORDED, Heard.RECORDING, CallEnd.PLAYBACK_DONE
    )
    assert (result.audio.plays_requested, result.audio.plays_completed) == (2, 2)
    assert result.audio.player == PLAYERS[simulator.dialect.name]
    assert result.talk_seconds == pytest.approx(SETTLE + 2 * SECONDS, abs=0.5)
    assert simulator.wait_for(lambda: bool(simulator.call_records))
    record = simulator.call_records[-1]
    assert record.clips_heard == (CLIP_NAME, CLIP_NAME) and record.clips_cut == 0
    assert record.outcome == "answered"
    started = [command for command in simulator.commands if command.startswith(f"AT{result.audio.player}=")]
    expected = {'AT+CCMXPLAY="c:/samvad_hi.amr",1,0', 'AT+QPSND=1,"samvad_hi.amr",0,1,1'}
    assert len(started) == 2 and set(started) <= expected


def test_an_officer_who_hangs_up_during_the_second_play_heard_it_once(player_rig: Rig) -> None:
    future = answer(player_rig, IMPATIENT, RECORDED)
    play_out(player_rig, 1)
    assert player_rig.simulator.wait_for_event("audio-play-started", count=2)
    player_rig.simulator.advance(5)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.plays_completed, result.audio.ended_by) == (
        Heard.RECORDING, 1, CallEnd.OFFICER
    )
    plays = [(event.stage, event.play, event.complete) for event in all_progress(player_rig) if event.play]
    assert plays == [
        (CallStage.PLAYBACK_STARTED, 1, False),
        (CallStage.PLAYBACK_FINISHED, 1, True),
        (CallStage.PLAYBACK_STARTED, 2, False),
        (CallStage.PLAYBACK_FINISHED, 2, False),
    ]
    record = player_rig.simulator.call_records[-1]
    assert (record.clips_heard, record.clips_cut) == ((CLIP_NAME,), 1)


def test_an_officer_who_hangs_up_during_the_first_play_heard_it_cut(player_rig: Rig) -> None:
    future = answer(player_rig, HASTY, RECORDED)
    player_rig.simulator.advance(SETTLE)
    assert player_rig.simulator.wait_for_event("audio-play-started")
    player_rig.simulator.advance(4)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.plays_completed, result.audio.ended_by) == (
        Heard.RECORDING_CUT, 0, CallEnd.OFFICER
    )


def test_a_clip_missing_from_the_module_falls_back_to_an_alert(player_rig: Rig) -> None:
    future = answer(player_rig, OFFICER, CallAudio.recorded("samvad_en.amr", clip_seconds=SECONDS))
    player_rig.simulator.advance(SETTLE)
    fell_back = progress(player_rig, CallStage.FELL_BACK)
    assert fell_back.mode is AudioMode.ALERT and fell_back.detail in ("ERROR", "+CME ERROR: 903")
    player_rig.simulator.advance(3)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.requested, result.audio.used, result.audio.heard) == (
        AudioMode.RECORDED, AudioMode.ALERT, Heard.ALERT_ONLY
    )
    assert (result.audio.fallback, result.audio.ended_by, result.audio.plays_completed) == (
        Fallback.REFUSED, CallEnd.ALERT_DONE, 0
    )
    assert result.audio.detail == fell_back.detail
    assert player_rig.simulator.count("audio-play-started") == 0


def test_a_modem_without_a_playback_command_makes_recorded_calls_alerts(playerless_rig: Rig) -> None:
    future = answer(playerless_rig, OFFICER, RECORDED)
    assert progress(playerless_rig, CallStage.FELL_BACK).mode is AudioMode.ALERT
    playerless_rig.simulator.advance(3)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.fallback) == (Heard.ALERT_ONLY, Fallback.NO_PLAYER)
    assert not any("PLAY" in command or "QPSND" in command for command in playerless_rig.simulator.commands)


def test_an_ec25_without_qpsnd_plays_with_qaudplay_and_without_either_alerts() -> None:
    for disabled, player, heard in (({"+QPSND"}, "+QAUDPLAY", Heard.RECORDING), ({"+QPSND", "+QAUDPLAY"}, None,
                                                                               Heard.ALERT_ONLY)):
        for rig in rig_for("ec25"):
            for command in disabled:
                rig.simulator.disable_command(command)
            future = answer(rig, OFFICER, CallAudio.recorded(CLIP_NAME, plays=1, clip_seconds=SECONDS))
            if player is not None:
                play_out(rig, 1)
            else:
                rig.simulator.advance(3)
            result = future.result(WAIT)
            assert result.audio is not None
            assert (result.audio.player, result.audio.heard) == (player, heard)
            assert rig.simulator.call_records[-1].clips_heard == ((CLIP_NAME,) if player else ())


def test_alert_hangs_up_a_few_seconds_after_the_answer(any_rig: Rig) -> None:
    future = answer(any_rig, OFFICER, CallAudio.alert(3.0))
    any_rig.simulator.advance(3)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.used, result.audio.heard, result.audio.ended_by) == (
        AudioMode.ALERT, Heard.ALERT_ONLY, CallEnd.ALERT_DONE
    )
    assert result.talk_seconds == pytest.approx(3, abs=0.5)
    assert any_rig.simulator.wait_for(lambda: bool(any_rig.simulator.call_records))
    assert any_rig.simulator.call_records[-1].talk_seconds == pytest.approx(3, abs=0.5)


def test_operator_call_stays_up_until_the_caller_ends_it(any_rig: Rig) -> None:
    future = answer(any_rig, OFFICER, CallAudio.operator())
    any_rig.simulator.advance(40)  # the operator speaks; nothing hangs up on its own
    assert any_rig.simulator.wait_for(any_rig.client_acted_after("call-answered"))
    assert not future.done()
    assert not any_rig.modem.end_call(tag="another-row")
    assert any_rig.modem.end_call(tag="outbox-7")
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by) == (Heard.OPERATOR, CallEnd.CENTER)
    assert result.talk_seconds == pytest.approx(40, abs=0.5)
    assert not any_rig.modem.end_call()  # nothing left to end


def test_operator_call_ends_at_the_talk_limit(player_rig: Rig) -> None:
    future = answer(player_rig, OFFICER, CallAudio.operator(), talk_limit=30)
    player_rig.simulator.advance(30)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by) == (Heard.OPERATOR, CallEnd.TALK_LIMIT)


def test_operator_call_ends_when_the_officer_hangs_up(player_rig: Rig) -> None:
    future = answer(player_rig, HASTY, CallAudio.operator())
    player_rig.simulator.advance(SETTLE + 4)
    result = future.result(WAIT)
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by) == (Heard.OPERATOR, CallEnd.OFFICER)


def test_a_call_ended_while_it_rings_is_not_answered_and_says_who_ended_it(player_rig: Rig) -> None:
    future = player_rig.modem.submit_call(OFFICER, tag="outbox-8", audio=CallAudio.operator())
    dial_and_ring(player_rig)
    assert player_rig.modem.end_call("outbox-8")
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.NO_ANSWER
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by) == (Heard.NOTHING, CallEnd.CENTER)
    assert player_rig.simulator.wait_for(lambda: bool(player_rig.simulator.call_records))
    assert player_rig.simulator.call_records[-1].outcome == "hung-up"


def test_an_unanswered_call_heard_nothing(player_rig: Rig) -> None:
    future = player_rig.modem.submit_call(BUSY, audio=RECORDED)
    dial_and_ring(player_rig)
    player_rig.simulator.advance(2)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.BUSY
    assert result.audio is not None
    assert (result.audio.heard, result.audio.ended_by, result.audio.plays_completed) == (Heard.NOTHING, None, 0)


def test_the_modems_own_audio_setting_applies_when_the_call_names_none() -> None:
    with Simulator("sim7600", OFFICERS) as simulator:
        config = ModemConfig(name="voice-1", url=simulator.device_path, call_audio=CallAudio.alert(2.0))
        rig = make_rig(simulator, config)
        rig.modem.start()
        try:
            future = rig.modem.submit_call(OFFICER)
            dial_and_ring(rig)
            rig.simulator.advance(6)
            assert progress(rig, CallStage.ANSWERED).mode is AudioMode.ALERT
            rig.simulator.advance(2)
            result = future.result(WAIT)
            assert result.audio is not None and result.audio.ended_by is CallEnd.ALERT_DONE
        finally:
            rig.modem.stop()


def test_a_call_without_an_audio_mode_keeps_the_old_behaviour(player_rig: Rig) -> None:
    future = player_rig.modem.submit_call(OFFICER, talk_limit=10)
    dial_and_ring(player_rig)
    player_rig.simulator.advance(6)
    wait_seen(player_rig, "call-answered")
    player_rig.simulator.advance(10)
    result = future.result(WAIT)
    assert result.outcome is CallOutcome.ANSWERED and result.audio is None
    assert not all_progress(player_rig)


def test_an_offline_modem_reports_that_nothing_was_heard() -> None:
    with Simulator("ec25", OFFICERS) as simulator:
        rig = make_rig(simulator, ModemConfig(name="voice-1", url=simulator.device_path))
        result = rig.modem.call(OFFICER, audio=RECORDED, timeout=WAIT)  # never started
    assert result.outcome is CallOutcome.FAILED and result.modem_fault
    assert result.audio is not None and result.audio.heard is Heard.NOTHING


@pytest.mark.parametrize("clip", ["../etc/passwd.wav", 'a",1,1\rAT+CFUN=0.amr', "clip.mp3", "x" * 41 + ".amr"])
def test_a_clip_name_that_could_leave_its_quotes_is_refused(clip: str) -> None:
    with pytest.raises(ValueError, match="clip name"):
        CallAudio.recorded(clip)
